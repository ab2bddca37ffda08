"""Mái ấm Công đoàn: the list of housing-support cases, their filters and totals, the trash.

"New" asks nothing: it makes a case at the request step and opens the wizard. "Open"
shows the case file (its timeline and next steps). The totals above the list are
those of the filtered set, so a filter by year or CĐCS answers "how much this year?".
A case made by "New" and closed with nothing typed goes to the trash.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from cdtt_desktop import formatting as fmt
from cdtt_desktop.domain.housing import CaseContent, CaseStep
from cdtt_desktop.services import housing as service
from cdtt_desktop.services.units import grassroots_units
from cdtt_desktop.services.workspace import Workspace
from cdtt_desktop.tasks.runner import TaskRunner
from cdtt_desktop.ui.housing_case_view import HousingCaseView
from cdtt_desktop.ui.housing_filter_bar import HousingFilterBar
from cdtt_desktop.ui.housing_table_model import CaseTableModel, CaseTableView
from cdtt_desktop.ui.housing_wizard import HousingWizard
from cdtt_desktop.ui.notice_bar import NoticeBar
from cdtt_desktop.ui.page import Page
from cdtt_desktop.ui.summary_list import select_ids, selected_ids

if TYPE_CHECKING:
    from cdtt_desktop.ui.document_actions import DocumentActions

TOTALS_STYLE = ("QLabel#totals { background: #f3f6fa; border: 1px solid #d5dde8; border-radius: 4px;"
                " padding: 6px 10px; }")


class HousingPage(Page):
    def __init__(self, ws: Workspace, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.ws, self.runner = ws, runner
        self.in_trash = False
        self.wizard: HousingWizard | None = None
        self.view: HousingCaseView | None = None
        self._fresh: set[str] = set()
        self._documents: DocumentActions | None = None
        self.totals = service.CaseTotals(0, 0, 0)
        self.model = CaseTableModel(self)
        self.filter_bar = HousingFilterBar(self)
        self.search_edit = self.filter_bar.search_edit
        self.notice = NoticeBar()
        self.heading = QLabel()
        self.totals_label = QLabel()
        self.totals_label.setObjectName("totals")
        self.totals_label.setStyleSheet(TOTALS_STYLE)
        self.table = CaseTableView(self.model)
        self.empty_label = QLabel()
        self._make_buttons()
        self._lay_out()
        self._connect()
        self._show_mode()
        self.refresh()

    # --- construction ---------------------------------------------------------------------------

    def _make_buttons(self) -> None:
        def button(text: str, tip: str, slot: Callable[[], object]) -> QPushButton:
            made = QPushButton(text)
            made.setToolTip(tip)
            made.clicked.connect(slot)
            return made

        self.new_button = button(self.tr("New case"), self.tr("Record a new request step by step (Ctrl+N)"),
                                 self.new_item)
        self.open_button = button(self.tr("Open case file"),
                                  self.tr("The timeline and next steps of the selected case (Enter)"),
                                  self.open_selected)
        self.delete_button = button(self.tr("Move to the trash"),
                                    self.tr("Move the selected cases to the trash (Delete)"),
                                    self.delete_selected)
        self.restore_button = button(self.tr("Restore"), "", self.restore_selected)
        self.proposal_button = button(self.tr("Proposal (tờ trình)…"),
                                      self.tr("One tờ trình asking support for every selected case"),
                                      lambda: self.documents().case_proposal(self.selected_ids()))
        self.trash_button = QPushButton()
        self.trash_button.setToolTip(self.tr("Show deleted cases, to restore them"))
        self.trash_button.setCheckable(True)

    def _lay_out(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(self.heading)
        bar.addStretch(1)
        for widget in (self.new_button, self.open_button, self.proposal_button, self.delete_button,
                       self.restore_button):
            bar.addWidget(widget)
        bar.addSpacing(16)
        bar.addWidget(self.trash_button)
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty_label)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.totals_label)
        layout.addWidget(self.notice)
        layout.addWidget(self.stack, 1)

    def _connect(self) -> None:
        self.filter_bar.changed.connect(self.reload)
        self.search_edit.leave_down.connect(self.table.setFocus)
        self.table.open_requested.connect(self.open_selected)
        self.table.delete_requested.connect(self.delete_selected)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.trash_button.toggled.connect(self.set_trash)

    # --- Page -----------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the filter choices and the list (F5, and on show)."""
        years = [s.year for s in service.list_cases(self.ws, service.CaseFilter())]
        units = [(u["id"], u["name"]) for u in grassroots_units(self.ws)]
        self.filter_bar.set_choices(units, years)
        self.reload()

    def reload(self) -> None:
        keep = self.selected_ids()
        flt = self.filter_bar.current_filter(in_trash=self.in_trash)
        self.model.set_rows(service.list_cases(self.ws, flt))
        self.totals = service.case_totals(self.ws, flt)
        header = self.table.horizontalHeader()
        self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())  # as the person chose
        self.select_ids(keep)
        self._after_reload()

    def new_item(self) -> bool:
        self.set_trash(False)
        unit = self.filter_bar.current_filter().grassroots_unit_id  # filtered by a CĐCS: the case is theirs
        case_id = service.new_case(self.ws, grassroots_unit_id=unit)
        self._fresh.add(case_id)
        self.reload()
        self.open_wizard(case_id)
        return True

    def focus_search(self) -> bool:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()
        return True

    def delete_selected(self) -> bool:
        """Move the selection to the trash, after one question; Undo brings it back."""
        ids = [] if self.in_trash else self.selected_ids()
        if not ids or not self._ask_trash(ids):
            return False
        for case_id in ids:
            service.trash_case(self.ws, case_id)
        self.reload()
        text = self.tr("Moved {count} cases to the trash.").format(count=fmt.number(len(ids)))
        self.notice.show_message(text, action_text=self.tr("Undo"), action=lambda: self._restore(ids))
        return True

    def status_text(self) -> str:
        if self.in_trash:
            return self.tr("In the trash: {count}").format(count=fmt.number(self.totals.count))
        return self.totals_text()

    def totals_text(self) -> str:
        return self.tr("Cases: {count} · requested {requested} · approved {approved}").format(
            count=fmt.number(self.totals.count), requested=fmt.money(self.totals.requested),
            approved=fmt.money(self.totals.approved))

    # --- selection ------------------------------------------------------------------------------

    def selected_ids(self) -> list[str]:
        return selected_ids(self.table)

    def select_ids(self, ids: list[str]) -> None:
        """Select these where listed; the first becomes current and visible."""
        select_ids(self.table, ids)

    def _after_reload(self) -> None:
        empty = self.model.rowCount() == 0
        self.stack.setCurrentIndex(1 if empty else 0)
        if self.in_trash:
            text = self.tr("The trash is empty.")
        elif self.filter_bar.is_filtered():
            text = self.tr("No case matches the search and filters.")
        else:
            text = self.tr("No cases yet.\n\nPress “New case” to record a member's request for housing "
                           "support, step by step.")
        self.empty_label.setText(text)
        self.totals_label.setText(self.totals_text())
        self.totals_label.setVisible(not self.in_trash)
        self._update_buttons()
        self.status_changed.emit()

    def _update_buttons(self) -> None:
        ids = self.selected_ids()
        self.open_button.setEnabled(len(ids) == 1)
        self.proposal_button.setEnabled(bool(ids))
        self.delete_button.setEnabled(bool(ids))
        self.restore_button.setEnabled(bool(ids))

    # --- modes ----------------------------------------------------------------------------------

    def set_trash(self, on: bool) -> None:
        if on == self.in_trash:
            return
        self.in_trash = on
        self.notice.dismiss()
        self.trash_button.blockSignals(True)
        self.trash_button.setChecked(on)
        self.trash_button.blockSignals(False)
        self._show_mode()
        self.reload()

    def _show_mode(self) -> None:
        heading = self.tr("Trash: deleted cases") if self.in_trash else self.tr("Union Homes")
        self.heading.setText(f"<h2>{heading}</h2>")
        self.trash_button.setText(self.tr("Back to the list") if self.in_trash else self.tr("Trash"))
        for widget in (self.new_button, self.open_button, self.proposal_button, self.delete_button):
            widget.setVisible(not self.in_trash)
        self.restore_button.setVisible(self.in_trash)
        self._update_buttons()

    # --- opening --------------------------------------------------------------------------------

    def open_selected(self) -> bool:
        ids = self.selected_ids()
        if self.in_trash or len(ids) != 1:
            return False
        self.open_case(ids[0])
        return True

    def open_case(self, case_id: str) -> HousingCaseView:
        """The case file: its header, timeline and next steps (the one already open, if it is this case's)."""
        if self.view is not None and self.view.case_id == case_id:
            self.view.load()
            self.view.raise_()
            return self.view
        view = HousingCaseView(self.ws, case_id, self)
        view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        view.changed.connect(lambda _id: self.reload())
        view.edit_requested.connect(self.open_wizard)
        view.proposal_requested.connect(lambda case_id: self.documents().case_proposal([case_id]))
        view.handover_requested.connect(lambda case_id: self.documents().case_handover(case_id))
        view.finished.connect(lambda _result: self._view_closed(view))
        self.view = view
        view.open()
        return view

    def documents(self) -> DocumentActions:
        """The document actions, made on first use (they bring in the PDF viewer)."""
        if self._documents is None:
            from cdtt_desktop.ui.document_actions import DocumentActions

            self._documents = DocumentActions(self.ws, self.runner, self.window())
        return self._documents

    def _view_closed(self, view: HousingCaseView) -> None:
        if self.view is view:
            self.view = None

    def open_wizard(self, case_id: str) -> HousingWizard:
        wizard = HousingWizard(self.ws, self.runner, case_id, self)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.finished.connect(lambda _result: self._wizard_closed(case_id))
        wizard.completed.connect(self.open_case)
        self.wizard = wizard
        wizard.open()
        return wizard

    def _wizard_closed(self, case_id: str) -> None:
        self.wizard = None
        record = service.get_case(self.ws, case_id)
        untouched = record.content == CaseContent(grassroots_unit_id=record.content.grassroots_unit_id) \
            and not record.documents
        if case_id in self._fresh and record.summary.step is CaseStep.REQUEST and untouched:
            service.trash_case(self.ws, case_id)  # nothing was typed: nothing to keep in the list
        self._fresh.discard(case_id)
        self.refresh()
        self.select_ids([case_id])
        if self.view is not None:
            self.view.load()

    # --- the trash ------------------------------------------------------------------------------

    def _ask_trash(self, ids: list[str]) -> bool:
        if len(ids) == 1:
            name = self.model.summary(self.model.row_of(ids[0]) or 0).beneficiary or self.tr("(no name yet)")
            text = self.tr("Move the case of “{name}” to the trash?\n\nYou can restore it from the trash "
                           "later.").format(name=name)
        else:
            text = self.tr("Move {count} cases to the trash?\n\nYou can restore them from the trash "
                           "later.").format(count=fmt.number(len(ids)))
        yes, no = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Move to the trash"), text, yes | no, self)
        box.setDefaultButton(yes)
        return box.exec() == yes

    def restore_selected(self) -> bool:
        ids = self.selected_ids() if self.in_trash else []
        if not ids:
            return False
        self._restore(ids)
        self.notice.show_message(self.tr("Restored {count} cases.").format(count=fmt.number(len(ids))))
        return True

    def _restore(self, ids: list[str]) -> None:
        for case_id in ids:
            service.restore_case(self.ws, case_id)
        self.reload()
        self.select_ids(ids)
