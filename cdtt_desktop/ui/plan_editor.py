"""Settings › Plan: the year's plan as editable data — header, campaigns, targets, channels, content groups.

A plan is chosen by year; "Copy to a new year…" starts another year's plan from the
one shown. The header (title, theme, key message) is edited in place and saved
before another year is shown, so nothing typed is lost by switching; the parts
are tables in `PlanPartsTabs`.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cdtt_desktop.domain.messages import ValidationError
from cdtt_desktop.services import plan_admin
from cdtt_desktop.services.workspace import Workspace
from cdtt_desktop.ui.plan_dialogs import CopyPlanDialog, error_label, render_problem
from cdtt_desktop.ui.plan_parts import PlanPartsTabs

HEADER_FIELDS = ("title", "theme", "message")


class PlanEditor(QWidget):
    """The plan of one year: a year selector, the plan's header and its parts."""

    plan_changed = Signal()

    def __init__(self, ws: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.ws = ws
        self.summary: plan_admin.PlanSummary | None = None
        self.copy_dialog: CopyPlanDialog | None = None
        self._saved_header: tuple[str, ...] = ("", "", "")
        self.year_label, self.year_combo, self.copy_button = QLabel(), QComboBox(), QPushButton()
        self.year_combo.setObjectName("year")
        self.year_combo.currentIndexChanged.connect(self._year_chosen)
        self.copy_button.clicked.connect(self.open_copy_dialog)
        self.parts = PlanPartsTabs(ws)
        self.parts.changed.connect(self._parts_changed)
        top = QHBoxLayout()
        for widget in (self.year_label, self.year_combo, self.copy_button):
            top.addWidget(widget)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self._header_box())
        layout.addWidget(self.parts, 1)
        self._retranslate()
        self.reload()

    def _header_box(self) -> QGroupBox:
        self.header_box = QGroupBox()
        form = QFormLayout(self.header_box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.header_edits = {key: QLineEdit() for key in HEADER_FIELDS}
        self.header_errors = {key: error_label() for key in HEADER_FIELDS}
        self.header_captions = {key: QLabel() for key in HEADER_FIELDS}
        for key, edit in self.header_edits.items():
            edit.setObjectName(key)
            edit.textChanged.connect(self._header_edited)
            cell = QVBoxLayout()
            cell.setSpacing(2)
            cell.addWidget(edit)
            cell.addWidget(self.header_errors[key])
            self.header_captions[key].setBuddy(edit)
            form.addRow(self.header_captions[key], cell)
        self.save_header_button = QPushButton()
        self.save_header_button.clicked.connect(self.save_header)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.save_header_button)
        form.addRow(row)
        return self.header_box

    def _retranslate(self) -> None:
        self.year_label.setText(self.tr("Plan of the year"))
        self.copy_button.setText(self.tr("Copy to a new year…"))
        self.header_box.setTitle(self.tr("The plan"))
        captions = (self.tr("Title"), self.tr("Theme of the year"), self.tr("Key message"))
        for key, caption in zip(HEADER_FIELDS, captions, strict=True):
            self.header_captions[key].setText(caption)
        self.save_header_button.setText(self.tr("Save title, theme and message"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    # --- years ----------------------------------------------------------------------------------

    def reload(self, year: int | None = None) -> None:
        """Re-read the plan years and show `year` (or the one shown, or the latest)."""
        years = plan_admin.plan_years(self.ws)
        shown = year or (self.summary.year if self.summary else None)
        if shown not in years:
            shown = years[-1] if years else None
        self.year_combo.blockSignals(True)
        self.year_combo.clear()
        for y in years:
            self.year_combo.addItem(str(y), y)
        self.year_combo.setCurrentIndex(self.year_combo.findData(shown))
        self.year_combo.blockSignals(False)
        self._load(shown)

    def _load(self, year: int | None) -> None:
        self.summary = plan_admin.plan_summary(self.ws, year) if year else None
        plan = self.summary.plan if self.summary else {}
        for key, edit in self.header_edits.items():
            edit.setText(str(plan.get(key, "")))
            self.header_errors[key].hide()
        self._saved_header = self._header_values()
        self._header_edited()
        for widget in (self.header_box, self.parts, self.copy_button):
            widget.setEnabled(self.summary is not None)
        self.parts.set_summary(self.summary)

    def _year_chosen(self, _index: int) -> None:
        year = self.year_combo.currentData()
        if self.summary and year != self.summary.year and not self.save_header():
            self.year_combo.blockSignals(True)  # stay with the typed header and the year it belongs to
            self.year_combo.setCurrentIndex(self.year_combo.findData(self.summary.year))
            self.year_combo.blockSignals(False)
            return
        self._load(year)

    def _parts_changed(self) -> None:
        """Re-read the parts only: the header may hold typing not saved yet."""
        if self.summary:
            self.summary = plan_admin.plan_summary(self.ws, self.summary.year)
            self.parts.set_summary(self.summary)
        self.plan_changed.emit()

    def open_copy_dialog(self) -> None:
        if self.summary is None or not self.save_header():
            return
        self.copy_dialog = CopyPlanDialog(self.ws, self.summary.year, self)
        self.copy_dialog.accepted.connect(self._copied)
        self.copy_dialog.open()

    def _copied(self) -> None:
        assert self.copy_dialog is not None
        self.reload(self.copy_dialog.new_year)
        self.plan_changed.emit()

    # --- header ---------------------------------------------------------------------------------

    def _header_values(self) -> tuple[str, ...]:
        return tuple(self.header_edits[key].text() for key in HEADER_FIELDS)

    def header_is_modified(self) -> bool:
        return self._header_values() != self._saved_header

    def _header_edited(self) -> None:
        self.save_header_button.setEnabled(self.header_is_modified())

    def save_header(self) -> bool:
        """Save the header if it changed; False, with messages beside the fields, when it is not valid."""
        if self.summary is None or not self.header_is_modified():
            return True
        try:
            plan_admin.update_plan_header(self.ws, self.summary.plan_id, *self._header_values())
        except ValidationError as exc:
            for key, label in self.header_errors.items():
                texts = [render_problem(p) for p in exc.for_field(key)]
                label.setText("\n".join(texts))
                label.setVisible(bool(texts))
            first = next((p.field for p in exc.problems if p.field in self.header_edits), "title")
            self.header_edits[first].setFocus()
            return False
        for label in self.header_errors.values():
            label.hide()
        self._saved_header = self._header_values()
        self._header_edited()
        self.plan_changed.emit()
        return True
