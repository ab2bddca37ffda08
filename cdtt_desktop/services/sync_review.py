"""The receiving role over the hub: the subordinate units' submissions into the inbox, the decisions back.

`pull_review` takes the items the hub holds for this unit (a reviewer token) page by page from
`hub_review_cursor`: each file not yet in the attachment store is downloaded to a temporary file and
stored (its SHA-256 checked), then the items of the page are put into the inbox in one transaction with
the new cursor, exactly as a bundle import would put them (`exchange_apply.put_inbox_item`). The sender
is "hub:<unit code>" with the hub's unit name, listed among the lower units (without a key: the hub
vouched for it), and each arrival is logged in `bundles` as "hub:<unit code>:<uuid>". A run cut in the
middle pulls the page again: nothing is duplicated.

`push_decisions` posts the decisions taken in the inbox on items that came through the hub and not yet
sent, then marks them sent (`receipt_id` "hub:<time>"), as a receipt bundle would; a decision changed
while it was being posted stays pending. Items that came in a bundle go back in a receipt bundle.
"""

from __future__ import annotations

import tempfile
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cdtt_desktop.services.exchange_apply import put_inbox_item
from cdtt_desktop.services.hub_client import HubClient, HubError
from cdtt_desktop.services.sync_pull import MAX_PAGES
from cdtt_desktop.services.workspace import Workspace
from cdtt_desktop.storage.database import transaction
from cdtt_desktop.storage.inbox_repo import InboxRepo
from cdtt_desktop.storage.records import utc_now
from cdtt_desktop.storage.sync_repo import SyncRepo

BATCH = 100


@dataclass
class ReviewReport:
    added: int = 0
    unchanged: int = 0
    ignored: int = 0  # the same item id from another unit


def pull_review(ws: Workspace, client: HubClient) -> ReviewReport:
    """Put the subordinate units' new items into the inbox; HubError/HubUnavailable stop it (what was taken
    stays, with the cursor of the last whole page)."""
    report = ReviewReport()
    cursor = str(ws.settings["hub_review_cursor"])
    for _ in range(MAX_PAGES):
        page = client.review_items(after=cursor)
        items: list[dict[str, Any]] = list(page.get("items") or [])
        for body in items:
            _fetch_files(ws, client, body)
        with transaction(ws.db):
            for (code, name), bodies in _by_unit(items).items():
                sender_id, bundle_id = f"hub:{code}", f"hub:{code}:{uuid.uuid4()}"
                SyncRepo(ws.db).record_hub_arrival(bundle_id, sender_id, name, len(bodies))
                for body in bodies:
                    outcome = put_inbox_item(ws, body, sender_id=sender_id, sender_name=name, bundle_id=bundle_id)
                    setattr(report, outcome, getattr(report, outcome) + 1)
            new = str(page.get("cursor") or cursor)
            ws.settings.save(hub_review_cursor=new)
        if items:
            ws.settings.save(receiving_role=True)
        if not page.get("more") or new == cursor:
            return report
        cursor = new
    return report


def _by_unit(items: list[dict[str, Any]]) -> dict[tuple[str, str], list[dict[str, Any]]]:
    units: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for body in items:
        unit = body.get("unit") or {}
        code = str(unit.get("code") or "")
        units.setdefault((code, str(unit.get("name") or code)), []).append(body)
    return units


def _fetch_files(ws: Workspace, client: HubClient, body: dict[str, Any]) -> None:
    shas = [str(f["sha256"]) for f in body.get("files") or []] + ([str(body["pdf"])] if body.get("pdf") else [])
    for sha in dict.fromkeys(shas):
        if ws.attachments.path_of(sha).is_file() and _registered(ws, sha):
            continue  # the store has it already (a photo of two items, an item pulled again)
        with tempfile.TemporaryDirectory(dir=ws.paths.root, prefix=".hub-") as scratch:
            temporary = Path(scratch) / sha
            client.get_attachment(sha, temporary)
            stored = ws.attachments.store(temporary, max(ws.settings.attachment_limit, temporary.stat().st_size))
        if stored.sha256 != sha:
            raise HubError(422, "invalid", f"the file {sha} downloaded from the hub has another SHA-256")


def _registered(ws: Workspace, sha256: str) -> bool:
    return ws.db.execute("SELECT 1 FROM attachments WHERE sha256 = ?", [sha256]).fetchone() is not None


def push_decisions(ws: Workspace, client: HubClient) -> int:
    """Post the pending decisions on items that came through the hub; the number posted."""
    pending = SyncRepo(ws.db).hub_pending_decisions()
    posted = 0
    for start in range(0, len(pending), BATCH):
        rows = pending[start:start + BATCH]
        client.post_decisions([{"item_id": r["item_id"], "revision": int(r["revision"]), "decision": r["decision"],
                                "comment": r["decision_comment"]} for r in rows])
        InboxRepo(ws.db).mark_in_receipt([(r["item_id"], int(r["revision"]), r["decided_at"]) for r in rows],
                                         f"hub:{utc_now()}")
        posted += len(rows)
    return posted
