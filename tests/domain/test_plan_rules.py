"""Rules for editing the plan: campaigns, targets, content groups, channels, header and year."""

from __future__ import annotations

import datetime as dt

from cdtt_desktop.domain import messages as m
from cdtt_desktop.domain import plan_rules as rules
from cdtt_desktop.domain.plan import Period

D = dt.date


def _messages(problems: list[m.Problem]) -> dict[str, str]:
    return {p.field: p.message for p in problems}


def test_campaign_is_cleaned_and_accepted() -> None:
    """A valid campaign comes back with NFC, Đ-fixed, trimmed texts and parsed dd/mm/yyyy dates."""
    values, problems = rules.validate_campaign(
        {"name": "  Tháng Co\u0302ng nhân \u00d0ẹp ", "starts_on": "01/05/2026", "ends_on": D(2026, 5, 30),
         "theme": " An toàn lao động "}, year=2026)
    assert problems == []
    expected = rules.CampaignValues("Tháng Công nhân Đẹp", D(2026, 5, 1), D(2026, 5, 30), "An toàn lao động")
    assert values == expected


def test_campaign_requires_name_and_both_dates() -> None:
    """Name, start and end are required; all problems are reported at once."""
    values, problems = rules.validate_campaign({"name": "  ", "starts_on": "", "ends_on": None}, year=2026)
    assert values is None
    assert _messages(problems) == {"name": m.REQUIRED, "starts_on": m.REQUIRED, "ends_on": m.REQUIRED}


def test_campaign_name_is_at_most_200_characters() -> None:
    """A name of 201 characters is refused with its length."""
    _, problems = rules.validate_campaign({"name": "a" * 201, "starts_on": "1/5/2026", "ends_on": "2/5/2026"},
                                          year=2026)
    assert [(p.field, p.message, p.args["length"]) for p in problems] == [("name", m.TOO_LONG, 201)]


def test_campaign_end_must_not_precede_start() -> None:
    """An end before the start is refused on the end field."""
    _, problems = rules.validate_campaign({"name": "X", "starts_on": "30/05/2026", "ends_on": "01/05/2026"},
                                          year=2026)
    assert _messages(problems) == {"ends_on": m.END_BEFORE_START}


def test_campaign_may_spill_into_the_next_first_quarter_only() -> None:
    """A Tết campaign may end by 31/03 of the next year, not later; it must start in the plan's year."""
    ok, problems = rules.validate_campaign({"name": "Tết Sum vầy", "starts_on": "01/12/2026",
                                            "ends_on": "31/03/2027"}, year=2026)
    assert ok is not None and problems == []
    _, problems = rules.validate_campaign({"name": "Tết", "starts_on": "01/12/2026", "ends_on": "01/04/2027"},
                                          year=2026)
    assert _messages(problems) == {"ends_on": rules.END_TOO_LATE}
    assert problems[0].render() == ("The campaign must end by 31/03/2027 at the latest "
                                    "(the first quarter of the next year).")
    _, problems = rules.validate_campaign({"name": "Tết", "starts_on": "15/01/2027", "ends_on": "20/01/2027"},
                                          year=2026)
    assert _messages(problems) == {"starts_on": rules.START_OUTSIDE_YEAR}


def test_campaign_bad_date_text_is_reported() -> None:
    """A date that is not dd/mm/yyyy gets the date-format message."""
    _, problems = rules.validate_campaign({"name": "X", "starts_on": "31/02/2026", "ends_on": "hôm nay"},
                                          year=2026)
    assert _messages(problems) == {"starts_on": m.BAD_DATE, "ends_on": m.BAD_DATE}


def test_target_is_accepted_with_known_choices() -> None:
    """A target with a Vietnamese-written number, a period and the plan's channel is accepted."""
    values, problems = rules.validate_target(
        {"description": " Tin, bài ", "quantity": "1.200", "period": "year", "channel_id": "c1",
         "content_group_id": "", "outlet": "Báo Lao động điện tử"},
        channel_ids={"c1"}, content_group_ids={"g1"})
    assert problems == []
    assert values == rules.TargetValues("Tin, bài", 1200, Period.YEAR, "c1", None, "Báo Lao động điện tử")


def test_target_quantity_must_be_a_whole_number_above_zero() -> None:
    """0, a negative number, a fraction, text and nothing are all refused."""
    cases = {"0": rules.NOT_POSITIVE, "-3": m.NEGATIVE, "1,5": m.NOT_A_NUMBER, "bốn": m.NOT_A_NUMBER,
             "": m.REQUIRED, 2.5: m.NOT_A_NUMBER}
    for quantity, message in cases.items():
        _, problems = rules.validate_target({"description": "X", "quantity": quantity, "period": "day"},
                                            channel_ids=(), content_group_ids=())
        assert _messages(problems) == {"quantity": message}, quantity


def test_target_requires_description_and_a_known_period() -> None:
    """The description is required and the period must be one of day, week, month, quarter, year."""
    _, problems = rules.validate_target({"description": "", "quantity": 1, "period": "fortnight"},
                                        channel_ids=(), content_group_ids=())
    assert _messages(problems) == {"description": m.REQUIRED, "period": m.UNKNOWN_CHOICE}
    _, problems = rules.validate_target({"description": "X", "quantity": 1},
                                        channel_ids=(), content_group_ids=())
    assert _messages(problems) == {"period": m.REQUIRED}


def test_target_channel_and_group_must_belong_to_the_plan() -> None:
    """A channel or content group id from elsewhere is an unknown choice."""
    _, problems = rules.validate_target(
        {"description": "X", "quantity": 1, "period": "day", "channel_id": "other", "content_group_id": "g9"},
        channel_ids={"c1"}, content_group_ids={"g1"})
    assert _messages(problems) == {"channel_id": m.UNKNOWN_CHOICE, "content_group_id": m.UNKNOWN_CHOICE}


def test_content_group_code_is_numbered_and_unique() -> None:
    """Codes look like 1.4, are required, and cannot repeat within the plan."""
    values, problems = rules.validate_content_group({"code": " 1.5 ", "name": "Mô hình hay"},
                                                    taken_codes={"1.4"})
    assert problems == [] and values == rules.ContentGroupValues("1.5", "Mô hình hay")
    _, problems = rules.validate_content_group({"code": "1.4", "name": "X"}, taken_codes={"1.4"})
    assert _messages(problems) == {"code": rules.CODE_TAKEN}
    assert problems[0].render() == "The code 1.4 is already used in this plan."
    _, problems = rules.validate_content_group({"code": "một", "name": ""}, taken_codes=())
    assert _messages(problems) == {"code": rules.BAD_GROUP_CODE, "name": m.REQUIRED}
    _, problems = rules.validate_content_group({"code": "", "name": "X"}, taken_codes=())
    assert _messages(problems) == {"code": m.REQUIRED}


def test_channel_code_and_name_are_required_and_unique() -> None:
    """A channel needs a code (lower-case, no accents) and a name, neither used by another channel."""
    values, problems = rules.validate_channel({"code": "zalo", "name": "Nhóm Zalo", "examples": ""},
                                              taken_codes={"social_media"}, taken_names={"Mạng xã hội"})
    assert problems == [] and values == rules.ChannelValues("zalo", "Nhóm Zalo")
    _, problems = rules.validate_channel({"code": "social_media", "name": "MẠNG XA HOI"},
                                         taken_codes={"social_media"}, taken_names={"Mạng xã hội"})
    assert _messages(problems) == {"code": rules.CODE_TAKEN, "name": rules.NAME_TAKEN}
    _, problems = rules.validate_channel({"code": "Báo chí", "name": ""}, taken_codes=(), taken_names=())
    assert _messages(problems) == {"code": rules.BAD_CHANNEL_CODE, "name": m.REQUIRED}


def test_channel_code_is_proposed_from_the_name() -> None:
    """A new channel's code is the name folded to lower-case ASCII words joined by '_'."""
    assert rules.channel_code_from_name("Trang Zalo của đơn vị!") == "trang_zalo_cua_don_vi"
    code = rules.channel_code_from_name("Đài phát thanh")
    values, _ = rules.validate_channel({"code": code, "name": "Đài"}, taken_codes=(), taken_names=())
    assert values is not None and values.code == "dai_phat_thanh"


def test_header_needs_a_title() -> None:
    """The plan title is required; theme and message are optional but limited in length."""
    values, problems = rules.validate_header({"title": " Kế hoạch năm 2026 ", "theme": "", "message": None})
    assert problems == [] and values == rules.HeaderValues("Kế hoạch năm 2026", "", "")
    _, problems = rules.validate_header({"title": "", "theme": "x" * 301, "message": ""})
    assert _messages(problems) == {"title": m.REQUIRED, "theme": m.TOO_LONG}


def test_year_must_be_a_plausible_year() -> None:
    """A plan year is a whole number between 2000 and 2100."""
    assert rules.validate_year("2027") == (2027, [])
    for bad in ("1999", "20x7", "", 2101):
        year, problems = rules.validate_year(bad)
        assert year is None and _messages(problems) == {"year": rules.BAD_YEAR}
