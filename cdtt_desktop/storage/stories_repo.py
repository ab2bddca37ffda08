"""Stories: the record rows (through RecordWriter, so audited), their frozen revisions and status history.

The content is stored as one JSON document; the columns beside it (kind, status,
title, unit, campaign, year) are what the list filters and sorts by.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from cdtt_desktop.domain.text import fts_query, sort_key
from cdtt_desktop.storage.database import Database, transaction
from cdtt_desktop.storage.records import RecordNotFoundError, RecordWriter, Row, utc_now
from cdtt_desktop.storage.search_repo import fold_story

TABLE = "stories"

_SELECT = """
SELECT s.id, s.kind, s.status, s.title, s.grassroots_unit_id, s.campaign_id, s.year, s.story_revision,
       s.content, s.return_comment, s.revision, s.created_at, s.updated_at, s.updated_by, s.deleted_at,
       coalesce(u.name, '') AS unit_name, coalesce(cp.name, '') AS campaign_name,
       (SELECT count(*) FROM record_attachments ra
         WHERE ra.record_table = 'stories' AND ra.record_id = s.id AND ra.role = 'photo'
           AND ra.deleted_at IS NULL) AS photo_count
FROM stories s
LEFT JOIN units u ON u.id = s.grassroots_unit_id
LEFT JOIN campaigns cp ON cp.id = s.campaign_id
"""


class StoryRepo:
    TABLE = TABLE

    def __init__(self, db: Database, writer: RecordWriter):
        self.db = db
        self.writer = writer

    @staticmethod
    def _prepare(values: Mapping[str, Any]) -> dict[str, Any]:
        """Add the derived columns: the sort key and the folded search text."""
        row = dict(values)
        if "content" in row and not isinstance(row["content"], str):
            row["content"] = json.dumps(row["content"], ensure_ascii=False, sort_keys=True)
        if "title" in row:
            row["title_sort"] = sort_key(row["title"])
        return row

    def add(self, values: Mapping[str, Any]) -> str:
        row = self._prepare(values)
        row["search_text"] = fold_story(row)
        return self.writer.insert(TABLE, row)

    def update(self, story_id: str, values: Mapping[str, Any]) -> dict[str, tuple[Any, Any]]:
        """Apply `values` (audited); the search text follows the stored title, comment and content."""
        with transaction(self.db):
            current = self.writer.get(TABLE, story_id, include_deleted=True)
            row = self._prepare(values)
            row["search_text"] = fold_story({**current, **row})
            return self.writer.update(TABLE, story_id, row)

    def trash(self, story_id: str) -> None:
        self.writer.tombstone(TABLE, story_id)

    def restore(self, story_id: str) -> None:
        self.writer.restore(TABLE, story_id)

    def get(self, story_id: str, *, include_deleted: bool = True) -> Row:
        rows = list(self.db.query(_SELECT + " WHERE s.id = ?", [story_id]))
        if not rows or (rows[0]["deleted_at"] and not include_deleted):
            raise RecordNotFoundError(f"{TABLE}/{story_id}")
        return rows[0]

    def find(self, *, kind: str | None = None, status: str | None = None, unit_id: str | None = None,
             year: int | None = None, campaign_id: str | None = None, text: str = "",
             in_trash: bool = False) -> list[Row]:
        """The stories matching every given condition, most recently changed first."""
        clauses = ["s.deleted_at IS NOT NULL" if in_trash else "s.deleted_at IS NULL"]
        params: list[Any] = []
        for column, value in (("s.kind", kind), ("s.status", status), ("s.grassroots_unit_id", unit_id),
                              ("s.year", year), ("s.campaign_id", campaign_id)):
            if value is not None and value != "":
                clauses.append(f"{column} = ?")
                params.append(value)
        match = fts_query(text)
        if match:
            clauses.append("s.rowid IN (SELECT rowid FROM stories_fts WHERE stories_fts MATCH ?)")
            params.append(match)
        sql = f"{_SELECT} WHERE {' AND '.join(clauses)} ORDER BY s.updated_at DESC, s.rowid DESC"
        return list(self.db.query(sql, params))

    def add_event(self, story_id: str, *, actor: str, from_status: str | None, to_status: str,
                  comment: str, revision: int) -> None:
        """One move of the lifecycle (the story's own update carries the audit row)."""
        self.db.execute(
            "INSERT INTO story_events (story_id, at, actor, from_status, to_status, comment, revision) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)", [story_id, utc_now(), actor, from_status, to_status, comment, revision])

    def events(self, story_id: str) -> list[Row]:
        return list(self.db.query(
            "SELECT at, actor, from_status, to_status, comment, revision FROM story_events "
            "WHERE story_id = ? ORDER BY id", [story_id]))

    def freeze(self, story_id: str, revision: int, content: Mapping[str, Any], files: list[dict[str, Any]],
               *, actor: str) -> None:
        """Keep the finalised revision as it is now.

        A revision reopened before it was sent (ready → draft) is finalised again under the same number:
        that copy replaces the unsent one. A revision once sent is never reopened, only followed.
        """
        self.db.execute(
            "INSERT INTO story_revisions (story_id, revision, content, files, finalised_at, finalised_by) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (story_id, revision) DO UPDATE SET content = excluded.content, "
            "files = excluded.files, finalised_at = excluded.finalised_at, finalised_by = excluded.finalised_by",
            [story_id, revision, json.dumps(dict(content), ensure_ascii=False, sort_keys=True),
             json.dumps(files, ensure_ascii=False), utc_now(), actor])

    def revisions(self, story_id: str) -> list[Row]:
        rows = list(self.db.query(
            "SELECT revision, content, files, finalised_at, finalised_by FROM story_revisions "
            "WHERE story_id = ? ORDER BY revision", [story_id]))
        for row in rows:
            row["content"] = json.loads(row["content"])
            row["files"] = json.loads(row["files"])
        return rows

    def drafts(self) -> list[Row]:
        return self.find(status="draft")
