"""The offer to go on with stories left unfinished (closed, or cut off by a crash or a power cut).

One line per draft with its own "Continue" button; the bar stays until closed or
until every listed draft has been opened.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

from cdtt_desktop import formatting as fmt
from cdtt_desktop.services.stories import StorySummary
from cdtt_desktop.ui.story_labels import kind_name

SHOWN = 5
STYLE = "QFrame#drafts { background: #e8f1fb; border: 1px solid #9cc3ea; border-radius: 4px; }"


class ResumeDraftsBar(QFrame):
    resume_requested = Signal(str)  # story id

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("drafts")
        self.setStyleSheet(STYLE)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.close_button = QToolButton()
        self.close_button.setText("×")
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(self.tr("Close"))
        self.close_button.clicked.connect(self.hide)
        self.grid = QGridLayout()
        self.grid.setColumnStretch(0, 1)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.close_button)
        layout = QGridLayout(self)
        layout.setContentsMargins(10, 4, 4, 6)
        layout.addLayout(top, 0, 0)
        layout.addLayout(self.grid, 1, 0)
        self.buttons: dict[str, QPushButton] = {}
        self.hide()

    def show_drafts(self, drafts: list[StorySummary]) -> None:
        """List up to SHOWN drafts, the most recently changed first; hidden when there are none."""
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.buttons.clear()
        if not drafts:
            self.hide()
            return
        self.heading.setText(self.tr("<b>{count} stories are not finished.</b> What was typed is saved; "
                                     "go on where you left off:").format(count=fmt.number(len(drafts))))
        for row, story in enumerate(drafts[:SHOWN]):
            text = self.tr("{title} — {kind}, last changed {time}").format(
                title=story.title or self.tr("(no name yet)"), kind=kind_name(story.kind),
                time=fmt.datetime_local(story.updated_at))
            button = QPushButton(self.tr("Continue"))
            button.clicked.connect(lambda _c=False, story_id=story.id: self._resume(story_id))
            self.buttons[story.id] = button
            line = QLabel(text)
            line.setTextFormat(Qt.TextFormat.PlainText)  # a title is shown as typed, never as markup
            self.grid.addWidget(line, row, 0)
            self.grid.addWidget(button, row, 1)
        if len(drafts) > SHOWN:
            more = QLabel(self.tr("…and {count} more: choose the status “Draft” to see them all.").format(
                count=fmt.number(len(drafts) - SHOWN)))
            self.grid.addWidget(more, SHOWN, 0, 1, 2)
        self.show()

    def _resume(self, story_id: str) -> None:
        button = self.buttons.pop(story_id, None)
        if button is not None:
            button.setEnabled(False)
        if not any(b.isEnabled() for b in self.buttons.values()):
            self.hide()
        self.resume_requested.emit(story_id)
