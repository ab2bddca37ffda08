"""What the story list and the case list share: a model over a short list of summaries, and selection by id.

Both lists are read whole (tens or hundreds of rows) and sorted in memory; each
summary has an `id`. Subclasses name their columns (an IntEnum in COLUMNS) and
their headings (`_headings`), and say what a cell shows (`data`).
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import QAbstractTableModel, QItemSelectionModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QTableView, QWidget

Index = QModelIndex | QPersistentModelIndex


class HasId(Protocol):
    @property
    def id(self) -> str: ...


Summary = TypeVar("Summary", bound=HasId)


class SummaryListModel(QAbstractTableModel, Generic[Summary]):
    COLUMNS: type[IntEnum]

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._rows: list[Summary] = []

    def _headings(self) -> dict[Any, str]:  # the subclass translates its own headings
        return {}

    def set_rows(self, rows: list[Summary]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[Summary]:
        return list(self._rows)

    def summary(self, row: int) -> Summary:
        return self._rows[row]

    def row_of(self, record_id: str) -> int | None:
        return next((i for i, s in enumerate(self._rows) if s.id == record_id), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headings()[self.COLUMNS(section)]
        return None


def selected_ids(table: QTableView) -> list[str]:
    """The ids of the selected rows of a summary list, top to bottom."""
    model = table.model()
    assert isinstance(model, SummaryListModel)
    rows = sorted(index.row() for index in table.selectionModel().selectedRows())
    return [model.summary(row).id for row in rows]


def select_ids(table: QTableView, ids: list[str]) -> None:
    """Select these records where listed; the first becomes current and visible."""
    model = table.model()
    assert isinstance(model, SummaryListModel)
    selection, flag = table.selectionModel(), QItemSelectionModel.SelectionFlag
    selection.clearSelection()
    rows = [row for row in (model.row_of(i) for i in ids) if row is not None]
    for n, row in enumerate(rows):
        index = model.index(row, 0)
        if n == 0:
            selection.setCurrentIndex(index, flag.ClearAndSelect | flag.Rows)
            table.scrollTo(index)
        else:
            selection.select(index, flag.Select | flag.Rows)


class FilterBarBehaviour:
    """The common behaviour of the story and case filter bars (a plain mixin placed before QWidget).

    The bar provides `search_edit`, `search_timer`, `clear_button`, a `changed` signal, `combos()`,
    `current_filter()` and `is_filtered()`.
    """

    search_edit: Any
    search_timer: Any
    clear_button: Any
    changed: Any
    combos: Any  # method: the bar's combo boxes
    is_filtered: Any  # method: whether anything narrows the list

    def select(self, combo: Any, value: object) -> None:
        combo.setCurrentIndex(max(combo.findData(value), 0))

    def clear(self) -> None:
        """Show everything again: one change, one reload."""
        self.blockSignals(True)  # type: ignore[attr-defined]
        self.search_edit.clear()
        self.search_timer.stop()
        for combo in self.combos():
            combo.setCurrentIndex(0)
        self.blockSignals(False)  # type: ignore[attr-defined]
        self._emit()

    def apply_search_now(self) -> None:
        if self.search_timer.isActive():
            self.search_timer.stop()
            self._emit()

    def _emit(self) -> None:
        if self.signalsBlocked():  # type: ignore[attr-defined]
            return
        self.search_timer.stop()
        self._mark_active()
        self.changed.emit()

    def _mark_active(self) -> None:
        for combo in self.combos():
            font = combo.font()
            font.setBold(combo.currentIndex() > 0)
            combo.setFont(font)
        self.clear_button.setEnabled(self.is_filtered())
