"""The list of stories: its table model, the coloured status badge of its status column, and its view.

A unit has tens or hundreds of stories, not a hundred thousand: the whole filtered
list is read at once and sorted in memory when a heading is clicked.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from cdtt_desktop import formatting as fmt
from cdtt_desktop.domain.stories import StoryStatus
from cdtt_desktop.domain.text import sort_key
from cdtt_desktop.services.stories import StorySummary
from cdtt_desktop.ui.story_labels import STATUS_COLOURS, kind_name, status_name
from cdtt_desktop.ui.summary_list import SummaryListModel

STATUS_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    STATUS = 0
    KIND = 1
    TITLE = 2
    UNIT = 3
    CAMPAIGN = 4
    YEAR = 5
    PHOTOS = 6
    UPDATED = 7


class StoryTableModel(SummaryListModel["StorySummary"]):
    COLUMNS = Column

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)

    def _headings(self) -> dict[Column, str]:
        return {Column.STATUS: self.tr("Status"), Column.KIND: self.tr("Kind"), Column.TITLE: self.tr("Name"),
                Column.UNIT: self.tr("Grassroots union"), Column.CAMPAIGN: self.tr("Campaign"),
                Column.YEAR: self.tr("Year"), Column.PHOTOS: self.tr("Photos"),
                Column.UPDATED: self.tr("Last changed")}

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        story, column = self._rows[index.row()], Column(index.column())
        if role == STATUS_ROLE:
            return story.status
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = self._text(story, column)
            if role == Qt.ItemDataRole.ToolTipRole and column == Column.STATUS and story.return_comment:
                return self.tr("Returned: {comment}").format(comment=story.return_comment)
            return text
        numeric = (Column.YEAR, Column.PHOTOS)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, story: StorySummary, column: Column) -> str:
        if column == Column.STATUS:
            return status_name(story.status)
        if column == Column.KIND:
            return kind_name(story.kind)
        if column == Column.TITLE:
            return story.title or self.tr("(no name yet)")
        if column == Column.UNIT:
            return story.unit_name
        if column == Column.CAMPAIGN:
            return story.campaign_name
        if column == Column.YEAR:
            return str(story.year)
        if column == Column.PHOTOS:
            return fmt.number(story.photo_count)
        return fmt.datetime_local(story.updated_at)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        keys = {Column.STATUS: lambda s: list(StoryStatus).index(s.status), Column.YEAR: lambda s: s.year,
                Column.PHOTOS: lambda s: s.photo_count,
                Column.UPDATED: lambda s: s.updated_at}
        key = keys.get(Column(column), lambda s: sort_key(self._text(s, Column(column))))
        self.layoutAboutToBeChanged.emit()
        self._rows.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)
        self.layoutChanged.emit()

    def counts(self) -> dict[StoryStatus, int]:
        found = {status: 0 for status in StoryStatus}
        for story in self._rows:
            found[story.status] += 1
        return found


class StatusBadgeDelegate(QStyledItemDelegate):
    """Draws the status as a rounded, coloured badge, so returned stories stand out in a long list.

    `colours` maps each status value (STATUS_ROLE) to its (background, text) colours; other lists of
    records with a status (such as Mái ấm cases) pass their own.
    """

    def __init__(self, parent: QWidget | None = None,
                 colours: Mapping[str, tuple[str, str]] | None = None):
        super().__init__(parent)
        self.colours: Mapping[str, tuple[str, str]] = STATUS_COLOURS if colours is None else colours

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        status = index.data(STATUS_ROLE)
        if status not in self.colours:
            super().paint(painter, option, index)
            return
        background, foreground = self.colours[status]
        style = option.widget.style() if option.widget else None
        if style is not None and option.state & QStyle.StateFlag.State_Selected:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, option.widget)
        text = str(index.data(Qt.ItemDataRole.DisplayRole))
        metrics = option.fontMetrics
        width = min(metrics.horizontalAdvance(text) + 16, option.rect.width() - 6)
        height = metrics.height() + 4
        rect = QRectF(option.rect.x() + 3, option.rect.center().y() - height / 2 + 1, width, height)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(background))
        painter.drawRoundedRect(rect, height / 2, height / 2)
        painter.setPen(QColor(foreground))
        elided = metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(rect.width()) - 12)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, elided)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width() + 22, size.height())


class StoryTableView(QTableView):
    """Enter opens the story, Delete moves it to the trash."""

    open_requested = Signal()
    delete_requested = Signal()

    def __init__(self, model: StoryTableModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.setModel(model)
        self.setItemDelegateForColumn(Column.STATUS, StatusBadgeDelegate(self))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setSortingEnabled(True)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 12)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(Column.TITLE, QHeaderView.ResizeMode.Stretch)
        # The name takes what is left: it is what people read and search by.
        widths = {Column.STATUS: 150, Column.KIND: 150, Column.UNIT: 150, Column.CAMPAIGN: 110,
                  Column.YEAR: 48, Column.PHOTOS: 48, Column.UPDATED: 136}
        for column, width in widths.items():  # never narrower than the (translated) heading
            header.resizeSection(column, max(width, header.sectionSizeHint(column)))
        header.setSortIndicator(Column.UPDATED, Qt.SortOrder.DescendingOrder)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            self.open_requested.emit()
        elif event.key() == Qt.Key.Key_Delete and not event.modifiers():
            self.delete_requested.emit()
        else:
            super().keyPressEvent(event)
