"""The case file of one Mái ấm case: who, how much (in words too), the timeline of steps, the next moves.

Each allowed next move is a button that opens a small form asking exactly that step's
data. A returned case shows what must be completed, in a frame no one can miss. The
CCCD is masked here: it is shown in full only in the case editor. A finished case can
be anonymised, after a plain question; the beneficiary can withdraw a consent.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cdtt_desktop import formatting as fmt
from cdtt_desktop.domain.housing import ALLOWED, DOCUMENT_KINDS, CaseStep, ConsentUse
from cdtt_desktop.domain.housing_checks import active_consent
from cdtt_desktop.domain.messages import ValidationError
from cdtt_desktop.services import housing as service
from cdtt_desktop.services.doc_housing import HANDOVER_STEPS, PROPOSAL_STEPS
from cdtt_desktop.services.workspace import Workspace
from cdtt_desktop.ui.housing_labels import (
    STEP_COLOURS,
    build_kind_name,
    consent_use_name,
    document_name,
    field_name,
    is_sensitive,
    move_name,
    problem_text,
    rule_name,
    step_name,
)
from cdtt_desktop.ui.housing_step import ERROR_STYLE
from cdtt_desktop.ui.housing_step_dialog import StepDialog
from cdtt_desktop.ui.money_edit import amount_words
from cdtt_desktop.ui.story_view import RETURNED_STYLE, pill_style

FINISHED = (CaseStep.CLOSED, CaseStep.NOT_ELIGIBLE)
_TIMELINE = ("step", "done_on", "responsible", "notes", "data", "documents")


class HousingCaseView(QDialog):
    changed = Signal(str)  # the case moved on, or was anonymised
    edit_requested = Signal(str)  # open the case editor (wizard)
    proposal_requested = Signal(str)  # make the tờ trình (PDF) of this case
    handover_requested = Signal(str)  # make the biên bản bàn giao (PDF) of this case

    def __init__(self, ws: Workspace, case_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ws, self.case_id = ws, case_id
        self.step_dialog: StepDialog | None = None
        self.setWindowTitle(self.tr("Case file"))
        self.name_label, self.badge = QLabel(), QLabel()
        self.facts_label, self.money_label = QLabel(), QLabel()
        for label in (self.name_label, self.facts_label, self.money_label):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.returned_frame = QFrame()
        self.returned_frame.setObjectName("returned")
        self.returned_frame.setStyleSheet(RETURNED_STYLE)
        self.returned_label = QLabel()
        self.returned_label.setWordWrap(True)
        QVBoxLayout(self.returned_frame).addWidget(self.returned_label)
        self.move_buttons: dict[CaseStep, QPushButton] = {}
        self.edit_button = QPushButton(self.tr("Edit the details…"))
        self.withdraw_buttons: dict[ConsentUse, QPushButton] = {}
        self.anonymise_button = QPushButton(self.tr("Anonymise…"))
        self.proposal_button = QPushButton(self.tr("Proposal (tờ trình) as PDF…"))
        self.handover_button = QPushButton(self.tr("Handover record as PDF…"))
        self.error_label = QLabel()
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.timeline = QTableWidget(0, len(_TIMELINE))
        self.documents = QTreeWidget()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self._lay_out()
        self.buttons.rejected.connect(self.reject)
        self.edit_button.clicked.connect(lambda: self.edit_requested.emit(self.case_id))
        self.anonymise_button.clicked.connect(self._anonymise_clicked)
        self.proposal_button.clicked.connect(lambda: self.proposal_requested.emit(self.case_id))
        self.handover_button.clicked.connect(lambda: self.handover_requested.emit(self.case_id))
        self.resize(1000, 720)
        self.load()

    def _lay_out(self) -> None:
        header = QHBoxLayout()
        header.addWidget(self.name_label, 1)
        header.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignTop)
        moves = QHBoxLayout()
        moves.addWidget(QLabel("<b>{}</b>".format(self.tr("Next:"))))
        for target in CaseStep:
            if target is CaseStep.REQUEST:
                continue
            button = QPushButton(move_name(target))
            button.setObjectName(f"move-{target.value}")
            button.clicked.connect(lambda _c=False, t=target: self.open_step(t))
            self.move_buttons[target] = button
            moves.addWidget(button)
        moves.addStretch(1)
        others = QHBoxLayout()
        others.addWidget(self.edit_button)
        for use in ConsentUse:
            text = self.tr("Withdraw consent: {use}…").format(use=consent_use_name(use.value))
            button = QPushButton(text)
            button.clicked.connect(lambda _c=False, u=use: self._withdraw_clicked(u))
            self.withdraw_buttons[use] = button
            others.addWidget(button)
        others.addStretch(1)
        others.addWidget(self.proposal_button)
        others.addWidget(self.handover_button)
        others.addWidget(self.anonymise_button)
        self.timeline.setHorizontalHeaderLabels([self.tr("Step"), self.tr("Date"), self.tr("Responsible"),
                                                 self.tr("Notes"), self.tr("Data"), self.tr("Documents")])
        self.timeline.verticalHeader().hide()
        self.timeline.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.timeline.setWordWrap(True)
        self.documents.setHeaderLabels([self.tr("Document"), self.tr("Step"), self.tr("Privacy")])
        self.documents.setRootIsDecorated(False)
        self.documents.header().setStretchLastSection(False)
        self.documents.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.documents.setColumnWidth(1, 170)
        self.documents.setColumnWidth(2, 140)
        # Notes wrap: row heights follow the width the notes column gets once shown.
        columns = self.timeline.horizontalHeader()
        columns.sectionResized.connect(lambda *_: self.timeline.resizeRowsToContents())
        splitter = QSplitter(Qt.Orientation.Vertical)
        for title, widget in ((self.tr("Timeline"), self.timeline), (self.tr("Documents"), self.documents)):
            part = QWidget()
            column = QVBoxLayout(part)
            column.setContentsMargins(0, 0, 0, 0)
            column.addWidget(QLabel(f"<b>{title}</b>"))
            column.addWidget(widget)
            splitter.addWidget(part)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.facts_label)
        layout.addWidget(self.money_label)
        layout.addWidget(self.returned_frame)
        layout.addLayout(moves)
        layout.addLayout(others)
        layout.addWidget(self.error_label)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)

    # --- showing --------------------------------------------------------------------------------

    def load(self) -> None:
        self.record = record = service.get_case(self.ws, self.case_id)
        summary = record.summary
        name = summary.beneficiary or self.tr("(no name yet)")
        self.name_label.setText(f"<h2>{html.escape(name)}</h2>")
        self.badge.setText(step_name(summary.step))
        self.badge.setStyleSheet(pill_style(STEP_COLOURS[summary.step]))
        facts = [self.tr("CCCD {number}").format(number=summary.cccd_masked or "—"), summary.unit_name,
                 build_kind_name(summary.build_kind), self.tr("year {year}").format(year=summary.year)]
        if summary.next_step and summary.due_on:
            facts.append(self.tr("next: {step} by {date}").format(step=step_name(summary.next_step),
                                                                   date=fmt.date(summary.due_on)))
        if record.anonymised:
            facts.append(self.tr("anonymised"))
        self.facts_label.setText(" · ".join(f for f in facts if f))
        self.money_label.setText(self._money_html())
        self._show_return()
        self._show_actions()
        self._show_timeline()
        self._show_documents()

    def _money_html(self) -> str:
        summary = self.record.summary
        lines = [self.tr("Requested: {amount}").format(amount=fmt.money(summary.requested))]
        if summary.requested:
            lines[0] += f" — <i>{html.escape(amount_words(summary.requested))}</i>"
        if summary.approved is not None:
            approved = self.tr("Approved: {amount}").format(amount=fmt.money(summary.approved))
            lines.append(f"<b>{approved}</b> — <i>{html.escape(amount_words(summary.approved))}</i>")
        return "<br>".join(lines)

    def _show_return(self) -> None:
        returned = self.record.summary.step is CaseStep.RETURNED
        self.returned_frame.setVisible(returned)
        if returned:
            last = next((s for s in reversed(self.record.steps) if s.step is CaseStep.RETURNED), None)
            text = self.tr("Returned for completion on {date}. To complete:\n{notes}")
            self.returned_label.setText(text.format(date=fmt.date(last.done_on) if last else "",
                                                    notes=last.notes if last else ""))

    def allowed_moves(self) -> list[CaseStep]:
        """The moves the case may make now; a returned case goes back only where it came from."""
        record = self.record
        if record.anonymised:
            return []
        if record.summary.step is CaseStep.RETURNED and record.returned_from is not None:
            return [record.returned_from]
        return [t for t in CaseStep if t in ALLOWED[record.summary.step]]

    def _show_actions(self) -> None:
        allowed = self.allowed_moves()
        for target, button in self.move_buttons.items():
            button.setVisible(target in allowed)
            if target in allowed and self.record.summary.step is CaseStep.RETURNED:
                button.setText(self.tr("Back to {step}…").format(step=step_name(target)))
            elif target in allowed:
                button.setText(move_name(target))
        finished = self.record.summary.step in FINISHED
        self.edit_button.setVisible(not finished and not self.record.anonymised)
        for use, button in self.withdraw_buttons.items():
            button.setVisible(active_consent(self.record.content, use.value) and not self.record.anonymised)
        self.anonymise_button.setVisible(finished and not self.record.anonymised)
        step, named = self.record.summary.step, not self.record.anonymised
        self.proposal_button.setVisible(named and step in PROPOSAL_STEPS)
        self.handover_button.setVisible(named and step in HANDOVER_STEPS)

    def _show_timeline(self) -> None:
        steps = self.record.steps
        self.timeline.setRowCount(len(steps))
        for row, step in enumerate(steps):
            papers = [d.file_name for d in self.record.documents if d.step == step.step.value]
            texts = (step_name(step.step), fmt.date(step.done_on), step.responsible, step.notes,
                     self._data_text(step.data), "\n".join(papers))
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.timeline.setItem(row, column, item)
        header = self.timeline.horizontalHeader()
        wrapping = (3, 4)  # notes and step data share what is left and wrap in it
        for column in range(self.timeline.columnCount()):
            if column in wrapping:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
            else:
                self.timeline.resizeColumnToContents(column)
        self.timeline.resizeRowsToContents()

    def _data_text(self, data: dict[str, str]) -> str:
        lines = []
        limit = self.record.rules.amount_for(self.record.summary.build_kind)
        for key, value in data.items():
            if key.endswith("_amount"):
                value = fmt.money(int(value)) if value.isdigit() else value
            elif key.endswith("_date"):
                value = fmt.date(value)
            elif key == "failed_rules":
                value = ", ".join(rule_name(r.strip(), self.record.rules, limit) for r in value.split(","))
                lines.append(self.tr("Rules not met: {rules}").format(rules=value))
                continue
            lines.append(f"{field_name(key)}: {value}")
        return "\n".join(lines)

    def _show_documents(self) -> None:
        self.documents.clear()
        for document in sorted(self.record.documents, key=lambda d: list(DOCUMENT_KINDS).index(d.kind)
                               if d.kind in DOCUMENT_KINDS else 99):
            privacy = self.tr("sensitive") if document.sensitive or is_sensitive(document.kind) else (
                self.tr("for publicity") if document.publicity else "")
            item = QTreeWidgetItem([f"{document_name(document.kind)}: {document.file_name}",
                                    step_name(document.step), privacy])
            item.setToolTip(0, str(document.path))
            self.documents.addTopLevelItem(item)

    # --- acting ---------------------------------------------------------------------------------

    def open_step(self, target: CaseStep) -> StepDialog:
        """The form of one move; when it is recorded the file shows the new step."""
        dialog = StepDialog(self.ws, self.record, target, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self._moved)
        dialog.finished.connect(lambda _r: self.load())  # papers may have been attached meanwhile
        self.step_dialog = dialog
        dialog.open()
        return dialog

    def _moved(self) -> None:
        self.step_dialog = None
        self.load()
        self.changed.emit(self.case_id)

    def _ask(self, title: str, text: str) -> bool:
        yes, no = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
        box = QMessageBox(QMessageBox.Icon.Question, title, text, yes | no, self)
        box.setDefaultButton(no)
        return box.exec() == yes

    def _withdraw_clicked(self, use: ConsentUse) -> None:
        text = self.tr("Record that the beneficiary withdrew the consent “{use}” today?").format(
            use=consent_use_name(use.value))
        if use is ConsentUse.PUBLICITY_PHOTOS:
            text += "\n\n" + self.tr("No photo of this case will be used for publicity any more.")
        if self._ask(self.tr("Withdraw consent"), text):
            self.act(lambda: service.withdraw_consent(self.ws, self.case_id, use.value,
                                                      on=dt.date.today().isoformat()))

    def _anonymise_clicked(self) -> None:
        text = self.tr("Anonymise this case? The name becomes a number; the CCCD, phone, date of birth, "
                       "street, illness and the free texts are erased, and the ID card, land papers and "
                       "request are detached. The amounts and steps stay for the reports. This cannot be "
                       "undone.")
        if self._ask(self.tr("Anonymise the case"), text):
            self.act(lambda: service.anonymise_case(self.ws, self.case_id))

    def act(self, change: Callable[[], None]) -> bool:
        """Run a change of the case; a refusal is shown above the timeline and nothing changes."""
        try:
            change()
        except ValidationError as exc:
            self.error_label.setText("\n".join(problem_text(p, with_field=True) for p in exc.problems))
            self.error_label.show()
            return False
        self.error_label.hide()
        self.load()
        self.changed.emit(self.case_id)
        return True
