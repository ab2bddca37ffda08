"""Publishing this unit's plan and Mái ấm rules to the units below it, through the hub (a reviewer token).

`plan_document` gives the year's plan, as edited, in the template form that `template_from_dict` reads
(the form of resources/plans/): that is what the hub carries as a published plan, and what the units below
create or merge their plan from (`sync_pull.apply_published_plan`). `publish_plan_and_rules` sends the
year's plan and the rules in force that year, each only when it differs from what was last published to
that hub: a SHA-256 per kind and year, over the hub's address and the document's canonical JSON, is kept
in the setting `hub_published_hashes` and written only after the hub took the document, so a run cut in
the middle publishes the rest next time and an unchanged plan is never sent again.

`publish_for_lower_units` is the step a sync runs for the receiving role: it asks the hub whether the
token is a reviewer's, then publishes the current year and every later year that has a plan.
Hub errors (`HubError`, `HubUnavailable`) reach the caller; what was published before them stays recorded.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import asdict
from typing import Any

from cdtt_desktop.services.housing_rules import rules_for
from cdtt_desktop.services.hub_client import HubClient
from cdtt_desktop.services.plan_admin import plan_summary, plan_years
from cdtt_desktop.services.workspace import Workspace

HASHES_KEY = "hub_published_hashes"
PLAN, RULES = "plan", "housing_rules"


class NoPlanError(LookupError):
    """The year has no plan to publish."""


def plan_document(ws: Workspace, year: int) -> dict[str, Any]:
    """The year's plan as a template dict (`template_from_dict` reads it back); NoPlanError without one."""
    summary = plan_summary(ws, year)
    if summary is None:
        raise NoPlanError(str(year))
    channel = {c["id"]: c["code"] for c in summary.channels}
    group = {g["id"]: g["code"] for g in summary.content_groups}
    plan = summary.plan
    return {
        "year": year, "title": plan["title"], "theme": plan["theme"], "message": plan["message"],
        "content_groups": [{"code": g["code"], "name": g["name"]} for g in summary.content_groups],
        "channels": [{"code": c["code"], "name": c["name"], "examples": c["examples"]} for c in summary.channels],
        "campaigns": [{"name": c["name"], "starts_on": c["starts_on"], "ends_on": c["ends_on"], "theme": c["theme"]}
                      for c in summary.campaigns],
        "targets": [_target(t, channel, group) for t in summary.targets],
    }


def _target(row: dict[str, Any], channel: dict[str, str], group: dict[str, str]) -> dict[str, Any]:
    target: dict[str, Any] = {"description": row["description"], "quantity": int(row["quantity"]),
                              "period": row["period"], "outlet": row["outlet"]}
    if row["channel_id"] in channel:
        target["channel"] = channel[row["channel_id"]]
    if row["content_group_id"] in group:
        target["content_group"] = group[row["content_group_id"]]
    return target


def rules_document(ws: Workspace, year: int) -> dict[str, Any]:
    """The Mái ấm rules in force in `year` for every province, as the units below apply them."""
    values = asdict(rules_for(ws, year))
    values["required_documents"] = list(values["required_documents"])
    return values


def publish_plan_and_rules(ws: Workspace, client: HubClient, year: int) -> list[str]:
    """Publish the year's plan (when there is one) and rules, each only if changed since last published to
    this hub; returns what was published, as "plan/2027" and "housing_rules/2027"."""
    documents: list[tuple[str, dict[str, Any]]] = []
    if plan_summary(ws, year) is not None:
        documents.append((PLAN, plan_document(ws, year)))
    documents.append((RULES, rules_document(ws, year)))
    published: list[str] = []
    for kind, data in documents:
        key, digest = f"{kind}/{year}", _digest(client.base_url, data)
        hashes = _hashes(ws)
        if hashes.get(key) == digest:
            continue
        client.publish(kind, year, data)
        ws.settings.save(**{HASHES_KEY: json.dumps({**hashes, key: digest}, sort_keys=True)})
        published.append(key)
    return published


def publish_for_lower_units(ws: Workspace, client: HubClient, *, today: dt.date | None = None) -> list[str]:
    """For a reviewer's token: publish the current year and every later year that has a plan; [] for the
    token of a unit that reviews nobody."""
    if not client.whoami().get("reviewer"):
        return []
    year = (today or dt.date.today()).year
    published: list[str] = []
    for each in sorted({year, *(y for y in plan_years(ws) if y > year)}):
        published += publish_plan_and_rules(ws, client, each)
    return published


def _digest(hub: str, data: dict[str, Any]) -> str:
    text = json.dumps({"hub": hub, "data": data}, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _hashes(ws: Workspace) -> dict[str, str]:
    try:
        value = json.loads(str(ws.settings[HASHES_KEY]) or "{}")
    except ValueError:
        return {}  # unreadable: everything is published once more, which the hub takes as unchanged
    return {str(k): str(v) for k, v in value.items()} if isinstance(value, dict) else {}
