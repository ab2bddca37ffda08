"""Settings › Mái ấm: the rules of a year are data, edited, validated beside their fields and saved per year."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from cdtt_desktop.domain import messages as m
from cdtt_desktop.services import housing as service
from cdtt_desktop.services.workspace import Workspace
from cdtt_desktop.tasks.runner import TaskRunner
from cdtt_desktop.ui.housing_rules_editor import HousingRulesEditor
from cdtt_desktop.ui.settings_page import SettingsPage
from tests.ui.activity_helpers import BoxAnswerer
from tests.ui.story_helpers import type_text

THIS_YEAR = dt.date.today().year


def make_editor(ws: Workspace, qtbot: QtBot) -> HousingRulesEditor:
    editor = HousingRulesEditor(ws)
    qtbot.addWidget(editor)
    editor.show()
    return editor


def test_settings_has_a_union_homes_tab_showing_the_defaults(ready_ws: Workspace, qtbot: QtBot) -> None:
    """The "Union Homes" tab shows this year's rules: 60.000.000 đ, 20.000.000 đ, 5 years, four papers."""
    page = SettingsPage(ready_ws, TaskRunner())
    qtbot.addWidget(page)
    titles = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    assert "Union Homes" in titles
    editor = page.housing_rules
    assert page.tabs.widget(titles.index("Union Homes")) is editor
    assert editor.year_spin.value() == THIS_YEAR
    assert editor.amount_edits["new_build_amount"].text() == "60.000.000"
    assert editor.amount_edits["repair_amount"].text() == "20.000.000"
    assert editor.words["new_build_amount"].text() == "Sáu mươi triệu đồng"
    assert editor.years_spin.value() == 5
    assert [k for k, box in editor.document_checks.items() if box.isChecked()] == [
        "member_request", "grassroots_request", "land_papers", "id_card"]
    assert not page.has_unsaved_changes()


def test_edited_rules_are_saved_for_the_year_shown(ready_ws: Workspace, qtbot: QtBot) -> None:
    """New amounts, years and papers are stored as the year's own rules and used for its cases."""
    editor = make_editor(ready_ws, qtbot)
    edit = editor.amount_edits["new_build_amount"]
    edit.clear()
    type_text(edit, "70000000")
    editor.years_spin.setValue(3)
    editor.document_checks["id_card"].setChecked(False)
    editor.document_checks["photos_before"].setChecked(True)
    assert editor.is_modified()
    assert editor.save() and editor.status_label.text() == f"Saved the rules of {THIS_YEAR}."
    rules = service.rules_for(ready_ws, THIS_YEAR)
    assert (rules.new_build_amount, rules.repair_amount, rules.min_membership_years) == (70_000_000, 20_000_000, 3)
    assert rules.required_documents == ("member_request", "grassroots_request", "land_papers", "photos_before")
    assert not editor.is_modified()


def test_an_amount_that_is_not_a_number_is_refused_beside_its_field(ready_ws: Workspace, qtbot: QtBot) -> None:
    """"bảy mươi triệu" is not saved; the reason shows under the field; nothing is stored."""
    editor = make_editor(ready_ws, qtbot)
    edit = editor.amount_edits["repair_amount"]
    edit.clear()
    type_text(edit, "bảy mươi triệu")
    assert not editor.save()
    assert editor._errors["repair_amount"].text() == m.NOT_A_NUMBER
    assert editor.status_label.text() == "Not saved: correct the fields marked in red."
    assert service.rules_for(ready_ws, THIS_YEAR).repair_amount == 20_000_000
    edit.clear()
    assert not editor.save() and editor._errors["repair_amount"].text() == m.REQUIRED


def test_another_year_asks_before_dropping_unsaved_rules(ready_ws: Workspace, qtbot: QtBot) -> None:
    """Choosing another year with unsaved edits asks; "Yes" stores them for the year they were typed for."""
    editor = make_editor(ready_ws, qtbot)
    editor.years_spin.setValue(4)
    answer = BoxAnswerer(QMessageBox.StandardButton.Yes)
    editor.year_spin.setValue(THIS_YEAR + 1)
    qtbot.waitUntil(lambda: answer.done)
    assert service.rules_for(ready_ws, THIS_YEAR).min_membership_years == 4
    assert editor.years_spin.value() == 4  # the next year follows the nearest earlier year's rules
    assert "has no rules of its own yet" in editor.source_label.text()
