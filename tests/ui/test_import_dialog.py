"""The import dialog: columns pre-filled, first rows shown, all-or-nothing import with a problem list."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from cdtt_desktop.services.activity_io import list_activities
from cdtt_desktop.services.tabular import read_table, write_table
from cdtt_desktop.services.workspace import Workspace
from cdtt_desktop.tasks.runner import TaskRunner
from cdtt_desktop.ui.import_dialog import ImportDialog, column_letter
from tests.conftest import TODAY

HEADERS = ["STT", "Ngày đăng", "Tên tin bài", "Loại hình", "Link", "Số người", "Ghi chú"]


def rows(count: int) -> list[list[object]]:
    return [[i + 1, dt.date(2026, 3, 1 + i), f"Tin bài số {i + 1} về Công đoàn",
             "Mạng xã hội", f"https://laodong.vn/tin-{i}", 10 + i, f"Ghi chú {i}"] for i in range(count)]


@pytest.fixture
def runner(qtbot) -> Iterator[TaskRunner]:  # type: ignore[no-untyped-def]
    task_runner = TaskRunner()
    yield task_runner
    task_runner.wait()


@pytest.fixture(autouse=True)
def close_message_boxes() -> Iterator[None]:
    """The success message opens without blocking; close whatever a test left open."""
    yield
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMessageBox):
            widget.close()


def open_dialog(qtbot, ws: Workspace, runner: TaskRunner, path: Path) -> ImportDialog:  # type: ignore[no-untyped-def]
    dialog = ImportDialog(ws, runner, path, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.preview is not None)
    return dialog


def test_columns_are_prefilled_and_first_rows_shown(qtbot, ready_ws: Workspace, runner: TaskRunner,
                                                    tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Each field's combo starts on the column whose header names it; the table shows the file's rows."""
    path = tmp_path / "nhat-ky.xlsx"
    write_table(path, HEADERS, rows(25))
    dialog = open_dialog(qtbot, ready_ws, runner, path)
    chosen = {name: index for name, index in dialog.mapping().items() if index is not None}
    assert chosen == {"occurred_on": 1, "title": 2, "channel": 3, "url": 4, "participants": 5, "notes": 6}
    assert dialog.combos["occurred_on"].currentText() == "B: Ngày đăng"
    table = dialog.preview_table
    assert table.rowCount() == 20 and table.columnCount() == len(HEADERS)
    assert table.verticalHeaderItem(0).text() == "2"  # the row number as the file shows it
    assert table.item(0, 1).text() == "01/03/2026"
    assert table.horizontalHeaderItem(1).text().startswith("Ngày đăng\n→ ")
    assert dialog.import_button.isEnabled()
    assert "25" in dialog.info_label.text()


def test_import_needs_date_title_and_channel(qtbot, ready_ws: Workspace, runner: TaskRunner,
                                             tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """With no column for a required field the Import button is off and a hint names the field."""
    path = tmp_path / "a.csv"
    write_table(path, HEADERS, rows(2))
    dialog = open_dialog(qtbot, ready_ws, runner, path)
    dialog.combos["channel"].setCurrentIndex(0)
    assert not dialog.import_button.isEnabled()
    assert dialog.field_labels()["channel"] in dialog.mapping_hint.text()
    dialog.combos["channel"].setCurrentIndex(4)
    assert dialog.import_button.isEnabled() and dialog.mapping_hint.isHidden()


def test_successful_import_reports_the_count_and_accepts(qtbot, ready_ws: Workspace, runner: TaskRunner,
                                                         tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Import runs in the background with the chosen columns, emits imported(n) and closes the dialog."""
    path = tmp_path / "a.xlsx"
    write_table(path, HEADERS, rows(3))
    dialog = open_dialog(qtbot, ready_ws, runner, path)
    dialog.combos["notes"].setCurrentIndex(0)  # the person decided the notes column is not wanted
    with qtbot.waitSignal(dialog.imported, timeout=10_000) as signal:
        dialog.import_button.click()
    assert signal.args == [3]
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert "3" in dialog.result_text
    stored = list_activities(ready_ws)
    assert [r["title"] for r in stored] == ["Tin bài số 1 về Công đoàn", "Tin bài số 2 về Công đoàn",
                                            "Tin bài số 3 về Công đoàn"]
    assert {r["notes"] for r in stored} == {""} and stored[0]["participants"] == 10


def test_failing_file_lists_every_problem_and_imports_nothing(qtbot, ready_ws: Workspace, runner: TaskRunner,
                                                              tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """One bad row: nothing imported; the Problems tab lists row, column and message; Import works again."""
    data = rows(4)
    data[1][1] = "31/02/2026"
    data[3][3] = "Truyền hình"
    path = tmp_path / "loi.csv"
    write_table(path, HEADERS, data)
    dialog = open_dialog(qtbot, ready_ws, runner, path)
    imported: list[int] = []
    dialog.imported.connect(imported.append)
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.tabs.isTabVisible(dialog.problems_tab), timeout=10_000)
    table = dialog.problems_view.table
    cells = [[table.item(r, c).text() for c in range(3)] for r in range(table.rowCount())]
    assert [c[:2] for c in cells] == [["3", "Ngày đăng"], ["5", "Loại hình"]]
    assert "Truyền hình" in cells[1][2]
    assert dialog.tabs.currentIndex() == dialog.problems_tab
    assert list_activities(ready_ws) == [] and imported == []
    assert dialog.isVisible() and dialog.import_button.isEnabled()
    report = tmp_path / "loi-bao-cao.csv"
    assert dialog.problems_view.save_report(report)
    saved = read_table(report)
    assert saved.headers == dialog.problems_view.headers()
    assert saved.rows == cells


def test_unreadable_file_says_why_and_cannot_be_imported(qtbot, ready_ws: Workspace, runner: TaskRunner,
                                                         tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A file that is not a spreadsheet shows the reason; the Import button stays off."""
    path = tmp_path / "anh.csv"
    path.write_bytes(b"")
    dialog = ImportDialog(ready_ws, runner, path, today=TODAY)
    qtbot.addWidget(dialog)
    reading = dialog.info_label.text()
    qtbot.waitUntil(lambda: dialog.info_label.text() != reading)
    assert dialog.preview is None and not dialog.import_button.isEnabled()


def test_cannot_be_closed_while_importing(qtbot, ready_ws: Workspace, runner: TaskRunner,
                                          tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """While the import runs, Cancel/Escape do nothing: an import is never left half-way."""
    path = tmp_path / "a.csv"
    write_table(path, HEADERS, rows(1))
    dialog = open_dialog(qtbot, ready_ws, runner, path)
    dialog._set_running(True)
    dialog.reject()
    assert dialog.isVisible()
    dialog._set_running(False)
    dialog.reject()
    assert not dialog.isVisible()


def test_column_letters_are_spreadsheet_names() -> None:
    """Columns are offered as A, B, … Z, AA like Excel shows them."""
    letters = [column_letter(i) for i in (0, 1, 25, 26, 27, 701, 702)]
    assert letters == ["A", "B", "Z", "AA", "AB", "ZZ", "AAA"]
