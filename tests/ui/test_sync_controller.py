"""Syncing in the background: one at a time, a request during a sync queued, progress and the end reported,
nothing without an address or token, the timer and the network's return as triggers, the window's F9 and
the outbox's sync column."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import keyring
import pytest
from keyring.backends import fail
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtNetwork import QNetworkInformation

from cdtt_desktop.services.hub_client import HubClient
from cdtt_desktop.services.hub_token import save_token
from cdtt_desktop.services.workspace import Workspace
from cdtt_desktop.tasks import sync_controller
from cdtt_desktop.tasks.runner import TaskRunner
from cdtt_desktop.tasks.sync_controller import SyncController
from cdtt_desktop.ui.main_window import MainWindow
from cdtt_desktop.ui.outbox_model import Column
from cdtt_desktop.ui.outbox_page import OutboxPage
from cdtt_desktop.ui.settings_page import SettingsPage
from cdtt_desktop.ui.sync_status import SyncStatus
from tests.ui.exchange_helpers import Exchange, make_exchange

HUB = "http://127.0.0.1:9"
Online = QNetworkInformation.Reachability.Online
Disconnected = QNetworkInformation.Reachability.Disconnected


@dataclass
class Report:
    sent: int = 0
    failed: int = 0


@dataclass
class FakeSync:
    """Stands for sync_once: counts calls, reports progress, and can hold a call until released."""

    hold: bool = False
    calls: list[str] = field(default_factory=list)
    release: threading.Event = field(default_factory=threading.Event)
    error: BaseException | None = None

    def __call__(self, ws: Workspace, client: Any, *, progress: Any, cancelled: Any) -> Report:
        self.calls.append(str(ws.settings["hub_url"]))
        progress(1, 2)
        if self.hold:
            self.release.wait(10)
        progress(2, 2)
        if self.error is not None:
            raise self.error
        return Report(sent=2)


@pytest.fixture(autouse=True)
def no_system_keyring() -> Iterator[None]:
    """The token goes to the data folder here, never into the real keyring of the machine running the tests."""
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(before)


@pytest.fixture
def runner() -> Iterator[TaskRunner]:
    made = TaskRunner()
    yield made
    made.wait()


def make_controller(ws: Workspace, runner: TaskRunner, fake: FakeSync, *, token: str | None = "secret",
                    interval_ms: int = 60_000) -> SyncController:
    return SyncController(ws, runner, client_factory=lambda url, tok: object(), sync=fake,
                          token=lambda _ws: token, interval_ms=interval_ms)


def test_one_sync_at_a_time_and_a_request_during_it_runs_once_after(qtbot, ready_ws: Workspace,  # type: ignore[no-untyped-def]
                                                                    runner: TaskRunner) -> None:
    """Requests during a running sync start no second one at once; exactly one more runs after it ends."""
    ready_ws.settings.save(hub_url=HUB)
    fake = FakeSync(hold=True)
    controller = make_controller(ready_ws, runner, fake)
    finished: list[Any] = []
    controller.finished.connect(finished.append)
    with qtbot.waitSignal(controller.progressed, timeout=5000):
        assert controller.sync_now()
    assert controller.sync_now() and controller.sync_now()  # both queue the same single extra sync
    assert fake.calls == [HUB] and controller.is_busy()
    fake.hold = False
    fake.release.set()
    qtbot.waitUntil(lambda: len(finished) == 2 and not controller.is_busy(), timeout=5000)
    assert fake.calls == [HUB, HUB]
    assert finished[0] == Report(sent=2)


def test_progress_and_the_report_reach_the_status_bar(qtbot, ready_ws: Workspace,  # type: ignore[no-untyped-def]
                                                      runner: TaskRunner) -> None:
    """progressed(done, total) and finished(report) arrive on the GUI thread and the status widget shows them."""
    ready_ws.settings.save(hub_url=HUB)
    controller = make_controller(ready_ws, runner, FakeSync())
    status = SyncStatus(controller)
    qtbot.addWidget(status)
    seen: list[tuple[int, int]] = []
    controller.progressed.connect(lambda done, total: seen.append((done, total)))
    with qtbot.waitSignal(controller.finished, timeout=5000) as signal:
        controller.sync_now()
    assert seen == [(1, 2), (2, 2)]
    assert signal.args == [Report(sent=2)]
    assert "2 sent" in status.label.text() and status.bar.isHidden() and status.button.isEnabled()


def test_nothing_runs_without_an_address(qtbot, ready_ws: Workspace, runner: TaskRunner) -> None:  # type: ignore[no-untyped-def]
    """With no hub address, sync_now says so and neither starts nor calls the sync."""
    fake = FakeSync()
    controller = make_controller(ready_ws, runner, fake)
    with qtbot.assertNotEmitted(controller.started):
        assert controller.sync_now() is False
    runner.wait()
    assert fake.calls == []


def test_nothing_is_sent_without_a_token_and_the_reason_is_given(qtbot, ready_ws: Workspace,  # type: ignore[no-untyped-def]
                                                                 runner: TaskRunner) -> None:
    """An address without a saved token fails with a reason pointing to Settings; the sync is not called."""
    ready_ws.settings.save(hub_url=HUB)
    fake = FakeSync()
    controller = make_controller(ready_ws, runner, fake, token=None)
    with qtbot.waitSignal(controller.failed, timeout=5000) as signal:
        controller.sync_now()
    assert fake.calls == []
    assert "No access token" in signal.args[0]
    assert not controller.is_busy()


def test_an_unreachable_hub_is_reported_and_the_next_request_runs(qtbot, ready_ws: Workspace,  # type: ignore[no-untyped-def]
                                                                  runner: TaskRunner) -> None:
    """A hub that cannot be reached gives a plain reason, and the controller is free for the next sync."""
    from cdtt_desktop.services.hub_client import HubUnavailable

    ready_ws.settings.save(hub_url=HUB)
    fake = FakeSync(error=HubUnavailable("connection refused"))
    controller = make_controller(ready_ws, runner, fake)
    with qtbot.waitSignal(controller.failed, timeout=5000) as signal:
        controller.sync_now()
    assert "cannot be reached" in signal.args[0]
    fake.error = None
    with qtbot.waitSignal(controller.finished, timeout=5000):
        assert controller.sync_now()


def test_the_timer_starts_a_sync(qtbot, ready_ws: Workspace, runner: TaskRunner) -> None:  # type: ignore[no-untyped-def]
    """The periodic timer (five minutes in the window) starts a sync by itself."""
    ready_ws.settings.save(hub_url=HUB)
    fake = FakeSync()
    controller = make_controller(ready_ws, runner, fake, interval_ms=20)
    assert SyncController(ready_ws, runner).timer.interval() == 5 * 60 * 1000
    with qtbot.waitSignal(controller.finished, timeout=5000):
        pass
    controller.stop()
    assert fake.calls


def test_coming_back_online_starts_a_sync(qtbot, ready_ws: Workspace, runner: TaskRunner) -> None:  # type: ignore[no-untyped-def]
    """Reachability becoming Online syncs; staying online does not sync again; offline then online does."""
    ready_ws.settings.save(hub_url=HUB)
    fake = FakeSync()
    controller = make_controller(ready_ws, runner, fake)
    controller.reachability_changed(Disconnected)
    with qtbot.waitSignal(controller.finished, timeout=5000):
        controller.reachability_changed(Online)
    with qtbot.assertNotEmitted(controller.started):
        controller.reachability_changed(Online)
    controller.reachability_changed(Disconnected)
    with qtbot.waitSignal(controller.finished, timeout=5000):
        controller.reachability_changed(Online)
    assert len(fake.calls) == 2


# --- the window: F9, the status bar and the outbox's sync column, with the real sync over a mock hub ---------


def mock_hub(conflicting: str) -> Any:
    """A hub in memory: takes every file and item, except the item `conflicting` (409, already submitted)."""

    def handle(request: httpx.Request) -> httpx.Response:
        path = request.url.path.removeprefix("/api/v1")
        request.read()
        if path.startswith("/attachments/"):
            return httpx.Response(404 if request.method == "HEAD" else 201)
        if path.startswith("/items/"):
            if path.split("/")[2] == conflicting:
                return httpx.Response(409, json={"error": "conflict",
                                                 "detail": "revision 1 was already submitted with other content"})
            return httpx.Response(201, json={"status": "stored", "seq": 1})
        if path == "/decisions":
            return httpx.Response(200, json={"decisions": [], "cursor": "", "more": False})
        if path == "/published":
            return httpx.Response(200, json={"documents": [], "cursor": "", "more": False})
        return httpx.Response(404, json={"error": "not_found", "detail": path})

    return lambda url, token: HubClient(url, token, transport=httpx.MockTransport(handle))


@pytest.fixture
def exchange(tmp_path: Path) -> Iterator[Exchange]:
    made = make_exchange(tmp_path)
    yield made
    made.close()


def test_f9_syncs_and_the_outbox_shows_each_items_state(qtbot, exchange: Exchange,  # type: ignore[no-untyped-def]
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """F9 sends in the background; afterwards the outbox says Sent for one item and Quarantined with the reason
    for the item the hub refused, and the status bar tells how many went."""
    monkeypatch.setattr(sync_controller, "default_client", mock_hub(conflicting=exchange.story_id))
    ws = exchange.district
    ws.settings.save(hub_url="http://hub.test:8765")
    save_token(ws, "secret")
    runner = TaskRunner()
    window = MainWindow(ws, runner)
    qtbot.addWidget(window)
    window.show()
    page = window.show_page("submission")
    assert isinstance(page, OutboxPage)
    assert window.sync_controller is not None and window.sync_status is not None
    assert not page.table.isColumnHidden(Column.SYNC)
    before = {page.model.item(r).id: page.model.index(r, Column.SYNC).data() for r in range(page.model.rowCount())}
    assert before == {exchange.report_id: "Waiting to send", exchange.story_id: "Waiting to send"}
    assert window.sync_action.shortcut() == QKeySequence(Qt.Key.Key_F9)
    with qtbot.waitSignal(window.sync_controller.finished, timeout=20_000):
        window.sync_action.trigger()  # offscreen windows are never active, so the key itself cannot be sent
    runner.wait()
    after = {page.model.item(r).id: page.model.index(r, Column.SYNC).data() for r in range(page.model.rowCount())}
    assert after[exchange.report_id] == "Sent"
    assert after[exchange.story_id] == "Quarantined: the hub already has this submission with other content"
    row = next(r for r in range(page.model.rowCount()) if page.model.item(r).id == exchange.story_id)
    tooltip = page.model.index(row, Column.SYNC).data(Qt.ItemDataRole.ToolTipRole)
    assert "already submitted with other content" in tooltip  # the hub's own words, for whoever looks further
    assert "1 sent" in window.sync_status.label.text() and "1 not sent" in window.sync_status.label.text()


def test_without_an_address_the_window_has_no_sync_and_f9_points_to_settings(qtbot, ready_ws: Workspace) -> None:  # type: ignore[no-untyped-def]
    """No hub address: no controller, no status widget, the outbox hides the column, F9 says where to set it."""
    runner = TaskRunner()
    window = MainWindow(ready_ws, runner)
    qtbot.addWidget(window)
    window.show()
    assert window.sync_controller is None and window.sync_status is None
    page = window.show_page("submission")
    assert isinstance(page, OutboxPage) and page.table.isColumnHidden(Column.SYNC)
    window.sync_action.trigger()
    assert "Settings" in window.statusBar().currentMessage()
    settings = window.show_page("settings")
    assert isinstance(settings, SettingsPage)
    settings.hub_settings.url_edit.setText("http://hub.test")
    settings.hub_settings.save()
    assert window.sync_controller is not None  # saving an address starts syncing without a restart
    window.sync_controller.stop()
    runner.wait()


def test_a_first_sync_follows_start_up(qtbot, ready_ws: Workspace, runner: TaskRunner) -> None:  # type: ignore[no-untyped-def]
    """Given a start delay (the window gives one), a sync runs once soon after start, before the first period."""
    ready_ws.settings.save(hub_url=HUB)
    fake = FakeSync()
    controller = SyncController(ready_ws, runner, sync=fake, token=lambda _ws: "secret",
                                client_factory=lambda url, tok: object(), start_delay_ms=10)
    with qtbot.waitSignal(controller.finished, timeout=5000):
        pass
    assert fake.calls == [HUB]
    assert controller.start_timer is not None and controller.start_timer.isSingleShot()
    controller.stop()
