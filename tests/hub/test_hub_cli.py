"""`cdtt hub add-unit` and `cdtt hub revoke`, run through their argparse handlers."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from cdtt_desktop.hub.app import create_app
from cdtt_desktop.hub.cli import add_parsers, database_url
from tests.hub.conftest import LIMITS, bearer


def run(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="cdtt")
    add_parsers(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(argv)
    return int(args.handler(args))


def token_from(out: str) -> str:
    return out.strip().rsplit(" ", 1)[-1]


def whoami(db_url: str, storage: Path, token: str) -> tuple[int, dict[str, object]]:
    app = create_app(db_url, storage, limits=LIMITS)
    try:
        response = TestClient(app).get("/api/v1/whoami", headers=bearer(token))
        return response.status_code, response.json()
    finally:
        app.state.hub.engine.dispose()


def test_add_unit_prints_a_token_once_that_works(db_url: str, storage: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    """add-unit prints one line with the token; it authenticates as that unit, below its parent."""
    common = ["--db", db_url, "--storage", str(storage)]
    assert run(["hub", "add-unit", *common, "--code", "LDLD-HN", "--name", "LĐLĐ Hà Nội", "--reviewer"]) == 0
    capsys.readouterr()
    assert run(["hub", "add-unit", *common, "--code", "CDP-HK", "--name", "CĐ phường Hoàn Kiếm",
                "--parent", "LDLD-HN"]) == 0
    out = capsys.readouterr().out
    assert out.count("\n") == 1 and "CDP-HK added" in out
    assert whoami(db_url, storage, token_from(out)) == (
        200, {"code": "CDP-HK", "name": "CĐ phường Hoàn Kiếm", "parent": "LDLD-HN", "reviewer": False})


def test_adding_a_unit_again_keeps_it_and_replaces_its_token(db_url: str, storage: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    """A code added twice keeps its unit; the new token works, the old one of that kind is revoked."""
    common = ["--db", db_url, "--storage", str(storage)]
    run(["hub", "add-unit", *common, "--code", "CDP-HK", "--name", "Old name"])
    old = token_from(capsys.readouterr().out)
    run(["hub", "add-unit", *common, "--code", "CDP-HK", "--name", "New name", "--reviewer"])
    reviewer = token_from(capsys.readouterr().out)
    run(["hub", "add-unit", *common, "--code", "CDP-HK", "--name", "New name"])
    out = capsys.readouterr().out
    assert "kept" in out and "1 old submitting token revoked" in out
    assert whoami(db_url, storage, old)[0] == 401
    assert whoami(db_url, storage, token_from(out))[1]["name"] == "New name"
    assert whoami(db_url, storage, reviewer)[1]["reviewer"] is True


def test_revoke_and_unknown_units(db_url: str, storage: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """revoke refuses every token of the unit; an unknown parent or unit exits 1 with one line."""
    common = ["--db", db_url, "--storage", str(storage)]
    run(["hub", "add-unit", *common, "--code", "CDP-HK", "--name", "HK"])
    token = token_from(capsys.readouterr().out)
    assert run(["hub", "revoke", *common, "--code", "CDP-HK"]) == 0
    assert "Revoked 1 token(s)" in capsys.readouterr().out
    assert whoami(db_url, storage, token)[0] == 401
    assert run(["hub", "add-unit", *common, "--code", "X", "--name", "X", "--parent", "NOPE"]) == 1
    assert run(["hub", "revoke", *common, "--code", "NOPE"]) == 1
    assert capsys.readouterr().err.count("\n") == 2


def test_default_database_is_sqlite_in_the_storage_folder(tmp_path: Path) -> None:
    """Without --db the hub keeps hub.sqlite3 in its storage folder."""
    args = argparse.Namespace(db=None, storage=tmp_path / "hubdata")
    assert database_url(args) == f"sqlite:///{(tmp_path / 'hubdata').resolve() / 'hub.sqlite3'}"
