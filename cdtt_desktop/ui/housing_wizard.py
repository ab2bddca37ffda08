"""Writing a Mái ấm case step by step. Nothing typed is ever lost, so the wizard never asks "discard?".

The case is saved on every change of page, every AUTOSAVE_MS, and when the wizard
closes however it closes (the button, Esc, the window's ×). A value still wrong (a CCCD
with 11 digits…) is stored as typed and said beside its field and at the bottom of
the page; it blocks Finish, never closing. "Finish" closes the
wizard and opens the case file, where the steps of the case are recorded.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QWidget, QWizard

from cdtt_desktop.domain.housing import CaseContent
from cdtt_desktop.domain.messages import Problem, ValidationError
from cdtt_desktop.services import housing as service
from cdtt_desktop.services.workspace import Workspace
from cdtt_desktop.tasks.runner import TaskRunner
from cdtt_desktop.ui.housing_file_pages import DocumentsPage, HousingConsentPage
from cdtt_desktop.ui.housing_labels import problem_text
from cdtt_desktop.ui.housing_pages import BeneficiaryPage, DwellingPage, FamilyPage
from cdtt_desktop.ui.housing_plan_pages import EligibilityPage, FundingPage
from cdtt_desktop.ui.housing_review import HousingReviewPage
from cdtt_desktop.ui.housing_step import HousingState

AUTOSAVE_MS = 30_000


class HousingWizard(QWizard):
    completed = Signal(str)  # Finish was pressed: show the case file
    autosaved = Signal()  # a save wrote what was typed

    def __init__(self, ws: Workspace, runner: TaskRunner, case_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ws, self.runner, self.case_id = ws, runner, case_id
        self.state = HousingState(ws, case_id, self)
        self.beneficiary_page = BeneficiaryPage(self.state)
        self.family_page = FamilyPage(self.state)
        self.dwelling_page = DwellingPage(self.state)
        self.eligibility_page = EligibilityPage(self.state)
        self.funding_page = FundingPage(self.state)
        self.consent_page = HousingConsentPage(self.state)
        self.documents_page = DocumentsPage(self.state)
        self.review_page = HousingReviewPage(self.state, self.beneficiary_page)
        for page_id, page in enumerate(self.state.pages):
            self.setPage(page_id, page)
            page.load(self.state.content)
        self.state.loading = False
        self.state.edited()
        self._last_saved: CaseContent = self.state.current()
        self.to_correct: list[Problem] = []
        self._set_up_buttons()
        self.currentIdChanged.connect(lambda _id: self.autosave())
        self.review_page.step_requested.connect(self.go_to)
        self.autosave_timer = QTimer(self)
        self.autosave_timer.setInterval(AUTOSAVE_MS)
        self.autosave_timer.timeout.connect(self.autosave)
        self.autosave_timer.start()
        self.setMinimumSize(800, 600)
        self.resize(980, 720)

    def _set_up_buttons(self) -> None:
        name = self.state.summary.beneficiary
        title = self.tr("Mái ấm Công đoàn case")
        self.setWindowTitle(f"{title} — {name}" if name else title)
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.HaveCustomButton1)
        self.setButtonText(QWizard.WizardButton.CustomButton1, self.tr("Save and close"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Finish and open the case file"))
        # No Cancel: closing keeps everything anyway, and "Cancel" would suggest it does not.
        buttons = QWizard.WizardButton
        self.setButtonLayout([buttons.CustomButton1, buttons.Stretch, buttons.BackButton, buttons.NextButton,
                              buttons.FinishButton])
        self.customButtonClicked.connect(lambda _which: self.reject())

    def go_to(self, page_id: int) -> None:
        """Back to an earlier step (a missing item was double-clicked on the review page)."""
        while self.currentId() > page_id:
            self.back()

    # --- saving ---------------------------------------------------------------------------------

    def autosave(self) -> bool:
        """Save what is typed when it changed; True when it is safely stored.

        The service keeps everything typed, even a value still wrong (a half-typed CCCD): it is stored
        and reported, so closing never loses a word; `to_correct` says what still needs fixing.
        """
        content = self.state.current()
        if content == self._last_saved:
            return True
        stamp = dt.datetime.now().strftime("%H:%M:%S")
        try:
            service.save_case_content(self.ws, self.case_id, content)
        except ValidationError as exc:
            self.to_correct = list(exc.problems)
            reason = "\n".join(problem_text(p, with_field=True) for p in exc.problems)
            self._show_saved(self.tr("Saved at {time}. Still to correct: {reason}").format(
                time=stamp, reason=reason), failed=True)
        else:
            self.to_correct = []
            self._show_saved(self.tr("Saved at {time}.").format(time=stamp))
        self._last_saved = content
        self.autosaved.emit()
        return True

    def _show_saved(self, text: str, *, failed: bool = False) -> None:
        style = "color: #b3261e;" if failed else "color: #5f6368;"
        for page in self.state.pages:
            page.saved_label.setText(text)
            page.saved_label.setStyleSheet(style)

    def done(self, result: int) -> None:
        """Every way of closing saves first; if saving fails, say so and let the person decide."""
        if not self.autosave() and not self._close_anyway():
            return
        self.autosave_timer.stop()
        super().done(result)

    def _close_anyway(self) -> bool:
        yes, no = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
        box = QMessageBox(QMessageBox.Icon.Warning, self.windowTitle(), self.tr(
            "The latest changes could not be saved (see the message at the bottom of the page). Close "
            "anyway? What was typed since the last save will be lost."), yes | no, self)
        box.setDefaultButton(no)
        return box.exec() == yes

    def accept(self) -> None:
        """Finish: save, close, and show the case file (not while a value is still wrong)."""
        if not self.autosave() or self.to_correct:
            return
        self.autosave_timer.stop()
        super().accept()
        self.completed.emit(self.case_id)
