"""Search across every kind of record, accent-insensitive."""

from __future__ import annotations

from typing import Any

from cdtt_desktop.services.workspace import Workspace
from cdtt_desktop.storage.search_repo import search_all


def search(ws: Workspace, text: str, *, limit: int = 200) -> list[dict[str, Any]]:
    """Records matching `text` as {kind, id, date, title}; never raises on odd input."""
    return search_all(ws.db, text, limit=limit)
