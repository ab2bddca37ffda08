"""Records carry UUID, timestamps, revision and tombstones, and every change leaves an audit row."""

from __future__ import annotations

import json
import sqlite3
import uuid

import pytest

from cdtt_desktop.domain.activities import ActivityInput
from cdtt_desktop.services.activities import delete_activity, restore_activity, save_activity
from cdtt_desktop.services.plans import choices_for_year
from cdtt_desktop.services.workspace import Workspace
from cdtt_desktop.storage.records import StaleRecordError, history
from tests.conftest import TODAY


def _add(ws: Workspace, title: str = "Tuyên truyền pháp luật") -> str:
    channel = choices_for_year(ws, 2026).channels[0][0]
    return save_activity(ws, ActivityInput(occurred_on="12/05/2026", title=title, channel_id=channel), today=TODAY)


def test_new_record_has_uuid_times_revision_and_author(ready_ws: Workspace) -> None:
    """A new activity gets a UUID, UTC timestamps, revision 1 and the officer's name."""
    row = ready_ws.writer.get("activities", _add(ready_ws))
    assert uuid.UUID(row["id"]).version == 4
    assert row["created_at"].endswith("Z") and row["created_at"] == row["updated_at"]
    assert row["revision"] == 1 and row["deleted_at"] is None
    assert row["created_by"] == "Nguyễn Thị Hoa"


def test_update_bumps_revision_and_audits_changed_fields(ready_ws: Workspace) -> None:
    """An edit raises the revision and the audit trail names the changed field with old and new value."""
    activity_id = _add(ready_ws)
    channel = choices_for_year(ready_ws, 2026).channels[0][0]
    save_activity(ready_ws, ActivityInput(occurred_on="12/05/2026", title="Đối thoại tại CĐCS", channel_id=channel),
                  activity_id=activity_id, expected_revision=1, today=TODAY)
    row = ready_ws.writer.get("activities", activity_id)
    assert row["revision"] == 2
    trail = history(ready_ws.db, "activities", activity_id)
    assert [t["action"] for t in trail] == ["create", "update"]
    assert json.loads(trail[1]["changes"])["title"] == ["Tuyên truyền pháp luật", "Đối thoại tại CĐCS"]
    assert trail[1]["actor"] == "Nguyễn Thị Hoa"


def test_stale_revision_is_refused(ready_ws: Workspace) -> None:
    """Saving over a newer revision raises instead of silently overwriting."""
    activity_id = _add(ready_ws)
    channel = choices_for_year(ready_ws, 2026).channels[0][0]
    with pytest.raises(StaleRecordError):
        save_activity(ready_ws, ActivityInput(occurred_on="12/05/2026", title="Khác", channel_id=channel),
                      activity_id=activity_id, expected_revision=7, today=TODAY)
    assert ready_ws.writer.get("activities", activity_id)["title"] == "Tuyên truyền pháp luật"


def test_delete_leaves_a_tombstone_that_restores(ready_ws: Workspace) -> None:
    """Delete keeps the row with deleted_at set; restore clears it; both are audited."""
    activity_id = _add(ready_ws)
    delete_activity(ready_ws, activity_id)
    row = ready_ws.writer.get("activities", activity_id, include_deleted=True)
    assert row["deleted_at"] is not None
    assert ready_ws.activities.live_count() == 0
    restore_activity(ready_ws, activity_id)
    assert ready_ws.activities.live_count() == 1
    assert [t["action"] for t in history(ready_ws.db, "activities", activity_id)] == ["create", "delete", "restore"]


def test_failed_write_leaves_nothing(ready_ws: Workspace) -> None:
    """A write that fails inside the transaction leaves neither the row nor its audit row."""
    before = ready_ws.execute_scalar("SELECT count(*) FROM audit_log")
    with pytest.raises(sqlite3.IntegrityError):
        ready_ws.writer.insert("activities", {"occurred_on": "2026-01-01", "title": "T", "title_sort": "t",
                                              "channel_id": "no-such-channel"})
    assert ready_ws.execute_scalar("SELECT count(*) FROM audit_log") == before
    assert ready_ws.activities.live_count() == 0
