"""Reading and writing CSV/XLSX: encodings, separators, clear errors, Excel-friendly output."""

from __future__ import annotations

import datetime as dt
import unicodedata
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from cdtt_desktop.services import tabular
from cdtt_desktop.services.tabular import TabularError, read_table, write_table

TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
HEADER = "Ngày,Tiêu đề,Kênh\n"


def to_cp1258(text: str) -> bytes:
    """Encode as Vietnamese Windows does: letters with ă/â/ơ… precomposed, tone marks combining."""
    out = []
    for ch in text:
        try:
            out.append(ch.encode("cp1258"))
        except UnicodeEncodeError:
            parts = unicodedata.normalize("NFD", ch)
            base = unicodedata.normalize("NFC", "".join(p for p in parts if p not in TONES))
            out.append((base + "".join(p for p in parts if p in TONES)).encode("cp1258"))
    return b"".join(out)


def write_bytes(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    "encode",
    [
        lambda t: t.encode("utf-8"),
        lambda t: t.encode("utf-8-sig"),
        lambda t: t.encode("utf-16"),
        to_cp1258,
    ],
    ids=["utf-8", "utf-8-bom", "utf-16-bom", "cp1258"],
)
def test_csv_encodings_all_read_as_the_same_nfc_text(tmp_path: Path, encode) -> None:  # type: ignore[no-untyped-def]
    """UTF-8 (with or without BOM), UTF-16 with BOM and cp1258 all come in as the same NFC text."""
    text = HEADER + "05/03/2026,Hội nghị người lao động Đống Đa,Mạng xã hội\n"
    table = read_table(write_bytes(tmp_path, "a.csv", encode(text)))
    assert table.headers == ["Ngày", "Tiêu đề", "Kênh"]
    assert table.rows == [["05/03/2026", "Hội nghị người lao động Đống Đa", "Mạng xã hội"]]
    assert all(unicodedata.is_normalized("NFC", str(v)) for v in table.rows[0])


def test_csv_cells_are_cleaned_nfc_eth_and_trimmed(tmp_path: Path) -> None:
    """Decomposed text and the look-alike Ð (U+00D0) become NFC and Đ; spaces around go."""
    nfd = unicodedata.normalize("NFD", "Tiêu đề")
    data = f"Ngày,{nfd}\n05/03/2026,  \u00d0ại hội công đoàn  \n".encode()
    table = read_table(write_bytes(tmp_path, "a.csv", data))
    assert table.headers[1] == "Tiêu đề"
    assert table.rows[0][1] == "Đại hội công đoàn"


@pytest.mark.parametrize("sep", [",", ";", "\t"])
def test_delimiter_is_sniffed(tmp_path: Path, sep: str) -> None:
    """Comma, semicolon (Excel in Vietnamese locale) and tab separated files are all read."""
    lines = [sep.join(["Ngày", "Tiêu đề", "Ghi chú"]), sep.join(["05/03/2026", "Tin", '"a, b; c"'])]
    data = "\n".join(lines) + "\n"
    table = read_table(write_bytes(tmp_path, "a.csv", data.encode()))
    assert table.rows == [["05/03/2026", "Tin", "a, b; c"]]


def test_row_numbers_are_the_files_own_and_blank_rows_are_skipped(tmp_path: Path) -> None:
    """Row numbers count the header and blank lines as a spreadsheet shows them."""
    data = "\nNgày,Tiêu đề\n05/03/2026,A\n,\n06/03/2026,B\n"
    table = read_table(write_bytes(tmp_path, "a.csv", data.encode()))
    assert table.header_row == 2
    assert table.row_numbers == [3, 5]


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("empty.csv", b"", tabular.EMPTY_FILE),
        ("blank.csv", b"\n , \n\n", tabular.EMPTY_FILE),
        ("numbers.csv", b"05/03/2026,12\n06/03/2026,13\n", tabular.NO_HEADER),
        ("report.pdf", b"%PDF-1.4", tabular.NOT_TABULAR),
        ("binary.csv", b"Ng\x00y\x00\x01\x02", tabular.NOT_TABULAR),
        ("old.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", tabular.OLD_EXCEL),
        ("broken.xlsx", b"PK\x03\x04not really a zip", tabular.UNREADABLE),
        ("text.xlsx", b"Ngay,Tieu de", tabular.NOT_TABULAR),
    ],
)
def test_bad_files_give_a_clear_rule_message(tmp_path: Path, name: str, data: bytes, message: str) -> None:
    """Each kind of unusable file is refused with its own translatable message."""
    with pytest.raises(TabularError) as caught:
        read_table(write_bytes(tmp_path, name, data))
    assert caught.value.problem.message == message


def test_missing_file_is_unreadable(tmp_path: Path) -> None:
    """A file that is not there is reported as unreadable, with the reason."""
    with pytest.raises(TabularError) as caught:
        read_table(tmp_path / "missing.csv")
    assert caught.value.problem.message == tabular.UNREADABLE
    assert caught.value.problem.args["reason"]


def test_too_many_rows_are_refused(tmp_path: Path) -> None:
    """More rows than the limit is an error (checked while reading, with the limit in the message)."""
    data = HEADER + "05/03/2026,Tin,Kênh\n" * 4
    with pytest.raises(TabularError) as caught:
        read_table(write_bytes(tmp_path, "a.csv", data.encode()), max_rows=3)
    assert caught.value.problem.message == tabular.TOO_MANY_ROWS
    assert read_table(write_bytes(tmp_path, "b.csv", data.encode()), max_rows=4).rows
    assert tabular.MAX_ROWS == 200_000


def test_xlsx_first_sheet_with_dates_as_datetimes(tmp_path: Path) -> None:
    """XLSX: the first sheet is read; date cells come as datetimes, numbers as numbers."""
    book = Workbook()
    sheet = book.active
    sheet.append(["Ngày", "Tiêu đề", "Lượt tiếp cận"])
    sheet.append([dt.datetime(2026, 3, 5), unicodedata.normalize("NFD", "Hội thi"), 1500])
    book.create_sheet("Khác").append(["không đọc"])
    path = tmp_path / "a.xlsx"
    book.save(path)
    table = read_table(path)
    assert table.headers == ["Ngày", "Tiêu đề", "Lượt tiếp cận"]
    assert table.rows == [[dt.datetime(2026, 3, 5), "Hội thi", 1500]]


def test_csv_written_with_bom_and_dd_mm_yyyy_dates(tmp_path: Path) -> None:
    """CSV output is UTF-8 with a BOM (for Excel on Windows) and dates as dd/mm/yyyy."""
    path = tmp_path / "out.csv"
    write_table(path, ["Ngày", "Tiêu đề"], [[dt.date(2026, 3, 5), "Đại hội, \"lần 2\""]])
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    assert data.decode("utf-8-sig").splitlines() == ["Ngày,Tiêu đề", '05/03/2026,"Đại hội, ""lần 2"""']
    assert read_table(path).rows == [["05/03/2026", 'Đại hội, "lần 2"']]


def test_xlsx_written_with_bold_header_widths_and_date_cells(tmp_path: Path) -> None:
    """XLSX output: bold header, widened columns, real date cells shown dd/mm/yyyy, '=' text not a formula."""
    path = tmp_path / "out.xlsx"
    title = "=Tin bài rất dài về Tháng Công nhân năm 2026"
    write_table(path, ["Ngày", "Tiêu đề"], [[dt.date(2026, 3, 5), title + "\x01"]])
    sheet = load_workbook(path).active
    assert sheet["A1"].font.b and sheet["B1"].font.b
    assert sheet["A2"].is_date and sheet["A2"].number_format == "DD/MM/YYYY"
    assert sheet["A2"].value == dt.datetime(2026, 3, 5)
    assert sheet["B2"].data_type == "s" and sheet["B2"].value == title
    assert sheet.column_dimensions["B"].width > len(title)
    assert sheet.freeze_panes == "A2"


def test_writing_another_extension_is_refused(tmp_path: Path) -> None:
    """Only .csv and .xlsx are written; the error is a ValueError with a rule message."""
    with pytest.raises(ValueError) as caught:
        write_table(tmp_path / "out.txt", ["A"], [])
    assert isinstance(caught.value, TabularError)
    assert caught.value.problem.message == tabular.WRONG_SUFFIX
    assert not (tmp_path / "out.txt").exists()


def test_failed_write_leaves_no_half_file(tmp_path: Path) -> None:
    """A write that fails midway leaves neither the target nor a temporary file behind."""

    def rows():  # type: ignore[no-untyped-def]
        yield ["a"]
        raise RuntimeError("disk full")

    with pytest.raises(RuntimeError):
        write_table(tmp_path / "out.csv", ["A"], rows())
    assert list(tmp_path.iterdir()) == []
