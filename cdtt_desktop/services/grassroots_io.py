"""The list of grassroots unions (CĐCS) from a spreadsheet, for the set-up wizard and Settings.

Reading never writes: it returns drafts for the person to look over and the
problems found, each tied to its row. A problem with the file as a whole comes
back as a problem of row 0, so callers have one list to show.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from cdtt_desktop.domain import values as v
from cdtt_desktop.domain.messages import QT_TRANSLATE_NOOP, Problem
from cdtt_desktop.domain.text import clean, fold
from cdtt_desktop.domain.units import UnitDraft, UnitKind, validate_unit
from cdtt_desktop.services.import_rows import (
    MISSING_COLUMNS,
    ColumnReader,
    RowProblem,
    suggest_mapping,
)
from cdtt_desktop.services.tabular import Table, TabularError, display_value, read_table

GRASSROOTS_COLUMNS: dict[str, str] = {
    "name": "Tên CĐCS",
    "abbreviation": "Viết tắt",
    "member_count": "Số đoàn viên",
    "address": "Địa chỉ",
}
GRASSROOTS_ALIASES: dict[str, tuple[str, ...]] = {
    "name": ("Tên CĐCS", "Tên công đoàn cơ sở", "Công đoàn cơ sở", "CĐCS", "Tên đơn vị", "Đơn vị", "Tên",
             "Name", "Grassroots union"),
    "abbreviation": ("Viết tắt", "Tên viết tắt", "Ký hiệu", "Abbreviation", "Abbr"),
    "member_count": ("Số đoàn viên", "Đoàn viên", "Số ĐV", "Tổng số đoàn viên", "Số lượng đoàn viên",
                     "Members", "Member count"),
    "address": ("Địa chỉ", "Trụ sở", "Address"),
}
DUPLICATE_NAME = QT_TRANSLATE_NOOP("Rules", "“{name}” is already listed in row {row}.")


@dataclass
class GrassrootsRead:
    """Grassroots unions read from a file, ready for `services.setup.add_grassroots`, and what was wrong."""

    drafts: list[UnitDraft] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)
    row_numbers: list[int] = field(default_factory=list)


def _text(value: object) -> str:
    """A cell as text: a number typed in a name column (say a house number) is still text."""
    if isinstance(value, str | int | float | dt.date):
        return clean(display_value(value))
    return ""


def _draft(cols: ColumnReader, row: list[object], number: int) -> tuple[UnitDraft, list[RowProblem]]:
    problems: list[Problem] = []
    count, problem = v.parse_count(cols.value(row, "member_count"), "member_count")
    if problem:
        problems.append(problem)
    draft = UnitDraft(
        name=_text(cols.value(row, "name")),
        kind=UnitKind.GRASSROOTS,
        abbreviation=_text(cols.value(row, "abbreviation")).upper(),
        address=_text(cols.value(row, "address")),
        member_count=count,
    )
    problems += validate_unit(draft)
    return draft, [RowProblem(number, cols.column(p.field), p) for p in problems]


def read_grassroots_file(path: Path) -> GrassrootsRead:
    """Read the CĐCS list (name, abbreviation, member count, address) from a CSV or XLSX file."""
    result = GrassrootsRead()
    try:
        table: Table = read_table(path)
    except TabularError as exc:
        result.problems.append(RowProblem(0, "", exc.problem))
        return result
    mapping = suggest_mapping(table.headers, GRASSROOTS_ALIASES)
    if mapping["name"] is None:
        missing = Problem("file", MISSING_COLUMNS, {"columns": GRASSROOTS_COLUMNS["name"]})
        result.problems.append(RowProblem(0, "", missing))
        return result
    cols = ColumnReader(table.headers, mapping, GRASSROOTS_COLUMNS)
    first_row: dict[str, int] = {}
    for row, number in zip(table.rows, table.row_numbers, strict=True):
        draft, problems = _draft(cols, list(row), number)
        key = fold(draft.name)
        if key and key in first_row:
            problems.append(RowProblem(number, cols.column("name"),
                                       Problem("name", DUPLICATE_NAME, {"name": draft.name,
                                                                        "row": first_row[key]})))
        if problems:
            result.problems += problems
            continue
        first_row[key] = number
        result.drafts.append(draft)
        result.row_numbers.append(number)
    return result
