"""The first-run wizard, driven as a person would: pages checked as typed, saved once at Finish."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QMessageBox, QTableWidgetItem, QWidget, QWizard

from cdtt_desktop.domain import messages as m
from cdtt_desktop.services.setup import current_setup, is_set_up
from cdtt_desktop.services.units import grassroots_units
from cdtt_desktop.services.workspace import Workspace
from cdtt_desktop.tasks.runner import TaskRunner
from cdtt_desktop.ui.setup_pages import GRASSROOTS, SIGNER, SUMMARY, UNIT
from cdtt_desktop.ui.setup_wizard import SetupWizard
from tests.conftest import TODAY

UNIT_VALUES = {"unit_name": "Công đoàn phường Ba Đình", "parent_name": "Liên đoàn Lao động thành phố Hà Nội",
               "abbreviation": "CĐP", "place_name": "Hà Nội"}


def type_text(widget: QWidget, text: str) -> None:
    """Type one key event per character (keyClicks cannot send non-ASCII text)."""
    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch,
                           Qt.KeyboardModifier.NoModifier)


@pytest.fixture
def wizard(qapp, ws: Workspace) -> Iterator[SetupWizard]:  # type: ignore[no-untyped-def]
    runner = TaskRunner()
    wiz = SetupWizard(ws, runner, today=TODAY)
    wiz.show()
    yield wiz
    runner.wait()
    # Closed here, not by qtbot: closing would ask "leave the set-up?" about what the test typed.
    if wiz.isVisible():
        wiz.done(QDialog.DialogCode.Rejected.value)
    wiz.deleteLater()


def next_button(wiz: SetupWizard) -> QWidget:
    return wiz.button(QWizard.WizardButton.NextButton)


def fill_unit(wiz: SetupWizard, values: dict[str, str] | None = None) -> None:
    for name, text in (values or UNIT_VALUES).items():
        type_text(wiz.unit_page.form.editor(name), text)


def go_to_grassroots(wiz: SetupWizard) -> None:
    wiz.next()
    fill_unit(wiz)
    wiz.next()
    type_text(wiz.signer_page.form.editor("officer_name"), "Nguyễn Thị Hoa")
    type_text(wiz.signer_page.form.editor("signer_name"), "Trần Văn Bình")
    wiz.next()
    assert wiz.currentId() == GRASSROOTS


def write_csv(folder: Path) -> Path:
    path = folder / "cdcs.csv"
    path.write_text("Tên CĐCS,Viết tắt,Số đoàn viên,Địa chỉ\n"
                    "CĐCS Công ty May 10,may10,1.200,Số 1 Đội Cấn\n"
                    "CĐCS Trường Tiểu học Đống Đa,,45,\n"
                    "CĐCS Bệnh viện Đa khoa Ba Đình,,ba trăm,\n", encoding="utf-8")
    return path


def test_next_is_disabled_until_the_required_unit_fields_are_valid(wizard: SetupWizard) -> None:
    """Next stays disabled on the unit page until name, parent, abbreviation and place are valid."""
    wizard.next()
    assert wizard.currentId() == UNIT
    assert not next_button(wizard).isEnabled()
    fill_unit(wizard, {k: v for k, v in UNIT_VALUES.items() if k != "place_name"})
    assert not next_button(wizard).isEnabled()
    type_text(wizard.unit_page.form.editor("place_name"), "Hà Nội")
    assert next_button(wizard).isEnabled()


def test_a_bad_abbreviation_is_uppercased_and_explained_beside_the_field(wizard: SetupWizard) -> None:
    """The abbreviation is uppercased as typed; a wrong one shows the rule under it and blocks Next."""
    wizard.next()
    form = wizard.unit_page.form
    fill_unit(wizard, {**UNIT_VALUES, "abbreviation": "cđ p"})
    assert form.text("abbreviation") == "CĐ P"
    assert form.error_text("abbreviation") == m.BAD_ABBR
    assert form.error_text("unit_name") == ""
    assert not next_button(wizard).isEnabled()
    form.editor("abbreviation").clear()
    type_text(form.editor("abbreviation"), "cđ-p")
    assert form.error_text("abbreviation") == ""
    assert next_button(wizard).isEnabled()
    assert "Số: 01/BC-CĐ-P" in form.preview.text()
    assert "Hà Nội, ngày 12 tháng 5 năm 2026" in form.preview.text()


def test_typed_data_survives_back_and_next(wizard: SetupWizard) -> None:
    """Going Back and Next again keeps what was typed on every page."""
    wizard.next()
    fill_unit(wizard)
    wizard.next()
    type_text(wizard.signer_page.form.editor("signer_name"), "Trần Văn Bình")
    wizard.back()
    wizard.back()
    wizard.next()
    wizard.next()
    assert wizard.unit_page.form.text("unit_name") == UNIT_VALUES["unit_name"]
    assert wizard.signer_page.form.text("signer_name") == "Trần Văn Bình"
    assert wizard.currentId() == SIGNER


def test_grassroots_import_fills_the_table_and_lists_the_bad_rows(wizard: SetupWizard,
                                                                   tmp_path: Path) -> None:
    """A CSV list fills the table ('1.200' is a count); a row the file gets wrong is named, not added."""
    go_to_grassroots(wizard)
    table = wizard.grassroots_page.table
    assert not table.import_file(write_csv(tmp_path))
    assert table.table.rowCount() == 2
    drafts, problems = table.drafts()
    assert [(d.name, d.abbreviation, d.member_count) for d in drafts] == [
        ("CĐCS Công ty May 10", "MAY10", 1200), ("CĐCS Trường Tiểu học Đống Đa", "", 45)]
    assert problems == []
    lines = [table.problem_list.item(i).text() for i in range(table.problem_list.count())]
    assert any(line.startswith("Row 4") and "Số đoàn viên" in line for line in lines)
    assert next_button(wizard).isEnabled()


def test_a_wrong_member_count_typed_in_the_table_blocks_next(wizard: SetupWizard) -> None:
    """A typed row is checked at once: a count that is not a number is listed and Next is disabled."""
    go_to_grassroots(wizard)
    table = wizard.grassroots_page.table
    table.add_row()
    table.table.setItem(0, 0, QTableWidgetItem("CĐCS Công ty Điện lực"))
    table.table.setItem(0, 2, QTableWidgetItem("nhiều"))
    assert not next_button(wizard).isEnabled()
    assert table.problem_list.item(0).text().startswith("Row 1, Members")
    table.table.item(0, 2).setText("2.500")
    assert next_button(wizard).isEnabled()
    assert table.drafts()[0][0].member_count == 2500


def test_finish_saves_unit_signer_grassroots_and_plan(wizard: SetupWizard, ws: Workspace,
                                                      tmp_path: Path) -> None:
    """Finish saves once: the unit and its parent, the signer, the grassroots unions and this year's plan."""
    go_to_grassroots(wizard)
    wizard.grassroots_page.table.import_file(write_csv(tmp_path))
    assert current_setup(ws) is None  # nothing is written before Finish
    wizard.next()
    assert wizard.currentId() == SUMMARY
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.result() == QDialog.DialogCode.Accepted
    setup = current_setup(ws)
    assert setup is not None
    assert (setup.unit_name, setup.parent_name, setup.abbreviation, setup.place_name) == tuple(
        UNIT_VALUES.values())
    assert (setup.signer_name, setup.officer_name, setup.signing_authority) == (
        "Trần Văn Bình", "Nguyễn Thị Hoa", "TM. BAN THƯỜNG VỤ")
    assert {(u["name"], u["member_count"]) for u in grassroots_units(ws)} == {
        ("CĐCS Công ty May 10", 1200), ("CĐCS Trường Tiểu học Đống Đa", 45)}
    assert ws.plans.plan_for_year(TODAY.year) is not None
    assert is_set_up(ws)


def test_vietnamese_typed_key_by_key_is_stored_nfc(wizard: SetupWizard, ws: Workspace) -> None:
    """Decomposed Vietnamese typed one key at a time is stored composed (NFC)."""
    name = "Công đoàn phường Bến Thành"
    wizard.next()
    fill_unit(wizard, {**UNIT_VALUES, "unit_name": unicodedata.normalize("NFD", name)})
    wizard.next()
    wizard.next()
    wizard.next()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    setup = current_setup(ws)
    assert setup is not None and setup.unit_name == name
    assert unicodedata.is_normalized("NFC", setup.unit_name)


def test_demo_choice_sets_up_the_folder_with_activities(qtbot, wizard: SetupWizard,  # type: ignore[no-untyped-def]
                                                         ws: Workspace) -> None:
    """'Try with demo data' fills the folder in the background, then finishes the wizard set up."""
    wizard.welcome.demo_choice.setChecked(True)
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert finish.isVisible() and finish.isEnabled() and not next_button(wizard).isVisible()
    finish.click()
    assert wizard.welcome.progress.isVisible()
    assert not wizard.button(QWizard.WizardButton.CancelButton).isEnabled()
    qtbot.waitUntil(lambda: wizard.result() == QDialog.DialogCode.Accepted, timeout=60_000)
    assert is_set_up(ws)  # the window's settings see what the task wrote
    assert ws.execute_scalar("SELECT count(*) FROM activities WHERE deleted_at IS NULL") == 300
    assert grassroots_units(ws)


def test_cancel_with_typed_data_asks_first(wizard: SetupWizard, monkeypatch: pytest.MonkeyPatch) -> None:
    """Cancel after typing asks; No keeps the wizard open with the text, Yes closes it."""
    asked: list[str] = []
    answer = QMessageBox.StandardButton.No
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kw: asked.append(args[1]) or answer)
    wizard.next()
    type_text(wizard.unit_page.form.editor("unit_name"), "Công đoàn")
    wizard.button(QWizard.WizardButton.CancelButton).click()
    assert len(asked) == 1
    assert wizard.isVisible() and wizard.unit_page.form.text("unit_name") == "Công đoàn"
    answer = QMessageBox.StandardButton.Yes
    wizard.button(QWizard.WizardButton.CancelButton).click()
    assert not wizard.isVisible() and wizard.result() == QDialog.DialogCode.Rejected


def test_cancel_without_typed_data_does_not_ask(wizard: SetupWizard, monkeypatch: pytest.MonkeyPatch) -> None:
    """Cancel before anything was typed closes at once."""
    asked: list[object] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kw: asked.append(args))
    wizard.next()
    wizard.button(QWizard.WizardButton.CancelButton).click()
    assert asked == [] and not wizard.isVisible()
