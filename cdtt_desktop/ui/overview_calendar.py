"""The year at a glance: campaign windows and the key dates the union marks, the next ones first in view."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QGroupBox, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from cdtt_desktop import formatting as fmt

if TYPE_CHECKING:
    from cdtt_desktop.services.dashboard import CalendarEntry

PAST = QColor("#9ca3af")
CAMPAIGN = QColor("#fff4e0")  # campaign windows shaded, like on a wall planner


def entry_state(entry: CalendarEntry, today: dt.date) -> str:
    """"past", "now" (today falls inside it) or "coming"."""
    end = entry.end or entry.day
    if end < today:
        return "past"
    return "now" if entry.day <= today else "coming"


class YearCalendar(QGroupBox):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Calendar of the year"))
        layout = QVBoxLayout(self)
        self.list = QListWidget()
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setStyleSheet("QListWidget { font-weight: normal; } QListWidget::item { padding: 2px; }")
        layout.addWidget(self.list)

    def show_entries(self, entries: tuple[CalendarEntry, ...], today: dt.date) -> None:
        self.list.clear()
        first_open: QListWidgetItem | None = None
        for entry in sorted(entries, key=lambda e: (e.day, e.end or e.day)):
            line = QListWidgetItem(self._text(entry))
            state = entry_state(entry, today)
            line.setData(Qt.ItemDataRole.UserRole, state)
            if entry.kind == "campaign":
                line.setBackground(QBrush(CAMPAIGN))
            if state == "past":
                line.setForeground(QBrush(PAST))
            elif first_open is None:
                first_open = line
            if state == "now":
                font = QFont(line.font())
                font.setBold(True)
                line.setFont(font)
            self.list.addItem(line)
        if first_open is not None:
            # After the lines are laid out (they wrap to the list's width), or the scroll lands short.
            row = self.list.row(first_open)
            QTimer.singleShot(0, lambda: self._scroll_to(row))

    def _scroll_to(self, row: int) -> None:
        line = self.list.item(row) if shiboken6.isValid(self.list) else None
        if line is not None:
            self.list.scrollToItem(line, QAbstractItemView.ScrollHint.PositionAtTop)

    def _text(self, entry: CalendarEntry) -> str:
        name = QCoreApplication.translate("Dashboard", entry.name) if entry.kind == "key_date" else entry.name
        if entry.end is not None and entry.end != entry.day:
            when = self.tr("{start} – {end}").format(start=fmt.date(entry.day), end=fmt.date(entry.end))
            return self.tr("{when}  campaign: {name}").format(when=when, name=name)
        return f"{fmt.date(entry.day)}  ★ {name}"
