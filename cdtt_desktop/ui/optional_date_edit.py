"""A date field that may be left empty (dd/MM/yyyy), for dates that are required but not known yet.

A QDateEdit always holds a date; pre-filling today's would make a required date look
given when nobody gave it. Here the lowest date stands for "not given" and shows as
empty; the calendar then opens on the current month, not on that placeholder.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDateEdit, QWidget

EARLIEST = QDate(1990, 1, 1)  # the earliest date the rules accept for records


class OptionalDateEdit(QDateEdit):
    """`earliest` is the first date that can be typed (a birth date reaches back further than a record)."""

    def __init__(self, parent: QWidget | None = None, *, earliest: QDate = EARLIEST):
        super().__init__(parent)
        self._empty = earliest.addDays(-1)  # one day before the earliest date stands for "not given"
        self.setDisplayFormat("dd/MM/yyyy")
        self.setCalendarPopup(True)
        self.setDateRange(self._empty, QDate(2100, 12, 31))
        self.setSpecialValueText(" ")  # what the empty value shows
        self.setDate(self._empty)
        calendar = self.calendarWidget()
        calendar.installEventFilter(self)

    def iso(self) -> str:
        """The date as yyyy-mm-dd, or '' when none is given."""
        return "" if self.is_empty() else self.date().toString("yyyy-MM-dd")

    def set_iso(self, value: str) -> None:
        try:
            day = dt.date.fromisoformat(value[:10]) if value else None
        except ValueError:
            day = None
        self.setDate(QDate(day.year, day.month, day.day) if day else self._empty)

    def is_empty(self) -> bool:
        return self.date() == self._empty

    def clear_date(self) -> None:
        self.setDate(self._empty)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Typing a digit into the empty field starts a date at today, day first, so "05032024" works;
        # Delete or Backspace over a whole date empties it again.
        if self.is_empty() and event.text().isdigit():
            self.setDate(QDate.currentDate())
            self.setCurrentSection(QDateEdit.Section.DaySection)
            self.setSelectedSection(QDateEdit.Section.DaySection)
        elif event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self._all_selected():
            self.clear_date()
            return
        super().keyPressEvent(event)

    def _all_selected(self) -> bool:
        edit = self.lineEdit()
        return bool(edit.selectedText()) and edit.selectedText() == edit.text()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.calendarWidget() and event.type() == QEvent.Type.Show and self.is_empty():
            today = QDate.currentDate()
            self.calendarWidget().setCurrentPage(today.year(), today.month())
        return super().eventFilter(watched, event)
