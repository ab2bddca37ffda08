"""The filters above the list of Mái ấm cases: search (accent-insensitive), step, CĐCS and year.

A list that narrows the view is shown in bold, so nobody wonders where their cases went.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QPushButton, QWidget

from cdtt_desktop.domain.housing import CaseStep
from cdtt_desktop.services.housing import CaseFilter
from cdtt_desktop.ui.activity_filter_bar import SEARCH_DELAY_MS, SearchEdit
from cdtt_desktop.ui.housing_labels import step_name
from cdtt_desktop.ui.searchable_combo import SearchableCombo
from cdtt_desktop.ui.summary_list import FilterBarBehaviour


class HousingFilterBar(FilterBarBehaviour, QWidget):
    """`changed` fires when the filter changes; `current_filter()` reads it."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.search_edit = SearchEdit()
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(self.tr("Search names, addresses and units (Ctrl+F)"))
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.step_combo, self.year_combo = QComboBox(), QComboBox()
        self.unit_combo = SearchableCombo()
        self.clear_button = QPushButton(self.tr("Clear filters"))
        self.step_combo.addItem(self.tr("All steps"), None)
        for step in CaseStep:
            self.step_combo.addItem(step_name(step), step.value)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.search_edit, 3)
        for combo, stretch in ((self.step_combo, 1), (self.unit_combo, 2), (self.year_combo, 0)):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)
            combo.view().setMinimumWidth(260)  # the open list shows whole names
            row.addWidget(combo, stretch)
        self.year_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)  # "All years" whole
        row.addWidget(self.clear_button)
        self.search_edit.textChanged.connect(self.search_timer.start)
        self.search_edit.returnPressed.connect(self.apply_search_now)
        self.search_timer.timeout.connect(self._emit)
        for combo in self.combos():
            combo.currentIndexChanged.connect(self._emit)
        self.clear_button.clicked.connect(self.clear)
        self._mark_active()

    def combos(self) -> tuple[QComboBox, ...]:
        return (self.step_combo, self.unit_combo, self.year_combo)

    def set_choices(self, units: list[tuple[str, str]], years: list[int]) -> None:
        """Fill the lists ((id, name) of units; years), keeping the choices still offered; emits nothing."""
        self.blockSignals(True)
        self.unit_combo.set_entries([(None, self.tr("All grassroots unions")), *units],
                                    keep=self.unit_combo.current_id())
        keep = self.year_combo.currentData()
        self.year_combo.blockSignals(True)
        self.year_combo.clear()
        self.year_combo.addItem(self.tr("All years"), None)
        for year in sorted(set(years), reverse=True):
            self.year_combo.addItem(str(year), year)
        self.year_combo.setCurrentIndex(max(self.year_combo.findData(keep), 0) if keep is not None else 0)
        self.year_combo.blockSignals(False)
        self.blockSignals(False)
        self._mark_active()

    def current_filter(self, *, in_trash: bool = False) -> CaseFilter:
        step, year = self.step_combo.currentData(), self.year_combo.currentData()
        return CaseFilter(step=CaseStep(step) if step else None,
                          grassroots_unit_id=self.unit_combo.current_id(), year=int(year) if year else None,
                          text=self.search_edit.text(), in_trash=in_trash)

    def is_filtered(self) -> bool:
        return self.current_filter() != CaseFilter()
