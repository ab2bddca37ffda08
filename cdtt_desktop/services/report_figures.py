"""The figures of a periodic report, computed from the live records of the period.

Activities are read with one GROUP BY over the period's rows (channel × group × grassroots union × campaign ×
outlet); every total is summed from those few hundred groups, never from rows in Python: a year of 100,000
activities takes 0.1–0.3 s. Channels and content groups are matched by code, so a campaign across the new
year adds up both years' plans. The rules of each figure:

- Activities: live (not in the trash), dated in the period; a campaign's report counts the activities
  linked to the campaign, whatever their date.
- Targets: those of the plan of the period's first year, prorated with `domain.periods.prorated_target`.
  A target counts the activities of its channel and content group (when set) whose outlet contains the
  target's outlet, compared without accents and case ("Facebook" counts "Trang Facebook Công đoàn …").
- Stories: introduced upward = moved to "sent" in the period; approved = moved to "approved" in the period;
  the status counts are where the stories worked on in the period (any move in it) stood at its end.
- Mái ấm cases: new = first step dated in the period; decided / handed over = a decision / handover step
  dated in the period, with the sum of their approved amounts; the step counts are where every live case
  stood at the end of the period.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

from cdtt_desktop.domain.periods import ReportPeriod, percent, prorated_target
from cdtt_desktop.domain.text import fold, sort_key
from cdtt_desktop.services.workspace import Workspace

PRESS_CHANNELS = ("union_press", "other_press")  # channel codes whose outlets are newspapers
NO_GROUP = ""  # the code under which activities without a content group are counted


@dataclass(frozen=True)
class Counts:
    activities: int = 0
    participants: int = 0
    reach: int = 0
    interactions: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.activities + other.activities, self.participants + other.participants,
                      self.reach + other.reach, self.interactions + other.interactions)


@dataclass(frozen=True)
class PartFigures:
    """One channel or content group of the plan: what was done and the target of the period."""

    code: str
    name: str
    counts: Counts
    target: int | None = None  # the sum of the plan's targets for it, prorated; None when it has none

    @property
    def percent(self) -> int | None:
        return percent(self.counts.activities, self.target)


@dataclass(frozen=True)
class TargetFigures:
    description: str
    quantity: int
    unit: str  # day, week, month, quarter, year
    target: int
    actual: int

    @property
    def percent(self) -> int | None:
        return percent(self.actual, self.target)


@dataclass(frozen=True)
class CampaignFigures:
    campaign_id: str
    name: str
    starts_on: dt.date
    ends_on: dt.date
    counts: Counts


@dataclass(frozen=True)
class UnitFigures:
    unit_id: str
    name: str
    counts: Counts
    members: int = 0  # as recorded for the union (0 when unknown)


@dataclass(frozen=True)
class StoryFigures:
    sent: dict[str, int] = field(default_factory=dict)  # by kind: practice, person, collective
    approved: dict[str, int] = field(default_factory=dict)
    by_status: dict[str, int] = field(default_factory=dict)  # at the end of the period


@dataclass(frozen=True)
class HousingFigures:
    new_cases: int = 0
    decided: int = 0
    decided_amount: int = 0  # whole đồng
    handed_over: int = 0  # one member's family helped per case handed over
    handed_over_amount: int = 0
    by_step: dict[str, int] = field(default_factory=dict)  # at the end of the period


@dataclass(frozen=True)
class ReportFigures:
    period: ReportPeriod
    plan_title: str  # "Kế hoạch truyền thông năm 2026"; empty without a plan for the year
    totals: Counts
    channels: tuple[PartFigures, ...]
    groups: tuple[PartFigures, ...]  # the last one has code NO_GROUP when some activities have no group
    matrix: dict[tuple[str, str], int]  # (channel code, group code) → activities
    campaigns: tuple[CampaignFigures, ...]
    upcoming: tuple[CampaignFigures, ...]  # campaigns starting in the window "Phương hướng" looks ahead to
    units: tuple[UnitFigures, ...]  # every grassroots union of the period, in name order
    unassigned: Counts  # activities not linked to a listed grassroots union
    outlets: tuple[tuple[str, int], ...]  # press outlets, most used first
    targets: tuple[TargetFigures, ...]
    stories: StoryFigures
    housing: HousingFigures

    @property
    def grassroots_active(self) -> int:
        return sum(1 for u in self.units if u.counts.activities)

    @property
    def members(self) -> int:
        return sum(u.members for u in self.units)


def _activity_filter(period: ReportPeriod) -> tuple[str, list[Any]]:
    if period.campaign_id:
        return "a.deleted_at IS NULL AND a.campaign_id = ?", [period.campaign_id]
    return "a.deleted_at IS NULL AND a.occurred_on BETWEEN ? AND ?", [period.start.isoformat(), period.end.isoformat()]


@dataclass(frozen=True)
class _Parts:
    """The channels (or content groups) of every plan, keyed by code."""

    code_of: dict[str, str]  # id → code, trashed rows too: old activities may point at them
    listed: list[tuple[str, str]]  # (code, name) of the period's plan, in its order
    names: dict[str, str]  # code → a name, for parts only other plans have


def _parts(ws: Workspace, table: str, plan_id: str | None) -> _Parts:
    parts = _Parts({}, [], {})
    for row in ws.db.query(f"SELECT id, code, name, plan_id, deleted_at FROM [{table}] ORDER BY position, rowid"):
        parts.code_of[row["id"]] = row["code"]
        parts.names.setdefault(row["code"], row["name"])
        if row["plan_id"] == plan_id and row["deleted_at"] is None:
            parts.listed.append((row["code"], row["name"]))
    return parts


def _part_rows(parts: _Parts, seen: dict[str, Counts], targets: dict[str, int]) -> list[PartFigures]:
    """Every part of the period's plan (even without activities), then those of other plans that were used."""
    rows = [PartFigures(code, name, seen.get(code, Counts()), targets.get(code)) for code, name in parts.listed]
    listed = {code for code, _name in parts.listed}
    rows += [PartFigures(code, parts.names.get(code, code), counts) for code, counts in seen.items()
             if code not in listed and code != NO_GROUP]
    return rows


@dataclass
class _Tally:
    """The period's activities summed along every dimension the report shows."""

    channel: defaultdict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    group: defaultdict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    unit: defaultdict[str | None, Counts] = field(default_factory=lambda: defaultdict(Counts))
    campaign: defaultdict[str | None, Counts] = field(default_factory=lambda: defaultdict(Counts))
    matrix: Counter[tuple[str, str]] = field(default_factory=Counter)
    outlets: Counter[str] = field(default_factory=Counter)  # press outlets only
    keyed: list[tuple[str, str, str, int]] = field(default_factory=list)  # (channel, group, folded outlet, n)


def _tally(ws: Workspace, period: ReportPeriod, channels: _Parts, groups: _Parts) -> _Tally:
    where, params = _activity_filter(period)
    tally = _Tally()
    for channel_id, group_id, unit_id, campaign_id, outlet, n, people, reach, clicks in ws.db.execute(
            "SELECT a.channel_id, a.content_group_id, a.grassroots_unit_id, a.campaign_id, a.outlet, count(*), "
            f"total(a.participants), total(a.reach), total(a.interactions) FROM activities a WHERE {where} "
            "GROUP BY 1, 2, 3, 4, 5", params):
        counts = Counts(n, int(people), int(reach), int(clicks))
        channel, group = channels.code_of.get(channel_id, ""), groups.code_of.get(group_id, NO_GROUP)
        tally.channel[channel] += counts
        tally.group[group] += counts
        tally.unit[unit_id] += counts
        tally.campaign[campaign_id] += counts
        tally.matrix[(channel, group)] += n
        if outlet and channel in PRESS_CHANNELS:
            tally.outlets[outlet] += n
        tally.keyed.append((channel, group, fold(outlet), n))
    return tally


def report_figures(ws: Workspace, period: ReportPeriod) -> ReportFigures:
    """Everything the periodic report says in numbers, for `period`."""
    plan = ws.plans.plan_for_year(period.start.year)
    plan_id = plan["id"] if plan else None
    channel_parts, group_parts = _parts(ws, "channels", plan_id), _parts(ws, "content_groups", plan_id)
    t = _tally(ws, period, channel_parts, group_parts)
    targets, channel_targets, group_targets = _targets(ws, plan_id, period, channel_parts, group_parts, t.keyed)
    groups = _part_rows(group_parts, t.group, group_targets)
    if NO_GROUP in t.group:
        groups.append(PartFigures(NO_GROUP, "Chưa phân nhóm nội dung", t.group[NO_GROUP]))
    units = _units(ws, period, t.unit)
    listed = {u.unit_id for u in units}
    return ReportFigures(
        period=period, plan_title=plan["title"] if plan else "", totals=sum(t.channel.values(), Counts()),
        channels=tuple(_part_rows(channel_parts, t.channel, channel_targets)), groups=tuple(groups),
        matrix=dict(t.matrix), campaigns=_campaigns(ws, period, t.campaign), upcoming=_upcoming(ws, period),
        units=units, unassigned=sum((c for u, c in t.unit.items() if u not in listed), Counts()),
        outlets=tuple(sorted(t.outlets.items(), key=lambda o: (-o[1], sort_key(o[0])))[:10]), targets=targets,
        stories=_stories(ws, period), housing=_housing(ws, period))


def _targets(ws: Workspace, plan_id: str | None, period: ReportPeriod, channels: _Parts, groups: _Parts,
             keyed: list[tuple[str, str, str, int]]) -> tuple[tuple[TargetFigures, ...], dict[str, int],
                                                            dict[str, int]]:
    """Each target of the plan against its count; and the targets summed per channel and per content group.

    A target is added to its channel's row when it names no content group, to its group's row when it names
    no channel: a row's "% achieved" then compares the row's activities with what the plan asks of it.
    """
    out: list[TargetFigures] = []
    per_channel: Counter[str] = Counter()
    per_group: Counter[str] = Counter()
    if plan_id is None:
        return (), {}, {}
    for t in ws.db.query("SELECT description, quantity, period, channel_id, content_group_id, outlet FROM targets "
                         "WHERE plan_id = ? AND deleted_at IS NULL ORDER BY rowid", [plan_id]):
        target = prorated_target(int(t["quantity"]), t["period"], period)
        channel = channels.code_of.get(t["channel_id"]) if t["channel_id"] else None
        group = groups.code_of.get(t["content_group_id"]) if t["content_group_id"] else None
        outlet = fold(t["outlet"])
        actual = sum(n for c, g, o, n in keyed
                     if (channel is None or c == channel) and (group is None or g == group) and outlet in o)
        out.append(TargetFigures(t["description"], int(t["quantity"]), t["period"], target, actual))
        if channel is not None and group is None:
            per_channel[channel] += target
        elif group is not None and channel is None:
            per_group[group] += target
    return tuple(out), dict(per_channel), dict(per_group)


def _live_campaigns(ws: Workspace) -> list[dict[str, Any]]:
    return list(ws.db.query("SELECT c.id, c.name, c.starts_on, c.ends_on FROM campaigns c "
                            "JOIN plans p ON p.id = c.plan_id WHERE c.deleted_at IS NULL AND p.deleted_at IS NULL "
                            "ORDER BY c.starts_on, c.name"))


def _campaign(row: dict[str, Any], counts: Counts) -> CampaignFigures:
    return CampaignFigures(row["id"], row["name"], dt.date.fromisoformat(row["starts_on"]),
                           dt.date.fromisoformat(row["ends_on"]), counts)


def _upcoming(ws: Workspace, period: ReportPeriod) -> tuple[CampaignFigures, ...]:
    start, end = period.next_window()
    return tuple(_campaign(r, Counts()) for r in _live_campaigns(ws)
                 if start.isoformat() <= r["starts_on"] <= end.isoformat())


def _campaigns(ws: Workspace, period: ReportPeriod,
               by_campaign: dict[str | None, Counts]) -> tuple[CampaignFigures, ...]:
    """The campaigns whose window meets the period, and any other the period's activities were linked to."""
    out = []
    for row in _live_campaigns(ws):
        overlaps = row["starts_on"] <= period.end.isoformat() and row["ends_on"] >= period.start.isoformat()
        wanted = row["id"] == period.campaign_id if period.campaign_id else overlaps or row["id"] in by_campaign
        if wanted:
            out.append(_campaign(row, by_campaign.get(row["id"], Counts())))
    return tuple(out)


def _units(ws: Workspace, period: ReportPeriod, by_unit: dict[str | None, Counts]) -> tuple[UnitFigures, ...]:
    """The grassroots unions that existed in the period, and any other with activities in it."""
    out = []
    for row in ws.db.query("SELECT id, name, member_count, deleted_at, valid_from, valid_to FROM units "
                           "WHERE kind = 'grassroots' ORDER BY name_sort"):
        existed = (row["deleted_at"] is None and (row["valid_from"] or "") <= period.end.isoformat()
                   and (row["valid_to"] or "9999") >= period.start.isoformat())
        if existed or row["id"] in by_unit:
            out.append(UnitFigures(row["id"], row["name"], by_unit.get(row["id"], Counts()), row["member_count"] or 0))
    return tuple(out)


def _stories(ws: Workspace, period: ReportPeriod) -> StoryFigures:
    low, high = period.utc_bounds()

    def moved_to(status: str) -> dict[str, int]:
        return {r[0]: r[1] for r in ws.db.execute(
            "SELECT s.kind, count(DISTINCT s.id) FROM story_events e JOIN stories s ON s.id = e.story_id "
            "WHERE s.deleted_at IS NULL AND e.to_status = ? AND e.at >= ? AND e.at < ? GROUP BY s.kind",
            [status, low, high])}

    by_status = {r[0]: r[1] for r in ws.db.execute(
        "SELECT e.to_status, count(*) FROM story_events e JOIN stories s ON s.id = e.story_id "
        "WHERE s.deleted_at IS NULL AND e.id IN (SELECT max(id) FROM story_events WHERE at < ? GROUP BY story_id) "
        "AND e.story_id IN (SELECT story_id FROM story_events WHERE at >= ? AND at < ?) GROUP BY 1",
        [high, low, high])}
    return StoryFigures(sent=moved_to("sent"), approved=moved_to("approved"), by_status=by_status)


def _housing(ws: Workspace, period: ReportPeriod) -> HousingFigures:
    days = [period.start.isoformat(), period.end.isoformat()]

    def reached(step: str) -> tuple[int, int]:
        row = ws.db.execute(
            "SELECT count(*), coalesce(sum(c.approved), 0) FROM housing_cases c WHERE c.deleted_at IS NULL AND "
            "EXISTS (SELECT 1 FROM housing_steps s WHERE s.case_id = c.id AND s.step = ? "
            "AND s.done_on BETWEEN ? AND ?)", [step, *days]).fetchone()
        return int(row[0]), int(row[1])

    new_cases = ws.execute_scalar(
        "SELECT count(*) FROM housing_cases c WHERE c.deleted_at IS NULL AND "
        "(SELECT min(s.done_on) FROM housing_steps s WHERE s.case_id = c.id) BETWEEN ? AND ?", days)
    # Steps are dated in order (a step cannot be dated before the one before it): the last row is the latest.
    by_step = {r[0]: r[1] for r in ws.db.execute(
        "SELECT s.step, count(*) FROM housing_steps s JOIN housing_cases c ON c.id = s.case_id "
        "WHERE c.deleted_at IS NULL AND s.id IN (SELECT max(id) FROM housing_steps WHERE done_on <= ? "
        "GROUP BY case_id) GROUP BY 1", [days[1]])}
    decided, decided_amount = reached("decision")
    handed, handed_amount = reached("handover")
    return HousingFigures(new_cases=int(new_cases), decided=decided, decided_amount=decided_amount,
                          handed_over=handed, handed_over_amount=handed_amount, by_step=by_step)
