"""The "Mái ấm Công đoàn" page: the list with its step badges and masked CCCD, filters and accent-insensitive
search, the totals of the filtered set, New (the wizard), Open (the case file), the trash and the main window."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from cdtt_desktop.domain.housing import CaseStep
from cdtt_desktop.services import housing as service
from cdtt_desktop.services.workspace import Workspace
from cdtt_desktop.tasks.runner import TaskRunner
from cdtt_desktop.ui.housing_page import HousingPage
from cdtt_desktop.ui.housing_table_model import Column
from cdtt_desktop.ui.main_window import MainWindow
from cdtt_desktop.ui.story_table_model import STATUS_ROLE
from tests.ui.activity_helpers import BoxAnswerer
from tests.ui.housing_helpers import CCCD, case_at, request_case, unit_id
from tests.ui.story_helpers import type_text

YES = QMessageBox.StandardButton.Yes


@pytest.fixture
def page(ready_ws: Workspace, qtbot: QtBot) -> Iterator[HousingPage]:
    shown = HousingPage(ready_ws, TaskRunner())
    qtbot.addWidget(shown)
    shown.show()
    yield shown
    for dialog in (shown.wizard, shown.view):
        if dialog is not None and shiboken6.isValid(dialog) and dialog.isVisible():
            dialog.done(0)


def names(page: HousingPage) -> list[str]:
    return sorted(s.beneficiary for s in page.model.rows())


def test_the_list_shows_the_step_and_never_the_whole_cccd(page: HousingPage, ready_ws: Workspace,
                                                          tmp_path: Path) -> None:
    """Each row has its step as a badge, the amounts in đồng, the next step and due date; the CCCD is masked."""
    case_id = case_at(ready_ws, CaseStep.DECISION, tmp_path)
    page.refresh()
    row = page.model.row_of(case_id)
    assert row is not None
    shown = [page.model.index(row, c).data() for c in Column]
    assert page.model.index(row, Column.STEP).data(STATUS_ROLE) == "decision"
    assert shown[Column.STEP] == "Decision" and shown[Column.BENEFICIARY] == "Nguyễn Thị Mai"
    assert shown[Column.CCCD] == "001******345"
    assert not any(CCCD in str(text) for text in shown)
    assert shown[Column.REQUESTED] == shown[Column.APPROVED] == "60.000.000 đ"
    assert shown[Column.NEXT] == "Construction" and shown[Column.DUE]


def test_totals_are_those_of_the_filtered_set(page: HousingPage, ready_ws: Workspace, tmp_path: Path) -> None:
    """Filtering by CĐCS, step or text changes the counts and the đồng above the list and in the status bar."""
    request_case(ready_ws, tmp_path, name="Nguyễn Thị Mai", unit=0, support="60.000.000")
    request_case(ready_ws, tmp_path, name="Trần Văn Hùng", unit=1, support="20.000.000")
    case_at(ready_ws, CaseStep.DECISION, tmp_path, name="Lê Thị Thu", unit=1, support="50.000.000")
    page.refresh()
    assert page.totals_label.text() == "Cases: 3 · requested 130.000.000 đ · approved 50.000.000 đ"
    bar = page.filter_bar
    bar.unit_combo.select_id(unit_id(ready_ws, 1))
    assert names(page) == ["Lê Thị Thu", "Trần Văn Hùng"]
    assert page.totals_label.text() == "Cases: 2 · requested 70.000.000 đ · approved 50.000.000 đ"
    assert page.status_text() == page.totals_label.text()
    bar.select(bar.step_combo, CaseStep.REQUEST.value)
    assert names(page) == ["Trần Văn Hùng"] and page.totals.requested == 20_000_000
    bar.clear()
    type_text(page.search_edit, "nguyen thi")  # no accents, as people type in a hurry
    bar.apply_search_now()
    assert names(page) == ["Nguyễn Thị Mai"]
    assert page.status_text() == "Cases: 1 · requested 60.000.000 đ · approved 0 đ"


def test_new_opens_the_wizard_and_an_untouched_case_leaves_no_trace(page: HousingPage,
                                                                    ready_ws: Workspace) -> None:
    """Ctrl+N makes a case at the request step and opens the wizard; closed with nothing typed, it goes."""
    assert page.new_item()
    wizard = page.wizard
    assert wizard is not None and wizard.isVisible()
    assert service.get_case(ready_ws, wizard.case_id).summary.step is CaseStep.REQUEST
    wizard.done(0)
    assert page.model.rowCount() == 0 and page.empty_label.isVisible()
    assert page.new_item()
    type_text(page.wizard.beneficiary_page.line("full_name"), "Phạm Văn Tâm")  # type: ignore[union-attr]
    page.wizard.done(0)  # type: ignore[union-attr]
    assert names(page) == ["Phạm Văn Tâm"]


def test_open_shows_the_case_file_and_the_trash_can_be_undone(page: HousingPage, ready_ws: Workspace,
                                                              tmp_path: Path, qtbot: QtBot) -> None:
    """Enter opens the case file; Delete asks and moves the case to the trash; Undo, or Restore from the trash,
    brings it back."""
    case_id = request_case(ready_ws, tmp_path)
    page.refresh()
    page.select_ids([case_id])
    assert page.open_selected()
    assert page.view is not None and page.view.isVisible() and page.view.case_id == case_id
    page.view.done(0)
    answer = BoxAnswerer(YES)
    assert page.delete_selected()
    qtbot.waitUntil(lambda: answer.done)
    assert "Nguyễn Thị Mai" in answer.texts[0] and page.model.rowCount() == 0
    page.notice.trigger()  # Undo
    assert names(page) == ["Nguyễn Thị Mai"] and page.selected_ids() == [case_id]
    answer = BoxAnswerer(YES)
    page.table.delete_requested.emit()  # the Delete key
    qtbot.waitUntil(lambda: answer.done)
    page.set_trash(True)
    assert names(page) == ["Nguyễn Thị Mai"] and page.status_text() == "In the trash: 1"
    page.select_ids([case_id])
    page.restore_button.click()
    page.set_trash(False)
    assert names(page) == ["Nguyễn Thị Mai"]


def test_the_main_window_shows_this_page_for_union_homes(ready_ws: Workspace, qtbot: QtBot) -> None:
    """"Mái ấm Công đoàn" in the navigation is this page, and Ctrl+N there starts a case, not an activity."""
    window = MainWindow(ready_ws, TaskRunner())
    qtbot.addWidget(window)
    window.show()
    shown = window.show_page("housing")
    assert isinstance(shown, HousingPage)
    window.new_action.trigger()
    assert shown.wizard is not None and window.current_key() == "housing"
    shown.wizard.done(0)
    assert window.count_label.text() == shown.status_text()
    assert shown.table.horizontalHeader().sectionSize(Column.STEP) >= shown.table.fontMetrics().horizontalAdvance(
        "Returned for completion")
    assert shown.table.model().headerData(Column.DUE, Qt.Orientation.Horizontal) == "Due"


def test_the_case_file_opens_the_editor_where_alone_the_cccd_is_whole(page: HousingPage, ready_ws: Workspace,
                                                                      tmp_path: Path, qtbot: QtBot) -> None:
    """"Edit the details…" opens the wizard with the CCCD in full; finishing it shows the same case file again."""
    case_id = request_case(ready_ws, tmp_path)
    page.refresh()
    view = page.open_case(case_id)
    assert CCCD not in view.facts_label.text()
    view.edit_button.click()
    wizard = page.wizard
    assert wizard is not None and wizard.beneficiary_page.line("cccd").text() == CCCD
    wizard.beneficiary_page.line("job").setText("Tổ trưởng tổ may")
    wizard.beneficiary_page.touch("job")
    with qtbot.waitSignal(wizard.completed):
        wizard.accept()
    assert page.view is view and view.isVisible()
    assert service.get_case(ready_ws, case_id).content.job == "Tổ trưởng tổ may"
