"""What every page of the Mái ấm wizard shares: the case being written, and the frame of a step.

`HousingState` holds the case as loaded (CCCD in full: this is the one place it is
shown) and the pages that edit parts of it; `current()` gathers what is on screen
now, and every edit re-checks it once with the rules of the case's year. A step
shows each problem beside its field and, at the bottom, why "Next" cannot be pressed
yet. Failed eligibility rules never block their own field's step: they are gathered
on the eligibility step, where going on needs a written justification.
"""

from __future__ import annotations

import copy
import datetime as dt

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget, QWizardPage

from cdtt_desktop.domain import housing as rules
from cdtt_desktop.domain import housing_checks as checks
from cdtt_desktop.domain.housing import CaseContent
from cdtt_desktop.domain.messages import Problem
from cdtt_desktop.services import housing as service
from cdtt_desktop.services.workspace import Workspace
from cdtt_desktop.ui.housing_labels import field_name, message_text, problem_text
from cdtt_desktop.ui.story_step import BLOCKED_STYLE, INTRO_STYLE, note

BENEFICIARY, FAMILY, DWELLING, ELIGIBILITY, FUNDING, CONSENT, DOCUMENTS, REVIEW = range(8)
ERROR_STYLE = "color: #b3261e;"
WARNING_STYLE = "color: #8a4300;"
HINT_STYLE = "color: #5f6368;"
SENSITIVE_STYLE = ("background: #fdecea; color: #8c1d18; border: 1px solid #e8a39b; border-radius: 3px;"
                   " padding: 0 4px; font-size: 9pt;")
# The rules of the year a justification may override: they never block their own step.
ELIGIBILITY_MESSAGES = frozenset({rules.MEMBERSHIP_TOO_SHORT, rules.MISSING_DOCUMENT, rules.NO_CASE_CONSENT,
                                  rules.SUPPORT_ABOVE_RULE, checks.NO_MEMBER_SINCE, checks.NO_HARDSHIP,
                                  checks.NO_SUPPORT_REQUESTED})
# The step whose fields each eligibility rule reads (documents: every "document:<kind>").
RULE_STEPS = {"membership": BENEFICIARY, "hardship": FAMILY, "document": DOCUMENTS, "consent": CONSENT,
              "funding": FUNDING, "amount": FUNDING}


def rule_step(rule: str) -> int:
    return RULE_STEPS.get(rule.split(":", 1)[0], ELIGIBILITY)


def sensitive_mark() -> QLabel:
    """The small red "sensitive" tag beside health data and ID papers."""
    mark = QLabel(QCoreApplication.translate("HousingStepPage", "sensitive"))
    mark.setStyleSheet(SENSITIVE_STYLE)
    mark.setToolTip(QCoreApplication.translate(
        "HousingStepPage", "Sensitive personal data (Law 91/2025/QH15): write and attach only what the case "
                           "needs. It is never shown outside the case file."))
    return mark


class HousingState(QObject):
    """The case under edit. `changed` fires after every edit, once the content has been checked."""

    changed = Signal()

    def __init__(self, ws: Workspace, case_id: str, parent: QObject | None = None):
        super().__init__(parent)
        self.ws, self.case_id = ws, case_id
        self.pages: list[HousingStepPage] = []
        self.loading = True  # until every page shows the stored content: edits are not the person's
        record = service.get_case(ws, case_id, reveal_cccd=True)
        self.summary, self.content, self.rules = record.summary, record.content, record.rules
        self.documents = record.documents
        self._problems: list[Problem] = []
        self._eligibility: list[tuple[str, Problem | None]] = []

    def current(self) -> CaseContent:
        """The content as shown on every page now (not cleaned: the service and the checks clean it)."""
        content = copy.deepcopy(self.content)
        for page in self.pages:
            page.store(content)
        return content

    def edited(self) -> None:
        """Check what is on screen once, then let every page show what concerns it."""
        if self.loading:
            return
        content = self.current().cleaned()
        if content.province != self.rules.province:  # a province may set rules of its own
            self.rules = service.rules_for(self.ws, self.summary.year, content.province)
        self._problems = service.content_problems(self.ws, content, year=self.summary.year)
        kinds = {d.kind for d in self.documents}
        self._eligibility = checks.eligibility_checks(content, self.rules, kinds, today=dt.date.today())
        self.changed.emit()

    def problems(self) -> list[Problem]:
        return list(self._problems)

    def eligibility(self) -> list[tuple[str, Problem | None]]:
        """Each rule of the year with its problem (None when met), from what is typed and attached now."""
        return list(self._eligibility)

    def failed_rules(self, *, up_to: int = REVIEW) -> list[tuple[str, Problem]]:
        """The rules not met whose data is typed on the steps up to `up_to`."""
        return [(rule, p) for rule, p in self._eligibility if p is not None and rule_step(rule) <= up_to]

    def reload_documents(self) -> None:
        self.documents = service.get_case(self.ws, self.case_id).documents
        self.edited()


class HousingStepPage(QWizardPage):
    """One step: subclasses add their fields with add_field() into `body`, and implement load()/store()."""

    FIELDS: tuple[str, ...] = ()

    def __init__(self, state: HousingState, parent: QWidget | None = None):
        super().__init__(parent)
        self.state = state
        self.editors: dict[str, QWidget] = {}
        self._errors: dict[str, QLabel] = {}
        self._touched: set[str] = set()
        self._blocking: list[Problem] = []
        self.intro = note(style=INTRO_STYLE)
        self.body = QVBoxLayout()
        self.blocked = note(style=BLOCKED_STYLE)
        self.blocked.setObjectName("blocked")
        self.blocked.hide()
        self.saved_label = note(style=HINT_STYLE)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.body, 1)
        layout.addWidget(self.blocked)
        layout.addWidget(self.saved_label)
        state.pages.append(self)
        state.changed.connect(self.check)

    # --- fields ---------------------------------------------------------------------------------

    def add_field(self, form: QFormLayout, name: str, editor: QWidget, *, required: bool = False,
                  extra: QWidget | None = None) -> QWidget:
        """A row: the field's name (with * when required), the editor, and under it its problems."""
        error = note()
        error.setObjectName(f"{name}_error")
        error.hide()
        cell = QWidget()
        column = QVBoxLayout(cell)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(1)
        column.addWidget(editor)
        if extra is not None:
            column.addWidget(extra)
        column.addWidget(error)
        caption = QLabel(f"{field_name(name)} *" if required else field_name(name))
        caption.setBuddy(editor)
        form.setHorizontalSpacing(max(form.horizontalSpacing(), 12))  # captions never touch their fields
        form.addRow(caption, cell)
        self.editors[name] = editor
        self._errors[name] = error
        return editor

    def touch(self, name: str) -> None:
        """A field was edited: its problems show from now on, and every step checks again."""
        if self.state.loading:
            return
        self._touched.add(name)
        self.state.edited()

    def mark_filled(self, content: CaseContent) -> None:
        """Fields loaded with a value count as edited, so a stored bad value shows its problem at once."""
        for name in self.FIELDS:
            if getattr(content, name, "") not in ("", None):
                self._touched.add(name)

    def error_text(self, name: str) -> str:
        label = self._errors[name]
        return label.text() if not label.isHidden() else ""

    # --- content --------------------------------------------------------------------------------

    def load(self, content: CaseContent) -> None:
        """Show the stored content."""

    def store(self, content: CaseContent) -> None:
        """Write what is on this page into `content`."""

    # --- checking -------------------------------------------------------------------------------

    def page_problems(self) -> list[Problem]:
        return [p for p in self.state.problems() if p.field in self.FIELDS]

    def blocking(self) -> list[Problem]:
        """What keeps "Next" disabled: the page's problems but warnings and overridable rules."""
        return [p for p in self.page_problems() if not p.warning and p.message not in ELIGIBILITY_MESSAGES]

    def check(self) -> None:
        problems = self.page_problems()
        self._show_beside(problems)
        blocking = self.blocking()
        if blocking != self._blocking:
            self._blocking = blocking
            self._show_blocked()
            self.completeChanged.emit()

    def _show_beside(self, problems: list[Problem]) -> None:
        by_field: dict[str, list[Problem]] = {}
        for problem in problems:
            by_field.setdefault(problem.field, []).append(problem)
        for name, label in self._errors.items():
            shown = by_field.get(name, []) if name in self._touched else []
            text = "\n".join(message_text(p) for p in shown)
            hard = any(not p.warning and p.message not in ELIGIBILITY_MESSAGES for p in shown)
            if label.text() != text:  # touch only what changes: this runs on every keystroke
                label.setText(text)
                label.setStyleSheet(ERROR_STYLE if hard else WARNING_STYLE)
            label.setVisible(bool(text))

    def _show_blocked(self) -> None:
        if not self._blocking:
            self.blocked.hide()
            return
        lines = [QCoreApplication.translate("HousingStepPage", "“Next” is not available yet:")]
        lines += [f"• {problem_text(p, with_field=True)}" for p in self._blocking]
        self.blocked.setText("\n".join(lines))
        self.blocked.show()

    def initializePage(self) -> None:
        self.check()
        self._show_blocked()

    def cleanupPage(self) -> None:
        """Going Back keeps what was typed on this page (QWizard would reset it)."""

    def isComplete(self) -> bool:
        return not self._blocking
