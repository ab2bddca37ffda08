"""The consent step: each person shown agrees explicitly, on a date, to a scope (internal or publication).

A withdrawn consent stays in the table, ticked and dated, so the record shows it
was given and taken back; the rules then no longer count it.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QWidget,
)

from cdtt_desktop.domain.stories import Consent, ConsentScope, StoryContent, StoryKind
from cdtt_desktop.ui.optional_date_edit import OptionalDateEdit
from cdtt_desktop.ui.story_labels import SCOPES, label
from cdtt_desktop.ui.story_step import StepPage, StoryState

NAME, GIVEN, SCOPE, WITHDRAWN = range(4)


class ConsentPage(StepPage):
    step = "consent"

    def __init__(self, state: StoryState):
        super().__init__(state)
        self.setTitle(self.tr("Consent of the people shown"))
        self.intro.setText(self.tr(
            "Required: the explicit consent of each person shown in the story or its photos (at least the "
            "person it is about), with the date it was given and what it allows. A story for publication "
            "needs “May be published” from everyone. Tick “Withdrawn” when someone takes it back."))
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("Full name *"), self.tr("Date given *"),
                                              self.tr("Scope"), self.tr("Withdrawn")])
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        for column, width in ((GIVEN, 130), (SCOPE, 190), (WITHDRAWN, 90)):
            header.resizeSection(column, max(width, header.sectionSizeHint(column)))
        self.add_button = QPushButton(self.tr("Add a person"))
        self.remove_button = QPushButton(self.tr("Remove row"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        self.body.addWidget(self.table, 1)
        self.body.addLayout(buttons)
        self.add_button.clicked.connect(lambda: self.add_row())
        self.remove_button.clicked.connect(self._remove_row)

    def initializePage(self) -> None:
        # The person a story is about is the first whose consent is needed: offer their row.
        content = self.state.current()
        person = content.person_name.strip() if content.kind == StoryKind.PERSON.value else ""
        if not self.table.rowCount() and person:
            self.add_row(Consent(person_name=person))
        super().initializePage()

    def add_row(self, consent: Consent | None = None) -> int:
        consent = consent or Consent()
        row = self.table.rowCount()
        self.table.insertRow(row)
        name = QLineEdit(consent.person_name)
        name.setFrame(False)
        given = OptionalDateEdit()
        given.set_iso(consent.given_on)
        scope = QComboBox()
        for value, text in SCOPES.items():
            scope.addItem(label(text), value.value)
        scope.setCurrentIndex(max(scope.findData(consent.scope), 0))
        withdrawn = QCheckBox()
        withdrawn.setProperty("withdrawn_on", consent.withdrawn_on)
        withdrawn.setChecked(bool(consent.withdrawn_on))
        self._set_withdrawn_tip(withdrawn)
        box = QWidget()  # keeps the tick box centred in its cell
        centred = QHBoxLayout(box)
        centred.setContentsMargins(0, 0, 0, 0)
        centred.addWidget(withdrawn, 0, Qt.AlignmentFlag.AlignCenter)
        for column, widget in ((NAME, name), (GIVEN, given), (SCOPE, scope), (WITHDRAWN, box)):
            self.table.setCellWidget(row, column, widget)
        name.textChanged.connect(lambda _t: self.edited())
        given.dateChanged.connect(lambda _d: self.edited())
        scope.currentIndexChanged.connect(lambda _i: self.edited())
        withdrawn.toggled.connect(lambda on, box=withdrawn: self._withdrawn_toggled(box, on))
        self.edited()
        return row

    def _withdrawn_toggled(self, box: QCheckBox, on: bool) -> None:
        box.setProperty("withdrawn_on", dt.date.today().isoformat() if on else "")
        self._set_withdrawn_tip(box)
        self.edited()

    def _set_withdrawn_tip(self, box: QCheckBox) -> None:
        day = str(box.property("withdrawn_on") or "")
        box.setToolTip(self.tr("Withdrawn on {date}").format(date=f"{day[8:10]}/{day[5:7]}/{day[:4]}")
                       if day else self.tr("In force"))

    def _remove_row(self) -> None:
        rows = {i.row() for i in self.table.selectedIndexes()} | {self.table.currentRow()}
        for row in sorted(rows - {-1}, reverse=True):
            self.table.removeRow(row)
        self.edited()

    # --- cells ----------------------------------------------------------------------------------

    def name_edit(self, row: int) -> QLineEdit:
        widget = self.table.cellWidget(row, NAME)
        assert isinstance(widget, QLineEdit)
        return widget

    def date_edit(self, row: int) -> OptionalDateEdit:
        widget = self.table.cellWidget(row, GIVEN)
        assert isinstance(widget, OptionalDateEdit)
        return widget

    def scope_combo(self, row: int) -> QComboBox:
        widget = self.table.cellWidget(row, SCOPE)
        assert isinstance(widget, QComboBox)
        return widget

    def withdrawn_box(self, row: int) -> QCheckBox:
        box = self.table.cellWidget(row, WITHDRAWN).findChild(QCheckBox)
        assert isinstance(box, QCheckBox)
        return box

    # --- content --------------------------------------------------------------------------------

    def load(self, content: StoryContent) -> None:
        self.table.setRowCount(0)
        for consent in content.consents:
            self.add_row(consent)

    def store(self, content: StoryContent) -> None:
        consents = []
        for row in range(self.table.rowCount()):
            consents.append(Consent(
                person_name=self.name_edit(row).text(), given_on=self.date_edit(row).iso(),
                scope=self.scope_combo(row).currentData() or ConsentScope.INTERNAL.value,
                withdrawn_on=str(self.withdrawn_box(row).property("withdrawn_on") or "")))
        content.consents = [c for c in consents if c.person_name.strip() or c.given_on or c.withdrawn_on]
