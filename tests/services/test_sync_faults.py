"""The sync when the network and the hub misbehave: nothing lost, nothing duplicated, every state right."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from cdtt_desktop.services.hub_client import HubClient, TokenRejected
from cdtt_desktop.services.hub_items import content_sha256, hub_item
from cdtt_desktop.services.outbox import list_outbox
from cdtt_desktop.services.sync import item_states, stamp, sync_once
from cdtt_desktop.services.workspace import Workspace
from tests.services.hub_fixtures import Accounts, FaultTransport, HubServer, add_accounts, hub  # noqa: F401
from tests.services.test_outbox import issue_report, ready_story

NOW = dt.datetime(2026, 12, 2, 8, 0, tzinfo=dt.UTC)
LATER = NOW + dt.timedelta(hours=2)  # past any backoff of the first attempts (cap 1 h)


@pytest.fixture
def accounts(hub: HubServer) -> Accounts:  # noqa: F811
    return add_accounts(hub)


def _states(ws: Workspace) -> dict[str, str]:
    return {item_id: s.state for (item_id, _), s in item_states(ws).items()}


def _outbox(ws: Workspace) -> dict[str, str]:
    return {i.id: i.state for i in list_outbox(ws)}


def test_a_cut_upload_resumes_with_the_missing_file_only(
        hub: HubServer, accounts: Accounts, ready_ws: Workspace, tmp_path: Path) -> None:  # noqa: F811
    """The second photo's upload is cut: the item fails; the next run uploads that photo only, then the item."""
    story_id = ready_story(ready_ws, tmp_path / "photos")
    transport = FaultTransport()
    transport.cut_upload(100, nth=2)
    with hub.client(accounts.district_token, transport=transport) as client:
        first = sync_once(ready_ws, client, now=NOW)
        assert (first.sent, first.failed) == (0, 1) and "connection" in first.errors[0][1]
        state = item_states(ready_ws)[(story_id, 1)]
        assert (state.state, state.attempts) == ("failed", 1) and state.next_attempt_at is not None
        assert state.next_attempt_at > stamp(NOW) and "cut" in state.last_error
        whole, cut = transport.uploads()
        assert hub.stored_files() == {whole} and hub.item_count() == 0  # the partial file was not kept
        assert _outbox(ready_ws) == {story_id: "waiting"}

        before = len(transport.uploads())
        second = sync_once(ready_ws, client, now=LATER)
    assert (second.sent, second.failed) == (1, 0)
    assert transport.uploads()[before:] == [cut]  # the first photo was not sent again
    assert hub.stored_files() == {whole, cut} and hub.item_count() == 1
    assert _states(ready_ws) == {story_id: "sent"} and _outbox(ready_ws) == {story_id: "sent"}


def test_500_and_503_fail_with_the_reason_and_back_off_then_succeed(
        hub: HubServer, accounts: Accounts, ready_ws: Workspace, tmp_path: Path) -> None:  # noqa: F811
    """A 500 fails only that item, with the reason and a later attempt; not retried before it; 503 again; then sent."""
    report_id = issue_report(ready_ws).id
    story_id = ready_story(ready_ws, tmp_path / "photos")
    hub.faults.fail(500, f"/items/{story_id}")
    transport = FaultTransport()
    with hub.client(accounts.district_token, transport=transport) as client:
        first = sync_once(ready_ws, client, now=NOW)
        assert (first.sent, first.failed) == (1, 1) and first.errors == [(story_id, item_states(ready_ws)[
            (story_id, 1)].last_error)]
        state = item_states(ready_ws)[(story_id, 1)]
        assert state.next_attempt_at is not None and state.next_attempt_at > stamp(NOW)
        assert state.state == "failed" and "500" in state.last_error
        assert _outbox(ready_ws) == {report_id: "sent", story_id: "waiting"}

        sent_before = len(transport.sent)
        early = sync_once(ready_ws, client, now=NOW)  # not due yet: the item is not even tried
        assert (early.sent, early.failed) == (0, 0)
        assert not any(story_id in path for _, path in transport.sent[sent_before:])

        hub.faults.fail(503, f"/items/{story_id}")
        due = dt.datetime.fromisoformat(state.next_attempt_at.replace("Z", "+00:00"))
        again = sync_once(ready_ws, client, now=due)
        state = item_states(ready_ws)[(story_id, 1)]
        assert again.failed == 1 and (state.attempts, "503" in state.last_error) == (2, True)

        last = sync_once(ready_ws, client, now=LATER)
    assert (last.sent, last.failed) == (1, 0) and hub.item_count() == 2
    assert _states(ready_ws) == {report_id: "sent", story_id: "sent"}
    assert item_states(ready_ws)[(story_id, 1)].last_error == ""


def test_a_slow_hub_within_the_timeout_is_just_slow(
        hub: HubServer, accounts: Accounts, ready_ws: Workspace, tmp_path: Path) -> None:  # noqa: F811
    """Every answer delayed 0.3 s with a 5 s timeout: everything is sent."""
    report_id = issue_report(ready_ws).id
    hub.faults.slow(0.3)
    with hub.client(accounts.district_token, timeout=5) as client:
        report = sync_once(ready_ws, client, now=NOW)
    assert (report.sent, report.failed) == (1, 0) and _states(ready_ws) == {report_id: "sent"}


def test_a_timeout_fails_the_item_and_the_resend_is_not_a_duplicate(
        hub: HubServer, accounts: Accounts, ready_ws: Workspace) -> None:  # noqa: F811
    """The item's answer comes after the client gave up: failed (timed out); the next run ends sent, stored once."""
    report_id = issue_report(ready_ws).id
    hub.faults.slow(1.0, "/items/")
    with hub.client(accounts.district_token, timeout=0.3) as client:
        first = sync_once(ready_ws, client, now=NOW)
        assert first.failed == 1 and "timed out" in item_states(ready_ws)[(report_id, 1)].last_error
    hub.faults.slow(0)
    with hub.client(accounts.district_token) as client:
        second = sync_once(ready_ws, client, now=LATER)
    assert second.sent + second.unchanged == 1 and hub.item_count() == 1
    assert _states(ready_ws) == {report_id: "sent"} and _outbox(ready_ws) == {report_id: "sent"}


def test_a_lost_answer_is_sent_again_and_found_unchanged(
        hub: HubServer, accounts: Accounts, ready_ws: Workspace) -> None:  # noqa: F811
    """The hub stored the item but its answer was lost: failed; the resend is "unchanged", the item sent once."""
    report_id = issue_report(ready_ws).id
    transport = FaultTransport()
    transport.lose_answer("/items/")
    with hub.client(accounts.district_token, transport=transport) as client:
        first = sync_once(ready_ws, client, now=NOW)
        assert first.failed == 1 and hub.item_count() == 1 and _outbox(ready_ws) == {report_id: "waiting"}
        second = sync_once(ready_ws, client, now=LATER)
    assert (second.sent, second.unchanged, second.failed) == (0, 1, 0) and hub.item_count() == 1
    assert _states(ready_ws) == {report_id: "sent"} and _outbox(ready_ws) == {report_id: "sent"}


def test_a_revoked_token_stops_the_run_and_marks_only_the_item_in_flight(
        hub: HubServer, accounts: Accounts, ready_ws: Workspace, tmp_path: Path) -> None:  # noqa: F811
    """401: TokenRejected is raised; what was sent stays sent, the item in flight fails, the next one is untouched."""
    report_id = issue_report(ready_ws).id
    with hub.client(accounts.district_token) as client:
        sync_once(ready_ws, client, now=NOW)
    first_story = ready_story(ready_ws, tmp_path / "a")
    second_story = ready_story(ready_ws, tmp_path / "b")
    hub.revoke(accounts.district_code)
    with hub.client(accounts.district_token) as client, pytest.raises(TokenRejected) as caught:
        sync_once(ready_ws, client, now=LATER)
    assert caught.value.status == 401
    states = item_states(ready_ws)
    in_flight = [k for k, s in states.items() if s.state == "failed"]
    assert len(in_flight) == 1 and in_flight[0][0] in {first_story, second_story}
    assert "unauthorized" in states[in_flight[0]].last_error
    assert set(states) == {(report_id, 1), in_flight[0]} and states[(report_id, 1)].state == "sent"
    assert _outbox(ready_ws) == {report_id: "sent", first_story: "waiting", second_story: "waiting"}


def _preempt(ws: Workspace, client: HubClient, item_id: str, title: str) -> None:
    """Submit `item_id` to the hub first, with other content (another title), through `client`."""
    hub_form = hub_item(ws, next(i for i in list_outbox(ws) if i.id == item_id))
    for member in hub_form.files:
        client.put_attachment(member.sha256, member.source, member.size)
    body = {**hub_form.body, "title": title}
    body["content_sha256"] = content_sha256(body)
    client.put_item(item_id, 1, body)


def test_conflicts_and_foreign_items_are_quarantined_without_blocking_the_others(
        hub: HubServer, accounts: Accounts, ready_ws: Workspace, tmp_path: Path) -> None:  # noqa: F811
    """409 conflict and 403 quarantine their item with the hub's words; a third item is sent; no retry later."""
    report_id = issue_report(ready_ws).id
    conflicting = ready_story(ready_ws, tmp_path / "a")
    fine = ready_story(ready_ws, tmp_path / "b")
    other_unit = hub.add_unit("CDP-HK", "Công đoàn phường Hoàn Kiếm", parent=accounts.province_code)
    with hub.client(accounts.district_token) as own, hub.client(other_unit) as other:
        _preempt(ready_ws, own, conflicting, "Bản khác")
        _preempt(ready_ws, other, report_id, "Báo cáo của đơn vị khác")
    transport = FaultTransport()
    with hub.client(accounts.district_token, transport=transport) as client:
        report = sync_once(ready_ws, client, now=NOW)
        assert (report.sent, report.quarantined, report.failed) == (1, 2, 0)
        states = item_states(ready_ws)
        assert {k[0]: s.state for k, s in states.items()} == {
            report_id: "quarantined", conflicting: "quarantined", fine: "sent"}
        assert "already submitted with other content" in states[(conflicting, 1)].last_error
        assert states[(report_id, 1)].last_error.startswith("forbidden:")
        before = len(transport.sent)
        later = sync_once(ready_ws, client, now=LATER)
    assert (later.sent, later.quarantined, later.failed) == (0, 0, 0)
    assert not any(i in path for _, path in transport.sent[before:] for i in (report_id, conflicting))
    assert _outbox(ready_ws) == {report_id: "waiting", conflicting: "waiting", fine: "sent"}
