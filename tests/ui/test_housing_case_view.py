"""The case file of a Mái ấm case: a step is recorded only with its data and papers (refusals beside the fields),
through to the closed case; a return and its way back; a justification for a rule not met; consent withdrawn;
anonymising a finished case; the CCCD masked and the amounts read out in words."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from cdtt_desktop.domain import housing_checks as checks
from cdtt_desktop.domain import messages as m
from cdtt_desktop.domain.housing import ORDER, CaseConsent, CaseStep, ConsentUse
from cdtt_desktop.domain.messages import Problem
from cdtt_desktop.services import housing as service
from cdtt_desktop.services.workspace import Workspace
from cdtt_desktop.ui.housing_case_view import HousingCaseView
from cdtt_desktop.ui.housing_step_dialog import StepDialog
from tests.ui.activity_helpers import BoxAnswerer
from tests.ui.housing_helpers import CCCD, OFFICER, case_at, complete_content, paper, request_case, unit_id
from tests.ui.story_helpers import photo, type_text

YES, NO = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No


@pytest.fixture
def open_view(ready_ws: Workspace, qtbot: QtBot) -> Iterator[Callable[[str], HousingCaseView]]:
    def make(case_id: str) -> HousingCaseView:
        view = HousingCaseView(ready_ws, case_id)
        qtbot.addWidget(view)
        view.show()
        return view

    yield make


def shown_moves(view: HousingCaseView) -> list[CaseStep]:
    return [step for step, button in view.move_buttons.items() if button.isVisibleTo(view)]


def missing_paper(kind: str) -> str:
    return checks.render_problem(Problem("documents", checks.STEP_DOCUMENT_MISSING, {"document": kind}))


def step_dialog(view: HousingCaseView, target: CaseStep) -> StepDialog:
    view.move_buttons[target].click()
    assert view.step_dialog is not None and view.step_dialog.target is target
    return view.step_dialog


def test_each_step_needs_its_data_and_papers_through_to_closed(open_view: Callable[[str], HousingCaseView],
                                                               ready_ws: Workspace, tmp_path: Path) -> None:
    """Survey, proposal, decision, handover and closing are refused without their data or papers, beside the
    fields, and recorded with them; the timeline then holds every step."""
    view = open_view(request_case(ready_ws, tmp_path))
    assert shown_moves(view) == [CaseStep.SURVEY, CaseStep.RETURNED, CaseStep.NOT_ELIGIBLE]
    for target, kind in ((CaseStep.SURVEY, "survey_record"), (CaseStep.PROPOSAL, "proposal")):
        dialog = step_dialog(view, target)
        assert not dialog.submit() and dialog.isVisible()
        assert dialog.error_text("documents") == missing_paper(kind) and view.record.summary.step is not target
        dialog.attach(kind, [paper(tmp_path, f"{kind}.pdf")])
        assert dialog.submit() and view.record.summary.step is target and view.badge.text() == target.name.title()

    dialog = step_dialog(view, CaseStep.DECISION)
    assert not dialog.submit()
    assert dialog.error_text("decision_number") == dialog.error_text("approved_amount") == m.REQUIRED
    type_text(dialog.fields["decision_number"], "125/QĐ-LĐLĐ")
    type_text(dialog.fields["approved_amount"], "70.000.000")
    assert dialog.words_label.text() == "Bảy mươi triệu đồng"
    assert not dialog.submit() and "above the union support requested" in dialog.error_text("approved_amount")
    dialog.fields["approved_amount"].setText("60.000.000")  # type: ignore[attr-defined]
    assert dialog.submit()
    assert "Approved: 60.000.000 đ" in view.money_label.text() and "Sáu mươi triệu đồng" in view.money_label.text()

    for target in (CaseStep.CONSTRUCTION, CaseStep.ACCEPTANCE):
        assert step_dialog(view, target).submit()  # the decision's data counts for construction too
    dialog = step_dialog(view, CaseStep.HANDOVER)
    assert not dialog.submit() and dialog.error_text("handover_date") == m.REQUIRED
    dialog.fields["handover_date"].set_iso(dt.date.today().isoformat())  # type: ignore[attr-defined]
    dialog.attach("acceptance_record", [paper(tmp_path, "bien-ban-ban-giao.pdf")])
    assert dialog.submit()
    dialog = step_dialog(view, CaseStep.CLOSED)
    assert "handover_date" not in dialog.fields  # recorded with the handover: not asked twice
    assert not dialog.submit() and dialog.error_text("documents") == missing_paper("photos_after")
    dialog.attach("photos_after", [photo(tmp_path, "nha-moi.jpg")])
    assert dialog.submit()
    assert view.record.summary.step is CaseStep.CLOSED and view.timeline.rowCount() == len(ORDER)
    assert [view.timeline.item(r, 0).text() for r in range(3)] == ["Request", "Survey", "Proposal"]
    assert "Decision number: 125/QĐ-LĐLĐ" in view.timeline.item(3, 4).text()
    assert shown_moves(view) == [] and view.anonymise_button.isVisibleTo(view)
    assert not view.edit_button.isVisibleTo(view)


def test_a_return_needs_notes_and_the_case_goes_back_where_it_came_from(
        open_view: Callable[[str], HousingCaseView], ready_ws: Workspace, tmp_path: Path) -> None:
    """A return says what to complete (required); the returned case offers only the way back to its step."""
    view = open_view(case_at(ready_ws, CaseStep.PROPOSAL, tmp_path))
    dialog = step_dialog(view, CaseStep.RETURNED)
    assert not dialog.submit() and dialog.error_text("notes") == checks.RETURN_NEEDS_NOTES
    type_text(dialog.notes_edit, "Bổ sung xác nhận của Ủy ban nhân dân xã.")
    assert dialog.submit()
    assert view.returned_frame.isVisibleTo(view) and "Bổ sung xác nhận" in view.returned_label.text()
    assert shown_moves(view) == [CaseStep.PROPOSAL]
    assert view.move_buttons[CaseStep.PROPOSAL].text() == "Back to Proposal…"
    assert step_dialog(view, CaseStep.PROPOSAL).submit()
    assert view.record.summary.step is CaseStep.PROPOSAL and not view.returned_frame.isVisibleTo(view)


def test_leaving_the_request_with_a_rule_not_met_needs_a_justification(
        open_view: Callable[[str], HousingCaseView], ready_ws: Workspace, tmp_path: Path) -> None:
    """Two years of membership: the survey form lists the rule not met and records the justification."""
    case_id = request_case(ready_ws, tmp_path)
    content = complete_content(unit_id(ready_ws))
    content.member_since = dt.date(dt.date.today().year - 2, 1, 1).isoformat()
    service.save_case_content(ready_ws, case_id, content)
    view = open_view(case_id)
    dialog = step_dialog(view, CaseStep.SURVEY)
    dialog.attach("survey_record", [paper(tmp_path, "khao-sat.pdf")])
    assert not dialog.submit() and dialog.error_text("justification") == checks.NEEDS_JUSTIFICATION
    type_text(dialog.justification_edit, "Gián đoạn do doanh nghiệp giải thể.")
    assert dialog.submit()
    data = view.timeline.item(1, 4).text()
    assert "Rules not met: Union member for at least 5 years" in data
    assert "Justification: Gián đoạn do doanh nghiệp giải thể." in data


def test_the_header_masks_the_cccd_and_reads_the_amount_in_words(open_view: Callable[[str], HousingCaseView],
                                                                 ready_ws: Workspace, tmp_path: Path) -> None:
    """Outside the case editor the CCCD shows as 001******345; the request is read out in words."""
    view = open_view(request_case(ready_ws, tmp_path))
    assert "CCCD 001******345" in view.facts_label.text() and CCCD not in view.facts_label.text()
    assert view.money_label.text().startswith("Requested: 60.000.000 đ — <i>Sáu mươi triệu đồng</i>")
    assert view.name_label.text() == "<h2>Nguyễn Thị Mai</h2>" and view.badge.text() == "Request"


def test_withdrawing_consent_to_publicity_takes_the_photos_out_of_it(
        open_view: Callable[[str], HousingCaseView], ready_ws: Workspace, tmp_path: Path, qtbot: QtBot) -> None:
    """After one question, the publicity consent is withdrawn and no photo of the case is for publicity."""
    case_id = request_case(ready_ws, tmp_path)
    content = complete_content(unit_id(ready_ws))
    content.consents.append(CaseConsent(use=ConsentUse.PUBLICITY_PHOTOS.value, given_on="2026-05-04",
                                        recorded_by=OFFICER))
    service.save_case_content(ready_ws, case_id, content)
    service.add_case_document(ready_ws, case_id, photo(tmp_path, "truoc.jpg"), kind="photos_before",
                              publicity=True)
    view = open_view(case_id)
    button = view.withdraw_buttons[ConsentUse.PUBLICITY_PHOTOS]
    assert button.isVisibleTo(view)
    assert any(view.documents.topLevelItem(i).text(2) == "for publicity"
               for i in range(view.documents.topLevelItemCount()))
    answer = BoxAnswerer(YES)
    button.click()
    qtbot.waitUntil(lambda: answer.done)
    assert "No photo of this case will be used for publicity" in answer.texts[0]
    assert not any(d.publicity for d in service.get_case(ready_ws, case_id).documents)
    assert not button.isVisibleTo(view) and view.withdraw_buttons[ConsentUse.CASE_HANDLING].isVisibleTo(view)


def test_a_closed_case_is_anonymised_only_after_a_question(open_view: Callable[[str], HousingCaseView],
                                                           ready_ws: Workspace, tmp_path: Path,
                                                           qtbot: QtBot) -> None:
    """"No" changes nothing; "Yes" replaces the name by a number, erases the CCCD and detaches the ID card."""
    case_id = case_at(ready_ws, CaseStep.CLOSED, tmp_path)
    view = open_view(case_id)
    answer = BoxAnswerer(NO)
    view.anonymise_button.click()
    qtbot.waitUntil(lambda: answer.done)
    assert "cannot be undone" in answer.texts[0]
    assert service.get_case(ready_ws, case_id).summary.beneficiary == "Nguyễn Thị Mai"
    answer = BoxAnswerer(YES)
    view.anonymise_button.click()
    qtbot.waitUntil(lambda: answer.done)
    record = service.get_case(ready_ws, case_id, reveal_cccd=True)
    assert record.anonymised and record.summary.beneficiary.startswith("Đoàn viên #")
    assert record.content.cccd == "" and not any(d.kind == "id_card" for d in record.documents)
    assert view.name_label.text() == f"<h2>{record.summary.beneficiary}</h2>"
    assert "anonymised" in view.facts_label.text() and not view.anonymise_button.isVisibleTo(view)
