"""Looking at a PDF inside the application: every page, zoom, save a copy, print.

The PDF arrives as bytes (a draft drawn a moment ago, or an issued document read back from the register);
nothing here changes them. Printing draws each page as an image at the printer's resolution (at most
300 dpi, which is what office laser printers resolve and keeps one A4 page near 35 MB of memory).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QPoint, QRect, QSize, QStandardPaths, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from cdtt_desktop.services.document_files import save_copy

PRINT_DPI_LIMIT = 300
ZOOM_STEP, ZOOM_MIN, ZOOM_MAX = 1.25, 0.25, 5.0
_last_folder = ""  # where the last copy was saved, offered again during this session


def load_pdf(data: bytes, parent: QObject) -> QPdfDocument:
    """A QPdfDocument over `data`; the buffer is its child, so it lives exactly as long as the document."""
    document = QPdfDocument(parent)
    buffer = QBuffer(document)
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    return document


def paint_pages(document: QPdfDocument, printer: QPrinter, pages: list[int]) -> bool:
    """Draw `pages` (0-based) of `document` onto `printer`, each fitted to the whole sheet."""
    painter = QPainter()
    if not painter.begin(printer):
        return False
    try:
        dpi = min(printer.resolution(), PRINT_DPI_LIMIT)
        sheet = printer.pageLayout().fullRectPixels(printer.resolution())
        for position, index in enumerate(pages):
            if position:
                printer.newPage()
            points = document.pagePointSize(index)
            image = document.render(index, QSize(round(points.width() * dpi / 72),
                                                 round(points.height() * dpi / 72)))
            painter.drawImage(_fitted(sheet, image.size()), image)
    finally:
        painter.end()
    return True


def _fitted(sheet: QRect, size: QSize) -> QRect:
    """The largest rectangle of `size`'s proportions inside `sheet`, centred."""
    scaled = size.scaled(sheet.size(), Qt.AspectRatioMode.KeepAspectRatio)
    corner = sheet.topLeft() + QPoint((sheet.width() - scaled.width()) // 2, (sheet.height() - scaled.height()) // 2)
    return QRect(corner, scaled)


class PdfActions(QObject):
    """Save a copy and print: shared by the preview and the register of issued documents."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.widget = parent

    def save_copy(self, data: bytes, file_name: str) -> Path | None:
        """Ask where, then write the bytes unchanged; the path written, or None when nothing was."""
        global _last_folder
        folder = _last_folder or QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        chosen, _ = QFileDialog.getSaveFileName(self.widget, self.tr("Save a copy of the document"),
                                                str(Path(folder) / file_name), self.tr("PDF documents (*.pdf)"))
        if not chosen:
            return None
        try:
            written = save_copy(data, Path(chosen))
        except OSError as exc:
            QMessageBox.warning(self.widget, self.tr("Save a copy of the document"),
                                self.tr("The file cannot be written: {reason}").format(
                                    reason=exc.strerror or str(exc)))
            return None
        _last_folder = str(written.parent)
        return written

    def print_document(self, document: QPdfDocument, name: str, current_page: int | None = None) -> bool:
        """The print dialog (A4, page range, copies), then every chosen page; True when printed."""
        count = document.pageCount()
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setPageOrientation(QPageLayout.Orientation.Portrait)
        printer.setFullPage(True)  # the PDF already carries the margins of the format profile
        printer.setDocName(name)
        dialog = QPrintDialog(printer, self.widget)
        dialog.setWindowTitle(self.tr("Print the document"))
        dialog.setMinMax(1, max(count, 1))
        option = QAbstractPrintDialog.PrintDialogOption
        dialog.setOption(option.PrintPageRange, True)
        dialog.setOption(option.PrintCollateCopies, True)
        dialog.setOption(option.PrintCurrentPage, current_page is not None)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        pages = self._chosen_pages(printer, count, current_page)
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            printed = paint_pages(document, printer, pages)
        finally:
            QApplication.restoreOverrideCursor()
        if not printed:
            QMessageBox.warning(self.widget, self.tr("Print the document"),
                                self.tr("The printer could not be started. Check that it is switched on and "
                                        "connected, then try again."))
        return printed

    @staticmethod
    def _chosen_pages(printer: QPrinter, count: int, current_page: int | None) -> list[int]:
        if printer.printRange() == QPrinter.PrintRange.CurrentPage and current_page is not None:
            return [current_page]
        ranges = printer.pageRanges()
        if printer.printRange() != QPrinter.PrintRange.PageRange or ranges.isEmpty():
            return list(range(count))
        return [i for i in range(count) if ranges.contains(i + 1)]


class PdfPreview(QWidget):
    """Every page one under the other, fitted to the width; a toolbar with page, zoom, save and print."""

    def __init__(self, data: bytes, *, file_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.data, self.file_name = data, file_name
        self.document = load_pdf(data, self)
        self.actions_helper = PdfActions(self)
        self.view = QPdfView()
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)
        self.page_label = QLabel()
        self.page_label.setContentsMargins(6, 0, 10, 0)
        self.toolbar = QToolBar()
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self._make_actions()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.view, 1)
        self.view.pageNavigator().currentPageChanged.connect(self._show_page)
        self._show_page(0)

    def _action(self, text: str, tip: str, keys: list[QKeySequence], slot: object) -> QAction:
        action = QAction(text, self)
        action.setToolTip(f"{tip} ({keys[0].toString(QKeySequence.SequenceFormat.NativeText)})")
        action.setShortcuts(keys)
        action.triggered.connect(slot)
        self.toolbar.addAction(action)
        self.addAction(action)
        return action

    def _make_actions(self) -> None:
        key = QKeySequence
        self.toolbar.addWidget(self.page_label)
        self.toolbar.addSeparator()
        self.zoom_out_action = self._action("−", self.tr("Zoom out"), [key("Ctrl+-")], self.zoom_out)
        # Ctrl+= is the same key as Ctrl++ without Shift, which is how most people press it.
        self.zoom_in_action = self._action("+", self.tr("Zoom in"), [key("Ctrl+="), key("Ctrl++")], self.zoom_in)
        self.fit_action = self._action(self.tr("Fit width"), self.tr("Fit the page to the width of the window"),
                                       [key("Ctrl+0")], self.fit_width)
        self.toolbar.addSeparator()
        self.save_action = self._action(self.tr("Save as…"), self.tr("Save a copy of the PDF"),
                                        [key(key.StandardKey.Save)], self.save_as)
        self.print_action = self._action(self.tr("Print…"), self.tr("Print the document"),
                                         [key(key.StandardKey.Print)], self.print_document)

    # --- pages and zoom ---------------------------------------------------------------------------

    def page_count(self) -> int:
        return self.document.pageCount()

    def current_page(self) -> int:
        """The page in view, counted from 0."""
        return self.view.pageNavigator().currentPage()

    def _show_page(self, page: int) -> None:
        self.page_label.setText(self.tr("Page {page} / {count}").format(page=page + 1, count=self.page_count()))

    def zoom_factor(self) -> float:
        """The scale now shown, also when the view fits the width by itself."""
        if self.view.zoomMode() == QPdfView.ZoomMode.Custom or self.page_count() == 0:
            return self.view.zoomFactor()
        margins = self.view.documentMargins()
        width = self.view.viewport().width() - margins.left() - margins.right()
        page_pixels = self.document.pagePointSize(0).width() * self.view.logicalDpiX() / 72
        return max(width, 1) / max(page_pixels, 1)

    def _set_zoom(self, factor: float) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(min(max(factor, ZOOM_MIN), ZOOM_MAX))

    def zoom_in(self) -> None:
        self._set_zoom(self.zoom_factor() * ZOOM_STEP)

    def zoom_out(self) -> None:
        self._set_zoom(self.zoom_factor() / ZOOM_STEP)

    def fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    # --- save and print ---------------------------------------------------------------------------

    def save_as(self) -> Path | None:
        return self.actions_helper.save_copy(self.data, self.file_name)

    def print_document(self) -> bool:
        return self.actions_helper.print_document(self.document, Path(self.file_name).stem, self.current_page())


class PdfPreviewDialog(QDialog):
    """The preview in its own window: a title, a banner line (draft or number), notes, extra buttons, Close."""

    def __init__(self, data: bytes, *, title: str, file_name: str, banner: str = "", note: str = "",
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.banner_label = QLabel(banner)
        self.banner_label.setObjectName("banner")
        self.banner_label.setStyleSheet("QLabel#banner { font-weight: bold; color: #16365c; padding: 4px 2px; }")
        self.banner_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.banner_label.setVisible(bool(banner))
        self.note_label = QLabel(note)
        self.note_label.setObjectName("note")
        self.note_label.setWordWrap(True)
        self.note_label.setStyleSheet("QLabel#note { background: #fff4d6; border: 1px solid #e3c16f; "
                                      "border-radius: 4px; padding: 6px; }")
        self.note_label.setVisible(bool(note))
        self.preview = PdfPreview(data, file_name=file_name)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.banner_label, self.note_label):
            layout.addWidget(widget)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.buttons)
        self._size_to_screen()

    def add_action(self, text: str, slot: object) -> QPushButton:
        """An extra button left of Close (the draft preview adds "Issue…")."""
        button = self.buttons.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
        button.clicked.connect(slot)
        return button

    def _size_to_screen(self) -> None:
        screen = self.screen() or QGuiApplication.primaryScreen()
        available = screen.availableGeometry()
        height = int(available.height() * 0.9)
        # An A4 page is 0.71 as wide as high; a little more leaves room for the scroll bar and the toolbar.
        width = min(int(available.width() * 0.95), max(720, int(height * 0.8)))
        self.resize(width, height)
