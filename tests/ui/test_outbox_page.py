"""Gửi lên cấp trên: the outbox with states, exporting a bundle in the background, cancelling, receipts."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton

from cdtt_desktop.services import inbox
from cdtt_desktop.services.outbox import list_outbox
from cdtt_desktop.tasks.runner import TaskRunner
from cdtt_desktop.ui.outbox_model import Column
from cdtt_desktop.ui.outbox_page import OutboxPage
from cdtt_desktop.ui.story_table_model import STATUS_ROLE
from tests.ui.exchange_helpers import RETURN_COMMENT, Exchange, close_message, make_exchange, wait_done

TODAY = dt.date(2026, 12, 3)


@pytest.fixture
def exchange(tmp_path: Path) -> Iterator[Exchange]:
    made = make_exchange(tmp_path)
    yield made
    made.close()


@pytest.fixture
def page(qtbot, exchange: Exchange) -> Iterator[OutboxPage]:  # type: ignore[no-untyped-def]
    runner = TaskRunner()
    shown = OutboxPage(exchange.district, runner, today=TODAY)
    qtbot.addWidget(shown)
    shown.show()
    yield shown
    runner.wait()
    close_message(shown.transfer)


def states(page: OutboxPage) -> dict[str, str]:
    model = page.model
    return {model.item(row).id: str(model.index(row, Column.STATE).data(STATUS_ROLE))
            for row in range(model.rowCount())}


def select_all(page: OutboxPage) -> None:
    page.table.selectAll()


def test_the_outbox_lists_issued_documents_and_ready_stories_as_not_sent(page: OutboxPage,
                                                                         exchange: Exchange) -> None:
    """The issued report and the finished story are listed, each "Not sent"; the filter narrows by state."""
    assert states(page) == {exchange.report_id: "waiting", exchange.story_id: "waiting"}
    texts = {page.model.item(r).id: [page.model.index(r, c).data() for c in Column] for r in range(2)}
    assert texts[exchange.report_id][Column.NUMBER] == "01/BC-CĐP"
    assert texts[exchange.report_id][Column.PERIOD] == "tháng 11 năm 2026"
    assert texts[exchange.story_id][Column.TITLE] == "Nguyễn Thị Hoa"
    assert texts[exchange.story_id][Column.STATE] == "Not sent"
    assert page.export_all_button.isEnabled() and not page.export_button.isEnabled()
    page.state_combo.setCurrentIndex(page.state_combo.findData("sent"))
    assert page.model.rowCount() == 0
    page.state_combo.setCurrentIndex(0)
    assert page.model.rowCount() == 2


def test_export_runs_in_the_background_and_writes_the_bundle(qtbot, page: OutboxPage, exchange: Exchange,  # type: ignore[no-untyped-def]
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """Export bundle… proposes goi-<unit>-<date>.cdtt.zip, writes it, says where and how big, marks items sent."""
    proposed: list[str] = []
    target = exchange.folder / "chosen"

    def save_name(_parent, _title, path, _filter):  # type: ignore[no-untyped-def]
        proposed.append(Path(path).name)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    select_all(page)
    assert page.export_button.isEnabled()
    page.export_button.click()
    wait_done(qtbot, page.transfer)
    assert proposed == ["goi-CDP-2026-12-03.cdtt.zip"]
    written = exchange.folder / "chosen.cdtt.zip"
    assert written.is_file()
    message = page.transfer.last_message
    assert str(written) in message and "2 items" in message and "KB" in message
    assert set(states(page).values()) == {"sent"}
    sent_on = dt.date.today().strftime("%d/%m")
    assert page.model.index(0, Column.STATE).data() == f"Sent {sent_on}"
    assert not page.export_all_button.isEnabled()


def test_cancel_leaves_no_file_and_nothing_marked(qtbot, page: OutboxPage, exchange: Exchange) -> None:  # type: ignore[no-untyped-def]
    """Cancel in the progress window stops the export: no file, no .part, every item still waiting."""
    gate = threading.Event()
    page.runner.run(lambda _progress: gate.wait(10))  # holds the writer thread until the officer cancels
    target = exchange.folder / "huy.cdtt.zip"
    assert page.export_to(target, None)
    dialog = page.transfer.progress_dialog
    assert dialog is not None
    page.transfer._progressed(512, 2048)
    assert "512 KB of 2 MB" in dialog.labelText()
    dialog.findChild(QPushButton).click()  # the window's Cancel button
    gate.set()
    wait_done(qtbot, page.transfer)
    assert not target.exists() and not list(exchange.folder.iterdir())
    assert "cancelled" in page.transfer.last_message
    assert {i.state for i in list_outbox(exchange.district)} == {"waiting"}


def test_a_receipt_updates_the_outbox_and_shows_the_comment(qtbot, page: OutboxPage, exchange: Exchange,  # type: ignore[no-untyped-def]
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """Import receipt… applies the province's decisions; a returned item shows its comment when selected."""
    inbox.import_bundle(exchange.province, exchange.submission())
    inbox.decide(exchange.province, exchange.report_id, 1, "approved")
    inbox.decide(exchange.province, exchange.story_id, 1, "returned", RETURN_COMMENT)
    receipt = inbox.export_receipt(exchange.province, exchange.folder / "phieu.cdtt.zip", exchange.sender_id())
    page.refresh()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: (str(receipt.path), ""))
    page.import_button.click()
    wait_done(qtbot, page.transfer)
    assert "2 decisions applied" in page.transfer.last_message
    assert states(page) == {exchange.report_id: "approved", exchange.story_id: "returned"}
    row = page.model.row_of((exchange.story_id, 1))
    assert row is not None
    assert RETURN_COMMENT in page.model.index(row, Column.STATE).data(0x3)  # the tooltip
    assert not page.return_frame.isVisible()
    page.table.selectRow(row)
    assert page.return_frame.isVisible()
    assert page.return_comment.text() == RETURN_COMMENT
    assert not page.export_button.isEnabled()  # a decided item cannot leave again


def test_a_broken_bundle_is_refused_with_the_problem_named(qtbot, page: OutboxPage, exchange: Exchange) -> None:  # type: ignore[no-untyped-def]
    """A file that is not a bundle is refused with the rule's message; nothing changes."""
    junk = exchange.folder / "khong-phai.cdtt.zip"
    junk.write_bytes(b"not a zip at all")
    page.transfer.import_file(junk)
    wait_done(qtbot, page.transfer)
    assert "cannot be read as a bundle" in page.transfer.last_message
    assert "Nothing was changed" in page.transfer.last_message
    assert page.transfer.message_box is not None
    assert page.transfer.message_box.icon() == QMessageBox.Icon.Warning
    assert set(states(page).values()) == {"waiting"}
