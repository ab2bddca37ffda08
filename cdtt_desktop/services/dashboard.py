"""What the Tổng quan page shows each morning: the month and each running campaign against the plan.

An indicator compares what was done with the plan's target over the whole period (month or campaign) and is
"behind" when it is below the target prorated to today (target × days elapsed ÷ days in the period, today
counted). Targets and their matching rule are those of the periodic report (`report_figures`): a month's
indicators are the numbers its report will show. Activities reach Python as a few hundred groups, never rows.
The chart series, the "Cần làm" list and the calendar live in dashboard_series, dashboard_todo and
dashboard_dates; they are re-exported here.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

from cdtt_desktop.domain.messages import QT_TRANSLATE_NOOP
from cdtt_desktop.domain.periods import ReportPeriod, campaign_period, month_period, percent
from cdtt_desktop.domain.text import fold
from cdtt_desktop.services import report_figures as figures
from cdtt_desktop.services.dashboard_dates import CalendarEntry, year_calendar
from cdtt_desktop.services.dashboard_series import Cumulative, StatusCounts, WeekSeries, chart_data
from cdtt_desktop.services.dashboard_todo import TodoItem, todo_items
from cdtt_desktop.services.workspace import Workspace

__all__ = ["CalendarEntry", "CampaignStatus", "Cumulative", "Dashboard", "Indicator", "StatusCounts", "TodoItem",
           "WeekSeries", "chart_data", "dashboard"]

OK, BEHIND, NONE = "ok", "behind", "none"
# Units: what an indicator counts (the plan's own targets count activities).
ACTIVITIES, PEOPLE, STORIES, CASES = "activities", "people", "stories", "cases"
PARTICIPANTS = QT_TRANSLATE_NOOP("Dashboard", "Participants")
STORIES_SENT = QT_TRANSLATE_NOOP("Dashboard", "Stories submitted")
HANDED_OVER = QT_TRANSLATE_NOOP("Dashboard", "Mái ấm handed over")


@dataclass(frozen=True)
class Indicator:
    """One figure against its target. `label` is a plan target's description (Vietnamese data) or one of the
    English source texts above (context "Dashboard"): translating it in that context covers both."""

    key: str  # "target:<n>" (the plan's n-th target), "participants", "stories_sent", "handed_over"
    label: str
    actual: int
    target: int | None  # over the whole period; None when the plan sets none
    unit: str  # ACTIVITIES | PEOPLE | STORIES | CASES
    elapsed_days: int = 1  # days of the period up to today included …
    period_days: int = 1  # … out of its days: the target is prorated by their ratio

    @property
    def percent(self) -> int | None:
        return percent(self.actual, self.target)

    @property
    def due(self) -> Fraction | None:
        """The target prorated to today (exact)."""
        if self.target is None:
            return None
        return Fraction(self.target * min(self.elapsed_days, self.period_days), max(self.period_days, 1))

    @property
    def state(self) -> str:
        due = self.due
        if due is None:
            return NONE
        return BEHIND if self.actual < due else OK


@dataclass(frozen=True)
class CampaignStatus:
    campaign_id: str
    name: str
    starts_on: dt.date
    ends_on: dt.date
    days_left: int  # days still to come, today included (1 on the last day)
    indicators: tuple[Indicator, ...]


@dataclass(frozen=True)
class Dashboard:
    today: dt.date
    month: tuple[Indicator, ...]
    campaigns: tuple[CampaignStatus, ...]
    todo: tuple[TodoItem, ...]
    calendar: tuple[CalendarEntry, ...]


def dashboard(ws: Workspace, today: dt.date) -> Dashboard:
    """Everything the page shows for `today` (charts apart: `chart_data`)."""
    return Dashboard(today=today, month=month_indicators(ws, today), campaigns=running_campaigns(ws, today),
                     todo=todo_items(ws, today), calendar=year_calendar(ws, today.year))


# --- indicators ------------------------------------------------------------------------------------------

def _keyed(ws: Workspace, where: str, params: list[Any], channels: figures._Parts,
           groups: figures._Parts
           ) -> tuple[list[tuple[str, str, str, int]], int]:
    """The activities matching `where` grouped as report_figures matches targets; and their participants."""
    keyed, people = [], 0
    for channel_id, group_id, outlet, n, participants in ws.db.execute(
            "SELECT channel_id, content_group_id, outlet, count(*), total(participants) FROM activities a "
            f"WHERE {where} GROUP BY 1, 2, 3", params):
        keyed.append((channels.code_of.get(channel_id, ""), groups.code_of.get(group_id, figures.NO_GROUP),
                      fold(outlet), int(n)))
        people += int(participants)
    return keyed, people


def _indicators(ws: Workspace, period: ReportPeriod, today: dt.date, where: str, params: list[Any]
                ) -> list[Indicator]:
    """The plan's targets over `period` against the activities matching `where`, then the participants."""
    plan = ws.plans.plan_for_year(period.start.year)
    plan_id = plan["id"] if plan else None
    channels, groups = figures._parts(ws, "channels", plan_id), figures._parts(ws, "content_groups", plan_id)
    keyed, people = _keyed(ws, where, params, channels, groups)
    targets, _per_channel, _per_group = figures._targets(ws, plan_id, period, channels, groups, keyed)
    days = {"elapsed_days": (today - period.start).days + 1, "period_days": period.days}
    out = [Indicator(f"target:{n}", t.description, t.actual, t.target, ACTIVITIES, **days)
           for n, t in enumerate(targets)]
    out.append(Indicator("participants", PARTICIPANTS, people, None, PEOPLE, **days))
    return out


def month_indicators(ws: Workspace, today: dt.date) -> tuple[Indicator, ...]:
    """The plan's targets for the month of `today`, participants, stories sent up and Mái ấm handed over."""
    period = month_period(today.year, today.month)
    out = _indicators(ws, period, today, "a.deleted_at IS NULL AND a.occurred_on BETWEEN ? AND ?",
                      [period.start.isoformat(), period.end.isoformat()])
    days = {"elapsed_days": today.day, "period_days": period.days}
    sent = sum(figures._stories(ws, period).sent.values())
    handed = figures._housing(ws, period).handed_over
    out.append(Indicator("stories_sent", STORIES_SENT, sent, None, STORIES, **days))
    out.append(Indicator("handed_over", HANDED_OVER, handed, None, CASES, **days))
    return tuple(out)


def running_campaigns(ws: Workspace, today: dt.date) -> tuple[CampaignStatus, ...]:
    """The live campaigns whose window holds `today`, with the plan's targets over the window; a campaign's
    activities are those linked to it, whatever their date (as in its report)."""
    out = []
    for row in figures._live_campaigns(ws):
        start, end = dt.date.fromisoformat(row["starts_on"]), dt.date.fromisoformat(row["ends_on"])
        if not start <= today <= end:
            continue
        period = campaign_period(row["id"], row["name"], start, end)
        indicators = _indicators(ws, period, today, "a.deleted_at IS NULL AND a.campaign_id = ?", [row["id"]])
        out.append(CampaignStatus(row["id"], row["name"], start, end, (end - today).days + 1, tuple(indicators)))
    return tuple(out)
