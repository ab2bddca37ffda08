"""What a bundle import does to one item or one decision, for the second road (the sync hub).

The hub carries the same items and decisions as the bundles; these wrappers let the sync apply them
exactly as `inbox_import` and `outbox` do (same outbox states, same story moves, same inbox rows and
content hashes, so an item that arrives once by USB and once by the hub is recognised as the same).
"""

from __future__ import annotations

import json
from typing import Any

from cdtt_desktop import __version__
from cdtt_desktop.domain.bundle_format import BundleItem, Decision, FileEntry, ItemFile, Manifest, Sender
from cdtt_desktop.domain.stories import StoryStatus
from cdtt_desktop.services.bundle_items import canonical_json
from cdtt_desktop.services.inbox_import import STORY_MOVES, _apply, _inbox_row
from cdtt_desktop.services.outbox import OutboxItem
from cdtt_desktop.services.workspace import Workspace
from cdtt_desktop.storage.database import transaction
from cdtt_desktop.storage.inbox_repo import InboxRepo
from cdtt_desktop.storage.outbox_repo import OutboxRepo
from cdtt_desktop.storage.records import utc_now

__all__ = ["apply_decision", "mark_sent", "put_inbox_item"]


def apply_decision(ws: Workspace, decision: Decision, receipt_id: str) -> str:
    """Apply one decision on an item this installation sent, as a receipt does: 'applied', 'unchanged' or
    'ignored' (not ours, or not a decision a receipt could carry). Call inside a transaction."""
    if decision.decision not in STORY_MOVES or (decision.decision == "returned" and not decision.comment.strip()):
        return "ignored"
    return _apply(ws, decision, receipt_id)


def mark_sent(ws: Workspace, item: OutboxItem, bundle_id: str) -> None:
    """The item left (through the hub, `bundle_id` "hub:…"): its outbox row, and a ready story moves to sent."""
    from cdtt_desktop.services.stories import transition_story

    with transaction(ws.db):
        OutboxRepo(ws.db).mark_sent([(item.id, item.revision, item.type)], bundle_id, utc_now())
        if item.type == "story":
            story = ws.stories.get(item.id)
            if story["status"] == StoryStatus.READY.value and int(story["story_revision"]) == item.revision:
                transition_story(ws, item.id, StoryStatus.SENT)


def put_inbox_item(ws: Workspace, body: dict[str, Any], *, sender_id: str, sender_name: str,
                   bundle_id: str) -> str:
    """Put an item that arrived through the hub (the protocol's item body, its files already in the
    attachment store) into the inbox as a bundle import would: 'added', 'unchanged' or 'ignored' (the same id
    arrived from another unit)."""
    raw = body.get("data")
    data: dict[str, Any] = raw if isinstance(raw, dict) else {}
    members = {"data": FileEntry(path="data", size=0, sha256=_sha256(canonical_json(data)))}
    files = []
    for number, entry in enumerate(body.get("files") or []):
        name = f"file-{number}"
        members[name] = FileEntry(path=name, size=0, sha256=str(entry["sha256"]))
        files.append(ItemFile(path=name, name=str(entry.get("name") or ""), caption=str(entry.get("caption") or ""),
                              role=str(entry.get("role") or "document")))
    if body.get("pdf"):
        members["pdf"] = FileEntry(path="pdf", size=0, sha256=str(body["pdf"]))
    item = BundleItem(id=str(body["item_id"]), revision=int(body["revision"]), type=str(body["type"]),
                      kind=str(body.get("kind") or ""), title=str(body.get("title") or ""),
                      period=str(body.get("period") or ""), number_text=str(body.get("number_text") or ""),
                      issued_on=str(body.get("issued_on") or ""), data="data", pdf="pdf" if body.get("pdf") else None,
                      files=files)
    sender = Sender(unit_id=sender_id, unit_name=sender_name, abbreviation="", parent_name="", public_key="")
    manifest = Manifest(kind="submission", bundle_id=bundle_id, created_at=utc_now(), app_version=__version__,
                        sender=sender, items=[item], decisions=[], files=list(members.values()))
    # The inbox keeps the data as bundle imports do: sorted keys, UTF-8 as is.
    row = _inbox_row(item, json.dumps(data, ensure_ascii=False, sort_keys=True), members, manifest, utc_now())
    inbox = InboxRepo(ws.db)
    existing = inbox.get(item.id, item.revision)
    if existing is not None and existing["sender_id"] != sender_id:
        return "ignored"
    if existing is not None and existing["content_sha256"] == row["content_sha256"]:
        return "unchanged"
    inbox.put(row)
    return "added"


def _sha256(raw: bytes) -> str:
    import hashlib

    return hashlib.sha256(raw).hexdigest()
