"""An outbox item as the hub's protocol carries it: the item body (the bundle item's fields with its data
inline and its files by SHA-256) and the files to upload before it.

The body is built from the same parts as a bundle (`bundle_items.submission_parts`), so the hub receives
exactly what a USB bundle would carry, photos withheld by the consent rule included.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

from cdtt_desktop.services.bundle_items import canonical_json, submission_parts
from cdtt_desktop.services.bundle_write import Member
from cdtt_desktop.services.outbox import OutboxItem
from cdtt_desktop.services.workspace import Workspace


@dataclass(frozen=True)
class HubItem:
    item: OutboxItem
    body: dict[str, Any]
    files: list[Member]  # PDF and attachments, each once, in a fixed order

    @property
    def size(self) -> int:
        return sum(m.size for m in self.files)


def content_sha256(body: dict[str, Any]) -> str:
    """SHA-256 of the canonical JSON of the body without `content_sha256` (the hub computes the same)."""
    return hashlib.sha256(canonical_json({k: v for k, v in body.items() if k != "content_sha256"})).hexdigest()


def hub_item(ws: Workspace, item: OutboxItem) -> HubItem:
    parts = submission_parts(ws, [item])
    [entry] = parts.items
    members = parts.members
    data_member = members[entry.data]
    assert isinstance(data_member.source, bytes)  # the data member is JSON made in memory
    body: dict[str, Any] = {
        "type": entry.type, "kind": entry.kind, "title": entry.title, "period": entry.period,
        "number_text": entry.number_text, "issued_on": entry.issued_on, "data": json.loads(data_member.source),
        "pdf": members[entry.pdf].sha256 if entry.pdf else None,
        "files": [{"sha256": members[f.path].sha256, "name": f.name, "caption": f.caption, "role": f.role}
                  for f in entry.files],
    }
    body["content_sha256"] = content_sha256(body)
    files = [m for name, m in members.items() if name != entry.data]
    return HubItem(item=item, body=body, files=files)
