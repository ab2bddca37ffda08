"""The evidence step: photos with captions, press links, documents.

A file is checked and stored the moment it is added (dragged in or picked), so a
refusal (too large, too many pixels, not a photo, already attached) is said at once
and nothing half-added remains. Captions are saved as they are typed.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QIcon, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFileDialog,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
)

from cdtt_desktop import formatting as fmt
from cdtt_desktop.domain.messages import ValidationError
from cdtt_desktop.domain.stories import FILE_LIMIT_BYTES, MB, PHOTO_MAX_PIXELS, PressLink, StoryContent
from cdtt_desktop.services import stories as service
from cdtt_desktop.services.story_files import DOCUMENT, PHOTO
from cdtt_desktop.ui.attachment_list import local_files, thumbnail
from cdtt_desktop.ui.story_labels import field_name, problem_text
from cdtt_desktop.ui.story_step import StepPage, StoryState, note

_LINK = Qt.ItemDataRole.UserRole
ICON = 64  # photos in the table: small enough for several rows on a 768-pixel screen
_DOCUMENT_SUFFIXES = {".pdf", ".docx", ".xlsx"}
ERROR_STYLE = "color: #b3261e;"


def _heading(text: str) -> QLabel:
    return QLabel(f"<b>{text}</b>")


class EvidencePage(StepPage):
    step = "evidence"

    def __init__(self, state: StoryState):
        super().__init__(state)
        self.setTitle(self.tr("Evidence"))
        self.setAcceptDrops(True)
        limit = fmt.number(FILE_LIMIT_BYTES // MB)
        self.intro.setText(self.tr(
            "Nothing here is required, except at least 1 photo for a story for publication. Photos: JPEG, "
            "PNG or WebP, at most {limit} MB and {pixels} pixels on the long side. Documents: PDF, Word, "
            "Excel, JPEG or PNG, at most {limit} MB. Drag files onto this window or use the buttons.").format(
            limit=limit, pixels=fmt.number(PHOTO_MAX_PIXELS)))
        self.photo_table = QTableWidget(0, 3)
        self.photo_table.setHorizontalHeaderLabels([field_name("photos"), self.tr("Caption"),
                                                    self.tr("File")])
        self.photo_table.setIconSize(QSize(ICON, ICON))
        self.photo_table.verticalHeader().hide()
        self.photo_table.verticalHeader().setDefaultSectionSize(ICON + 8)
        self.photo_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.photo_table.horizontalHeader()
        header.resizeSection(0, max(ICON + 16, header.sectionSizeHint(0)))
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(2, 180)
        self.add_photos_button = QPushButton(self.tr("Add photos…"))
        self.remove_photo_button = QPushButton(self.tr("Remove photo"))
        self.link_table = QTableWidget(0, 2)
        self.link_table.setHorizontalHeaderLabels([self.tr("Link (https://…)"),
                                                   self.tr("Title of the article")])
        self.link_table.verticalHeader().hide()
        self.link_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.link_table.setMaximumHeight(130)
        self.add_link_button = QPushButton(self.tr("Add link"))
        self.remove_link_button = QPushButton(self.tr("Remove link"))
        self.document_list = QListWidget()
        self.document_list.setMaximumHeight(90)
        self.add_documents_button = QPushButton(self.tr("Add documents…"))
        self.remove_document_button = QPushButton(self.tr("Remove document"))
        self.error_label = note(style=ERROR_STYLE)
        self.error_label.setObjectName("refusals")
        self.error_label.hide()
        self._lay_out()
        self._connect()

    def _lay_out(self) -> None:
        grid = QGridLayout()
        rows = ((field_name("photos"), self.photo_table, (self.add_photos_button, self.remove_photo_button)),
                (field_name("press_links"), self.link_table, (self.add_link_button, self.remove_link_button)),
                (field_name("documents"), self.document_list,
                 (self.add_documents_button, self.remove_document_button)))
        for index, (title, widget, buttons) in enumerate(rows):
            grid.addWidget(_heading(title), 3 * index, 0)
            grid.addWidget(widget, 3 * index + 1, 0, 2, 1)
            grid.addWidget(buttons[0], 3 * index + 1, 1)
            grid.addWidget(buttons[1], 3 * index + 2, 1, Qt.AlignmentFlag.AlignTop)
        grid.setRowStretch(1, 1)
        grid.setColumnStretch(0, 1)
        widest = max(b.sizeHint().width() for _t, _w, pair in rows for b in pair)
        grid.setColumnMinimumWidth(1, widest)  # translated labels are never cut
        self.body.addWidget(self.error_label)
        self.body.addLayout(grid, 1)

    def _connect(self) -> None:
        self.add_photos_button.clicked.connect(lambda: self.choose(PHOTO))
        self.add_documents_button.clicked.connect(lambda: self.choose(DOCUMENT))
        self.remove_photo_button.clicked.connect(lambda: self._remove_selected(self.photo_table))
        self.remove_document_button.clicked.connect(lambda: self._remove_selected(self.document_list))
        self.add_link_button.clicked.connect(lambda: self.add_link_row())
        self.remove_link_button.clicked.connect(self._remove_link)

    # --- files ----------------------------------------------------------------------------------

    def show_files(self) -> None:
        """Show the story's files as stored."""
        self.photo_table.setRowCount(0)
        self.document_list.clear()
        for stored in self.state.files:
            icon = (QIcon(QPixmap(str(stored.thumbnail))) if stored.thumbnail and stored.thumbnail.is_file()
                    else thumbnail(stored.path))
            tip = f"{stored.file_name}\n{fmt.number(round(stored.size / 1024))} KB"
            if stored.role == DOCUMENT:
                item = QListWidgetItem(icon, stored.file_name)
                item.setData(_LINK, stored.link_id)
                item.setToolTip(tip)
                self.document_list.addItem(item)
                continue
            row = self.photo_table.rowCount()
            self.photo_table.insertRow(row)
            picture = QTableWidgetItem(icon, "")
            picture.setData(_LINK, stored.link_id)
            picture.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            name = QTableWidgetItem(stored.file_name)
            name.setFlags(picture.flags())
            name.setToolTip(tip)
            self.photo_table.setItem(row, 0, picture)
            caption = QLineEdit(stored.caption)
            caption.setFrame(False)
            caption.setPlaceholderText(self.tr("Type a caption: who, what, where"))
            caption.editingFinished.connect(self.save_captions)
            self.photo_table.setItem(row, 2, name)
            self.photo_table.setCellWidget(row, 1, caption)

    def add_files(self, paths: list[Path], role: str | None = None) -> list[str]:
        """Attach each file (photo or document by its type unless `role` says); refusals shown at once."""
        added, refused = [], []
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            for path in paths:
                kind = role or (DOCUMENT if path.suffix.casefold() in _DOCUMENT_SUFFIXES else PHOTO)
                try:
                    added.append(service.add_story_file(self.state.ws, self.state.story_id, path, role=kind))
                except (service.PhotoRejectedError, service.DuplicateFileError) as exc:
                    refused.append(problem_text(exc.problem))
                except ValidationError as exc:
                    refused += [problem_text(p) for p in exc.problems]
        finally:
            QApplication.restoreOverrideCursor()
        self.error_label.setText("\n".join(refused))
        self.error_label.setVisible(bool(refused))
        if added:
            self._files_changed()
        return added

    def choose(self, role: str) -> None:
        if role == PHOTO:
            kinds = self.tr("Photos (*.jpg *.jpeg *.png *.webp);;All files (*)")
        else:
            kinds = self.tr("Documents (*.pdf *.docx *.xlsx *.jpg *.jpeg *.png);;All files (*)")
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Add files to the story"), "", kinds)
        if names:
            self.add_files([Path(n) for n in names], role)

    def _remove_selected(self, view: QTableWidget | QListWidget) -> None:
        if isinstance(view, QTableWidget):
            rows = {i.row() for i in view.selectedIndexes()}
            links = [self._link_of(r) for r in rows]
        else:
            links = [item.data(_LINK) for item in view.selectedItems()]
        for link_id in links:
            service.remove_story_file(self.state.ws, self.state.story_id, link_id)
        if links:
            self._files_changed()

    def _files_changed(self) -> None:
        self.state.reload_files()
        self.show_files()
        self.edited()

    def _link_of(self, row: int) -> str:
        item = self.photo_table.item(row, 0)
        return str(item.data(_LINK)) if item is not None else ""

    def caption_edit(self, row: int) -> QLineEdit:
        edit = self.photo_table.cellWidget(row, 1)
        assert isinstance(edit, QLineEdit)
        return edit

    def save_captions(self) -> None:
        """Store the captions that changed (on leaving a caption, and with every autosave)."""
        stored = {f.link_id: f.caption for f in self.state.files}
        changed = False
        for row in range(self.photo_table.rowCount()):
            link_id, text = self._link_of(row), self.caption_edit(row).text()
            if link_id in stored and text.strip() != stored[link_id]:
                service.set_file_caption(self.state.ws, self.state.story_id, link_id, text)
                changed = True
        if changed:
            self.state.reload_files()

    # --- press links ----------------------------------------------------------------------------

    def add_link_row(self, link: PressLink | None = None) -> int:
        row = self.link_table.rowCount()
        self.link_table.insertRow(row)
        for column, value in enumerate((link.url, link.title) if link else ("", "")):
            edit = QLineEdit(value)
            edit.setFrame(False)
            edit.textChanged.connect(lambda _t: self.edited())
            edit.installEventFilter(self)  # a file dropped here is evidence, not text for the link
            self.link_table.setCellWidget(row, column, edit)
        return row

    def link_edit(self, row: int, column: int) -> QLineEdit:
        edit = self.link_table.cellWidget(row, column)
        assert isinstance(edit, QLineEdit)
        return edit

    def _remove_link(self) -> None:
        for row in sorted({i.row() for i in self.link_table.selectedIndexes()} |
                          {self.link_table.currentRow()} - {-1}, reverse=True):
            self.link_table.removeRow(row)
        self.edited()

    # --- content --------------------------------------------------------------------------------

    def load(self, content: StoryContent) -> None:
        self.link_table.setRowCount(0)
        for link in content.press_links:
            self.add_link_row(link)
        self.show_files()

    def store(self, content: StoryContent) -> None:
        links = [PressLink(self.link_edit(r, 0).text(), self.link_edit(r, 1).text())
                 for r in range(self.link_table.rowCount())]
        content.press_links = [link for link in links if link.url.strip() or link.title.strip()]

    # --- drag and drop --------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if local_files(event.mimeData()):
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if local_files(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = local_files(event.mimeData())
        if paths:
            onto_documents = self.document_list.geometry().contains(event.position().toPoint())
            self.add_files(paths, DOCUMENT if onto_documents else None)
            event.acceptProposedAction()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kinds = (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop)
        if event.type() in kinds and isinstance(event, QDropEvent) and local_files(event.mimeData()):
            if event.type() == QEvent.Type.Drop:
                self.add_files(local_files(event.mimeData()))
            event.acceptProposedAction()
            return True
        return super().eventFilter(watched, event)
