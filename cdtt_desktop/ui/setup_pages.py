"""The pages of the first-run wizard: each loads once, checks itself with the domain rules,
and keeps what was typed when the person goes Back and Next again (nothing is saved here).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QLabel,
    QProgressBar,
    QRadioButton,
    QVBoxLayout,
    QWizardPage,
)

from cdtt_desktop import formatting as fmt
from cdtt_desktop.domain.units import OwnUnitSetup
from cdtt_desktop.services.unit_admin import setup_for_editing
from cdtt_desktop.services.units import grassroots_units
from cdtt_desktop.services.workspace import Workspace
from cdtt_desktop.ui.grassroots_table import GrassrootsTable
from cdtt_desktop.ui.unit_form import FieldForm, SignerForm, UnitForm

WELCOME, UNIT, SIGNER, GRASSROOTS, SUMMARY = range(5)


def _note(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


class WelcomePage(QWizardPage):
    """What the application is for, and the choice between setting up and trying demo data."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Welcome to CĐTT Desktop"))
        self.setup_choice = QRadioButton(self.tr("Set up my unit"))
        self.setup_choice.setChecked(True)
        self.demo_choice = QRadioButton(self.tr("Try with demo data"))
        self.choices = QButtonGroup(self)
        for button in (self.setup_choice, self.demo_choice):
            self.choices.addButton(button)
        # Demo data needs no more pages: the wizard then shows Finish instead of Next.
        self.demo_choice.toggled.connect(self.setFinalPage)
        self.progress = QProgressBar()
        self.progress.hide()
        self.progress_note = QLabel(self.tr("Creating demo data…"))
        self.progress_note.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(_note(self.tr(
            "CĐTT Desktop keeps the log of your union's communication work — news items sent to the union "
            "press, posts on your pages, events at grassroots unions, campaigns — against the year's plan, "
            "and prepares the reports you send to the level above. Everything stays on this computer and "
            "works without the internet.")))
        layout.addSpacing(12)
        layout.addWidget(self.setup_choice)
        layout.addWidget(self._indented(self.tr(
            "Enter your unit, who signs your documents and the grassroots unions you oversee. It takes a "
            "few minutes; everything can be changed later in Settings.")))
        layout.addWidget(self.demo_choice)
        layout.addWidget(self._indented(self.tr(
            "Fills this data folder with a made-up unit, its grassroots unions and 300 sample activities, so "
            "that you can look around first. Use a new data folder for your real work.")))
        layout.addStretch(1)
        layout.addWidget(self.progress_note)
        layout.addWidget(self.progress)
        self._busy = False

    @staticmethod
    def _indented(text: str) -> QLabel:
        label = _note(text)
        label.setIndent(24)
        return label

    def is_busy(self) -> bool:
        return self._busy

    def wants_demo(self) -> bool:
        return self.demo_choice.isChecked()

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        for widget in (self.progress, self.progress_note):
            widget.setVisible(busy)
        self.progress.setRange(0, 0)  # moving bar until the first progress report
        for button in (self.setup_choice, self.demo_choice):
            button.setEnabled(not busy)
        self.completeChanged.emit()

    def show_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def isComplete(self) -> bool:
        return not self._busy

    def nextId(self) -> int:
        return -1 if self.wants_demo() else UNIT


class FormPage(QWizardPage):
    """A page holding one form: Next is enabled only when the form breaks no rule."""

    def __init__(self, ws: Workspace, form: FieldForm):
        super().__init__()
        self.ws = ws
        self.form = form
        self._loaded = False
        form.changed.connect(self.completeChanged)
        layout = QVBoxLayout(self)
        layout.addWidget(form)
        layout.addStretch(1)

    def initializePage(self) -> None:
        if not self._loaded:  # load once: coming back must not overwrite what was typed
            self.form.set_values(setup_for_editing(self.ws))
            self._loaded = True

    def cleanupPage(self) -> None:
        """Going Back keeps what was typed on this page (QWizard would reset it)."""

    def isComplete(self) -> bool:
        return not self.form.problems()

    def validatePage(self) -> bool:
        return self.form.check(show_all=True)


class UnitPage(FormPage):
    def __init__(self, ws: Workspace, today: dt.date | None = None):
        super().__init__(ws, UnitForm(today=today))
        self.setTitle(self.tr("Your unit"))
        self.setSubTitle(self.tr("The union you work in, as it appears at the top of the documents you "
                                 "send upward. Fields marked * are required."))


class SignerPage(FormPage):
    def __init__(self, ws: Workspace):
        super().__init__(ws, SignerForm())
        self.setTitle(self.tr("Signer and officer"))
        self.setSubTitle(self.tr("Who signs your unit's documents, and your own name."))


class GrassrootsPage(QWizardPage):
    """The grassroots unions (CĐCS) the unit oversees: typed in or imported; may stay empty."""

    def __init__(self, ws: Workspace):
        super().__init__()
        self.ws = ws
        self._loaded = False
        self.setTitle(self.tr("Grassroots unions (CĐCS)"))
        self.setSubTitle(self.tr("The grassroots unions your unit oversees, with their member counts. Type "
                                 "them in or import a list from a CSV or Excel file; you can also add them "
                                 "later in Settings."))
        self.table = GrassrootsTable()
        self.table.changed.connect(self.completeChanged)
        QVBoxLayout(self).addWidget(self.table)

    def initializePage(self) -> None:
        if not self._loaded:
            self.table.set_units(grassroots_units(self.ws))
            self._loaded = True

    def cleanupPage(self) -> None:
        """Going Back keeps the rows."""

    def isComplete(self) -> bool:
        return self.table.is_valid()

    def validatePage(self) -> bool:
        return self.table.validate()


class SummaryPage(QWizardPage):
    """Everything that will be saved, in one place, before Finish."""

    def __init__(self, unit: UnitPage, signer: SignerPage, grassroots: GrassrootsPage, year: int):
        super().__init__()
        self.pages = (unit, signer, grassroots)
        self.year = year
        self.setTitle(self.tr("Ready to save"))
        self.setSubTitle(self.tr("Check what you entered. Press Back to change it, or Finish to save."))
        self.form = QFormLayout(self)

    def setup(self) -> OwnUnitSetup:
        unit, signer, _ = self.pages
        return OwnUnitSetup(**unit.form.values(), **signer.form.values())

    def initializePage(self) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        s = self.setup()
        drafts, _ = self.pages[2].table.drafts()
        members = sum(d.member_count or 0 for d in drafts)
        signature = " — ".join(x for x in (s.signing_authority, s.signer_title, s.signer_name) if x)
        rows = (
            (self.tr("Your unit"), s.unit_name),
            (self.tr("Parent body"), s.parent_name),
            (self.tr("Document number"), f"Số: 01/BC-{s.abbreviation}"),
            (self.tr("Date line"), fmt.document_date(dt.date.today(), s.place_name)),
            (self.tr("Address"), s.address or "—"),
            (self.tr("Signature"), signature or "—"),
            (self.tr("Your own name"), s.officer_name or "—"),
            (self.tr("Grassroots unions"), self.tr("{count} unions, {members} members").format(
                count=fmt.number(len(drafts)), members=fmt.number(members))),
            (self.tr("Plan"), self.tr("A communications plan for {year} is made from the Confederation's "
                                      "template (or from last year's plan); you can edit it in "
                                      "Settings.").format(year=self.year)),
        )
        for caption, value in rows:
            self.form.addRow(caption, _note(value))
