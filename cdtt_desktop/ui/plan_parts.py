"""The parts of one year's plan as tabs of tables: campaigns, targets, channels and content groups.

Each table has add, edit and delete. Editing opens `PlanPartDialog` with the
field specs built here; a part that activities or targets still use is not
deleted, and the reason shows under the tables.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cdtt_desktop import formatting as fmt
from cdtt_desktop.domain.plan_rules import channel_code_from_name
from cdtt_desktop.services import plan_admin
from cdtt_desktop.services.workspace import Workspace
from cdtt_desktop.ui.plan_dialogs import FieldSpec, PlanPartDialog, error_label, period_labels, render_problem

TABLES = ("campaigns", "targets", "channels", "content_groups")
TARGET_GROUP_COLUMN = 4
Row = dict[str, Any]
Column = tuple[str, Callable[[Row], str]]
_SAVERS = {"campaigns": plan_admin.save_campaign, "targets": plan_admin.save_target,
           "channels": plan_admin.save_channel, "content_groups": plan_admin.save_content_group}


class PlanPartsTabs(QWidget):
    """Tables of the shown plan's parts; `changed` is emitted after every saved change."""

    changed = Signal()

    def __init__(self, ws: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.ws = ws
        self.summary: plan_admin.PlanSummary | None = None
        self.part_dialog: PlanPartDialog | None = None
        self.tables: dict[str, QTableWidget] = {}
        self.buttons: dict[str, tuple[QPushButton, QPushButton, QPushButton]] = {}
        self.tabs = QTabWidget()
        for table in TABLES:
            self.tabs.addTab(self._part_tab(table), "")
        self.notice = error_label()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.notice)
        self._retranslate()

    def _part_tab(self, table: str) -> QWidget:
        grid = QTableWidget()
        grid.setObjectName(table)
        grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        grid.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        grid.verticalHeader().hide()
        grid.doubleClicked.connect(lambda _index, t=table: self.edit_part(t))
        add, edit, delete = QPushButton(), QPushButton(), QPushButton()
        add.clicked.connect(lambda _checked=False, t=table: self.add_part(t))
        edit.clicked.connect(lambda _checked=False, t=table: self.edit_part(t))
        delete.clicked.connect(lambda _checked=False, t=table: self.delete_part(t))
        row = QHBoxLayout()
        for button in (add, edit, delete):
            row.addWidget(button)
        row.addStretch(1)
        tab = QWidget()
        column = QVBoxLayout(tab)
        column.addWidget(grid, 1)
        column.addLayout(row)
        self.tables[table], self.buttons[table] = grid, (add, edit, delete)
        return tab

    def _retranslate(self) -> None:
        names = (self.tr("Campaigns"), self.tr("Targets"), self.tr("Channels"), self.tr("Content groups"))
        actions = (self.tr("Add…"), self.tr("Edit…"), self.tr("Delete"))
        for index, table in enumerate(TABLES):
            self.tabs.setTabText(index, names[index])
            for button, text in zip(self.buttons[table], actions, strict=True):
                button.setText(text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self._fill_tables()
        super().changeEvent(event)

    # --- showing --------------------------------------------------------------------------------

    def set_summary(self, summary: plan_admin.PlanSummary | None) -> None:
        self.summary = summary
        self.notice.hide()
        self._fill_tables()

    def rows(self, table: str) -> list[Row]:
        return list(getattr(self.summary, table)) if self.summary else []

    def _columns(self, table: str) -> list[Column]:
        channels = {c["id"]: c["name"] for c in self.rows("channels")}
        groups = {g["id"]: g["code"] for g in self.rows("content_groups")}
        periods = period_labels()
        columns: dict[str, list[Column]] = {
            "campaigns": [(self.tr("Name"), lambda r: r["name"]),
                          (self.tr("From"), lambda r: fmt.date(r["starts_on"])),
                          (self.tr("To"), lambda r: fmt.date(r["ends_on"])),
                          (self.tr("Theme"), lambda r: r["theme"])],
            "targets": [(self.tr("Description"), lambda r: r["description"]),
                        (self.tr("At least"), lambda r: fmt.number(r["quantity"])),
                        (self.tr("Each"), lambda r: periods.get(r["period"], r["period"])),
                        (self.tr("Channel"), lambda r: channels.get(r["channel_id"], "")),
                        (self.tr("Content group"), lambda r: groups.get(r["content_group_id"], "")),
                        (self.tr("Outlet"), lambda r: r["outlet"])],
            "channels": [(self.tr("Name"), lambda r: r["name"]), (self.tr("Code"), lambda r: r["code"]),
                         (self.tr("Examples"), lambda r: r["examples"])],
            "content_groups": [(self.tr("Number"), lambda r: r["code"]),
                               (self.tr("Name"), lambda r: r["name"])],
        }
        return columns[table]

    def _fill_tables(self) -> None:
        for table, grid in self.tables.items():
            columns, rows = self._columns(table), self.rows(table)
            grid.clearContents()
            grid.setColumnCount(len(columns))
            grid.setHorizontalHeaderLabels([c[0] for c in columns])
            grid.setRowCount(len(rows))
            for r, row in enumerate(rows):
                for c, (_, text) in enumerate(columns):
                    item = QTableWidgetItem(text(row))
                    item.setToolTip(item.text())
                    grid.setItem(r, c, item)
            if table == "targets":  # the column shows a group's number; its name is the tooltip
                names = {g["id"]: f'{g["code"]} {g["name"]}' for g in self.rows("content_groups")}
                for r, row in enumerate(rows):
                    grid.item(r, TARGET_GROUP_COLUMN).setToolTip(names.get(row["content_group_id"], ""))
            self._fit_columns(table, grid)

    def _fit_columns(self, table: str, grid: QTableWidget) -> None:
        """Short columns fit their contents; the long texts (names, themes, examples) share the rest."""
        header = grid.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        stretch = {"campaigns": (0, 3), "targets": (0,), "channels": (0, 2), "content_groups": (1,)}[table]
        for column in stretch:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)

    def selected_row(self, table: str) -> Row | None:
        index = self.tables[table].currentRow()
        rows = self.rows(table)
        return rows[index] if 0 <= index < len(rows) else None

    # --- add, edit, delete ----------------------------------------------------------------------

    def _fields(self, table: str) -> list[FieldSpec]:
        none = (self.tr("(none)"), None)
        channels = tuple((c["name"], c["id"]) for c in self.rows("channels"))
        groups = tuple((f'{g["code"]} {g["name"]}', g["id"]) for g in self.rows("content_groups"))
        periods = tuple((label, key) for key, label in period_labels().items())
        fields = {
            "campaigns": [FieldSpec("name", self.tr("Name")), FieldSpec("starts_on", self.tr("From"), "date"),
                          FieldSpec("ends_on", self.tr("To"), "date"), FieldSpec("theme", self.tr("Theme"))],
            "targets": [FieldSpec("description", self.tr("Description")),
                        FieldSpec("quantity", self.tr("At least"), "count"),
                        FieldSpec("period", self.tr("Each"), "choice", periods),
                        FieldSpec("channel_id", self.tr("Channel"), "choice", (none, *channels)),
                        FieldSpec("content_group_id", self.tr("Content group"), "choice", (none, *groups)),
                        FieldSpec("outlet", self.tr("Outlet"))],
            "channels": [FieldSpec("name", self.tr("Name")),
                         FieldSpec("code", self.tr("Code (links the years)")),
                         FieldSpec("examples", self.tr("Examples"))],
            "content_groups": [FieldSpec("code", self.tr("Number, e.g. 1.5")),
                               FieldSpec("name", self.tr("Name"))],
        }
        return fields[table]

    def _titles(self) -> dict[str, str]:
        return {"campaigns": self.tr("Campaign"), "targets": self.tr("Target"),
                "channels": self.tr("Channel"), "content_groups": self.tr("Content group")}

    def _new_values(self, table: str) -> Row:
        assert self.summary is not None
        today = dt.date.today()
        day = today if today.year == self.summary.year else dt.date(self.summary.year, 1, 1)
        defaults = {"campaigns": {"starts_on": day, "ends_on": day},
                    "targets": {"quantity": 1, "period": "day"}}
        return defaults.get(table, {})

    def add_part(self, table: str) -> None:
        if self.summary is not None:
            self._open_part(table, None, self._new_values(table))

    def edit_part(self, table: str) -> None:
        row = self.selected_row(table)
        if row is None:
            return
        values = dict(row)
        for key in ("starts_on", "ends_on"):
            if key in values:
                values[key] = dt.date.fromisoformat(values[key])
        self._open_part(table, row["id"], values)

    def _open_part(self, table: str, record_id: str | None, values: Row) -> None:
        assert self.summary is not None
        plan_id, saver = self.summary.plan_id, _SAVERS[table]
        dialog = PlanPartDialog(self._titles()[table], self._fields(table), values,
                                lambda v: saver(self.ws, plan_id, v, record_id), self)
        if table == "channels" and record_id is None:
            self._propose_channel_code(dialog)
        dialog.accepted.connect(lambda: self._saved(table, dialog.saved_id))
        self.part_dialog = dialog
        dialog.open()

    @staticmethod
    def _propose_channel_code(dialog: PlanPartDialog) -> None:
        """A new channel's code follows its name until the officer types a code of their own."""
        name, code = dialog.inputs["name"], dialog.inputs["code"]
        assert isinstance(name, QLineEdit) and isinstance(code, QLineEdit)
        def follow(text: str) -> None:
            if not code.isModified():
                code.setText(channel_code_from_name(text))

        name.textEdited.connect(follow)

    def _saved(self, table: str, record_id: str | None) -> None:
        self.changed.emit()  # the editor re-reads the plan and calls set_summary()
        ids = [r["id"] for r in self.rows(table)]
        if record_id in ids:
            self.tables[table].selectRow(ids.index(record_id))

    def delete_part(self, table: str) -> None:
        row = self.selected_row(table)
        if row is None or self.summary is None:
            return
        label = row.get("name") or row.get("description") or row.get("code")
        question = self.tr("Delete “{name}” from the plan of {year}?")
        if not self.ask(question.format(name=label, year=self.summary.year)):
            return
        try:
            plan_admin.delete_part(self.ws, table, row["id"])
        except plan_admin.PartInUseError as exc:
            self.notice.setText(render_problem(exc.problems[0]))
            self.notice.show()
            return
        self.changed.emit()

    def ask(self, question: str) -> bool:
        """Ask before deleting (tests replace this)."""
        answer = QMessageBox.question(self, self.tr("Delete"), question)
        return answer == QMessageBox.StandardButton.Yes
