"""Gửi lên cấp trên: what the unit sends upward, the state of each item, and the upper level's answers.

The officer selects items (or takes every one not sent yet) and saves them as one signed bundle, which
travels by USB stick, e-mail or Zalo; the upper level's receipt is imported here and shows, on each item,
whether it was received, approved or returned, with the comment of a return in plain view.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from cdtt_desktop import formatting as fmt
from cdtt_desktop.services.units import own_unit
from cdtt_desktop.services.workspace import Workspace
from cdtt_desktop.tasks.runner import Progress, TaskRunner
from cdtt_desktop.ui.bundle_transfer import BundleTransfer, Cancelled, bundle_name
from cdtt_desktop.ui.exchange_labels import STATES, local_date, state_name
from cdtt_desktop.ui.outbox_model import Column, OutboxTableModel, OutboxTableView, item_key
from cdtt_desktop.ui.page import Page

SENDABLE = ("waiting", "sent")
RETURN_STYLE = ("QFrame#return-notice { background: #fff1e0; border: 2px solid #e08a1e; border-radius: 4px; }"
                "QFrame#return-notice QLabel { border: none; color: #5c2d00; }")


class OutboxPage(Page):
    def __init__(self, ws: Workspace, runner: TaskRunner, parent: QWidget | None = None,
                 *, today: dt.date | None = None):
        super().__init__(parent)
        self.ws, self.runner, self._today = ws, runner, today
        self.transfer = BundleTransfer(ws, runner, self)
        self.model = OutboxTableModel(self)
        self.table = OutboxTableView(self.model)
        self.heading = QLabel(self.tr("Send upward"))
        self.heading.setProperty("role", "heading")
        self._make_controls()
        self._lay_out()
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.state_combo.currentIndexChanged.connect(self._filter_changed)
        self.transfer.exported.connect(lambda _result: self.refresh())
        self.transfer.imported.connect(lambda _result: self.refresh())
        self.refresh()

    # --- construction ---------------------------------------------------------------------------

    def _make_controls(self) -> None:
        def button(text: str, tip: str, slot: Callable[[], object]) -> QPushButton:
            made = QPushButton(text)
            made.setToolTip(tip)
            made.clicked.connect(slot)
            return made

        self.export_button = button(self.tr("Export bundle…"),
                                    self.tr("Save the selected items as one signed bundle file"),
                                    self.export_selected)
        self.export_all_button = button(self.tr("Export all waiting…"),
                                        self.tr("Save every item not sent yet as one signed bundle file"),
                                        self.export_waiting)
        self.import_button = button(self.tr("Import receipt…"),
                                    self.tr("Open the answer file sent back by the upper level"),
                                    self.import_receipt)
        self.state_combo = QComboBox()
        self.state_combo.addItem(self.tr("All states"), None)
        for state in STATES:
            self.state_combo.addItem(state_name(state), state)
        self.count_label = QLabel()
        self.return_frame = QFrame()
        self.return_frame.setObjectName("return-notice")
        self.return_frame.setStyleSheet(RETURN_STYLE)
        self.return_heading = QLabel()
        self.return_heading.setWordWrap(True)
        self.return_comment = QLabel()
        self.return_comment.setObjectName("return-comment")
        self.return_comment.setWordWrap(True)
        self.return_comment.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.return_comment.font()
        font.setPointSizeF(font.pointSizeF() + 1.5)
        self.return_comment.setFont(font)
        column = QVBoxLayout(self.return_frame)
        column.addWidget(self.return_heading)
        column.addWidget(self.return_comment)
        self.return_frame.hide()
        self.empty_label = QLabel(self.tr(
            "Nothing to send yet. Issue a report in Reports, or finish a story in Models & exemplars: "
            "it appears here, ready to be sent upward."))
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

    def _lay_out(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(self.heading)
        bar.addStretch(1)
        for widget in (self.export_button, self.export_all_button):
            bar.addWidget(widget)
        bar.addSpacing(16)
        bar.addWidget(self.import_button)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Show:")))
        filters.addWidget(self.state_combo)
        filters.addStretch(1)
        filters.addWidget(self.count_label)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty_label)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(filters)
        layout.addWidget(self.return_frame)
        layout.addWidget(self.stack, 1)

    # --- Page -----------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the outbox again (on show, F5, after an export or a receipt), keeping the selection."""
        from cdtt_desktop.services.outbox import list_outbox

        keep = [item_key(i) for i in self.table.selected_items()]
        self.model.set_items(list_outbox(self.ws))
        self.show_sync_states()
        header = self.table.horizontalHeader()
        self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self.select_keys(keep)
        self.stack.setCurrentWidget(self.table if self.model.all_items() else self.empty_label)
        self._selection_changed()
        self.status_changed.emit()

    def show_sync_states(self) -> None:
        """The sync server column, read again after each sync; hidden while no server is set."""
        hub = bool(str(self.ws.settings["hub_url"]).strip())
        self.table.setColumnHidden(Column.SYNC, not hub)
        if hub:
            from cdtt_desktop.services.sync import item_states

            self.model.set_sync_states(item_states(self.ws))

    def status_text(self) -> str:
        counts = self.model.counts()
        return self.tr("{count} items · {waiting} not sent · {returned} returned").format(
            count=fmt.number(len(self.model.all_items())), waiting=fmt.number(counts["waiting"]),
            returned=fmt.number(counts["returned"]))

    # --- selection and filter -------------------------------------------------------------------

    def select_keys(self, keys: list[tuple[str, int]]) -> None:
        selection = self.table.selectionModel()
        selection.clearSelection()
        for key in keys:
            row = self.model.row_of(key)
            if row is not None:
                selection.select(self.model.index(row, 0), selection.SelectionFlag.Select
                                 | selection.SelectionFlag.Rows)

    def _filter_changed(self) -> None:
        keep = [item_key(i) for i in self.table.selected_items()]
        self.model.set_state(self.state_combo.currentData())
        self.select_keys(keep)
        self._selection_changed()

    def _selection_changed(self) -> None:
        chosen = self.table.selected_items()
        # A decided item cannot leave again; a sent one can (the USB stick may have been lost).
        self.export_button.setEnabled(any(i.state in SENDABLE for i in chosen))
        self.export_all_button.setEnabled(self.model.counts()["waiting"] > 0)
        current = self.table.currentIndex()
        focus = self.model.item(current.row()) if current.isValid() and chosen else None
        returned = [i for i in chosen if i.state == "returned"]
        shown = focus if focus is not None and focus.state == "returned" else (returned[0] if returned else None)
        self.return_frame.setVisible(shown is not None)
        if shown is not None:
            self.return_heading.setText("<b>{}</b>".format(self.tr(
                "Returned for completion on {date}: {title}").format(
                    date=local_date(shown.decided_at), title=shown.title)))
            self.return_comment.setText(shown.comment or "—")

    # --- export and import ----------------------------------------------------------------------

    def today(self) -> dt.date:
        return self._today or dt.date.today()

    def default_name(self) -> str:
        unit = own_unit(self.ws)
        return bundle_name("goi", (unit or {}).get("abbreviation") or "", self.today())

    def export_selected(self) -> None:
        ids = list(dict.fromkeys(i.id for i in self.table.selected_items() if i.state in SENDABLE))
        if ids:
            self._ask_and_export(ids)

    def export_waiting(self) -> None:
        self._ask_and_export(None)

    def _ask_and_export(self, ids: list[str] | None) -> None:
        target = self.transfer.ask_save_path(self.tr("Export bundle"), self.default_name())
        if target is not None:
            self.export_to(target, ids)

    def export_to(self, target: Path, ids: list[str] | None) -> bool:
        """Write the bundle of `ids` (None: every item not sent yet) to `target` in the background."""
        from cdtt_desktop.services.outbox import ExportResult, export_submission

        def work(ws: Workspace, path: Path, progress: Progress, cancelled: Cancelled) -> ExportResult:
            return export_submission(ws, path, ids, progress=progress, cancelled=cancelled)

        return self.transfer.export(work, target, label=self.tr("Writing the bundle…"))

    def import_receipt(self) -> None:
        path = self.transfer.ask_open_path(self.tr("Import the upper level's receipt"))
        if path is not None:
            self.transfer.import_file(path)
