"""The figures of the periodic report against a small hand-built log: counts, targets, trash, other periods."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from cdtt_desktop.domain.activities import ActivityInput
from cdtt_desktop.domain.periods import campaign_period, parse_period
from cdtt_desktop.domain.units import UnitKind
from cdtt_desktop.services.activities import delete_activity, save_activity
from cdtt_desktop.services.plan_admin import save_target
from cdtt_desktop.services.report_figures import NO_GROUP, Counts, ReportFigures, report_figures
from cdtt_desktop.services.workspace import Workspace
from tests.conftest import TODAY

APRIL = parse_period("2026-04")
ONLINE_APRIL = Counts(activities=5, participants=200, reach=1000, interactions=50)


def _ids(ws: Workspace, table: str) -> dict[str, str]:
    plan = ws.plans.plan_for_year(2026)
    assert plan is not None
    return {r["code"]: r["id"] for r in ws.plans.parts(table, plan["id"])}


def _units(ws: Workspace) -> dict[str, str]:
    return {r["name"]: r["id"] for r in ws.units.by_kind(UnitKind.GRASSROOTS)}


def campaign_id(ws: Workspace, name: str) -> str:
    return next(r["id"] for r in ws.plans.parts("campaigns") if r["name"] == name and r["plan_year"] == 2026)


def add(ws: Workspace, day: str, channel: str, group: str | None = None, unit: str | None = None,
        **values: Any) -> str:
    """One activity of the 2026 plan: channel and group by code, grassroots union by name."""
    raw = ActivityInput(occurred_on=day, title=f"Hoạt động {day} {channel}", channel_id=_ids(ws, "channels")[channel],
                        content_group_id=_ids(ws, "content_groups")[group] if group else None,
                        grassroots_unit_id=_units(ws)[unit] if unit else None, **values)
    return save_activity(ws, raw, today=TODAY)


MAY10, HOSPITAL = "CĐCS Công ty May 10", "CĐCS Bệnh viện Đa khoa Ba Đình"


def _story(ws: Workspace, kind: str, moves: list[tuple[str, str]], *, trashed: bool = False) -> str:
    """A story with its moves at given days (noon in Vietnam, the same local day in any nearby time zone)."""
    story_id = ws.stories.add({"kind": kind, "status": moves[-1][1], "year": 2026, "title": f"Bài {kind}"})
    for day, status in moves:
        ws.db.execute("INSERT INTO story_events (story_id, at, to_status) VALUES (?, ?, ?)",
                      [story_id, f"{day}T05:00:00.000000Z", status])
    if trashed:
        ws.stories.trash(story_id)
    return story_id


def _case(ws: Workspace, steps: list[tuple[str, str]], *, approved: int | None = None, trashed: bool = False) -> str:
    case_id = ws.housing.add({"step": steps[-1][1], "year": 2026, "beneficiary_name": "Nguyễn Thị Lan",
                              "approved": approved})
    for day, step in steps:
        ws.housing.add_step(case_id, step=step, done_on=day, responsible="Nguyễn Thị Hoa", notes="", data={},
                            actor="Nguyễn Thị Hoa")
    if trashed:
        ws.housing.trash(case_id)
    return case_id


def fill_april(ws: Workspace) -> None:
    """Five live activities in April 2026, one in the trash, others in March and May; stories and cases."""
    add(ws, "2026-04-01", "union_press", "1.2", MAY10, outlet="Báo Lao động điện tử")
    add(ws, "2026-04-15", "union_press", "1.4", outlet="Báo Lao động Thủ đô")
    add(ws, "2026-04-30", "social_media", "1.2", outlet="Trang Facebook Công đoàn phường Ba Đình", reach=1000,
        interactions=50)
    add(ws, "2026-04-10", "direct", "1.3", HOSPITAL, participants=120)
    add(ws, "2026-04-20", "direct", None, HOSPITAL, participants=80)
    delete_activity(ws, add(ws, "2026-04-05", "social_media", "1.2", outlet="Facebook", reach=99_999))
    add(ws, "2026-03-31", "union_press", "1.2", outlet="Báo Lao động điện tử")
    add(ws, "2026-05-01", "union_press", "1.2", outlet="Báo Lao động điện tử")
    add(ws, "2026-05-05", "direct", "1.3", MAY10, participants=50, campaign_id=campaign_id(ws, "Tháng Công nhân"))
    _story(ws, "practice", [("2026-03-20", "draft"), ("2026-04-02", "ready"), ("2026-04-03", "sent"),
                            ("2026-04-10", "received"), ("2026-04-25", "approved")])
    _story(ws, "person", [("2026-04-05", "draft"), ("2026-04-06", "ready"), ("2026-04-07", "sent"),
                          ("2026-05-02", "returned")])
    _story(ws, "collective", [("2026-02-01", "draft"), ("2026-02-02", "ready"), ("2026-03-01", "sent")])
    _story(ws, "practice", [("2026-04-01", "draft"), ("2026-04-02", "ready"), ("2026-04-08", "sent")], trashed=True)
    _case(ws, [("2026-03-10", "request"), ("2026-03-20", "survey"), ("2026-04-02", "proposal"),
               ("2026-04-10", "decision"), ("2026-04-12", "construction"), ("2026-04-25", "acceptance"),
               ("2026-04-28", "handover")], approved=60_000_000)
    _case(ws, [("2026-04-05", "request"), ("2026-04-15", "survey")])
    _case(ws, [("2026-04-20", "request"), ("2026-05-03", "decision")], approved=20_000_000)
    _case(ws, [("2026-04-02", "request")], trashed=True)
    _case(ws, [("2026-02-01", "request"), ("2026-03-01", "returned")])


@pytest.fixture
def april(ready_ws: Workspace) -> ReportFigures:
    fill_april(ready_ws)
    return report_figures(ready_ws, APRIL)


def test_totals_count_live_activities_of_the_period_only(april: ReportFigures) -> None:
    """Totals add the five live April activities: not the one in the trash, not March's or May's."""
    assert april.totals == ONLINE_APRIL
    assert april.period == APRIL
    assert april.plan_title == "Kế hoạch truyền thông năm 2026"


def test_every_channel_of_the_plan_is_listed_with_its_prorated_target(april: ReportFigures) -> None:
    """Channels in plan order, with none left out; the seed's daily and weekly targets over April's 30 days."""
    rows = {c.code: (c.counts.activities, c.target, c.percent) for c in april.channels}
    assert [c.code for c in april.channels] == ["union_press", "other_press", "social_media", "web_portal",
                                                "direct", "media_product", "press_monitoring"]
    assert rows["union_press"] == (2, 30, 7)  # 1 a day
    assert rows["social_media"] == (1, 120, 1)  # 4 a day
    assert rows["press_monitoring"] == (0, 4, 0)  # 1 a week: 30 / 7 ≈ 4.3
    assert rows["direct"] == (2, None, None)
    assert april.channels[4].counts == Counts(2, 200, 0, 0)
    assert sum((c.counts for c in april.channels), Counts()) == april.totals


def test_content_groups_keep_activities_without_a_group_apart(april: ReportFigures) -> None:
    """Groups in plan order, the monthly group target, and a last row for activities without a group."""
    rows = [(g.code, g.counts.activities, g.target) for g in april.groups]
    assert rows == [("1.1", 0, None), ("1.2", 2, None), ("1.3", 1, None), ("1.4", 1, 1), (NO_GROUP, 1, None)]
    assert april.groups[-1].name == "Chưa phân nhóm nội dung"
    assert april.groups[3].percent == 100


def test_matrix_counts_channel_by_group(april: ReportFigures) -> None:
    """The channel × group table counts each pair; its cells add up to the total."""
    assert april.matrix == {("union_press", "1.2"): 1, ("union_press", "1.4"): 1, ("social_media", "1.2"): 1,
                            ("direct", "1.3"): 1, ("direct", NO_GROUP): 1}


def test_each_target_counts_its_outlet_without_accents_or_case(april: ReportFigures) -> None:
    """'Báo Lao động điện tử' does not count 'Báo Lao động Thủ đô'; 'Facebook' counts 'Trang Facebook …'."""
    assert [(t.unit, t.quantity, t.target, t.actual) for t in april.targets] == [
        ("day", 1, 30, 1), ("day", 4, 120, 1), ("week", 1, 4, 0), ("month", 1, 1, 1)]
    assert april.targets[0].description.startswith("Tin, bài gửi trang Công đoàn Việt Nam")
    assert april.targets[3].percent == 100


def test_targets_are_prorated_over_a_quarter(ready_ws: Workspace) -> None:
    """Over the 91 days of Q2 2026: 91, 364 and 13 (91 / 7) for the seed; a monthly 4 on a channel is 12."""
    plan = ready_ws.plans.plan_for_year(2026)
    assert plan is not None
    save_target(ready_ws, plan["id"], {"description": "Buổi tuyên truyền trực tiếp", "quantity": "4",
                                       "period": "month", "channel_id": _ids(ready_ws, "channels")["direct"]})
    figures = report_figures(ready_ws, parse_period("2026-Q2"))
    assert [t.target for t in figures.targets] == [91, 364, 13, 3, 12]
    assert {c.code: c.target for c in figures.channels if c.target} == {
        "union_press": 91, "social_media": 364, "direct": 12, "press_monitoring": 13}


def test_grassroots_unions_with_and_without_activities(april: ReportFigures) -> None:
    """Every grassroots union is listed (zero too); activities without one are counted apart."""
    units = {u.name: (u.counts.activities, u.counts.participants, u.members) for u in april.units}
    assert units == {MAY10: (1, 0, 1200), HOSPITAL: (2, 200, 310), "CĐCS Trường Tiểu học Đống Đa": (0, 0, 45)}
    assert (april.grassroots_active, len(april.units), april.members) == (2, 3, 1555)
    assert april.unassigned == Counts(2, 0, 1000, 50)


def test_press_outlets_are_ranked(april: ReportFigures) -> None:
    """Only press channels' outlets, most used first, then in Vietnamese order; social media pages are not press."""
    assert april.outlets == (("Báo Lao động điện tử", 1), ("Báo Lao động Thủ đô", 1))


def test_campaigns_meeting_the_period_and_those_starting_next(ready_ws: Workspace, april: ReportFigures) -> None:
    """No 2026 campaign meets April; Tháng Công nhân starts in May, the month 'Phương hướng' looks to."""
    assert april.campaigns == ()
    assert [c.name for c in april.upcoming] == ["Tháng Công nhân"]
    may = report_figures(ready_ws, parse_period("2026-05"))
    assert [(c.name, c.counts.activities, c.counts.participants) for c in may.campaigns] == [("Tháng Công nhân", 1, 50)]


def test_a_campaign_report_counts_the_activities_linked_to_it(ready_ws: Workspace, april: ReportFigures) -> None:
    """A campaign's report counts only its activities (not others in its window), and lists only that campaign."""
    row = next(r for r in ready_ws.plans.parts("campaigns") if r["name"] == "Tháng Công nhân")
    period = campaign_period(row["id"], row["name"], dt.date.fromisoformat(row["starts_on"]),
                             dt.date.fromisoformat(row["ends_on"]))
    figures = report_figures(ready_ws, period)
    assert figures.totals == Counts(1, 50, 0, 0)
    assert [c.campaign_id for c in figures.campaigns] == [row["id"]]


def test_stories_sent_and_approved_in_the_period(april: ReportFigures) -> None:
    """Moves dated in April count by kind; a story in the trash does not; statuses are those at April's end."""
    assert april.stories.sent == {"practice": 1, "person": 1}
    assert april.stories.approved == {"practice": 1}
    assert april.stories.by_status == {"approved": 1, "sent": 1}


def test_mai_am_cases_of_the_period(april: ReportFigures) -> None:
    """New, decided and handed-over cases of April with their approved đồng; steps as they stood on 30 April."""
    h = april.housing
    assert (h.new_cases, h.decided, h.decided_amount, h.handed_over, h.handed_over_amount) == (
        2, 1, 60_000_000, 1, 60_000_000)
    assert h.by_step == {"handover": 1, "survey": 1, "request": 1, "returned": 1}


def test_an_empty_period_has_zero_figures(ready_ws: Workspace) -> None:
    """A period without records gives zeros, every plan channel, and no division by zero."""
    figures = report_figures(ready_ws, parse_period("2026-08"))
    assert figures.totals == Counts()
    assert len(figures.channels) == 7 and all(c.counts == Counts() for c in figures.channels)
    assert figures.grassroots_active == 0 and figures.outlets == ()
    assert figures.housing.by_step == {} and figures.stories.sent == {}


def test_a_year_without_a_plan_has_no_targets(ready_ws: Workspace) -> None:
    """Without a plan for the year the report still counts, with no targets (and creates no plan)."""
    figures = report_figures(ready_ws, parse_period("2030"))
    assert figures.targets == () and figures.plan_title == ""
    assert ready_ws.plans.plan_for_year(2030) is None
