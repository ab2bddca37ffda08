"""`cdtt sync`: a district and its province meeting through a real hub on 127.0.0.1."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cdtt_desktop.cli import main
from cdtt_desktop.paths import DataPaths
from cdtt_desktop.services import inbox
from cdtt_desktop.services.workspace import open_workspace
from tests.services.hub_fixtures import HubServer, add_accounts, hub  # noqa: F401 - the fixture


def cdtt(folder: Path, *args: str) -> int:
    return main(["--data-dir", str(folder), *args])


def test_sync_sends_up_the_reviewer_pulls_decides_and_the_decision_comes_back(
        hub: HubServer, district: Path, province: Path, capsys: pytest.CaptureFixture[str]) -> None:  # noqa: F811
    """District sync → province sync fills its inbox → a return → province sync posts it → district sees it."""
    accounts = add_accounts(hub)
    assert cdtt(district, "sync", "--hub", hub.url, "--token", accounts.district_token) == 0
    assert "Sent 2" in capsys.readouterr().out
    assert cdtt(district, "sync", "--hub", hub.url, "--token", accounts.district_token) == 0
    assert "Sent 0" in capsys.readouterr().out and hub.item_count() == 2

    assert cdtt(province, "sync", "--hub", hub.url, "--token", accounts.reviewer_token) == 0
    assert "2 items into the inbox" in capsys.readouterr().out
    ws = open_workspace(DataPaths(province))
    try:
        items = inbox.list_inbox(ws)
        assert len(items) == 2
        for item in items:
            inbox.decide(ws, item.id, item.revision, "returned", "Bổ sung số liệu.")
    finally:
        ws.close()
    assert cdtt(province, "sync", "--hub", hub.url, "--token", accounts.reviewer_token) == 0
    assert "2 decisions sent" in capsys.readouterr().out

    assert cdtt(district, "sync", "--hub", hub.url, "--token", accounts.district_token) == 0
    assert "2 decisions received" in capsys.readouterr().out
    assert cdtt(district, "outbox", "--json") == 0
    states = json.loads(capsys.readouterr().out)
    assert {s["state"] for s in states} == {"returned"} and {s["comment"] for s in states} == {"Bổ sung số liệu."}


def test_sync_without_a_hub_and_with_a_revoked_token_are_one_line_reasons(
        hub: HubServer, district: Path, capsys: pytest.CaptureFixture[str]) -> None:  # noqa: F811
    """No address → exit 1 saying where to set it; a revoked token → exit 1, and nothing is marked sent."""
    assert cdtt(district, "sync") == 1
    assert "No hub address or token" in capsys.readouterr().err
    accounts = add_accounts(hub)
    hub.revoke(accounts.district_code)
    assert cdtt(district, "sync", "--hub", hub.url, "--token", accounts.district_token) == 1
    assert capsys.readouterr().err.startswith("cdtt: The hub refused")
    assert cdtt(district, "outbox", "--json") == 0
    assert {s["state"] for s in json.loads(capsys.readouterr().out)} == {"waiting"}
