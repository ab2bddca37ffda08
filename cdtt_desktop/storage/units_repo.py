"""The unit tree: parent body, own unit and grassroots unions."""

from __future__ import annotations

from cdtt_desktop.domain.text import fold, sort_key
from cdtt_desktop.domain.units import UnitDraft, UnitKind
from cdtt_desktop.storage.database import Database
from cdtt_desktop.storage.records import RecordWriter, Row
from cdtt_desktop.storage.search_repo import fold_unit


def _row(draft: UnitDraft) -> dict[str, object]:
    row: dict[str, object] = {
        "kind": draft.kind.value,
        "name": draft.name,
        "name_sort": sort_key(draft.name),
        "abbreviation": draft.abbreviation,
        "place_name": draft.place_name,
        "address": draft.address,
        "member_count": draft.member_count,
        "parent_id": draft.parent_id,
        "successor_id": draft.successor_id,
        "valid_from": draft.valid_from.isoformat() if draft.valid_from else None,
        "valid_to": draft.valid_to.isoformat() if draft.valid_to else None,
    }
    row["search_text"] = fold_unit(row)
    return row


class UnitRepo:
    TABLE = "units"

    def __init__(self, db: Database, writer: RecordWriter):
        self.db = db
        self.writer = writer

    def add(self, draft: UnitDraft) -> str:
        return self.writer.insert(self.TABLE, _row(draft), record_id=draft.id)

    def update(self, unit_id: str, draft: UnitDraft) -> None:
        self.writer.update(self.TABLE, unit_id, _row(draft))

    def delete(self, unit_id: str) -> None:
        self.writer.tombstone(self.TABLE, unit_id)

    def get(self, unit_id: str) -> Row:
        return self.writer.get(self.TABLE, unit_id)

    def own_unit(self) -> Row | None:
        rows = list(
            self.db.query(
                "SELECT * FROM units WHERE kind = 'own' AND deleted_at IS NULL ORDER BY created_at LIMIT 1"
            )
        )
        return rows[0] if rows else None

    def by_kind(self, kind: UnitKind, *, include_deleted: bool = False) -> list[Row]:
        sql = "SELECT * FROM units WHERE kind = ?"
        if not include_deleted:
            sql += " AND deleted_at IS NULL"
        return list(self.db.query(sql + " ORDER BY name_sort", [kind.value]))

    def find_by_name(self, name: str, kind: UnitKind) -> Row | None:
        """A live unit of `kind` whose name folds to the same text as `name`."""
        folded = fold(name)
        for row in self.by_kind(kind):
            if fold(row["name"]) == folded:
                return row
        return None

    def count(self, kind: UnitKind) -> int:
        return int(
            self.db.execute(
                "SELECT count(*) FROM units WHERE kind = ? AND deleted_at IS NULL", [kind.value]
            ).fetchone()[0]
        )
