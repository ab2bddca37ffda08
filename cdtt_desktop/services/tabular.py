"""Spreadsheet files in and out: CSV (any encoding a Vietnamese office PC produces) and XLSX.

Reading gives a header row and data rows with the file's row numbers, every
text cell already through `clean()`. Problems with the file as a whole raise
`TabularError`, whose message is a translatable rule text. Writing produces a
CSV that Excel on Windows opens with Vietnamese intact (UTF-8 with a BOM) or an
XLSX with a bold header and real date cells.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import io
import os
import re
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from cdtt_desktop.domain.messages import QT_TRANSLATE_NOOP, Problem, TranslateFn
from cdtt_desktop.domain.text import clean

MAX_ROWS = 200_000
CSV_SUFFIXES = {".csv", ".txt", ".tsv"}
XLSX_SUFFIXES = {".xlsx", ".xlsm"}
DATE_FORMAT = "%d/%m/%Y"

UNREADABLE = QT_TRANSLATE_NOOP("Rules", "The file cannot be read: {reason}")
NOT_TABULAR = QT_TRANSLATE_NOOP("Rules", "This is not a CSV or Excel (.xlsx) file.")
OLD_EXCEL = QT_TRANSLATE_NOOP(
    "Rules", "This is an old Excel file (.xls). Open it in Excel and save it as .xlsx, then try again.")
EMPTY_FILE = QT_TRANSLATE_NOOP("Rules", "The file is empty.")
NO_HEADER = QT_TRANSLATE_NOOP(
    "Rules", "The first row must hold the column names (for example Ngày, Tiêu đề, Kênh).")
WRONG_SUFFIX = QT_TRANSLATE_NOOP("Rules", "The file name must end in .csv or .xlsx (now “{name}”).")
CANNOT_WRITE = QT_TRANSLATE_NOOP("Rules", "The file cannot be written: {reason}")
TOO_MANY_ROWS = QT_TRANSLATE_NOOP(
    "Rules", "The file has more than {limit} rows; split it into smaller files.")

_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0"
_DELIMITERS = (",", ";", "\t")
# Characters XML (and so XLSX) cannot hold; tabs and line breaks are allowed.
_ILLEGAL_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


class TabularError(ValueError):
    """The file as a whole cannot be used; `problem` says why in translatable words."""

    def __init__(self, problem: Problem):
        super().__init__(problem.render())
        self.problem = problem

    def render(self, translate: TranslateFn | None = None) -> str:
        return self.problem.render(translate)


def _fail(message: str, **args: object) -> TabularError:
    return TabularError(Problem("file", message, dict(args)))


Cell = str | int | float | dt.date | dt.datetime


@dataclass
class Table:
    """A header and data rows; `row_numbers[i]` is where `rows[i]` is in the file (header = 1 usually)."""

    headers: list[str]
    rows: list[list[Cell]] = field(default_factory=list)
    row_numbers: list[int] = field(default_factory=list)
    header_row: int = 1


# --- reading ---------------------------------------------------------------------------------------


def read_table(path: Path, *, max_rows: int = MAX_ROWS) -> Table:
    """Read the first sheet of an XLSX file or a CSV file. Raises TabularError."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(8)
    except OSError as exc:
        raise _fail(UNREADABLE, reason=exc.strerror or str(exc)) from exc
    suffix = path.suffix.lower()
    if head.startswith(_OLE_MAGIC) or suffix == ".xls":
        raise _fail(OLD_EXCEL)
    if head.startswith(_ZIP_MAGIC):
        if suffix in CSV_SUFFIXES | XLSX_SUFFIXES:
            return _table_from_rows(_xlsx_rows(path), max_rows)
        raise _fail(NOT_TABULAR)
    if suffix in XLSX_SUFFIXES:
        raise _fail(EMPTY_FILE) if not head else _fail(NOT_TABULAR)
    if suffix not in CSV_SUFFIXES:
        raise _fail(NOT_TABULAR)
    return _table_from_rows(_csv_rows(path), max_rows)


def decode_text(data: bytes) -> str:
    """Text from bytes: a UTF-8 or UTF-16 BOM wins, then plain UTF-8, then Vietnamese Windows (cp1258)."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    if b"\x00" in data:
        raise _fail(NOT_TABULAR)  # binary, or UTF-16 without a BOM: nothing we can trust
    with contextlib.suppress(UnicodeDecodeError):  # not UTF-8: try the Vietnamese Windows code page
        return data.decode("utf-8")
    try:
        return data.decode("cp1258")
    except UnicodeDecodeError as exc:
        raise _fail(NOT_TABULAR) from exc


def sniff_delimiter(text: str) -> str:
    """The separator of the header line: the most frequent of comma, semicolon and tab outside quotes."""
    line = next((ln for ln in text.splitlines() if ln.strip()), "")
    unquoted = re.sub(r'"[^"]*"', "", line)
    counts = {d: unquoted.count(d) for d in _DELIMITERS}
    best = max(_DELIMITERS, key=lambda d: counts[d])  # ties keep the earlier one: comma first
    return best if counts[best] else ","


def _csv_rows(path: Path) -> Iterator[list[Cell]]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise _fail(UNREADABLE, reason=exc.strerror or str(exc)) from exc
    text = decode_text(data)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=sniff_delimiter(text))
    try:
        for row in reader:
            yield list(row)
    except csv.Error as exc:
        raise _fail(UNREADABLE, reason=str(exc)) from exc


def _xlsx_rows(path: Path) -> Iterator[list[Cell]]:
    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # noqa: BLE001 - any parser failure means the same to the person
        raise _fail(UNREADABLE, reason=str(exc) or type(exc).__name__) from exc
    try:
        if not book.worksheets:
            raise _fail(EMPTY_FILE)
        rows = book.worksheets[0].iter_rows(values_only=True)
        while True:
            try:
                row = next(rows)
            except StopIteration:
                return
            except Exception as exc:  # noqa: BLE001 - a damaged sheet fails half-way through
                raise _fail(UNREADABLE, reason=str(exc) or type(exc).__name__) from exc
            yield [_xlsx_value(v) for v in row]
    finally:
        book.close()


def _xlsx_value(value: object) -> Cell:
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, dt.datetime | dt.date | int | float):
        return value
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    return str(value)


def _clean_cell(value: Cell) -> Cell:
    return clean(value) if isinstance(value, str) else value


def _is_blank(row: Sequence[Cell]) -> bool:
    return all(v == "" for v in row)


def _trim(row: list[Cell]) -> list[Cell]:
    while row and row[-1] == "":
        row.pop()
    return row


def _table_from_rows(source: Iterable[list[Cell]], max_rows: int) -> Table:
    table: Table | None = None
    for number, raw in enumerate(source, start=1):
        row = _trim([_clean_cell(v) for v in raw])
        if _is_blank(row):
            continue  # blank lines (also before the header) are not rows of data
        if table is None:
            if not any(isinstance(v, str) and re.search(r"[^\W\d_]", v) for v in row):
                raise _fail(NO_HEADER)  # a header names columns, so it holds letters
            table = Table(headers=[str(v) for v in row], header_row=number)
            continue
        if len(table.rows) >= max_rows:
            raise _fail(TOO_MANY_ROWS, limit=f"{max_rows:,}".replace(",", "."))
        table.rows.append(row)
        table.row_numbers.append(number)
    if table is None:
        raise _fail(EMPTY_FILE)
    width = max([len(table.headers), *(len(r) for r in table.rows)])
    table.headers += [""] * (width - len(table.headers))
    for row in table.rows:
        row.extend([""] * (width - len(row)))
    return table


def display_value(value: Cell) -> str:
    """A cell as a person reads it: dates dd/mm/yyyy, whole numbers without '.0'."""
    if isinstance(value, dt.datetime | dt.date):
        return value.strftime(DATE_FORMAT)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


# --- writing ---------------------------------------------------------------------------------------


def check_writable_suffix(path: Path) -> None:
    """Raise TabularError (a ValueError) unless `path` ends in .csv or .xlsx."""
    if path.suffix.lower() not in (".csv", ".xlsx"):
        raise _fail(WRONG_SUFFIX, name=path.name)


def write_table(path: Path, headers: Sequence[str], rows: Iterable[Sequence[object]]) -> None:
    """Write .csv or .xlsx by the file's extension. Raises TabularError for another name or a failed write."""
    check_writable_suffix(path)
    try:
        if path.suffix.lower() == ".csv":
            write_csv(path, headers, rows)
        else:
            write_xlsx(path, headers, rows)
    except OSError as exc:
        raise _fail(CANNOT_WRITE, reason=exc.strerror or str(exc)) from exc


def _atomic_target(path: Path) -> tuple[int, Path]:
    """A temporary file beside `path`, so a failed write never leaves half a file under its name."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, name = tempfile.mkstemp(prefix=".~", suffix=path.suffix, dir=path.parent)
    return handle, Path(name)


def _csv_value(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime | dt.date):
        return value.strftime(DATE_FORMAT)
    return str(value)


def write_csv(path: Path, headers: Sequence[str], rows: Iterable[Sequence[object]]) -> None:
    """Comma-separated UTF-8 with a BOM (Excel on Windows needs the BOM to see Vietnamese)."""
    handle, temp = _atomic_target(path)
    try:
        with os.fdopen(handle, "w", encoding="utf-8-sig", newline="") as out:
            writer = csv.writer(out)
            writer.writerow(headers)
            writer.writerows([_csv_value(v) for v in row] for row in rows)
        os.replace(temp, path)
    finally:
        temp.unlink(missing_ok=True)


def _column_widths(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> list[float]:
    widths = [len(h) + 4 for h in headers]  # room for the bold face and the filter arrow
    for row in rows[:2000]:  # a sample is enough to size columns
        for i, value in enumerate(row[: len(widths)]):
            text = _csv_value(value)
            longest = max((len(line) for line in text.split("\n")), default=0)
            widths[i] = max(widths[i], longest + 2)
    return [min(max(w, 8), 60) for w in widths]


def write_xlsx(path: Path, headers: Sequence[str], rows: Iterable[Sequence[object]]) -> None:
    """One sheet: bold, frozen header; dates as date cells shown dd/mm/yyyy; text never read as a formula."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    rows = list(rows)
    book = Workbook(write_only=True)
    sheet = book.create_sheet()
    for i, width in enumerate(_column_widths(headers, rows), start=1):
        sheet.column_dimensions[get_column_letter(i)].width = width
    sheet.freeze_panes = "A2"
    bold = Font(bold=True)

    def cell(value: object, *, header: bool = False) -> WriteOnlyCell:
        if isinstance(value, dt.datetime):
            value = value.date()
        if isinstance(value, str):
            value = _ILLEGAL_XML.sub("", value)
        c = WriteOnlyCell(sheet, value=value)
        if isinstance(value, str) and value.startswith("="):
            c.data_type = "s"  # a title starting with '=' is text, not a formula
        if isinstance(value, dt.date):
            c.number_format = "DD/MM/YYYY"
        if header:
            c.font = bold
        return c

    sheet.append([cell(h, header=True) for h in headers])
    for row in rows:
        sheet.append([cell(v) for v in row])
    handle, temp = _atomic_target(path)
    os.close(handle)
    try:
        book.save(temp)
        os.replace(temp, path)
    finally:
        temp.unlink(missing_ok=True)
