"""The register of issued documents: rows newest first, filters, accent-free search, open/save/print/copy."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtPdf import QPdfDocument
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog

from cdtt_desktop.domain.official import DocKind
from cdtt_desktop.services import documents as docs
from cdtt_desktop.services.documents import IssuedDocument
from cdtt_desktop.services.workspace import Workspace
from cdtt_desktop.tasks.runner import TaskRunner
from cdtt_desktop.ui import pdf_preview
from cdtt_desktop.ui.documents_register import DocumentsRegister, IssuedTableModel
from tests.conftest import TODAY
from tests.ui.test_document_flow import report
from tests.ui.test_pdf_preview import FakePrintDialog


@pytest.fixture
def runner(qtbot) -> Iterator[TaskRunner]:  # type: ignore[no-untyped-def]
    task_runner = TaskRunner()
    yield task_runner
    task_runner.wait()


@pytest.fixture(autouse=True)
def close_windows() -> Iterator[None]:
    yield
    for widget in QApplication.topLevelWidgets():
        if widget.isWindow() and widget.isVisible():
            widget.close()


def issue_three(ws: Workspace) -> list[IssuedDocument]:
    """A report of last December, a report and a proposal of this year."""
    old = docs.issue(ws, report(ws, "Tháng 12."), source="periodic:2025-12", on=dt.date(2025, 12, 30))
    new = docs.issue(ws, report(ws, "Tháng 4."), source="periodic:2026-04", on=TODAY)
    proposal = docs.issue(ws, report(ws, "Đề nghị.", kind=DocKind.PROPOSAL), source="case-proposal:x",
                          on=TODAY - dt.timedelta(days=2))
    return [old, new, proposal]


def open_register(qtbot, ws: Workspace, runner: TaskRunner) -> DocumentsRegister:  # type: ignore[no-untyped-def]
    register = DocumentsRegister(ws, runner)
    qtbot.addWidget(register)
    register.resize(1100, 500)
    register.show()
    return register


def column(model: IssuedTableModel, name: str) -> list[str]:
    c = IssuedTableModel.COLUMNS.index(name)
    return [model.data(model.index(r, c)) for r in range(model.rowCount())]


def test_an_empty_register_explains_what_will_appear(qtbot, ready_ws: Workspace, runner: TaskRunner) -> None:  # type: ignore[no-untyped-def]
    """With nothing issued, the page says that issued documents appear here; the actions are off."""
    register = open_register(qtbot, ready_ws, runner)
    assert register.stack.currentWidget() is register.empty_label
    assert register.empty_label.text().startswith("No document has been issued yet.")
    assert not register.open_button.isEnabled()


def test_rows_are_newest_first_with_every_column(qtbot, ready_ws: Workspace, runner: TaskRunner) -> None:  # type: ignore[no-untyped-def]
    """Number, date, kind, subject, signer, pages, short SHA-256 (full in the tooltip), newest first."""
    old, new, proposal = issue_three(ready_ws)
    model = open_register(qtbot, ready_ws, runner).model
    assert column(model, "number") == ["01/BC-CĐP", "01/TTr-CĐP", "01/BC-CĐP"]
    assert column(model, "date") == ["12/05/2026", "10/05/2026", "30/12/2025"]
    assert column(model, "kind") == ["Report", "Proposal", "Report"]
    assert column(model, "signer") == ["Trần Văn Bình"] * 3
    assert column(model, "pages") == [str(new.pages), str(proposal.pages), str(old.pages)]
    sha = IssuedTableModel.COLUMNS.index("sha256")
    assert model.data(model.index(0, sha)) == new.pdf_sha256[:12]
    assert model.data(model.index(0, sha), Qt.ItemDataRole.ToolTipRole) == new.pdf_sha256
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Number"


def test_filters_by_year_and_kind_and_search_without_accents(qtbot, ready_ws: Workspace,
                                                             runner: TaskRunner) -> None:  # type: ignore[no-untyped-def]
    """Year and kind narrow the list; 'ket qua' finds 'Kết quả', '01/ttr' finds the proposal's number."""
    issue_three(ready_ws)
    register = open_register(qtbot, ready_ws, runner)
    assert [register.year_combo.itemText(i) for i in range(register.year_combo.count())] == [
        "All years", "2026", "2025"]
    register.year_combo.setCurrentIndex(register.year_combo.findData(2025))
    assert column(register.model, "date") == ["30/12/2025"]
    register.year_combo.setCurrentIndex(0)
    register.kind_combo.setCurrentIndex(register.kind_combo.findData("TTr"))
    assert column(register.model, "number") == ["01/TTr-CĐP"]
    register.kind_combo.setCurrentIndex(0)
    register.search_edit.setText("ket qua TRUYEN thong")
    assert register.model.rowCount() == 3
    register.search_edit.setText("01/ttr")
    assert column(register.model, "number") == ["01/TTr-CĐP"]
    register.search_edit.setText("không có")
    assert register.stack.currentWidget() is register.empty_label
    assert register.empty_label.text() == "No issued document matches the filters."
    assert register.status_text() == "0 of 3 documents"


def test_enter_opens_the_selected_document_as_issued(qtbot, ready_ws: Workspace, runner: TaskRunner) -> None:  # type: ignore[no-untyped-def]
    """Enter on a row shows the preview with the issued bytes."""
    _, new, _ = issue_three(ready_ws)
    register = open_register(qtbot, ready_ws, runner)
    register.table.setFocus()
    register.table.setCurrentIndex(register.model.index(0, 0))
    QTest.keyClick(register.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: register.flow.preview_dialog is not None, timeout=20_000)
    assert register.flow.preview_dialog is not None
    assert register.flow.preview_dialog.preview.data == new.file.read_bytes()


def test_issuing_through_the_flow_adds_the_row(qtbot, ready_ws: Workspace, runner: TaskRunner) -> None:  # type: ignore[no-untyped-def]
    """A document issued in the background appears in the register without pressing refresh."""
    register = open_register(qtbot, ready_ws, runner)
    register.flow._today = TODAY
    register.flow.issue(lambda ws: report(ws), source="periodic:2026-04", title="Báo cáo", file_name="bc.pdf")
    qtbot.waitUntil(lambda: register.flow.issue_dialog is not None, timeout=20_000)
    assert register.flow.issue_dialog is not None
    with qtbot.waitSignal(register.flow.issued, timeout=20_000):
        register.flow.issue_dialog.issue_button.click()
    assert column(register.model, "number") == ["01/BC-CĐP"]
    assert register.stack.currentWidget() is register.table


def test_save_a_copy_writes_the_issued_bytes_under_a_numbered_name(qtbot, ready_ws: Workspace, runner: TaskRunner,
                                                                    tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    """The proposed name starts with the number; the copy is byte-identical to the issued PDF."""
    _, new, _ = issue_three(ready_ws)
    proposed: list[str] = []

    def choose(_parent: object, _title: str, name: str, _filter: str) -> tuple[str, str]:
        proposed.append(Path(name).name)
        return str(tmp_path / Path(name).name), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(choose))
    register = open_register(qtbot, ready_ws, runner)
    register.save_button.click()
    qtbot.waitUntil(lambda: bool(proposed), timeout=20_000)
    assert proposed == ["01-BC-CĐP 2026 - Kết quả công tác truyền thông tháng 4 năm 2026.pdf"]
    assert (tmp_path / proposed[0]).read_bytes() == new.file.read_bytes()
    assert register.notice.isVisible()


def test_print_from_the_register_prints_every_page(qtbot, ready_ws: Workspace, runner: TaskRunner, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    """Print… reads the issued PDF and prints as many pages as it has."""
    issued = docs.issue(ready_ws, report(ready_ws, paragraphs=25), source="periodic:2026-04", on=TODAY)
    FakePrintDialog.output, FakePrintDialog.page_range = tmp_path / "in.pdf", None
    monkeypatch.setattr(pdf_preview, "QPrintDialog", FakePrintDialog)
    register = open_register(qtbot, ready_ws, runner)
    register.print_button.click()
    qtbot.waitUntil(lambda: (tmp_path / "in.pdf").exists() and not register.flow.busy, timeout=20_000)
    printed = QPdfDocument()
    printed.load(str(tmp_path / "in.pdf"))
    assert printed.pageCount() == issued.pages == 3


def test_copy_sha256_puts_the_whole_fingerprint_on_the_clipboard(qtbot, ready_ws: Workspace,
                                                                  runner: TaskRunner) -> None:  # type: ignore[no-untyped-def]
    """The clipboard gets all 64 hex digits of the selected document's PDF hash."""
    _, new, _ = issue_three(ready_ws)
    register = open_register(qtbot, ready_ws, runner)
    register.copy_button.click()
    assert QGuiApplication.clipboard().text() == new.pdf_sha256


def test_the_model_alone_ignores_child_indexes(ready_ws: Workspace) -> None:
    """A table model has no children: rows and columns under a valid parent are zero."""
    model = IssuedTableModel()
    model.set_documents(issue_three(ready_ws))
    assert model.rowCount() == 3 and model.columnCount() == 7
    assert model.rowCount(model.index(0, 0)) == 0 and model.data(QModelIndex()) is None
