"""The plan template: loading, copying to another year, campaign suggestion, and fidelity to the seed plan."""

from __future__ import annotations

import datetime as dt
import re

from cdtt_desktop.domain.plan import CampaignSpec, Period, PlanTemplate, copy_to_year, suggest_campaign
from cdtt_desktop.services.plans import seed_template

D = dt.date

# Passages quoted word for word from the Confederation's 2020 communications plan (the seed).
SEED_GROUP_HEADINGS = """\
1.1. Nội dung chuyên sâu:
1.2. Nội dung thông tin thường xuyên, liên tục:
1.3. Tổ chức các sự kiện truyền thông:
1.4. Truyền thông về gương người tốt – việc tốt trong tổ chức công đoàn:
"""
SEED_CAMPAIGNS = {
    "Tháng Công nhân": "3.1. Chiến dịch truyền thông Tháng Công nhân diễn ra từ ngày 1/5 đến ngày 30/5/2020:",
    "Công đoàn Việt Nam": "3.2. Chiến dịch truyền thông dịp diễn ra các hoạt động kỷ niệm 91 năm "
                          "Ngày thành lập Công đoàn Việt Nam từ ngày 1/7 đến ngày 30/7/2020:",
}
SEED_TET = "3.3. Chiến dịch truyền thông Tết Sum vầy Tân Sửu năm 2021:"
TET_TAN_SUU = D(2021, 2, 12)  # first day of the lunar year Tân Sửu
SEED_NEWS_TARGET = ("mỗi ngày viết ít nhất 01 tin, bài phản ánh hoạt động công đoàn ở địa phương, ngành, "
                    "đơn vị, cơ sở cho trang Công đoàn Việt Nam trên Báo Lao động điện tử")
SEED_FACEBOOK_TARGET = "Mỗi ngày cập nhật, phổ biến ít nhất 4 thông tin tuyên truyền"


def _campaign(template: PlanTemplate, words: str) -> CampaignSpec:
    return next(c for c in template.campaigns if words in c.name)


def test_seed_template_loads_with_every_part() -> None:
    """The shipped JSON template loads into a 2020 plan with groups, channels, campaigns and targets."""
    seed = seed_template()
    assert seed.year == 2020
    assert seed.theme == "Nâng cao chất lượng hoạt động công đoàn cơ sở"
    assert seed.message == "Công đoàn Việt Nam: Chủ động – Tích cực – Sáng tạo – Trách nhiệm"
    assert len(seed.content_groups) == 4 and len(seed.channels) >= 6 and len(seed.campaigns) == 5
    codes = {c.code for c in seed.channels}
    assert {t.channel_code for t in seed.targets if t.channel_code} <= codes
    assert {t.content_group_code for t in seed.targets if t.content_group_code} <= {g.code for g in
                                                                                     seed.content_groups}


def test_content_groups_match_the_seed_headings() -> None:
    """The four content groups 1.1–1.4 carry the seed plan's section numbers and names."""
    expected = [tuple(m.groups()) for m in re.finditer(r"^(\d\.\d)\. (.+):$", SEED_GROUP_HEADINGS, re.M)]
    assert [(g.code, g.name) for g in seed_template().content_groups] == expected


def test_campaign_windows_match_the_seed() -> None:
    """Tháng Công nhân and the union anniversary campaign keep the seed's date windows."""
    seed = seed_template()
    for words, passage in SEED_CAMPAIGNS.items():
        d1, m1, d2, m2, year = map(int, re.search(r"từ ngày (\d+)/(\d+) đến ngày (\d+)/(\d+)/(\d{4})",
                                                  passage).groups())
        campaign = _campaign(seed, words)
        assert (campaign.starts_on, campaign.ends_on) == (D(year, m1, d1), D(year, m2, d2))


def test_tet_campaign_runs_up_to_the_lunar_new_year_of_the_next_year() -> None:
    """Tết Sum vầy is for Tết Tân Sửu 2021: it starts in 2020 and runs into 2021, ending before Tết."""
    assert "Tết Sum vầy" in SEED_TET
    tet = _campaign(seed_template(), "Tết Sum vầy")
    assert tet.starts_on.year == 2020 and tet.ends_on.year == 2021
    assert tet.ends_on < TET_TAN_SUU


def test_party_anniversary_campaign_holds_3_february() -> None:
    """The seed's other campaign, the Party's founding anniversary (3/2), has a window holding 3 February."""
    campaign = _campaign(seed_template(), "Ngày thành lập Đảng Cộng sản Việt Nam")
    assert campaign.contains(D(2020, 2, 3))


def test_daily_targets_match_the_seed() -> None:
    """≥1 news item a day to Báo Lao động điện tử and ≥4 posts a day on the unit's Facebook page."""
    targets = seed_template().targets
    news = next(t for t in targets if t.outlet == "Báo Lao động điện tử")
    quantity = int(re.search(r"ít nhất (\d+) tin", SEED_NEWS_TARGET).group(1))
    assert (news.quantity, news.period, news.channel_code) == (quantity, Period.DAY, "union_press")
    posts = next(t for t in targets if t.channel_code == "social_media")
    quantity = int(re.search(r"ít nhất (\d+) thông tin", SEED_FACEBOOK_TARGET).group(1))
    assert (posts.quantity, posts.period) == (quantity, Period.DAY)
    assert "Facebook" in posts.description


def test_copy_to_year_keeps_day_and_month_and_renames_the_title() -> None:
    """Copying moves each window to the new year, the Tết window spilling into the year after."""
    copied = copy_to_year(seed_template(), 2026)
    assert copied.year == 2026 and copied.title == "Kế hoạch truyền thông năm 2026"
    workers = _campaign(copied, "Tháng Công nhân")
    assert (workers.starts_on, workers.ends_on) == (D(2026, 5, 1), D(2026, 5, 30))
    tet = _campaign(copied, "Tết Sum vầy")
    assert (tet.starts_on.year, tet.ends_on.year) == (2026, 2027)
    assert copied.targets == seed_template().targets


def test_copy_to_year_moves_29_february_to_28_february() -> None:
    """A window on 29 February lands on 28 February in a year without it."""
    leap = PlanTemplate(2024, "Kế hoạch năm 2024",
                        campaigns=(CampaignSpec("Chiến dịch", D(2024, 2, 29), D(2024, 2, 29)),))
    assert copy_to_year(leap, 2025).campaigns[0].starts_on == D(2025, 2, 28)
    assert copy_to_year(leap, 2028).campaigns[0].starts_on == D(2028, 2, 29)


def test_suggest_campaign_picks_the_narrowest_window() -> None:
    """When windows overlap, the narrowest one holding the day is suggested; none outside all windows."""
    windows = [("month", D(2026, 5, 1), D(2026, 5, 31)), ("week", D(2026, 5, 15), D(2026, 5, 21)),
               ("quarter", D(2026, 4, 1), D(2026, 6, 30))]
    assert suggest_campaign(windows, D(2026, 5, 19)) == "week"
    assert suggest_campaign(windows, D(2026, 5, 25)) == "month"
    assert suggest_campaign(windows, D(2026, 6, 10)) == "quarter"
    assert suggest_campaign(windows, D(2026, 8, 1)) is None
