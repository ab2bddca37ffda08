"""The figures of a report period at a glance: totals, channels and content groups against their targets,
campaigns, stories and Mái ấm cases, in a read-only tree the officer reads while writing the narrative."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from cdtt_desktop import formatting as fmt
from cdtt_desktop.services.report_figures import PartFigures, ReportFigures

SHORT = QColor("#b00020")  # below the period's target
MET = QColor("#1b5e20")
IN_HAND = ("draft", "ready", "returned")  # stories still with the unit at the end of the period
AWAITING = ("sent", "received")  # stories with the level above


class ReportFiguresTree(QTreeWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setColumnCount(4)
        self.setHeaderLabels([self.tr("Item"), self.tr("Done"), self.tr("Target"), self.tr("Achieved")])
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setUniformRowHeights(True)
        self.setWordWrap(False)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

    def show_figures(self, f: ReportFigures) -> None:
        self.clear()
        self._totals(f)
        self._parts(self.tr("By channel"), f.channels)
        self._parts(self.tr("By content group"), f.groups)
        self._campaigns(f)
        self._stories(f)
        self._housing(f)
        self.expandAll()

    def _section(self, title: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem(self, [title])
        font = QFont(self.font())
        font.setBold(True)
        item.setFont(0, font)
        item.setFirstColumnSpanned(True)
        return item

    def _row(self, parent: QTreeWidgetItem, label: str, done: str = "", target: str = "",
             achieved: int | None = None) -> QTreeWidgetItem:
        shown = f"{fmt.number(achieved)}%" if achieved is not None else ""
        item = QTreeWidgetItem(parent, [label, done, target, shown])
        item.setToolTip(0, label)
        for column in (1, 2, 3):
            item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if achieved is not None:
            item.setForeground(3, QBrush(MET if achieved >= 100 else SHORT))
        return item

    def _totals(self, f: ReportFigures) -> None:
        section = self._section(self.tr("Totals"))
        t = f.totals
        for label, value in ((self.tr("Activities"), t.activities), (self.tr("Participants"), t.participants),
                             (self.tr("Reach"), t.reach), (self.tr("Interactions"), t.interactions)):
            self._row(section, label, fmt.number(value))
        self._row(section, self.tr("Grassroots unions with activities"),
                  f"{fmt.number(f.grassroots_active)}/{fmt.number(len(f.units))}")

    def _parts(self, title: str, parts: tuple[PartFigures, ...]) -> None:
        section = self._section(title)
        if not parts:  # no plan for the year and no activity
            self._row(section, self.tr("No figures"))
        for p in parts:
            name = p.name if p.code else self.tr("Without a content group")
            self._row(section, name, fmt.number(p.counts.activities),
                      fmt.number(p.target) if p.target else "", p.percent)

    def _campaigns(self, f: ReportFigures) -> None:
        section = self._section(self.tr("Campaigns"))
        if not f.campaigns:
            self._row(section, self.tr("No campaign in this period"))
        for c in f.campaigns:
            self._row(section, f"{c.name} ({fmt.date(c.starts_on)} – {fmt.date(c.ends_on)})",
                      fmt.number(c.counts.activities))

    def _stories(self, f: ReportFigures) -> None:
        section = self._section(self.tr("Models and exemplars"))
        status = f.stories.by_status
        for label, value in (
            (self.tr("Introduced upward"), sum(f.stories.sent.values())),
            (self.tr("Approved by the level above"), sum(f.stories.approved.values())),
            (self.tr("Being written at the end of the period"), sum(status.get(s, 0) for s in IN_HAND)),
            (self.tr("Awaiting the level above at the end of the period"), sum(status.get(s, 0) for s in AWAITING)),
        ):
            self._row(section, label, fmt.number(value))

    def _housing(self, f: ReportFigures) -> None:
        section = self._section(self.tr("Union Homes (Mái ấm)"))
        h = f.housing
        for label, value in ((self.tr("New requests"), fmt.number(h.new_cases)),
                             (self.tr("Decided to support"), fmt.number(h.decided)),
                             (self.tr("Amount decided"), fmt.money(h.decided_amount)),
                             (self.tr("Homes handed over"), fmt.number(h.handed_over)),
                             (self.tr("Amount handed over"), fmt.money(h.handed_over_amount))):
            self._row(section, label, value)
