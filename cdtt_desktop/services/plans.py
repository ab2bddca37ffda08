"""The year's plan: the seed template, a plan for every year that has activities, copies."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from functools import lru_cache

from cdtt_desktop.domain.plan import (
    CampaignSpec,
    ChannelSpec,
    ContentGroupSpec,
    Period,
    PlanTemplate,
    TargetSpec,
    copy_to_year,
    suggest_campaign,
    template_from_dict,
)
from cdtt_desktop.paths import resource_dir
from cdtt_desktop.services.workspace import Workspace
from cdtt_desktop.storage.plans_repo import PlanExistsError

__all__ = ["PlanChoices", "PlanExistsError", "choices_for_year", "copy_plan", "ensure_plan", "seed_template"]

SEED_FILE = "ke-hoach-truyen-thong-2020.json"


@lru_cache(maxsize=1)
def seed_template() -> PlanTemplate:
    """The Confederation's 2020 communications plan, as shipped in resources/plans."""
    data = json.loads((resource_dir() / "plans" / SEED_FILE).read_text(encoding="utf-8"))
    return template_from_dict(data)


def _template_from_plan(ws: Workspace, year: int) -> PlanTemplate:
    plan = ws.plans.plan_for_year(year)
    assert plan is not None
    pid = plan["id"]
    channels = ws.plans.parts("channels", pid)
    groups = ws.plans.parts("content_groups", pid)
    code_of_channel = {c["id"]: c["code"] for c in channels}
    code_of_group = {g["id"]: g["code"] for g in groups}
    return PlanTemplate(
        year=year,
        title=plan["title"],
        theme=plan["theme"],
        message=plan["message"],
        content_groups=tuple(ContentGroupSpec(g["code"], g["name"]) for g in groups),
        channels=tuple(ChannelSpec(c["code"], c["name"], c["examples"]) for c in channels),
        campaigns=tuple(
            CampaignSpec(c["name"], dt.date.fromisoformat(c["starts_on"]), dt.date.fromisoformat(c["ends_on"]),
                         c["theme"])
            for c in ws.plans.parts("campaigns", pid)),
        targets=tuple(
            TargetSpec(t["description"], t["quantity"], Period(t["period"]),
                       code_of_channel.get(t["channel_id"]), code_of_group.get(t["content_group_id"]),
                       t["outlet"])
            for t in ws.plans.parts("targets", pid)),
    )


def copy_plan(ws: Workspace, *, from_year: int, to_year: int) -> str:
    """Copy one year's plan (as edited) to another year; campaign windows keep day and month."""
    template = _template_from_plan(ws, from_year)
    return ws.plans.create_from_template(copy_to_year(template, to_year),
                                         source=f"copy of {from_year}")


def ensure_plan(ws: Workspace, year: int) -> str:
    """The plan of `year`, created on first need from the nearest earlier plan, or the seed."""
    plan = ws.plans.plan_for_year(year)
    if plan:
        return str(plan["id"])
    earlier = [y for y in ws.plans.years() if y < year] or ws.plans.years()
    if earlier:
        source_year = max(earlier) if earlier[0] < year else min(earlier)
        return copy_plan(ws, from_year=source_year, to_year=year)
    seed = seed_template()
    return ws.plans.create_from_template(copy_to_year(seed, year), source="seed")


@dataclass(frozen=True)
class PlanChoices:
    """What the activity form offers for a year: (id, label) pairs and campaign windows."""

    plan_id: str
    channels: list[tuple[str, str]]
    content_groups: list[tuple[str, str]]
    campaigns: list[tuple[str, str]]
    campaign_windows: list[tuple[str, dt.date, dt.date]]

    def suggest_campaign(self, day: dt.date) -> str | None:
        return suggest_campaign(self.campaign_windows, day)


def choices_for_year(ws: Workspace, year: int) -> PlanChoices:
    plan_id = ensure_plan(ws, year)
    campaigns = ws.plans.parts("campaigns", plan_id)
    return PlanChoices(
        plan_id=plan_id,
        channels=[(c["id"], c["name"]) for c in ws.plans.parts("channels", plan_id)],
        content_groups=[(g["id"], f'{g["code"]} {g["name"]}') for g in ws.plans.parts("content_groups", plan_id)],
        campaigns=[(c["id"], c["name"]) for c in campaigns],
        campaign_windows=[(c["id"], dt.date.fromisoformat(c["starts_on"]), dt.date.fromisoformat(c["ends_on"]))
                          for c in campaigns],
    )
