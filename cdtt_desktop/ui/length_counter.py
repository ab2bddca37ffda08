"""Text fields that show their length against the limit as one types ("120 / 3.000"), red when over.

The limit is shown up front rather than discovered on failure; nothing typed is ever
cut off (no maxLength), the rules simply say what is too long.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from cdtt_desktop import formatting as fmt
from cdtt_desktop.domain.text import clean, clean_multiline

OVER_STYLE = "color: #b3261e; font-weight: bold;"
UNDER_STYLE = "color: #5f6368;"


class LengthCounter(QLabel):
    """'n / limit' for a text, counted as the rules count it (cleaned, NFC)."""

    def __init__(self, limit: int, *, multiline: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.limit, self.multiline = limit, multiline
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.update_for("")

    def update_for(self, text: str) -> None:
        length = len(clean_multiline(text) if self.multiline else clean(text))
        self.setText(f"{fmt.number(length)} / {fmt.number(self.limit)}")
        self.setStyleSheet(OVER_STYLE if length > self.limit else UNDER_STYLE)

    def is_over(self) -> bool:
        return self.styleSheet() == OVER_STYLE


class CountedLineEdit(QWidget):
    """A one-line field with its counter to the right."""

    textChanged = Signal(str)

    def __init__(self, limit: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.edit = QLineEdit()
        self.counter = LengthCounter(limit)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.counter)
        self.edit.textChanged.connect(self.counter.update_for)
        self.edit.textChanged.connect(self.textChanged)
        self.setFocusProxy(self.edit)

    def text(self) -> str:
        return self.edit.text()

    def setText(self, text: str) -> None:
        self.edit.setText(text)
        self.edit.setCursorPosition(0)


class CountedTextEdit(QWidget):
    """A multi-line field with its counter under it, at the right."""

    textChanged = Signal()

    def __init__(self, limit: int, lines: int = 4, parent: QWidget | None = None):
        super().__init__(parent)
        self.edit = QPlainTextEdit()
        self.edit.setTabChangesFocus(True)  # Tab moves on, as in every other field
        self.edit.setMinimumHeight(self.fontMetrics().lineSpacing() * lines + 12)
        self.counter = LengthCounter(limit, multiline=True)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(1)
        column.addWidget(self.edit, 1)
        column.addWidget(self.counter)
        self.edit.textChanged.connect(self._changed)
        self.setFocusProxy(self.edit)

    def _changed(self) -> None:
        self.counter.update_for(self.edit.toPlainText())
        self.textChanged.emit()

    def text(self) -> str:
        return self.edit.toPlainText()

    def setText(self, text: str) -> None:
        self.edit.setPlainText(text)
