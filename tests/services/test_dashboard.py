"""The Tổng quan data against hand-made records: indicators, campaigns, the to-do list, the calendar, charts."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

import pytest

from cdtt_desktop.domain.periods import year_period
from cdtt_desktop.domain.stories import StoryKind
from cdtt_desktop.services.activities import delete_activity
from cdtt_desktop.services.dashboard import (
    HANDED_OVER,
    PARTICIPANTS,
    STORIES_SENT,
    Indicator,
    chart_data,
    dashboard,
)
from cdtt_desktop.services.dashboard_dates import TET_NAME
from cdtt_desktop.services.dashboard_todo import MISSING_NEWS, REPORT_DUE, todo_items
from cdtt_desktop.services.report_figures import report_figures
from cdtt_desktop.services.stories import new_story
from cdtt_desktop.services.workspace import Workspace
from tests.conftest import TODAY
from tests.services.test_report_figures import add, campaign_id

LD = "Báo Lao động điện tử"  # the outlet of the seed plan's first daily target


def _daily_news(ws: Workspace, days: Iterable[int], month: int = 5) -> None:
    for day in days:
        add(ws, f"2026-{month:02d}-{day:02d}", "union_press", "1.2", outlet=LD)


def _by_key(ws: Workspace, today: dt.date = TODAY) -> dict[str, Indicator]:
    return {i.key: i for i in dashboard(ws, today).month}


def _document(ws: Workspace, source: str, *, returned: str = "") -> str:
    """A register row (and, when `returned`, its outbox row sent back with that comment)."""
    own = ws.units.own_unit()
    assert own is not None
    doc_id = ws.documents.add({
        "kind": "BC", "number": 1 + ws.execute_scalar("SELECT count(*) FROM documents"), "year": 2026,
        "unit_id": own["id"], "issued_on": "2026-05-02", "number_text": "01/BC-CĐP", "subject": "Báo cáo tháng 4",
        "signer": "Trần Văn Bình", "source": source, "pdf_sha256": "a" * 64, "data_sha256": "b" * 64,
        "content_sha256": "c" * 64, "data": "{}", "profile": "{}", "file_name": "bc.pdf", "size": 10, "pages": 1})
    if returned:
        ws.db.execute("INSERT INTO outbox (item_id, revision, item_type, state, bundle_id, sent_at, decision_comment) "
                      "VALUES (?, 1, 'document', 'returned', 'b1', '2026-05-03T01:00:00Z', ?)", [doc_id, returned])
    return doc_id


# --- indicators ------------------------------------------------------------------------------------------

def test_indicator_state_compares_with_the_target_prorated_to_today() -> None:
    """Behind = actual below target × days elapsed ÷ days in the period; none without a target."""
    assert Indicator("k", "l", 5, 10, "activities", elapsed_days=15, period_days=30).state == "ok"
    assert Indicator("k", "l", 4, 10, "activities", elapsed_days=15, period_days=30).state == "behind"
    assert Indicator("k", "l", 4, 10, "activities", elapsed_days=15, period_days=30).percent == 40
    assert Indicator("k", "l", 9, 10, "activities").state == "behind"  # the whole period by default
    free = Indicator("k", "l", 7, None, "people")
    assert (free.state, free.percent, free.due) == ("none", None, None)


def test_month_target_is_prorated_and_behind_until_today_s_share_is_done(ready_ws: Workspace) -> None:
    """12 May: the daily news target asks 31 in May, 12 by today; 11 items are behind, 12 are on track."""
    _daily_news(ready_ws, range(1, 12))
    add(ready_ws, "2026-04-30", "union_press", "1.2", outlet=LD)  # another month
    delete_activity(ready_ws, add(ready_ws, "2026-05-12", "union_press", "1.2", outlet=LD))  # in the trash
    add(ready_ws, "2026-05-12", "union_press", "1.2", outlet="Báo Lao động Thủ đô")  # another outlet
    news = _by_key(ready_ws)["target:0"]
    assert (news.actual, news.target, news.state, news.percent) == (11, 31, "behind", 35)
    assert news.label.startswith("Tin, bài gửi trang Công đoàn Việt Nam")
    _daily_news(ready_ws, range(12, 13))
    assert _by_key(ready_ws)["target:0"].state == "ok"


def test_month_figures_without_a_plan_target(ready_ws: Workspace) -> None:
    """Participants, stories sent this month and Mái ấm handed over this month, with no target."""
    add(ready_ws, "2026-05-05", "direct", "1.3", participants=120)
    add(ready_ws, "2026-04-05", "direct", "1.3", participants=999)
    for day, status in (("2026-05-03", "sent"), ("2026-04-03", "sent")):
        story = ready_ws.stories.add({"kind": "practice", "status": status, "year": 2026, "title": "Bài"})
        ready_ws.db.execute("INSERT INTO story_events (story_id, at, to_status) VALUES (?, ?, ?)",
                            [story, f"{day}T05:00:00.000000Z", status])
    case = ready_ws.housing.add({"step": "handover", "year": 2026, "beneficiary_name": "Nguyễn Thị Lan"})
    ready_ws.housing.add_step(case, step="handover", done_on="2026-05-08", responsible="", notes="", data={},
                              actor="")
    found = _by_key(ready_ws)
    assert [(found[k].label, found[k].actual, found[k].target, found[k].state) for k in
            ("participants", "stories_sent", "handed_over")] == [
        (PARTICIPANTS, 120, None, "none"), (STORIES_SENT, 1, None, "none"), (HANDED_OVER, 1, None, "none")]


def test_running_campaign_has_days_left_and_counts_its_linked_activities(ready_ws: Workspace) -> None:
    """Tháng Công nhân (01–30/5) on 12/5: 19 days left today included; only linked activities count."""
    workers = campaign_id(ready_ws, "Tháng Công nhân")
    add(ready_ws, "2026-05-02", "union_press", "1.2", outlet=LD, campaign_id=workers, participants=40)
    add(ready_ws, "2026-05-03", "union_press", "1.2", outlet=LD)
    [campaign] = dashboard(ready_ws, TODAY).campaigns
    assert (campaign.name, campaign.starts_on, campaign.ends_on, campaign.days_left) == (
        "Tháng Công nhân", dt.date(2026, 5, 1), dt.date(2026, 5, 30), 19)
    news = campaign.indicators[0]
    assert (news.actual, news.target, news.elapsed_days, news.period_days, news.state) == (1, 30, 12, 30, "behind")
    assert campaign.indicators[-1].key == "participants" and campaign.indicators[-1].actual == 40
    assert dashboard(ready_ws, dt.date(2026, 5, 30)).campaigns[0].days_left == 1
    assert dashboard(ready_ws, dt.date(2026, 6, 10)).campaigns == ()


# --- to do -----------------------------------------------------------------------------------------------

def test_each_kind_of_todo_opens_its_place(ready_ws: Workspace) -> None:
    """Drafts → stories, returned story/document/case → their page, overdue case → housing."""
    draft = new_story(ready_ws, StoryKind.PRACTICE)
    returned = ready_ws.stories.add({"kind": "person", "status": "returned", "year": 2026, "title": "Chị Lan",
                                     "return_comment": "Thiếu ảnh"})
    document = _document(ready_ws, "periodic:2026-04", returned="Sai số liệu")
    back = ready_ws.housing.add({"step": "returned", "year": 2026, "beneficiary_name": "Lê Văn Nam"})
    late = ready_ws.housing.add({"step": "survey", "year": 2026, "beneficiary_name": "Phạm Thị Thu",
                                 "due_on": "2026-05-01"})
    ready_ws.housing.add({"step": "survey", "year": 2026, "beneficiary_name": "Đỗ Văn Hùng", "due_on": "2026-05-20"})
    ready_ws.housing.add({"step": "closed", "year": 2026, "beneficiary_name": "Vũ Thị Hà", "due_on": "2026-01-01"})
    items = [(i.kind, i.target) for i in todo_items(ready_ws, TODAY)
             if i.kind not in (REPORT_DUE, MISSING_NEWS)]
    assert items == [("draft_story", ("stories", draft)), ("returned", ("stories", returned)),
                     ("returned", ("submission", document)), ("returned", ("housing", back)),
                     ("overdue_case", ("housing", late))]
    texts = [i.render() for i in todo_items(ready_ws, TODAY)]
    assert "Complete the returned story “Chị Lan”: Thiếu ảnh" in texts
    assert "Mái ấm case of Phạm Thị Thu: the next step was due on 01/05/2026" in texts
    assert todo_items(ready_ws, TODAY)[0].render(lambda _c, _t: "Hoàn thành {title}") == "Hoàn thành …"


def test_days_short_of_a_daily_target_are_listed(ready_ws: Workspace) -> None:
    """1–11 May: news on every day but the 4th and 9th → 2 days short; today (12th) is not counted."""
    _daily_news(ready_ws, (d for d in range(1, 12) if d not in (4, 9)))
    missing = [i for i in todo_items(ready_ws, TODAY) if i.kind == MISSING_NEWS]
    news = next(i for i in missing if str(i.args["target"]).startswith("Tin, bài"))
    assert (news.args["count"], news.args["quantity"], news.args["day"], news.target) == (
        2, 1, "09/05/2026", ("activities", ""))
    facebook = next(i for i in missing if "Facebook" in str(i.args["target"]))
    assert facebook.args["count"] == 11  # 4 a day, none posted
    _daily_news(ready_ws, range(4, 5))
    _daily_news(ready_ws, range(9, 10))
    assert not any(str(i.args["target"]).startswith("Tin, bài") for i in todo_items(ready_ws, TODAY)
                   if i.kind == MISSING_NEWS)


def test_reports_due_near_the_end_and_late_until_issued(ready_ws: Workspace) -> None:
    """On 28/6: June's and Q2's reports are due; May's (with activities) is late until issued."""
    add(ready_ws, "2026-05-05", "direct", "1.3")
    due = {i.target: i.text for i in todo_items(ready_ws, dt.date(2026, 6, 28)) if i.kind == REPORT_DUE}
    assert set(due) == {("reports", "2026-05"), ("reports", "2026-06"), ("reports", "2026-Q2")}
    assert "was due" in due[("reports", "2026-05")] and "is due" in due[("reports", "2026-06")]
    _document(ready_ws, "periodic:2026-05")
    assert ("reports", "2026-05") not in {i.target for i in todo_items(ready_ws, dt.date(2026, 6, 28))}
    assert [i for i in todo_items(ready_ws, dt.date(2026, 6, 10)) if i.kind == REPORT_DUE] == []


# --- calendar and charts ---------------------------------------------------------------------------------

def test_calendar_holds_key_dates_and_the_year_s_campaigns(ready_ws: Workspace) -> None:
    """Key dates (28/7, Tết 17/02/2026) and every campaign meeting 2026, in date order."""
    calendar = dashboard(ready_ws, TODAY).calendar
    keys = {(e.day, e.name) for e in calendar if e.kind == "key_date"}
    assert (dt.date(2026, 7, 28), "Ngày thành lập Công đoàn Việt Nam") in keys
    assert (dt.date(2026, 2, 17), TET_NAME) in keys
    campaigns = [(e.day, e.end, e.name) for e in calendar if e.kind == "campaign"]
    assert (dt.date(2026, 5, 1), dt.date(2026, 5, 30), "Tháng Công nhân") in campaigns
    assert [e.day for e in calendar] == sorted(e.day for e in calendar)
    assert len(keys) == 9


def test_weekly_series_add_up_to_the_year_s_activities(ready_ws: Workspace) -> None:
    """Every live activity of the year is in exactly one week and one channel; other years are not."""
    for day in ("2026-01-01", "2026-01-04", "2026-01-05", "2026-05-12", "2026-12-31"):
        add(ready_ws, day, "social_media", "1.2", outlet="Facebook")
    add(ready_ws, "2026-03-03", "direct", None)
    delete_activity(ready_ws, add(ready_ws, "2026-03-04", "direct", None))
    weeks, _cumulative, _status = chart_data(ready_ws, 2026)
    assert weeks.weeks[0] == dt.date(2025, 12, 29) and weeks.weeks[-1] == dt.date(2026, 12, 28)
    assert all(w.weekday() == 0 for w in weeks.weeks)
    assert sum(sum(values) for _name, values in weeks.channels) == 6
    social = dict(weeks.channels)["Mạng xã hội"]
    assert social[:2] == (2, 1) and social[-1] == 1


def test_cumulative_ends_at_the_year_s_report_figures(ready_ws: Workspace) -> None:
    """The last day of the cumulative lines equals the year report's targets and their counted activities."""
    _daily_news(ready_ws, range(1, 6))
    add(ready_ws, "2026-02-02", "social_media", "1.2", outlet="Trang Facebook Công đoàn")
    add(ready_ws, "2026-02-03", "direct", "1.3")  # counts toward no target
    _weeks, cumulative, _status = chart_data(ready_ws, 2026)
    year = report_figures(ready_ws, year_period(2026))
    assert cumulative.actual[-1] == sum(t.actual for t in year.targets) == 6
    assert cumulative.target[-1] == sum(t.target for t in year.targets)
    assert len(cumulative.days) == 365 and cumulative.actual[31:34] == (0, 1, 1)
    assert list(cumulative.actual) == sorted(cumulative.actual)


def test_status_counts_list_every_status_of_the_year(ready_ws: Workspace) -> None:
    """Live stories and cases of the year by status; trashed ones and other years are left out."""
    new_story(ready_ws, StoryKind.PRACTICE)
    ready_ws.stories.trash(new_story(ready_ws, StoryKind.PERSON))
    ready_ws.housing.add({"step": "survey", "year": 2026, "beneficiary_name": "An"})
    ready_ws.housing.add({"step": "survey", "year": 2025, "beneficiary_name": "Bình"})
    status = chart_data(ready_ws, 2026)[2]
    assert dict(status.stories)["draft"] == 1 and sum(n for _s, n in status.stories) == 1
    assert dict(status.cases) == {**{s: 0 for s, _n in status.cases}, "survey": 1}


@pytest.mark.parametrize("today", [TODAY, dt.date(2026, 1, 1)])
def test_empty_data_folder_gives_an_empty_page(ws: Workspace, today: dt.date) -> None:
    """Without setup or plan: the fixed indicators at zero, no campaign, nothing to do, key dates only."""
    board = dashboard(ws, today)
    assert [(i.key, i.actual, i.state) for i in board.month] == [
        ("participants", 0, "none"), ("stories_sent", 0, "none"), ("handed_over", 0, "none")]
    assert board.campaigns == () and board.todo == ()
    assert {e.kind for e in board.calendar} == {"key_date"}
    weeks, cumulative, status = chart_data(ws, 2026)
    assert weeks.channels == () and len(weeks.weeks) == 53
    assert set(cumulative.actual) == set(cumulative.target) == {0}
    assert all(n == 0 for _s, n in status.stories + status.cases)
