"""What every page of the story wizard shares: the story being written, and the frame of a step.

`StoryState` holds the story as loaded and the pages that edit parts of it; `current()`
gathers what is on screen now, so autosave and every check see the same content.
`StepPage` shows, at the top, what its step requires and the limits, and at the
bottom why "Next" cannot be pressed yet, from the domain's step_problems().
"""

from __future__ import annotations

import copy

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget, QWizardPage

from cdtt_desktop.domain.messages import Problem
from cdtt_desktop.domain.stories import StoryContent, step_problems
from cdtt_desktop.services import stories as service
from cdtt_desktop.services.story_files import PHOTO
from cdtt_desktop.services.workspace import Workspace
from cdtt_desktop.ui.story_labels import problem_text

BLOCKED_STYLE = ("QLabel { background: #fff4d6; border: 1px solid #e0c36c; border-radius: 3px;"
                 " padding: 4px 6px; color: #5f4600; }")
INTRO_STYLE = "color: #16365c;"


def note(text: str = "", style: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    if style:
        label.setStyleSheet(style)
    return label


class StoryState(QObject):
    """The story under edit. `changed` fires on every edit in any page."""

    changed = Signal()

    def __init__(self, ws: Workspace, story_id: str, parent: QObject | None = None):
        super().__init__(parent)
        self.ws, self.story_id = ws, story_id
        self.pages: list[StepPage] = []
        record = service.get_story(ws, story_id)
        self.summary = record.summary
        self.content = record.content
        self.files = record.files

    def current(self) -> StoryContent:
        """The content as shown on every page now (not cleaned: the service and the checks clean it)."""
        content = copy.deepcopy(self.content)
        for page in self.pages:
            page.store(content)
        return content

    def photo_count(self) -> int:
        return sum(f.role == PHOTO for f in self.files)

    def reload_files(self) -> None:
        self.files = service.get_story(self.ws, self.story_id).files

    def problems(self, step: str) -> list[Problem]:
        return step_problems(self.current().cleaned(), step, photos=self.photo_count())


class StepPage(QWizardPage):
    """One step: subclasses put their fields in `body`, and implement load() and store()."""

    step = ""

    def __init__(self, state: StoryState, parent: QWidget | None = None):
        super().__init__(parent)
        self.state = state
        self._problems: list[Problem] = []
        self.intro = note(style=INTRO_STYLE)
        self.body = QVBoxLayout()
        self.blocked = note(style=BLOCKED_STYLE)
        self.blocked.setObjectName("blocked")
        self.blocked.hide()
        self.saved_label = note(style="color: #5f6368;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.body, 1)
        layout.addWidget(self.blocked)
        layout.addWidget(self.saved_label)
        state.pages.append(self)
        state.changed.connect(self.check)

    def load(self, content: StoryContent) -> None:
        """Show the stored content."""

    def store(self, content: StoryContent) -> None:
        """Write what is on this page into `content`."""

    def edited(self) -> None:
        """Called by the fields on every change: all pages re-check (the kind changes other steps)."""
        self.state.changed.emit()

    def check(self) -> None:
        problems = self.state.problems(self.step) if self.step else []
        if problems != self._problems:
            self._problems = problems
            self._show_problems()
            self.completeChanged.emit()

    def _show_problems(self) -> None:
        if not self._problems:
            self.blocked.hide()
            return
        lines = [QCoreApplication.translate("StepPage", "“Next” is not available yet:")]
        lines += [f"• {problem_text(p)}" for p in self._problems]
        self.blocked.setText("\n".join(lines))
        self.blocked.show()

    def problems(self) -> list[Problem]:
        return list(self._problems)

    def initializePage(self) -> None:
        self.check()
        self._show_problems()

    def cleanupPage(self) -> None:
        """Going Back keeps what was typed on this page (QWizard would reset it)."""

    def isComplete(self) -> bool:
        return not self._problems
