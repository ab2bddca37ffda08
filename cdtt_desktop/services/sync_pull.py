"""What comes down from the hub during a sync: decisions on what this unit sent, and the upper level's
published plan and Mái ấm rules.

Decisions are applied like a receipt (`exchange_apply.apply_decision`): the outbox row takes the decision,
a story moves along its lifecycle. Each page is applied in one transaction together with the new cursor
(`hub_decisions_cursor`), so a run cut in the middle pulls that page again and changes nothing twice.

Published documents never overwrite a local edit. The rule (`local_edit`): for each kind and year, the
version applied last and when are remembered (`SyncRepo.applied`). A local copy edited after that moment
is a local edit, and the hub's version is skipped (reported in `published_skipped` as "local_edit"); so is
a version not newer than the one applied. Before anything was ever applied, Mái ấm rules that differ from
the defaults count as a local edit (an officer typed them), and so does a plan whose rows were changed
after they were created. Housing rules are applied through `housing_rules.save_rules`.

A published plan (`apply_published_plan`) creates the year's plan when there is none, and is otherwise
merged into it in place, so that no activity loses its channel, content group or campaign: channels and
content groups are matched by code, campaigns by name (updated or added; one no longer published is removed
only when nothing uses it), the targets are replaced when they differ (nothing points at a target), and the
header takes the published title, theme and message. Every change goes through `plan_admin` (checked and
audited) in one transaction; a published plan that fails the checks changes nothing and is skipped as
"invalid".
"""

from __future__ import annotations

from dataclasses import asdict
from typing import TYPE_CHECKING, Any

from cdtt_desktop.domain import plan_rules
from cdtt_desktop.domain.bundle_format import Decision
from cdtt_desktop.domain.housing import HousingRules
from cdtt_desktop.domain.messages import ValidationError
from cdtt_desktop.domain.plan import PlanTemplate, TargetSpec, template_from_dict
from cdtt_desktop.domain.text import clean
from cdtt_desktop.services import plan_admin
from cdtt_desktop.services.exchange_apply import apply_decision
from cdtt_desktop.services.hub_client import HubClient, HubError, HubUnavailable, TokenRejected
from cdtt_desktop.services.workspace import Workspace
from cdtt_desktop.storage.database import transaction
from cdtt_desktop.storage.sync_repo import SyncRepo

if TYPE_CHECKING:
    from cdtt_desktop.services.sync import SyncReport

MAX_PAGES = 1000  # a hub that keeps saying "more" without moving its cursor cannot loop a sync forever
PUBLISHED_SOURCE = "hub"  # plans.source of a plan created from what the upper level published
_RULE_KEYS = ("new_build_amount", "repair_amount", "min_membership_years", "required_documents")


def pull_decisions(ws: Workspace, client: HubClient, report: SyncReport) -> None:
    cursor = str(ws.settings["hub_decisions_cursor"])
    try:
        for _ in range(MAX_PAGES):
            page = client.decisions(after=cursor)
            with transaction(ws.db):
                for raw in page.get("decisions") or []:
                    decision = Decision(item_id=str(raw["item_id"]), revision=int(raw["revision"]),
                                        decision=str(raw["decision"]), comment=str(raw.get("comment") or ""),
                                        decided_at=str(raw["decided_at"]), decided_by=str(raw.get("decided_by") or ""))
                    if apply_decision(ws, decision, "hub:decisions") == "applied":
                        report.decisions_applied += 1
                new = str(page.get("cursor") or cursor)
                ws.settings.save(hub_decisions_cursor=new)
            if not page.get("more") or new == cursor:
                return
            cursor = new
    except TokenRejected:
        raise
    except (HubUnavailable, HubError) as exc:
        report.errors.append(("decisions", exc.reason))


def pull_published(ws: Workspace, client: HubClient, report: SyncReport) -> None:
    cursor = str(ws.settings["hub_published_cursor"])
    try:
        for _ in range(MAX_PAGES):
            page = client.published(after=cursor)
            with transaction(ws.db):
                for document in page.get("documents") or []:
                    _take(ws, document, report)
                new = str(page.get("cursor") or cursor)
                ws.settings.save(hub_published_cursor=new)
            if not page.get("more") or new == cursor:
                return
            cursor = new
    except TokenRejected:
        raise
    except (HubUnavailable, HubError) as exc:
        report.errors.append(("published", exc.reason))


def _take(ws: Workspace, document: dict[str, Any], report: SyncReport) -> None:
    kind, year, version = str(document.get("kind")), int(document["year"]), int(document.get("version") or 0)
    raw = document.get("data")
    data: dict[str, Any] = raw if isinstance(raw, dict) else {}
    applied = SyncRepo(ws.db).applied().get(f"{kind}/{year}")
    if applied is not None and version <= int(applied.get("version") or 0):
        return  # this version or a newer one is here already
    if kind == "housing_rules":
        why = _apply_rules(ws, year, data, applied)
    elif kind == "plan":
        why = "local_edit" if local_edit(ws, kind, year, data, applied) else apply_published_plan(ws, year, data)
    else:
        why = "unknown_kind"
    if why:
        report.published_skipped.append((kind, year, why))
        return
    SyncRepo(ws.db).mark_applied(kind, year, version)
    report.published_applied += 1


def local_edit(ws: Workspace, kind: str, year: int, data: dict[str, Any], applied: dict[str, Any] | None) -> bool:
    """Whether the local copy of (kind, year) was edited since the hub's last version was applied."""
    repo = SyncRepo(ws.db)
    if kind == "housing_rules":
        row = repo.housing_rules_row(year, str(data.get("province") or ""))
        if row is None:
            return False
        if applied is not None:
            return str(row["updated_at"]) > str(applied.get("applied_at") or "")
        return _differs_from_defaults(year, row["values"])
    changed = repo.plan_changed_at(year)
    if changed is None:
        return False
    if applied is not None:
        return changed > str(applied.get("applied_at") or "")
    return repo.plan_edited_after_creation(year)


def _differs_from_defaults(year: int, stored_json: str) -> bool:
    import json

    stored = json.loads(stored_json or "{}")
    defaults = asdict(HousingRules(year=year))
    return any(stored[k] != (list(defaults[k]) if isinstance(defaults[k], tuple) else defaults[k])
               for k in _RULE_KEYS if k in stored)


def _apply_rules(ws: Workspace, year: int, data: dict[str, Any], applied: dict[str, Any] | None) -> str:
    from cdtt_desktop.services.housing_rules import save_rules

    if local_edit(ws, "housing_rules", year, data, applied):
        return "local_edit"
    values = {k: data[k] for k in _RULE_KEYS if k in data}
    if "required_documents" in values:
        values["required_documents"] = tuple(str(d) for d in values["required_documents"])
    try:
        save_rules(ws, HousingRules(year=year, province=str(data.get("province") or ""), **values))
    except (ValidationError, TypeError, ValueError):
        return "invalid"
    return ""


def apply_published_plan(ws: Workspace, year: int, data: dict[str, Any]) -> str:
    """Create the year's plan from the published one, or merge it into the plan in place (module docstring):
    "" when applied, "invalid" (nothing changed) when the published plan cannot be read or fails the checks."""
    try:
        template = template_from_dict(data)
    except (KeyError, TypeError, ValueError, AttributeError):
        return "invalid"
    if template.year != year:
        return "invalid"
    try:
        with transaction(ws.db):  # a savepoint: a part that fails the checks undoes the whole merge
            _merge_plan(ws, template)
    except ValidationError:
        return "invalid"
    return ""


def _merge_plan(ws: Workspace, template: PlanTemplate) -> None:
    header, problems = plan_rules.validate_header(
        {"title": template.title, "theme": template.theme, "message": template.message})
    if header is None:
        raise ValidationError(problems)
    plan = ws.plans.plan_for_year(template.year)
    if plan is None:
        plan_id = ws.plans.create_from_template(
            PlanTemplate(template.year, header.title, header.theme, header.message), source=PUBLISHED_SOURCE)
    else:
        plan_id = str(plan["id"])
        plan_admin.update_plan_header(ws, plan_id, header.title, header.theme, header.message)
    replace_targets = _target_keys(ws, plan_id) != [_spec_key(t) for t in template.targets]
    if replace_targets:  # first, so that parts used only by the old targets can go below
        for row in ws.plans.parts("targets", plan_id):
            ws.plans.delete_part("targets", str(row["id"]))
    groups = _match(ws, "content_groups", plan_id, "code", [clean(g.code) for g in template.content_groups])
    channels = _match(ws, "channels", plan_id, "code", [clean(c.code) for c in template.channels])
    campaigns = _match(ws, "campaigns", plan_id, "name", [clean(c.name) for c in template.campaigns])
    for position, (group, group_id) in enumerate(zip(template.content_groups, groups, strict=True)):
        _place(ws, "content_groups", plan_admin.save_content_group(
            ws, plan_id, {"code": group.code, "name": group.name}, group_id), position)
    for position, (channel, channel_id) in enumerate(zip(template.channels, channels, strict=True)):
        _place(ws, "channels", plan_admin.save_channel(
            ws, plan_id, {"code": channel.code, "name": channel.name, "examples": channel.examples}, channel_id),
            position)
    for campaign, campaign_id in zip(template.campaigns, campaigns, strict=True):
        plan_admin.save_campaign(ws, plan_id, {"name": campaign.name, "theme": campaign.theme,
                                               "starts_on": campaign.starts_on, "ends_on": campaign.ends_on},
                                 campaign_id)
    if replace_targets:
        _add_targets(ws, plan_id, template)


def _match(ws: Workspace, table: str, plan_id: str, key: str, published: list[str]) -> list[str | None]:
    """The id of the local part each published part updates (None: a new one). Local parts no longer
    published are removed when nothing uses them; the ones still used stay, after the published ones.
    `published` holds cleaned codes or names, as stored text is (NFC, trimmed)."""
    local: dict[str, list[str]] = {}
    for row in ws.plans.parts(table, plan_id):
        local.setdefault(str(row[key]), []).append(str(row["id"]))
    matched = [local[name].pop(0) if local.get(name) else None for name in published]
    left = [record_id for ids in local.values() for record_id in ids]
    kept = [record_id for record_id in left if any(plan_admin.usage(ws, table, record_id))]
    for record_id in left:
        if record_id not in kept:
            ws.plans.delete_part(table, record_id)
    if table != "campaigns":  # campaigns are shown by their window, the other parts by position
        for offset, record_id in enumerate(kept):
            _place(ws, table, record_id, len(published) + offset)
    return matched


def _place(ws: Workspace, table: str, record_id: str, position: int) -> None:
    ws.plans.update_part(table, record_id, {"position": position})  # no change, no audit row


def _target_keys(ws: Workspace, plan_id: str) -> list[tuple[object, ...]]:
    channel = {r["id"]: r["code"] for r in ws.plans.parts("channels", plan_id)}
    group = {r["id"]: r["code"] for r in ws.plans.parts("content_groups", plan_id)}
    return [(t["description"], int(t["quantity"]), t["period"], channel.get(t["channel_id"]),
             group.get(t["content_group_id"]), t["outlet"]) for t in ws.plans.parts("targets", plan_id)]


def _spec_key(target: TargetSpec) -> tuple[object, ...]:
    return (target.description, target.quantity, target.period.value, target.channel_code,
            target.content_group_code, target.outlet)


def _add_targets(ws: Workspace, plan_id: str, template: PlanTemplate) -> None:
    channel = {str(r["code"]): str(r["id"]) for r in ws.plans.parts("channels", plan_id)}
    group = {str(r["code"]): str(r["id"]) for r in ws.plans.parts("content_groups", plan_id)}
    for t in template.targets:
        # An unknown code is passed on as it is, so that the target check reports it.
        plan_admin.save_target(ws, plan_id, {
            "description": t.description, "quantity": t.quantity, "period": t.period.value, "outlet": t.outlet,
            "channel_id": channel.get(t.channel_code, t.channel_code) if t.channel_code else None,
            "content_group_id": group.get(t.content_group_code, t.content_group_code) if t.content_group_code
            else None})
