"""The activity log as a table model: filtered and sorted by the database, fetched a page at a time.

Only the rows a person scrolls to are read (pages of PAGE_SIZE), so a log of
100,000 activities opens as fast as one of 100. The exact count and the sums for
the status bar need every matching row; with a task runner they are computed in
the background on their own connection, so typing in the search box never waits
for them.
"""

from __future__ import annotations

import logging
import sys
from enum import IntEnum
from typing import Any, NamedTuple

import shiboken6
from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QIcon

from cdtt_desktop import formatting as fmt
from cdtt_desktop.domain.queries import ActivityFilter, ActivitySort, Ordering
from cdtt_desktop.services import activities as service
from cdtt_desktop.services.workspace import Workspace, open_workspace
from cdtt_desktop.tasks.runner import Progress, TaskRunner
from cdtt_desktop.ui.drawn_icons import paperclip_icon

log = logging.getLogger(__name__)
PAGE_SIZE = 200
TOTALS_DELAY_MS = 250  # counting waits for a pause: while someone types, only the last count matters
Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    DATE = 0
    TITLE = 1
    CHANNEL = 2
    CONTENT_GROUP = 3
    CAMPAIGN = 4
    UNIT = 5
    PARTICIPANTS = 6
    REACH = 7
    FILES = 8


SORT_OF_COLUMN = {
    Column.DATE: ActivitySort.DATE,
    Column.TITLE: ActivitySort.TITLE,
    Column.CHANNEL: ActivitySort.CHANNEL,
    Column.CONTENT_GROUP: ActivitySort.CONTENT_GROUP,
    Column.CAMPAIGN: ActivitySort.CAMPAIGN,
    Column.UNIT: ActivitySort.UNIT,
    Column.PARTICIPANTS: ActivitySort.PARTICIPANTS,
    Column.REACH: ActivitySort.REACH,
}
COLUMN_OF_SORT = {sort: column for column, sort in SORT_OF_COLUMN.items()}
_NUMERIC = (Column.PARTICIPANTS, Column.REACH, Column.FILES)


class _Row(NamedTuple):
    """Only what the list shows; repeated names are interned, so 100,000 rows stay small."""

    id: str
    date: str  # already dd/MM/yyyy
    title: str
    channel: str
    group_code: str
    group_name: str
    campaign: str
    unit: str
    participants: int | None
    reach: int | None
    files: int
    outlet: str
    deleted_at: str


def _intern(value: Any) -> str:
    return sys.intern(str(value)) if value else ""


def _row(r: dict[str, Any]) -> _Row:
    day = str(r["occurred_on"])
    return _Row(
        id=r["id"], date=sys.intern(f"{day[8:10]}/{day[5:7]}/{day[:4]}"), title=r["title"],
        channel=_intern(r["channel_name"]), group_code=_intern(r["content_group_code"]),
        group_name=_intern(r["content_group_name"]), campaign=_intern(r["campaign_name"]),
        unit=_intern(r["unit_name"]), participants=r["participants"], reach=r["reach"],
        files=int(r["attachment_count"] or 0), outlet=_intern(r["outlet"]), deleted_at=r["deleted_at"] or "",
    )


class ActivityTableModel(QAbstractTableModel):
    """Activities matching a filter, in an order, fetched lazily; `totals_changed` when counts are known."""

    totals_changed = Signal()

    def __init__(self, ws: Workspace, parent: QObject | None = None, *, runner: TaskRunner | None = None,
                 page_size: int = PAGE_SIZE):
        super().__init__(parent)
        self.ws = ws
        self.runner = runner
        self.page_size = page_size
        self._filter = ActivityFilter()
        self._ordering = Ordering()
        self._rows: list[_Row] = []
        self._exhausted = True
        self._totals: dict[str, int] | None = None
        self._generation = 0
        self._totals_running = False
        self._totals_timer = QTimer(self)
        self._totals_timer.setSingleShot(True)
        self._totals_timer.setInterval(TOTALS_DELAY_MS)
        self._totals_timer.timeout.connect(self._request_totals)
        self._icon: QIcon | None = None

    # --- what is shown --------------------------------------------------------------------------

    def filter(self) -> ActivityFilter:
        return self._filter

    def ordering(self) -> Ordering:
        return self._ordering

    def set_filter(self, flt: ActivityFilter) -> None:
        if flt != self._filter:
            self._filter = flt
            self.reload()

    def set_ordering(self, ordering: Ordering) -> None:
        if ordering != self._ordering:
            self._ordering = ordering
            self.reload()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Header clicks: the database sorts (titles by their stored Vietnamese sort key)."""
        key = SORT_OF_COLUMN.get(Column(column)) if 0 <= column < len(Column) else None
        if key is not None:
            self.set_ordering(Ordering(key, descending=order == Qt.SortOrder.DescendingOrder))

    def reload(self) -> None:
        """Read the first page again, and the totals (in the background when there is a runner).

        The background count starts after a pause of TOTALS_DELAY_MS without another
        reload, so a burst of reloads (the page built then shown, or a word being
        typed) counts once and never competes with the typing for the processor.
        """
        self._generation += 1
        first = self._fetch(0)
        self.beginResetModel()
        self._rows = first
        self._exhausted = len(first) < self.page_size
        self._totals = None
        self.endResetModel()
        if self._exhausted:
            self._set_totals(self._generation, self._local_totals())
        elif self.runner is None:
            self._set_totals(self._generation, service.activity_totals(self.ws, self._filter))
        else:
            self._totals_timer.start()

    def _fetch(self, offset: int) -> list[_Row]:
        rows = service.activity_page(self.ws, self._filter, self._ordering, offset=offset,
                                     limit=self.page_size)
        return [_row(r) for r in rows]

    # --- totals ---------------------------------------------------------------------------------

    def totals(self) -> dict[str, int] | None:
        """{'count', 'participants', 'reach'} for the whole filter, or None while being counted."""
        return self._totals

    def total_count(self) -> int | None:
        return self._totals["count"] if self._totals else None

    def _local_totals(self) -> dict[str, int]:
        # Every matching row is already here: no need to ask the database.
        return {"count": len(self._rows),
                "participants": sum(r.participants or 0 for r in self._rows),
                "reach": sum(r.reach or 0 for r in self._rows)}

    def _set_totals(self, generation: int, totals: dict[str, int]) -> None:
        if generation == self._generation:
            self._totals = totals
            self.totals_changed.emit()

    def stop_counting(self) -> None:
        """Put off a count not started yet: the list is not shown (see `resume_counting`)."""
        self._totals_timer.stop()

    def resume_counting(self) -> None:
        """Count what `stop_counting` put off."""
        if self._totals is None and self.runner is not None and not self._totals_running:
            self._totals_timer.start()

    def _request_totals(self) -> None:
        """Count in the background; while one count runs, the next waits, and only the latest counts."""
        if self._totals_running or self.runner is None:
            return
        self._totals_running = True
        generation, flt, paths = self._generation, self._filter, self.ws.paths

        def count(progress: Progress) -> tuple[int, dict[str, int]]:
            ws = open_workspace(paths)
            try:
                return generation, service.activity_totals(ws, flt)
            finally:
                ws.close()

        self.runner.run(count, self._totals_arrived, self._totals_failed, writes=False)

    def _totals_arrived(self, result: tuple[int, dict[str, int]]) -> None:
        if not shiboken6.isValid(self):
            return  # the page was rebuilt (language change) while counting
        self._totals_running = False
        self._set_totals(*result)
        if result[0] != self._generation and self._totals is None:
            self._request_totals()

    def _totals_failed(self, exc: BaseException, trace: str) -> None:
        log.warning("counting activities failed: %s\n%s", exc, trace)
        if shiboken6.isValid(self):
            self._totals_running = False

    # --- rows -----------------------------------------------------------------------------------

    def activity_id(self, row: int) -> str:
        return self._rows[row].id

    def row_of(self, activity_id: str) -> int | None:
        """The row of a fetched activity, or None."""
        for i, r in enumerate(self._rows):
            if r.id == activity_id:
                return i
        return None

    def title_of(self, row: int) -> str:
        return self._rows[row].title

    # --- QAbstractTableModel --------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index) -> None:
        if parent.isValid() or self._exhausted:
            return
        more = self._fetch(len(self._rows))
        self._exhausted = len(more) < self.page_size
        if more:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
            self._rows.extend(more)
            self.endInsertRows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row, column = self._rows[index.row()], Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.DecorationRole and column == Column.FILES and row.files:
            return self._paperclip()
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None

    @staticmethod
    def _display(row: _Row, column: Column) -> str:
        values = {
            Column.DATE: row.date, Column.TITLE: row.title, Column.CHANNEL: row.channel,
            Column.CONTENT_GROUP: row.group_code, Column.CAMPAIGN: row.campaign,
            # The column is headed "CĐCS": repeating it before every name only hides the name.
            Column.UNIT: row.unit.removeprefix("CĐCS "),
        }
        if column in values:
            return values[column]
        if column == Column.PARTICIPANTS:
            return fmt.number(row.participants)
        if column == Column.REACH:
            return fmt.number(row.reach)
        return fmt.number(row.files) if row.files else ""

    def _tooltip(self, row: _Row, column: Column) -> str | None:
        if column == Column.TITLE:
            lines = [row.title] + ([row.outlet] if row.outlet else [])
            if row.deleted_at:
                lines.append(self.tr("Moved to the trash on {date}").format(date=fmt.date(row.deleted_at)))
            return "\n".join(lines)
        if column == Column.CONTENT_GROUP and row.group_code:
            return f"{row.group_code} {row.group_name}"
        if column in (Column.CHANNEL, Column.CAMPAIGN, Column.UNIT):
            return {Column.CHANNEL: row.channel, Column.CAMPAIGN: row.campaign}.get(column, row.unit) or None
        if column == Column.FILES and row.files:
            return self.tr("{count} attached files").format(count=row.files)
        return None

    def _paperclip(self) -> QIcon:
        if self._icon is None:
            self._icon = paperclip_icon()
        return self._icon

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        column = Column(section)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers()[column]
        if role == Qt.ItemDataRole.DecorationRole and column == Column.FILES:
            return self._paperclip()
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._header_tips().get(column, self._headers()[column])
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _headers(self) -> dict[Column, str]:
        return {
            Column.DATE: self.tr("Date"), Column.TITLE: self.tr("Title"), Column.CHANNEL: self.tr("Channel"),
            Column.CONTENT_GROUP: self.tr("Content group"), Column.CAMPAIGN: self.tr("Campaign"),
            Column.UNIT: self.tr("Grassroots union"), Column.PARTICIPANTS: self.tr("Participants"),
            Column.REACH: self.tr("Reach"), Column.FILES: "",
        }

    def _header_tips(self) -> dict[Column, str]:
        return {
            Column.FILES: self.tr("Attached files (photos, scans)"),
            Column.REACH: self.tr("Reach: views, readers or people reached"),
            Column.PARTICIPANTS: self.tr("Number of people taking part"),
        }
