"""The "to do" list of the overview: each line opens the place where the thing gets done."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QGroupBox, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from cdtt_desktop.services.dashboard import TodoItem

TARGET_ROLE = Qt.ItemDataRole.UserRole
# Signs found in the fonts of old Windows PCs (Segoe UI Symbol) as well as in DejaVu.
MARKS = {"draft_story": "✎", "returned": "↩", "overdue_case": "⚠", "missing_news": "✉", "report_due": "☰"}


def todo_text(item: TodoItem) -> str:
    """The line in the officer's language: the service gives English source text and its arguments."""
    return item.render(QCoreApplication.translate)


class _Lines(QListWidget):
    """One click opens a line (officers expect a link); Enter does too, never both at once."""

    chosen = Signal(QListWidgetItem)

    def __init__(self) -> None:
        super().__init__()
        self.itemClicked.connect(self.chosen)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentItem() is not None:
            self.chosen.emit(self.currentItem())
            return
        super().keyPressEvent(event)


class TodoList(QGroupBox):
    open_requested = Signal(str, str)  # page key, record id ("" when the page itself is the place)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("To do"))
        layout = QVBoxLayout(self)
        self.list = _Lines()
        self.list.setStyleSheet("QListWidget { font-weight: normal; } QListWidget::item { padding: 3px; }")
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)  # re-wrap the lines when the page is resized
        self.list.chosen.connect(self._open)
        self.empty = QLabel(self.tr("Computing…"))
        self.empty.setStyleSheet("color: #6b7280; font-weight: normal;")
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)
        layout.addWidget(self.list, 1)
        self.list.hide()

    def show_items(self, items: tuple[TodoItem, ...]) -> None:
        self.list.clear()
        for todo in items:
            line = QListWidgetItem(f"{MARKS.get(todo.kind, '•')}  {todo_text(todo)}")
            line.setData(TARGET_ROLE, tuple(todo.target))
            line.setToolTip(self.tr("Click to open"))
            self.list.addItem(line)
        self.list.setVisible(bool(items))
        self.empty.setVisible(not items)
        self.empty.setText(self.tr("Nothing waiting: no draft, no returned story, no overdue case."))

    def _open(self, line: QListWidgetItem) -> None:
        page_key, record_id = line.data(TARGET_ROLE)
        self.open_requested.emit(str(page_key), str(record_id or ""))
