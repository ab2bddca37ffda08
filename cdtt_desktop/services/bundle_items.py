"""What goes into a bundle for each outbox item: its entry in the manifest and the members that carry it.

A document carries the data it was drawn from (`issued_data` and its source) and its issued PDF. A story
carries its frozen revision (content, unit and campaign names) and the files frozen with it: documents
always, photos only when the consent rule of the dossier allows them (services/doc_story.py), so nothing
leaves that the people shown did not agree to. Sizes and SHA-256 are known without reading a file
(attachments are content-addressed, PDFs are in the register): the writer checks them as it copies.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cdtt_desktop import __version__
from cdtt_desktop.domain.bundle_format import BundleItem, Decision, FileEntry, ItemFile, Manifest, Sender
from cdtt_desktop.domain.stories import StoryContent
from cdtt_desktop.services.bundle_write import Member
from cdtt_desktop.services.doc_story import photos_allowed
from cdtt_desktop.services.documents import issued_data, open_issued
from cdtt_desktop.services.keys import installation_key, public_key_text
from cdtt_desktop.services.story_files import PHOTO
from cdtt_desktop.services.workspace import Workspace

if TYPE_CHECKING:  # the outbox imports this module
    from cdtt_desktop.services.outbox import OutboxItem

_EXTENSION = re.compile(r"[a-z0-9]{1,10}")


@dataclass
class BundleParts:
    """The manifest entries and the members (each once, however many items share a file)."""

    items: list[BundleItem] = field(default_factory=list)
    members: dict[str, Member] = field(default_factory=dict)

    def add(self, member: Member) -> str:
        self.members.setdefault(member.arcname, member)
        return member.arcname


def utc_stamp() -> str:
    """'2026-11-30T01:02:03Z', as manifests carry times."""
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def canonical_json(data: Any) -> bytes:
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def json_member(arcname: str, data: Any) -> Member:
    raw = canonical_json(data)
    return Member(arcname=arcname, source=raw, size=len(raw), sha256=hashlib.sha256(raw).hexdigest(), compress=True)


def file_arcname(sha256: str, file_name: str) -> str:
    """'files/<sha256>.<ext>': the extension of the original name when it is plain, else 'bin'."""
    ext = Path(file_name).suffix.lower().lstrip(".")
    return f"files/{sha256}.{ext if _EXTENSION.fullmatch(ext) else 'bin'}"


def data_arcname(item_id: str, revision: int) -> str:
    return f"items/{item_id}-r{revision}.json"


def sender_of(ws: Workspace) -> Sender:
    """This installation as the sender: its own unit, its parent and its public key."""
    own = ws.units.own_unit()
    if own is None:
        raise LookupError("no own unit: finish the set-up first")
    parent = str(ws.units.get(own["parent_id"])["name"]) if own["parent_id"] else ""
    return Sender(unit_id=str(own["id"]), unit_name=str(own["name"]), abbreviation=str(own["abbreviation"] or ""),
                  parent_name=parent, public_key=public_key_text(installation_key(ws)))


def new_manifest(ws: Workspace, kind: str, parts: BundleParts, decisions: list[Decision] | None = None) -> Manifest:
    files = [FileEntry(path=m.arcname, size=m.size, sha256=m.sha256) for m in parts.members.values()]
    return Manifest(kind=kind, bundle_id=str(uuid.uuid4()), created_at=utc_stamp(), app_version=__version__,
                    sender=sender_of(ws), items=list(parts.items), decisions=list(decisions or []), files=files)


def submission_parts(ws: Workspace, items: list[OutboxItem]) -> BundleParts:
    parts = BundleParts()
    for item in items:
        if item.type == "document":
            _add_document(ws, parts, item)
        else:
            _add_story(ws, parts, item)
    return parts


def _add_document(ws: Workspace, parts: BundleParts, item: OutboxItem) -> None:
    row = ws.documents.get(item.id)
    open_issued(ws, item.id)  # proves the PDF whole, or draws it again from its data
    data = {**issued_data(ws, item.id), "source": row["source"]}
    pdf = parts.add(Member(arcname=file_arcname(row["pdf_sha256"], row["file_name"]), source=ws.paths.documents /
                           row["file_name"], size=int(row["size"]), sha256=row["pdf_sha256"], compress=False))
    data_name = parts.add(json_member(data_arcname(item.id, item.revision), data))
    parts.items.append(BundleItem(id=item.id, revision=item.revision, type="document", kind=item.kind,
                                  title=item.title, period=item.period, number_text=item.number_text,
                                  issued_on=item.issued_on, data=data_name, pdf=pdf, files=[]))


def _add_story(ws: Workspace, parts: BundleParts, item: OutboxItem) -> None:
    story = ws.stories.get(item.id)
    frozen = next(r for r in ws.stories.revisions(item.id) if int(r["revision"]) == item.revision)
    content = StoryContent.from_json(frozen["content"])
    current = StoryContent.from_json(json.loads(story["content"] or "{}"))
    allowed = photos_allowed(content, current)
    files: list[ItemFile] = []
    withheld = 0
    for entry in frozen["files"]:
        stored = ws.attachments.stored(entry["sha256"])
        role = entry.get("role") or (PHOTO if stored.media_type.startswith("image/") else "document")
        if role == PHOTO and not allowed:
            withheld += 1
            continue
        path = parts.add(Member(arcname=file_arcname(stored.sha256, entry["file_name"]),
                                source=ws.attachments.path_of(stored.sha256), size=stored.size,
                                sha256=stored.sha256, compress=False))
        files.append(ItemFile(path=path, name=entry["file_name"], caption=entry.get("caption") or "", role=role))
    data = {"content": frozen["content"], "revision": item.revision, "finalised_at": frozen["finalised_at"],
            "finalised_by": frozen["finalised_by"], "unit_name": story["unit_name"],
            "campaign_name": story["campaign_name"], "photos_withheld": withheld}
    data_name = parts.add(json_member(data_arcname(item.id, item.revision), data))
    parts.items.append(BundleItem(id=item.id, revision=item.revision, type="story", kind=item.kind,
                                  title=content.title() or item.title, period=item.period, number_text="",
                                  issued_on=item.issued_on, data=data_name, pdf=None, files=files))
