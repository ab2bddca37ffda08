"""The filters above the activity list: search as you type, period, channel, content group, campaign, CĐCS.

Channels and content groups are chosen by code, so one choice covers every year's
plan. Typing in the search box waits SEARCH_DELAY_MS for the next key before the
list is filtered, so fast typists are not slowed down by a query per letter.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from enum import StrEnum

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cdtt_desktop.domain.queries import ActivityFilter
from cdtt_desktop.services.activity_choices import FilterChoices
from cdtt_desktop.ui.searchable_combo import SearchableCombo

SEARCH_DELAY_MS = 150


class Period(StrEnum):
    ALL = "all"
    THIS_MONTH = "this_month"
    THIS_QUARTER = "this_quarter"
    THIS_YEAR = "this_year"
    LAST_YEAR = "last_year"
    CUSTOM = "custom"


def _month_end(year: int, month: int) -> dt.date:
    first_next = dt.date(year + month // 12, month % 12 + 1, 1)
    return first_next - dt.timedelta(days=1)


def period_range(period: Period, today: dt.date) -> tuple[dt.date | None, dt.date | None]:
    """The first and last day of a named period (None, None for all time and for custom)."""
    if period == Period.THIS_MONTH:
        return today.replace(day=1), _month_end(today.year, today.month)
    if period == Period.THIS_QUARTER:
        first_month = 3 * ((today.month - 1) // 3) + 1
        return dt.date(today.year, first_month, 1), _month_end(today.year, first_month + 2)
    if period == Period.THIS_YEAR:
        return dt.date(today.year, 1, 1), dt.date(today.year, 12, 31)
    if period == Period.LAST_YEAR:
        return dt.date(today.year - 1, 1, 1), dt.date(today.year - 1, 12, 31)
    return None, None


def _date_edit() -> QDateEdit:
    edit = QDateEdit()
    edit.setDisplayFormat("dd/MM/yyyy")
    edit.setCalendarPopup(True)
    edit.setMinimumDate(QDate(1990, 1, 1))
    return edit


class _SearchEdit(QLineEdit):
    """Escape empties the box; Down moves on to the list."""

    leave_down = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
        elif event.key() == Qt.Key.Key_Down:
            self.leave_down.emit()
        else:
            super().keyPressEvent(event)


SearchEdit = _SearchEdit  # the same search box for the other lists


class ActivityFilterBar(QWidget):
    """`changed` fires when the filter changes; `current_filter()` reads it."""

    changed = Signal()

    def __init__(self, today: Callable[[], dt.date] = dt.date.today, parent: QWidget | None = None):
        super().__init__(parent)
        self._today = today
        self._previous_period = Period.ALL
        self.search_edit = _SearchEdit()
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(self.tr("Search titles, outlets, links and notes (Ctrl+F)"))
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.period_combo = QComboBox()
        self.from_edit, self.to_edit = _date_edit(), _date_edit()
        self.range_dash = QLabel("–")
        self.channel_combo, self.group_combo, self.campaign_combo = QComboBox(), QComboBox(), QComboBox()
        self.unit_combo = SearchableCombo()
        self.clear_button = QPushButton(self.tr("Clear filters"))
        self._layout()
        self._fill_periods()
        self._set_custom_visible(False)
        self._connect()

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.search_edit, 3)
        top.addWidget(QLabel(self.tr("Period:")))
        top.addWidget(self.period_combo)
        for widget in (self.from_edit, self.range_dash, self.to_edit):
            top.addWidget(widget)
        bottom = QHBoxLayout()
        for combo in (self.channel_combo, self.group_combo, self.campaign_combo, self.unit_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
            combo.view().setMinimumWidth(340)  # the open list shows whole names
            bottom.addWidget(combo, 1)
        bottom.addWidget(self.clear_button)
        rows = QVBoxLayout(self)
        rows.setContentsMargins(0, 0, 0, 0)
        rows.addLayout(top)
        rows.addLayout(bottom)

    def _fill_periods(self) -> None:
        for period, label in (
            (Period.ALL, self.tr("All time")), (Period.THIS_MONTH, self.tr("This month")),
            (Period.THIS_QUARTER, self.tr("This quarter")), (Period.THIS_YEAR, self.tr("This year")),
            (Period.LAST_YEAR, self.tr("Last year")), (Period.CUSTOM, self.tr("From … to …")),
        ):
            self.period_combo.addItem(label, period.value)

    def _connect(self) -> None:
        self.search_edit.textChanged.connect(self.search_timer.start)
        self.search_edit.returnPressed.connect(self.apply_search_now)
        self.search_timer.timeout.connect(self._emit)
        self.period_combo.currentIndexChanged.connect(self._period_changed)
        self.from_edit.dateChanged.connect(self._from_changed)
        self.to_edit.dateChanged.connect(self._to_changed)
        for combo in (self.channel_combo, self.group_combo, self.campaign_combo, self.unit_combo):
            combo.currentIndexChanged.connect(self._emit)
        self.clear_button.clicked.connect(self.clear)

    # --- choices --------------------------------------------------------------------------------

    def set_choices(self, choices: FilterChoices) -> None:
        """Fill the lists, keeping what is chosen when it is still offered.

        Emits nothing: the caller reads `current_filter()` and reloads once.
        """
        before = self.current_filter()
        self.blockSignals(True)
        self._fill(self.channel_combo, self.tr("All channels"), choices.channels)
        self._fill(self.group_combo, self.tr("All content groups"),
                   [(code, f"{code} {name}") for code, name in choices.content_groups])
        self._fill(self.campaign_combo, self.tr("All campaigns"),
                   [(cid, f"{name} ({year})") for cid, name, year in choices.campaigns])
        self.unit_combo.set_entries([(None, self.tr("All grassroots unions")), *choices.units],
                                    keep=before.grassroots_unit_id)
        self.blockSignals(False)
        self._mark_active()

    @staticmethod
    def _fill(combo: QComboBox, everything: str, entries: list[tuple[str, str]]) -> None:
        keep = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, None)
        for value, label in entries:
            combo.addItem(label, value)
            combo.setItemData(combo.count() - 1, label, Qt.ItemDataRole.ToolTipRole)
        combo.setCurrentIndex(max(combo.findData(keep), 0) if keep else 0)
        combo.blockSignals(False)

    # --- reading and changing the filter --------------------------------------------------------

    def current_filter(self, *, in_trash: bool = False) -> ActivityFilter:
        date_from, date_to = self._range()
        return ActivityFilter(
            date_from=date_from, date_to=date_to, channel_code=self.channel_combo.currentData(),
            content_group_code=self.group_combo.currentData(), campaign_id=self.campaign_combo.currentData(),
            grassroots_unit_id=self.unit_combo.current_id(), text=self.search_edit.text(), in_trash=in_trash,
        )

    def _range(self) -> tuple[dt.date | None, dt.date | None]:
        period = Period(self.period_combo.currentData())
        if period == Period.CUSTOM:
            return self.from_edit.date().toPython(), self.to_edit.date().toPython()  # type: ignore[return-value]
        return period_range(period, self._today())

    def is_filtered(self) -> bool:
        """True when anything narrows the list (so an empty list means 'nothing matches')."""
        return self.current_filter() != ActivityFilter()

    def select_period(self, period: Period) -> None:
        self.period_combo.setCurrentIndex(self.period_combo.findData(period.value))

    def clear(self) -> None:
        """Show everything again: one change, one reload."""
        self.blockSignals(True)
        self.search_edit.clear()
        self.search_timer.stop()
        for combo in (self.period_combo, self.channel_combo, self.group_combo, self.campaign_combo,
                      self.unit_combo):
            combo.setCurrentIndex(0)
        self.blockSignals(False)
        self._emit()

    def apply_search_now(self) -> None:
        """Run a search still waiting for its delay (Enter in the box; the benchmark)."""
        if self.search_timer.isActive():
            self.search_timer.stop()
            self._emit()

    def _period_changed(self) -> None:
        period = Period(self.period_combo.currentData())
        custom = period == Period.CUSTOM
        if custom:
            # Start the custom range from the range that was shown, or from this month.
            start, end = period_range(self._previous_period, self._today())
            if start is None or end is None:
                start, end = period_range(Period.THIS_MONTH, self._today())
            assert start is not None and end is not None
            for edit, day in ((self.from_edit, start), (self.to_edit, end)):
                edit.blockSignals(True)
                edit.setDate(QDate(day.year, day.month, day.day))
                edit.blockSignals(False)
        self._previous_period = period
        self._set_custom_visible(custom)
        self._emit()

    def _from_changed(self, date: QDate) -> None:
        if date > self.to_edit.date():
            self.to_edit.setDate(date)  # keeps the range valid: 'to' never before 'from'
        self._emit()

    def _to_changed(self, date: QDate) -> None:
        if date < self.from_edit.date():
            self.from_edit.setDate(date)
        self._emit()

    def _set_custom_visible(self, visible: bool) -> None:
        for widget in (self.from_edit, self.range_dash, self.to_edit):
            widget.setVisible(visible)

    def _emit(self) -> None:
        if self.signalsBlocked():
            return
        self.search_timer.stop()  # a pending search is part of this change
        self._mark_active()
        self.changed.emit()

    def _mark_active(self) -> None:
        """Bold any list that narrows the view, so nobody wonders where their activities went."""
        for combo in (self.period_combo, self.channel_combo, self.group_combo, self.campaign_combo,
                      self.unit_combo):
            font = combo.font()
            font.setBold(combo.currentIndex() > 0)
            combo.setFont(font)
        self.clear_button.setEnabled(self.is_filtered())
