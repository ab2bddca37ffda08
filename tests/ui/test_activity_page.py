"""The Hoạt động page, driven through its real widgets."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from cdtt_desktop.services.activities import RecordNotFoundError, get_activity
from cdtt_desktop.services.workspace import Workspace
from cdtt_desktop.tasks.runner import TaskRunner
from cdtt_desktop.ui.activity_dialog import ActivityDialog
from cdtt_desktop.ui.activity_filter_bar import Period, period_range
from cdtt_desktop.ui.activity_page import ActivityPage
from tests.conftest import TODAY
from tests.ui.activity_helpers import BoxAnswerer, add_activity

YES, NO = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No


@pytest.fixture
def runner() -> Iterator[TaskRunner]:
    tasks = TaskRunner()
    yield tasks
    tasks.wait()


@pytest.fixture
def page(ready_ws: Workspace, runner: TaskRunner, qtbot: QtBot) -> ActivityPage:
    add_activity(ready_ws, "Trao nhà Mái ấm Công đoàn cho chị Lan", dt.date(2026, 5, 8), participants=1500)
    add_activity(ready_ws, "Hội thi an toàn vệ sinh lao động", dt.date(2026, 4, 20), participants=200)
    add_activity(ready_ws, "Tết Sum vầy 2025", dt.date(2025, 12, 28))
    widget = ActivityPage(ready_ws, runner, today=lambda: TODAY)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    return widget


def _titles(page: ActivityPage) -> list[str]:
    return [page.model.title_of(row) for row in range(page.model.rowCount())]


def _select(page: ActivityPage, title: str) -> str:
    row = _titles(page).index(title)
    page.table.selectRow(row)
    return page.model.activity_id(row)


def test_ctrl_n_in_the_main_window_opens_the_activity_dialog(ready_ws: Workspace, runner: TaskRunner,
                                                             qtbot: QtBot) -> None:
    """Ctrl+N on the Hoạt động page opens an empty activity dialog."""
    from cdtt_desktop.ui.main_window import MainWindow

    window = MainWindow(ready_ws, runner)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    page = window.show_page("activities")
    assert isinstance(page, ActivityPage)
    QTest.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(page.dialog, ActivityDialog) and page.dialog.isVisible()
    assert page.dialog.activity_id is None and page.dialog.form.title_edit.text() == ""
    page.dialog.reject()


def test_search_filters_as_you_type_after_a_short_pause(page: ActivityPage, qtbot: QtBot) -> None:
    """Typing waits for a pause (or Enter) before filtering; accents are not needed."""
    qtbot.keyClicks(page.search_edit, "mai am")
    assert page.model.rowCount() == 3  # still waiting for the pause
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=2000)
    assert _titles(page) == ["Trao nhà Mái ấm Công đoàn cho chị Lan"]
    page.search_edit.clear()
    page.apply_search_now()
    assert page.model.rowCount() == 3


def test_typed_vietnamese_search_and_no_match_message(page: ActivityPage) -> None:
    """Vietnamese typed key by key searches; a search with no match says so instead of a blank table."""
    for ch in "Hội thi":
        QTest.sendKeyEvent(QTest.KeyAction.Click, page.search_edit, Qt.Key.Key_unknown, ch,
                           Qt.KeyboardModifier.NoModifier)
    page.apply_search_now()
    assert _titles(page) == ["Hội thi an toàn vệ sinh lao động"]
    page.search_edit.setText("không có gì như thế này")
    page.apply_search_now()
    assert page.stack.currentIndex() == 1
    assert "No activity matches" in page.empty_label.text()
    assert page.empty_clear_button.isVisible()
    page.empty_clear_button.click()
    assert page.model.rowCount() == 3 and page.search_edit.text() == ""


def test_period_and_channel_filters(page: ActivityPage, ready_ws: Workspace) -> None:
    """'This year' hides last year's activity; the channel list filters by the channel's code."""
    page.filter_bar.select_period(Period.THIS_YEAR)
    assert "Tết Sum vầy 2025" not in _titles(page) and len(_titles(page)) == 2
    page.filter_bar.select_period(Period.LAST_YEAR)
    assert _titles(page) == ["Tết Sum vầy 2025"]
    page.filter_bar.select_period(Period.ALL)
    add_activity(ready_ws, "Tin gửi Báo Lao động", channel="union_press")
    page.refresh()
    combo = page.filter_bar.channel_combo
    combo.setCurrentIndex(combo.findData("union_press"))
    assert _titles(page) == ["Tin gửi Báo Lao động"]


def test_delete_asks_then_moves_to_the_trash(page: ActivityPage, ready_ws: Workspace, qtbot: QtBot) -> None:
    """The Delete key asks first; No keeps the activity; Yes moves it to the trash, where it shows."""
    activity_id = _select(page, "Hội thi an toàn vệ sinh lao động")
    page.table.setFocus()
    answers = BoxAnswerer(NO)
    QTest.keyClick(page.table, Qt.Key.Key_Delete)
    assert answers.done and "Hội thi an toàn" in answers.texts[0]
    assert get_activity(ready_ws, activity_id)["deleted_at"] is None
    answers = BoxAnswerer(YES)
    QTest.keyClick(page.table, Qt.Key.Key_Delete)
    assert answers.done
    assert get_activity(ready_ws, activity_id)["deleted_at"]
    assert "Hội thi an toàn vệ sinh lao động" not in _titles(page)
    page.trash_button.click()
    assert page.in_trash and _titles(page) == ["Hội thi an toàn vệ sinh lao động"]
    assert page.restore_button.isVisible() and not page.add_button.isVisible()


def test_trash_restore_brings_the_activity_back(page: ActivityPage, ready_ws: Workspace) -> None:
    """An activity restored from the trash is live again and listed."""
    activity_id = _select(page, "Tết Sum vầy 2025")
    BoxAnswerer(YES)
    assert page.delete_selected()
    page.set_trash(True)
    _select(page, "Tết Sum vầy 2025")
    page.restore_button.click()
    assert page.model.rowCount() == 0 and "The trash is empty" in page.empty_label.text()
    page.set_trash(False)
    assert get_activity(ready_ws, activity_id)["deleted_at"] is None
    assert "Tết Sum vầy 2025" in _titles(page)


def test_undo_right_after_delete_restores(page: ActivityPage, ready_ws: Workspace) -> None:
    """The notice after a delete offers Undo, which restores every deleted activity."""
    page.table.selectAll()
    ids = page.selected_ids()
    answers = BoxAnswerer(YES)
    assert page.delete_selected()
    assert "3" in answers.texts[0] and page.model.rowCount() == 0
    assert page.notice.isVisible() and page.notice.action_button.isVisible()
    page.notice.action_button.click()
    assert sorted(page.selected_ids()) == sorted(ids)
    assert all(get_activity(ready_ws, i)["deleted_at"] is None for i in ids)


def test_delete_permanently_asks_twice(page: ActivityPage, ready_ws: Workspace) -> None:
    """Purging from the trash needs two Yes answers; one No keeps the activity in the trash."""
    activity_id = _select(page, "Tết Sum vầy 2025")
    BoxAnswerer(YES)
    page.delete_selected()
    page.set_trash(True)
    _select(page, "Tết Sum vầy 2025")
    answers = BoxAnswerer(YES, NO)
    assert not page.purge_selected()
    assert answers.done and "cannot be undone" in answers.texts[0]
    assert get_activity(ready_ws, activity_id)["deleted_at"]
    answers = BoxAnswerer(YES, YES)
    assert page.purge_selected()
    with pytest.raises(RecordNotFoundError):
        get_activity(ready_ws, activity_id)


def test_status_text_counts_the_filtered_activities(page: ActivityPage, qtbot: QtBot) -> None:
    """The status bar shows the exact count and participants of the whole filter, not just the loaded page."""
    assert page.status_text() == "Activities: 3 · participants: 1.700"
    page.model.page_size = 2  # more activities than one page: the count comes from the background
    page.refresh()
    assert page.status_text() == "Counting…"
    qtbot.waitUntil(lambda: page.model.totals() is not None, timeout=5000)
    assert page.status_text() == "Activities: 3 · participants: 1.700"
    page.set_trash(True)
    assert page.status_text() == "In the trash: 0"


def test_enter_opens_the_selected_activity_and_saving_refreshes(page: ActivityPage, ready_ws: Workspace,
                                                                qtbot: QtBot) -> None:
    """Enter on a row edits it; after saving, the list shows the change and keeps it selected."""
    activity_id = _select(page, "Tết Sum vầy 2025")
    page.table.setFocus()
    QTest.keyClick(page.table, Qt.Key.Key_Return)
    dialog = page.dialog
    assert dialog is not None and dialog.activity_id == activity_id
    dialog.form.title_edit.setText("Tết Sum vầy 2025 tại Khu công nghiệp")
    with qtbot.waitSignal(dialog.saved):
        assert dialog.save()
    assert "Tết Sum vầy 2025 tại Khu công nghiệp" in _titles(page)
    assert page.selected_ids() == [activity_id]


def test_empty_log_invites_the_first_activity(ws_empty_page: ActivityPage) -> None:
    """With nothing logged the page explains what to do and offers Add and Import."""
    page = ws_empty_page
    assert page.stack.currentIndex() == 1
    assert "No activities logged yet" in page.empty_label.text()
    assert page.empty_add_button.isVisible() and page.empty_import_button.isVisible()
    assert not page.export_button.isEnabled()
    page.empty_add_button.click()
    assert page.dialog is not None and page.dialog.isVisible()
    page.dialog.reject()


@pytest.fixture
def ws_empty_page(ready_ws: Workspace, runner: TaskRunner, qtbot: QtBot) -> ActivityPage:
    widget = ActivityPage(ready_ws, runner, today=lambda: TODAY)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_export_writes_the_filtered_list(page: ActivityPage, tmp_path: Path, qtbot: QtBot) -> None:
    """Export writes the activities the filters show, through the export service, in the background."""
    page.search_edit.setText("mai am")
    page.apply_search_now()
    target = tmp_path / "hoat-dong.csv"
    with qtbot.waitSignal(page.exported, timeout=10_000) as signal:
        page.export_to(target)
    assert signal.args == [1]
    text = target.read_text(encoding="utf-8-sig")
    assert "Trao nhà Mái ấm Công đoàn cho chị Lan" in text and "Hội thi" not in text
    assert page.notice.isVisible() and "hoat-dong.csv" in page.notice.label.text()


def test_named_periods_cover_whole_months_quarters_and_years() -> None:
    """On 12/05/2026: this month is May, this quarter April–June, last year 2025; all time is open."""
    assert period_range(Period.THIS_MONTH, TODAY) == (dt.date(2026, 5, 1), dt.date(2026, 5, 31))
    assert period_range(Period.THIS_QUARTER, TODAY) == (dt.date(2026, 4, 1), dt.date(2026, 6, 30))
    assert period_range(Period.THIS_YEAR, TODAY) == (dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    assert period_range(Period.LAST_YEAR, TODAY) == (dt.date(2025, 1, 1), dt.date(2025, 12, 31))
    assert period_range(Period.THIS_QUARTER, dt.date(2026, 12, 31)) == (dt.date(2026, 10, 1),
                                                                         dt.date(2026, 12, 31))
    assert period_range(Period.ALL, TODAY) == (None, None)


def test_custom_period_uses_the_two_dates(page: ActivityPage) -> None:
    """'From … to …' shows two date boxes; the list keeps what falls between them, both days included."""
    bar = page.filter_bar
    assert not bar.from_edit.isVisible()
    bar.select_period(Period.CUSTOM)
    assert bar.from_edit.isVisible() and bar.to_edit.isVisible()
    bar.from_edit.setDate(QDate(2026, 4, 20))
    bar.to_edit.setDate(QDate(2026, 4, 30))
    assert _titles(page) == ["Hội thi an toàn vệ sinh lao động"]
    bar.from_edit.setDate(QDate(2026, 5, 9))  # after 'to': 'to' follows, so the range stays valid
    assert bar.to_edit.date() == QDate(2026, 5, 9)
    assert _titles(page) == []


def test_import_opens_the_import_dialog_and_shows_what_came_in(page: ActivityPage, ready_ws: Workspace,
                                                               tmp_path: Path) -> None:
    """Import opens the import dialog for the file; when it reports activities imported, the list reloads."""
    from cdtt_desktop.ui.import_dialog import ImportDialog

    source = tmp_path / "hoat-dong.csv"
    source.write_text("Ngày,Tiêu đề,Kênh\n03/05/2026,Tin mới nhập,Mạng xã hội\n", encoding="utf-8")
    page.transfer.open_import(source)
    dialog = page.findChild(ImportDialog)
    assert dialog is not None and dialog.isVisible()
    add_activity(ready_ws, "Tin mới nhập", dt.date(2026, 5, 3))  # as the import would
    dialog.imported.emit(1)
    assert "Tin mới nhập" in _titles(page)
    assert "1" in page.notice.label.text()
    dialog.done(0)


def test_a_count_put_off_while_hidden_is_done_when_shown_again(page: ActivityPage, qtbot: QtBot) -> None:
    """Hiding the page (another page, a minimised window) never leaves the status stuck on 'Counting…'."""
    page.model.page_size = 2
    page.refresh()
    page.hide()
    assert page.status_text() == "Counting…"
    page.show()
    qtbot.waitUntil(lambda: page.model.totals() is not None, timeout=5000)
    assert page.status_text() == "Activities: 3 · participants: 1.700"
