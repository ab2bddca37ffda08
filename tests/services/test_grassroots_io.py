"""The CĐCS list from a spreadsheet: usual headers, member counts, per-row problems, nothing written."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest

from cdtt_desktop.domain.units import UnitKind
from cdtt_desktop.services.grassroots_io import read_grassroots_file
from cdtt_desktop.services.tabular import write_csv


def csv_file(tmp_path: Path, rows: list[list[object]], headers: list[str]) -> Path:
    path = tmp_path / f"cdcs-{uuid.uuid4().hex[:6]}.csv"
    write_csv(path, headers, rows)
    return path


def test_grassroots_file_reads_drafts_with_member_counts(tmp_path: Path) -> None:
    """The CĐCS list is read by its usual headers; counts '1.200' become 1200; abbreviations upper-case."""
    path = csv_file(tmp_path, [["1", "CĐCS Công ty May 10", "1.200", "Số 8 Lê Văn Lương", "may10"],
                               ["2", "CĐCS Trường Tiểu học Kim Liên", "", "", ""]],
                    ["STT", "Tên công đoàn cơ sở", "Số đoàn viên", "Địa chỉ", "Viết tắt"])
    read = read_grassroots_file(path)
    assert read.problems == []
    assert [(d.name, d.member_count, d.abbreviation) for d in read.drafts] == [
        ("CĐCS Công ty May 10", 1200, "MAY10"), ("CĐCS Trường Tiểu học Kim Liên", None, "")]
    assert read.drafts[0].address == "Số 8 Lê Văn Lương" and read.drafts[0].kind is UnitKind.GRASSROOTS


def test_grassroots_file_problems_are_per_row(tmp_path: Path) -> None:
    """Bad counts, missing names and repeated names are row problems; good rows still come through."""
    path = csv_file(tmp_path, [["CĐCS A", "nhiều"], ["", "12"], ["CĐCS B", "5"], ["cdcs b", "6"]],
                    ["Tên CĐCS", "Số đoàn viên"])
    read = read_grassroots_file(path)
    assert [d.name for d in read.drafts] == ["CĐCS B"]
    assert [(p.row, p.column) for p in read.problems] == [(2, "Số đoàn viên"), (3, "Tên CĐCS"),
                                                          (5, "Tên CĐCS")]


@pytest.mark.parametrize(("headers", "data"), [(["Địa chỉ"], [["Hà Nội"]]), (None, None)])
def test_grassroots_file_level_problem_is_row_zero(tmp_path: Path, headers, data) -> None:  # type: ignore[no-untyped-def]
    """No name column, or an unreadable file, is one problem of row 0 and no drafts."""
    if headers:
        path = csv_file(tmp_path, data, headers)
    else:
        path = tmp_path / "x.pdf"
        path.write_bytes(b"%PDF")
    read = read_grassroots_file(path)
    assert read.drafts == [] and [p.row for p in read.problems] == [0]
    assert read.problems[0].render() == read.problems[0].message()
