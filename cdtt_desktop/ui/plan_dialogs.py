"""The plan editor's dialogs: one form-driven dialog for any plan part, and the copy-to-a-year dialog.

A part form shows each rule's message beside its field and stays open with what
was typed until the values are valid.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cdtt_desktop.domain.messages import Problem, ValidationError
from cdtt_desktop.domain.plan_rules import FIRST_YEAR, LAST_YEAR
from cdtt_desktop.services import plan_admin
from cdtt_desktop.services.workspace import Workspace

ERROR_STYLE = "color: #b00020;"
OK_CANCEL = QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel


def period_labels() -> dict[str, str]:
    """The target periods as the officer reads them (ngày, tuần, tháng, quý, năm)."""
    return {
        "day": QCoreApplication.translate("PlanEditor", "day"),
        "week": QCoreApplication.translate("PlanEditor", "week"),
        "month": QCoreApplication.translate("PlanEditor", "month"),
        "quarter": QCoreApplication.translate("PlanEditor", "quarter"),
        "year": QCoreApplication.translate("PlanEditor", "year"),
    }


def render_problem(problem: Problem) -> str:
    return problem.render(QCoreApplication.translate)


def error_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet(ERROR_STYLE)
    label.hide()
    return label


@dataclass(frozen=True)
class FieldSpec:
    """One row of a part form: kind is text, date, count or choice (with (label, value) choices)."""

    key: str
    label: str
    kind: str = "text"
    choices: tuple[tuple[str, object], ...] = ()


class PlanPartDialog(QDialog):
    """A form built from field specs; OK saves through `save`, and problems show beside their field."""

    def __init__(self, title: str, fields: list[FieldSpec], values: Mapping[str, object],
                 save: Callable[[dict[str, object]], str], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(640)
        self._save, self._specs = save, fields
        self.saved_id: str | None = None
        self.inputs: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for spec in fields:
            editor, error = self._make_input(spec, values.get(spec.key)), error_label()
            editor.setObjectName(spec.key)
            cell = QWidget()  # a widget, not a nested layout: a wrapped message then gets its height
            column = QVBoxLayout(cell)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            column.addWidget(editor)
            column.addWidget(error)
            form.addRow(spec.label, cell)
            self.inputs[spec.key], self.errors[spec.key] = editor, error
        self.general_error = error_label()
        buttons = QDialogButtonBox(OK_CANCEL)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(buttons)

    @staticmethod
    def _make_input(spec: FieldSpec, value: object) -> QWidget:
        if spec.kind == "date":
            date_edit = QDateEdit(QDate(value) if isinstance(value, dt.date) else QDate.currentDate())
            date_edit.setDisplayFormat("dd/MM/yyyy")
            date_edit.setCalendarPopup(True)
            return date_edit
        if spec.kind == "count":
            spin = QSpinBox()
            spin.setRange(1, 1_000_000)
            spin.setValue(int(str(value or 1)))
            return spin
        if spec.kind == "choice":
            combo = QComboBox()
            for label, data in spec.choices:
                combo.addItem(label, data)
            combo.setCurrentIndex(max(0, combo.findData(value)))
            return combo
        line = QLineEdit("" if value is None else str(value))
        line.setCursorPosition(0)  # show a long text from its start
        return line

    def values(self) -> dict[str, object]:
        """What the form holds; texts are cleaned by the rules when saved."""
        found: dict[str, object] = {}
        for key, editor in self.inputs.items():
            if isinstance(editor, QDateEdit):
                found[key] = editor.date().toPython()
            elif isinstance(editor, QSpinBox):
                found[key] = editor.value()
            elif isinstance(editor, QComboBox):
                found[key] = editor.currentData()
            elif isinstance(editor, QLineEdit):
                found[key] = editor.text()
        return found

    def show_problems(self, problems: list[Problem]) -> None:
        texts: dict[str, list[str]] = {}
        for problem in problems:
            key = problem.field if problem.field in self.errors else ""
            texts.setdefault(key, []).append(render_problem(problem))
        for key, label in [*self.errors.items(), ("", self.general_error)]:
            label.setText("\n".join(texts.get(key, [])))
            label.setVisible(key in texts)
        first = next((k for k in self.inputs if k in texts), None)
        if first:
            self.inputs[first].setFocus()
        self.adjustSize()

    def accept(self) -> None:
        try:
            self.saved_id = self._save(self.values())
        except ValidationError as exc:
            self.show_problems(exc.problems)  # the dialog stays open with everything typed
            return
        super().accept()


class CopyPlanDialog(QDialog):
    """Asks the year to copy a plan to, and copies it; a year that has a plan is refused here."""

    def __init__(self, ws: Workspace, from_year: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.ws, self.from_year, self.new_year = ws, from_year, 0
        self.setWindowTitle(self.tr("Copy the plan to a new year"))
        self.year = QSpinBox()
        self.year.setRange(FIRST_YEAR, LAST_YEAR)
        self.year.setValue(max([from_year, *plan_admin.plan_years(ws)]) + 1)
        self.error = error_label()
        note = QLabel(self.tr("The plan of {year}, as edited, is copied: campaign dates keep their day and "
                              "month. You can then edit the new year's plan.").format(year=from_year))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(OK_CANCEL)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("New year"), self.year)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    def accept(self) -> None:
        try:
            plan_admin.copy_plan_to_year(self.ws, self.from_year, self.year.value())
        except ValidationError as exc:
            self.error.setText("\n".join(render_problem(p) for p in exc.problems))
            self.error.show()
            return
        self.new_year = self.year.value()
        super().accept()
