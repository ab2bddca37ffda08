"""The table of activities: sized columns, header sorting, Enter to edit, Delete to delete."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from cdtt_desktop.ui.activity_table_model import COLUMN_OF_SORT, ActivityTableModel, Column

# The title takes what is left: it is what people read and search by.
_WIDTHS = {Column.DATE: 86, Column.CHANNEL: 124, Column.CONTENT_GROUP: 70, Column.CAMPAIGN: 118,
           Column.UNIT: 136, Column.PARTICIPANTS: 70, Column.REACH: 92, Column.FILES: 36}


class ActivityTableView(QTableView):
    edit_requested = Signal()
    delete_requested = Signal()

    def __init__(self, model: ActivityTableModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(Column.TITLE, QHeaderView.ResizeMode.Stretch)
        for column, width in _WIDTHS.items():  # never narrower than the (translated) heading
            header.resizeSection(column, max(width, header.sectionSizeHint(column)))
        header.setSortIndicator(Column.DATE, Qt.SortOrder.DescendingOrder)
        self.setSortingEnabled(True)  # the model sorts in the database
        header.sortIndicatorChanged.connect(self._sort_indicator_changed)
        self.doubleClicked.connect(lambda _index: self.edit_requested.emit())

    def activity_model(self) -> ActivityTableModel:
        model = self.model()
        assert isinstance(model, ActivityTableModel)
        return model

    def _sort_indicator_changed(self, column: int, _order: Qt.SortOrder) -> None:
        if column == Column.FILES:  # not sortable: put the arrow back where the order really is
            ordering = self.activity_model().ordering()
            order = Qt.SortOrder.DescendingOrder if ordering.descending else Qt.SortOrder.AscendingOrder
            self.horizontalHeader().setSortIndicator(COLUMN_OF_SORT[ordering.key], order)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            self.edit_requested.emit()
        elif event.key() == Qt.Key.Key_Delete and not event.modifiers():
            self.delete_requested.emit()
        else:
            super().keyPressEvent(event)

    def selected_rows(self) -> list[int]:
        return sorted(index.row() for index in self.selectionModel().selectedRows())

    def select_ids(self, ids: list[str]) -> None:
        """Select the activities with these ids that are loaded; the first becomes current and visible."""
        model, selection = self.activity_model(), self.selectionModel()
        flag = QItemSelectionModel.SelectionFlag
        first = True
        for activity_id in ids:
            row = model.row_of(activity_id)
            if row is None:
                continue
            index = model.index(row, 0)
            if first:
                selection.setCurrentIndex(index, flag.ClearAndSelect | flag.Rows)
                self.scrollTo(index)
                first = False
            else:
                selection.select(index, flag.Select | flag.Rows)
