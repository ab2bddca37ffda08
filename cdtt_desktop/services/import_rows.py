"""What every spreadsheet import shares: problems tied to a row, the all-or-nothing failure,
and guessing which column holds which field from the header names.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from cdtt_desktop.domain.messages import CONTEXT, QT_TRANSLATE_NOOP, Problem, TranslateFn
from cdtt_desktop.domain.text import fold

ROW_COLUMN = QT_TRANSLATE_NOOP("Rules", "Row {row}, column “{column}”: {message}")
ROW_ONLY = QT_TRANSLATE_NOOP("Rules", "Row {row}: {message}")
NOTHING_IMPORTED = QT_TRANSLATE_NOOP("Rules", "Nothing was imported: {reason}")
ROWS_FAILED = QT_TRANSLATE_NOOP(
    "Rules",
    "Nothing was imported: {problems} problem(s) in {rows} of {total} row(s). "
    "Correct the file and import it again.",
)
MISSING_COLUMNS = QT_TRANSLATE_NOOP("Rules", "The file has no column for: {columns}.")
NO_DATA_ROWS = QT_TRANSLATE_NOOP("Rules", "The file has column names but no rows below them.")


def _tr(translate: TranslateFn | None, text: str) -> str:
    return translate(CONTEXT, text) if translate else text


@dataclass(frozen=True)
class RowProblem:
    """One problem in one cell: `row` as the person sees it in the file (0 = the file as a whole)."""

    row: int
    column: str
    problem: Problem

    def message(self, translate: TranslateFn | None = None) -> str:
        return self.problem.render(translate)

    def render(self, translate: TranslateFn | None = None) -> str:
        """'Row 5, column “Kênh”: …', translated when a function is given."""
        message = self.message(translate)
        if self.row <= 0:
            return message
        if self.column:
            return _tr(translate, ROW_COLUMN).format(row=self.row, column=self.column, message=message)
        return _tr(translate, ROW_ONLY).format(row=self.row, message=message)


class ImportFailedError(ValueError):
    """Nothing was imported: the file as a whole (`problem`) or some rows (`row_problems`) are wrong."""

    def __init__(self, row_problems: Sequence[RowProblem] = (), *, problem: Problem | None = None,
                 total_rows: int = 0, problem_count: int | None = None, failed_rows: int | None = None):
        self.row_problems = list(row_problems)
        self.problem = problem
        self.total_rows = total_rows
        # A wholly wrong file is reported in part; the counts still tell the whole.
        self.problem_count = len(self.row_problems) if problem_count is None else problem_count
        self.failed_rows = len({p.row for p in self.row_problems}) if failed_rows is None else failed_rows
        super().__init__(self.summary())

    def summary(self, translate: TranslateFn | None = None) -> str:
        """One line saying that nothing was imported, and why."""
        if self.problem is not None:
            return _tr(translate, NOTHING_IMPORTED).format(reason=self.problem.render(translate))
        return _tr(translate, ROWS_FAILED).format(
            problems=self.problem_count, rows=self.failed_rows, total=self.total_rows)


def header_key(text: str) -> str:
    """A header reduced for matching: accent- and case-free, punctuation as spaces."""
    return " ".join(re.sub(r"[^\w]+", " ", fold(text)).split())


def suggest_mapping(headers: Sequence[str], aliases: Mapping[str, Sequence[str]]) -> dict[str, int | None]:
    """For each field, the index of the column whose header names it, or None.

    Exact names win over headers that merely start with a name ('Ngày đăng bài'
    → date); each column serves one field at most.
    """
    keys = [header_key(h) for h in headers]
    mapping: dict[str, int | None] = {name: None for name in aliases}
    used: set[int] = set()
    for exact in (True, False):
        for name, names in aliases.items():
            if mapping[name] is not None:
                continue
            for alias in (header_key(a) for a in names):
                found = _find(keys, alias, used, exact=exact)
                if found is not None:
                    mapping[name] = found
                    used.add(found)
                    break
    return mapping


def _find(keys: Sequence[str], alias: str, used: set[int], *, exact: bool) -> int | None:
    for i, key in enumerate(keys):
        if i in used or not key:
            continue
        if key == alias or (not exact and len(alias) > 2 and key.startswith(alias + " ")):
            return i
    return None


@dataclass
class ColumnReader:
    """Reads one field of a data row through a mapping, and names the column for reports."""

    headers: Sequence[str]
    mapping: Mapping[str, int | None]
    labels: Mapping[str, str] = field(default_factory=dict)

    def value(self, row: Sequence[object], name: str) -> object:
        index = self.mapping.get(name)
        if index is None or index >= len(row):
            return None
        return row[index]

    def column(self, name: str) -> str:
        """The file's header for `name`, or the field's standard label when it is not mapped."""
        index = self.mapping.get(name)
        if index is not None and 0 <= index < len(self.headers) and self.headers[index]:
            return self.headers[index]
        return self.labels.get(name, name)
