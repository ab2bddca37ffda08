"""The register of issued documents: numbering per unit, year and kind, and lookups by content."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from cdtt_desktop.storage.database import Database, transaction
from cdtt_desktop.storage.records import RecordWriter, Row

TABLE = "documents"
_LIST = """
SELECT id, kind, number, year, issued_on, number_text, subject, signer, source, pdf_sha256, data_sha256,
       file_name, size, pages, created_at, created_by
FROM documents WHERE deleted_at IS NULL
"""


class DocumentRepo:
    TABLE = TABLE

    def __init__(self, db: Database, writer: RecordWriter):
        self.db = db
        self.writer = writer

    def next_number(self, unit_id: str, year: int, kind: str) -> int:
        row = self.db.execute(
            "SELECT coalesce(max(number), 0) FROM documents WHERE unit_id = ? AND year = ? AND kind = ? "
            "AND deleted_at IS NULL", [unit_id, year, kind]).fetchone()
        return int(row[0]) + 1

    def number_taken(self, unit_id: str, year: int, kind: str, number: int) -> bool:
        return self.db.execute(
            "SELECT 1 FROM documents WHERE unit_id = ? AND year = ? AND kind = ? AND number = ? "
            "AND deleted_at IS NULL", [unit_id, year, kind, number]).fetchone() is not None

    def same_content(self, source: str, content_sha256: str) -> Row | None:
        """The live document issued from `source` with exactly this content, if any."""
        rows = list(self.db.query(
            "SELECT * FROM documents WHERE source = ? AND content_sha256 = ? AND deleted_at IS NULL "
            "ORDER BY year DESC, number DESC LIMIT 1", [source, content_sha256]))
        return rows[0] if rows else None

    def add(self, values: Mapping[str, Any]) -> str:
        with transaction(self.db):
            return self.writer.insert(TABLE, values)

    def get(self, document_id: str) -> Row:
        return self.writer.get(TABLE, document_id)

    def listing(self, *, year: int | None = None, kind: str | None = None, source: str | None = None) -> list[Row]:
        sql, params = _LIST, []
        for column, value in (("year", year), ("kind", kind), ("source", source)):
            if value is not None:
                sql += f" AND {column} = ?"
                params.append(value)
        return list(self.db.query(sql + " ORDER BY issued_on DESC, kind, number DESC", params))
