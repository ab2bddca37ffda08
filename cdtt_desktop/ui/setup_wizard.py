"""The first-run wizard: a tuple of small pages, saved once in `accept()` through the set-up service.

Choosing demo data instead fills the data folder in the background (on its own
connection) and finishes. Cancel asks first when something has been typed.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

from PySide6.QtWidgets import QMessageBox, QWidget, QWizard

from cdtt_desktop.domain.messages import Problem, ValidationError
from cdtt_desktop.services.setup import save_setup
from cdtt_desktop.services.unit_admin import load_demo_data, reload_settings
from cdtt_desktop.services.workspace import Workspace
from cdtt_desktop.tasks.runner import TaskRunner
from cdtt_desktop.ui.errors import show_unexpected
from cdtt_desktop.ui.setup_pages import (
    GRASSROOTS,
    SIGNER,
    UNIT,
    GrassrootsPage,
    SignerPage,
    SummaryPage,
    UnitPage,
    WelcomePage,
)
from cdtt_desktop.ui.unit_form import SignerForm, UnitForm, render_problem

DEMO_ACTIVITIES = 300
DEMO_SEED = 1


class SetupWizard(QWizard):
    def __init__(self, ws: Workspace, runner: TaskRunner, parent: QWidget | None = None, *,
                 today: dt.date | None = None):
        super().__init__(parent)
        self.ws = ws
        self.runner = runner
        self.today = today or dt.date.today()
        self.saved_unit_id: str | None = None
        self.demo_loaded = False
        self.welcome = WelcomePage()
        self.unit_page = UnitPage(ws, self.today)
        self.signer_page = SignerPage(ws)
        self.grassroots_page = GrassrootsPage(ws)
        self.summary_page = SummaryPage(self.unit_page, self.signer_page, self.grassroots_page,
                                        self.today.year)
        self.pages = (self.welcome, self.unit_page, self.signer_page, self.grassroots_page, self.summary_page)
        for page_id, page in enumerate(self.pages):
            self.setPage(page_id, page)
        self.setWindowTitle(self.tr("Set up CĐTT Desktop"))
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setMinimumSize(720, 540)
        self.resize(800, 600)

    # --- finishing ------------------------------------------------------------------------------

    def accept(self) -> None:
        if self.welcome.wants_demo():
            if not self.demo_loaded:
                self.start_demo()
                return
        elif not self._save():
            return
        super().accept()

    def _save(self) -> bool:
        """Save everything at once; on a rule broken after all, show it on its page."""
        drafts, _ = self.grassroots_page.table.drafts()
        try:
            self.saved_unit_id = save_setup(self.ws, self.summary_page.setup(), drafts, today=self.today)
        except ValidationError as exc:
            self._show_save_problems(exc.problems)
            return False
        return True

    def _show_save_problems(self, problems: list[Problem]) -> None:
        self.unit_page.form.show_save_problems(problems)
        self.signer_page.form.show_save_problems(problems)
        fields = {p.field for p in problems}
        target = GRASSROOTS
        if fields & set(SignerForm.FIELDS):
            target = SIGNER
        if fields & set(UnitForm.FIELDS):
            target = UNIT
        while self.currentId() > target:
            self.back()
        if target == GRASSROOTS:
            self.grassroots_page.table.validate()
            QMessageBox.warning(self, self.windowTitle(), "\n".join(render_problem(p) for p in problems))

    # --- demo data ------------------------------------------------------------------------------

    def start_demo(self) -> None:
        """Make the demo data in the background; the wizard finishes when it is there."""
        self.welcome.set_busy(True)
        self._set_buttons_enabled(False)
        task = partial(load_demo_data, self.ws.paths, activities=DEMO_ACTIVITIES, seed=DEMO_SEED)
        self.runner.run(task, self._demo_finished, self._demo_failed, progress=self.welcome.show_progress)

    def _demo_finished(self, _result: object) -> None:
        reload_settings(self.ws)  # the task wrote the settings through its own connection
        self.demo_loaded = True
        self.welcome.set_busy(False)
        self._set_buttons_enabled(True)
        super().accept()

    def _demo_failed(self, exc: BaseException, trace: str) -> None:
        self.welcome.set_busy(False)
        self._set_buttons_enabled(True)
        show_unexpected(exc, trace)

    def _set_buttons_enabled(self, enabled: bool) -> None:
        self.button(QWizard.WizardButton.CancelButton).setEnabled(enabled)

    # --- cancelling -----------------------------------------------------------------------------

    def has_typed_data(self) -> bool:
        return (self.unit_page.form.is_modified() or self.signer_page.form.is_modified()
                or self.grassroots_page.table.is_modified())

    def reject(self) -> None:
        if self.welcome.is_busy():  # demo data is being written: let it finish
            return
        if self.has_typed_data() and not self.confirm_discard():
            return
        super().reject()

    def confirm_discard(self) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Leave the set-up?"),
            self.tr("What you typed has not been saved and will be lost. Leave the set-up anyway?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes
