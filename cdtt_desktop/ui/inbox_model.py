"""The inbox as a tree: sending unit › report period (or what an item without a period is about) › item.

Each item carries its decision as a coloured badge; a decision taken on screen updates its row in place,
so the officer sees it at once without the tree folding up again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QGuiApplication, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeView, QWidget

from cdtt_desktop import formatting as fmt
from cdtt_desktop.ui.exchange_labels import COLOURS, UNDECIDED, decision_name, kind_text, no_period_group, period_text
from cdtt_desktop.ui.story_table_model import STATUS_ROLE, StatusBadgeDelegate

if TYPE_CHECKING:
    from cdtt_desktop.services.inbox import InboxItem

Index = QModelIndex | QPersistentModelIndex
ITEM_ROLE = Qt.ItemDataRole.UserRole + 2
SENDER_ROLE = Qt.ItemDataRole.UserRole + 3
TITLE, NUMBER, DATE, DECISION = range(4)


def item_key(item: InboxItem) -> tuple[str, int]:
    return item.id, item.revision


def group_of(item: InboxItem) -> str:
    return period_text(item.period) if item.period else no_period_group(item.type, item.kind, item.source)


class InboxTreeModel(QStandardItemModel):
    """`set_items(items)`; `item_at(index)`, `index_of(key)`, `update_item(item)`, `sender_at(index)`."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._rows: dict[tuple[str, int], list[QStandardItem]] = {}
        self._senders: dict[str, QStandardItem] = {}
        self._items: dict[tuple[str, int], InboxItem] = {}
        self.row_height = QFontMetrics(QGuiApplication.font()).height() + 12
        self.setHorizontalHeaderLabels([self.tr("Subject or title"), self.tr("Number or kind"), self.tr("Date"),
                                        self.tr("Decision")])

    def set_items(self, items: list[InboxItem]) -> None:
        """Rebuild the tree; units and groups keep the order of `items` (newest period first)."""
        self.removeRows(0, self.rowCount())
        self._rows, self._senders, self._items = {}, {}, {}
        groups: dict[tuple[str, str], QStandardItem] = {}
        for item in items:
            sender = self._senders.get(item.sender_id) or self._add_sender(item)
            label = group_of(item)
            group = groups.get((item.sender_id, label))
            if group is None:
                group = groups[(item.sender_id, label)] = self._add_row(sender, [label, "", "", ""])
                group.setData(item.sender_id, SENDER_ROLE)
            self._add_item(group, item)
        for sender_id in self._senders:
            self._count(sender_id)

    def _add_sender(self, item: InboxItem) -> QStandardItem:
        head = self._add_row(self.invisibleRootItem(), [item.sender_name, "", "", ""])
        font = QFont(head.font())
        font.setBold(True)
        head.setFont(font)
        head.setData(item.sender_id, SENDER_ROLE)
        self._senders[item.sender_id] = head
        return head

    def _cells(self, texts: list[str]) -> list[QStandardItem]:
        cells = [QStandardItem(text) for text in texts]
        for cell in cells:
            cell.setEditable(False)
            cell.setSizeHint(QSize(-1, self.row_height))  # room around the badges
        return cells

    def _add_row(self, parent: QStandardItem, texts: list[str]) -> QStandardItem:
        cells = self._cells(texts)
        parent.appendRow(cells)
        return cells[0]

    def _add_item(self, group: QStandardItem, item: InboxItem) -> None:
        cells = self._cells(["", "", "", ""])
        group.appendRow(cells)
        self._rows[item_key(item)] = cells
        self._fill(item)

    def _fill(self, item: InboxItem) -> None:
        cells = self._rows[item_key(item)]
        self._items[item_key(item)] = item
        number = item.number_text.removeprefix("Số:").strip() or kind_text(item.type, item.kind)
        texts = (item.title, number, fmt.date(item.issued_on), decision_name(item.decision))
        for cell, text in zip(cells, texts, strict=True):
            cell.setText(text)
            cell.setToolTip(self._tooltip(item, text))
            cell.setData(item, ITEM_ROLE)
            cell.setData(item.sender_id, SENDER_ROLE)
        cells[DECISION].setData(item.decision or UNDECIDED, STATUS_ROLE)

    def _tooltip(self, item: InboxItem, text: str) -> str:
        if item.decision == "returned" and item.comment:
            text = self.tr("Returned for completion: {comment}").format(comment=item.comment)
        if item.decision and not item.decision_sent:
            text += "\n" + self.tr("Not yet sent to the unit: export its receipt.")
        return text

    def _count(self, sender_id: str) -> None:
        """The unit's line says how many items it sent and how many wait for a decision."""
        mine = [i for i in self._items.values() if i.sender_id == sender_id]
        undecided = sum(1 for i in mine if i.decision is None)
        unsent = sum(1 for i in mine if i.decision and not i.decision_sent)
        head = self._senders[sender_id]
        text = self.tr("{unit} — {count} items · {undecided} awaiting decision · {unsent} decisions not sent").format(
            unit=mine[0].sender_name if mine else "", count=fmt.number(len(mine)),
            undecided=fmt.number(undecided), unsent=fmt.number(unsent))
        head.setText(text)
        head.setToolTip(text)

    # --- lookups --------------------------------------------------------------------------------

    def item_at(self, index: Index) -> InboxItem | None:
        value = self.index(index.row(), TITLE, index.parent()).data(ITEM_ROLE) if index.isValid() else None
        return value if value is not None and hasattr(value, "revision") else None

    def sender_at(self, index: Index) -> str | None:
        return index.data(SENDER_ROLE) if index.isValid() else None

    def index_of(self, key: tuple[str, int]) -> QModelIndex:
        cells = self._rows.get(key)
        return cells[0].index() if cells else QModelIndex()

    def sender_index(self, sender_id: str) -> QModelIndex:
        head = self._senders.get(sender_id)
        return head.index() if head else QModelIndex()

    def items(self) -> list[InboxItem]:
        return list(self._items.values())

    def update_item(self, item: InboxItem) -> None:
        """Show a new decision on the item's row, and the unit's counts."""
        if item_key(item) in self._rows:
            self._fill(item)
            self._count(item.sender_id)


class InboxTreeView(QTreeView):
    """Every unit and group open; the decision drawn as a badge."""

    def __init__(self, model: InboxTreeModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.setModel(model)
        self.setItemDelegateForColumn(DECISION, StatusBadgeDelegate(self, COLOURS))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setUniformRowHeights(True)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        for column, width in ((NUMBER, 170), (DATE, 95), (DECISION, 190)):
            header.resizeSection(column, max(width, header.sectionSizeHint(column)))

    def show_all(self) -> None:
        """Open every unit and group; their lines span the width (they name the unit and count its items)."""
        model = self.model()
        for row in range(model.rowCount()):
            sender = model.index(row, 0)
            self.setFirstColumnSpanned(row, QModelIndex(), True)
            for child in range(model.rowCount(sender)):
                self.setFirstColumnSpanned(child, sender, True)
        self.expandAll()
