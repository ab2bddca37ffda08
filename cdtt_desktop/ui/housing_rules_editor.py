"""Settings › Mái ấm: the rules of a year (and, where a province sets its own, of that province).

Amounts for a new build and a repair, the minimum years of membership, and the papers
a case file must hold. A year without rules of its own shows those it follows (the
nearest earlier year, or the defaults); saving stores them as that year's own.
Each problem is shown beside its field and nothing is saved until all are right.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cdtt_desktop.domain import messages as m
from cdtt_desktop.domain.housing import DOCUMENT_KINDS, HousingRules
from cdtt_desktop.domain.housing_checks import MAX_MEMBERSHIP_YEARS
from cdtt_desktop.domain.messages import Problem, ValidationError
from cdtt_desktop.services import housing as service
from cdtt_desktop.services.housing_rules import stored_rule_years
from cdtt_desktop.services.workspace import Workspace
from cdtt_desktop.ui.housing_labels import document_name, field_name, is_sensitive, message_text, problem_text
from cdtt_desktop.ui.housing_step import ERROR_STYLE, HINT_STYLE
from cdtt_desktop.ui.money_edit import AmountWordsLabel, MoneyEdit
from cdtt_desktop.ui.story_step import note

_AMOUNTS = ("new_build_amount", "repair_amount")


class HousingRulesEditor(QWidget):
    saved = Signal()

    def __init__(self, ws: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.ws = ws
        self._errors: dict[str, QLabel] = {}
        self._loaded: HousingRules | None = None
        self.year_spin = QSpinBox()
        self.year_spin.setRange(1990, 2200)
        self.year_spin.setValue(dt.date.today().year)
        self.province_edit = QLineEdit()
        self.province_edit.setPlaceholderText(self.tr("empty: every province"))
        self.amount_edits = {name: MoneyEdit() for name in _AMOUNTS}
        self.words = {name: AmountWordsLabel() for name in _AMOUNTS}
        self.years_spin = QSpinBox()
        self.years_spin.setRange(0, MAX_MEMBERSHIP_YEARS)
        self.years_spin.setSuffix(self.tr(" years"))
        self.document_checks = {kind: QCheckBox(document_name(kind)) for kind in DOCUMENT_KINDS}
        self.source_label = note(style=HINT_STYLE)
        self.save_button = QPushButton(self.tr("Save the rules"))
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self._lay_out()
        self.year_spin.valueChanged.connect(lambda _v: self._choice_changed())
        self.province_edit.editingFinished.connect(self._choice_changed)
        for name, edit in self.amount_edits.items():
            edit.textChanged.connect(lambda _t, n=name: self.words[n].show_amount(
                self.amount_edits[n].amount()))
        self.save_button.clicked.connect(self.save)
        self._shown = (self.year_spin.value(), "")
        self.load()

    def _lay_out(self) -> None:
        self.year_spin.setMaximumWidth(120)
        self.years_spin.setMaximumWidth(120)
        self.province_edit.setMaximumWidth(320)
        form = QFormLayout()
        form.addRow(field_name("year"), self.year_spin)
        form.addRow(self.tr("Province (when it sets its own rules)"), self.province_edit)
        form.addRow("", self.source_label)
        for name in _AMOUNTS:
            form.addRow(field_name(name), self._cell(name, self.amount_edits[name], self.words[name]))
        form.addRow(field_name("min_membership_years"), self._cell("min_membership_years", self.years_spin))
        papers = QGroupBox(field_name("required_documents"))
        column = QVBoxLayout(papers)
        for kind, box in self.document_checks.items():
            if is_sensitive(kind):
                box.setToolTip(self.tr("Sensitive: kept in the case file only, never used for publicity."))
            column.addWidget(box)
        column.addWidget(self._error_label("required_documents"))
        save_row = QHBoxLayout()
        save_row.addWidget(self.save_button)
        save_row.addWidget(self.status_label, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(papers)
        layout.addLayout(save_row)
        layout.addStretch(1)

    def _error_label(self, name: str) -> QLabel:
        label = note(style=ERROR_STYLE)
        label.setObjectName(f"{name}_error")
        label.hide()
        self._errors[name] = label
        return label

    def _cell(self, name: str, *widgets: QWidget) -> QWidget:
        cell = QWidget()
        column = QVBoxLayout(cell)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(1)
        for widget in widgets:
            column.addWidget(widget)
        column.addWidget(self._error_label(name))
        return cell

    # --- showing --------------------------------------------------------------------------------

    def load(self) -> None:
        """Show the rules that apply to the chosen year and province."""
        year, province = self.year_spin.value(), self.province_edit.text().strip()
        rules = service.rules_for(self.ws, year, province)
        for name, edit in self.amount_edits.items():
            edit.set_amount(getattr(rules, name))
        self.years_spin.setValue(rules.min_membership_years)
        for kind, box in self.document_checks.items():
            box.setChecked(kind in rules.required_documents)
        self._loaded = rules
        self._shown = (year, province)
        stored = {(y, p) for y, p in stored_rule_years(self.ws)}
        if (year, province) in stored:
            self.source_label.setText(self.tr("These are the stored rules of {year}.").format(year=year))
        else:
            self.source_label.setText(self.tr("{year} has no rules of its own yet: shown are those it "
                                              "follows. Saving stores them for {year}.").format(year=year))
        self.show_problems([])
        self.status_label.clear()

    def _choice_changed(self) -> None:
        """Another year or province: keep what was typed for the one shown, if the person wants."""
        if (self.year_spin.value(), self.province_edit.text().strip()) == self._shown:
            return
        if self.is_modified() and self._ask_save() and not self.save():
            # Not savable as typed: stay on the rules shown, so the person can correct them.
            self.year_spin.blockSignals(True)
            self.year_spin.setValue(self._shown[0])
            self.year_spin.blockSignals(False)
            self.province_edit.setText(self._shown[1])
            return
        self.load()

    def _ask_save(self) -> bool:
        yes, no = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Unsaved rules"), self.tr(
            "The rules of {year} were changed but not saved. Save them first?").format(year=self._shown[0]),
            yes | no, self)
        box.setDefaultButton(yes)
        return box.exec() == yes

    # --- reading and saving ---------------------------------------------------------------------

    def values(self) -> tuple[HousingRules | None, list[Problem]]:
        """The rules on screen, or the problems of amounts that cannot be read."""
        amounts: dict[str, int] = {}
        problems: list[Problem] = []
        for name, edit in self.amount_edits.items():
            amount = edit.amount()
            if amount is None:
                problems.append(Problem(name, m.REQUIRED if not edit.text().strip() else m.NOT_A_NUMBER))
            else:
                amounts[name] = amount
        if problems:
            return None, problems
        documents = tuple(k for k, box in self.document_checks.items() if box.isChecked())
        year, province = self._shown
        return HousingRules(year=year, province=province, min_membership_years=self.years_spin.value(),
                            required_documents=documents, **amounts), []

    def is_modified(self) -> bool:
        rules, problems = self.values()
        return bool(problems) or rules != self._loaded

    def save(self) -> bool:
        rules, problems = self.values()
        if rules is not None:
            try:
                service.save_rules(self.ws, rules)
            except ValidationError as exc:
                problems = exc.problems
        self.show_problems(problems)
        if problems:
            self.status_label.setText(self.tr("Not saved: correct the fields marked in red."))
            return False
        self._loaded = rules
        self.status_label.setText(self.tr("Saved the rules of {year}.").format(year=self._shown[0]))
        self.source_label.setText(self.tr("These are the stored rules of {year}.").format(
            year=self._shown[0]))
        self.saved.emit()
        return True

    def show_problems(self, problems: list[Problem]) -> None:
        by_field: dict[str, list[str]] = {}
        for problem in problems:
            field = problem.field if problem.field in self._errors else "required_documents"
            text = message_text(problem) if field == problem.field else problem_text(problem)
            by_field.setdefault(field, []).append(text)
        for name, label in self._errors.items():
            label.setText("\n".join(by_field.get(name, [])))
            label.setVisible(name in by_field)
