"""Settings › Plan: choosing a year, copying it, editing the header and the plan's parts."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QWidget

from cdtt_desktop.domain.activities import ActivityInput
from cdtt_desktop.domain.plan import Period
from cdtt_desktop.services import plan_admin
from cdtt_desktop.services.activities import save_activity
from cdtt_desktop.services.workspace import Workspace
from cdtt_desktop.ui.plan_dialogs import PlanPartDialog, period_labels
from cdtt_desktop.ui.plan_editor import PlanEditor


@pytest.fixture
def editor(qtbot, ready_ws: Workspace) -> PlanEditor:  # type: ignore[no-untyped-def]
    widget = PlanEditor(ready_ws)
    qtbot.addWidget(widget)
    widget.resize(1000, 650)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def type_text(widget: QWidget, text: str) -> None:
    """Type text key by key (Vietnamese included), as a person would."""
    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch,
                           Qt.KeyboardModifier.NoModifier)


def click_ok(qtbot, dialog: QWidget) -> None:  # type: ignore[no-untyped-def]
    box = dialog.findChild(QDialogButtonBox)
    qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def cells(editor: PlanEditor, table: str, column: int) -> list[str]:
    grid = editor.parts.tables[table]
    return [grid.item(r, column).text() for r in range(grid.rowCount())]


def open_dialog(editor: PlanEditor, table: str, row: int | None = None) -> PlanPartDialog:
    if row is None:
        editor.parts.add_part(table)
    else:
        editor.parts.tables[table].selectRow(row)
        editor.parts.edit_part(table)
    dialog = editor.parts.part_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_shows_the_years_plan_with_dates_dd_mm_yyyy(editor: PlanEditor) -> None:
    """The 2026 plan is shown: its header, campaigns with dd/MM/yyyy windows, targets with periods."""
    assert editor.year_combo.currentText() == "2026"
    assert editor.header_edits["title"].text() == "Kế hoạch truyền thông năm 2026"
    assert "01/05/2026" in cells(editor, "campaigns", 1) and "30/05/2026" in cells(editor, "campaigns", 2)
    assert cells(editor, "content_groups", 0) == ["1.1", "1.2", "1.3", "1.4"]
    assert cells(editor, "targets", 1)[:2] == ["1", "4"]
    assert cells(editor, "targets", 2)[0] == period_labels()["day"]
    assert not editor.header_is_modified() and not editor.save_header_button.isEnabled()


def test_period_labels_cover_every_period() -> None:
    """Every period of the domain has a label for the screen."""
    assert set(period_labels()) == {p.value for p in Period}


def test_add_campaign_keeps_typing_when_invalid_and_saves_when_fixed(qtbot, editor: PlanEditor,  # type: ignore[no-untyped-def]
                                                                     ready_ws: Workspace) -> None:
    """A campaign without a name stays in the dialog with the message beside the field; fixed, it is saved."""
    dialog = open_dialog(editor, "campaigns")
    type_text(dialog.inputs["theme"], "Ngày hội công nhân – Phiên chợ nghĩa tình")
    dialog.inputs["starts_on"].setDate(QDate(2026, 6, 10))
    dialog.inputs["ends_on"].setDate(QDate(2026, 6, 12))
    click_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.errors["name"].isVisible() and dialog.errors["name"].text() == "This field is required."
    assert dialog.inputs["theme"].text() == "Ngày hội công nhân – Phiên chợ nghĩa tình"
    type_text(dialog.inputs["name"], "Ngày hội công nhân")
    click_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert "Ngày hội công nhân" in cells(editor, "campaigns", 0)
    campaigns = plan_admin.plan_summary(ready_ws, 2026).campaigns
    saved = next(c for c in campaigns if c["name"] == "Ngày hội công nhân")
    assert (saved["starts_on"], saved["ends_on"]) == ("2026-06-10", "2026-06-12")


def test_campaign_ending_after_next_first_quarter_is_refused_beside_the_field(qtbot,  # type: ignore[no-untyped-def]
                                                                              editor: PlanEditor) -> None:
    """Editing Tết Sum vầy to end in April of the next year shows the limit beside the end date."""
    row = cells(editor, "campaigns", 0).index("Tết Sum vầy")
    dialog = open_dialog(editor, "campaigns", row)
    assert dialog.inputs["starts_on"].date() == QDate(2026, 12, 1)
    dialog.inputs["ends_on"].setDate(QDate(2027, 4, 30))
    click_ok(qtbot, dialog)
    assert dialog.isVisible() and "31/03/2027" in dialog.errors["ends_on"].text()
    assert cells(editor, "campaigns", 2)[row] == "11/02/2027"


def test_edit_target_quantity_period_and_channel(qtbot, editor: PlanEditor, ready_ws: Workspace) -> None:  # type: ignore[no-untyped-def]
    """A target's number, period and channel are changed through the form."""
    dialog = open_dialog(editor, "targets", 1)
    dialog.inputs["quantity"].setValue(6)
    period = dialog.inputs["period"]
    period.setCurrentIndex(period.findData("week"))
    channel = dialog.inputs["channel_id"]
    channel.setCurrentIndex(channel.findText("Cổng/Trang thông tin điện tử"))
    click_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    target = plan_admin.plan_summary(ready_ws, 2026).targets[1]
    assert (target["quantity"], target["period"]) == (6, "week")
    assert cells(editor, "targets", 3)[1] == "Cổng/Trang thông tin điện tử"
    assert editor.parts.tables["targets"].currentRow() == 1


def test_new_channel_code_follows_the_name(qtbot, editor: PlanEditor) -> None:  # type: ignore[no-untyped-def]
    """Typing a new channel's name proposes its code; a code typed by the officer is kept."""
    dialog = open_dialog(editor, "channels")
    name, code = dialog.inputs["name"], dialog.inputs["code"]
    assert isinstance(name, QLineEdit) and isinstance(code, QLineEdit)
    type_text(name, "Nhóm Zalo đơn vị")
    assert code.text() == "nhom_zalo_don_vi"
    code.clear()
    type_text(code, "zalo")
    type_text(name, " mới")
    assert code.text() == "zalo"
    click_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert cells(editor, "channels", 1)[-1] == "zalo"


def test_duplicate_content_group_number_is_shown(qtbot, editor: PlanEditor) -> None:  # type: ignore[no-untyped-def]
    """A content group numbered like an existing one is refused with the clash named."""
    dialog = open_dialog(editor, "content_groups")
    dialog.inputs["code"].setText("1.2")
    dialog.inputs["name"].setText("Trùng số")
    click_ok(qtbot, dialog)
    assert dialog.errors["code"].text() == "The code 1.2 is already used in this plan."


def test_delete_asks_and_refuses_used_parts(editor: PlanEditor, ready_ws: Workspace) -> None:
    """Delete asks first; a channel with activities stays, with the count shown; an unused one goes."""
    questions: list[str] = []
    answers = iter([False, True, True])
    editor.parts.ask = lambda q: questions.append(q) or next(answers)  # type: ignore[method-assign]
    names = cells(editor, "channels", 0)
    direct = names.index("Truyền thông trực tiếp tại cơ sở")
    channel_id = editor.parts.rows("channels")[direct]["id"]
    save_activity(ready_ws, ActivityInput(occurred_on=dt.date(2026, 5, 5), title="Đối thoại tại May 10",
                                          channel_id=channel_id), today=dt.date(2026, 5, 12))
    editor.parts.tables["channels"].selectRow(direct)
    editor.parts.delete_part("channels")
    assert questions == ["Delete “Truyền thông trực tiếp tại cơ sở” from the plan of 2026?"]
    editor.parts.delete_part("channels")
    notice = editor.parts.notice
    assert notice.isVisible() and notice.text().startswith("1 activities use this item")
    assert cells(editor, "channels", 0) == names
    editor.parts.tables["channels"].selectRow(names.index("Sản phẩm truyền thông"))
    editor.parts.delete_part("channels")
    assert "Sản phẩm truyền thông" not in cells(editor, "channels", 0)


def test_copy_to_a_new_year_shows_the_new_plan(qtbot, editor: PlanEditor) -> None:  # type: ignore[no-untyped-def]
    """Copying 2026 to 2027 selects the 2027 plan, whose campaigns are a year later."""
    changed: list[bool] = []
    editor.plan_changed.connect(lambda: changed.append(True))
    editor.open_copy_dialog()
    dialog = editor.copy_dialog
    assert dialog is not None and dialog.year.value() == 2027
    click_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: editor.year_combo.currentText() == "2027")
    assert [editor.year_combo.itemText(i) for i in range(editor.year_combo.count())] == ["2026", "2027"]
    assert "01/05/2027" in cells(editor, "campaigns", 1)
    assert editor.header_edits["title"].text() == "Kế hoạch truyền thông năm 2027"
    assert changed


def test_copy_to_a_year_that_has_a_plan_is_refused_in_the_dialog(qtbot, editor: PlanEditor) -> None:  # type: ignore[no-untyped-def]
    """Choosing a year that already has a plan shows the reason and keeps the dialog open."""
    editor.open_copy_dialog()
    dialog = editor.copy_dialog
    assert dialog is not None
    dialog.year.setValue(2026)
    click_ok(qtbot, dialog)
    assert dialog.isVisible() and dialog.error.text() == "There is already a plan for 2026."


def test_header_is_saved_and_audited(qtbot, editor: PlanEditor, ready_ws: Workspace) -> None:  # type: ignore[no-untyped-def]
    """Editing the theme enables Save; saving stores the cleaned text."""
    theme = editor.header_edits["theme"]
    theme.clear()
    type_text(theme, " Công đoàn đồng hành cùng chuyển đổi số ")
    assert editor.save_header_button.isEnabled()
    qtbot.mouseClick(editor.save_header_button, Qt.MouseButton.LeftButton)
    assert plan_admin.plan_summary(ready_ws, 2026).plan["theme"] == "Công đoàn đồng hành cùng chuyển đổi số"
    assert not editor.save_header_button.isEnabled()


def test_switching_year_with_an_invalid_header_keeps_the_typing(editor: PlanEditor) -> None:
    """An empty title blocks switching year: the message shows and the typed header stays."""
    plan_admin.copy_plan_to_year(editor.ws, 2026, 2027)
    editor.reload(2026)
    editor.header_edits["title"].clear()
    type_text(editor.header_edits["theme"], " (sửa)")
    editor.year_combo.setCurrentIndex(editor.year_combo.findData(2027))
    assert editor.year_combo.currentText() == "2026"
    assert editor.header_errors["title"].isVisible()
    assert editor.header_edits["theme"].text().endswith(" (sửa)")
    editor.header_edits["title"].setText("Kế hoạch năm 2026")
    editor.year_combo.setCurrentIndex(editor.year_combo.findData(2027))
    assert editor.year_combo.currentText() == "2027"
    assert plan_admin.plan_summary(editor.ws, 2026).plan["title"] == "Kế hoạch năm 2026"
