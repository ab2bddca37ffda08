"""Mô hình & gương: the list of model-practice and exemplar stories, their filters, the trash and the drafts.

A draft opens in the wizard; any other story opens read-only with its history. On
first show, drafts left unfinished (closed, or cut off by a crash) are offered for
resuming. "New" asks nothing: it makes a draft and opens the wizard at its first step.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from cdtt_desktop import formatting as fmt
from cdtt_desktop.domain.stories import StoryStatus
from cdtt_desktop.services import stories as service
from cdtt_desktop.services.activity_choices import filter_choices
from cdtt_desktop.services.workspace import Workspace
from cdtt_desktop.tasks.runner import TaskRunner
from cdtt_desktop.ui.notice_bar import NoticeBar
from cdtt_desktop.ui.page import Page
from cdtt_desktop.ui.story_actions import StoryActions
from cdtt_desktop.ui.story_drafts_bar import ResumeDraftsBar
from cdtt_desktop.ui.story_filter_bar import StoryFilterBar
from cdtt_desktop.ui.story_opener import StoryOpener
from cdtt_desktop.ui.story_table_model import StoryTableModel, StoryTableView
from cdtt_desktop.ui.story_view import StoryViewDialog
from cdtt_desktop.ui.story_wizard import StoryWizard
from cdtt_desktop.ui.summary_list import select_ids, selected_ids


class StoriesPage(Page):
    def __init__(self, ws: Workspace, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.ws, self.runner = ws, runner
        self.in_trash = False
        self._offered = False
        self.story_actions = StoryActions(ws, self)
        self.opener = StoryOpener(ws, runner, self)
        self.model = StoryTableModel(self)
        self.filter_bar = StoryFilterBar(self)
        self.search_edit = self.filter_bar.search_edit
        self.drafts_bar = ResumeDraftsBar()
        self.notice = NoticeBar()
        self.heading = QLabel()
        self.table = StoryTableView(self.model)
        self.empty_label = QLabel()
        self._make_buttons()
        self._set_up_table()
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

        self.new_button = button(self.tr("New story"), self.tr("Write a new story step by step (Ctrl+N)"),
                                 self.new_item)
        self.open_button = button(self.tr("Open"), self.tr("Open the selected story (Enter)"),
                                  self.open_selected)
        self.duplicate_button = button(self.tr("Duplicate"), self.tr("Start a new draft from a copy"),
                                       self.duplicate_selected)
        self.delete_button = button(self.tr("Move to the trash"),
                                    self.tr("Move the selected stories to the trash (Delete)"),
                                    self.delete_selected)
        self.sent_button = button(self.tr("Mark as sent"),
                                  self.tr("Record that the finished story was sent to the level above"),
                                  self.mark_sent)
        self.restore_button = button(self.tr("Restore"), "", self.restore_selected)
        self.trash_button = QPushButton()
        self.trash_button.setToolTip(self.tr("Show deleted stories, to restore them"))
        self.trash_button.setCheckable(True)
        # The selection's actions, also offered in the list's context menu.
        self._buttons = {"open": self.open_button, "duplicate": self.duplicate_button,
                         "sent": self.sent_button, "delete": self.delete_button,
                         "restore": self.restore_button}

    def _set_up_table(self) -> None:
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self._actions: dict[str, QAction] = {}
        for key, source in self._buttons.items():
            action = QAction(source.text(), self.table)
            action.triggered.connect(source.click)
            self._actions[key] = action
            self.table.addAction(action)

    def _lay_out(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(self.heading)
        bar.addStretch(1)
        for widget in (self.new_button, self.open_button, self.duplicate_button, self.sent_button,
                       self.delete_button, self.restore_button):
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
        layout.addWidget(self.drafts_bar)
        layout.addWidget(self.notice)
        layout.addWidget(self.stack, 1)

    def _connect(self) -> None:
        self.filter_bar.changed.connect(self.reload)
        self.search_edit.leave_down.connect(self.table.setFocus)
        self.table.open_requested.connect(self.open_selected)
        self.table.delete_requested.connect(self.delete_selected)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.drafts_bar.resume_requested.connect(self.open_story)
        self.opener.changed.connect(self.reload)
        self.opener.closed.connect(self._wizard_closed)
        self.opener.finalised.connect(self._finalised)
        self.trash_button.toggled.connect(self.set_trash)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._offered:  # once per session: the drafts someone left, or a crash cut off
            self._offered = True
            self.drafts_bar.show_drafts(service.unfinished_drafts(self.ws))

    # --- Page -----------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the filter choices and the list (F5, and on show)."""
        years = [s.year for s in service.list_stories(self.ws, service.StoryFilter())]
        self.filter_bar.set_choices(filter_choices(self.ws), years)
        self.reload()

    def reload(self) -> None:
        keep = self.selected_ids()
        flt = self.filter_bar.current_filter(in_trash=self.in_trash)
        self.model.set_rows(service.list_stories(self.ws, flt))
        header = self.table.horizontalHeader()
        self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())  # as the person chose
        self.select_ids(keep)
        self._after_reload()

    def new_item(self) -> bool:
        self.set_trash(False)
        flt = self.filter_bar.current_filter()  # a story made while filtering starts with those choices
        self.opener.new_story(grassroots_unit_id=flt.grassroots_unit_id, campaign_id=flt.campaign_id)
        return True

    def focus_search(self) -> bool:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()
        return True

    def delete_selected(self) -> bool:
        """Move the selection to the trash, after one question; Undo brings it back."""
        ids = self.selected_ids()
        title = self.model.summary(self.model.row_of(ids[0]) or 0).title if ids else ""
        ids = [] if self.in_trash else self.story_actions.move_to_trash(ids, title)
        if not ids:
            return False
        self.reload()
        self.notice.show_message(self.tr("Moved {count} stories to the trash.").format(
            count=fmt.number(len(ids))), action_text=self.tr("Undo"), action=lambda: self._restore(ids))
        return True

    def status_text(self) -> str:
        if self.in_trash:
            return self.tr("{count} stories in the trash").format(count=fmt.number(self.model.rowCount()))
        counts = self.model.counts()
        text = self.tr("{count} stories · {drafts} drafts · {ready} ready to send · {returned} returned")
        return text.format(
            count=fmt.number(self.model.rowCount()), drafts=fmt.number(counts[StoryStatus.DRAFT]),
            ready=fmt.number(counts[StoryStatus.READY]), returned=fmt.number(counts[StoryStatus.RETURNED]))

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
            text = self.tr("No story matches the search and filters.")
        else:
            text = self.tr("No stories yet.\n\nPress “New story” to write up a good practice, an exemplary "
                           "person or an exemplary collective, step by step.")
        self.empty_label.setText(text)
        self._update_buttons()
        self.status_changed.emit()

    def _update_buttons(self) -> None:
        ids = self.selected_ids()
        statuses = {self.model.summary(self.model.row_of(i) or 0).status for i in ids}
        enabled = {"open": len(ids) == 1, "duplicate": len(ids) == 1, "delete": bool(ids),
                   "restore": bool(ids), "sent": bool(ids) and statuses == {StoryStatus.READY}}
        for key, button in self._buttons.items():
            button.setEnabled(enabled[key])
            self._actions[key].setEnabled(enabled[key])
            self._actions[key].setVisible(button.isVisibleTo(self))

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
        heading = self.tr("Trash: deleted stories") if self.in_trash else self.tr("Models & exemplars")
        self.heading.setText(f"<h2>{heading}</h2>")
        self.trash_button.setText(self.tr("Back to the list") if self.in_trash else self.tr("Trash"))
        for widget in (self.new_button, self.open_button, self.duplicate_button, self.delete_button,
                       self.sent_button):
            widget.setVisible(not self.in_trash)
        self.restore_button.setVisible(self.in_trash)
        self._update_buttons()

    # --- actions --------------------------------------------------------------------------------

    def open_selected(self) -> bool:
        ids = self.selected_ids()
        if self.in_trash or len(ids) != 1:
            return False
        self.open_story(ids[0])
        return True

    def open_story(self, story_id: str) -> None:
        """A draft opens in the wizard (where it was left); any other story read-only."""
        self.opener.open_story(story_id)

    def open_view(self, story_id: str) -> StoryViewDialog:
        return self.opener.open_view(story_id)

    @property
    def wizard(self) -> StoryWizard | None:
        return self.opener.wizard

    @property
    def view(self) -> StoryViewDialog | None:
        return self.opener.view

    def _wizard_closed(self, story_id: str) -> None:
        self.refresh()
        self.select_ids([story_id])

    def _finalised(self, story_id: str) -> None:
        title = service.get_story(self.ws, story_id).summary.title
        self.notice.show_message(self.tr("“{title}” is finished and ready to send.").format(title=title))

    def duplicate_selected(self) -> bool:
        ids = self.selected_ids()
        if len(ids) != 1:
            return False
        copy_id = service.duplicate_story(self.ws, ids[0])
        self.reload()
        self.select_ids([copy_id])
        self.notice.show_message(self.tr("A copy was made as a new draft."), action_text=self.tr("Open it"),
                                 action=lambda: self.open_story(copy_id))
        return True

    def mark_sent(self) -> bool:
        """Record that finished stories were sent (sending from the program comes later)."""
        ids = self.selected_ids()
        problems = self.story_actions.mark_sent(ids)
        self.reload()
        if problems:
            self.notice.show_message("\n".join(problems), error=True)
        else:
            self.notice.show_message(self.tr("Marked {count} stories as sent.").format(
                count=fmt.number(len(ids))))
        return not problems

    def restore_selected(self) -> bool:
        ids = self.selected_ids() if self.in_trash else []
        if not ids:
            return False
        self._restore(ids)
        self.notice.show_message(self.tr("Restored {count} stories.").format(count=fmt.number(len(ids))))
        return True

    def _restore(self, ids: list[str]) -> None:
        self.story_actions.restore(ids)
        self.reload()
        self.select_ids(ids)
