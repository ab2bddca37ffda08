"""Editing the year's plan in Settings: header, campaigns, targets, channels, content groups, copies.

Every change is checked by `domain.plan_rules` first (a `ValidationError` and
nothing written when it fails) and goes through the record writer, so each one is
audited. Parts that activities or targets still point to are not deleted.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from cdtt_desktop.domain import plan_rules as rules
from cdtt_desktop.domain.messages import Problem, ValidationError
from cdtt_desktop.services.plans import PlanExistsError, copy_plan
from cdtt_desktop.services.workspace import Workspace

Row = dict[str, Any]
Values = Mapping[str, object]
PART_TABLES = ("campaigns", "targets", "channels", "content_groups")
# Which activity / target column points at a part of each table.
_TARGET_COLUMN = {"channels": "channel_id", "content_groups": "content_group_id"}
_ACTIVITY_COLUMN = {**_TARGET_COLUMN, "campaigns": "campaign_id"}


class PartInUseError(ValidationError):
    """A plan part that live activities or targets use; `count` says how many."""

    def __init__(self, problem: Problem):
        super().__init__([problem])
        self.count = int(str(problem.args["count"]))


@dataclass
class PlanSummary:
    """One year's plan with its live parts, each list in the order the plan shows it."""

    plan: Row
    campaigns: list[Row] = field(default_factory=list)
    targets: list[Row] = field(default_factory=list)
    channels: list[Row] = field(default_factory=list)
    content_groups: list[Row] = field(default_factory=list)

    @property
    def plan_id(self) -> str:
        return str(self.plan["id"])

    @property
    def year(self) -> int:
        return int(self.plan["year"])


def plan_years(ws: Workspace) -> list[int]:
    """Years that have a plan, oldest first."""
    return ws.plans.years()


def plan_summary(ws: Workspace, year: int) -> PlanSummary | None:
    plan = ws.plans.plan_for_year(year)
    if plan is None:
        return None
    parts = {table: ws.plans.parts(table, plan["id"]) for table in PART_TABLES}
    return PlanSummary(plan=plan, **parts)


def update_plan_header(ws: Workspace, plan_id: str, title: object, theme: object, message: object) -> None:
    values, problems = rules.validate_header({"title": title, "theme": theme, "message": message})
    if values is None:
        raise ValidationError(problems)
    row = {"title": values.title, "theme": values.theme, "message": values.message}
    ws.writer.update("plans", plan_id, row)


def _others(ws: Workspace, table: str, plan_id: str, record_id: str | None) -> list[Row]:
    """The live parts of the plan other than the one being edited."""
    return [r for r in ws.plans.parts(table, plan_id) if r["id"] != record_id]


def _store(ws: Workspace, table: str, plan_id: str, row: dict[str, object], record_id: str | None) -> str:
    if record_id is None:
        return ws.plans.add_part(table, {"plan_id": plan_id, **row})
    if ws.writer.get(table, record_id)["plan_id"] != plan_id:
        raise ValueError(f"{table}/{record_id} is not part of plan {plan_id}")
    ws.plans.update_part(table, record_id, row)
    return record_id


def _next_position(ws: Workspace, table: str, plan_id: str) -> int:
    return max((int(r["position"]) for r in ws.plans.parts(table, plan_id)), default=-1) + 1


def save_campaign(ws: Workspace, plan_id: str, values: Values, campaign_id: str | None = None) -> str:
    """Add (or, with an id, change) a campaign; returns its id."""
    year = int(ws.writer.get("plans", plan_id)["year"])
    checked, problems = rules.validate_campaign(values, year=year)
    if checked is None:
        raise ValidationError(problems)
    row: dict[str, object] = {"name": checked.name, "theme": checked.theme,
                              "starts_on": checked.starts_on.isoformat(),
                              "ends_on": checked.ends_on.isoformat()}
    return _store(ws, "campaigns", plan_id, row, campaign_id)


def save_target(ws: Workspace, plan_id: str, values: Values, target_id: str | None = None) -> str:
    """Add (or change) a numeric target; its channel and content group must belong to the plan."""
    ws.writer.get("plans", plan_id)
    checked, problems = rules.validate_target(
        values,
        channel_ids={r["id"] for r in ws.plans.parts("channels", plan_id)},
        content_group_ids={r["id"] for r in ws.plans.parts("content_groups", plan_id)},
    )
    if checked is None:
        raise ValidationError(problems)
    row: dict[str, object] = {"description": checked.description, "quantity": checked.quantity,
                              "period": checked.period.value, "channel_id": checked.channel_id,
                              "content_group_id": checked.content_group_id, "outlet": checked.outlet}
    return _store(ws, "targets", plan_id, row, target_id)


def save_channel(ws: Workspace, plan_id: str, values: Values, channel_id: str | None = None) -> str:
    ws.writer.get("plans", plan_id)
    others = _others(ws, "channels", plan_id, channel_id)
    checked, problems = rules.validate_channel(
        values, taken_codes={r["code"] for r in others}, taken_names={r["name"] for r in others})
    if checked is None:
        raise ValidationError(problems)
    row: dict[str, object] = {"code": checked.code, "name": checked.name, "examples": checked.examples}
    if channel_id is None:
        row["position"] = _next_position(ws, "channels", plan_id)
    return _store(ws, "channels", plan_id, row, channel_id)


def save_content_group(ws: Workspace, plan_id: str, values: Values,
                       group_id: str | None = None) -> str:
    ws.writer.get("plans", plan_id)
    others = _others(ws, "content_groups", plan_id, group_id)
    checked, problems = rules.validate_content_group(values, taken_codes={r["code"] for r in others})
    if checked is None:
        raise ValidationError(problems)
    row: dict[str, object] = {"code": checked.code, "name": checked.name}
    if group_id is None:
        row["position"] = _next_position(ws, "content_groups", plan_id)
    return _store(ws, "content_groups", plan_id, row, group_id)


def usage(ws: Workspace, table: str, record_id: str) -> tuple[int, int]:
    """How many live (activities, targets) point at a plan part."""
    activities = targets = 0
    if table in _ACTIVITY_COLUMN:
        activities = int(ws.execute_scalar(
            f"SELECT COUNT(*) FROM activities WHERE {_ACTIVITY_COLUMN[table]} = ? AND deleted_at IS NULL",
            [record_id]))
    if table in _TARGET_COLUMN:
        targets = int(ws.execute_scalar(
            f"SELECT COUNT(*) FROM targets WHERE {_TARGET_COLUMN[table]} = ? AND deleted_at IS NULL",
            [record_id]))
    return activities, targets


def delete_part(ws: Workspace, table: str, record_id: str) -> None:
    """Move a part of the plan to the trash, unless activities or targets still use it."""
    if table not in PART_TABLES:
        raise ValueError(f"not a plan part: {table}")
    ws.writer.get(table, record_id)
    activities, targets = usage(ws, table, record_id)
    if activities:
        raise PartInUseError(Problem("id", rules.USED_BY_ACTIVITIES, {"count": activities}))
    if targets:
        raise PartInUseError(Problem("id", rules.USED_BY_TARGETS, {"count": targets}))
    ws.plans.delete_part(table, record_id)


def copy_plan_to_year(ws: Workspace, from_year: object, to_year: object) -> str:
    """Copy a year's plan as edited to a new year (campaign windows keep day and month)."""
    source, problems = rules.validate_year(from_year, "from_year")
    target, more = rules.validate_year(to_year, "year")
    problems += more
    if source is not None and ws.plans.plan_for_year(source) is None:
        problems.append(Problem("from_year", rules.NO_PLAN, {"year": source}))
    if target is not None and ws.plans.plan_for_year(target) is not None:
        problems.append(Problem("year", rules.PLAN_EXISTS, {"year": target}))
    if problems or source is None or target is None:
        raise ValidationError(problems)
    try:
        return copy_plan(ws, from_year=source, to_year=target)
    except PlanExistsError as exc:  # created meanwhile by another window on the same file
        raise ValidationError([Problem("year", rules.PLAN_EXISTS, {"year": target})]) from exc
