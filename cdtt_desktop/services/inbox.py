"""The upper level's inbox: what the lower units submitted, the decision on each, and the receipts back.

Items arrive by `import_bundle` (services/inbox_import.py). Each is read-only here; the officer decides
Tiếp nhận (received), Trả lại để bổ sung (returned, a comment is required) or Duyệt (approved). A decision
can change freely until a receipt carries it to the unit; after that an item received can still be
returned or approved (which the next receipt carries), nothing else.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cdtt_desktop.domain.messages import QT_TRANSLATE_NOOP, Problem, ValidationError
from cdtt_desktop.domain.text import clean_multiline
from cdtt_desktop.services.inbox_import import ImportResult, import_bundle
from cdtt_desktop.services.outbox import Cancelled, ExportResult, Progress
from cdtt_desktop.services.workspace import Workspace
from cdtt_desktop.storage.database import transaction
from cdtt_desktop.storage.inbox_repo import InboxRepo
from cdtt_desktop.storage.outbox_repo import BundleLogRepo
from cdtt_desktop.storage.records import Row, utc_now

__all__ = ["DECISIONS", "ExportResult", "ImportResult", "InboxFile", "InboxItem", "InboxSender", "decide",
           "export_receipt", "get_inbox_item", "import_bundle", "list_inbox", "senders"]

DECISIONS = ("received", "returned", "approved")
# After a receipt told the unit "received", the item can still be returned or approved.
AFTER_SENT = {"received": frozenset({"returned", "approved"})}

RETURN_NEEDS_COMMENT = QT_TRANSLATE_NOOP(
    "Rules", "Say what must be completed: a comment is required to return an item.")
DECISION_SENT = QT_TRANSLATE_NOOP(
    "Rules", "This decision was already sent to the unit; only an item received can still be returned or approved.")
UNKNOWN_DECISION = QT_TRANSLATE_NOOP("Rules", "Choose received, returned for completion or approved.")


@dataclass(frozen=True)
class InboxFile:
    sha256: str
    path: Path  # in the attachment store
    thumbnail: Path | None
    name: str
    caption: str
    role: str  # 'photo' | 'document'


@dataclass(frozen=True)
class InboxItem:
    id: str
    revision: int
    type: str  # 'document' | 'story'
    kind: str
    title: str
    number_text: str
    period: str
    issued_on: str
    source: str
    sender_id: str
    sender_name: str
    bundle_id: str
    received_at: str
    decision: str | None  # None until decided
    comment: str
    decided_at: str | None
    decided_by: str
    receipt_id: str | None  # the receipt that carried the decision; None while it is pending
    pdf: Path | None
    files: list[InboxFile] = field(default_factory=list)
    data: dict[str, Any] | None = None  # what the item is made of: filled by get_inbox_item only

    @property
    def decision_sent(self) -> bool:
        return self.receipt_id is not None


@dataclass(frozen=True)
class InboxSender:
    sender_id: str
    unit_name: str
    fingerprint: str
    pinned_at: str
    key_offered: bool  # another key was offered and refused: Settings shows it for a decision
    items: int
    undecided: int
    unsent: int  # decided, not yet in a receipt
    last_received_at: str | None


def _file(ws: Workspace, entry: dict[str, Any]) -> InboxFile:
    sha = str(entry["sha256"])
    thumb = ws.attachments.thumbnail_of(sha)
    return InboxFile(sha256=sha, path=ws.attachments.path_of(sha), thumbnail=thumb if thumb.is_file() else None,
                     name=str(entry.get("name", "")), caption=str(entry.get("caption", "")),
                     role=str(entry.get("role", "")))


def _item(ws: Workspace, row: Row, data: dict[str, Any] | None = None) -> InboxItem:
    return InboxItem(
        id=row["item_id"], revision=int(row["revision"]), type=row["item_type"], kind=row["kind"],
        title=row["title"], number_text=row["number_text"], period=row["period"], issued_on=row["issued_on"],
        source=str(row.get("source") or (data or {}).get("source") or ""), sender_id=row["sender_id"],
        sender_name=row["sender_name"], bundle_id=row["bundle_id"], received_at=row["received_at"],
        decision=row["decision"], comment=row["decision_comment"], decided_at=row["decided_at"],
        decided_by=row["decided_by"], receipt_id=row["receipt_id"],
        pdf=ws.attachments.path_of(row["pdf_sha256"]) if row["pdf_sha256"] else None,
        files=[_file(ws, f) for f in json.loads(row["files"] or "[]")], data=data)


def list_inbox(ws: Workspace, *, sender_id: str | None = None, period: str | None = None) -> list[InboxItem]:
    """Items by sending unit, newest period and arrival first (without their data)."""
    return [_item(ws, row) for row in InboxRepo(ws.db).listing(sender_id=sender_id, period=period)]


def get_inbox_item(ws: Workspace, item_id: str, revision: int) -> InboxItem:
    """One item with its data (LookupError when it never arrived)."""
    row = InboxRepo(ws.db).get(item_id, revision)
    if row is None:
        raise LookupError(f"{item_id} r{revision}")
    return _item(ws, row, json.loads(row["data"] or "{}"))


def decide(ws: Workspace, item_id: str, revision: int, decision: str, comment: str = "") -> None:
    """Record the decision on an item, to leave in the next receipt; ValidationError says why it cannot."""
    comment = clean_multiline(comment)
    repo = InboxRepo(ws.db)
    row = repo.get(item_id, revision)
    if row is None:
        raise LookupError(f"{item_id} r{revision}")
    if decision not in DECISIONS:
        raise ValidationError([Problem("decision", UNKNOWN_DECISION)])
    if decision == "returned" and not comment:
        raise ValidationError([Problem("comment", RETURN_NEEDS_COMMENT)])
    if row["receipt_id"] and (decision, comment) == (row["decision"], row["decision_comment"]):
        return  # told the unit already
    if row["receipt_id"] and decision not in AFTER_SENT.get(row["decision"], frozenset()):
        raise ValidationError([Problem("decision", DECISION_SENT)])
    repo.decide(item_id, revision, decision=decision, comment=comment, decided_at=utc_now(),
                decided_by=ws.officer())


def senders(ws: Workspace) -> list[InboxSender]:
    """The lower units whose keys are pinned, with how many of their items wait for what."""
    return [InboxSender(sender_id=r["sender_id"], unit_name=r["unit_name"], fingerprint=r["fingerprint"],
                        pinned_at=r["pinned_at"], key_offered=bool(r["offered_key"]), items=int(r["items"]),
                        undecided=int(r["undecided"]), unsent=int(r["unsent"]),
                        last_received_at=r["last_received_at"])
            for r in InboxRepo(ws.db).senders()]


def export_receipt(ws: Workspace, target: Path, sender_id: str, *, progress: Progress | None = None,
                   cancelled: Cancelled | None = None) -> ExportResult:
    """Write a signed receipt of every decision on `sender_id`'s items not yet sent; ValueError when none.

    The decisions are marked as sent only once the file is complete; one changed meanwhile stays pending.
    """
    from cdtt_desktop.domain.bundle_format import Decision
    from cdtt_desktop.services.bundle_items import BundleParts, new_manifest
    from cdtt_desktop.services.bundle_write import write_bundle
    from cdtt_desktop.services.keys import installation_key

    pending = InboxRepo(ws.db).pending(sender_id)
    if not pending:
        raise ValueError("no decision waits to be sent to this unit")
    decisions = [Decision(item_id=r["item_id"], revision=int(r["revision"]), decision=r["decision"],
                          comment=r["decision_comment"], decided_at=r["decided_at"], decided_by=r["decided_by"])
                 for r in pending]
    manifest = new_manifest(ws, "receipt", BundleParts(), decisions)
    written = write_bundle(target, manifest, [], installation_key(ws), progress=progress, cancelled=cancelled)
    try:
        with transaction(ws.db):
            InboxRepo(ws.db).mark_in_receipt([(r["item_id"], int(r["revision"]), r["decided_at"]) for r in pending],
                                             manifest.bundle_id)
            BundleLogRepo(ws.db).record(
                bundle_id=manifest.bundle_id, kind="receipt", direction="out", sender_id=manifest.sender.unit_id,
                sender_name=manifest.sender.unit_name, file_sha256=written.sha256, created_at=manifest.created_at,
                handled_at=utc_now(), items=len(decisions))
    except BaseException:
        Path(written.path).unlink(missing_ok=True)
        raise
    return ExportResult(path=Path(written.path), items=[d.item_id for d in decisions], size=written.size,
                        sha256=written.sha256)
