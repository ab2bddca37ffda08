"""The small form that records one step of a case: exactly the data that step needs, and its papers.

Every step asks its date and the person responsible; a decision its number and the
approved amount (read out in words); a handover its date; a return or a "not
eligible" the reason. The papers the step needs are attached here, the moment they
are chosen. When the service refuses the move, each reason is shown beside its field
and nothing is recorded.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cdtt_desktop import formatting as fmt
from cdtt_desktop.domain import housing_checks as checks
from cdtt_desktop.domain import messages as m
from cdtt_desktop.domain.housing import CaseStep
from cdtt_desktop.domain.messages import Problem, ValidationError
from cdtt_desktop.services import housing as service
from cdtt_desktop.services.workspace import Workspace
from cdtt_desktop.ui.housing_labels import (
    document_name,
    field_name,
    message_text,
    move_name,
    problem_text,
    step_name,
)
from cdtt_desktop.ui.housing_pages import text_box
from cdtt_desktop.ui.housing_step import ERROR_STYLE, HINT_STYLE
from cdtt_desktop.ui.money_edit import AmountWordsLabel, MoneyEdit
from cdtt_desktop.ui.optional_date_edit import OptionalDateEdit
from cdtt_desktop.ui.story_step import note

_NEEDS_NOTES = (CaseStep.RETURNED, CaseStep.NOT_ELIGIBLE)


def step_documents(target: CaseStep) -> tuple[str, ...]:
    """The papers recorded with a step: those it requires, then those that belong to it."""
    required = checks.STEP_DOCUMENTS.get(target, ())
    belonging = tuple(k for k, step in checks.DOCUMENT_STEP.items() if step is target and k not in required)
    return required + belonging


class StepDialog(QDialog):
    def __init__(self, ws: Workspace, record: service.CaseRecord, target: CaseStep,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ws, self.record, self.target = ws, record, target
        self.case_id = record.summary.id
        self.setWindowTitle(move_name(target).rstrip("…"))
        self.form = QFormLayout()
        self.fields: dict[str, QWidget] = {}
        self._errors: dict[str, QLabel] = {}
        self.done_edit = OptionalDateEdit()
        self.done_edit.set_iso(dt.date.today().isoformat())
        self.responsible_edit = QLineEdit(str(ws.settings["officer_name"]))
        self.notes_edit = text_box(3)
        self.justification_edit = text_box(3)
        self.doc_labels: dict[str, QLabel] = {}
        self._add("done_on", self.done_edit, required=True)
        self._add("responsible", self.responsible_edit, required=True)
        self._add_step_data()
        self._add_documents()
        self._add_justification()
        self._add("notes", self.notes_edit, required=target in _NEEDS_NOTES)
        self.general_error = note(style=ERROR_STYLE)
        self.general_error.hide()
        standard = QDialogButtonBox.StandardButton
        self.buttons = QDialogButtonBox(standard.Ok | standard.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        heading = QLabel("<b>{}</b>".format(self.tr("{current} → {target}").format(
            current=step_name(record.summary.step), target=step_name(target))))
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(self.form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)

    # --- fields ---------------------------------------------------------------------------------

    def _add(self, name: str, editor: QWidget, *, required: bool = False,
             extra: QWidget | None = None) -> None:
        error = note(style=ERROR_STYLE)
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
        self.form.addRow(f"{field_name(name)} *" if required else field_name(name), cell)
        self.fields[name] = editor
        self._errors[name] = error

    def _recorded(self) -> dict[str, str]:
        """The data already recorded with earlier steps (a decision is not asked twice)."""
        merged: dict[str, str] = {}
        for step in self.record.steps:
            merged.update(step.data)
        return merged

    def _add_step_data(self) -> None:
        recorded = self._recorded()
        wanted = [k for k in checks.STEP_DATA.get(self.target, ()) if k not in recorded]
        if self.target is CaseStep.DECISION:
            wanted = ["decision_number", "decision_date", "approved_amount"]
        for key in wanted:
            if key in checks.AMOUNT_DATA:
                edit, words, under = MoneyEdit(), AmountWordsLabel(), QWidget()
                edit.textChanged.connect(lambda _t, e=edit, w=words: w.show_amount(e.amount()))
                lines = QVBoxLayout(under)
                lines.setContentsMargins(0, 0, 0, 0)
                lines.addWidget(words)
                lines.addWidget(note(self.tr("Requested: {amount}").format(
                    amount=fmt.money(self.record.summary.requested)), HINT_STYLE))
                self.words_label = words
                self._add(key, edit, required=True, extra=under)
            elif key in checks.DATE_DATA:
                self._add(key, OptionalDateEdit(), required=key in checks.STEP_DATA.get(self.target, ()))
            else:
                self._add(key, QLineEdit(), required=True)

    def _add_documents(self) -> None:
        kinds = step_documents(self.target)
        if not kinds:
            return
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        required = checks.STEP_DOCUMENTS.get(self.target, ())
        for kind in kinds:
            row = QHBoxLayout()
            label = QLabel()
            label.setWordWrap(True)
            button = QPushButton(self.tr("Attach…"))
            button.clicked.connect(lambda _c=False, k=kind: self.choose(k))
            row.addWidget(label, 1)
            row.addWidget(button)
            column.addLayout(row)
            self.doc_labels[kind] = label
            label.setProperty("required", kind in required)
        self._add("documents", box)
        self._show_documents()

    def _add_justification(self) -> None:
        failed = [c for c in self.record.eligibility if not c.passed]
        leaving_request = self.record.summary.step is CaseStep.REQUEST and self.target is CaseStep.SURVEY
        if not (leaving_request and failed):
            return
        self.justification_edit.setPlainText(self.record.content.eligibility_justification)
        reasons = "\n".join(f"• {problem_text(c.problem)}" for c in failed if c.problem)
        explanation = note(self.tr("Not every rule of the year is met:\n{reasons}").format(reasons=reasons),
                           HINT_STYLE)
        self._add("justification", self.justification_edit, required=True, extra=explanation)

    def _show_documents(self) -> None:
        for kind, label in self.doc_labels.items():
            files = [d.file_name for d in self.record.documents if d.kind == kind]
            name = document_name(kind) + (" *" if label.property("required") else "")
            attached = ", ".join(files) if files else self.tr("not attached yet")
            label.setText(f"{name}: {attached}")

    # --- documents ------------------------------------------------------------------------------

    def choose(self, kind: str) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Attach: {document}").format(document=document_name(kind)), "",
            self.tr("Scans and photos (*.pdf *.jpg *.jpeg *.png *.webp *.docx *.xlsx);;All files (*)"))
        if names:
            self.attach(kind, [Path(n) for n in names])

    def attach(self, kind: str, paths: list[Path]) -> list[str]:
        """Store and attach the files to the case now, as papers of this step; refusals beside the list."""
        added, refused = [], []
        for path in paths:
            try:
                added.append(service.add_case_document(self.ws, self.case_id, path, kind=kind,
                                                       step=self.target.value))
            except (service.PhotoRejectedError, service.DuplicateFileError) as exc:
                refused.append(exc.problem)
            except ValidationError as exc:
                refused += exc.problems
        self.record = service.get_case(self.ws, self.case_id)
        self._show_documents()
        self.show_problems([Problem("documents", p.message, p.args) for p in refused])
        return added

    # --- recording ------------------------------------------------------------------------------

    def data(self) -> dict[str, str]:
        values: dict[str, str] = {}
        for key, editor in self.fields.items():
            if key in ("done_on", "responsible", "notes", "documents", "justification"):
                continue
            values[key] = editor.iso() if isinstance(editor, OptionalDateEdit) \
                else editor.text()  # type: ignore[attr-defined]
        return values

    def submit(self) -> bool:
        """Record the step; on refusal show each reason beside its field and stay open."""
        try:
            service.advance_case(self.ws, self.case_id, self.target, done_on=self.done_edit.iso(),
                                 responsible=self.responsible_edit.text(),
                                 notes=self.notes_edit.toPlainText(),
                                 data=self.data(), justification=self.justification_edit.toPlainText())
        except ValidationError as exc:
            self.show_problems(exc.problems)
            return False
        self.accept()
        return True

    def show_problems(self, problems: list[Problem]) -> None:
        by_field: dict[str, list[str]] = {}
        general: list[str] = []
        for problem in problems:
            if problem.field in self._errors and problem.message == checks.STEP_DATA_MISSING:
                required = Problem(problem.field, m.REQUIRED)  # beside its field, the field's name is clear
                by_field.setdefault(problem.field, []).append(message_text(required))
            elif problem.field in self._errors:
                by_field.setdefault(problem.field, []).append(message_text(problem))
            else:
                general.append(problem_text(problem, with_field=True))
        for name, label in self._errors.items():
            label.setText("\n".join(by_field.get(name, [])))
            label.setVisible(name in by_field)
        self.general_error.setText("\n".join(general))
        self.general_error.setVisible(bool(general))

    def error_text(self, name: str) -> str:
        label = self._errors.get(name)
        return label.text() if label is not None and not label.isHidden() else self.general_error.text()
