"""The consent and documents steps of the Mái ấm wizard.

Consent is explicit (nothing is ticked in advance), dated, scoped (handling the case;
photos for publicity) and names who recorded it. A withdrawn consent stays in the
record with its date. The documents step is the case file's checklist: each kind,
the ones this year's rules require marked *, the sensitive ones marked; a file is
checked and stored the moment it is added, so a refusal is said at once.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from cdtt_desktop import formatting as fmt
from cdtt_desktop.domain.housing import DOCUMENT_KINDS, CaseConsent, CaseContent, ConsentUse
from cdtt_desktop.domain.housing_checks import CONSENT_INCOMPLETE, active_consent
from cdtt_desktop.domain.messages import Problem, ValidationError
from cdtt_desktop.services import housing as service
from cdtt_desktop.ui.attachment_list import local_files
from cdtt_desktop.ui.housing_labels import consent_use_name, document_name, is_sensitive, problem_text
from cdtt_desktop.ui.housing_step import ERROR_STYLE, HINT_STYLE, HousingState, HousingStepPage
from cdtt_desktop.ui.optional_date_edit import OptionalDateEdit
from cdtt_desktop.ui.story_step import note

_KIND = Qt.ItemDataRole.UserRole
_LINK = Qt.ItemDataRole.UserRole + 1
SENSITIVE_COLOUR = "#8c1d18"


class ConsentBox(QGroupBox):
    """One use of the beneficiary's data: agreed or not, on which date, recorded by whom."""

    def __init__(self, use: ConsentUse, explanation: str, officer: str):
        super().__init__(consent_use_name(use.value))
        self.use, self.officer = use, officer
        self.withdrawn: list[CaseConsent] = []  # kept as recorded: the file shows it was taken back
        self.explanation = note(explanation)
        self.agree_check = QCheckBox(self.tr("The beneficiary agreed"))
        self.given_edit = OptionalDateEdit()
        self.given_edit.setMaximumWidth(180)
        self.recorded_edit = QLineEdit()
        self.withdrawn_label = note(style=HINT_STYLE)
        self.withdrawn_label.hide()
        form = QFormLayout()
        form.addRow(self.tr("Date given *"), self.given_edit)
        form.addRow(self.tr("Recorded by *"), self.recorded_edit)
        column = QVBoxLayout(self)
        column.addWidget(self.explanation)
        column.addWidget(self.agree_check)
        column.addLayout(form)
        column.addWidget(self.withdrawn_label)
        self.agree_check.toggled.connect(self._agreed)
        self._agreed(False)

    def _agreed(self, on: bool) -> None:
        self.given_edit.setEnabled(on)
        self.recorded_edit.setEnabled(on)
        if on and not self.recorded_edit.text():
            self.recorded_edit.setText(self.officer)

    def load(self, consents: list[CaseConsent]) -> None:
        mine = [c for c in consents if c.use == self.use.value]
        self.withdrawn = [c for c in mine if c.withdrawn_on]
        active = next((c for c in mine if not c.withdrawn_on), None)
        self.agree_check.setChecked(active is not None)
        self.given_edit.set_iso(active.given_on if active else "")
        self.recorded_edit.setText(active.recorded_by if active else "")
        dates = ", ".join(fmt.date(c.withdrawn_on) for c in self.withdrawn)
        self.withdrawn_label.setText(self.tr("Withdrawn on {dates}. Tick above only if the beneficiary "
                                             "agreed again.").format(dates=dates))
        self.withdrawn_label.setVisible(bool(self.withdrawn))

    def consents(self) -> list[CaseConsent]:
        active = [CaseConsent(use=self.use.value, given_on=self.given_edit.iso(),
                              recorded_by=self.recorded_edit.text())] if self.agree_check.isChecked() else []
        return self.withdrawn + active

    def incomplete(self) -> bool:
        missing = self.given_edit.is_empty() or not self.recorded_edit.text().strip()
        return self.agree_check.isChecked() and missing


class HousingConsentPage(HousingStepPage):
    FIELDS = ("consents",)

    def __init__(self, state: HousingState):
        super().__init__(state)
        self.setTitle(self.tr("Consent"))
        self.intro.setText(self.tr("Ask the beneficiary, explain what each use means, and record only what "
                                   "they agreed to. Consent to handling the case is needed to go on; photos "
                                   "for publicity are optional and can be withdrawn at any time."))
        officer = str(state.ws.settings["officer_name"])
        self.boxes = {
            ConsentUse.CASE_HANDLING: ConsentBox(ConsentUse.CASE_HANDLING, self.tr(
                "The union keeps and uses the beneficiary's personal data, including health and family "
                "circumstances, to handle this case, and passes it to the upper level that decides."),
                officer),
            ConsentUse.PUBLICITY_PHOTOS: ConsentBox(ConsentUse.PUBLICITY_PHOTOS, self.tr(
                "Photos of the house and of the handover may be used in the union's news. ID papers and land "
                "papers never are."), officer),
        }
        for box in self.boxes.values():
            box.agree_check.setStyleSheet("QCheckBox { font-weight: bold; }")
            box.explanation.setStyleSheet("font-weight: normal;")
            self.body.addWidget(box)
            box.agree_check.toggled.connect(lambda _on: self.touch("consents"))
            box.given_edit.dateChanged.connect(lambda _d: self.touch("consents"))
            box.recorded_edit.textEdited.connect(lambda _t: self.touch("consents"))
        self.error_label = note(style=ERROR_STYLE)
        self.error_label.hide()
        self.body.addWidget(self.error_label)
        self.body.addStretch(1)

    def load(self, content: CaseContent) -> None:
        for box in self.boxes.values():
            box.load(content.consents)

    def store(self, content: CaseContent) -> None:
        content.consents = [c for box in self.boxes.values() for c in box.consents()]

    def blocking(self) -> list[Problem]:
        incomplete = any(box.incomplete() for box in self.boxes.values())
        return super().blocking() + ([Problem("consents", CONSENT_INCOMPLETE)] if incomplete else [])

    def check(self) -> None:
        super().check()
        problems = [p for p in self.page_problems() if "consents" in self._touched]
        self.error_label.setText("\n".join(problem_text(p) for p in problems))
        self.error_label.setVisible(bool(problems))


class DocumentsPage(HousingStepPage):
    FIELDS = ("documents",)

    def __init__(self, state: HousingState):
        super().__init__(state)
        self.setTitle(self.tr("Documents of the case file"))
        self.setAcceptDrops(True)
        self.intro.setText(self.tr("Attach each paper to its line (select the line, then “Attach files…”, "
                                   "or drag files onto it). Lines marked * are required by the rules of "
                                   "{year}. Sensitive papers are kept in the case file only and never used "
                                   "for publicity.").format(year=state.rules.year))
        self.tree = QTreeWidget()
        self.tree.setObjectName("checklist")
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([self.tr("Document"), self.tr("Files"), self.tr("Privacy")])
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # the papers' names are long
        self.tree.setColumnWidth(1, 80)
        self.tree.setColumnWidth(2, 110)
        self.publicity_check = QCheckBox(self.tr("Photos attached now may be used for publicity"))
        self.attach_button = QPushButton(self.tr("Attach files…"))
        self.remove_button = QPushButton(self.tr("Remove file"))
        self.error_label = note(style=ERROR_STYLE)
        self.error_label.setObjectName("refusals")
        self.error_label.hide()
        buttons = QHBoxLayout()
        for widget in (self.attach_button, self.remove_button):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        buttons.addWidget(self.publicity_check)
        self.body.addWidget(self.tree, 1)
        self.body.addLayout(buttons)
        self.body.addWidget(self.error_label)
        self.attach_button.clicked.connect(self.choose)
        self.remove_button.clicked.connect(self.remove_selected)
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())

    # --- the checklist --------------------------------------------------------------------------

    def show_documents(self) -> None:
        current = self.selected_kind()
        self.tree.clear()
        required = set(self.state.rules.required_documents)
        for kind in DOCUMENT_KINDS:
            files = [d for d in self.state.documents if d.kind == kind]
            name = document_name(kind) + (" *" if kind in required else "")
            privacy = self.tr("sensitive") if is_sensitive(kind) else ""
            item = QTreeWidgetItem([name, fmt.number(len(files)) if files else "", privacy])
            item.setData(0, _KIND, kind)
            if kind in required and not files:
                item.setForeground(0, QColor("#b3261e"))
            item.setForeground(2, QColor(SENSITIVE_COLOUR))
            for document in files:
                shown = self.tr("{name} (for publicity)").format(name=document.file_name) \
                    if document.publicity else document.file_name
                child = QTreeWidgetItem([shown])
                child.setData(0, _KIND, kind)
                child.setData(0, _LINK, document.link_id)
                child.setToolTip(0, str(document.path))
                item.addChild(child)
            self.tree.addTopLevelItem(item)
            item.setExpanded(True)
            if kind == current:
                self.tree.setCurrentItem(item)
        consent = active_consent(self.state.current(), ConsentUse.PUBLICITY_PHOTOS.value)
        self.publicity_check.setEnabled(consent)
        if not consent:
            self.publicity_check.setChecked(False)
        self._update_buttons()

    def kind_item(self, kind: str) -> QTreeWidgetItem:
        return next(self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())
                    if self.tree.topLevelItem(i).data(0, _KIND) == kind)

    def selected_kind(self) -> str | None:
        item = self.tree.currentItem()
        return str(item.data(0, _KIND)) if item is not None else None

    def select_kind(self, kind: str) -> None:
        self.tree.setCurrentItem(self.kind_item(kind))

    def _update_buttons(self) -> None:
        item = self.tree.currentItem()
        self.attach_button.setEnabled(item is not None)
        self.remove_button.setEnabled(item is not None and bool(item.data(0, _LINK)))

    # --- adding and removing --------------------------------------------------------------------

    def choose(self) -> None:
        kind = self.selected_kind()
        if kind is None:
            return
        names, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Attach: {document}").format(document=document_name(kind)), "",
            self.tr("Scans and photos (*.pdf *.jpg *.jpeg *.png *.webp *.docx *.xlsx);;All files (*)"))
        if names:
            self.add_files(kind, [Path(n) for n in names])

    def add_files(self, kind: str, paths: list[Path]) -> list[str]:
        """Attach each file to `kind`; refusals are listed at once with the file's name."""
        added, refused = [], []
        publicity = self.publicity_check.isChecked() and not is_sensitive(kind) and kind.startswith("photos")
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            for path in paths:
                try:
                    added.append(service.add_case_document(self.state.ws, self.state.case_id, path, kind=kind,
                                                           publicity=publicity))
                except (service.PhotoRejectedError, service.DuplicateFileError) as exc:
                    refused.append(problem_text(exc.problem))
                except ValidationError as exc:
                    refused += [problem_text(p) for p in exc.problems]
        finally:
            QApplication.restoreOverrideCursor()
        self.error_label.setText("\n".join(refused))
        self.error_label.setVisible(bool(refused))
        if added:
            self._files_changed()
        return added

    def remove_selected(self) -> None:
        item = self.tree.currentItem()
        link_id = item.data(0, _LINK) if item is not None else None
        if link_id:
            service.remove_case_document(self.state.ws, self.state.case_id, str(link_id))
            self._files_changed()

    def _files_changed(self) -> None:
        self.state.reload_documents()
        self.show_documents()

    def initializePage(self) -> None:
        self.show_documents()
        super().initializePage()

    # --- drag and drop: onto a line of the checklist ----------------------------------------------

    def _kind_at(self, event: QDropEvent | QDragMoveEvent) -> str | None:
        point = self.tree.viewport().mapFrom(self, event.position().toPoint())
        item = self.tree.itemAt(point)
        return str(item.data(0, _KIND)) if item is not None else self.selected_kind()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if local_files(event.mimeData()):
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if local_files(event.mimeData()) and self._kind_at(event):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        kind = self._kind_at(event)
        if kind and local_files(event.mimeData()):
            self.add_files(kind, local_files(event.mimeData()))
            event.acceptProposedAction()
