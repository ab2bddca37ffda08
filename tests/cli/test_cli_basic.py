"""`cdtt`: version, init, doctor, demo-data, search, the global --data-dir, a folder from a newer version."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from cdtt_desktop import __version__
from cdtt_desktop.cli import main
from cdtt_desktop.domain.text import fold
from cdtt_desktop.paths import DataPaths
from cdtt_desktop.services.setup import save_setup
from cdtt_desktop.services.workspace import open_workspace
from tests.conftest import SETUP

INIT = ["init", "--unit", "Công đoàn phường Ba Đình", "--parent", "Liên đoàn Lao động thành phố Hà Nội",
        "--abbr", "CĐP", "--place", "Hà Nội", "--officer", "Nguyễn Thị Hoa"]


def cdtt(folder: Path, *args: str) -> int:
    return main(["--data-dir", str(folder), *args])


def titles(folder: Path) -> list[tuple[str, str]]:
    conn = sqlite3.connect(folder / "cdtt.sqlite3")
    try:
        return conn.execute("SELECT occurred_on, title FROM activities ORDER BY rowid").fetchall()
    finally:
        conn.close()


def test_version_from_a_real_process() -> None:
    """`cdtt --version` prints the version and exits 0."""
    done = subprocess.run([sys.executable, "-m", "cdtt_desktop.cli", "--version"], capture_output=True,
                          text=True, check=False)
    assert done.returncode == 0
    assert done.stdout.strip() == f"cdtt {__version__}"


def test_init_then_doctor(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`init` sets up a folder (exit 0) and `doctor` then finds nothing wrong (exit 0)."""
    folder = tmp_path / "new"
    assert cdtt(folder, *INIT) == 0
    assert cdtt(folder, "doctor") == 0
    out = capsys.readouterr().out
    assert "LỖI" not in out and "OK:" in out and str(folder) in out


def test_doctor_exits_1_on_a_problem(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`doctor` exits 1 and prints a LỖI line when an attachment file is gone."""
    folder = tmp_path / "demo"
    assert cdtt(folder, "demo-data", "--activities", "20", "--seed", "1") == 0
    ws = open_workspace(DataPaths(folder))
    sha = ws.execute_scalar("SELECT sha256 FROM attachments LIMIT 1")
    ws.attachments.path_of(sha).unlink()
    ws.close()
    capsys.readouterr()
    assert cdtt(folder, "doctor") == 1
    assert any(line.startswith("LỖI:") and sha in line for line in capsys.readouterr().out.splitlines())


def test_init_with_a_bad_abbreviation(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A bad abbreviation stops `init` with exit 1 and a one-line reason naming the field."""
    args = [a if a != "CĐP" else "cđ p!" for a in INIT]
    assert cdtt(tmp_path / "bad", *args) == 1
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1
    assert err.startswith("cdtt: ") and "abbreviation" in err


def test_demo_data_is_reproducible(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`demo-data --activities 50 --seed 3` twice gives the same dated titles."""
    one, two = tmp_path / "one", tmp_path / "two"
    assert cdtt(one, "demo-data", "--activities", "50", "--seed", "3") == 0
    assert cdtt(two, "demo-data", "--activities", "50", "--seed", "3") == 0
    assert "50" in capsys.readouterr().out
    assert len(titles(one)) == 50
    assert titles(one) == titles(two)


def test_search_json_without_accents(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`search "mai am" --json` prints records with kind, id, date and title, found without accents."""
    folder = tmp_path / "demo"
    assert cdtt(folder, "demo-data", "--activities", "50", "--seed", "3") == 0
    capsys.readouterr()
    assert cdtt(folder, "search", "mai am", "--json") == 0
    hits = json.loads(capsys.readouterr().out)
    assert hits and all({"kind", "id", "date", "title"} <= set(h) for h in hits)
    assert any(h["kind"] == "activity" and "mai am" in fold(h["title"]) for h in hits)


def test_search_with_syntax_characters(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Quotes, brackets and minus signs in the search text are not an error."""
    folder = tmp_path / "demo"
    assert cdtt(folder, "demo-data", "--activities", "20", "--seed", "1") == 0
    assert cdtt(folder, "search", 'nguyen-van"(') == 0
    assert cdtt(folder, "search", 'nguyen-van"(', "--json") == 0
    assert "cdtt:" not in capsys.readouterr().err


def test_data_dir_goes_before_the_subcommand(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--data-dir is a global option: after the subcommand it is refused and nothing is created there."""
    folder = tmp_path / "late"
    with pytest.raises(SystemExit) as stopped:
        main(["doctor", "--data-dir", str(folder)])
    assert stopped.value.code != 0
    assert "--data-dir" in capsys.readouterr().err
    assert not folder.exists()


def test_newer_schema_is_refused_untouched(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A folder whose database has user_version 999 is refused with exit 1 and left byte for byte."""
    folder = tmp_path / "newer"
    ws = open_workspace(DataPaths(folder))
    save_setup(ws, SETUP)
    ws.close()
    conn = sqlite3.connect(folder / "cdtt.sqlite3")
    conn.execute("PRAGMA user_version = 999")
    conn.close()
    before = {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}
    capsys.readouterr()
    for command in (["doctor"], ["search", "hoa"], ["demo-data", "--activities", "5"]):
        assert cdtt(folder, *command) == 1
        err = capsys.readouterr().err.strip()
        assert len(err.splitlines()) == 1 and "999" in err
    assert {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()} == before
