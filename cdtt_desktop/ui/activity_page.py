"""Hoạt động: the activity log, with filters, search as you type, the trash, import and export.

Deleting moves activities to the trash (with an Undo right after); only the trash
offers "delete permanently", confirmed twice. The list is an ActivityTableModel
fetched a page at a time, so it stays quick with a hundred thousand activities.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QHideEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from cdtt_desktop import formatting as fmt
from cdtt_desktop.domain.queries import ActivityFilter
from cdtt_desktop.services.activity_choices import filter_choices
from cdtt_desktop.services.workspace import Workspace
from cdtt_desktop.tasks.runner import TaskRunner
from cdtt_desktop.ui.activity_dialog import ActivityDialog
from cdtt_desktop.ui.activity_filter_bar import ActivityFilterBar
from cdtt_desktop.ui.activity_table_model import ActivityTableModel
from cdtt_desktop.ui.activity_table_view import ActivityTableView
from cdtt_desktop.ui.activity_transfer import ActivityTransfer
from cdtt_desktop.ui.activity_trash import ActivityTrash
from cdtt_desktop.ui.notice_bar import NoticeBar
from cdtt_desktop.ui.page import Page


class ActivityPage(Page):
    exported = Signal(int)  # rows written by the last export

    def __init__(self, ws: Workspace, runner: TaskRunner, parent: QWidget | None = None, *,
                 today: Callable[[], dt.date] = dt.date.today):
        super().__init__(parent)
        self.ws, self.runner, self._today = ws, runner, today
        self.in_trash = False
        self.dialog: ActivityDialog | None = None
        self.model = ActivityTableModel(ws, self, runner=runner)
        self.filter_bar = ActivityFilterBar(today, self)
        self.search_edit = self.filter_bar.search_edit
        self.notice = NoticeBar()
        self.transfer = ActivityTransfer(ws, runner, self, self.notice, today)
        self.trash = ActivityTrash(ws, self)
        self.heading = QLabel()
        self.table = ActivityTableView(self.model)
        self.empty_label = QLabel()
        self._make_buttons()
        self._lay_out()
        self._connect()
        self._show_mode()
        self.refresh()

    # --- construction ---------------------------------------------------------------------------

    def _button(self, text: str, tip: str = "") -> QPushButton:
        button = QPushButton(text)
        button.setToolTip(tip)
        return button

    def _make_buttons(self) -> None:
        self.add_button = self._button(self.tr("Add"), self.tr("Log a new activity (Ctrl+N)"))
        self.edit_button = self._button(self.tr("Edit"), self.tr("Edit the selected activity (Enter)"))
        self.delete_button = self._button(self.tr("Delete"),
                                          self.tr("Move the selected activities to the trash (Delete)"))
        self.import_button = self._button(self.tr("Import…"),
                                          self.tr("Import activities from an Excel (.xlsx) or CSV file"))
        self.export_button = self._button(self.tr("Export…"),
                                          self.tr("Save the activities shown (filtered) as .xlsx or .csv"))
        self.trash_button = self._button("", self.tr("Show deleted activities, to restore them"))
        self.trash_button.setCheckable(True)
        self.restore_button = self._button(self.tr("Restore"))
        self.purge_button = self._button(self.tr("Delete permanently"))
        self.empty_add_button = self._button(self.tr("Log the first activity"))
        self.empty_import_button = self._button(self.tr("Import from a file…"))
        self.empty_clear_button = self._button(self.tr("Clear filters"))

    def _lay_out(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(self.heading)
        bar.addStretch(1)
        for button in (self.add_button, self.edit_button, self.delete_button, self.restore_button,
                       self.purge_button):
            bar.addWidget(button)
        bar.addSpacing(16)
        for button in (self.import_button, self.export_button, self.trash_button):
            bar.addWidget(button)
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.empty_add_button, self.empty_import_button, self.empty_clear_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        empty = QWidget()
        empty_layout = QVBoxLayout(empty)
        empty_layout.addStretch(1)
        empty_layout.addWidget(self.empty_label)
        empty_layout.addLayout(buttons)
        empty_layout.addStretch(2)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(empty)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.notice)
        layout.addWidget(self.stack, 1)

    def _connect(self) -> None:
        self.filter_bar.changed.connect(self._apply_filter)
        self.search_edit.leave_down.connect(self._focus_table)
        self.model.modelReset.connect(self._after_reload)
        self.model.totals_changed.connect(self.status_changed)
        self.table.edit_requested.connect(self.edit_selected)
        self.table.delete_requested.connect(self.delete_selected)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        for button, slot in (
            (self.add_button, self.new_item), (self.edit_button, self.edit_selected),
            (self.delete_button, self.delete_selected), (self.restore_button, self.restore_selected),
            (self.purge_button, self.purge_selected), (self.import_button, self.transfer.choose_import),
            (self.export_button, self.export_list), (self.empty_add_button, self.new_item),
            (self.empty_import_button, self.transfer.choose_import),
            (self.empty_clear_button, self.filter_bar.clear),
        ):
            button.clicked.connect(slot)
        self.trash_button.toggled.connect(self.set_trash)
        self.transfer.imported.connect(lambda _count: self.refresh())
        self.transfer.exported.connect(self.exported)
        self.transfer.exported.connect(lambda _count: self._update_buttons())
        self.transfer.export_failed.connect(lambda _reason: self._update_buttons())
        undo = QShortcut(QKeySequence(QKeySequence.StandardKey.Undo), self, self._undo_shortcut)
        undo.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self._actions: dict[str, QAction] = {}
        for key, text, slot in (("edit", self.tr("Edit"), self.edit_selected),
                                ("delete", self.tr("Move to the trash"), self.delete_selected),
                                ("restore", self.tr("Restore"), self.restore_selected),
                                ("purge", self.tr("Delete permanently"), self.purge_selected)):
            self._actions[key] = action = QAction(text, self.table)
            action.triggered.connect(slot)
            self.table.addAction(action)

    def hideEvent(self, event: QHideEvent) -> None:
        self.model.stop_counting()  # nobody sees the count while the page is hidden
        super().hideEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.model.resume_counting()

    # --- Page -----------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the filter choices and the list, keeping the selection (F5, and on show)."""
        keep = self.selected_ids()
        self.filter_bar.set_choices(filter_choices(self.ws))
        flt = self._current_filter()
        if flt != self.model.filter():
            self.model.set_filter(flt)
        else:
            self.model.reload()
        self.table.select_ids(keep)

    def new_item(self) -> bool:
        self.set_trash(False)
        self._open_dialog(None)
        return True

    def focus_search(self) -> bool:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()
        return True

    def delete_selected(self) -> bool:
        """Delete key: to the trash after a question, with Undo; in the trash, delete permanently."""
        if self.in_trash:
            return self.purge_selected()
        rows = self.table.selected_rows()
        done = self.trash.move_in(self.selected_ids(), self.model.title_of(rows[0]) if rows else "")
        if not done:
            return False
        self.model.reload()
        self.notice.show_message(self.tr("Moved {count} activities to the trash.").format(count=fmt.number(
            len(done))), action_text=self.tr("Undo"), action=lambda: self._undo_delete(done))
        return True

    def status_text(self) -> str:
        totals = self.model.totals()
        if totals is None:
            return self.tr("Counting…")
        if self.in_trash:
            return self.tr("In the trash: {count}").format(count=fmt.number(totals["count"]))
        return self.tr("Activities: {count} · participants: {people}").format(
            count=fmt.number(totals["count"]), people=fmt.number(totals["participants"]))

    # --- filtering and selection ----------------------------------------------------------------

    def apply_search_now(self) -> None:
        """Run the search typed so far without waiting for the pause in typing."""
        self.filter_bar.apply_search_now()

    def _current_filter(self) -> ActivityFilter:
        return self.filter_bar.current_filter(in_trash=self.in_trash)

    def _apply_filter(self) -> None:
        self.model.set_filter(self._current_filter())

    def selected_ids(self) -> list[str]:
        return [self.model.activity_id(row) for row in self.table.selected_rows()]

    def _focus_table(self) -> None:
        self.table.setFocus()
        if self.model.rowCount() and not self.table.selectionModel().hasSelection():
            self.table.selectRow(0)

    def _after_reload(self) -> None:
        empty = self.model.rowCount() == 0
        self.stack.setCurrentIndex(1 if empty else 0)
        filtered = self.filter_bar.is_filtered()
        if self.in_trash:
            text = self.tr("Nothing in the trash matches.") if filtered else self.tr("The trash is empty.")
        elif filtered:
            text = self.tr("No activity matches the search and filters.")
        else:
            text = self.tr("No activities logged yet.\n\nLog what your unit does: news sent to the union "
                           "press, posts on the unit's page, meetings and contests at grassroots unions.")
        self.empty_label.setText(text)
        self.empty_add_button.setVisible(not self.in_trash and not filtered)
        self.empty_import_button.setVisible(not self.in_trash and not filtered)
        self.empty_clear_button.setVisible(filtered)
        self._update_buttons()
        self.status_changed.emit()

    # --- modes and buttons ----------------------------------------------------------------------

    def set_trash(self, on: bool) -> None:
        """Show the trash (deleted activities) or the live log."""
        if on == self.in_trash:
            return
        self.in_trash = on
        self.notice.dismiss()
        self.trash_button.blockSignals(True)
        self.trash_button.setChecked(on)
        self.trash_button.blockSignals(False)
        self._show_mode()
        self._apply_filter()

    def _show_mode(self) -> None:
        heading = self.tr("Trash: deleted activities") if self.in_trash else self.tr("Activities")
        self.heading.setText(f"<h2>{heading}</h2>")
        self.trash_button.setText(self.tr("Back to the list") if self.in_trash else self.tr("Trash"))
        for widget in (self.add_button, self.edit_button, self.delete_button, self.import_button,
                       self.export_button):
            widget.setVisible(not self.in_trash)
        for widget in (self.restore_button, self.purge_button):
            widget.setVisible(self.in_trash)
        self._update_buttons()

    def _update_buttons(self) -> None:
        count = len(self.table.selected_rows())
        self.edit_button.setEnabled(count == 1)
        for widget in (self.delete_button, self.restore_button, self.purge_button):
            widget.setEnabled(count > 0)
        self.export_button.setEnabled(self.model.rowCount() > 0 and not self.transfer.busy)
        for key, action in self._actions.items():
            action.setVisible((key in ("edit", "delete")) != self.in_trash)
            action.setEnabled(count == 1 if key == "edit" else count > 0)

    # --- the trash ------------------------------------------------------------------------------

    def restore_selected(self) -> bool:
        done = self.trash.restore(self.selected_ids()) if self.in_trash else []
        if not done:
            return False
        self.model.reload()
        self.notice.show_message(self.tr("Restored {count} activities.").format(count=fmt.number(len(done))),
                                 action_text=self.tr("Show them"), action=lambda: self._show_restored(done))
        return True

    def purge_selected(self) -> bool:
        done = self.trash.purge(self.selected_ids()) if self.in_trash else []
        if not done:
            return False
        self.model.reload()
        self.notice.show_message(self.tr("Deleted {count} activities permanently.").format(
            count=fmt.number(len(done))))
        return True

    def _undo_delete(self, ids: list[str]) -> None:
        self.trash.restore(ids)
        self.model.reload()
        self.table.select_ids(ids)

    def _show_restored(self, ids: list[str]) -> None:
        self.set_trash(False)
        self.table.select_ids(ids)

    def _undo_shortcut(self) -> None:
        if self.notice.has_action():
            self.notice.trigger()

    # --- add, edit, export ----------------------------------------------------------------------

    def edit_selected(self) -> bool:
        index = self.table.currentIndex()
        if self.in_trash or not index.isValid():
            return False
        self._open_dialog(self.model.activity_id(index.row()))
        return True

    def _open_dialog(self, activity_id: str | None) -> None:
        dialog = ActivityDialog(self.ws, self, activity_id, today=self._today)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._saved)
        self.dialog = dialog
        dialog.open()

    def _saved(self, activity_id: str) -> None:
        self.refresh()
        self.table.select_ids([activity_id])

    def export_list(self) -> None:
        self.transfer.choose_export(self.model.filter(), self.model.ordering())

    def export_to(self, path: Path) -> None:
        """Write the list as shown (filters and order) to `path` in the background; `exported` follows."""
        self.export_button.setEnabled(False)
        self.transfer.export_to(path, self.model.filter(), self.model.ordering())
