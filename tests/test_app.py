"""The window's entry point: data folder choice, start-up check, refusal of a newer database."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from cdtt_desktop import __version__
from cdtt_desktop.app import parse_args
from cdtt_desktop.cli import main as cli_main
from cdtt_desktop.paths import ENV_DATA_DIR, resolve_data_dir


def run_app(*args: str, env_dir: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    if env_dir:
        env[ENV_DATA_DIR] = str(env_dir)
    return subprocess.run([sys.executable, "-m", "cdtt_desktop", *args], capture_output=True, text=True,
                          env=env, timeout=120)


def init(folder: Path) -> None:
    assert cli_main(["--data-dir", str(folder), "init", "--unit", "Công đoàn phường Ba Đình", "--parent",
                     "Liên đoàn Lao động thành phố Hà Nội", "--abbr", "CĐP", "--place", "Hà Nội"]) == 0


def test_data_dir_option_wins_over_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """--data-dir first, then CDTT_DATA_DIR, then the platform's user folder."""
    monkeypatch.setenv(ENV_DATA_DIR, str(tmp_path / "env"))
    assert resolve_data_dir(str(tmp_path / "opt")).root == tmp_path / "opt"
    assert resolve_data_dir(None).root == tmp_path / "env"
    monkeypatch.delenv(ENV_DATA_DIR)
    assert "CDTT Desktop" in str(resolve_data_dir(None).root)
    assert parse_args(["--data-dir", "X", "--startup-check"]).data_dir == "X"


def test_startup_check_shows_the_window_and_reports_time(tmp_path: Path) -> None:
    """`cdtt-desktop --startup-check` opens the set-up folder, shows the window, prints startup_ms."""
    init(tmp_path / "d")
    result = run_app("--data-dir", str(tmp_path / "d"), "--startup-check")
    assert result.returncode == 0, result.stderr
    line = [x for x in result.stdout.splitlines() if x.startswith("startup_ms=")]
    assert line and int(line[0].split("=")[1]) > 0


def test_startup_check_uses_the_environment_folder(tmp_path: Path) -> None:
    """Without --data-dir the window opens the folder named by CDTT_DATA_DIR."""
    init(tmp_path / "e")
    result = run_app("--startup-check", env_dir=tmp_path / "e")
    assert result.returncode == 0, result.stderr


def test_newer_database_is_refused_untouched(tmp_path: Path) -> None:
    """A database from a newer version: a clear message, exit 1, the file unchanged."""
    folder = tmp_path / "n"
    folder.mkdir()
    conn = sqlite3.connect(folder / "cdtt.sqlite3")
    conn.execute("PRAGMA user_version = 999")
    conn.commit()
    conn.close()
    before = (folder / "cdtt.sqlite3").read_bytes()
    result = run_app("--data-dir", str(folder), "--startup-check")
    assert result.returncode == 1
    assert "999" in result.stderr
    assert (folder / "cdtt.sqlite3").read_bytes() == before


def test_version_flags() -> None:
    """Both commands print the version."""
    result = run_app("--version")
    assert result.returncode == 0 and __version__ in result.stdout
    with pytest.raises(SystemExit) as caught:
        cli_main(["--version"])
    assert caught.value.code == 0
