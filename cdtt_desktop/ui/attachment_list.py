"""The attachments of a record being edited: photo thumbnails, files added, files removed.

Files are checked (size limit, readable) the moment they are added, so a file that
cannot be attached is refused at once with a reason, before anything is saved.
Nothing is copied into the store until the record itself is saved.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QFileInfo, QMimeData, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QIcon, QImageReader, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFileIconProvider,
    QGridLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from cdtt_desktop import formatting as fmt
from cdtt_desktop.services import activities as service
from cdtt_desktop.services.workspace import Workspace
from cdtt_desktop.settings import MB

THUMB = 96
_ITEM = Qt.ItemDataRole.UserRole


def local_files(mime: QMimeData) -> list[Path]:
    """The local files in dragged data (not web links, not text)."""
    if not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile() and url.toLocalFile()]


def thumbnail(path: Path) -> QIcon:
    """A small picture of an image file (read scaled, so big photos stay fast), else its file icon."""
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)  # phone photos carry their rotation in EXIF
    size = reader.size()
    if reader.canRead() and size.isValid():
        reader.setScaledSize(size.scaled(THUMB, THUMB, Qt.AspectRatioMode.KeepAspectRatio))
        image = reader.read()
        if not image.isNull():
            return QIcon(QPixmap.fromImage(image))
    return QFileIconProvider().icon(QFileInfo(str(path)))


class AttachmentList(QWidget):
    changed = Signal()

    def __init__(self, ws: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.ws = ws
        self._removed: list[str] = []
        self.list_widget = QListWidget()
        self.list_widget.setViewMode(QListView.ViewMode.IconMode)
        self.list_widget.setIconSize(QSize(THUMB, THUMB))
        self.list_widget.setGridSize(QSize(THUMB + 36, THUMB + 40))
        self.list_widget.setResizeMode(QListView.ResizeMode.Adjust)
        self.list_widget.setMovement(QListView.Movement.Static)
        self.list_widget.setWordWrap(True)
        self.list_widget.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list_widget.setMinimumHeight(THUMB + 48)
        self.add_button = QPushButton(self.tr("Add files…"))
        self.remove_button = QPushButton(self.tr("Remove"))
        limit = fmt.number(ws.settings.attachment_limit // MB)
        self.hint_label = QLabel(self.tr("Or drag photos and files onto this window. At most {limit} MB a "
                                         "file.").format(limit=limit))
        self.hint_label.setWordWrap(True)
        self.hint_label.setStyleSheet("color: palette(mid);")
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b3261e;")
        self.error_label.hide()
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list_widget, 0, 0, 3, 1)
        layout.addWidget(self.add_button, 0, 1)
        layout.addWidget(self.remove_button, 1, 1)
        layout.addWidget(self.hint_label, 3, 0, 1, 2)
        layout.addWidget(self.error_label, 4, 0, 1, 2)
        layout.setColumnStretch(0, 1)
        layout.setRowStretch(2, 1)  # extra height goes to the thumbnails
        self.add_button.clicked.connect(self.choose_files)
        self.remove_button.clicked.connect(self.remove_selected)
        self.list_widget.itemSelectionChanged.connect(self._update_buttons)
        self.list_widget.itemDoubleClicked.connect(self._open)
        self._update_buttons()

    # --- contents -------------------------------------------------------------------------------

    def load_stored(self, rows: list[dict[str, Any]]) -> None:
        """Show the files already attached (rows of services.activities.activity_attachments)."""
        for row in rows:
            thumb = row.get("thumbnail")
            stored = Path(row["path"])
            icon = QIcon(QPixmap(str(thumb))) if thumb and Path(thumb).is_file() else thumbnail(stored)
            self._add_item(icon, row["file_name"], int(row["size"]),
                           {"link_id": row["id"], "path": str(row["path"])})

    def add_files(self, paths: list[Path]) -> list[Path]:
        """Attach what can be attached; say plainly why any other file was refused. Returns those added."""
        added, refused = [], []
        present = {str(Path(p).resolve()) for p in self.new_files()}
        for path in paths:
            if str(path.resolve()) in present:
                continue
            try:
                service.check_attachments(self.ws, [path])
            except (service.AttachmentTooLargeError, service.AttachmentUnreadableError) as exc:
                refused.append(self.refusal(path, exc))
                continue
            self._add_item(thumbnail(path), path.name, path.stat().st_size, {"new": str(path)})
            present.add(str(path.resolve()))
            added.append(path)
        self.error_label.setText("\n".join(refused))
        self.error_label.setVisible(bool(refused))
        if added:
            self.changed.emit()
        return added

    def refusal(self, path: Path, exc: Exception) -> str:
        """Why `path` cannot be attached, in words an officer understands."""
        if isinstance(exc, service.AttachmentTooLargeError):
            return self.tr('"{name}" was not attached: it is {size} MB, more than the {limit} MB allowed for '
                           'one file. Attach a smaller copy (for example a resized photo).').format(
                name=path.name, size=fmt.number(round(exc.size / MB, 1)),
                limit=fmt.number(round(exc.limit / MB, 1)))
        return self.tr('"{name}" was not attached: it cannot be read (it may have been moved, be open in '
                       'another program, or be a folder).').format(name=path.name)

    def show_refusal(self, exc: Exception) -> None:
        """Say why a file failed when the record was saved (it changed after it was added)."""
        path = getattr(exc, "path", None) or Path(str(exc))
        self.error_label.setText(self.refusal(Path(path), exc))
        self.error_label.show()

    def _add_item(self, icon: QIcon, name: str, size: int, data: dict[str, str]) -> None:
        item = QListWidgetItem(icon, name)
        item.setData(_ITEM, data)
        item.setToolTip(f"{name}\n{fmt.number(round(size / 1024))} KB")
        item.setTextAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.list_widget.addItem(item)

    def choose_files(self) -> None:
        kinds = self.tr("Photos and documents (*.jpg *.jpeg *.png *.gif *.bmp *.webp *.pdf *.doc *.docx "
                        "*.xls *.xlsx *.mp4);;All files (*)")
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Attach files"), "", kinds)
        if names:
            self.add_files([Path(n) for n in names])

    def remove_selected(self) -> None:
        for item in self.list_widget.selectedItems():
            data = item.data(_ITEM)
            if "link_id" in data:
                self._removed.append(data["link_id"])
            self.list_widget.takeItem(self.list_widget.row(item))
        self.changed.emit()

    def remove_links(self, link_ids: list[str]) -> None:
        """Take away stored files by link id (when a draft that removed them is restored)."""
        for row in reversed(range(self.list_widget.count())):
            data = self.list_widget.item(row).data(_ITEM)
            if data.get("link_id") in link_ids:
                self._removed.append(data["link_id"])
                self.list_widget.takeItem(row)

    # --- reading --------------------------------------------------------------------------------

    def new_files(self) -> list[Path]:
        return [Path(d["new"]) for d in self._data() if "new" in d]

    def removed_links(self) -> list[str]:
        return list(self._removed)

    def _data(self) -> list[dict[str, str]]:
        return [self.list_widget.item(i).data(_ITEM) for i in range(self.list_widget.count())]

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(bool(self.list_widget.selectedItems()))

    def _open(self, item: QListWidgetItem) -> None:
        data = item.data(_ITEM)
        QDesktopServices.openUrl(QUrl.fromLocalFile(data.get("new") or data.get("path") or ""))
