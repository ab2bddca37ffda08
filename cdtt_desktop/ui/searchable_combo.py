"""A combo box one can type into to find an entry: accent-insensitive, matching anywhere in the name.

Typing "may 10" or "đống đa" narrows a long list of grassroots unions; only listed
entries can be chosen, so a half-typed name never becomes a value.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QComboBox, QCompleter, QLineEdit, QWidget

from cdtt_desktop.domain.text import fold


class _FoldedContains(QSortFilterProxyModel):
    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._needle = ""

    def set_needle(self, text: str) -> None:
        if not hasattr(self, "beginFilterChange"):  # Qt before 6.9
            self._needle = fold(text)
            self.invalidateRowsFilter()
            return
        self.beginFilterChange()
        self._needle = fold(text)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        if not self._needle:
            return True
        text = self.sourceModel().index(source_row, 0, source_parent).data(Qt.ItemDataRole.DisplayRole)
        return all(word in fold(str(text or "")) for word in self._needle.split())


class SearchableCombo(QComboBox):
    """Entries carry their id as item data; `current_id()` is the chosen one (None for the empty entry)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self._filter = _FoldedContains(self)
        self._filter.setSourceModel(self.model())
        self._completer = QCompleter(self._filter, self)
        self._completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompleter(self._completer)
        edit = self.lineEdit()
        assert edit is not None  # editable combos always have one
        self.line_edit: QLineEdit = edit
        self.line_edit.textEdited.connect(self._typed)

    def _typed(self, text: str) -> None:
        self._filter.set_needle(text)
        if text:
            self._completer.complete()

    def set_entries(self, entries: list[tuple[str | None, str]], keep: Any = None) -> None:
        """Replace the entries ((id, label) pairs) and select `keep` when it is still there."""
        self.blockSignals(True)
        self.clear()
        for item_id, label in entries:
            self.addItem(label, item_id)
        self.blockSignals(False)
        self.select_id(keep)

    def current_id(self) -> str | None:
        value = self.itemData(self.currentIndex())
        return str(value) if value else None

    def select_id(self, item_id: Any) -> None:
        index = self.findData(item_id) if item_id else -1
        self.setCurrentIndex(max(index, 0) if self.count() else -1)
        self.line_edit.setCursorPosition(0)  # a long name shows its beginning

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            self.line_edit.selectAll()  # typing replaces the shown entry and starts a search

    def focusOutEvent(self, event: QFocusEvent) -> None:
        # Leaving with half-typed text shows the chosen entry again: what you see is what is saved.
        super().focusOutEvent(event)
        if event.reason() == Qt.FocusReason.PopupFocusReason:
            return  # the list of matches opened: the person is still choosing
        if self.currentIndex() >= 0 and self.line_edit.text() != self.itemText(self.currentIndex()):
            self.setEditText(self.itemText(self.currentIndex()))
        self._filter.set_needle("")
