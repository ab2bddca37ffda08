"""Reading units for lists and pickers (the window never touches the repositories directly)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from cdtt_desktop.domain.units import UnitDraft, UnitKind
from cdtt_desktop.services.workspace import Workspace


def grassroots_units(ws: Workspace) -> list[dict[str, Any]]:
    """Live grassroots unions in Vietnamese order."""
    return ws.units.by_kind(UnitKind.GRASSROOTS)


def own_unit(ws: Workspace) -> dict[str, Any] | None:
    return ws.units.own_unit()


def delete_grassroots(ws: Workspace, unit_id: str) -> None:
    ws.units.delete(unit_id)


def update_grassroots(ws: Workspace, unit_id: str, draft: UnitDraft) -> None:
    from cdtt_desktop.services.setup import add_grassroots

    draft.id = unit_id
    add_grassroots(ws, [draft])


def retire_unit(ws: Workspace, unit_id: str, *, valid_to: dt.date, successor_id: str | None = None) -> None:
    """Close a unit's validity (merged or dissolved, as in the 2025 reform), naming its successor.

    The unit stays in the tree so that older records still point to it.
    """
    row = ws.units.get(unit_id)
    if successor_id is not None:
        if successor_id == unit_id:
            raise ValueError("a unit cannot succeed itself")
        ws.units.get(successor_id)  # must exist
    if row["valid_from"] and valid_to.isoformat() < row["valid_from"]:
        raise ValueError("valid_to before valid_from")
    ws.writer.update("units", unit_id, {"valid_to": valid_to.isoformat(), "successor_id": successor_id})


def unit_on(ws: Workspace, unit_id: str, day: dt.date) -> dict[str, Any]:
    """The unit that stood for `unit_id` on `day`: follows successor links past the end of validity."""
    seen: set[str] = set()
    row = ws.units.get(unit_id)
    while row["valid_to"] and row["valid_to"] < day.isoformat() and row["successor_id"]:
        if row["id"] in seen:
            break
        seen.add(row["id"])
        row = ws.units.get(row["successor_id"])
    return row
