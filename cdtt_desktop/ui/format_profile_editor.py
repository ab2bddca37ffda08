"""Settings › Văn bản: the format profile of official documents (margins, type sizes, spacing).

Each value can only be chosen inside the range Nghị định 30/2020/NĐ-CP allows, so a
document never leaves the rules; a value the decree fixes is shown but cannot be changed.
Restoring the defaults only fills the fields: nothing is stored until Save.
"""

from __future__ import annotations

from dataclasses import fields

from PySide6.QtCore import QCoreApplication, QLocale, Signal
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cdtt_desktop.domain.messages import Problem, ValidationError
from cdtt_desktop.domain.official import PROFILE_LABELS, PROFILE_RANGES, FormatProfile
from cdtt_desktop.services.doc_common import format_profile, save_format_profile
from cdtt_desktop.services.workspace import Workspace
from cdtt_desktop.ui.housing_step import ERROR_STYLE, HINT_STYLE
from cdtt_desktop.ui.story_step import note
from cdtt_desktop.ui.unit_form import render_problem

LABEL_CONTEXT = "Settings"  # where PROFILE_LABELS are marked for translation

# (decimals, step) by unit: whole millimetres, half points, hundredths of a centimetre, 0.05 of a line.
_MM, _PT, _CM, _LINES = (0, 1.0), (1, 0.5), (2, 0.01), (2, 0.05)
_PRECISION: dict[str, tuple[int, float]] = {
    "margin_top": _MM,
    "margin_bottom": _MM,
    "margin_left": _MM,
    "margin_right": _MM,
    "header_size": _PT,
    "motto_size": _PT,
    "body_size": _PT,
    "first_line_indent_cm": _CM,
    "paragraph_space": _PT,
    "line_spacing": _LINES,
    "recipients_size": _PT,
}


class FormatProfileEditor(QWidget):
    saved = Signal()

    def __init__(self, ws: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.ws = ws
        self.spins: dict[str, QDoubleSpinBox] = {}
        self._errors: dict[str, QLabel] = {}
        self._loaded = FormatProfile()
        form = QFormLayout()
        for field in fields(FormatProfile):
            label = QCoreApplication.translate(LABEL_CONTEXT, PROFILE_LABELS[field.name])
            form.addRow(label, self._cell(field.name))
        self.hint = note(self.tr("These are the values of Nghị định 30/2020/NĐ-CP; documents are printed in "
                                 "Liberation Serif, which has the same letter widths as Times New Roman."),
                         style=HINT_STYLE)
        self.save_button = QPushButton(self.tr("Save"))
        self.restore_button = QPushButton(self.tr("Restore NĐ 30 defaults"))
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.status_label, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addSpacing(6)
        layout.addWidget(self.hint)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.save_button.clicked.connect(self.save)
        self.restore_button.clicked.connect(self.restore_defaults)
        self.load()

    def _cell(self, name: str) -> QWidget:
        """The spin box, the allowed range beside it and, under them, the problem if there is one."""
        allowed = PROFILE_RANGES[name]
        decimals, step = _PRECISION[name]
        spin = QDoubleSpinBox()
        spin.setObjectName(name)
        # The decimal comma of Vietnamese: the page may have been built before the language switched.
        spin.setLocale(QLocale())
        spin.setDecimals(decimals)
        spin.setSingleStep(step)
        spin.setRange(allowed.low, allowed.high)
        spin.setFixedWidth(90)  # one width for all, so the ranges beside them line up
        if allowed.low == allowed.high:
            spin.setReadOnly(True)
            spin.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons)
            range_text = self.tr("fixed by NĐ 30")
        else:
            range_text = self.tr("from {low} to {high}").format(low=self._number(allowed.low, decimals),
                                                                high=self._number(allowed.high, decimals))
        self.spins[name] = spin
        error = note(style=ERROR_STYLE)
        error.setObjectName(f"{name}_error")
        error.hide()
        self._errors[name] = error
        row = QHBoxLayout()
        row.setSpacing(8)
        row.addWidget(spin)
        row.addWidget(note(range_text, style=HINT_STYLE), 1)
        cell = QWidget()
        column = QVBoxLayout(cell)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(1)
        column.addLayout(row)
        column.addWidget(error)
        return cell

    @staticmethod
    def _number(value: float, decimals: int) -> str:
        """20, 1,27 or 1,5 in the interface language: no trailing zeros."""
        text = QLocale().toString(float(value), "f", decimals)
        point = QLocale().decimalPoint()
        return text.rstrip("0").rstrip(point) if point in text else text

    # --- showing --------------------------------------------------------------------------------

    def load(self) -> None:
        """Show the stored profile (the NĐ 30 defaults when none is stored)."""
        self._fill(format_profile(self.ws))
        # What the fields show after rounding to their decimals counts as "saved".
        self._loaded = self.profile()
        self.show_problems([])
        self.status_label.clear()

    def _fill(self, profile: FormatProfile) -> None:
        for name, spin in self.spins.items():
            spin.setValue(getattr(profile, name))

    def restore_defaults(self) -> None:
        """Fill in the NĐ 30 defaults; the person still decides to save them."""
        self._fill(FormatProfile())
        self.show_problems([])
        self.status_label.setText(self.tr("The NĐ 30 values are filled in. Press Save to keep them."))

    # --- reading and saving ---------------------------------------------------------------------

    def profile(self) -> FormatProfile:
        """The profile the fields show."""
        return FormatProfile(**{name: spin.value() for name, spin in self.spins.items()})

    def is_modified(self) -> bool:
        return self.profile() != self._loaded

    def save(self) -> bool:
        profile = self.profile()
        try:
            save_format_profile(self.ws, profile)
        except ValidationError as exc:
            self.show_problems(exc.problems)
            self.status_label.setText(self.tr("Not saved: correct the fields marked in red."))
            return False
        self._loaded = profile
        self.show_problems([])
        self.status_label.setText(self.tr("Saved."))
        self.saved.emit()
        return True

    def show_problems(self, problems: list[Problem]) -> None:
        by_field: dict[str, list[str]] = {}
        for problem in problems:
            by_field.setdefault(problem.field, []).append(render_problem(problem))
        for name, label in self._errors.items():
            label.setText("\n".join(by_field.get(name, [])))
            label.setVisible(name in by_field)

    def error_text(self, name: str) -> str:
        """The problem shown under a field ('' when none is shown)."""
        label = self._errors[name]
        return label.text() if not label.isHidden() else ""
