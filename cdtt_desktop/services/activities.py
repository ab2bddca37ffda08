"""Activity use cases: save (checked), trash and restore, attach files, list and count."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from cdtt_desktop.domain.activities import ActivityInput, validate_activity
from cdtt_desktop.domain.messages import ValidationError
from cdtt_desktop.domain.queries import ActivityFilter, Ordering
from cdtt_desktop.services.workspace import Workspace
from cdtt_desktop.storage.attachments import AttachmentTooLargeError, AttachmentUnreadableError, StoredFile
from cdtt_desktop.storage.database import transaction
from cdtt_desktop.storage.records import RecordNotFoundError, StaleRecordError

__all__ = [
    "AttachmentTooLargeError",
    "AttachmentUnreadableError",
    "RecordNotFoundError",
    "StaleRecordError",
    "ValidationError",
    "check_attachments",
    "delete_activity",
    "save_activity",
]

TABLE = "activities"


def save_activity(
    ws: Workspace,
    raw: ActivityInput,
    *,
    activity_id: str | None = None,
    expected_revision: int | None = None,
    new_files: Iterable[Path] = (),
    removed_links: Iterable[str] = (),
    today: dt.date | None = None,
) -> str:
    """Check and store one activity with its attachment changes, all in one transaction.

    Raises ValidationError with every problem, or AttachmentTooLargeError /
    AttachmentUnreadableError, before anything is written.
    """
    values, problems = validate_activity(raw, today=today or dt.date.today())
    if problems or values is None:
        raise ValidationError(problems)
    files = list(new_files)
    limit = ws.settings.attachment_limit
    for path in files:
        ws.attachments.check(path, limit)
    stored: list[tuple[StoredFile, str]] = [(ws.attachments.store(p, limit), p.name) for p in files]
    with transaction(ws.db):
        if activity_id:
            ws.activities.update(activity_id, values, expected_revision=expected_revision)
        else:
            activity_id = ws.activities.add(values)
        for link_id in removed_links:
            ws.attachments.unlink(link_id)
        for item, name in stored:
            ws.attachments.link(TABLE, activity_id, item, name)
    return activity_id


def check_attachments(ws: Workspace, paths: Iterable[Path]) -> None:
    """Raise for the first file that cannot be attached (too large, unreadable)."""
    for path in paths:
        ws.attachments.check(path, ws.settings.attachment_limit)


def delete_activity(ws: Workspace, activity_id: str) -> None:
    ws.activities.delete(activity_id)


def restore_activity(ws: Workspace, activity_id: str) -> None:
    ws.activities.restore(activity_id)


def purge_activity(ws: Workspace, activity_id: str) -> None:
    """Destroy an activity that is already in the trash; the person has confirmed it."""
    row = ws.activities.get(activity_id, include_deleted=True)
    if not row["deleted_at"]:
        raise ValueError("only activities in the trash can be purged")
    with transaction(ws.db):
        ws.activities.purge(activity_id)


def get_activity(ws: Workspace, activity_id: str) -> dict[str, Any]:
    return ws.activities.get(activity_id, include_deleted=True)


def activity_attachments(ws: Workspace, activity_id: str) -> list[dict[str, Any]]:
    rows = ws.attachments.links(TABLE, activity_id)
    for row in rows:
        row["path"] = ws.attachments.path_of(row["sha256"])
        row["thumbnail"] = ws.attachments.thumbnail_of(row["sha256"]) if row["has_thumbnail"] else None
    return rows


def count_activities(ws: Workspace, flt: ActivityFilter) -> int:
    return ws.activities.count(flt)


def activity_page(ws: Workspace, flt: ActivityFilter, ordering: Ordering, *, offset: int,
                  limit: int) -> list[dict[str, Any]]:
    return ws.activities.page(flt, ordering, offset=offset, limit=limit)


def activity_totals(ws: Workspace, flt: ActivityFilter) -> dict[str, int]:
    return ws.activities.totals(flt)


def input_from_row(row: dict[str, Any]) -> ActivityInput:
    """The editable form of a stored activity."""
    return ActivityInput(
        occurred_on=dt.date.fromisoformat(row["occurred_on"]), title=row["title"],
        channel_id=row["channel_id"], content_group_id=row["content_group_id"],
        campaign_id=row["campaign_id"], outlet=row["outlet"], url=row["url"],
        grassroots_unit_id=row["grassroots_unit_id"], participants=row["participants"],
        reach=row["reach"], interactions=row["interactions"], notes=row["notes"],
    )
