"""What left upward and what the upper level decided (`outbox`), and the log of bundles (`bundles`).

An item without an `outbox` row is waiting: the candidates are read from the register of issued documents
and from the stories' frozen revisions. A row is written only once a bundle file is complete.
"""

from __future__ import annotations

from typing import Any

from cdtt_desktop.storage.database import Database, transaction
from cdtt_desktop.storage.records import Row

_DOCUMENTS = """
SELECT id, kind, subject, number_text, issued_on, pdf_sha256, file_name, size, source,
       coalesce(json_extract(data, '$.period'), '') AS period
FROM documents WHERE deleted_at IS NULL
"""
_STORY_REVISIONS = """
SELECT s.id, s.kind, s.title, s.status, s.story_revision, s.year, s.deleted_at, r.revision, r.finalised_at
FROM story_revisions r JOIN stories s ON s.id = r.story_id
ORDER BY s.id, r.revision
"""


class OutboxRepo:
    def __init__(self, db: Database):
        self.db = db

    def rows(self) -> dict[tuple[str, int], Row]:
        """Every item that has left, by (item id, revision)."""
        return {(r["item_id"], int(r["revision"])): r for r in self.db.query("SELECT * FROM outbox")}

    def get(self, item_id: str, revision: int) -> Row | None:
        rows = list(self.db.query("SELECT * FROM outbox WHERE item_id = ? AND revision = ?", [item_id, revision]))
        return rows[0] if rows else None

    def issued_documents(self) -> list[Row]:
        return list(self.db.query(_DOCUMENTS))

    def story_revisions(self) -> list[Row]:
        """Each finalised revision of each story (trashed ones too), with the story's current status."""
        return list(self.db.query(_STORY_REVISIONS))

    def mark_sent(self, items: list[tuple[str, int, str]], bundle_id: str, sent_at: str) -> None:
        """Record (item id, revision, type) as sent in `bundle_id`; an item sent again keeps its decision."""
        with transaction(self.db):
            for item_id, revision, item_type in items:
                self.db.execute(
                    "INSERT INTO outbox (item_id, revision, item_type, state, bundle_id, sent_at) "
                    "VALUES (?, ?, ?, 'sent', ?, ?) ON CONFLICT (item_id, revision) DO UPDATE SET "
                    "bundle_id = excluded.bundle_id, sent_at = excluded.sent_at",
                    [item_id, revision, item_type, bundle_id, sent_at])

    def apply_decision(self, item_id: str, revision: int, *, state: str, comment: str, decided_at: str,
                       decided_by: str, receipt_id: str) -> None:
        with transaction(self.db):
            self.db.execute(
                "UPDATE outbox SET state = ?, decision_comment = ?, decided_at = ?, decided_by = ?, receipt_id = ? "
                "WHERE item_id = ? AND revision = ?",
                [state, comment, decided_at, decided_by, receipt_id, item_id, revision])


class BundleLogRepo:
    """Every bundle written or imported: importing one twice is recognised by its id or its file's SHA-256."""

    def __init__(self, db: Database):
        self.db = db

    def imported(self, bundle_id: str, file_sha256: str) -> Row | None:
        rows = list(self.db.query(
            "SELECT * FROM bundles WHERE direction = 'in' AND (bundle_id = ? OR file_sha256 = ?) LIMIT 1",
            [bundle_id, file_sha256]))
        return rows[0] if rows else None

    def record(self, **values: Any) -> None:
        """One row: bundle_id, kind, direction, sender_id, sender_name, file_sha256, created_at, handled_at,
        items. A bundle written again under the same id (never: ids are random) replaces the row."""
        columns = ("bundle_id", "kind", "direction", "sender_id", "sender_name", "file_sha256", "created_at",
                   "handled_at", "items")
        with transaction(self.db):
            self.db.execute(
                f"INSERT OR REPLACE INTO bundles ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)})",
                [values[c] for c in columns])

    def listing(self, *, direction: str | None = None) -> list[Row]:
        sql, params = "SELECT * FROM bundles", []
        if direction:
            sql += " WHERE direction = ?"
            params.append(direction)
        return list(self.db.query(sql + " ORDER BY handled_at DESC", params))


def forget_upper(db: Database, sender_id: str) -> None:
    """Drop the pinned upper level `sender_id`, when an officer accepted a receipt from another one."""
    with transaction(db):
        db.execute("DELETE FROM trusted_keys WHERE sender_id = ? AND role = 'upper'", [sender_id])
