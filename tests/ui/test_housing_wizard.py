"""The Mái ấm wizard, driven as an officer would: Vietnamese typed key by key, CCCD and phone refusals beside
their fields, a funding plan that must add up, a justification for a rule not met, saving on every page change,
every 30 s and on closing."""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtWidgets import QWidget, QWizard
from pytestqt.qtbot import QtBot

from cdtt_desktop.domain import housing as rules
from cdtt_desktop.domain import housing_checks as checks
from cdtt_desktop.domain import identifiers as ids
from cdtt_desktop.domain import messages as m
from cdtt_desktop.domain.housing import BuildKind, CaseContent, ConsentUse
from cdtt_desktop.services import housing as service
from cdtt_desktop.services.workspace import Workspace
from cdtt_desktop.tasks.runner import TaskRunner
from cdtt_desktop.ui.housing_step import CONSENT, DOCUMENTS, DWELLING, ELIGIBILITY, FAMILY, FUNDING, REVIEW
from cdtt_desktop.ui.housing_wizard import AUTOSAVE_MS, HousingWizard
from tests.ui.housing_helpers import CCCD, OFFICER, REQUIRED_PAPERS, complete_content, paper, unit_id
from tests.ui.story_helpers import type_text


@pytest.fixture
def make_wizard(ready_ws: Workspace, qtbot: QtBot) -> Iterator[Callable[..., HousingWizard]]:
    made: list[HousingWizard] = []

    def make(case_id: str | None = None, *, start: int = 0) -> HousingWizard:
        wizard = HousingWizard(ready_ws, TaskRunner(), case_id or service.new_case(ready_ws))
        wizard.setStartId(start)
        wizard.show()
        made.append(wizard)
        return wizard

    yield make
    for wizard in made:
        if shiboken6.isValid(wizard):
            wizard.autosave_timer.stop()
            QWizard.done(wizard, 0)  # without the question a failed save would ask
            wizard.deleteLater()


def next_button(wizard: HousingWizard) -> QWidget:
    return wizard.button(QWizard.WizardButton.NextButton)


def stored(ws: Workspace, wizard: HousingWizard) -> CaseContent:
    return service.get_case(ws, wizard.case_id, reveal_cccd=True).content


def type_date(widget: QWidget, digits: str) -> None:
    """Type a date as digits (ddMMyyyy) into an empty date field."""
    widget.setFocus()
    type_text(widget, digits)


def fill_beneficiary(wizard: HousingWizard, ws: Workspace, *, cccd: str = CCCD, sex: str = "female") -> None:
    page = wizard.beneficiary_page
    type_text(page.line("full_name"), "Nguyễn Thị Mai")
    type_date(page.date("birth_date"), "12041985")
    page.sex_combo.setCurrentIndex(page.sex_combo.findData(sex))
    type_text(page.line("cccd"), cccd)
    type_text(page.line("province"), "Hà Nội")
    type_text(page.line("commune"), "Phường Ba Đình")
    page.unit_combo.select_id(unit_id(ws))
    type_date(page.date("member_since"), "01032012")


def test_a_request_is_walked_end_to_end_with_vietnamese_typed(make_wizard: Callable[..., HousingWizard],
                                                              ready_ws: Workspace, tmp_path: Path,
                                                              qtbot: QtBot) -> None:
    """Each step blocks Next until its required fields are right; Finish stores every field as typed (NFC)."""
    wizard = make_wizard()
    page = wizard.beneficiary_page
    assert not next_button(wizard).isEnabled() and m.REQUIRED in page.blocked.text()
    fill_beneficiary(wizard, ready_ws)
    type_text(page.line("phone"), "+84 912 345 678")
    type_text(page.line("job"), "Công nhân may")
    assert next_button(wizard).isEnabled(), page.blocked.text()
    next_button(wizard).click()
    assert wizard.currentId() == FAMILY
    type_text(wizard.family_page.illness_edit, "Chồng bị tai biến, liệt nửa người")
    type_text(wizard.family_page.circumstances_edit, "Nhà tạm, dột nát sau bão số 3.")
    next_button(wizard).click()
    assert wizard.currentId() == DWELLING
    wizard.dwelling_page.kind_buttons[BuildKind.NEW].click()
    type_text(wizard.dwelling_page.condition_edit, "Mái tôn thủng, tường nứt.")
    next_button(wizard).click()
    assert wizard.currentId() == ELIGIBILITY and next_button(wizard).isEnabled()  # what is typed so far passes
    texts = wizard.eligibility_page.rule_texts()
    assert texts[0].startswith("✔") and "at least 5 years" in texts[0]
    assert any(t.startswith("○") and "step 7" in t for t in texts)  # the papers come later
    next_button(wizard).click()
    for name, typed in (("total_cost", "150.000.000"), ("union_support", "60.000.000"),
                        ("family", "90.000.000")):
        type_text(wizard.funding_page.money[name], typed)
    assert wizard.funding_page.words_label.text() == "Sáu mươi triệu đồng"
    next_button(wizard).click()
    assert wizard.currentId() == CONSENT
    box = wizard.consent_page.boxes[ConsentUse.CASE_HANDLING]
    assert not box.agree_check.isChecked()  # nothing is agreed in advance
    box.agree_check.click()
    assert box.recorded_edit.text() == OFFICER
    assert not next_button(wizard).isEnabled() and checks.CONSENT_INCOMPLETE in wizard.consent_page.blocked.text()
    type_date(box.given_edit, "04052026")
    next_button(wizard).click()
    assert wizard.currentId() == DOCUMENTS
    for kind in REQUIRED_PAPERS:
        assert wizard.documents_page.add_files(kind, [paper(tmp_path, f"{kind}.pdf")])
    next_button(wizard).click()
    assert wizard.currentId() == REVIEW and wizard.review_page.missing_texts() == []
    assert "Nguyễn Thị Mai" in wizard.review_page.browser.toPlainText()
    with qtbot.waitSignal(wizard.completed) as finished:
        wizard.button(QWizard.WizardButton.FinishButton).click()
    assert finished.args == [wizard.case_id]
    content = stored(ready_ws, wizard)
    assert content.full_name == unicodedata.normalize("NFC", "Nguyễn Thị Mai")
    assert (content.birth_date, content.sex, content.cccd) == ("1985-04-12", "female", CCCD)
    assert content.phone == "0912345678" and content.commune == "Phường Ba Đình"
    assert content.illness == "Chồng bị tai biến, liệt nửa người" and content.build_kind == "new"
    assert content.funding == {"total_cost": "150.000.000", "union_support": "60.000.000", "family": "90.000.000"}
    assert [(c.use, c.given_on, c.recorded_by) for c in content.consents] == [
        ("case_handling", "2026-05-04", OFFICER)]
    assert all(check.passed for check in service.eligibility(ready_ws, wizard.case_id))
    assert service.list_cases(ready_ws, service.CaseFilter())[0].requested == 60_000_000


def test_a_bad_cccd_or_phone_is_refused_beside_its_field(make_wizard: Callable[..., HousingWizard],
                                                         ready_ws: Workspace) -> None:
    """A CCCD of 11 digits, one whose digit 4 contradicts the sex, or a landline blocks Next, said beside the
    field; an unknown mobile prefix only warns."""
    wizard = make_wizard()
    page = wizard.beneficiary_page
    fill_beneficiary(wizard, ready_ws, cccd=CCCD[:-1])
    assert page.error_text("cccd") == ids.CCCD_WRONG_LENGTH.format(length=11)
    assert not next_button(wizard).isEnabled()
    assert f"CCCD number: {ids.CCCD_WRONG_LENGTH.format(length=11)}" in page.blocked.text()
    type_text(page.line("cccd"), CCCD[-1])
    assert page.error_text("cccd") == "" and next_button(wizard).isEnabled()
    page.sex_combo.setCurrentIndex(page.sex_combo.findData("male"))
    assert page.error_text("cccd") == ids.CCCD_SEX_MISMATCH_MALE.format(digit="1")
    assert not next_button(wizard).isEnabled()
    page.sex_combo.setCurrentIndex(page.sex_combo.findData("female"))
    type_text(page.line("phone"), "024 3826 1234")
    assert page.error_text("phone") == ids.PHONE_LANDLINE and not next_button(wizard).isEnabled()
    page.line("phone").clear()
    type_text(page.line("phone"), "0512 345 678")
    assert page.error_text("phone") == ids.PHONE_UNKNOWN_PREFIX.format(prefix="051")
    assert next_button(wizard).isEnabled()  # a warning: the network may be new


def test_a_funding_plan_that_does_not_add_up_blocks_next_with_the_difference(
        make_wizard: Callable[..., HousingWizard]) -> None:
    """Parts that miss the total by 50.000.000 đ say so live and block Next; the last part frees it."""
    wizard = make_wizard(start=FUNDING)
    page = wizard.funding_page
    for name, typed in (("total_cost", "150.000.000"), ("union_support", "60000000"), ("family", "40.000.000")):
        type_text(page.money[name], typed)
    assert page.sum_label.text() == "Parts 100.000.000 đ · total cost 150.000.000 đ · difference 50.000.000 đ"
    assert not next_button(wizard).isEnabled()
    assert "(difference 50.000.000)" in page.blocked.text()
    assert page.words_label.text() == "Sáu mươi triệu đồng"
    page.money["union_support"].editingFinished.emit()
    assert page.money["union_support"].text() == "60.000.000"  # regrouped on leaving the field
    type_text(page.money["sponsors"], "50.000.000")
    assert page.sum_label.text() == "The parts add up to the total cost: 150.000.000 đ."
    assert next_button(wizard).isEnabled() and page.blocked.isHidden()
    type_text(page.money["loans"], "mười triệu")
    assert page.error_text("loans") == m.NOT_A_NUMBER and not next_button(wizard).isEnabled()


def test_a_rule_not_met_needs_a_written_justification(make_wizard: Callable[..., HousingWizard],
                                                      ready_ws: Workspace) -> None:
    """Two years of membership where five are required: shown as not met; Next needs a justification."""
    case_id = service.new_case(ready_ws)
    content = complete_content(unit_id(ready_ws))
    content.member_since = dt.date(dt.date.today().year - 2, 1, 1).isoformat()
    service.save_case_content(ready_ws, case_id, content)
    wizard = make_wizard(case_id, start=ELIGIBILITY)
    page = wizard.eligibility_page
    membership = page.rule_texts()[0]
    assert membership.startswith("✘") and "at least 5 years" in membership and "ask for at least 5" in membership
    assert not next_button(wizard).isEnabled() and checks.NEEDS_JUSTIFICATION in page.blocked.text()
    type_text(page.justification_edit, "Công ty giải thể năm 2024, đoàn viên gián đoạn sinh hoạt.")
    assert next_button(wizard).isEnabled()
    next_button(wizard).click()
    assert stored(ready_ws, wizard).eligibility_justification.startswith("Công ty giải thể")


def test_typing_is_saved_on_page_change_every_30_seconds_and_on_close(
        make_wizard: Callable[..., HousingWizard], ready_ws: Workspace) -> None:
    """Nothing typed is lost: a page change, the 30 s timer and "Save and close" each store it."""
    wizard = make_wizard()
    type_text(wizard.beneficiary_page.line("full_name"), "Trần Văn Hùng")
    assert stored(ready_ws, wizard).full_name == ""
    wizard.next()
    assert stored(ready_ws, wizard).full_name == "Trần Văn Hùng"
    assert "Saved at" in wizard.family_page.saved_label.text()
    type_text(wizard.family_page.dependants_edit, "Hai con nhỏ")
    assert wizard.autosave_timer.isActive() and wizard.autosave_timer.interval() == AUTOSAVE_MS == 30_000
    wizard.autosave_timer.timeout.emit()
    assert stored(ready_ws, wizard).dependants == "Hai con nhỏ"
    type_text(wizard.family_page.illness_edit, "Tiểu đường")
    wizard.button(QWizard.WizardButton.CustomButton1).click()
    assert not wizard.isVisible() and stored(ready_ws, wizard).illness == "Tiểu đường"


def test_a_half_typed_value_is_kept_and_said_and_closing_loses_nothing(
        make_wizard: Callable[..., HousingWizard], ready_ws: Workspace) -> None:
    """A half-typed CCCD is stored as typed (a crash loses nothing), said at the bottom, and blocks Finish."""
    wizard = make_wizard()
    type_text(wizard.beneficiary_page.line("full_name"), "Lê Thị Thu")
    type_text(wizard.beneficiary_page.line("cccd"), "0011")
    assert wizard.autosave()
    assert "Still to correct" in wizard.beneficiary_page.saved_label.text()
    assert {p.field for p in wizard.to_correct} == {"cccd"}
    assert service.get_case(ready_ws, wizard.case_id, reveal_cccd=True).content.cccd == "0011"
    wizard.accept()
    assert wizard.isVisible()  # not finished while a value is wrong
    wizard.button(QWizard.WizardButton.CustomButton1).click()  # save and close: no question, nothing lost
    assert not wizard.isVisible() and stored(ready_ws, wizard).full_name == "Lê Thị Thu"


def test_papers_are_checked_when_added_and_sensitive_ones_are_marked(make_wizard: Callable[..., HousingWizard],
                                                                    tmp_path: Path) -> None:
    """The checklist marks required and sensitive kinds; a file that is not a paper is refused at once."""
    wizard = make_wizard(start=DOCUMENTS)
    page = wizard.documents_page
    id_card = page.kind_item("id_card")
    assert id_card.text(0).endswith(" *") and id_card.text(2) == "sensitive"
    assert page.kind_item("photos_after").text(2) == "" and not page.kind_item("proposal").text(0).endswith("*")
    bad = tmp_path / "not-a-scan.pdf"
    bad.write_text("hello")
    assert page.add_files("id_card", [bad]) == [] and "not-a-scan.pdf" in page.error_label.text()
    assert page.add_files("id_card", [paper(tmp_path, "cccd.pdf")])
    assert page.kind_item("id_card").childCount() == 1 and page.kind_item("id_card").text(1) == "1"
    assert page.error_label.isHidden()
    assert not page.publicity_check.isEnabled()  # no consent to publicity photos yet
    assert rules.MISSING_DOCUMENT not in page.blocked.text()  # a missing paper never blocks this step
