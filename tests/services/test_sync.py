"""Syncing through a real hub on 127.0.0.1: items up, decisions and published rules down, the receiving role."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from cdtt_desktop.domain.housing import HousingRules
from cdtt_desktop.domain.stories import StoryStatus
from cdtt_desktop.services import inbox
from cdtt_desktop.services.housing_rules import rules_for, save_rules
from cdtt_desktop.services.outbox import list_outbox
from cdtt_desktop.services.stories import get_story
from cdtt_desktop.services.sync import BACKOFF_BASE, BACKOFF_CAP, backoff, item_states, sync_once
from cdtt_desktop.services.sync_review import pull_review, push_decisions
from cdtt_desktop.services.workspace import Workspace
from tests.services.hub_fixtures import Accounts, HubServer, add_accounts, hub  # noqa: F401 (fixture)
from tests.services.test_outbox import issue_report, ready_story, set_up_unit

NOW = dt.datetime(2026, 12, 2, 8, 0, tzinfo=dt.UTC)
RETURN_COMMENT = "Bổ sung ảnh hoạt động."


@pytest.fixture
def accounts(hub: HubServer) -> Accounts:  # noqa: F811
    return add_accounts(hub)


@pytest.fixture
def district(ready_ws: Workspace, tmp_path: Path) -> tuple[Workspace, str, str]:
    """The district with an issued November report and a ready story with two photos."""
    return ready_ws, issue_report(ready_ws).id, ready_story(ready_ws, tmp_path / "photos")


@pytest.fixture
def province(tmp_path: Path) -> Iterator[Workspace]:
    ws = set_up_unit(tmp_path / "province", "Liên đoàn Lao động thành phố Hà Nội",
                     "Tổng Liên đoàn Lao động Việt Nam", "LĐLĐ")
    yield ws
    ws.close()


def _outbox(ws: Workspace) -> dict[str, tuple[str, str | None]]:
    return {i.id: (i.state, i.bundle_id) for i in list_outbox(ws)}


def test_backoff_is_full_jitter_between_one_second_and_the_capped_ceiling() -> None:
    """30 s × 2^(n−1) scaled by the random draw, capped at 1 h, never under 1 s."""
    assert backoff(1, rng=lambda: 1.0) == BACKOFF_BASE and backoff(3, rng=lambda: 1.0) == 4 * BACKOFF_BASE
    assert backoff(30, rng=lambda: 1.0) == BACKOFF_CAP and backoff(2, rng=lambda: 0.5) == BACKOFF_BASE
    assert backoff(5, rng=lambda: 0.0) == 1.0


def test_a_full_sync_sends_each_item_once_and_again_changes_nothing(
        hub: HubServer, accounts: Accounts, district: tuple[Workspace, str, str]) -> None:  # noqa: F811
    """Report and story reach the hub with their files; all states sent; the second run sends nothing."""
    ws, report_id, story_id = district
    progress: list[tuple[int, int]] = []
    with hub.client(accounts.district_token) as client:
        report = sync_once(ws, client, now=NOW, progress=lambda d, t: progress.append((d, t)))
        assert (report.sent, report.unchanged, report.failed, report.quarantined, report.errors) == (2, 0, 0, 0, [])
        states = _outbox(ws)
        assert {k: v[0] for k, v in states.items()} == {report_id: "sent", story_id: "sent"}
        assert all(bundle and bundle.startswith("hub:") for _, bundle in states.values())
        assert {k: s.state for k, s in item_states(ws).items()} == {(report_id, 1): "sent", (story_id, 1): "sent"}
        assert get_story(ws, story_id).summary.status is StoryStatus.SENT
        assert progress and progress[-1][0] == progress[-1][1] > 0
        assert [d for d, _ in progress] == sorted(d for d, _ in progress)
        assert hub.item_count() == 2 and len(hub.stored_files()) == 3  # the PDF and two photos

        again = sync_once(ws, client, now=NOW + dt.timedelta(hours=1))
    assert (again.sent, again.unchanged, again.failed) == (0, 0, 0)
    assert hub.item_count() == 2 and {k: s.state for k, s in item_states(ws).items()} == {
        (report_id, 1): "sent", (story_id, 1): "sent"}


def test_decisions_posted_by_the_reviewer_come_back_to_the_outbox_and_the_stories(
        hub: HubServer, accounts: Accounts, district: tuple[Workspace, str, str]) -> None:  # noqa: F811
    """Received and returned (with its comment) reach the outbox; the story is returned; the cursor moves."""
    ws, report_id, story_id = district
    with hub.client(accounts.district_token) as client:
        sync_once(ws, client, now=NOW)
    with hub.client(accounts.reviewer_token) as reviewer:
        assert reviewer.post_decisions([
            {"item_id": report_id, "revision": 1, "decision": "received", "comment": ""},
            {"item_id": story_id, "revision": 1, "decision": "returned", "comment": RETURN_COMMENT}]) == 2
    with hub.client(accounts.district_token) as client:
        report = sync_once(ws, client, now=NOW)
        assert report.decisions_applied == 2 and ws.settings["hub_decisions_cursor"]
        items = {i.id: i for i in list_outbox(ws)}
        assert (items[report_id].state, items[story_id].state, items[story_id].comment) == (
            "received", "returned", RETURN_COMMENT)
        assert get_story(ws, story_id).summary.status is StoryStatus.RETURNED
        assert sync_once(ws, client, now=NOW).decisions_applied == 0


def test_the_receiving_role_pulls_into_the_inbox_and_its_decisions_reach_the_district(
        hub: HubServer, accounts: Accounts, district: tuple[Workspace, str, str],  # noqa: F811
        province: Workspace) -> None:
    """pull_review fills the province's inbox (files included); push_decisions reaches the district's sync."""
    ws, report_id, story_id = district
    with hub.client(accounts.district_token) as client:
        sync_once(ws, client, now=NOW)
    with hub.client(accounts.reviewer_token) as reviewer:
        pulled = pull_review(province, reviewer)
        assert (pulled.added, pulled.unchanged) == (2, 0) and province.settings["receiving_role"] is True
        items = {i.id: i for i in inbox.list_inbox(province)}
        assert set(items) == {report_id, story_id}
        assert items[report_id].sender_name == "Công đoàn phường Ba Đình" and items[report_id].period == "2026-11"
        pdf = items[report_id].pdf
        assert pdf is not None and pdf.is_file()
        detail = inbox.get_inbox_item(province, story_id, 1)
        assert detail.data is not None and detail.data["content"]["person_name"] == "Nguyễn Thị Hoa"
        assert len(detail.files) == 2 and all(f.path.is_file() for f in detail.files)
        assert pull_review(province, reviewer).added == 0  # the cursor moved: nothing twice

        inbox.decide(province, report_id, 1, "approved")
        inbox.decide(province, story_id, 1, "returned", RETURN_COMMENT)
        assert push_decisions(province, reviewer) == 2
        assert push_decisions(province, reviewer) == 0
        assert all(i.decision_sent for i in inbox.list_inbox(province))
    with hub.client(accounts.district_token) as client:
        assert sync_once(ws, client, now=NOW).decisions_applied == 2
    assert {k: v[0] for k, v in _outbox(ws).items()} == {report_id: "approved", story_id: "returned"}


def test_published_rules_apply_unless_edited_locally_and_an_unreadable_plan_is_skipped(
        hub: HubServer, accounts: Accounts, district: tuple[Workspace, str, str]) -> None:  # noqa: F811
    """Rules v1 apply; after a local edit, v2 is skipped as local_edit; a plan without its parts is invalid."""
    ws, _, _ = district
    rules = {"new_build_amount": 70_000_000, "repair_amount": 25_000_000, "min_membership_years": 3,
             "required_documents": ["member_request", "id_card"]}
    with hub.client(accounts.reviewer_token) as reviewer:
        reviewer.publish("housing_rules", 2026, rules)
    with hub.client(accounts.district_token) as client:
        first = sync_once(ws, client, now=NOW)
        assert first.published_applied == 1 and rules_for(ws, 2026).new_build_amount == 70_000_000
        save_rules(ws, HousingRules(year=2026, new_build_amount=80_000_000))  # the officer's own figure
        with hub.client(accounts.reviewer_token) as reviewer:
            reviewer.publish("housing_rules", 2026, {**rules, "new_build_amount": 90_000_000})
            reviewer.publish("plan", 2026, {"title": "Kế hoạch 2026"})
        second = sync_once(ws, client, now=NOW)
    assert second.published_applied == 0 and rules_for(ws, 2026).new_build_amount == 80_000_000
    assert sorted(second.published_skipped) == [("housing_rules", 2026, "local_edit"),
                                                ("plan", 2026, "invalid")]
