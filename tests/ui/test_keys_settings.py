"""Cài đặt › Khóa và tiếp nhận: the fingerprint, the receiving role (and the inbox it lists), the pinned keys."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox

from cdtt_desktop.services import inbox, key_admin, keys
from cdtt_desktop.services.outbox import export_submission
from cdtt_desktop.services.workspace import Workspace
from cdtt_desktop.tasks.runner import TaskRunner
from cdtt_desktop.ui.keys_settings import KeysSettings
from cdtt_desktop.ui.main_window import MainWindow
from tests.ui.exchange_helpers import DISTRICT, Exchange, make_exchange, new_district_key


@pytest.fixture
def exchange(tmp_path: Path) -> Iterator[Exchange]:
    made = make_exchange(tmp_path)
    yield made
    made.close()


def offer_new_key(exchange: Exchange) -> str:
    """The province pinned the district's key; a bundle signed by a new one was refused. The new fingerprint."""
    inbox.import_bundle(exchange.province, exchange.submission())
    new_district_key(exchange.district)
    second = export_submission(exchange.district, exchange.folder / "lan-2.cdtt.zip", [exchange.report_id]).path
    with pytest.raises(ValueError):
        inbox.import_bundle(exchange.province, second)
    return keys.own_fingerprint(exchange.district)


def test_the_fingerprint_is_shown_and_copied(qtbot, ready_ws: Workspace) -> None:  # type: ignore[no-untyped-def]
    """The installation's fingerprint is shown whole and Copy puts it on the clipboard."""
    tab = KeysSettings(ready_ws)
    qtbot.addWidget(tab)
    expected = keys.own_fingerprint(ready_ws)
    assert tab.fingerprint_label.text() == expected
    tab.copy_button.click()
    assert QGuiApplication.clipboard().text() == expected
    assert tab.empty_label.isVisibleTo(tab) and not tab.table.isVisibleTo(tab)


def test_toggling_the_receiving_role_lists_the_inbox(qtbot, ready_ws: Workspace) -> None:  # type: ignore[no-untyped-def]
    """Ticking the receiving role in Settings adds "Incoming" to the navigation at once; unticking hides it."""
    window = MainWindow(ready_ws, TaskRunner())
    qtbot.addWidget(window)
    window.show()
    assert "inbox" not in window.visible_keys()
    settings = window.show_page("settings")
    tab = settings.keys_settings
    tab.receiving_check.click()
    assert ready_ws.settings["receiving_role"] is True
    keys_listed = [window.nav.item(i).data(0x100) for i in range(window.nav.count())]
    assert keys_listed[-2:] == ["inbox", "settings"]
    assert window.current_key() == "settings"
    window.show_page("inbox")
    assert window.stack.currentWidget().objectName() == "page-inbox"
    window.show_page("settings")
    tab.receiving_check.click()
    assert "inbox" not in [window.nav.item(i).data(0x100) for i in range(window.nav.count())]
    assert window.current_key() == "settings"


def test_pinned_keys_are_listed_and_a_new_key_is_shown_in_red(qtbot, exchange: Exchange,  # type: ignore[no-untyped-def]
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """A unit that offered a new key has a red line with both fingerprints; Accept pins the new one."""
    old = keys.own_fingerprint(exchange.district)
    new = offer_new_key(exchange)
    tab = KeysSettings(exchange.province)
    qtbot.addWidget(tab)
    assert [tab.table.item(0, c).text() for c in range(3)] == [DISTRICT, "Lower level (sends to us)", old]
    frame = next(iter(tab.offered_frames.values()))
    assert old in frame.text_label.text() and new in frame.text_label.text()
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: QMessageBox.StandardButton.Yes)
    frame.accept_button.click()
    assert not tab.offered_frames
    assert tab.table.item(0, 2).text() == new
    assert keys.trusted(exchange.province, inbox.senders(exchange.province)[0].sender_id).offered_key is None


def test_keeping_the_old_key_forgets_the_offer(qtbot, exchange: Exchange) -> None:  # type: ignore[no-untyped-def]
    """"Keep the old key" clears the red line; the pinned key is unchanged and the new one stays refused."""
    old = keys.own_fingerprint(exchange.district)
    offer_new_key(exchange)
    tab = KeysSettings(exchange.province)
    qtbot.addWidget(tab)
    next(iter(tab.offered_frames.values())).keep_button.click()
    assert not tab.offered_frames
    assert tab.table.item(0, 2).text() == old
    with pytest.raises(key_admin.NoOfferedKeyError):
        key_admin.accept_offered_key(exchange.province, inbox.senders(exchange.province)[0].sender_id)


def test_the_first_submission_imported_lists_the_inbox(qtbot, exchange: Exchange) -> None:  # type: ignore[no-untyped-def]
    """Importing a lower unit's bundle switches the receiving role on, and the window lists "Incoming"."""
    window = MainWindow(exchange.province, TaskRunner())
    qtbot.addWidget(window)
    window.show()
    page = window.show_page("submission")
    page.transfer.import_file(exchange.submission())
    qtbot.waitUntil(lambda: "inbox" in window.visible_keys(), timeout=10_000)
    assert [window.nav.item(i).data(0x100) for i in range(window.nav.count())][-2:] == ["inbox", "settings"]
    assert window.current_key() == "submission"
    page.transfer.message_box.close()
    window.runner.wait()
