"""The filters above the list of stories: search (accent-insensitive), kind, status, CĐCS, year, campaign.

A list that narrows the view is shown in bold, so nobody wonders where their stories went.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from cdtt_desktop.domain.stories import StoryKind, StoryStatus
from cdtt_desktop.services.activity_choices import FilterChoices
from cdtt_desktop.services.stories import StoryFilter
from cdtt_desktop.ui.activity_filter_bar import SEARCH_DELAY_MS, SearchEdit
from cdtt_desktop.ui.searchable_combo import SearchableCombo
from cdtt_desktop.ui.story_labels import kind_name, status_name
from cdtt_desktop.ui.summary_list import FilterBarBehaviour


class StoryFilterBar(FilterBarBehaviour, QWidget):
    """`changed` fires when the filter changes; `current_filter()` reads it."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.search_edit = SearchEdit()
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(
            self.tr("Search names, units and the text of the stories (Ctrl+F)"))
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.kind_combo, self.status_combo = QComboBox(), QComboBox()
        self.year_combo, self.campaign_combo = QComboBox(), QComboBox()
        self.unit_combo = SearchableCombo()
        self.clear_button = QPushButton(self.tr("Clear filters"))
        self.kind_combo.addItem(self.tr("All kinds"), None)
        for kind in StoryKind:
            self.kind_combo.addItem(kind_name(kind), kind.value)
        self.status_combo.addItem(self.tr("All statuses"), None)
        for status in StoryStatus:
            self.status_combo.addItem(status_name(status), status.value)
        self._lay_out()
        self.search_edit.textChanged.connect(self.search_timer.start)
        self.search_edit.returnPressed.connect(self.apply_search_now)
        self.search_timer.timeout.connect(self._emit)
        for combo in self.combos():
            combo.currentIndexChanged.connect(self._emit)
        self.clear_button.clicked.connect(self.clear)

    def combos(self) -> tuple[QComboBox, ...]:
        return (self.kind_combo, self.status_combo, self.unit_combo, self.year_combo, self.campaign_combo)

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.search_edit, 3)
        top.addWidget(self.kind_combo, 1)
        top.addWidget(self.status_combo, 1)
        bottom = QHBoxLayout()
        for combo, stretch in ((self.unit_combo, 2), (self.year_combo, 0), (self.campaign_combo, 2)):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(10)
            combo.view().setMinimumWidth(300)  # the open list shows whole names
            bottom.addWidget(combo, stretch)
        bottom.addWidget(self.clear_button)
        rows = QVBoxLayout(self)
        rows.setContentsMargins(0, 0, 0, 0)
        rows.addLayout(top)
        rows.addLayout(bottom)

    def set_choices(self, choices: FilterChoices, years: list[int]) -> None:
        """Fill the lists, keeping what is chosen when it is still offered; emits nothing."""
        self.blockSignals(True)
        keep_unit = self.unit_combo.current_id()
        self.unit_combo.set_entries([(None, self.tr("All grassroots unions")), *choices.units],
                                    keep=keep_unit)
        self._fill(self.year_combo, self.tr("All years"),
                   [(y, str(y)) for y in sorted(set(years), reverse=True)])
        self._fill(self.campaign_combo, self.tr("All campaigns"),
                   [(cid, f"{name} ({year})") for cid, name, year in choices.campaigns])
        self.blockSignals(False)
        self._mark_active()

    @staticmethod
    def _fill(combo: QComboBox, everything: str, entries: list[tuple[object, str]]) -> None:
        keep = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, None)
        for value, text in entries:
            combo.addItem(text, value)
            combo.setItemData(combo.count() - 1, text, Qt.ItemDataRole.ToolTipRole)
        combo.setCurrentIndex(max(combo.findData(keep), 0) if keep is not None else 0)
        combo.blockSignals(False)

    def current_filter(self, *, in_trash: bool = False) -> StoryFilter:
        kind, status, year = (self.kind_combo.currentData(), self.status_combo.currentData(),
                              self.year_combo.currentData())
        return StoryFilter(kind=StoryKind(kind) if kind else None,
                           status=StoryStatus(status) if status else None,
                           grassroots_unit_id=self.unit_combo.current_id(), year=int(year) if year else None,
                           campaign_id=self.campaign_combo.currentData(), text=self.search_edit.text(),
                           in_trash=in_trash)

    def is_filtered(self) -> bool:
        return self.current_filter() != StoryFilter()
