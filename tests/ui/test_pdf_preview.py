"""The PDF preview: every page of a real document, zoom, save a copy unchanged, print to A4."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QGuiApplication, QPageRanges
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog

from cdtt_desktop.services import documents as docs
from cdtt_desktop.services.workspace import Workspace
from cdtt_desktop.ui import pdf_preview
from cdtt_desktop.ui.pdf_preview import PdfPreview, PdfPreviewDialog
from tests.conftest import TODAY
from tests.ui.test_document_flow import report

A4_POINTS = (595, 842)


@pytest.fixture
def three_pages(ready_ws: Workspace) -> bytes:
    """A real report drawn by the renderer, long enough for three pages."""
    pdf = docs.render_draft(ready_ws, report(ready_ws, paragraphs=25), today=TODAY)
    assert pdf.pages == 3
    return pdf.data


def open_preview(qtbot, data: bytes) -> PdfPreview:  # type: ignore[no-untyped-def]
    preview = PdfPreview(data, file_name="bao-cao.pdf")
    qtbot.addWidget(preview)
    preview.resize(700, 900)
    preview.show()
    return preview


def pages_of(path: Path) -> QPdfDocument:
    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_
    return document


class FakePrintDialog:
    """Stands in for the system print dialog: the person presses Print with the printer set to a PDF file."""

    output: Path
    page_range: tuple[int, int] | None = None

    def __init__(self, printer: QPrinter, parent: object = None):
        self.printer = printer

    def setWindowTitle(self, title: str) -> None:
        pass

    def setMinMax(self, low: int, high: int) -> None:
        self.range = (low, high)

    def setOption(self, option: object, on: bool = True) -> None:
        pass

    def exec(self) -> QDialog.DialogCode:
        self.printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        self.printer.setOutputFileName(str(self.output))
        self.printer.setResolution(72)  # keeps the test fast; real printers give 300 dpi or more
        if self.page_range:
            self.printer.setPrintRange(QPrinter.PrintRange.PageRange)
            ranges = QPageRanges()
            ranges.addRange(*self.page_range)
            self.printer.setPageRanges(ranges)
        return QDialog.DialogCode.Accepted


def test_the_preview_shows_every_page_of_a_real_document(qtbot, three_pages: bytes) -> None:  # type: ignore[no-untyped-def]
    """Three rendered pages give 'Page 1 / 3', in a multi-page view fitted to the width."""
    preview = open_preview(qtbot, three_pages)
    assert preview.page_count() == 3
    assert preview.page_label.text() == "Page 1 / 3"
    assert preview.view.pageMode() == QPdfView.PageMode.MultiPage
    assert preview.view.zoomMode() == QPdfView.ZoomMode.FitToWidth


def test_save_as_writes_the_same_bytes(qtbot, three_pages: bytes, tmp_path: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    """The copy is byte-identical, gets .pdf when the name lacks it, and the caller's name is proposed."""
    asked: list[str] = []

    def choose(_parent: object, _title: str, proposed: str, _filter: str) -> tuple[str, str]:
        asked.append(proposed)
        return str(tmp_path / "ban-sao"), "PDF (*.pdf)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(choose))
    preview = open_preview(qtbot, three_pages)
    written = preview.save_as()
    assert written == tmp_path / "ban-sao.pdf"
    assert written.read_bytes() == three_pages
    assert Path(asked[0]).name == "bao-cao.pdf"
    assert list(tmp_path.glob("*.part")) == []


def test_cancelled_save_writes_nothing(qtbot, three_pages: bytes, tmp_path: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    """Closing the file dialog without a name leaves nothing behind."""
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *args: ("", "")))
    assert open_preview(qtbot, three_pages).save_as() is None


def test_printing_draws_every_page_on_a4(qtbot, three_pages: bytes, tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    """Printing to a PDF printer gives three A4 pages."""
    FakePrintDialog.output, FakePrintDialog.page_range = tmp_path / "in.pdf", None
    monkeypatch.setattr(pdf_preview, "QPrintDialog", FakePrintDialog)
    assert open_preview(qtbot, three_pages).print_document()
    printed = pages_of(tmp_path / "in.pdf")
    assert printed.pageCount() == 3
    size = printed.pagePointSize(0)
    assert (round(size.width()), round(size.height())) == A4_POINTS


def test_printing_a_page_range_prints_only_those_pages(qtbot, three_pages: bytes, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    """Pages 2–3 chosen in the print dialog give a two-page print."""
    FakePrintDialog.output, FakePrintDialog.page_range = tmp_path / "range.pdf", (2, 3)
    monkeypatch.setattr(pdf_preview, "QPrintDialog", FakePrintDialog)
    assert open_preview(qtbot, three_pages).print_document()
    assert pages_of(tmp_path / "range.pdf").pageCount() == 2


def test_zoom_steps_from_the_fitted_width_and_returns_to_it(qtbot, three_pages: bytes) -> None:  # type: ignore[no-untyped-def]
    """Zooming in starts from what is shown (the fitted width), not from 100 %; Fit width comes back."""
    preview = open_preview(qtbot, three_pages)
    fitted = preview.zoom_factor()
    preview.zoom_in()
    assert preview.view.zoomMode() == QPdfView.ZoomMode.Custom
    assert preview.zoom_factor() == pytest.approx(fitted * 1.25)
    preview.zoom_out()
    preview.zoom_out()
    assert preview.zoom_factor() == pytest.approx(fitted / 1.25)
    preview.fit_width()
    assert preview.view.zoomMode() == QPdfView.ZoomMode.FitToWidth


def test_dialog_shows_banner_and_extra_buttons_and_answers_the_keyboard(qtbot, three_pages: bytes,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    """Banner and note shown; Ctrl+= zooms, Ctrl+S saves, Esc closes; the window is 90 % of the screen high."""
    dialog = PdfPreviewDialog(three_pages, title="Báo cáo", file_name="bao-cao.pdf",
                              banner="Số: 05/BC-CĐP · SHA-256 0123456789ab…", note="Lưu ý.")
    qtbot.addWidget(dialog)
    clicked: list[bool] = []
    button = dialog.add_action("Issue…", lambda: clicked.append(True))
    asked: list[str] = []

    def cancel(_parent: object, _title: str, proposed: str, _filter: str) -> tuple[str, str]:
        asked.append(proposed)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(cancel))
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)  # shortcuts go to the active window
    assert dialog.banner_label.isVisible() and dialog.note_label.text() == "Lưu ý."
    screen = QGuiApplication.primaryScreen().availableGeometry()
    assert dialog.height() == pytest.approx(screen.height() * 0.9, abs=2)
    button.click()
    assert clicked == [True]
    QTest.keyClick(dialog, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert dialog.preview.view.zoomMode() == QPdfView.ZoomMode.Custom
    QTest.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert [Path(p).name for p in asked] == ["bao-cao.pdf"]
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_the_preview_keeps_its_own_copy_of_the_bytes(qtbot, three_pages: bytes) -> None:  # type: ignore[no-untyped-def]
    """The document stays readable after the caller's bytes are gone (the buffer lives with the document)."""
    preview = open_preview(qtbot, bytes(QByteArray(three_pages).data()))
    gc.collect()
    image = preview.document.render(2, preview.document.pagePointSize(2).toSize())
    assert not image.isNull()
