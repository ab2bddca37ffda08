"""An editable list of grassroots unions (CĐCS), shared by the set-up wizard and the Settings page.

Rows are typed in or imported from a CSV/XLSX file; every row is checked with the
domain rules as it changes, the wrong cells are tinted, and each problem is listed
under the table with its row number. Empty rows are ignored.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cdtt_desktop import formatting as fmt
from cdtt_desktop.domain.messages import Problem
from cdtt_desktop.domain.text import clean, fold
from cdtt_desktop.domain.units import UnitDraft, UnitKind, validate_unit
from cdtt_desktop.domain.values import parse_count
from cdtt_desktop.services.grassroots_io import read_grassroots_file
from cdtt_desktop.ui.unit_form import ERROR_STYLE, render_problem

COLUMNS = ("name", "abbreviation", "member_count", "address")
BAD_CELL = QBrush(QColor("#fde2e2"))
RowProblems = list[tuple[int, Problem]]
# Called with (unit id or None, name) of the rows to remove; False keeps them.
ConfirmRemove = Callable[[list[tuple[str | None, str]]], bool]


def count_text(text: str) -> str:
    """Member counts are shown with the interface's separators; the rules read Vietnamese ones."""
    return text.replace(",", "") if "," in fmt.number(1000) else text


class GrassrootsTable(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, confirm_remove: ConfirmRemove | None = None):
        super().__init__(parent)
        self.confirm_remove = confirm_remove
        self._snapshot: dict[str, tuple[str, ...]] = {}
        self._import_problems: list[str] = []  # lines from the last import, shown until the next one
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([self.tr("Name *"), self.tr("Abbreviation"), self.tr("Members"),
                                              self.tr("Address")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # names are long; they come first
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(3, 200)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.itemChanged.connect(self._item_changed)
        self.table.itemChanged.connect(self.changed)  # signal to signal: nothing extra runs per edit
        self.add_button = QPushButton(self.tr("Add row"))
        self.add_button.clicked.connect(self.add_row)
        self.remove_button = QPushButton(self.tr("Remove selected"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.import_button = QPushButton(self.tr("Import from CSV/XLSX…"))
        self.import_button.clicked.connect(self.choose_file)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.import_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.import_summary = QLabel()
        self.import_summary.setWordWrap(True)
        self.import_summary.hide()
        self.problem_list = QListWidget()
        self.problem_list.setObjectName("problems")
        self.problem_list.setStyleSheet(ERROR_STYLE)
        self.problem_list.setMaximumHeight(90)
        self.problem_list.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.import_summary)
        layout.addWidget(self.problem_list)

    # --- rows -----------------------------------------------------------------------------------

    def _cells(self, row: int) -> tuple[str, ...]:
        items = (self.table.item(row, column) for column in range(len(COLUMNS)))
        return tuple(clean(item.text()) if item else "" for item in items)

    def row_id(self, row: int) -> str | None:
        item = self.table.item(row, 0)
        value = item.data(Qt.ItemDataRole.UserRole) if item else None
        return str(value) if value else None

    def _set_row(self, row: int, draft: UnitDraft) -> None:
        count = fmt.number(draft.member_count) if draft.member_count is not None else ""
        for column, text in enumerate((draft.name, draft.abbreviation, count, draft.address)):
            item = QTableWidgetItem(text)
            if column == 2:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, column, item)
        if draft.id:
            self.table.item(row, 0).setData(Qt.ItemDataRole.UserRole, draft.id)

    def _append(self, draft: UnitDraft) -> None:
        self.table.insertRow(self.table.rowCount())
        self._set_row(self.table.rowCount() - 1, draft)

    def set_units(self, rows: list[dict[str, object]]) -> None:
        """Load stored units (with their ids); the table counts as unmodified afterwards."""
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for unit in rows:
            count = unit.get("member_count")
            self._append(UnitDraft(name=str(unit["name"]), kind=UnitKind.GRASSROOTS,
                                   abbreviation=str(unit.get("abbreviation") or ""),
                                   address=str(unit.get("address") or ""),
                                   member_count=int(count) if isinstance(count, int) else None,
                                   id=str(unit["id"])))
        self.table.blockSignals(False)
        self.mark_saved()
        self.validate()

    def add_drafts(self, drafts: list[UnitDraft]) -> tuple[int, int]:
        """Add rows, or fill the row of the same name (accents and case aside); (added, updated)."""
        by_name = {fold(self._cells(r)[0]): r for r in range(self.table.rowCount()) if self._cells(r)[0]}
        added = updated = 0
        self.table.blockSignals(True)
        for draft in drafts:
            row = by_name.get(fold(draft.name))
            if row is None:
                self._append(draft)
                by_name[fold(draft.name)] = self.table.rowCount() - 1
                added += 1
            else:
                draft.id = self.row_id(row)
                self._set_row(row, draft)
                updated += 1
        self.table.blockSignals(False)
        self._after_edit()
        return added, updated

    def add_row(self) -> None:
        self.table.insertRow(self.table.rowCount())
        row = self.table.rowCount() - 1
        self.table.setCurrentCell(row, 0)
        self.table.editItem(self.table.item(row, 0) or self._empty_item(row))

    def _empty_item(self, row: int) -> QTableWidgetItem:
        item = QTableWidgetItem("")
        self.table.setItem(row, 0, item)
        return item

    def remove_selected(self) -> None:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()}, reverse=True)
        if not rows:
            return
        chosen = [(self.row_id(r), self._cells(r)[0]) for r in rows]
        if self.confirm_remove is not None and not self.confirm_remove(chosen):
            return
        for row in rows:
            self.table.removeRow(row)
        self._after_edit()

    def forget(self, unit_ids: list[str]) -> None:
        """Stored rows that were removed from the database no longer count as changes."""
        for unit_id in unit_ids:
            self._snapshot.pop(unit_id, None)

    # --- reading and checking -------------------------------------------------------------------

    def _row_draft(self, row: int) -> tuple[UnitDraft | None, list[Problem]]:
        name, abbreviation, count, address = self._cells(row)
        if not any((name, abbreviation, count, address)):
            return None, []
        members, problem = parse_count(count_text(count), "member_count")
        draft = UnitDraft(name=name, kind=UnitKind.GRASSROOTS, abbreviation=abbreviation.upper(),
                          address=address, member_count=members, id=self.row_id(row))
        return draft, ([problem] if problem else []) + validate_unit(draft)

    def drafts(self) -> tuple[list[UnitDraft], RowProblems]:
        """The filled rows as drafts, and every problem with its row index."""
        drafts, problems = [], []
        for row in range(self.table.rowCount()):
            draft, found = self._row_draft(row)
            if draft is not None:
                drafts.append(draft)
            problems += [(row, p) for p in found]
        return drafts, problems

    def changed_drafts(self) -> list[UnitDraft]:
        """The rows that are new or differ from what was loaded or last saved."""
        found = []
        for row in range(self.table.rowCount()):
            draft, _ = self._row_draft(row)
            unit_id = self.row_id(row)
            if draft is not None and (unit_id is None or self._snapshot.get(unit_id) != self._cells(row)):
                found.append(draft)
        return found

    def validate(self) -> bool:
        """Tint wrong cells and list the problems; True when every row is right."""
        _, problems = self.drafts()
        bad = {(row, COLUMNS.index(p.field)): render_problem(p) for row, p in problems if p.field in COLUMNS}
        self.table.blockSignals(True)
        for row in range(self.table.rowCount()):
            for column in range(len(COLUMNS)):
                item = self.table.item(row, column)
                if item is None:
                    continue
                message = bad.get((row, column))
                brush, tip = (BAD_CELL, message) if message else (QBrush(), item.text())
                if item.background() != brush:  # touch only what changes: this runs on every edit
                    item.setBackground(brush)
                if item.toolTip() != tip:  # the full text of a cut-off cell, or what is wrong
                    item.setToolTip(tip)
        self.table.blockSignals(False)
        names = [self.tr("Name"), self.tr("Abbreviation"), self.tr("Members"), self.tr("Address")]
        lines = [self.tr("Row {row}, {column}: {message}").format(
            row=row + 1, column=names[COLUMNS.index(p.field)] if p.field in COLUMNS else p.field,
            message=render_problem(p)) for row, p in problems]
        self._show_problems(lines + self._import_problems)
        return not problems

    def is_valid(self) -> bool:
        return not self.drafts()[1]

    def is_modified(self) -> bool:
        current: dict[str, tuple[str, ...]] = {}
        for row in range(self.table.rowCount()):
            cells, unit_id = self._cells(row), self.row_id(row)
            if unit_id is None and any(cells):
                return True
            if unit_id is not None:
                current[unit_id] = cells
        return current != self._snapshot

    def mark_saved(self) -> None:
        rows = range(self.table.rowCount())
        self._snapshot = {uid: self._cells(r) for r in rows if (uid := self.row_id(r))}

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() == 1 and item.text() != item.text().upper():
            self.table.blockSignals(True)
            item.setText(item.text().upper())
            self.table.blockSignals(False)
        self.validate()

    def _after_edit(self) -> None:
        self.validate()
        self.changed.emit()

    def _show_problems(self, lines: list[str]) -> None:
        if [self.problem_list.item(i).text() for i in range(self.problem_list.count())] == lines:
            return
        self.problem_list.clear()
        self.problem_list.addItems(lines)
        self.problem_list.setVisible(bool(lines))

    # --- import ---------------------------------------------------------------------------------

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import grassroots unions"), "",
                                              self.tr("Lists (*.csv *.xlsx)"))
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> bool:
        """Read a CSV/XLSX list into the table; the rows the file gets wrong are listed, not added."""
        try:
            read = read_grassroots_file(path)
        except OSError as exc:
            read = None
            self._import_problems = [self.tr("The file cannot be read: {reason}").format(
                reason=exc.strerror or str(exc))]
        if read is not None:
            self._import_problems = [p.render(QCoreApplication.translate) for p in read.problems]
            added, updated = self.add_drafts(list(read.drafts))
            bad_rows = len({p.row for p in read.problems if p.row > 0})
            summary = self.tr("{file}: {added} added, {updated} updated.").format(
                file=path.name, added=added, updated=updated)
            if bad_rows:
                summary += " " + self.tr("{count} row(s) of the file were not taken; see below.").format(
                    count=bad_rows)
            self.import_summary.setText(summary)
        self.import_summary.setVisible(read is not None and not any(p.row == 0 for p in read.problems))
        self.validate()
        return read is not None and not read.problems
