"""Reading units for lists and pickers (the window never touches the repositories directly)."""

from __future__ import annotations

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
