"""Mái ấm Công đoàn cases: the record rows, their timeline, their documents and the rules of each year.

Cases are written through a RecordWriter that keeps personal data out of the audit
trail: a change of the beneficiary's name, CCCD, health or family is recorded as
"changed" without its values, so the trail never holds what anonymisation removes.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Mapping
from typing import Any

from cdtt_desktop.domain.housing_checks import PERSONAL_FIELDS
from cdtt_desktop.domain.text import fts_query, person_sort_key
from cdtt_desktop.storage.attachments import StoredFile
from cdtt_desktop.storage.database import Database, transaction
from cdtt_desktop.storage.records import RecordNotFoundError, RecordWriter, Row, utc_now
from cdtt_desktop.storage.search_repo import fold_case

TABLE = "housing_cases"
RULES_TABLE = "housing_rules"
LINKS = "record_attachments"
REDACTED = "***"
_PERSONAL_COLUMNS = {"beneficiary_name", "beneficiary_sort"}

_SELECT = """
SELECT c.id, c.number, c.step, c.year, c.grassroots_unit_id, c.beneficiary_name, c.build_kind, c.content,
       c.requested, c.approved, c.due_on, c.returned_from, c.anonymised, c.revision, c.created_at,
       c.updated_at, c.updated_by, c.deleted_at, coalesce(u.name, '') AS unit_name
FROM housing_cases c
LEFT JOIN units u ON u.id = c.grassroots_unit_id
"""


def _content_diff(old: Any, new: Any) -> dict[str, Any]:
    """Which content fields changed: values for the others, only a mark for personal ones."""
    def load(value: Any) -> dict[str, Any]:
        try:
            return dict(json.loads(value)) if isinstance(value, str) and value else {}
        except ValueError:
            return {}

    before, after = load(old), load(new)
    diff: dict[str, Any] = {}
    for key in sorted(set(before) | set(after)):
        if before.get(key) != after.get(key):
            diff[key] = REDACTED if key in PERSONAL_FIELDS else [before.get(key), after.get(key)]
    return diff


class CaseWriter(RecordWriter):
    """A RecordWriter whose audit rows of cases name personal fields that changed but not their values."""

    def _audit(self, table: str, record_id: str, action: str, changes: Mapping[str, Any]) -> None:
        if table == TABLE:
            redacted: dict[str, Any] = {}
            for key, value in changes.items():
                if key in _PERSONAL_COLUMNS:
                    redacted[key] = REDACTED
                elif key == "content" and action == "update":
                    redacted[key] = _content_diff(*value)
                elif key == "content":
                    redacted[key] = {k: REDACTED if k in PERSONAL_FIELDS and x else x
                                     for k, x in json.loads(value).items()}
                else:
                    redacted[key] = value
            changes = redacted
        super()._audit(table, record_id, action, changes)


class HousingRepo:
    TABLE = TABLE

    def __init__(self, db: Database, writer: RecordWriter):
        self.db = db
        self.writer = writer
        self.cases = CaseWriter(db, writer._actor)  # same officer's name as every other record

    # --- cases ------------------------------------------------------------------------------------------

    @staticmethod
    def _prepare(values: Mapping[str, Any]) -> dict[str, Any]:
        row = dict(values)
        if "content" in row and not isinstance(row["content"], str):
            row["content"] = json.dumps(row["content"], ensure_ascii=False, sort_keys=True)
        if "beneficiary_name" in row:
            row["beneficiary_sort"] = person_sort_key(row["beneficiary_name"])
        return row

    def add(self, values: Mapping[str, Any]) -> str:
        """A new case with the next running number."""
        with transaction(self.db):
            number = self.db.execute("SELECT coalesce(max(number), 0) + 1 FROM housing_cases").fetchone()[0]
            row = self._prepare({**values, "number": number})
            row["search_text"] = fold_case(row)
            return self.cases.insert(TABLE, row)

    def update(self, case_id: str, values: Mapping[str, Any]) -> dict[str, tuple[Any, Any]]:
        """Apply `values` (audited, personal data redacted); the search text follows name and address."""
        with transaction(self.db):
            current = self.cases.get(TABLE, case_id, include_deleted=True)
            row = self._prepare(values)
            row["search_text"] = fold_case({**current, **row})
            return self.cases.update(TABLE, case_id, row)

    def trash(self, case_id: str) -> None:
        self.cases.tombstone(TABLE, case_id)

    def restore(self, case_id: str) -> None:
        self.cases.restore(TABLE, case_id)

    def get(self, case_id: str, *, include_deleted: bool = True) -> Row:
        rows = list(self.db.query(_SELECT + " WHERE c.id = ?", [case_id]))
        if not rows or (rows[0]["deleted_at"] and not include_deleted):
            raise RecordNotFoundError(f"{TABLE}/{case_id}")
        return rows[0]

    @staticmethod
    def _where(*, step: str | None, unit_id: str | None, year: int | None, text: str,
               in_trash: bool) -> tuple[str, list[Any]]:
        clauses = ["c.deleted_at IS NOT NULL" if in_trash else "c.deleted_at IS NULL"]
        params: list[Any] = []
        for column, value in (("c.step", step), ("c.grassroots_unit_id", unit_id), ("c.year", year)):
            if value is not None and value != "":
                clauses.append(f"{column} = ?")
                params.append(value)
        match = fts_query(text)
        if match:  # the beneficiary's name and address, or the grassroots union's name
            clauses.append("(c.rowid IN (SELECT rowid FROM housing_cases_fts WHERE housing_cases_fts MATCH ?) "
                           "OR c.grassroots_unit_id IN (SELECT id FROM units WHERE rowid IN "
                           "(SELECT rowid FROM units_fts WHERE units_fts MATCH ?)))")
            params += [match, match]
        return " AND ".join(clauses), params

    def find(self, *, step: str | None = None, unit_id: str | None = None, year: int | None = None,
             text: str = "", in_trash: bool = False) -> list[Row]:
        """The cases matching every given condition, most recently changed first."""
        where, params = self._where(step=step, unit_id=unit_id, year=year, text=text, in_trash=in_trash)
        return list(self.db.query(f"{_SELECT} WHERE {where} ORDER BY c.updated_at DESC, c.rowid DESC", params))

    def totals(self, *, step: str | None = None, unit_id: str | None = None, year: int | None = None,
               text: str = "", in_trash: bool = False) -> tuple[int, int, int]:
        """(cases, đồng requested, đồng approved) of the matching cases."""
        where, params = self._where(step=step, unit_id=unit_id, year=year, text=text, in_trash=in_trash)
        row = self.db.execute("SELECT count(*), coalesce(sum(c.requested), 0), coalesce(sum(c.approved), 0) "
                              f"FROM housing_cases c WHERE {where}", params).fetchone()
        return int(row[0]), int(row[1]), int(row[2])

    # --- the timeline -----------------------------------------------------------------------------------

    def add_step(self, case_id: str, *, step: str, done_on: str, responsible: str, notes: str,
                 data: Mapping[str, str], actor: str, justification: str = "") -> None:
        """One move of the timeline (the case's own update carries the audit row)."""
        self.db.execute(
            "INSERT INTO housing_steps (case_id, step, done_on, responsible, notes, data, at, actor, justification) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [case_id, step, done_on, responsible, notes, json.dumps(dict(data), ensure_ascii=False, sort_keys=True),
             utc_now(), actor, justification])

    def steps(self, case_id: str) -> list[Row]:
        rows = list(self.db.query(
            "SELECT step, done_on, responsible, notes, data, at, actor, justification FROM housing_steps "
            "WHERE case_id = ? ORDER BY id", [case_id]))
        for row in rows:
            row["data"] = json.loads(row["data"] or "{}")
        return rows

    def clear_step_texts(self, case_id: str) -> None:
        """Anonymisation: notes and justifications may name the person or the illness."""
        self.db.execute("UPDATE housing_steps SET notes = '', justification = '' WHERE case_id = ?", [case_id])

    # --- documents --------------------------------------------------------------------------------------

    def documents(self, case_id: str) -> list[Row]:
        return list(self.db.query(
            "SELECT ra.id, ra.file_name, ra.sha256, ra.role, ra.step, ra.sensitive, ra.publicity, a.size, "
            "a.media_type, a.has_thumbnail FROM record_attachments ra JOIN attachments a ON a.sha256 = ra.sha256 "
            "WHERE ra.record_table = ? AND ra.record_id = ? AND ra.deleted_at IS NULL ORDER BY ra.position",
            [TABLE, case_id]))

    def link_document(self, case_id: str, stored: StoredFile, file_name: str, *, kind: str, step: str,
                      sensitive: bool, publicity: bool) -> str:
        with transaction(self.db):
            position = self.db.execute(
                "SELECT coalesce(max(position), -1) + 1 FROM record_attachments "
                "WHERE record_table = ? AND record_id = ?", [TABLE, case_id]).fetchone()[0]
            return self.writer.insert(LINKS, {
                "record_table": TABLE, "record_id": case_id, "sha256": stored.sha256, "file_name": file_name,
                "position": position, "role": kind, "caption": "", "step": step, "sensitive": int(sensitive),
                "publicity": int(publicity)})

    def set_publicity(self, link_id: str, publicity: bool) -> None:
        self.writer.update(LINKS, link_id, {"publicity": int(publicity)})

    def clear_publicity(self, case_id: str) -> int:
        """Take every document of the case out of publicity use (audited per file); how many were."""
        ids = [r["id"] for r in self.documents(case_id) if r["publicity"]]
        with transaction(self.db):
            for link_id in ids:
                self.set_publicity(link_id, False)
        return len(ids)

    def unlink(self, link_id: str) -> None:
        self.writer.tombstone(LINKS, link_id)

    def unlink_kinds(self, case_id: str, kinds: Collection[str]) -> int:
        ids = [r["id"] for r in self.documents(case_id) if r["role"] in kinds]
        with transaction(self.db):
            for link_id in ids:
                self.unlink(link_id)
        return len(ids)

    # --- rules of the year ------------------------------------------------------------------------------

    def rules(self, year: int, province: str) -> dict[str, Any] | None:
        """The stored rules of (year, province), or else of the nearest earlier year (None when there are none)."""
        for row in self.db.query(
                "SELECT year, province, [values] FROM housing_rules WHERE deleted_at IS NULL AND year <= ? "
                "AND province = ? ORDER BY year DESC LIMIT 1", [year, province]):
            return {"year": row["year"], "province": row["province"], **json.loads(row["values"] or "{}")}
        return None

    def save_rules(self, year: int, province: str, values: Mapping[str, Any]) -> str:
        """Store the rules of (year, province), replacing what was there (audited)."""
        text = json.dumps(dict(values), ensure_ascii=False, sort_keys=True)
        with transaction(self.db):
            found = self.db.execute("SELECT id FROM housing_rules WHERE year = ? AND province = ? "
                                    "AND deleted_at IS NULL", [year, province]).fetchone()
            if found:
                self.writer.update(RULES_TABLE, found[0], {"values": text})
                return str(found[0])
            return self.writer.insert(RULES_TABLE, {"year": year, "province": province, "values": text})

    def rule_years(self) -> list[tuple[int, str]]:
        return [(int(r[0]), str(r[1])) for r in self.db.execute(
            "SELECT year, province FROM housing_rules WHERE deleted_at IS NULL ORDER BY year, province")]
