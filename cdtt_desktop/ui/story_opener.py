"""Opening a story from the list: a draft in the wizard (where it was left), any other story read-only.

A story made by "New" and closed with nothing typed goes to the trash, so that a
stray click leaves no empty draft behind (it can still be restored from there).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QWidget

from cdtt_desktop.domain.stories import StoryContent, StoryKind, StoryStatus
from cdtt_desktop.services import stories as service
from cdtt_desktop.services.workspace import Workspace
from cdtt_desktop.tasks.runner import TaskRunner
from cdtt_desktop.ui.story_view import StoryViewDialog
from cdtt_desktop.ui.story_wizard import StoryWizard

if TYPE_CHECKING:
    from cdtt_desktop.ui.document_actions import DocumentActions


class StoryOpener(QObject):
    changed = Signal()  # a story changed: reload the list
    closed = Signal(str)  # the wizard of this story closed
    finalised = Signal(str)  # this story became ready to send

    def __init__(self, ws: Workspace, runner: TaskRunner, window: QWidget):
        super().__init__(window)
        self.ws, self.runner, self.window = ws, runner, window
        self.wizard: StoryWizard | None = None
        self.view: StoryViewDialog | None = None
        self._fresh: set[str] = set()
        self.documents: DocumentActions | None = None  # made on first use: it brings in the PDF viewer

    def new_story(self, *, grassroots_unit_id: str | None = None, campaign_id: str | None = None) -> str:
        """Make a draft (asking nothing) and open the wizard at its first step."""
        story_id = service.new_story(self.ws, StoryKind.PRACTICE, grassroots_unit_id=grassroots_unit_id,
                                     campaign_id=campaign_id)
        self._fresh.add(story_id)
        self.changed.emit()
        self.open_wizard(story_id, resume=False)
        return story_id

    def open_story(self, story_id: str) -> None:
        if service.get_story(self.ws, story_id).summary.status == StoryStatus.DRAFT:
            self.open_wizard(story_id, resume=True)
        else:
            self.open_view(story_id)

    def open_wizard(self, story_id: str, *, resume: bool) -> StoryWizard:
        wizard = StoryWizard(self.ws, self.runner, story_id, self.window, resume=resume)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.finished.connect(lambda _result: self._wizard_closed(story_id))
        wizard.finalised.connect(self.finalised)
        self.wizard = wizard
        wizard.open()
        return wizard

    def open_view(self, story_id: str) -> StoryViewDialog:
        view = StoryViewDialog(self.ws, story_id, self.window)
        view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        view.changed.connect(lambda _id: self.changed.emit())
        view.finished.connect(lambda _result: self._view_closed(view))
        view.edit_requested.connect(lambda sid: self.open_wizard(sid, resume=True))
        view.dossier_requested.connect(self.make_dossier)
        self.view = view
        view.open()
        return view

    def make_dossier(self, story_id: str) -> None:
        """Preview the story's official dossier, from which it is issued."""
        if self.documents is None:
            from cdtt_desktop.ui.document_actions import DocumentActions

            self.documents = DocumentActions(self.ws, self.runner, self.window)
        self.documents.story_dossier(story_id)

    def _view_closed(self, view: StoryViewDialog) -> None:
        if self.view is view:
            self.view = None

    def _wizard_closed(self, story_id: str) -> None:
        self.wizard = None
        record = service.get_story(self.ws, story_id)
        untouched = record.content == StoryContent(kind=record.content.kind) and not record.files
        if story_id in self._fresh and record.summary.status == StoryStatus.DRAFT and untouched:
            service.trash_story(self.ws, story_id)  # nothing was typed: nothing to keep in the list
        self._fresh.discard(story_id)
        self.closed.emit(story_id)
