"""The list of Mái ấm cases: its table model and its view, with the step drawn as a coloured badge.

A unit follows tens of cases a year, not thousands: the whole filtered list is read
at once and sorted in memory when a heading is clicked. The CCCD is only ever shown
masked here (the service masks it).
"""

from __future__ import annotations

from enum import IntEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QHeaderView, QWidget

from cdtt_desktop import formatting as fmt
from cdtt_desktop.domain.housing import CaseStep
from cdtt_desktop.domain.text import sort_key
from cdtt_desktop.ui.housing_labels import STEP_COLOURS, step_name
from cdtt_desktop.ui.story_table_model import STATUS_ROLE, StatusBadgeDelegate, StoryTableView
from cdtt_desktop.ui.summary_list import SummaryListModel

if TYPE_CHECKING:
    from cdtt_desktop.services.housing import CaseSummary

Index = QModelIndex | QPersistentModelIndex
_STEPS = list(CaseStep)


class Column(IntEnum):
    STEP = 0
    BENEFICIARY = 1
    CCCD = 2
    UNIT = 3
    REQUESTED = 4
    APPROVED = 5
    NEXT = 6
    DUE = 7


_MONEY = (Column.REQUESTED, Column.APPROVED)


class CaseTableModel(SummaryListModel["CaseSummary"]):
    COLUMNS = Column

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)

    def _headings(self) -> dict[Column, str]:
        return {Column.STEP: self.tr("Step"), Column.BENEFICIARY: self.tr("Beneficiary"),
                Column.CCCD: self.tr("CCCD"), Column.UNIT: self.tr("Grassroots union"),
                Column.REQUESTED: self.tr("Requested"), Column.APPROVED: self.tr("Approved"),
                Column.NEXT: self.tr("Next step"), Column.DUE: self.tr("Due")}

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        case, column = self._rows[index.row()], Column(index.column())
        if role == STATUS_ROLE:
            return case.step.value
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(case, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _MONEY:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, case: CaseSummary, column: Column) -> str:
        texts = {
            Column.STEP: lambda: step_name(case.step),
            Column.BENEFICIARY: lambda: case.beneficiary or self.tr("(no name yet)"),
            Column.CCCD: lambda: case.cccd_masked,
            Column.UNIT: lambda: case.unit_name,
            Column.REQUESTED: lambda: fmt.money(case.requested) if case.requested else "",
            Column.APPROVED: lambda: fmt.money(case.approved) if case.approved is not None else "",
            Column.NEXT: lambda: step_name(case.next_step) if case.next_step else "",
            Column.DUE: lambda: fmt.date(case.due_on),
        }
        return texts[column]()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        keys = {Column.STEP: lambda s: _STEPS.index(s.step), Column.REQUESTED: lambda s: s.requested,
                Column.APPROVED: lambda s: s.approved or 0, Column.DUE: lambda s: s.due_on or "9999",
                Column.NEXT: lambda s: _STEPS.index(s.next_step) if s.next_step else len(_STEPS)}
        key = keys.get(Column(column), lambda s: sort_key(self._text(s, Column(column))))
        self.layoutAboutToBeChanged.emit()
        self._rows.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)
        self.layoutChanged.emit()


class CaseTableView(StoryTableView):
    """The story list's view (Enter opens, Delete moves to the trash) with the columns of a case."""

    def __init__(self, model: CaseTableModel, parent: QWidget | None = None):
        super().__init__(model, parent)  # type: ignore[arg-type]  # any model of rows with a status
        self.setItemDelegateForColumn(Column.STEP, StatusBadgeDelegate(self, STEP_COLOURS))
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.BENEFICIARY, QHeaderView.ResizeMode.Stretch)
        # The name takes what is left: it is what people read and search by.
        badge = max(self.fontMetrics().horizontalAdvance(step_name(s)) for s in CaseStep) + 30
        widths = {Column.STEP: badge, Column.CCCD: 100, Column.UNIT: 130, Column.REQUESTED: 100,
                  Column.APPROVED: 100, Column.NEXT: 100, Column.DUE: 86}
        for column, width in widths.items():  # never narrower than the (translated) heading
            header.resizeSection(column, max(width, header.sectionSizeHint(column)))
        header.setSortIndicator(Column.DUE, Qt.SortOrder.AscendingOrder)
