"""Writing records the one way: UUID, timestamps, revision, tombstone and audit trail.

Every repository writes through `RecordWriter`, inside a transaction, so that each
change leaves an audit row naming who made it (the officer's name from the
settings) and what changed.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from cdtt_desktop.storage.database import Database, transaction

Row = dict[str, Any]
_SYSTEM_COLUMNS = {"id", "created_at", "updated_at", "created_by", "updated_by", "revision", "deleted_at"}
_NOT_AUDITED = {"search_text", "title_sort", "name_sort"}


class RecordNotFoundError(LookupError):
    """No record with that id (or it is in the trash when a live one was asked for)."""


class StaleRecordError(RuntimeError):
    """The record changed since it was read: someone else saved it first."""


def utc_now() -> str:
    """The current time as stored: ISO 8601 in UTC with a Z."""
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def new_id() -> str:
    return str(uuid.uuid4())


class RecordWriter:
    """Inserts, updates, tombstones and restores rows of record tables, with audit."""

    def __init__(self, db: Database, actor: Callable[[], str]):
        self.db = db
        self._actor = actor

    def get(self, table: str, record_id: str, *, include_deleted: bool = False) -> Row:
        rows = list(self.db.query(f"SELECT * FROM [{table}] WHERE id = ?", [record_id]))
        if not rows or (rows[0]["deleted_at"] and not include_deleted):
            raise RecordNotFoundError(f"{table}/{record_id}")
        return rows[0]

    def insert(self, table: str, values: Mapping[str, Any], *, record_id: str | None = None) -> str:
        now, actor = utc_now(), self._actor()
        row = dict(values)
        row.update(
            id=record_id or new_id(),
            created_at=now,
            updated_at=now,
            created_by=actor,
            updated_by=actor,
            revision=1,
            deleted_at=None,
        )
        with transaction(self.db):
            self.db.table(table).insert(row)
            self._audit(table, row["id"], "create", _audited(row))
        return str(row["id"])

    def insert_many(self, table: str, rows: Iterable[Mapping[str, Any]]) -> list[str]:
        """Insert many new records with one statement batch and one summary audit row.

        For bulk loads (demo data, large imports): the audit row says how many
        records were created ({"bulk": n}) instead of repeating every field.
        All rows must have the same columns.
        """
        now, actor = utc_now(), self._actor()
        prepared = [
            {**values, "id": new_id(), "created_at": now, "updated_at": now, "created_by": actor,
             "updated_by": actor, "revision": 1, "deleted_at": None}
            for values in rows
        ]
        if not prepared:
            return []
        columns = list(prepared[0])
        sql = (f"INSERT INTO [{table}] ({', '.join(f'[{c}]' for c in columns)}) "
               f"VALUES ({', '.join('?' for _ in columns)})")
        with transaction(self.db):
            self.db.conn.executemany(sql, ([row[c] for c in columns] for row in prepared))
            self._audit(table, "*", "create", {"bulk": len(prepared)})
        return [str(row["id"]) for row in prepared]

    def update(
        self,
        table: str,
        record_id: str,
        values: Mapping[str, Any],
        *,
        expected_revision: int | None = None,
    ) -> dict[str, tuple[Any, Any]]:
        """Apply `values`; returns {column: (old, new)} of what really changed."""
        with transaction(self.db):
            current = self.get(table, record_id)
            if expected_revision is not None and current["revision"] != expected_revision:
                raise StaleRecordError(f"{table}/{record_id}")
            changes = {k: (current.get(k), v) for k, v in values.items() if current.get(k) != v}
            if not changes:
                return {}
            row = dict(values)
            row.update(
                updated_at=utc_now(),
                updated_by=self._actor(),
                revision=current["revision"] + 1,
            )
            self.db.table(table).update(record_id, row)
            self._audit(table, record_id, "update", {k: list(v) for k, v in _audited(changes).items()})
        return changes

    def tombstone(self, table: str, record_id: str) -> None:
        """Move a record to the trash: it stays in the file and can be restored."""
        with transaction(self.db):
            current = self.get(table, record_id)
            now = utc_now()
            self.db.table(table).update(
                record_id,
                {"deleted_at": now, "updated_at": now, "updated_by": self._actor(),
                 "revision": current["revision"] + 1},
            )
            self._audit(table, record_id, "delete", {})

    def restore(self, table: str, record_id: str) -> None:
        with transaction(self.db):
            current = self.get(table, record_id, include_deleted=True)
            if not current["deleted_at"]:
                return
            self.db.table(table).update(
                record_id,
                {"deleted_at": None, "updated_at": utc_now(), "updated_by": self._actor(),
                 "revision": current["revision"] + 1},
            )
            self._audit(table, record_id, "restore", {})

    def purge(self, table: str, record_id: str) -> None:
        """Destroy a record for good: only after the person has confirmed it."""
        with transaction(self.db):
            current = self.get(table, record_id, include_deleted=True)
            self.db.execute(f"DELETE FROM [{table}] WHERE id = ?", [record_id])
            self._audit(table, record_id, "purge", {"title": current.get("title") or current.get("name")})

    def _audit(self, table: str, record_id: str, action: str, changes: Mapping[str, Any]) -> None:
        self.db.table("audit_log").insert(
            {
                "at": utc_now(),
                "actor": self._actor(),
                "table_name": table,
                "record_id": record_id,
                "action": action,
                "changes": json.dumps(changes, ensure_ascii=False, default=str),
            }
        )


def _audited(values: Mapping[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in values.items() if k not in _SYSTEM_COLUMNS | _NOT_AUDITED}


def history(db: Database, table: str, record_id: str) -> list[Row]:
    """The audit trail of one record, oldest first."""
    return list(
        db.query(
            "SELECT at, actor, action, changes FROM audit_log WHERE table_name = ? AND record_id = ? "
            "ORDER BY id",
            [table, record_id],
        )
    )
