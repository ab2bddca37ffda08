"""The outbox list: every issued document and finalised story with the state of its journey upward.

The list is short (what a unit sends in a few years) and read whole; a filter by state narrows it in
memory. The state column draws a coloured badge; a returned item carries the upper level's comment in
its tooltip, so that it can be read without opening anything.
"""

from __future__ import annotations

from enum import IntEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from cdtt_desktop import formatting as fmt
from cdtt_desktop.domain.text import sort_key
from cdtt_desktop.ui.exchange_labels import (
    COLOURS,
    STATE_ORDER,
    kind_text,
    local_date,
    period_text,
    state_name,
    type_name,
)
from cdtt_desktop.ui.story_table_model import STATUS_ROLE, StatusBadgeDelegate

if TYPE_CHECKING:
    from cdtt_desktop.services.outbox import OutboxItem

Index = QModelIndex | QPersistentModelIndex
ITEM_ROLE = Qt.ItemDataRole.UserRole + 2
SYNC_COLOURS = {"failed": QColor("#b3261e"), "quarantined": QColor("#a04a00")}  # what needs the officer's eye


class Column(IntEnum):
    TYPE = 0
    NUMBER = 1
    TITLE = 2
    PERIOD = 3
    DATE = 4
    STATE = 5
    SYNC = 6  # the road through the sync server, shown only when a server is set


def item_key(item: OutboxItem) -> tuple[str, int]:
    return item.id, item.revision


class OutboxTableModel(QAbstractTableModel):
    """`set_items(items)`, `set_state(state or None)`; `item(row)` gives the record shown on a row."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._all: list[OutboxItem] = []
        self._shown: list[OutboxItem] = []
        self._state: str | None = None
        self._sync: dict[tuple[str, int], Any] = {}

    def headers(self) -> dict[Column, str]:
        return {Column.TYPE: self.tr("Type"), Column.NUMBER: self.tr("Number or kind"),
                Column.TITLE: self.tr("Subject or title"), Column.PERIOD: self.tr("Period"),
                Column.DATE: self.tr("Date"), Column.STATE: self.tr("State"),
                Column.SYNC: self.tr("Sync server")}

    def set_items(self, items: list[OutboxItem]) -> None:
        self._all = list(items)
        self._apply()

    def set_sync_states(self, states: dict[tuple[str, int], Any]) -> None:
        """Each item's state on the sync server (`sync.item_states`), keyed by (id, revision)."""
        self._sync = dict(states)
        if self._shown:
            self.dataChanged.emit(self.index(0, Column.SYNC), self.index(len(self._shown) - 1, Column.SYNC))

    def sync_text(self, item: OutboxItem) -> str:
        """Chờ gửi / Đang gửi / Đã gửi / Lỗi: … / Cách ly: …; empty for an item that left by bundle."""
        found = self._sync.get(item_key(item))
        if found is None:  # never met the server: it waits, unless it already left by bundle
            return self.tr("Waiting to send") if item.state == "waiting" else ""
        state = str(getattr(found, "state", found))
        reason = str(getattr(found, "last_error", "") or "")
        names = {"waiting": self.tr("Waiting to send"), "sending": self.tr("Sending"), "sent": self.tr("Sent")}
        if state in names:
            return names[state]
        if state == "failed":
            return self.tr("Error: {reason}").format(reason=self.reason_text(reason))
        if state == "quarantined":
            return self.tr("Quarantined: {reason}").format(reason=self.reason_text(reason))
        return state

    def reason_text(self, reason: str) -> str:
        """The hub's reason ("conflict: …", or a connection problem) said plainly; the original stays in the
        tooltip for whoever has to look further."""
        code = reason.split(":", 1)[0].strip() if reason else ""
        known = {
            "conflict": self.tr("the hub already has this submission with other content"),
            "forbidden": self.tr("the hub does not let this unit send this item"),
            "missing_attachments": self.tr("files are missing on the hub; they are sent again next time"),
            "invalid": self.tr("the hub could not accept the data"),
            "too_large": self.tr("a file is larger than the hub accepts"),
            "unauthorized": self.tr("the access token is wrong or was revoked (Settings › Sync server)"),
        }
        if code in known:
            return known[code]
        return self.tr("the hub could not be reached; trying again later") if reason else "—"

    def set_state(self, state: str | None) -> None:
        self._state = state
        self._apply()

    def _apply(self) -> None:
        self.beginResetModel()
        self._shown = [i for i in self._all if self._state is None or i.state == self._state]
        self.endResetModel()

    def item(self, row: int) -> OutboxItem:
        return self._shown[row]

    def items(self) -> list[OutboxItem]:
        return list(self._shown)

    def all_items(self) -> list[OutboxItem]:
        return list(self._all)

    def row_of(self, key: tuple[str, int]) -> int | None:
        return next((row for row, item in enumerate(self._shown) if item_key(item) == key), None)

    def counts(self) -> dict[str, int]:
        found = dict.fromkeys(STATE_ORDER, 0)
        for item in self._all:
            found[item.state] = found.get(item.state, 0) + 1
        return found

    # --- Qt ---------------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[Column(section)]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item, column = self._shown[index.row()], Column(index.column())
        if role == STATUS_ROLE:
            return item.state
        if role == ITEM_ROLE:
            return item
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(item, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(item, column)
        if role == Qt.ItemDataRole.ForegroundRole and column == Column.SYNC:
            return SYNC_COLOURS.get(str(getattr(self._sync.get(item_key(item)), "state", "")))
        return None

    def text(self, item: OutboxItem, column: Column) -> str:
        if column == Column.TYPE:
            return type_name(item.type)
        if column == Column.NUMBER:
            return self._number(item)
        if column == Column.TITLE:
            return item.title
        if column == Column.PERIOD:
            return period_text(item.period)
        if column == Column.DATE:
            return fmt.date(item.issued_on) if item.issued_on else local_date(item.sent_at)
        if column == Column.SYNC:
            return self.sync_text(item)
        return state_name(item.state, item.sent_at)

    def _number(self, item: OutboxItem) -> str:
        if item.number_text:
            return item.number_text.removeprefix("Số:").strip()
        text = kind_text(item.type, item.kind)
        if item.revision > 1:
            return self.tr("{kind}, revision {revision}").format(kind=text, revision=item.revision)
        return text

    def _tooltip(self, item: OutboxItem, column: Column) -> str:
        if column == Column.SYNC:
            found = self._sync.get(item_key(item))
            reason = str(getattr(found, "last_error", "") or "")
            return f"{self.sync_text(item)}\n{reason}" if reason else self.sync_text(item)
        if item.state == "returned" and item.comment:
            return self.tr("Returned for completion: {comment}").format(comment=item.comment)
        if column == Column.STATE and item.sent_at:
            return self.tr("Sent on {date}").format(date=fmt.datetime_local(item.sent_at))
        return self.text(item, column)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if column < 0:  # no heading chosen: the service's order, newest first
            return
        chosen = Column(column)
        if chosen == Column.STATE:
            def key(i: OutboxItem) -> Any:
                return STATE_ORDER.index(i.state) if i.state in STATE_ORDER else len(STATE_ORDER)
        elif chosen == Column.DATE:
            def key(i: OutboxItem) -> Any:
                return i.issued_on or i.sent_at or ""
        elif chosen == Column.PERIOD:
            def key(i: OutboxItem) -> Any:
                return i.period
        else:
            def key(i: OutboxItem) -> Any:
                return sort_key(self.text(i, chosen))
        self.layoutAboutToBeChanged.emit()
        self._shown.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)
        self.layoutChanged.emit()


class OutboxTableView(QTableView):
    """Rows selected whole, several at a time; the state as a coloured badge."""

    def __init__(self, model: OutboxTableModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.setModel(model)
        self.setItemDelegateForColumn(Column.STATE, StatusBadgeDelegate(self, COLOURS))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.setSortingEnabled(True)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 12)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(Column.TITLE, QHeaderView.ResizeMode.Stretch)
        widths = {Column.TYPE: 130, Column.NUMBER: 150, Column.PERIOD: 150, Column.DATE: 90, Column.STATE: 170,
                  Column.SYNC: 170}
        for column, width in widths.items():
            header.resizeSection(column, max(width, header.sectionSizeHint(column)))

    def selected_items(self) -> list[OutboxItem]:
        model = self.model()
        assert isinstance(model, OutboxTableModel)
        rows = sorted(index.row() for index in self.selectionModel().selectedRows())
        return [model.item(row) for row in rows]
