"""Settings › Documents: the NĐ 30 format profile is shown, kept within its ranges, saved and restored."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from cdtt_desktop.domain.messages import Problem
from cdtt_desktop.domain.official import OUT_OF_RANGE, FormatProfile
from cdtt_desktop.services.doc_common import format_profile, save_format_profile
from cdtt_desktop.services.workspace import Workspace
from cdtt_desktop.tasks.runner import TaskRunner
from cdtt_desktop.ui.format_profile_editor import FormatProfileEditor
from cdtt_desktop.ui.settings_page import SettingsPage


def make_editor(ws: Workspace, qtbot: QtBot) -> FormatProfileEditor:
    editor = FormatProfileEditor(ws)
    qtbot.addWidget(editor)
    editor.show()
    return editor


def test_a_fresh_workspace_shows_the_nd30_defaults(ws: Workspace, qtbot: QtBot) -> None:
    """With nothing stored every field shows the default of NĐ 30 and nothing counts as edited."""
    editor = make_editor(ws, qtbot)
    shown = {name: spin.value() for name, spin in editor.spins.items()}
    assert shown == FormatProfile().to_dict()
    assert shown["margin_left"] == 30 and shown["first_line_indent_cm"] == 1.27
    assert not editor.is_modified()


def test_edits_are_saved_and_read_back(ws: Workspace, qtbot: QtBot) -> None:
    """Save stores the values; the service and a new editor both give them back."""
    editor = make_editor(ws, qtbot)
    editor.spins["margin_top"].setValue(25)
    editor.spins["body_size"].setValue(13)
    editor.spins["line_spacing"].setValue(1.5)
    editor.spins["first_line_indent_cm"].setValue(1.0)
    assert editor.is_modified()
    with qtbot.waitSignal(editor.saved, timeout=1000):
        editor.save_button.click()
    assert editor.status_label.text() == "Saved."
    assert not editor.is_modified()
    stored = format_profile(ws)
    assert (stored.margin_top, stored.body_size, stored.line_spacing, stored.first_line_indent_cm) == (
        25, 13, 1.5, 1.0)
    again = make_editor(ws, qtbot)
    assert again.profile() == stored
    assert not again.is_modified()


def test_values_outside_the_allowed_range_are_clamped(ws: Workspace, qtbot: QtBot) -> None:
    """A value NĐ 30 does not allow cannot be entered: it stops at the nearest limit."""
    editor = make_editor(ws, qtbot)
    editor.spins["margin_top"].setValue(40)
    editor.spins["margin_left"].setValue(10)
    editor.spins["line_spacing"].setValue(3)
    assert editor.spins["margin_top"].value() == 25
    assert editor.spins["margin_left"].value() == 30
    assert editor.spins["line_spacing"].value() == 1.5
    assert editor.spins["recipients_size"].isReadOnly()  # low == high: fixed by the decree
    assert not editor.spins["body_size"].isReadOnly()


def test_restore_fills_the_defaults_without_saving(ws: Workspace, qtbot: QtBot) -> None:
    """Restore NĐ 30 defaults only fills the fields: the stored profile changes on Save."""
    save_format_profile(ws, FormatProfile(margin_top=25, body_size=13))
    editor = make_editor(ws, qtbot)
    assert editor.spins["margin_top"].value() == 25
    editor.restore_button.click()
    assert editor.profile() == FormatProfile()
    assert editor.is_modified()
    assert format_profile(ws).margin_top == 25
    editor.save_button.click()
    assert format_profile(ws) == FormatProfile()


def test_problems_are_shown_beside_their_fields(ws: Workspace, qtbot: QtBot) -> None:
    """A rule broken at save time is explained under the field it concerns, and only there."""
    editor = make_editor(ws, qtbot)
    editor.show_problems([Problem("margin_right", OUT_OF_RANGE, {"low": "15", "high": "20"})])
    assert editor.error_text("margin_right") == "NĐ 30 allows 15 to 20 here."
    assert editor.error_text("margin_top") == ""
    editor.show_problems([])
    assert editor.error_text("margin_right") == ""


def test_spin_boxes_use_the_application_locale(ws: Workspace, qtbot: QtBot) -> None:
    """Under the Vietnamese locale the indent reads 1,27 (decimal comma)."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))
    try:
        editor = make_editor(ws, qtbot)
        assert editor.spins["first_line_indent_cm"].text() == "1,27"
    finally:
        QLocale.setDefault(before)


def test_the_settings_page_has_the_tab_and_reports_unsaved_edits(ready_ws: Workspace, qtbot: QtBot) -> None:
    """The "Documents" tab follows "Union Homes"; an unsaved edit counts as unsaved until saved."""
    page = SettingsPage(ready_ws, TaskRunner())
    qtbot.addWidget(page)
    titles = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    assert titles.index("Documents") == titles.index("Union Homes") + 1
    editor = page.format_profile
    assert page.tabs.widget(titles.index("Documents")) is editor
    assert not page.has_unsaved_changes()
    editor.spins["margin_bottom"].setValue(22)
    assert page.has_unsaved_changes()
    page.refresh()  # coming back to the page keeps what was typed
    assert editor.spins["margin_bottom"].value() == 22
    editor.save_button.click()
    assert not page.has_unsaved_changes()
    assert format_profile(ready_ws).margin_bottom == 22
