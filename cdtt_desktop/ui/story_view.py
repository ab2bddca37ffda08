"""A finalised story, read-only: its current text, earlier revisions, history, and the next lifecycle moves.

A returned story shows the reviewer's comment at the top, in a frame no one can
miss, with the way forward: edit it as a new revision (the earlier ones stay).
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from cdtt_desktop import formatting as fmt
from cdtt_desktop.domain.messages import ValidationError
from cdtt_desktop.domain.stories import ALLOWED, StoryStatus
from cdtt_desktop.services import stories as service
from cdtt_desktop.services.workspace import Workspace
from cdtt_desktop.ui.story_labels import STATUS_COLOURS, kind_name, problem_text, status_name
from cdtt_desktop.ui.story_render import ShownFile, StoryRender

RETURNED_STYLE = ("QFrame#returned { background: #fff1e0; border: 2px solid #e07b00; border-radius: 4px; }"
                  " QLabel { background: transparent; }")


def pill_style(colours: tuple[str, str]) -> str:
    """The style sheet of a status badge label from its (background, text) colours."""
    background, foreground = colours
    return (f"background: {background}; color: {foreground}; border-radius: 9px; padding: 2px 10px;"
            " font-weight: bold;")


def badge_style(status: StoryStatus) -> str:
    return pill_style(STATUS_COLOURS[status])


class StoryViewDialog(QDialog):
    edit_requested = Signal(str)  # the story became a draft again: open it in the wizard
    changed = Signal(str)  # its status changed
    dossier_requested = Signal(str)  # make the official dossier (PDF) of this story

    def __init__(self, ws: Workspace, story_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ws, self.story_id = ws, story_id
        self.setWindowTitle(self.tr("Story (read-only)"))
        self.title_label = QLabel()
        self.title_label.setWordWrap(True)
        self.badge = QLabel()
        self.facts_label = QLabel()
        self.returned_frame = QFrame()
        self.returned_frame.setObjectName("returned")
        self.returned_frame.setStyleSheet(RETURNED_STYLE)
        self.returned_heading = QLabel()
        self.comment_label = QLabel()
        self.comment_label.setObjectName("return-comment")
        self.comment_label.setWordWrap(True)
        self.comment_label.setTextFormat(Qt.TextFormat.PlainText)  # the reviewer's words, as written
        self.comment_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.comment_label.setStyleSheet("font-size: 12pt;")
        self.new_revision_button = QPushButton(self.tr("Edit and make a new revision"))
        self.action_buttons: dict[StoryStatus, QPushButton] = {}
        self.revision_combo = QComboBox()
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(True)
        self.events_table = QTableWidget(0, 5)
        self.error_label = QLabel()
        self.error_label.setStyleSheet("color: #b3261e;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.export_label = QLabel()
        self.export_label.setWordWrap(True)
        self.export_label.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self._lay_out()
        self.buttons.rejected.connect(self.reject)
        self.new_revision_button.clicked.connect(lambda: self.move_to(StoryStatus.DRAFT))
        self.revision_combo.currentIndexChanged.connect(lambda _i: self._show_revision())
        self.resize(900, 720)
        self.load()

    def _lay_out(self) -> None:
        frame = QVBoxLayout(self.returned_frame)
        frame.addWidget(self.returned_heading)
        frame.addWidget(self.comment_label)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.new_revision_button)
        frame.addLayout(row)
        header = QHBoxLayout()
        header.addWidget(self.title_label, 1)
        header.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignTop)
        actions = QHBoxLayout()
        moves = ((StoryStatus.SENT, self.tr("Mark as sent")),
                 (StoryStatus.RECEIVED, self.tr("Mark as received")),
                 (StoryStatus.RETURNED, self.tr("Record a return…")),
                 (StoryStatus.APPROVED, self.tr("Mark as approved")),
                 (StoryStatus.DRAFT, self.tr("Reopen for editing")))
        for target, text in moves:
            button = QPushButton(text)
            button.clicked.connect(lambda _c=False, target=target: self._move_clicked(target))
            self.action_buttons[target] = button
            actions.addWidget(button)
        self.export_button = QPushButton(self.tr("Save photos to a folder…"))
        self.export_button.setToolTip(self.tr("Upright copies for the press or the upper level, with a captions "
                                              "file; the originals stay as they are."))
        self.export_button.clicked.connect(self._export_clicked)
        actions.addWidget(self.export_button)
        self.dossier_button = QPushButton(self.tr("Dossier as PDF…"))
        self.dossier_button.setToolTip(self.tr("The story as an official report (NĐ 30 format) with its photos, "
                                               "to preview, issue with a number and send upward."))
        self.dossier_button.clicked.connect(lambda: self.dossier_requested.emit(self.story_id))
        actions.addWidget(self.dossier_button)
        actions.addStretch(1)
        actions.addWidget(QLabel(self.tr("Show:")))
        actions.addWidget(self.revision_combo)
        self.events_table.setHorizontalHeaderLabels([self.tr("When"), self.tr("Who"), self.tr("Change"),
                                                     self.tr("Revision"), self.tr("Comment")])
        self.events_table.verticalHeader().hide()
        self.events_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.events_table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        history = QWidget()
        history_layout = QVBoxLayout(history)
        history_layout.setContentsMargins(0, 0, 0, 0)
        history_layout.addWidget(QLabel("<b>{}</b>".format(self.tr("History"))))
        history_layout.addWidget(self.events_table)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.browser)
        splitter.addWidget(history)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.facts_label)
        layout.addWidget(self.returned_frame)
        layout.addLayout(actions)
        layout.addWidget(self.error_label)
        layout.addWidget(self.export_label)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)

    # --- showing --------------------------------------------------------------------------------

    def load(self) -> None:
        self.record = service.get_story(self.ws, self.story_id)
        self.export_button.setEnabled(any(f.role == "photo" for f in self.record.files))
        self.revisions = service.story_revisions(self.ws, self.story_id)
        summary = self.record.summary
        title = summary.title or self.tr("(no name yet)")
        self.title_label.setText(f"<h2>{html.escape(title)}</h2>")
        self.title_label.setTextFormat(Qt.TextFormat.RichText)
        self.badge.setText(status_name(summary.status))
        self.badge.setStyleSheet(badge_style(summary.status))
        self.facts_label.setText(self.tr("{kind} · revision {revision} · last changed {time}").format(
            kind=kind_name(summary.kind), revision=summary.revision,
            time=fmt.datetime_local(summary.updated_at)))
        self._show_return(summary.status, summary.return_comment)
        for target, button in self.action_buttons.items():
            button.setVisible(target in ALLOWED[summary.status] and summary.status != StoryStatus.RETURNED)
        self.revision_combo.blockSignals(True)
        self.revision_combo.clear()
        self.revision_combo.addItem(self.tr("The story now"), None)
        for revision in reversed(self.revisions):
            self.revision_combo.addItem(self.tr("Revision {number}, finalised {time} by {who}").format(
                number=revision.revision, time=fmt.datetime_local(revision.finalised_at),
                who=revision.finalised_by), revision.revision)
        self.revision_combo.blockSignals(False)
        self._show_revision()
        self._show_events()

    def _show_return(self, status: StoryStatus, comment: str) -> None:
        returned = status == StoryStatus.RETURNED
        self.returned_frame.setVisible(returned)
        if not returned:
            return
        event = next((e for e in reversed(self.record.events) if e.to_status == StoryStatus.RETURNED), None)
        when = fmt.datetime_local(event.at) if event else ""
        self.returned_heading.setText("<b>{}</b>".format(self.tr(
            "Returned for completion ({time}). What the reviewer asks:").format(time=when)))
        self.comment_label.setText(comment or "—")

    def _show_revision(self) -> None:
        number = self.revision_combo.currentData()
        render = StoryRender(self)
        summary = self.record.summary
        if number is None:
            files = [ShownFile(f.role, f.file_name, f.caption, f.thumbnail) for f in self.record.files]
            content = self.record.content
        else:
            revision = next(r for r in self.revisions if r.revision == number)
            files, content = [ShownFile("", name) for name in revision.files], revision.content
        self.browser.setHtml(render.page(content, unit_name=summary.unit_name,
                                         campaign_name=summary.campaign_name, files=files))

    def _show_events(self) -> None:
        events = list(reversed(self.record.events))
        self.events_table.setRowCount(len(events))
        for row, event in enumerate(events):
            change = status_name(event.to_status)
            if event.from_status:
                change = f"{status_name(event.from_status)} → {change}"
            for column, text in enumerate((fmt.datetime_local(event.at), event.actor, change,
                                           fmt.number(event.revision), event.comment)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.events_table.setItem(row, column, item)
        self.events_table.resizeColumnsToContents()
        self.events_table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)

    # --- moving along the lifecycle -------------------------------------------------------------

    def _export_clicked(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Save the photos in"))
        if folder:
            self.export_photos(Path(folder))

    def export_photos(self, folder: Path) -> list[Path]:
        """Write upright copies of the photos to `folder` and say how many (or why not)."""
        from cdtt_desktop.services.story_export import export_story_photos

        try:
            written = export_story_photos(self.ws, self.story_id, folder)
        except OSError as exc:
            self.export_label.setStyleSheet("color: #b3261e;")
            self.export_label.setText(self.tr("The photos could not be saved: {reason}").format(reason=exc))
            self.export_label.show()
            return []
        self.export_label.setStyleSheet("color: #1b5e20;")
        self.export_label.setText(self.tr("Saved {count} photos in {folder}.").format(
            count=fmt.number(len(written)), folder=folder))
        self.export_label.show()
        return written

    def _move_clicked(self, target: StoryStatus) -> None:
        if target != StoryStatus.RETURNED:
            self.move_to(target)
            return
        comment, ok = QInputDialog.getMultiLineText(
            self, self.tr("Record a return"), self.tr("What does the reviewer ask to complete?"))
        if ok:
            self.move_to(StoryStatus.RETURNED, comment)

    def move_to(self, target: StoryStatus, comment: str = "") -> bool:
        """Move the story; a draft again opens in the wizard. Refusals are shown, nothing changes."""
        try:
            service.transition_story(self.ws, self.story_id, target, comment=comment)
        except ValidationError as exc:
            self.error_label.setText("\n".join(problem_text(p) for p in exc.problems))
            self.error_label.show()
            return False
        self.error_label.hide()
        self.changed.emit(self.story_id)
        if target == StoryStatus.DRAFT:
            self.accept()
            self.edit_requested.emit(self.story_id)
        else:
            self.load()
        return True

