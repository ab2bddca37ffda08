"""Setting up a data folder: the own unit, its parent body, the signer and the grassroots unions."""

from __future__ import annotations

import datetime as dt

from cdtt_desktop.domain.messages import ValidationError
from cdtt_desktop.domain.text import clean
from cdtt_desktop.domain.units import OwnUnitSetup, UnitDraft, UnitKind, validate_setup, validate_unit
from cdtt_desktop.services.plans import ensure_plan
from cdtt_desktop.services.workspace import Workspace
from cdtt_desktop.storage.database import transaction


def is_set_up(ws: Workspace) -> bool:
    return bool(ws.settings["setup_done"]) and ws.units.own_unit() is not None


def current_setup(ws: Workspace) -> OwnUnitSetup | None:
    own = ws.units.own_unit()
    if own is None:
        return None
    parent = ws.units.get(own["parent_id"]) if own["parent_id"] else None
    s = ws.settings
    return OwnUnitSetup(
        unit_name=own["name"], parent_name=parent["name"] if parent else "", abbreviation=own["abbreviation"],
        place_name=own["place_name"], address=own["address"], officer_name=s["officer_name"],
        signer_name=s["signer_name"], signer_title=s["signer_title"], signing_authority=s["signing_authority"],
    )


def save_setup(ws: Workspace, setup: OwnUnitSetup, grassroots: list[UnitDraft] | None = None,
               *, today: dt.date | None = None) -> str:
    """Create or update the own unit and its parent; add grassroots unions; create this year's plan.

    Everything is checked first and written in one transaction: nothing is half-saved.
    """
    setup = setup.cleaned()
    problems = validate_setup(setup)
    drafts = [_clean_draft(d) for d in grassroots or []]
    for d in drafts:
        problems += validate_unit(d)
    if problems:
        raise ValidationError(problems)
    ws.settings.save(officer_name=setup.officer_name, signer_name=setup.signer_name,
                     signer_title=setup.signer_title or "CHỦ TỊCH",
                     signing_authority=setup.signing_authority or "TM. BAN THƯỜNG VỤ")
    with transaction(ws.db):
        own_id = _save_own_unit(ws, setup)
        for draft in drafts:
            _upsert_grassroots(ws, draft, own_id)
        ensure_plan(ws, (today or dt.date.today()).year)
    ws.settings.save(setup_done=True)
    from cdtt_desktop.services.keys import installation_key  # cryptography: only when setting up

    installation_key(ws)  # the key that signs this installation's bundles, made on the first run
    return own_id


def _clean_draft(d: UnitDraft) -> UnitDraft:
    return UnitDraft(name=clean(d.name), kind=UnitKind.GRASSROOTS, abbreviation=clean(d.abbreviation).upper(),
                     address=clean(d.address), member_count=d.member_count, id=d.id)


def _save_own_unit(ws: Workspace, setup: OwnUnitSetup) -> str:
    own = ws.units.own_unit()
    parent_draft = UnitDraft(name=setup.parent_name, kind=UnitKind.PARENT)
    if own and own["parent_id"]:
        parent_id = own["parent_id"]
        ws.units.update(parent_id, parent_draft)
    else:
        existing = ws.units.find_by_name(setup.parent_name, UnitKind.PARENT)
        parent_id = existing["id"] if existing else ws.units.add(parent_draft)
    draft = UnitDraft(name=setup.unit_name, kind=UnitKind.OWN, abbreviation=setup.abbreviation,
                      place_name=setup.place_name, address=setup.address, parent_id=parent_id)
    if own:
        draft.valid_from = dt.date.fromisoformat(own["valid_from"]) if own["valid_from"] else None
        ws.units.update(own["id"], draft)
        return str(own["id"])
    return ws.units.add(draft)


def _upsert_grassroots(ws: Workspace, draft: UnitDraft, own_id: str) -> str:
    draft.parent_id = own_id
    existing = ws.units.get(draft.id) if draft.id else ws.units.find_by_name(draft.name, UnitKind.GRASSROOTS)
    if existing:
        ws.units.update(existing["id"], draft)
        return str(existing["id"])
    return ws.units.add(draft)


def add_grassroots(ws: Workspace, drafts: list[UnitDraft]) -> int:
    """Add or update grassroots unions under the own unit; returns how many were written."""
    own = ws.units.own_unit()
    if own is None:
        raise RuntimeError("set-up not done")
    cleaned = [_clean_draft(d) for d in drafts]
    problems = [p for d in cleaned for p in validate_unit(d)]
    if problems:
        raise ValidationError(problems)
    with transaction(ws.db):
        for d in cleaned:
            _upsert_grassroots(ws, d, own["id"])
    return len(cleaned)
