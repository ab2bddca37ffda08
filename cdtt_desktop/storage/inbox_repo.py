"""The receiving side's inbox: one row per item and revision that arrived, with the decision taken on it.

The item's data is kept as the JSON text it arrived as; its PDF and files are attachments by SHA-256.
A decision is pending until a receipt carries it (`receipt_id`).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from cdtt_desktop.storage.database import Database, transaction
from cdtt_desktop.storage.records import Row

_COLUMNS = ("item_id", "revision", "item_type", "sender_id", "sender_name", "bundle_id", "kind", "title",
            "number_text", "period", "issued_on", "data", "pdf_sha256", "files", "content_sha256", "received_at")
_LIST = """
SELECT item_id, revision, item_type, sender_id, sender_name, bundle_id, kind, title, number_text, period,
       issued_on, pdf_sha256, files, content_sha256, received_at, decision, decision_comment, decided_at,
       decided_by, receipt_id, coalesce(json_extract(data, '$.source'), '') AS source
FROM inbox_items
"""
_SENDERS = """
SELECT t.sender_id, t.unit_name, t.fingerprint, t.pinned_at, t.offered_key,
       count(i.item_id) AS items,
       coalesce(sum(i.decision IS NULL), 0) AS undecided,
       coalesce(sum(i.decision IS NOT NULL AND i.receipt_id IS NULL), 0) AS unsent,
       max(i.received_at) AS last_received_at
FROM trusted_keys t LEFT JOIN inbox_items i ON i.sender_id = t.sender_id
WHERE t.role = 'lower'
GROUP BY t.sender_id
ORDER BY t.unit_name
"""


class InboxRepo:
    def __init__(self, db: Database):
        self.db = db

    def get(self, item_id: str, revision: int) -> Row | None:
        rows = list(self.db.query("SELECT * FROM inbox_items WHERE item_id = ? AND revision = ?",
                                  [item_id, revision]))
        return rows[0] if rows else None

    def listing(self, *, sender_id: str | None = None, period: str | None = None,
                item_type: str | None = None) -> list[Row]:
        """Rows without their data, by sending unit, newest period first, newest arrival first."""
        clauses, params = [], []
        for column, value in (("sender_id", sender_id), ("period", period), ("item_type", item_type)):
            if value is not None:
                clauses.append(f"{column} = ?")
                params.append(value)
        where = f" WHERE {' AND '.join(clauses)}" if clauses else ""
        return list(self.db.query(f"{_LIST}{where} ORDER BY sender_name, period DESC, received_at DESC, title",
                                  params))

    def data_of(self, item_id: str, revision: int) -> str:
        row = self.db.execute("SELECT data FROM inbox_items WHERE item_id = ? AND revision = ?",
                              [item_id, revision]).fetchone()
        return str(row[0]) if row else "{}"

    def put(self, values: Mapping[str, Any]) -> None:
        """Insert the item, or replace what arrived earlier for it (its decision is cleared: it is new)."""
        assignments = ", ".join(f"{c} = excluded.{c}" for c in _COLUMNS[2:])
        with transaction(self.db):
            self.db.execute(
                f"INSERT INTO inbox_items ({', '.join(_COLUMNS)}) VALUES ({', '.join('?' for _ in _COLUMNS)}) "
                f"ON CONFLICT (item_id, revision) DO UPDATE SET {assignments}, decision = NULL, "
                "decision_comment = '', decided_at = NULL, decided_by = '', receipt_id = NULL",
                [values[c] for c in _COLUMNS])

    def decide(self, item_id: str, revision: int, *, decision: str, comment: str, decided_at: str,
               decided_by: str) -> None:
        """Record the decision as pending: the next receipt carries it."""
        with transaction(self.db):
            self.db.execute(
                "UPDATE inbox_items SET decision = ?, decision_comment = ?, decided_at = ?, decided_by = ?, "
                "receipt_id = NULL WHERE item_id = ? AND revision = ?",
                [decision, comment, decided_at, decided_by, item_id, revision])

    def pending(self, sender_id: str) -> list[Row]:
        """Decided items of `sender_id` that no receipt has carried yet, oldest decision first."""
        return list(self.db.query(
            "SELECT item_id, revision, decision, decision_comment, decided_at, decided_by FROM inbox_items "
            "WHERE sender_id = ? AND decision IS NOT NULL AND receipt_id IS NULL ORDER BY decided_at, item_id",
            [sender_id]))

    def mark_in_receipt(self, decided: list[tuple[str, int, str]], receipt_id: str) -> None:
        """(item id, revision, decided_at) left in `receipt_id`; a decision changed meanwhile stays pending."""
        with transaction(self.db):
            for item_id, revision, decided_at in decided:
                self.db.execute(
                    "UPDATE inbox_items SET receipt_id = ? WHERE item_id = ? AND revision = ? AND decided_at = ?",
                    [receipt_id, item_id, revision, decided_at])

    def senders(self) -> list[Row]:
        """Pinned lower units with how many items came, are undecided, and are decided but not yet answered."""
        return list(self.db.query(_SENDERS))

    def period_reports(self, period: str) -> list[Row]:
        """Issued reports (BC) that arrived for `period`, with their data, oldest first."""
        return list(self.db.query(
            "SELECT item_id, revision, sender_id, sender_name, issued_on, number_text, received_at, data "
            "FROM inbox_items WHERE item_type = 'document' AND kind = 'BC' AND period = ? "
            "ORDER BY issued_on, revision, received_at", [period]))
