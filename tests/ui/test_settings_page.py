"""The Settings page: unit and signer, grassroots unions, language and attachment limit."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QMessageBox

from cdtt_desktop.domain import messages as m
from cdtt_desktop.domain.units import UnitKind
from cdtt_desktop.services.setup import current_setup
from cdtt_desktop.services.units import grassroots_units
from cdtt_desktop.services.workspace import Workspace, open_workspace
from cdtt_desktop.settings import MB
from cdtt_desktop.tasks.runner import TaskRunner
from cdtt_desktop.ui.settings_page import SettingsPage
from tests.ui.test_setup_wizard import type_text


@pytest.fixture
def page(qtbot, ready_ws: Workspace) -> Iterator[SettingsPage]:  # type: ignore[no-untyped-def]
    runner = TaskRunner()
    settings = SettingsPage(ready_ws, runner)
    qtbot.addWidget(settings)
    settings.show()
    yield settings
    runner.wait()


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> list[QMessageBox.StandardButton]:
    """Replies for QMessageBox.question, used up in order (an empty list after a call shows it was asked)."""
    replies: list[QMessageBox.StandardButton] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kw: replies.pop(0))
    return replies


def test_the_unit_edited_and_saved_is_stored(qtbot, page: SettingsPage,  # type: ignore[no-untyped-def]
                                             ready_ws: Workspace) -> None:
    """Editing the unit and the signer, then Save, stores them and tells the window."""
    page.unit_form.editor("unit_name").clear()
    type_text(page.unit_form.editor("unit_name"), "Công đoàn phường Hoàn Kiếm")
    page.signer_form.editor("signing_authority").setEditText("KT. CHỦ TỊCH")
    with qtbot.waitSignal(page.setup_changed, timeout=1000):
        page.save_unit_button.click()
    setup = current_setup(ready_ws)
    assert setup is not None
    assert (setup.unit_name, setup.signing_authority) == ("Công đoàn phường Hoàn Kiếm", "KT. CHỦ TỊCH")
    assert not page.has_unsaved_changes()


def test_invalid_values_are_shown_beside_their_fields_and_nothing_is_saved(
        qtbot, page: SettingsPage, ready_ws: Workspace) -> None:  # type: ignore[no-untyped-def]
    """A missing name and a bad abbreviation are explained under their fields; nothing is stored."""
    before = current_setup(ready_ws)
    page.unit_form.editor("unit_name").clear()
    page.unit_form.editor("abbreviation").setText("cd p")
    with qtbot.assertNotEmitted(page.setup_changed):
        page.save_unit_button.click()
    assert page.unit_form.error_text("unit_name") == m.REQUIRED
    assert page.unit_form.error_text("abbreviation") == m.BAD_ABBR
    assert page.unit_form.error_text("place_name") == ""
    assert current_setup(ready_ws) == before
    assert page.unit_form.text("abbreviation") == "cd p"  # what was typed stays to be corrected


def test_refresh_keeps_unsaved_edits(page: SettingsPage) -> None:
    """Reloading the page (F5, coming back) never overwrites what was typed."""
    page.unit_form.editor("address").setText("Số 5 phố Hàng Bài")
    page.refresh()
    assert page.unit_form.text("address") == "Số 5 phố Hàng Bài"


def test_switching_language_emits_the_signal_and_persists(qtbot, page: SettingsPage,  # type: ignore[no-untyped-def]
                                                         ready_ws: Workspace) -> None:
    """Choosing English saves the setting and tells the window to switch."""
    with qtbot.waitSignal(page.language_changed, timeout=1000) as signal:
        page.language_buttons["en"].click()
    assert signal.args == ["en"]
    again = open_workspace(ready_ws.paths)
    try:
        assert again.settings["language"] == "en"
    finally:
        again.close()


def test_switching_language_with_unsaved_edits_asks_and_can_stay(
        qtbot, page: SettingsPage, ready_ws: Workspace,  # type: ignore[no-untyped-def]
        answers: list[QMessageBox.StandardButton]) -> None:
    """With unsaved edits the language switch asks; Cancel keeps the language and the edits."""
    page.unit_form.editor("address").setText("Số 5 phố Hàng Bài")
    answers.append(QMessageBox.StandardButton.Cancel)
    with qtbot.assertNotEmitted(page.language_changed):
        page.language_buttons["en"].click()
    assert answers == []  # the question was asked
    assert ready_ws.settings["language"] == "vi"
    assert page.language_buttons["vi"].isChecked()
    assert page.unit_form.text("address") == "Số 5 phố Hàng Bài"


def test_removing_a_grassroots_union_asks_and_leaves_a_tombstone(
        page: SettingsPage, ready_ws: Workspace, answers: list[QMessageBox.StandardButton]) -> None:
    """Remove asks first; No keeps the union, Yes moves it to the trash (tombstone), not destroyed."""
    table = page.grassroots.table
    name = table.item(0, 0).text()
    table.selectionModel().select(table.model().index(0, 0), QItemSelectionModel.SelectionFlag.Rows
                                  | QItemSelectionModel.SelectionFlag.Select)
    answers.append(QMessageBox.StandardButton.No)
    page.grassroots.remove_button.click()
    assert len(grassroots_units(ready_ws)) == 3 and table.rowCount() == 3
    answers.append(QMessageBox.StandardButton.Yes)
    page.grassroots.remove_button.click()
    assert name not in {u["name"] for u in grassroots_units(ready_ws)}
    assert table.rowCount() == 2
    every = ready_ws.units.by_kind(UnitKind.GRASSROOTS, include_deleted=True)
    removed = [u for u in every if u["name"] == name]
    assert len(removed) == 1 and removed[0]["deleted_at"]
    assert not page.grassroots.is_modified()


def test_grassroots_edits_and_new_rows_are_saved(page: SettingsPage, ready_ws: Workspace) -> None:
    """A changed member count ('2.500') and a new row are written by Save changes."""
    table = page.grassroots.table
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == "CĐCS Công ty May 10")
    table.item(row, 2).setText("2.500")
    page.grassroots.add_row()
    table.item(table.rowCount() - 1, 0).setText("CĐCS Công ty Điện lực Ba Đình")
    page.save_units_button.click()
    counts = {u["name"]: u["member_count"] for u in grassroots_units(ready_ws)}
    assert counts["CĐCS Công ty May 10"] == 2500
    assert "CĐCS Công ty Điện lực Ba Đình" in counts
    assert not page.grassroots.is_modified()


def test_attachment_limit_is_saved(page: SettingsPage, ready_ws: Workspace) -> None:
    """The largest attachment size is stored in MB and used as the limit in bytes."""
    page.tabs.setCurrentIndex(3)
    page.limit_spin.setValue(40)
    page.save_limit_button.click()
    assert ready_ws.settings["attachment_limit_mb"] == 40
    assert ready_ws.settings.attachment_limit == 40 * MB


def test_the_plan_editor_is_a_tab_of_settings(page: SettingsPage) -> None:
    """The year's plan is edited from Settings, in its own tab."""
    from cdtt_desktop.ui.plan_editor import PlanEditor

    assert isinstance(page.plan_editor, PlanEditor)
    assert page.tabs.indexOf(page.plan_editor) == page.tabs.count() - 1
    assert page.tabs.tabText(page.tabs.count() - 1) == "Plan"
