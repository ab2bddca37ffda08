"""The last step: the whole submission, readable, and plainly what is still missing, step by step.

Finishing is possible only when nothing is missing; each missing item names its
step, and a double-click goes back to that step.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QTextBrowser

from cdtt_desktop.domain.messages import Problem
from cdtt_desktop.domain.stories import STEPS, missing
from cdtt_desktop.ui.story_labels import STEPS as STEP_NAMES
from cdtt_desktop.ui.story_labels import label, problem_text
from cdtt_desktop.ui.story_pages import KindPage
from cdtt_desktop.ui.story_render import ShownFile, StoryRender
from cdtt_desktop.ui.story_step import StepPage, StoryState, note

MISSING_STYLE = "color: #b3261e; font-weight: bold;"
COMPLETE_STYLE = "color: #1d6b25; font-weight: bold;"
_STEP = Qt.ItemDataRole.UserRole


class ReviewPage(StepPage):
    step_requested = Signal(int)  # the wizard page of a missing item that was double-clicked

    def __init__(self, state: StoryState, kind_page: KindPage):
        super().__init__(state)
        self.kind_page = kind_page
        self.setTitle(self.tr("Review and finish"))
        self.intro.setText(self.tr("Read the submission once more. “Finish (ready to send)” fixes this "
                                   "revision: it can then be read but not changed. Until then it stays a "
                                   "draft."))
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(True)
        self.missing_heading = note()
        self.missing_list = QListWidget()
        self.missing_list.setObjectName("missing")
        self.missing_list.setMaximumHeight(130)
        self.body.addWidget(self.browser, 1)
        self.body.addWidget(self.missing_heading)
        self.body.addWidget(self.missing_list)
        self.missing_list.itemDoubleClicked.connect(lambda item: self.step_requested.emit(item.data(_STEP)))
        self._missing: list[tuple[str, Problem]] = []

    def check(self) -> None:
        """Recomputed from every step: this page is complete when nothing at all is missing."""
        content = self.state.current().cleaned()
        photos = self.state.photo_count()
        found = missing(content, photos=photos)
        by_step = [(step, p) for step in STEPS[:-1] for p in self.state.problems(step) if p in found]
        if by_step != self._missing:
            self._missing = by_step
            self._show_missing()
            self.completeChanged.emit()

    def show_service_problems(self, problems: list[Problem]) -> None:
        """What the service refused to finalise on (something changed since the page was shown)."""
        known = [(step, p) for step in STEPS[:-1] for p in self.state.problems(step)]
        self._missing = [(next((s for s, q in known if q == p), ""), p) for p in problems]
        self._show_missing()
        self.completeChanged.emit()

    def _show_missing(self) -> None:
        self.missing_list.clear()
        for step, problem in self._missing:
            number = STEPS.index(step) + 1 if step in STEPS else 0
            where = self.tr("Step {number} · {step}").format(number=number, step=label(STEP_NAMES[step])) \
                if step in STEP_NAMES else ""
            item = QListWidgetItem(f"{where} — {problem_text(problem)}" if where else problem_text(problem))
            item.setData(_STEP, STEPS.index(step) if step in STEPS else 0)
            self.missing_list.addItem(item)
        if self._missing:
            self.missing_heading.setText(self.tr("Still missing before the story can be finished "
                                                 "(double-click an item to go to its step):"))
            self.missing_heading.setStyleSheet(MISSING_STYLE)
        else:
            self.missing_heading.setText(self.tr("Nothing is missing: the story can be finished."))
            self.missing_heading.setStyleSheet(COMPLETE_STYLE)
        self.missing_list.setVisible(bool(self._missing))

    def missing_texts(self) -> list[str]:
        return [self.missing_list.item(i).text() for i in range(self.missing_list.count())]

    def initializePage(self) -> None:
        self._missing = []
        self.check()
        self._show_missing()
        files = [ShownFile(f.role, f.file_name, f.caption, f.thumbnail) for f in self.state.files]
        html = StoryRender(self).page(self.state.current(), unit_name=self.kind_page.unit_name(),
                                      campaign_name=self.kind_page.campaign_name(), files=files)
        self.browser.setHtml(html)

    def isComplete(self) -> bool:
        return not self._missing
