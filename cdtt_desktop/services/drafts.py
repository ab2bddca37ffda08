"""Drafts of forms being filled in, kept on disk so that a crash or power cut loses nothing typed.

A draft is a small JSON file under `<data folder>/drafts/`, written atomically
(temporary file, then rename) so that a half-written draft never replaces a good one.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cdtt_desktop.services.workspace import Workspace

FOLDER = "drafts"
_KEY = re.compile(r"^[A-Za-z0-9_-]{1,120}$")


@dataclass(frozen=True)
class Draft:
    key: str
    saved_at: dt.datetime  # local time, for "a draft from 14:30 12/05/2026"
    data: dict[str, Any]


def draft_path(ws: Workspace, key: str) -> Path:
    """Where the draft `key` lives; keys are plain names such as 'activity-new'."""
    if not _KEY.match(key):
        raise ValueError(f"bad draft key: {key!r}")
    return ws.paths.root / FOLDER / f"{key}.json"


def save_draft(ws: Workspace, key: str, data: dict[str, Any]) -> None:
    """Write (or replace) the draft `key`."""
    target = draft_path(ws, key)
    target.parent.mkdir(parents=True, exist_ok=True)
    payload = {"version": 1, "saved_at": dt.datetime.now().isoformat(timespec="seconds"), "data": data}
    fd, tmp_name = tempfile.mkstemp(dir=target.parent, prefix=f".{key}-", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            json.dump(payload, out, ensure_ascii=False, indent=1)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp_name, target)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise


def load_draft(ws: Workspace, key: str) -> Draft | None:
    """The draft `key`, or None. A damaged file is set aside (renamed), never deleted."""
    path = draft_path(ws, key)
    try:
        payload = json.loads(path.read_text(encoding="utf-8"))
        saved_at = dt.datetime.fromisoformat(payload["saved_at"])
        data = payload["data"]
        if not isinstance(data, dict):
            raise ValueError("draft data is not an object")
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError):
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        path.replace(path.with_name(f"{path.stem}.damaged-{stamp}.json"))
        return None
    return Draft(key=key, saved_at=saved_at, data=data)


def remove_draft(ws: Workspace, key: str) -> None:
    """Forget the draft `key` (after the record was saved or the person discarded it)."""
    draft_path(ws, key).unlink(missing_ok=True)
