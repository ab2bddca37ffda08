"""Writing a story step by step. Nothing typed is ever lost, so the wizard never asks "discard?".

The draft is saved on every change of page, every AUTOSAVE_MS, and when the wizard
closes however it closes (the button, Esc, the window's ×). "Finish" finalises the
story (ready to send) and is possible only when nothing is missing.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QWidget, QWizard

from cdtt_desktop.domain.messages import ValidationError
from cdtt_desktop.domain.stories import StoryContent, StoryStatus
from cdtt_desktop.services import stories as service
from cdtt_desktop.services.workspace import Workspace
from cdtt_desktop.tasks.runner import TaskRunner
from cdtt_desktop.ui.story_consent import ConsentPage
from cdtt_desktop.ui.story_evidence import EvidencePage
from cdtt_desktop.ui.story_labels import problem_text
from cdtt_desktop.ui.story_pages import REVIEW, KindPage, StoryTextPage, SubjectPage
from cdtt_desktop.ui.story_review import ReviewPage
from cdtt_desktop.ui.story_step import StoryState

AUTOSAVE_MS = 30_000


class StoryWizard(QWizard):
    finalised = Signal(str)  # the story became ready to send
    autosaved = Signal()  # a save wrote what was typed

    def __init__(self, ws: Workspace, runner: TaskRunner, story_id: str, parent: QWidget | None = None, *,
                 resume: bool = False):
        super().__init__(parent)
        self.ws, self.runner, self.story_id = ws, runner, story_id
        self.state = StoryState(ws, story_id, self)
        self.kind_page = KindPage(self.state)
        self.subject_page = SubjectPage(self.state)
        self.story_page = StoryTextPage(self.state)
        self.evidence_page = EvidencePage(self.state)
        self.consent_page = ConsentPage(self.state)
        self.review_page = ReviewPage(self.state, self.kind_page)
        for page_id, page in enumerate(self.state.pages):
            self.setPage(page_id, page)
            page.load(self.state.content)
        for page in self.state.pages:
            page.check()
        self._last_saved: StoryContent = self.state.current()
        self._finalised = False
        self.setWindowTitle(self.tr("Model or exemplar story"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.HaveCustomButton1)
        self.setButtonText(QWizard.WizardButton.CustomButton1, self.tr("Save draft and close"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Finish (ready to send)"))
        # No Cancel: closing keeps everything anyway, and "Cancel" would suggest it does not.
        buttons = QWizard.WizardButton
        self.setButtonLayout([buttons.CustomButton1, buttons.Stretch, buttons.BackButton, buttons.NextButton,
                              buttons.FinishButton])
        self.customButtonClicked.connect(lambda _which: self.reject())
        self.currentIdChanged.connect(lambda _id: self.autosave())
        self.review_page.step_requested.connect(self.go_to)
        self.autosave_timer = QTimer(self)
        self.autosave_timer.setInterval(AUTOSAVE_MS)
        self.autosave_timer.timeout.connect(self.autosave)
        self.autosave_timer.start()
        self.setMinimumSize(760, 560)
        self.resize(900, 700)
        if resume:
            self.resume()

    # --- moving between steps -------------------------------------------------------------------

    def resume(self) -> None:
        """Open at the first step with something missing (the steps before it are complete)."""
        if self.currentId() == -1:
            self.restart()
        while self.currentId() < REVIEW and self.currentPage().isComplete():
            self.next()

    def go_to(self, page_id: int) -> None:
        """Back to an earlier step (a missing item was double-clicked on the review page)."""
        while self.currentId() > page_id:
            self.back()

    # --- saving ---------------------------------------------------------------------------------

    def autosave(self) -> bool:
        """Save what is typed when it changed; True when it is safely stored."""
        if self._finalised:
            return True
        try:
            self.evidence_page.save_captions()
        except ValidationError as exc:
            self._show_save_failure("\n".join(problem_text(p) for p in exc.problems))
            return False
        content = self.state.current()
        if content == self._last_saved:
            return True
        try:
            service.save_story_content(self.ws, self.story_id, content)
        except ValidationError as exc:
            self._show_save_failure("\n".join(problem_text(p) for p in exc.problems))
            return False
        self._last_saved = content
        stamp = dt.datetime.now().strftime("%H:%M:%S")
        for page in self.state.pages:
            page.saved_label.setText(self.tr("Draft saved at {time}.").format(time=stamp))
        self.autosaved.emit()
        return True

    def _show_save_failure(self, reason: str) -> None:
        for page in self.state.pages:
            page.saved_label.setText(self.tr("The draft could not be saved: {reason}").format(reason=reason))

    def done(self, result: int) -> None:
        """Every way of closing saves first; if saving fails, say so and let the person decide."""
        if not self._finalised and not self.autosave() and not self._close_anyway():
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

    # --- finishing ------------------------------------------------------------------------------

    def accept(self) -> None:
        """Finish: save, then finalise; anything still missing is listed on the review page instead."""
        if not self.autosave():
            return
        try:
            service.transition_story(self.ws, self.story_id, StoryStatus.READY)
        except ValidationError as exc:
            self.state.reload_files()  # e.g. a photo was removed elsewhere meanwhile
            self.evidence_page.show_files()
            self.state.changed.emit()  # every step checks itself again
            self.review_page.show_service_problems(exc.problems)
            return
        self._finalised = True
        self.finalised.emit(self.story_id)
        super().accept()
