"""Moving stories to the trash and back, and recording that finished ones were sent: questions and calls.

Moving to the trash is asked once (it can be undone); a story that changed meanwhile
elsewhere is skipped, not fatal.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from cdtt_desktop import formatting as fmt
from cdtt_desktop.domain.messages import ValidationError
from cdtt_desktop.domain.stories import StoryStatus
from cdtt_desktop.services import stories as service
from cdtt_desktop.services.workspace import Workspace
from cdtt_desktop.ui.story_labels import problem_text


class StoryActions(QObject):
    def __init__(self, ws: Workspace, window: QWidget):
        super().__init__(window)
        self.ws, self.window = ws, window

    def move_to_trash(self, ids: list[str], title: str = "") -> list[str]:
        """Ask, then move to the trash; `title` names a single story. Returns the ids moved."""
        if len(ids) == 1:
            text = self.tr("Move “{title}” to the trash?\n\nYou can restore it from the trash later.").format(
                title=title or self.tr("(no name yet)"))
        else:
            text = self.tr("Move {count} stories to the trash?\n\nYou can restore them from the trash "
                           "later.").format(count=fmt.number(len(ids)))
        if not ids or not self._ask(text):
            return []
        return self._each(ids, service.trash_story)

    def restore(self, ids: list[str]) -> list[str]:
        return self._each(ids, service.restore_story)

    def mark_sent(self, ids: list[str]) -> list[str]:
        """Record that finished stories were sent; returns why any could not be (translated)."""
        problems: list[str] = []
        for story_id in ids:
            try:
                service.transition_story(self.ws, story_id, StoryStatus.SENT)
            except ValidationError as exc:
                problems += [problem_text(p) for p in exc.problems]
        return problems

    def _each(self, ids: list[str], act: Callable[[Workspace, str], None]) -> list[str]:
        done = []
        for story_id in ids:
            try:
                act(self.ws, story_id)
            except (service.RecordNotFoundError, ValueError):
                continue
            done.append(story_id)
        return done

    def _ask(self, text: str) -> bool:
        yes, no = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
        title = self.tr("Move to the trash")
        box = QMessageBox(QMessageBox.Icon.Question, title, text, yes | no, self.window)
        box.setDefaultButton(yes)
        return box.exec() == yes
