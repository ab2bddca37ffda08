"""Checking and writing imported activity rows: the engine behind `activity_io.import_activities`.

Names in the file (channel, content group, campaign, grassroots union) are
matched without accents or case against the plan of the row's own year, by name
or by code. Everything, including a plan created for a year that had none,
happens in one transaction that is rolled back when any row has a problem.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from cdtt_desktop.domain import values as v
from cdtt_desktop.domain.activities import ActivityInput, ActivityValues, validate_activity
from cdtt_desktop.domain.messages import QT_TRANSLATE_NOOP, Problem
from cdtt_desktop.domain.text import clean, fold
from cdtt_desktop.services.import_rows import (
    MISSING_COLUMNS,
    NO_DATA_ROWS,
    ColumnReader,
    ImportFailedError,
    RowProblem,
)
from cdtt_desktop.services.plans import choices_for_year
from cdtt_desktop.services.tabular import Table
from cdtt_desktop.services.units import grassroots_units
from cdtt_desktop.services.workspace import Workspace
from cdtt_desktop.storage.database import transaction

UNKNOWN_CHANNEL = QT_TRANSLATE_NOOP("Rules", "“{value}” is not a channel of the {year} plan.")
UNKNOWN_GROUP = QT_TRANSLATE_NOOP("Rules", "“{value}” is not a content group of the {year} plan.")
UNKNOWN_CAMPAIGN = QT_TRANSLATE_NOOP("Rules", "“{value}” is not a campaign of the {year} plan.")
UNKNOWN_UNIT = QT_TRANSLATE_NOOP(
    "Rules", "“{value}” is not one of your grassroots unions; add it in Settings first.")

REQUIRED_FIELDS = ("occurred_on", "title", "channel")
_CHOICE_FIELDS = {"channel": UNKNOWN_CHANNEL, "content_group": UNKNOWN_GROUP, "campaign": UNKNOWN_CAMPAIGN}
_COMPARED = ("occurred_on", "title", "channel_id", "content_group_id", "campaign_id", "outlet", "url",
             "grassroots_unit_id", "participants", "reach", "interactions", "notes")
MAX_PROBLEMS = 5_000  # enough to correct a file; a wholly wrong file would otherwise flood the report
_PROGRESS_STEP = 200


@dataclass
class ImportCounts:
    inserted: int = 0
    updated: int = 0
    skipped: int = 0


@dataclass
class _Row:
    number: int
    values: ActivityValues
    record_id: str | None


class _YearChoices:
    """Folded names and codes → ids for one year's plan."""

    def __init__(self, ws: Workspace, year: int):
        choices = choices_for_year(ws, year)  # creates the year's plan on first need, like the form
        self.plan = choices
        self.index: dict[str, dict[str, str]] = {"channel": {}, "content_group": {}, "campaign": {}}
        for c in ws.plans.parts("channels", choices.plan_id):
            self._add("channel", c["id"], c["name"], c["code"])
        for g in ws.plans.parts("content_groups", choices.plan_id):
            self._add("content_group", g["id"], g["name"], g["code"], f'{g["code"]} {g["name"]}')
        for c in ws.plans.parts("campaigns", choices.plan_id):
            self._add("campaign", c["id"], c["name"])

    def _add(self, kind: str, record_id: str, *names: str) -> None:
        for name in names:
            if name:
                self.index[kind].setdefault(fold(name), record_id)


@dataclass
class _Lookup:
    ws: Workspace
    years: dict[int, _YearChoices] = field(default_factory=dict)
    units: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for unit in grassroots_units(self.ws):
            for name in (unit["name"], unit["abbreviation"]):
                if name:
                    self.units.setdefault(fold(name), unit["id"])

    def year(self, year: int) -> _YearChoices:
        if year not in self.years:
            self.years[year] = _YearChoices(self.ws, year)
        return self.years[year]


def _text(value: object) -> str:
    return clean(str(value)) if value is not None else ""


def _record_id(value: object) -> str | None:
    """The activity's id from the "Mã" column; anything not a UUID is someone's own numbering."""
    text = _text(value)
    try:
        return str(uuid.UUID(text)) if text else None
    except ValueError:
        return None


def _resolve_plan(raw: ActivityInput, plan: _YearChoices, texts: dict[str, str], year: int,
                  *, new: bool) -> list[Problem]:
    """Fill the channel, content group and campaign ids from their names in `year`'s plan."""
    found: list[Problem] = []
    ids: dict[str, str | None] = {}
    for name, message in _CHOICE_FIELDS.items():
        ids[name] = plan.index[name].get(fold(texts[name])) if texts[name] else None
        if texts[name] and ids[name] is None:
            found.append(Problem(name, message, {"value": texts[name], "year": year}))
    raw.channel_id, raw.content_group_id = ids["channel"], ids["content_group"]
    raw.campaign_id = ids["campaign"]
    if new and not texts["campaign"] and raw.occurred_on:
        assert isinstance(raw.occurred_on, dt.date)
        raw.campaign_id = plan.plan.suggest_campaign(raw.occurred_on)  # as the form does for a new one
    return found


def _check_row(lookup: _Lookup, cols: ColumnReader, row: list[Any], number: int,
               *, today: dt.date) -> tuple[_Row | None, list[RowProblem]]:
    raw = ActivityInput(
        occurred_on=cols.value(row, "occurred_on"), title=cols.value(row, "title"),
        outlet=cols.value(row, "outlet"), url=cols.value(row, "url"),
        participants=cols.value(row, "participants"), reach=cols.value(row, "reach"),
        interactions=cols.value(row, "interactions"), notes=cols.value(row, "notes"),
    )
    record_id = _record_id(cols.value(row, "id"))
    texts = {name: _text(cols.value(row, name)) for name in (*_CHOICE_FIELDS, "grassroots_unit")}
    found: list[Problem] = []
    unchecked: set[str] = set()
    day, problem = v.parse_date(raw.occurred_on, "occurred_on")
    if day and not problem and not v.check_date_range(day, "occurred_on", today=today):
        raw.occurred_on = day
        # A row with a "Mã" was written by an export, so an empty campaign there was meant.
        found += _resolve_plan(raw, lookup.year(day.year), texts, day.year, new=record_id is None)
    else:
        # Without a good date there is no plan to look names up in; only the date is reported.
        unchecked = {name for name in _CHOICE_FIELDS if texts[name]}
    unit = texts["grassroots_unit"]
    raw.grassroots_unit_id = lookup.units.get(fold(unit)) if unit else None
    if unit and raw.grassroots_unit_id is None:
        found.append(Problem("grassroots_unit", UNKNOWN_UNIT, {"value": unit}))
    values, problems = validate_activity(raw, today=today)
    reported = {p.field for p in found} | unchecked
    found += [p for p in problems if p.field not in reported]
    if found or values is None:
        return None, [RowProblem(number, cols.column(p.field), p) for p in found]
    return _Row(number, values, record_id), []


def _check_columns(table: Table, mapping: Mapping[str, int | None], labels: Mapping[str, str]) -> None:
    for name, index in mapping.items():
        if index is not None and not 0 <= index < len(table.headers):
            raise ValueError(f"column {index} for {name} is not in the file")
    missing = [labels.get(n, n) for n in REQUIRED_FIELDS if mapping.get(n) is None]
    if missing:
        raise ImportFailedError(problem=Problem("file", MISSING_COLUMNS, {"columns": ", ".join(missing)}))
    if not table.rows:
        raise ImportFailedError(problem=Problem("file", NO_DATA_ROWS))


def _existing_ids(ws: Workspace, ids: list[str]) -> set[str]:
    found: set[str] = set()
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        marks = ",".join("?" * len(chunk))
        found.update(r["id"] for r in ws.db.query(f"SELECT id FROM activities WHERE id IN ({marks})", chunk))
    return found


def _live_keys(ws: Workspace, first: dt.date, last: dt.date) -> set[tuple[str, str, str]]:
    rows = ws.db.query(
        "SELECT occurred_on, title, channel_id FROM activities "
        "WHERE deleted_at IS NULL AND occurred_on BETWEEN ? AND ?", [first.isoformat(), last.isoformat()])
    return {(r["occurred_on"], r["title"], r["channel_id"]) for r in rows}


def _key(values: ActivityValues) -> tuple[str, str, str]:
    return values.occurred_on.isoformat(), values.title, values.channel_id


def _write(ws: Workspace, rows: list[_Row], existing: set[str], tick: Callable[[], None]) -> ImportCounts:
    counts = ImportCounts()
    if not rows:
        return counts
    days = [r.values.occurred_on for r in rows]
    seen = _live_keys(ws, min(days), max(days))
    for row in rows:
        tick()
        if row.record_id and row.record_id in existing:
            stored = ws.activities.get(row.record_id, include_deleted=True)
            new = row.values.as_row()
            if stored["deleted_at"] or all(stored[k] == new[k] for k in _COMPARED):
                counts.skipped += 1  # unchanged, or deliberately moved to the trash: leave it be
            else:
                ws.activities.update(row.record_id, row.values)
                counts.updated += 1
        elif _key(row.values) in seen:
            counts.skipped += 1
            continue
        else:
            ws.activities.add(row.values, record_id=row.record_id)
            counts.inserted += 1
            if row.record_id:
                existing.add(row.record_id)  # the same "Mã" further down updates this one
        seen.add(_key(row.values))
    return counts


def import_table(ws: Workspace, table: Table, mapping: Mapping[str, int | None], labels: Mapping[str, str],
                 *, progress: Callable[[int, int], None] | None, today: dt.date) -> ImportCounts:
    """Check every row, then write them all in one transaction; raise ImportFailedError otherwise."""
    _check_columns(table, mapping, labels)
    cols = ColumnReader(table.headers, mapping, labels)
    total, done = 2 * len(table.rows), 0

    def tick() -> None:
        nonlocal done
        done += 1
        if progress and (done % _PROGRESS_STEP == 0 or done == total):
            progress(done, total)

    ids = [i for i in (_record_id(cols.value(r, "id")) for r in table.rows) if i]
    with transaction(ws.db):
        existing = _existing_ids(ws, ids)
        lookup = _Lookup(ws)
        good: list[_Row] = []
        problems: list[RowProblem] = []
        count, failed = 0, 0
        for row, number in zip(table.rows, table.row_numbers, strict=True):
            tick()
            checked, found = _check_row(lookup, cols, row, number, today=today)
            if checked:
                good.append(checked)
            count, failed = count + len(found), failed + bool(found)
            problems += found[: max(0, MAX_PROBLEMS - len(problems))]
        if problems:
            raise ImportFailedError(problems, total_rows=len(table.rows), problem_count=count,
                                    failed_rows=failed)
        return _write(ws, good, existing, tick)
