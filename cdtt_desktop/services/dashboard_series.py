"""The three charts of the Tổng quan page over a year: activities per week by channel, cumulative actual
against target, and stories and cases by status.

"Cumulative" adds up, day by day, the plan's targets and what counts toward them, with the periodic report's
matching rule (each day is matched as a one-day report would be); a day's target is the exact share
(`exact_target`) of each target, so a weekly target adds 1/7 a day and the line is smooth. An activity that
counts toward two targets counts twice, as the targets are added up too.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from fractions import Fraction

from cdtt_desktop.domain.housing import CaseStep
from cdtt_desktop.domain.periods import ReportPeriod, exact_target
from cdtt_desktop.domain.stories import StoryStatus
from cdtt_desktop.domain.text import fold
from cdtt_desktop.services import report_figures as figures
from cdtt_desktop.services.workspace import Workspace


@dataclass(frozen=True)
class WeekSeries:
    weeks: tuple[dt.date, ...]  # the Monday of each week meeting the year (the first may be in December)
    channels: tuple[tuple[str, tuple[int, ...]], ...]  # (channel name, activities per week), the plan's order


@dataclass(frozen=True)
class Cumulative:
    days: tuple[dt.date, ...]  # every day of the year
    actual: tuple[int, ...]  # activities counted toward the plan's targets, up to the day included
    target: tuple[int, ...]  # the targets up to the day included (rounded half up); zeros without a plan


@dataclass(frozen=True)
class StatusCounts:
    stories: tuple[tuple[str, int], ...]  # (StoryStatus value, live stories of the year), every status
    cases: tuple[tuple[str, int], ...]  # (CaseStep value, live cases of the year), every step


def _year_days(year: int) -> list[dt.date]:
    first = dt.date(year, 1, 1)
    return [first + dt.timedelta(days=n) for n in range((dt.date(year + 1, 1, 1) - first).days)]


# (day, channel code, group code, folded outlet, activities): the year's live activities in a few thousand groups
_Row = tuple[str, str, str, str, int]


def chart_data(ws: Workspace, year: int) -> tuple[WeekSeries, Cumulative, StatusCounts]:
    plan = ws.plans.plan_for_year(year)
    plan_id = plan["id"] if plan else None
    channels, groups = figures._parts(ws, "channels", plan_id), figures._parts(ws, "content_groups", plan_id)
    rows = _grouped(ws, year, channels, groups)
    return week_series(year, channels, rows), cumulative(ws, year, plan_id, channels, groups, rows), \
        status_counts(ws, year)


def _grouped(ws: Workspace, year: int, channels: figures._Parts, groups: figures._Parts) -> list[_Row]:
    """One pass over the year's activities serves both series (reading the outlet is what costs)."""
    folded: dict[str, str] = {}  # a handful of outlets over thousands of groups: fold each once
    rows = []
    for day, channel_id, group_id, outlet, n in ws.db.execute(
            "SELECT occurred_on, channel_id, content_group_id, outlet, count(*) FROM activities "
            "WHERE deleted_at IS NULL AND occurred_on BETWEEN ? AND ? GROUP BY 1, 2, 3, 4",
            [f"{year}-01-01", f"{year}-12-31"]):
        if outlet not in folded:
            folded[outlet] = fold(outlet)
        rows.append((day, channels.code_of.get(channel_id, ""), groups.code_of.get(group_id, figures.NO_GROUP),
                     folded[outlet], int(n)))
    return rows


def week_series(year: int, channels: figures._Parts, rows: list[_Row]) -> WeekSeries:
    """Live activities of the year per Monday-to-Sunday week and channel (by code, across plans)."""
    first_monday = dt.date(year, 1, 1) - dt.timedelta(days=dt.date(year, 1, 1).weekday())
    weeks = [first_monday + dt.timedelta(weeks=n) for n in range((dt.date(year, 12, 31) - first_monday).days // 7 + 1)]
    counts: dict[str, list[int]] = {}
    for day, channel, _group, _outlet, n in rows:
        week = (dt.date.fromisoformat(day) - first_monday).days // 7
        counts.setdefault(channel, [0] * len(weeks))[week] += n
    # Every channel of the year's plan (even empty), then those of other plans that were used.
    names = dict(channels.listed)
    names.update({code: channels.names.get(code, code) for code in counts if code not in names})
    return WeekSeries(tuple(weeks), tuple((name, tuple(counts.get(code, [0] * len(weeks))))
                                          for code, name in names.items()))


def _one_day(day: dt.date) -> ReportPeriod:
    return ReportPeriod(day.isoformat(), day, day, "", "")


def cumulative(ws: Workspace, year: int, plan_id: str | None, channels: figures._Parts, groups: figures._Parts,
               rows: list[_Row]) -> Cumulative:
    days = _year_days(year)
    if plan_id is None:
        return Cumulative(tuple(days), (0,) * len(days), (0,) * len(days))
    targets = [(int(r[0]), r[1]) for r in ws.db.execute(
        "SELECT quantity, period FROM targets WHERE plan_id = ? AND deleted_at IS NULL", [plan_id])]
    # How many targets an activity of each (channel, group, outlet) counts toward: asked of report_figures'
    # rule once per distinct key (a few dozen), not once per day.
    weight: dict[tuple[str, str, str], int] = {}
    per_day: dict[str, int] = {}
    for day, channel, group, outlet, n in rows:
        key = (channel, group, outlet)
        if key not in weight:
            matched = figures._targets(ws, plan_id, _one_day(days[0]), channels, groups, [(*key, 1)])[0]
            weight[key] = sum(t.actual for t in matched)
        per_day[day] = per_day.get(day, 0) + n * weight[key]
    actual, target, done, asked = [], [], 0, Fraction(0)
    for date in days:
        done += per_day.get(date.isoformat(), 0)
        asked += sum((exact_target(q, unit, _one_day(date)) for q, unit in targets), Fraction(0))
        actual.append(done)
        target.append(int(asked + Fraction(1, 2)))
    return Cumulative(tuple(days), tuple(actual), tuple(target))


def status_counts(ws: Workspace, year: int) -> StatusCounts:
    """Where the live stories and cases of the year stand now."""
    stories = dict(ws.db.execute("SELECT status, count(*) FROM stories WHERE deleted_at IS NULL AND year = ? "
                                 "GROUP BY 1", [year]).fetchall())
    cases = dict(ws.db.execute("SELECT step, count(*) FROM housing_cases WHERE deleted_at IS NULL AND year = ? "
                               "GROUP BY 1", [year]).fetchall())
    return StatusCounts(tuple((s.value, int(stories.get(s.value, 0))) for s in StoryStatus),
                        tuple((c.value, int(cases.get(c.value, 0))) for c in CaseStep))
