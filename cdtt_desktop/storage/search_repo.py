"""Accent-insensitive search over every kind of record, and the index's self-check.

Each searchable table keeps a folded `search_text` column (computed by its
repository with `domain.text.fold`) and an FTS5 index over it, kept current by
triggers. Later record kinds register themselves in SEARCHABLE.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from cdtt_desktop.domain.text import fold, fts_query
from cdtt_desktop.storage.database import Database


@dataclass(frozen=True)
class Searchable:
    kind: str
    table: str
    date_column: str
    title_column: str
    fold_row: Callable[[dict[str, Any]], str]


def fold_activity(row: dict[str, Any]) -> str:
    return fold(" ".join(row.get(k) or "" for k in ("title", "outlet", "url", "notes")))


def fold_unit(row: dict[str, Any]) -> str:
    return fold(" ".join(row.get(k) or "" for k in ("name", "abbreviation", "address")))


# The parts of a story's content that are searched: names and the written text, not ids or dates.
STORY_TEXT_FIELDS = ("person_name", "position", "workplace", "collective_name", "practice_name",
                     "implementing_unit", "context", "actions", "resources", "results", "novelty",
                     "replication")


def fold_story(row: dict[str, Any]) -> str:
    try:
        content = json.loads(row.get("content") or "{}")
    except ValueError:  # a damaged document still has a searchable title
        content = {}
    parts = [row.get("title") or "", row.get("return_comment") or ""]
    parts += [str(content.get(k) or "") for k in STORY_TEXT_FIELDS]
    return fold(" ".join(parts))


# A housing case is found by the beneficiary's name and address; never by the CCCD, phone or illness.
CASE_TEXT_FIELDS = ("province", "commune", "street", "old_province", "old_district", "old_commune")


def fold_case(row: dict[str, Any]) -> str:
    try:
        content = json.loads(row.get("content") or "{}")
    except ValueError:
        content = {}
    parts = [row.get("beneficiary_name") or ""] + [str(content.get(k) or "") for k in CASE_TEXT_FIELDS]
    return fold(" ".join(parts))


SEARCHABLE: list[Searchable] = [
    Searchable("activity", "activities", "occurred_on", "title", fold_activity),
    Searchable("unit", "units", "valid_from", "name", fold_unit),
    Searchable("story", "stories", "updated_at", "title", fold_story),
    Searchable("case", "housing_cases", "updated_at", "beneficiary_name", fold_case),
]


def search_all(db: Database, text: str, *, limit: int = 200) -> list[dict[str, Any]]:
    """Live records of every kind matching `text`, newest first within each kind."""
    match = fts_query(text)
    if not match:
        return []
    results: list[dict[str, Any]] = []
    for s in SEARCHABLE:
        sql = (
            f"SELECT '{s.kind}' AS kind, t.id, t.[{s.date_column}] AS date, t.[{s.title_column}] AS title "
            f"FROM [{s.table}] t WHERE t.deleted_at IS NULL AND t.rowid IN "
            f"(SELECT rowid FROM [{s.table}_fts] WHERE [{s.table}_fts] MATCH ?) "
            f"ORDER BY t.[{s.date_column}] DESC LIMIT ?"
        )
        results.extend(db.query(sql, [match, limit]))
    return results[:limit]


def index_problems(db: Database) -> list[str]:
    """What is wrong with the search index: FTS integrity, or shadow text out of step with a record."""
    problems: list[str] = []
    for s in SEARCHABLE:
        try:  # rank 1 also compares the index with the rows it was built from
            db.execute(f"INSERT INTO [{s.table}_fts]([{s.table}_fts], rank) VALUES('integrity-check', 1)")
        except sqlite3.DatabaseError as exc:
            problems.append(f"{s.table}_fts: {exc}")
        rows = db.query(f"SELECT * FROM [{s.table}]")
        stale = sum(1 for row in rows if row["search_text"] != s.fold_row(row))
        if stale:
            problems.append(f"{s.table}: {stale} search_text out of date")
    return problems


def rebuild_index(db: Database) -> None:
    """Recompute every shadow text and rebuild the FTS indexes."""
    with db.atomic():
        for s in SEARCHABLE:
            for row in list(db.query(f"SELECT * FROM [{s.table}]")):
                folded = s.fold_row(row)
                if folded != row["search_text"]:
                    db.execute(f"UPDATE [{s.table}] SET search_text = ? WHERE id = ?", [folded, row["id"]])
            db.execute(f"INSERT INTO [{s.table}_fts]([{s.table}_fts]) VALUES('rebuild')")
