"""The outbox: finalised items to send upward, and what became of each once sent.

An item is an issued document of the register (revision 1) or a story's latest finalised revision while
the story is ready (or was moved on by hand). It is "waiting" until a bundle carrying it is complete; a
receipt from the upper level then makes it received, returned (with the comment) or approved. Exporting
writes the bundle first and marks the items only when the file is whole, so a cancelled or failed export
changes nothing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cdtt_desktop.domain.stories import StoryStatus
from cdtt_desktop.services.workspace import Workspace
from cdtt_desktop.storage.database import transaction
from cdtt_desktop.storage.outbox_repo import BundleLogRepo, OutboxRepo
from cdtt_desktop.storage.records import Row, utc_now

WAITING, SENT = "waiting", "sent"
STATES = (WAITING, SENT, "received", "returned", "approved")
# Stories whose latest finalised revision is offered for sending (a story sent by hand can still go in a
# bundle; a returned one waits for its next revision).
OFFERED = frozenset({StoryStatus.READY, StoryStatus.SENT, StoryStatus.RECEIVED, StoryStatus.APPROVED})
SENDABLE = (WAITING, SENT)  # a sent item may be sent again (a lost USB stick); a decided one may not

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


@dataclass(frozen=True)
class OutboxItem:
    id: str
    revision: int
    type: str  # 'document' | 'story'
    kind: str  # BC/TTr/BB… for a document, practice/person/collective for a story
    title: str
    period: str  # the report period's key of a periodic report, else ''
    number_text: str
    issued_on: str  # ISO date: issued, or (a story) finalised
    state: str  # one of STATES
    sent_at: str | None
    bundle_id: str | None
    comment: str
    decided_at: str | None
    source: str = ""  # a document's source in the register ("periodic:2026-11", "story:<id>"…)


@dataclass(frozen=True)
class ExportResult:
    path: Path
    items: list[str]  # the ids of the items (or decisions) the bundle carries
    size: int
    sha256: str


def list_outbox(ws: Workspace) -> list[OutboxItem]:
    """Issued documents and finalised stories with their state, newest first."""
    repo = OutboxRepo(ws.db)
    sent = repo.rows()
    items = [_document(row, sent.get((row["id"], 1))) for row in repo.issued_documents()]
    items += _stories(repo.story_revisions(), sent)
    items.sort(key=lambda i: (i.issued_on, i.sent_at or "", i.title, i.revision), reverse=True)
    return items


def _state(out: Row | None) -> dict[str, Any]:
    if out is None:
        return {"state": WAITING, "sent_at": None, "bundle_id": None, "comment": "", "decided_at": None}
    return {"state": out["state"], "sent_at": out["sent_at"], "bundle_id": out["bundle_id"],
            "comment": out["decision_comment"], "decided_at": out["decided_at"]}


def _document(row: Row, out: Row | None) -> OutboxItem:
    return OutboxItem(id=row["id"], revision=1, type="document", kind=row["kind"], title=row["subject"],
                      period=str(row["period"] or ""), number_text=row["number_text"], issued_on=row["issued_on"],
                      source=row["source"], **_state(out))


def local_day(stamp: str) -> str:
    """A stored UTC timestamp as the local ISO date."""
    return dt.datetime.fromisoformat(stamp.replace("Z", "+00:00")).astimezone().date().isoformat()


def _stories(rows: list[Row], sent: dict[tuple[str, int], Row]) -> list[OutboxItem]:
    latest: dict[str, int] = {}
    for row in rows:
        latest[row["id"]] = max(latest.get(row["id"], 0), int(row["revision"]))
    items = []
    for row in rows:
        revision = int(row["revision"])
        out = sent.get((row["id"], revision))
        offered = (revision == latest[row["id"]] == int(row["story_revision"]) and not row["deleted_at"]
                   and StoryStatus(row["status"]) in OFFERED)
        if out is None and not offered:
            continue
        items.append(OutboxItem(id=row["id"], revision=revision, type="story", kind=row["kind"], title=row["title"],
                                period="", number_text="", issued_on=local_day(row["finalised_at"]),
                                **_state(out)))
    return items


def chosen_items(items: list[OutboxItem], item_ids: list[str] | None) -> list[OutboxItem]:
    """Every waiting item, or those named (their latest sendable revision); LookupError names an id that is
    unknown or already decided."""
    if item_ids is None:
        return [i for i in items if i.state == WAITING]
    sendable: dict[str, OutboxItem] = {}
    for item in items:
        if item.state in SENDABLE:
            best = sendable.get(item.id)
            if best is None or item.revision > best.revision:
                sendable[item.id] = item
    for item_id in item_ids:
        if item_id not in sendable:
            raise LookupError(item_id)
    return [sendable[i] for i in dict.fromkeys(item_ids)]


def export_submission(ws: Workspace, target: Path, item_ids: list[str] | None = None, *,
                      progress: Progress | None = None, cancelled: Cancelled | None = None) -> ExportResult:
    """Write a signed submission bundle of `item_ids` (None: every waiting item) to `target`.

    ValueError when there is nothing to send, LookupError for an id that cannot be sent; BundleCancelled
    (nothing written, nothing marked) when `cancelled()` turns true. Only once the file is complete are the
    items marked sent, the bundle recorded and the stories moved to "sent".
    """
    from cdtt_desktop.services.bundle_items import new_manifest, submission_parts
    from cdtt_desktop.services.bundle_write import write_bundle
    from cdtt_desktop.services.keys import installation_key

    chosen = chosen_items(list_outbox(ws), item_ids)
    if not chosen:
        raise ValueError("nothing to send: every finalised item has already left")
    parts = submission_parts(ws, chosen)
    manifest = new_manifest(ws, "submission", parts)
    written = write_bundle(target, manifest, list(parts.members.values()), installation_key(ws),
                           progress=progress, cancelled=cancelled)
    try:
        with transaction(ws.db):
            _mark_sent(ws, chosen, manifest.bundle_id, manifest.sender.unit_id, manifest.sender.unit_name,
                       manifest.created_at, written.sha256)
    except BaseException:
        Path(written.path).unlink(missing_ok=True)  # the outbox says nothing left: neither should the file
        raise
    return ExportResult(path=Path(written.path), items=[i.id for i in chosen], size=written.size,
                        sha256=written.sha256)


def _mark_sent(ws: Workspace, items: list[OutboxItem], bundle_id: str, own_id: str, own_name: str,
               created_at: str, file_sha256: str) -> None:
    from cdtt_desktop.services.stories import transition_story

    now = utc_now()
    OutboxRepo(ws.db).mark_sent([(i.id, i.revision, i.type) for i in items], bundle_id, now)
    BundleLogRepo(ws.db).record(bundle_id=bundle_id, kind="submission", direction="out", sender_id=own_id,
                                sender_name=own_name, file_sha256=file_sha256, created_at=created_at,
                                handled_at=now, items=len(items))
    for item in items:
        if item.type != "story":
            continue
        story = ws.stories.get(item.id)
        if story["status"] == StoryStatus.READY.value and int(story["story_revision"]) == item.revision:
            transition_story(ws, item.id, StoryStatus.SENT)
