"""`cdtt activities list|import|export`: exit codes, one-line reasons, JSON, round trip, text boundary."""

from __future__ import annotations

import datetime as dt
import json
import unicodedata
from pathlib import Path

import pytest

from cdtt_desktop.cli import main
from cdtt_desktop.domain.activities import ActivityInput
from cdtt_desktop.services.activities import save_activity
from cdtt_desktop.services.plans import choices_for_year
from cdtt_desktop.services.workspace import Workspace
from tests.services.test_tabular import to_cp1258

HEADER = "Ngày,Tiêu đề,Kênh,Cơ quan báo chí / trang\n"


@pytest.fixture
def english(ready_ws: Workspace) -> Workspace:
    """The set-up folder with English messages, so reasons can be compared word for word."""
    ready_ws.settings.save(language="en")
    return ready_ws


def run(data_dir: Path, *args: str) -> int:
    return main(["--data-dir", str(data_dir), "activities", *args])


def listed(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> list[dict[str, object]]:
    capsys.readouterr()
    assert run(data_dir, "list", "--json") == 0
    return json.loads(capsys.readouterr().out)  # type: ignore[no-any-return]


def last_error_line(capsys: pytest.CaptureFixture[str]) -> str:
    lines = capsys.readouterr().err.strip().splitlines()
    assert lines and lines[-1].startswith("cdtt: ")
    return lines[-1]


def test_list_json_prints_every_activity(english: Workspace, data_dir: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    """`list --json` prints the activities as JSON with Vietnamese text unescaped."""
    choices = choices_for_year(english, 2026)
    raw = ActivityInput(occurred_on=dt.date(2026, 3, 5), title="Đối thoại tại Công ty May 10",
                        channel_id=choices.channels[0][0])
    save_activity(english, raw, today=dt.date(2026, 5, 12))
    capsys.readouterr()
    assert run(data_dir, "list", "--json") == 0
    out = capsys.readouterr().out
    assert "Đối thoại tại Công ty May 10" in out
    rows = json.loads(out)
    assert [(r["date"], r["channel"]) for r in rows] == [("2026-03-05", "Báo chí Công đoàn")]


def test_list_plain_prints_one_line_per_activity(english: Workspace, data_dir: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    """Without --json each activity is one tab-separated line."""
    (data_dir.parent / "a.csv").write_text(HEADER + "05/03/2026,Tin một,Mạng xã hội,\n"
                                           "06/03/2026,Tin hai,Mạng xã hội,\n", encoding="utf-8")
    assert run(data_dir, "import", str(data_dir.parent / "a.csv")) == 0
    capsys.readouterr()
    assert run(data_dir, "list") == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split("\t")[1:] for line in lines] == [["2026-03-05", "Mạng xã hội", "Tin một"],
                                                        ["2026-03-06", "Mạng xã hội", "Tin hai"]]


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_export_then_import_into_another_folder(english: Workspace, data_dir: Path, tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str], suffix: str) -> None:
    """What `export` writes, `import` in another set-up folder reads back to the same list."""
    source = tmp_path / "nguon.csv"
    source.write_text(HEADER + "05/03/2026,Tin một,Mạng xã hội,Fanpage\n"
                      "08/03/2026,Hội thi,Báo chí Công đoàn,Báo Lao động\n", encoding="utf-8")
    assert run(data_dir, "import", str(source)) == 0
    out = tmp_path / f"xuat{suffix}"
    assert run(data_dir, "export", "--out", str(out)) == 0
    other = tmp_path / "other"
    assert main(["--data-dir", str(other), "init", "--unit", "Công đoàn phường Kim Liên", "--parent",
                 "Liên đoàn Lao động thành phố Hà Nội", "--abbr", "CĐP", "--place", "Hà Nội"]) == 0
    assert run(other, "import", str(out)) == 0
    assert listed(other, capsys) == listed(data_dir, capsys)
    assert run(other, "import", str(out)) == 0  # again: nothing doubles
    assert len(listed(other, capsys)) == len(listed(data_dir, capsys))


def test_cp1258_file_comes_in_as_nfc(english: Workspace, data_dir: Path, tmp_path: Path,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    """A CSV saved by Vietnamese Windows (cp1258, tone marks combining) is stored as NFC text."""
    path = tmp_path / "windows.csv"
    path.write_bytes(to_cp1258(HEADER + "05/03/2026,Hội nghị người lao động,Mạng xã hội,Trang Công đoàn\n"))
    assert run(data_dir, "import", str(path)) == 0
    assert "Imported 1 activities" in capsys.readouterr().out
    row = listed(data_dir, capsys)[0]
    assert row["title"] == "Hội nghị người lao động" and row["outlet"] == "Trang Công đoàn"
    assert unicodedata.is_normalized("NFC", str(row["title"]))


def test_nfd_text_and_eth_come_in_as_nfc_and_dj(english: Workspace, data_dir: Path, tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    """Decomposed text and 'Ð' (U+00D0) in a file are stored as NFC with 'Đ' (U+0110)."""
    title = unicodedata.normalize("NFD", "\u00d0ại hội Công đoàn cơ sở")
    path = tmp_path / "nfd.csv"
    path.write_text(unicodedata.normalize("NFD", HEADER) + f"05/03/2026,{title},Mạng xã hội,\n",
                    encoding="utf-8")
    assert run(data_dir, "import", str(path)) == 0
    assert listed(data_dir, capsys)[0]["title"] == "Đại hội Công đoàn cơ sở"


def test_a_broken_row_fails_the_whole_import(english: Workspace, data_dir: Path, tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    """One bad row: exit 1, the problem row on stderr, a one-line reason, nothing imported."""
    path = tmp_path / "loi.csv"
    path.write_text(HEADER + "05/03/2026,Tin tốt,Mạng xã hội,\n32/03/2026,Tin hỏng,Mạng xã hội,\n",
                    encoding="utf-8")
    capsys.readouterr()
    assert run(data_dir, "import", str(path)) == 1
    err = capsys.readouterr().err
    assert "Row 3, column “Ngày”: Enter a date as dd/mm/yyyy" in err
    assert err.strip().splitlines()[-1] == ("cdtt: Nothing was imported: 1 problem(s) in 1 of 2 row(s). "
                                            "Correct the file and import it again.")
    assert listed(data_dir, capsys) == []


def test_unreadable_file_exits_1_with_its_reason(english: Workspace, data_dir: Path, tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    """A file that is not a spreadsheet gives exit 1 and the reader's reason on one line."""
    path = tmp_path / "bao-cao.pdf"
    path.write_bytes(b"%PDF-1.4")
    assert run(data_dir, "import", str(path)) == 1
    assert last_error_line(capsys) == "cdtt: Nothing was imported: This is not a CSV or Excel (.xlsx) file."


def test_import_into_a_folder_not_set_up_exits_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`activities import` refuses a data folder that has not been set up, and writes nothing."""
    path = tmp_path / "a.csv"
    path.write_text(HEADER + "05/03/2026,Tin,Mạng xã hội,\n", encoding="utf-8")
    folder = tmp_path / "empty"
    assert run(folder, "import", str(path)) == 1
    assert "cdtt init" in last_error_line(capsys)
    assert listed(folder, capsys) == []


def test_export_to_an_unknown_extension_exits_1(english: Workspace, data_dir: Path, tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    """`export --out x.pdf` exits 1 with a one-line reason and writes no file."""
    assert run(data_dir, "export", "--out", str(tmp_path / "x.pdf")) == 1
    assert last_error_line(capsys) == "cdtt: The file name must end in .csv or .xlsx (now “x.pdf”)."
    assert not (tmp_path / "x.pdf").exists()


def test_export_prints_the_count(english: Workspace, data_dir: Path, tmp_path: Path,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    """A successful export says how many activities went to which file, exit 0."""
    out = tmp_path / "hoat-dong.xlsx"
    capsys.readouterr()
    assert run(data_dir, "export", "--out", str(out)) == 0
    assert capsys.readouterr().out.strip() == f"Exported 0 activities to {out}."
    assert out.is_file()
