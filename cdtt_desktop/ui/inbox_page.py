"""Tiếp nhận: what lower-level units submitted, grouped by unit and period, the decisions on it, and the
receipts that carry those decisions back.

Shown in the navigation when this office has the receiving role (Settings, or the first bundle imported).
An item opens read-only with its PDF and photos; a receipt is written per sending unit with every
decision not yet sent to it.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from cdtt_desktop import formatting as fmt
from cdtt_desktop.services.workspace import Workspace
from cdtt_desktop.tasks.runner import Progress, TaskRunner
from cdtt_desktop.ui.bundle_transfer import BundleTransfer, Cancelled, bundle_name
from cdtt_desktop.ui.consolidated_dialog import ConsolidatedDialog
from cdtt_desktop.ui.document_flow import DocumentFlow
from cdtt_desktop.ui.inbox_item_view import InboxItemView
from cdtt_desktop.ui.inbox_model import InboxTreeModel, InboxTreeView, item_key
from cdtt_desktop.ui.page import Page

if TYPE_CHECKING:
    from cdtt_desktop.services.inbox import ExportResult, InboxItem


class _Tree(InboxTreeView):
    """Enter opens the item, as a double click does."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            self.doubleClicked.emit(self.currentIndex())
        else:
            super().keyPressEvent(event)


class InboxPage(Page):
    def __init__(self, ws: Workspace, runner: TaskRunner, parent: QWidget | None = None,
                 *, today: dt.date | None = None):
        super().__init__(parent)
        self.ws, self.runner, self._today = ws, runner, today
        self.transfer = BundleTransfer(ws, runner, self)
        self.item_view: InboxItemView | None = None
        self.model = InboxTreeModel(self)
        self.tree = _Tree(self.model)
        self.heading = QLabel(self.tr("Incoming"))
        self.heading.setProperty("role", "heading")
        self.import_button = QPushButton(self.tr("Import bundle…"))
        self.import_button.setToolTip(self.tr("Open a bundle file sent by a lower-level unit"))
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.setToolTip(self.tr("Open the selected item (Enter)"))
        self.consolidated_button = QPushButton(self.tr("Consolidated report…"))
        self.consolidated_button.setToolTip(self.tr("Add up the periodic reports of your units for a period"))
        self.consolidated_button.clicked.connect(self.consolidated_report)
        self.flow: DocumentFlow | None = None
        self.receipt_button = QPushButton(self.tr("Export receipt…"))
        self.receipt_button.setToolTip(self.tr("Save your decisions for the selected unit as a file to send back"))
        self.receipt_label = QLabel()
        self.receipt_label.setWordWrap(True)
        self.key_notice = QLabel()
        self.key_notice.setObjectName("key-notice")
        self.key_notice.setWordWrap(True)
        self.key_notice.setStyleSheet("QLabel#key-notice { background: #fdecea; color: #8e0000; "
                                      "border: 2px solid #c62828; border-radius: 4px; padding: 6px; }")
        self.key_notice.hide()
        self.empty_label = QLabel(self.tr(
            "Nothing received yet. Import the bundle file a lower-level unit sent you (USB stick, e-mail or Zalo): "
            "its items appear here, grouped by unit and period."))
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._lay_out()
        self.import_button.clicked.connect(self.import_bundle)
        self.open_button.clicked.connect(self.open_selected)
        self.receipt_button.clicked.connect(self.export_receipt)
        self.tree.doubleClicked.connect(self._double_clicked)
        self.tree.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.transfer.imported.connect(lambda _result: self._after_transfer())
        self.transfer.exported.connect(lambda _result: self._after_transfer())
        self.transfer.key_refused.connect(self._after_transfer)
        self.refresh()

    def consolidated_report(self) -> ConsolidatedDialog:
        """Ask for the period, then preview the consolidated report (issued from the preview)."""
        if self.flow is None:
            self.flow = DocumentFlow(self.ws, self.runner, self.window(), today=self._today)
        dialog = ConsolidatedDialog(self.flow, self._today or dt.date.today(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _lay_out(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(self.heading)
        bar.addStretch(1)
        bar.addWidget(self.import_button)
        bar.addWidget(self.open_button)
        bar.addWidget(self.consolidated_button)
        receipt = QHBoxLayout()
        receipt.addWidget(self.receipt_label, 1)
        receipt.addWidget(self.receipt_button)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.tree)
        self.stack.addWidget(self.empty_label)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.key_notice)
        layout.addWidget(self.stack, 1)
        layout.addLayout(receipt)

    # --- Page -----------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the inbox again (on show, F5, after an import or a receipt), keeping the selection."""
        from cdtt_desktop.services.inbox import list_inbox

        current = self.tree.currentIndex()
        keep_item, keep_sender = self.model.item_at(current), self.model.sender_at(current)
        self.model.set_items(list_inbox(self.ws))
        self.tree.show_all()
        if keep_item is not None:
            self.select(self.model.index_of(item_key(keep_item)))
        elif keep_sender:
            self.select(self.model.sender_index(keep_sender))
        anything = bool(self.model.rowCount())
        self.stack.setCurrentWidget(self.tree if anything else self.empty_label)
        self.receipt_label.setVisible(anything)
        self.receipt_button.setVisible(anything)
        self._show_offered_keys()
        self._update_buttons()
        self.status_changed.emit()

    def _show_offered_keys(self) -> None:
        """A unit whose bundle was refused for a new key stays in view until an officer decides."""
        from cdtt_desktop.services.inbox import senders

        offered = [s.unit_name for s in senders(self.ws) if s.key_offered]
        self.key_notice.setVisible(bool(offered))
        self.key_notice.setText(self.tr(
            "A bundle from {units} was refused because it is signed with a new key. Check the new fingerprint by "
            "phone, then accept or refuse it in Settings › Keys and receiving.").format(units=", ".join(offered)))

    def status_text(self) -> str:
        items = self.model.items()
        return self.tr("{count} items received · {undecided} awaiting decision").format(
            count=fmt.number(len(items)), undecided=fmt.number(sum(1 for i in items if i.decision is None)))

    def select(self, index: QModelIndex) -> None:
        if index.isValid():
            flag = QItemSelectionModel.SelectionFlag
            self.tree.selectionModel().setCurrentIndex(index, flag.ClearAndSelect | flag.Rows)
            self.tree.scrollTo(index)

    def _after_transfer(self) -> None:
        self.refresh()

    # --- the selected unit and item -------------------------------------------------------------

    def selected_item(self) -> InboxItem | None:
        return self.model.item_at(self.tree.currentIndex())

    def selected_sender(self) -> str | None:
        """The unit of the selection; when nothing is selected, the only unit with decisions to send."""
        sender = self.model.sender_at(self.tree.currentIndex())
        if sender:
            return str(sender)
        waiting = {i.sender_id for i in self.model.items() if i.decision and not i.decision_sent}
        return waiting.pop() if len(waiting) == 1 else None

    def _pending(self, sender_id: str) -> list[InboxItem]:
        return [i for i in self.model.items() if i.sender_id == sender_id and i.decision and not i.decision_sent]

    def _update_buttons(self) -> None:
        self.open_button.setEnabled(self.selected_item() is not None)
        sender = self.selected_sender()
        pending = self._pending(sender) if sender else []
        self.receipt_button.setEnabled(bool(pending))
        if sender is None:
            self.receipt_label.setText(self.tr("Select a unit to send it your decisions."))
            return
        name = next(i.sender_name for i in self.model.items() if i.sender_id == sender)
        self.receipt_label.setText(self.tr("{unit}: {count} decisions not yet sent back.").format(
            unit=name, count=fmt.number(len(pending))))

    def _double_clicked(self, index: QModelIndex) -> None:
        if self.model.item_at(index) is not None:
            self.open_selected()

    def open_selected(self) -> InboxItemView | None:
        from cdtt_desktop.services.inbox import get_inbox_item

        chosen = self.selected_item()
        if chosen is None:
            return None
        view = InboxItemView(self.ws, get_inbox_item(self.ws, chosen.id, chosen.revision), self)
        view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        view.decided.connect(self._decided)
        view.show()  # not modal: the officer may open the PDF beside it, or another item
        self.item_view = view
        return view

    def _decided(self, item: InboxItem) -> None:
        self.model.update_item(item)
        self._update_buttons()
        self.status_changed.emit()

    # --- bundles --------------------------------------------------------------------------------

    def import_bundle(self) -> None:
        path = self.transfer.ask_open_path(self.tr("Import a bundle from a lower-level unit"))
        if path is not None:
            self.transfer.import_file(path)

    def today(self) -> dt.date:
        return self._today or dt.date.today()

    def export_receipt(self) -> None:
        sender = self.selected_sender()
        if sender is None or not self._pending(sender):
            return
        name = self._pending(sender)[0].sender_name
        target = self.transfer.ask_save_path(self.tr("Export the receipt for {unit}").format(unit=name),
                                             bundle_name("phieu", name, self.today()))
        if target is not None:
            self.export_receipt_to(target, sender)

    def export_receipt_to(self, target: Path, sender_id: str) -> bool:
        from cdtt_desktop.services import inbox

        def work(ws: Workspace, path: Path, progress: Progress, cancelled: Cancelled) -> ExportResult:
            return inbox.export_receipt(ws, path, sender_id, progress=progress, cancelled=cancelled)

        return self.transfer.export(work, target, label=self.tr("Writing the receipt…"), receipt=True)
