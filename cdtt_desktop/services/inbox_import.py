"""Importing a bundle: a submission into the inbox, or a receipt into the outbox. All or nothing.

`read_bundle` checks the ZIP, every name, the signature and every hash before anything is written. Then
the sender's key is checked against the one pinned for it (a changed key is refused, and remembered for
an officer's decision, unless accepted explicitly), the files are copied into the attachment store (each
extracted to a temporary file first, streamed, and hashed again as it is stored), and every database
write happens in one transaction: if it fails, nothing of the bundle is visible (files stored without a
record pointing at them are not). The same bundle imported twice changes nothing and is not an error.
"""

from __future__ import annotations

import hashlib
import json
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cdtt_desktop.domain import stories as story_rules
from cdtt_desktop.domain.bundle_format import (
    DEFAULT_LIMITS,
    BundleError,
    BundleItem,
    BundleProblem,
    Decision,
    Limits,
    Manifest,
    Sender,
    load_json,
)
from cdtt_desktop.domain.stories import StoryStatus
from cdtt_desktop.services import keys
from cdtt_desktop.services.bundle_read import VerifiedBundle, read_bundle
from cdtt_desktop.services.keys import PinState
from cdtt_desktop.services.workspace import Workspace
from cdtt_desktop.storage.database import transaction
from cdtt_desktop.storage.inbox_repo import InboxRepo
from cdtt_desktop.storage.outbox_repo import BundleLogRepo, OutboxRepo, forget_upper
from cdtt_desktop.storage.records import RecordNotFoundError, utc_now

DATA_LIMIT = 16 * 1024 * 1024  # an item's data is read into memory: no larger than a manifest may be
# The story moves each decision makes (a story approved straight from "sent" is received on the way).
STORY_MOVES = {"received": (StoryStatus.RECEIVED,), "returned": (StoryStatus.RETURNED,),
               "approved": (StoryStatus.RECEIVED, StoryStatus.APPROVED)}


@dataclass(frozen=True)
class ImportResult:
    kind: str  # 'submission' | 'receipt'
    bundle_id: str
    sender_name: str
    fingerprint: str
    pin_state: PinState
    added: int  # items new to the inbox (or replacing what arrived for them before)
    unchanged: int  # items (decisions) already there as they are
    decisions_applied: int
    already: bool = False  # this very bundle was imported before: nothing changed
    ignored: int = 0  # decisions on items this installation never sent, items claimed by another unit


def import_bundle(ws: Workspace, path: Path, *, accept_new_key: bool = False,
                  limits: Limits = DEFAULT_LIMITS) -> ImportResult:
    """Verify `path` whole, then take it in (see the module's docstring); BundleError names what is wrong."""
    with read_bundle(path, limits=limits) as bundle:
        return _import(ws, bundle, accept_new_key, limits)


def _import(ws: Workspace, bundle: VerifiedBundle, accept_new_key: bool, limits: Limits) -> ImportResult:
    manifest = bundle.manifest
    _refuse_own(ws, manifest.sender)
    if BundleLogRepo(ws.db).imported(manifest.bundle_id, bundle.file_sha256):
        return _result(manifest, keys.check_sender(ws, manifest.sender.unit_id, manifest.sender.public_key),
                       unchanged=len(manifest.items) or len(manifest.decisions), already=True)
    if manifest.kind == "receipt":
        return _import_receipt(ws, bundle, manifest, accept_new_key)
    return _import_submission(ws, bundle, manifest, accept_new_key, limits)


def _result(manifest: Manifest, state: PinState, **counts: Any) -> ImportResult:
    values = {"added": 0, "unchanged": 0, "decisions_applied": 0, **counts}
    return ImportResult(kind=manifest.kind, bundle_id=manifest.bundle_id, sender_name=manifest.sender.unit_name,
                        fingerprint=keys.fingerprint(manifest.sender.public_key), pin_state=state, **values)


def _refuse_own(ws: Workspace, sender: Sender) -> None:
    """A bundle this installation wrote is for the other side, not for its own inbox or outbox."""
    if keys.key_path(ws).is_file() and sender.public_key == keys.public_key_text(keys.installation_key(ws)):
        raise BundleError(BundleProblem.wrong_kind, sender.unit_name)


def _key_changed(ws: Workspace, pinned: keys.TrustedKey, offered: str) -> BundleError:
    keys.remember_offered_key(ws, pinned.sender_id, offered)  # commits: kept although the import is refused
    return BundleError(BundleProblem.key_changed, pinned.unit_name)


def _record(ws: Workspace, manifest: Manifest, file_sha256: str, count: int) -> None:
    BundleLogRepo(ws.db).record(
        bundle_id=manifest.bundle_id, kind=manifest.kind, direction="in", sender_id=manifest.sender.unit_id,
        sender_name=manifest.sender.unit_name, file_sha256=file_sha256, created_at=manifest.created_at,
        handled_at=utc_now(), items=count)


# --- a submission ----------------------------------------------------------------------------------------

def _lower_state(ws: Workspace, sender: Sender, accept_new_key: bool) -> PinState:
    known = keys.trusted(ws, sender.unit_id)
    if known is not None and known.role != "lower":
        raise BundleError(BundleProblem.wrong_kind, sender.unit_name)  # our upper level sends receipts only
    state = keys.check_sender(ws, sender.unit_id, sender.public_key)
    if state is PinState.CHANGED and not accept_new_key:
        assert known is not None
        raise _key_changed(ws, known, sender.public_key)
    return state


def _import_submission(ws: Workspace, bundle: VerifiedBundle, manifest: Manifest, accept_new_key: bool,
                       limits: Limits) -> ImportResult:
    sender = manifest.sender
    state = _lower_state(ws, sender, accept_new_key)
    hashes = {f.path: f for f in manifest.files}
    data = {item.data: _read_data(bundle, item.data, hashes) for item in manifest.items}
    _store_files(ws, bundle, manifest, limits)
    inbox, now = InboxRepo(ws.db), utc_now()
    added = unchanged = ignored = 0
    with transaction(ws.db):
        keys.pin_sender(ws, sender.unit_id, sender.unit_name, sender.public_key, role="lower",
                        accept_new_key=accept_new_key)
        _record(ws, manifest, bundle.file_sha256, len(manifest.items))
        for item in manifest.items:
            row = _inbox_row(item, data[item.data], hashes, manifest, now)
            existing = inbox.get(item.id, item.revision)
            if existing is not None and existing["sender_id"] != sender.unit_id:
                ignored += 1  # the same id from another unit: never let one unit overwrite another's item
            elif existing is not None and existing["content_sha256"] == row["content_sha256"]:
                unchanged += 1
            else:
                inbox.put(row)
                added += 1
    ws.settings.save(receiving_role=True)
    return _result(manifest, state, added=added, unchanged=unchanged, ignored=ignored)


def _entry(hashes: dict[str, Any], name: str) -> Any:
    if name not in hashes:
        raise BundleError(BundleProblem.missing_member, name)
    return hashes[name]


def _read_data(bundle: VerifiedBundle, name: str, hashes: dict[str, Any]) -> str:
    """The item's data JSON as text, hashed again as it is read (the file may have changed since verified)."""
    entry = _entry(hashes, name)
    if entry.size > DATA_LIMIT:
        raise BundleError(BundleProblem.too_large_member, name)
    with bundle.open_member(name) as member:
        raw = member.read(DATA_LIMIT + 1)
    if len(raw) != entry.size or hashlib.sha256(raw).hexdigest() != entry.sha256:
        raise BundleError(BundleProblem.hash_mismatch, name)
    parsed = load_json(raw, name)  # BundleError bad_manifest for bad JSON or a repeated key
    if not isinstance(parsed, dict):
        raise BundleError(BundleProblem.bad_manifest, name)
    return json.dumps(parsed, ensure_ascii=False, sort_keys=True)


def _store_files(ws: Workspace, bundle: VerifiedBundle, manifest: Manifest, limits: Limits) -> None:
    """Copy each file the items use into the attachment store, through a temporary file (streamed)."""
    hashes = {f.path: f for f in manifest.files}
    used = {p for item in manifest.items for p in ([item.pdf] if item.pdf else []) + [f.path for f in item.files]}
    with tempfile.TemporaryDirectory(dir=ws.paths.root, prefix=".import-") as scratch:
        for name in sorted(used):
            entry = _entry(hashes, name)
            if ws.attachments.path_of(entry.sha256).is_file() and _registered(ws, entry.sha256):
                continue  # the store has it already (a photo sent twice, a bundle sent again)
            temporary = Path(scratch) / Path(name).name
            bundle.extract_to(name, temporary)
            stored = ws.attachments.store(temporary, max(limits.max_member, entry.size))
            temporary.unlink()
            if stored.sha256 != entry.sha256:
                raise BundleError(BundleProblem.hash_mismatch, name)


def _registered(ws: Workspace, sha256: str) -> bool:
    return ws.db.execute("SELECT 1 FROM attachments WHERE sha256 = ?", [sha256]).fetchone() is not None


def _inbox_row(item: BundleItem, data: str, hashes: dict[str, Any], manifest: Manifest, now: str) -> dict[str, Any]:
    files = [{"sha256": hashes[f.path].sha256, "name": f.name, "caption": f.caption, "role": f.role}
             for f in item.files]
    pdf = hashes[item.pdf].sha256 if item.pdf else None
    described = {"type": item.type, "kind": item.kind, "title": item.title, "number_text": item.number_text,
                 "period": item.period, "issued_on": item.issued_on, "data": hashes[item.data].sha256, "pdf": pdf,
                 "files": files}
    content = hashlib.sha256(json.dumps(described, ensure_ascii=False, sort_keys=True).encode("utf-8")).hexdigest()
    return {"item_id": item.id, "revision": item.revision, "item_type": item.type,
            "sender_id": manifest.sender.unit_id, "sender_name": manifest.sender.unit_name,
            "bundle_id": manifest.bundle_id, "kind": item.kind, "title": item.title,
            "number_text": item.number_text, "period": item.period, "issued_on": item.issued_on, "data": data,
            "pdf_sha256": pdf, "files": json.dumps(files, ensure_ascii=False), "content_sha256": content,
            "received_at": now}


# --- a receipt -------------------------------------------------------------------------------------------

def _upper_state(ws: Workspace, sender: Sender, accept_new_key: bool) -> tuple[PinState, str | None]:
    """How the receipt's sender stands against the pinned upper level, and a pinned upper to replace."""
    known = keys.trusted(ws, sender.unit_id)
    if known is not None and known.role != "upper":
        raise BundleError(BundleProblem.wrong_kind, sender.unit_name)  # a lower unit cannot decide for us
    if known is not None:
        if known.public_key == sender.public_key:
            return PinState.KNOWN, None
        if accept_new_key:
            return PinState.CHANGED, None
        raise _key_changed(ws, known, sender.public_key)
    pinned = next((k for k in keys.all_trusted(ws) if k.role == "upper"), None)
    if pinned is None:
        return PinState.FIRST_CONTACT, None
    if pinned.public_key == sender.public_key:  # the upper level set up its unit again, or its key was accepted
        return PinState.KNOWN, pinned.sender_id
    if accept_new_key:
        return PinState.CHANGED, pinned.sender_id
    raise _key_changed(ws, pinned, sender.public_key)


def _check_decisions(decisions: list[Decision]) -> None:
    for decision in decisions:
        if decision.decision not in STORY_MOVES or (decision.decision == "returned" and not decision.comment.strip()):
            raise BundleError(BundleProblem.bad_manifest, decision.item_id)


def _import_receipt(ws: Workspace, bundle: VerifiedBundle, manifest: Manifest, accept_new_key: bool) -> ImportResult:
    sender = manifest.sender
    _check_decisions(manifest.decisions)
    state, replaced = _upper_state(ws, sender, accept_new_key)
    counts = {"applied": 0, "unchanged": 0, "ignored": 0}
    with transaction(ws.db):
        if replaced:
            forget_upper(ws.db, replaced)
        keys.pin_sender(ws, sender.unit_id, sender.unit_name, sender.public_key, role="upper",
                        accept_new_key=accept_new_key)
        _record(ws, manifest, bundle.file_sha256, len(manifest.decisions))
        for decision in manifest.decisions:
            counts[_apply(ws, decision, manifest.bundle_id)] += 1
    return _result(manifest, state, decisions_applied=counts["applied"], unchanged=counts["unchanged"],
                   ignored=counts["ignored"])


def _apply(ws: Workspace, d: Decision, receipt_id: str) -> str:
    """'applied', 'unchanged' (already known, or older than what is known) or 'ignored' (not ours)."""
    repo = OutboxRepo(ws.db)
    row = repo.get(d.item_id, d.revision)
    if row is None:
        return "ignored"
    known = row["decided_at"]
    if known and (d.decided_at < known or (d.decided_at == known and d.decision == row["state"])):
        return "unchanged"
    repo.apply_decision(d.item_id, d.revision, state=d.decision, comment=d.comment.strip(), decided_at=d.decided_at,
                        decided_by=d.decided_by, receipt_id=receipt_id)
    if row["item_type"] == "story":
        _move_story(ws, d)
    return "applied"


def _move_story(ws: Workspace, d: Decision) -> None:
    """Follow the decision in the story's lifecycle, when the story is still at that revision."""
    from cdtt_desktop.services.stories import transition_story

    try:
        story = ws.stories.get(d.item_id, include_deleted=False)
    except RecordNotFoundError:
        return
    if int(story["story_revision"]) != d.revision:
        return
    status = StoryStatus(story["status"])
    moves = STORY_MOVES[d.decision]
    for number, target in enumerate(moves, start=1):
        comment = d.comment if number == len(moves) else ""
        if status is target:
            continue
        if story_rules.check_transition(status, target, comment=comment) is not None:
            return  # the story went elsewhere meanwhile: the outbox keeps the decision, the story its state
        transition_story(ws, d.item_id, target, comment=comment)
        status = target
