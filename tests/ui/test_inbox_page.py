"""Tiếp nhận: importing a submission fills the tree; items open read-only; decisions, receipts, changed keys."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QFileDialog

from cdtt_desktop.services import inbox, keys
from cdtt_desktop.services.outbox import export_submission
from cdtt_desktop.tasks.runner import TaskRunner
from cdtt_desktop.ui.inbox_model import DECISION, TITLE
from cdtt_desktop.ui.inbox_page import InboxPage
from cdtt_desktop.ui.story_table_model import STATUS_ROLE
from tests import pdf_readers
from tests.ui.exchange_helpers import (
    DISTRICT,
    RETURN_COMMENT,
    Exchange,
    close_message,
    make_exchange,
    new_district_key,
    wait_done,
)
from tests.ui.story_helpers import type_text

TODAY = dt.date(2026, 12, 5)


@pytest.fixture
def exchange(tmp_path: Path) -> Iterator[Exchange]:
    made = make_exchange(tmp_path)
    yield made
    made.close()


@pytest.fixture
def page(qtbot, exchange: Exchange) -> Iterator[InboxPage]:  # type: ignore[no-untyped-def]
    runner = TaskRunner()
    shown = InboxPage(exchange.province, runner, today=TODAY)
    qtbot.addWidget(shown)
    shown.show()
    yield shown
    runner.wait()
    close_message(shown.transfer)


@pytest.fixture
def received(qtbot, page: InboxPage, exchange: Exchange) -> InboxPage:  # type: ignore[no-untyped-def]
    """The inbox after the district's first bundle was imported through the page."""
    page.transfer.import_file(exchange.submission())
    wait_done(qtbot, page.transfer)
    return page


def tree_texts(page: InboxPage) -> list[str]:
    """Every line of the tree, indented by depth."""
    model, lines = page.model, []

    def walk(parent: QModelIndex, depth: int) -> None:
        for row in range(model.rowCount(parent)):
            index = model.index(row, TITLE, parent)
            lines.append("  " * depth + str(index.data()))
            walk(index, depth + 1)

    walk(QModelIndex(), 0)
    return lines


def badge(page: InboxPage, item_id: str) -> str:
    index = page.model.index_of((item_id, 1))
    return str(page.model.index(index.row(), DECISION, index.parent()).data(STATUS_ROLE))


def open_item(page: InboxPage, item_id: str):  # type: ignore[no-untyped-def]
    page.select(page.model.index_of((item_id, 1)))
    view = page.open_selected()
    assert view is not None
    return view


def test_a_submission_fills_the_tree_by_unit_and_period(received: InboxPage, exchange: Exchange) -> None:
    """The imported items appear under their unit, then the period (or "Models and exemplars"), undecided."""
    assert tree_texts(received) == [
        f"{DISTRICT} — 2 items · 2 awaiting decision · 0 decisions not sent",
        "  tháng 11 năm 2026",
        "    Kết quả công tác truyền thông tháng 11 năm 2026",
        "  Models and exemplars",
        "    Nguyễn Thị Hoa",
    ]
    assert badge(received, exchange.report_id) == "undecided"
    assert "first bundle" in received.transfer.last_message
    assert keys.trusted(exchange.province, exchange.sender_id()) is not None
    assert received.ws.settings["receiving_role"] is True


def test_an_item_opens_read_only_with_its_pdf_photos_and_the_senders_key(qtbot, received: InboxPage,  # type: ignore[no-untyped-def]
                                                                          exchange: Exchange) -> None:
    """The report opens with its PDF; the story with its photos and captions; the sender's fingerprint shows."""
    view = open_item(received, exchange.report_id)
    fingerprint = view.findChild(type(view.title_label), "sender-fingerprint")
    assert fingerprint.text() == inbox.senders(exchange.province)[0].fingerprint
    assert view.pdf_button.isEnabled()
    preview = view.view_pdf()
    assert preview is not None and preview.preview.page_count() >= 1
    assert preview.preview.file_name == "01-BC-CĐP - Kết quả công tác truyền thông tháng 11 năm 2026.pdf"
    preview.close()
    view.close()
    story = open_item(received, exchange.story_id)
    assert not story.pdf_button.isEnabled()
    captions = [story.photos.item(i).text() for i in range(story.photos.count())]
    assert captions == ["Chị Hoa kèm cặp công nhân", "Tổ may số 5"]
    assert not story.photos.item(0).icon().isNull()
    assert "Nguyễn Thị Hoa" in story.content.toPlainText()
    story.close()


def test_a_return_needs_a_comment(qtbot, received: InboxPage, exchange: Exchange) -> None:  # type: ignore[no-untyped-def]
    """OK of the return stays disabled while the comment is empty; with one, the badge turns "returned"."""
    view = open_item(received, exchange.story_id)
    view.return_button.click()
    dialog = view.comment_dialog
    assert dialog is not None and not dialog.ok_button().isEnabled()
    type_text(dialog.comment_edit, "   ")
    assert not dialog.ok_button().isEnabled()
    dialog.comment_edit.clear()
    type_text(dialog.comment_edit, RETURN_COMMENT)
    assert dialog.ok_button().isEnabled()
    dialog.ok_button().click()
    assert badge(received, exchange.story_id) == "returned"
    assert view.decision_label.text() == "Returned for completion"
    assert RETURN_COMMENT in view.comment_label.text()
    item = inbox.get_inbox_item(exchange.province, exchange.story_id, 1)
    assert (item.decision, item.comment) == ("returned", RETURN_COMMENT)
    view.close()


def test_decisions_change_the_badges_and_leave_in_a_receipt(qtbot, received: InboxPage, exchange: Exchange,  # type: ignore[no-untyped-def]
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """Receive and Approve show at once; Export receipt… writes the unit's decisions and marks them sent."""
    view = open_item(received, exchange.report_id)
    view.receive_button.click()
    assert badge(received, exchange.report_id) == "received"
    view.approve_button.click()
    assert badge(received, exchange.report_id) == "approved"
    view.close()
    received.select(received.model.sender_index(exchange.sender_id()))
    assert received.receipt_button.isEnabled()
    assert "1 decisions not yet sent back" in received.receipt_label.text()
    proposed: list[str] = []

    def save_name(_parent, _title, path, _filter):  # type: ignore[no-untyped-def]
        proposed.append(Path(path).name)
        return str(exchange.folder / "phieu.cdtt.zip"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    received.receipt_button.click()
    wait_done(qtbot, received.transfer)
    assert proposed == ["phieu-CONG-DOAN-PHUONG-BA-DINH-2026-12-05.cdtt.zip"]
    assert (exchange.folder / "phieu.cdtt.zip").is_file()
    assert "Saved 1 decisions" in received.transfer.last_message
    assert inbox.get_inbox_item(exchange.province, exchange.report_id, 1).decision_sent
    assert not received.receipt_button.isEnabled()


def test_a_changed_key_warns_loudly_and_accepting_imports(qtbot, received: InboxPage, exchange: Exchange) -> None:  # type: ignore[no-untyped-def]
    """A bundle signed by a new key is refused with both fingerprints; "Accept the new key" imports it."""
    old = inbox.senders(exchange.province)[0].fingerprint
    new_district_key(exchange.district)
    second = export_submission(exchange.district, exchange.folder / "lan-2.cdtt.zip",
                               [exchange.report_id, exchange.story_id]).path
    new = keys.own_fingerprint(exchange.district)
    close_message(received.transfer)
    received.transfer.import_file(second)
    qtbot.waitUntil(lambda: received.transfer.key_dialog is not None, timeout=10_000)
    dialog = received.transfer.key_dialog
    assert dialog is not None
    assert (dialog.change.pinned, dialog.change.offered) == (old, new)
    shown = " ".join(label.text() for label in dialog.findChildren(type(dialog.body_label)))
    assert old in shown and new in shown
    assert keys.trusted(exchange.province, exchange.sender_id()).offered_key is not None
    dialog.accept_button.click()
    wait_done(qtbot, received.transfer)
    assert "2 already here" in received.transfer.last_message
    assert inbox.senders(exchange.province)[0].fingerprint == new
    assert not inbox.senders(exchange.province)[0].key_offered


def test_keeping_the_old_key_imports_nothing(qtbot, received: InboxPage, exchange: Exchange) -> None:  # type: ignore[no-untyped-def]
    """Cancel in the warning leaves the old key pinned; the page says the new one waits in Settings."""
    old = inbox.senders(exchange.province)[0].fingerprint
    new_district_key(exchange.district)
    second = export_submission(exchange.district, exchange.folder / "lan-2.cdtt.zip", [exchange.report_id]).path
    received.transfer.import_file(second)
    qtbot.waitUntil(lambda: received.transfer.key_dialog is not None, timeout=10_000)
    received.transfer.key_dialog.reject()
    assert "Nothing was imported" in received.transfer.last_message
    assert inbox.senders(exchange.province)[0].fingerprint == old
    assert inbox.senders(exchange.province)[0].key_offered
    assert received.key_notice.isVisible() and DISTRICT in received.key_notice.text()


def test_the_consolidated_report_adds_up_the_units_of_a_period(qtbot, received: InboxPage,  # type: ignore[no-untyped-def]
                                                               exchange: Exchange, tmp_path: Path) -> None:
    """"Consolidated report…" for November 2026 previews the report naming the district and its figures."""
    dialog = received.consolidated_report()
    assert [dialog.picker.kind_combo.itemData(i) for i in range(dialog.picker.kind_combo.count())] == [
        "month", "quarter", "half", "year"]
    dialog.picker.set_kind("month")
    dialog.picker.year_box.setValue(2026)
    dialog.picker.month_combo.setCurrentIndex(10)
    assert dialog.period() is not None and dialog.period().key == "2026-11"
    dialog.accept()
    flow = received.flow
    qtbot.waitUntil(lambda: flow.preview_dialog is not None and flow.preview_dialog.isVisible(), timeout=15000)
    assert flow.preview_dialog.preview.page_count() >= 1
    pdf = tmp_path / "tong-hop.pdf"
    pdf.write_bytes(flow.preview_dialog.preview.data)
    text = " ".join(pdf_readers.text(pdf).split())
    assert "Tổng hợp kết quả công tác truyền thông tháng 11 năm 2026" in text
    assert "Công đoàn phường Ba Đình" in text and "Có 1/1 đơn vị gửi báo cáo" in text
    flow.preview_dialog.close()
