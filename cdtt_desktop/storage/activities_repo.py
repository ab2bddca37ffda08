"""The activity log: writes, and the paged, filtered, sorted reads the list view needs."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from cdtt_desktop.domain.activities import ActivityValues
from cdtt_desktop.domain.queries import ActivityFilter, ActivitySort, Ordering
from cdtt_desktop.domain.text import fts_query, sort_key
from cdtt_desktop.storage.database import Database
from cdtt_desktop.storage.records import RecordNotFoundError, RecordWriter, Row
from cdtt_desktop.storage.search_repo import fold_activity

_SELECT = """
SELECT a.id, a.occurred_on, a.title, a.outlet, a.url, a.participants, a.reach, a.interactions,
       a.notes, a.revision, a.updated_at, a.deleted_at, a.channel_id, a.content_group_id,
       a.campaign_id, a.grassroots_unit_id,
       ch.name AS channel_name, ch.code AS channel_code,
       cg.code AS content_group_code, cg.name AS content_group_name,
       cp.name AS campaign_name, u.name AS unit_name,
       (SELECT count(*) FROM record_attachments ra
         WHERE ra.record_table = 'activities' AND ra.record_id = a.id AND ra.deleted_at IS NULL)
         AS attachment_count
FROM activities a
JOIN channels ch ON ch.id = a.channel_id
LEFT JOIN content_groups cg ON cg.id = a.content_group_id
LEFT JOIN campaigns cp ON cp.id = a.campaign_id
LEFT JOIN units u ON u.id = a.grassroots_unit_id
"""

_SELECT_WITH_ROWID = _SELECT.replace("SELECT a.id,", "SELECT a.rowid AS rowid, a.id,", 1)
# The joins an ordering needs before the page is cut (names are joined for the page's rows only).
_ORDER_JOINS: dict[ActivitySort, str] = {
    ActivitySort.CHANNEL: "JOIN channels ch ON ch.id = a.channel_id ",
    ActivitySort.CONTENT_GROUP: "LEFT JOIN content_groups cg ON cg.id = a.content_group_id ",
    ActivitySort.CAMPAIGN: "LEFT JOIN campaigns cp ON cp.id = a.campaign_id ",
    ActivitySort.UNIT: "LEFT JOIN units u ON u.id = a.grassroots_unit_id ",
}

_ORDER = {
    ActivitySort.DATE: "a.occurred_on {d}, a.rowid {d}",
    ActivitySort.TITLE: "a.title_sort {d}",
    ActivitySort.CHANNEL: "ch.position {d}, a.occurred_on DESC",
    ActivitySort.CONTENT_GROUP: "cg.code {d}, a.occurred_on DESC",
    ActivitySort.CAMPAIGN: "cp.starts_on {d}, a.occurred_on DESC",
    ActivitySort.UNIT: "u.name_sort {d}, a.occurred_on DESC",
    ActivitySort.PARTICIPANTS: "coalesce(a.participants, -1) {d}, a.occurred_on DESC",
    ActivitySort.REACH: "coalesce(a.reach, -1) {d}, a.occurred_on DESC",
}


class ActivityRepo:
    TABLE = "activities"

    def __init__(self, db: Database, writer: RecordWriter):
        self.db = db
        self.writer = writer

    def _row(self, values: ActivityValues) -> dict[str, Any]:
        row = values.as_row()
        row["title_sort"] = sort_key(values.title)
        row["search_text"] = fold_activity(row)
        return row

    def add(self, values: ActivityValues, *, record_id: str | None = None) -> str:
        return self.writer.insert(self.TABLE, self._row(values), record_id=record_id)

    def add_many(self, values_list: Iterable[ActivityValues]) -> list[str]:
        """Insert many activities in one batch (one summary audit row); ids in the given order."""
        return self.writer.insert_many(self.TABLE, [self._row(values) for values in values_list])

    def update(self, activity_id: str, values: ActivityValues, *, expected_revision: int | None = None) -> None:
        self.writer.update(self.TABLE, activity_id, self._row(values), expected_revision=expected_revision)

    def delete(self, activity_id: str) -> None:
        self.writer.tombstone(self.TABLE, activity_id)

    def restore(self, activity_id: str) -> None:
        self.writer.restore(self.TABLE, activity_id)

    def purge(self, activity_id: str) -> None:
        self.db.execute(
            "DELETE FROM record_attachments WHERE record_table = 'activities' AND record_id = ?", [activity_id]
        )
        self.writer.purge(self.TABLE, activity_id)

    def get(self, activity_id: str, *, include_deleted: bool = False) -> Row:
        rows = list(self.db.query(_SELECT + " WHERE a.id = ?", [activity_id]))
        if not rows or (rows[0]["deleted_at"] and not include_deleted):
            raise RecordNotFoundError(activity_id)
        return rows[0]

    @staticmethod
    def _where(flt: ActivityFilter) -> tuple[str, list[Any]]:
        clauses = ["a.deleted_at IS NOT NULL" if flt.in_trash else "a.deleted_at IS NULL"]
        params: list[Any] = []
        if flt.date_from:
            clauses.append("a.occurred_on >= ?")
            params.append(flt.date_from.isoformat())
        if flt.date_to:
            clauses.append("a.occurred_on <= ?")
            params.append(flt.date_to.isoformat())
        for column, value in (
            ("a.channel_id IN (SELECT id FROM channels WHERE code = ?)", flt.channel_code),
            ("a.content_group_id IN (SELECT id FROM content_groups WHERE code = ?)", flt.content_group_code),
            ("a.campaign_id = ?", flt.campaign_id),
            ("a.grassroots_unit_id = ?", flt.grassroots_unit_id),
        ):
            if value:
                clauses.append(column)
                params.append(value)
        match = fts_query(flt.text)
        if match:
            # The unary + keeps SQLite from driving the query by the FTS matches: a one-letter prefix
            # matches nearly every row, and walking an index in list order while checking membership
            # stays fast (≤ 50 ms at 100,000 activities) for common and rare words alike.
            clauses.append("+a.rowid IN (SELECT rowid FROM activities_fts WHERE activities_fts MATCH ?)")
            params.append(match)
        return " WHERE " + " AND ".join(clauses), params

    def count(self, flt: ActivityFilter) -> int:
        where, params = self._where(flt)
        return int(self.db.execute("SELECT count(*) FROM activities a" + where, params).fetchone()[0])

    def page(self, flt: ActivityFilter, ordering: Ordering, *, offset: int, limit: int) -> list[Row]:
        """One page of the list: first the rowids in order, then the display columns for those alone.

        Joining names and counting attachments only for the rows shown keeps a page cheap even when
        the filter matches most of the log.
        """
        where, params = self._where(flt)
        order = _ORDER[ordering.key].format(d="DESC" if ordering.descending else "ASC")
        joins = _ORDER_JOINS.get(ordering.key, "")
        ids_sql = f"SELECT a.rowid FROM activities a {joins}{where} ORDER BY {order} LIMIT ? OFFSET ?"
        rowids = [r[0] for r in self.db.execute(ids_sql, [*params, limit, offset])]
        if not rowids:
            return []
        marks = ",".join("?" * len(rowids))
        rows = {r["rowid"]: r for r in self.db.query(f"{_SELECT_WITH_ROWID} WHERE a.rowid IN ({marks})", rowids)}
        return [rows[rowid] for rowid in rowids]

    def totals(self, flt: ActivityFilter) -> dict[str, int]:
        where, params = self._where(flt)
        row = self.db.execute(
            "SELECT count(*), coalesce(sum(participants), 0), coalesce(sum(reach), 0) FROM activities a"
            + where,
            params,
        ).fetchone()
        return {"count": row[0], "participants": row[1], "reach": row[2]}

    def live_count(self) -> int:
        return int(self.db.execute("SELECT count(*) FROM activities WHERE deleted_at IS NULL").fetchone()[0])
