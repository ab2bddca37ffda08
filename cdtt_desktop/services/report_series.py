"""The week-by-week figures a periodic report draws as charts: activities per channel, and the targets.

One GROUP BY over the period's activities (week × channel × content group × outlet) gives a few hundred
rows at most; everything else is summed from them. Weeks start on Monday; the first and last weeks are cut
to the period. A campaign's report counts the activities linked to it, and one dated outside its window
falls in its first or last week.

The target line adds up the plan's targets: each is prorated over the period as in the report's table of
targets, and spread evenly over its days (what was due by the end of each week); the actual line adds up
what each target counted (the same rule as `report_figures`: its channel and content group when set, its
outlet within the activity's, without accents and case). Both lines end on the totals of that table.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from itertools import accumulate
from typing import Any

from cdtt_desktop.domain.periods import ReportPeriod, prorated_target
from cdtt_desktop.domain.text import fold
from cdtt_desktop.services.workspace import Workspace


@dataclass(frozen=True)
class PeriodSeries:
    weeks: tuple[dt.date, ...]  # the first day of each week within the period
    channels: tuple[tuple[str, tuple[int, ...]], ...]  # (channel code, activities per week), plan codes first
    actual: tuple[int, ...]  # what the plan's targets counted, added up to the end of each week
    target: tuple[int, ...]  # what they asked, added up to the end of each week; () without targets


def week_starts(period: ReportPeriod) -> tuple[dt.date, ...]:
    """The first day of each week (Monday, or the period's first day) within the period."""
    monday = period.start - dt.timedelta(days=period.start.weekday())
    count = (period.end - monday).days // 7 + 1
    return tuple(max(monday + dt.timedelta(weeks=i), period.start) for i in range(count))


def _week_rows(ws: Workspace, period: ReportPeriod) -> list[tuple[int, str, str, str, int]]:
    """(week index, channel code, content group code, folded outlet, activities) of the period."""
    monday = period.start - dt.timedelta(days=period.start.weekday())
    if period.campaign_id:
        where, params = "a.campaign_id = ?", [period.campaign_id]
    else:
        where, params = "a.occurred_on BETWEEN ? AND ?", [period.start.isoformat(), period.end.isoformat()]
    codes = {r[0]: r[1] for table in ("channels", "content_groups")
             for r in ws.db.execute(f"SELECT id, code FROM [{table}]")}
    last = len(week_starts(period)) - 1
    rows = []  # a day before the first Monday (a campaign's early activity) truncates to week 0 too
    for week, channel_id, group_id, outlet, n in ws.db.execute(
            "SELECT CAST((julianday(a.occurred_on) - julianday(?)) / 7 AS INTEGER), a.channel_id, "
            f"a.content_group_id, a.outlet, count(*) FROM activities a WHERE a.deleted_at IS NULL AND {where} "
            "GROUP BY 1, 2, 3, 4", [monday.isoformat(), *params]):
        rows.append((min(max(int(week), 0), last), codes.get(channel_id, ""), codes.get(group_id, ""),
                     fold(outlet), int(n)))
    return rows


def _targets(ws: Workspace, period: ReportPeriod) -> list[dict[str, Any]]:
    plan = ws.plans.plan_for_year(period.start.year)
    if plan is None:
        return []
    return list(ws.db.query(
        "SELECT t.quantity, t.period, c.code AS channel, g.code AS grp, t.outlet FROM targets t "
        "LEFT JOIN channels c ON c.id = t.channel_id LEFT JOIN content_groups g ON g.id = t.content_group_id "
        "WHERE t.plan_id = ? AND t.deleted_at IS NULL ORDER BY t.rowid", [plan["id"]]))


def period_series(ws: Workspace, period: ReportPeriod, channel_order: tuple[str, ...] = ()) -> PeriodSeries:
    """The weekly series of `period`; channels with activities, those of `channel_order` first in its order."""
    weeks = week_starts(period)
    rows = _week_rows(ws, period)
    per_channel: defaultdict[str, list[int]] = defaultdict(lambda: [0] * len(weeks))
    for week, channel, _group, _outlet, n in rows:
        per_channel[channel][week] += n
    order = [c for c in channel_order if c in per_channel] + sorted(c for c in per_channel if c not in channel_order)
    targets = _targets(ws, period)
    done = [0] * len(weeks)
    for t in targets:
        outlet = fold(t["outlet"])
        for week, channel, group, folded, n in rows:
            if (t["channel"] is None or channel == t["channel"]) and (t["grp"] is None or group == t["grp"]) \
                    and outlet in folded:
                done[week] += n
    total = sum(prorated_target(int(t["quantity"]), t["period"], period) for t in targets)
    ends = [min(start + dt.timedelta(days=6 - start.weekday()), period.end) for start in weeks]
    due = tuple(round(total * ((end - period.start).days + 1) / period.days) for end in ends) if targets else ()
    return PeriodSeries(weeks=weeks, channels=tuple((c, tuple(per_channel[c])) for c in order),
                        actual=tuple(accumulate(done)), target=due)
