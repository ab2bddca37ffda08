"""The register of issued documents (sổ văn bản): every document issued, newest first, reopened as issued.

Filters by year and kind and a search over subject and number (without accents) work on the list in memory:
a unit issues tens of documents a year, not thousands. Opening, saving and printing read the PDF through
the flow, which proves it is the file issued (its SHA-256 is shown here to check any copy against).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cdtt_desktop import formatting as fmt
from cdtt_desktop.domain.official import DocKind
from cdtt_desktop.domain.text import fold
from cdtt_desktop.services.document_files import issued_file_name
from cdtt_desktop.services.documents import IssuedDocument, list_issued
from cdtt_desktop.services.workspace import Workspace
from cdtt_desktop.tasks.runner import TaskRunner
from cdtt_desktop.ui.document_flow import DocumentFlow
from cdtt_desktop.ui.issue_dialog import kind_name
from cdtt_desktop.ui.notice_bar import NoticeBar
from cdtt_desktop.ui.page import Page
from cdtt_desktop.ui.pdf_preview import PdfActions, load_pdf

Index = QModelIndex | QPersistentModelIndex
SHORT_HASH = 12


class IssuedTableModel(QAbstractTableModel):
    """The register's rows after the filters; `document(row)` gives the whole record."""

    COLUMNS = ("number", "date", "kind", "subject", "signer", "pages", "sha256")

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._all: list[IssuedDocument] = []
        self._shown: list[IssuedDocument] = []
        self._year: int | None = None
        self._kind: str | None = None
        self._words: list[str] = []

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Number"), self.tr("Date"), self.tr("Kind"), self.tr("Subject"), self.tr("Signed by"),
                self.tr("Pages"), self.tr("SHA-256"))

    def set_documents(self, documents: list[IssuedDocument]) -> None:
        self._all = list(documents)
        self._apply()

    def set_filter(self, *, year: int | None, kind: str | None, text: str) -> None:
        self._year, self._kind, self._words = year, kind, fold(text).split()
        self._apply()

    def _apply(self) -> None:
        self.beginResetModel()
        self._shown = [d for d in self._all if self._matches(d)]
        self.endResetModel()

    def _matches(self, document: IssuedDocument) -> bool:
        if self._year is not None and document.year != self._year:
            return False
        if self._kind is not None and document.kind != self._kind:
            return False
        haystack = fold(f"{document.number_text} {document.subject}")
        return all(word in haystack for word in self._words)

    def total(self) -> int:
        """Documents in the register, whatever the filters."""
        return len(self._all)

    def years(self) -> list[int]:
        return sorted({d.year for d in self._all}, reverse=True)

    def document(self, row: int) -> IssuedDocument:
        return self._shown[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        document, column = self._shown[index.row()], self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(document, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return {"sha256": document.pdf_sha256, "subject": document.subject}.get(column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "pages":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return document.id
        return None

    @staticmethod
    def _text(document: IssuedDocument, column: str) -> str:
        values = {
            "number": document.number_text.removeprefix("Số:").strip(), "date": fmt.date(document.issued_on),
            "kind": kind_name(document.kind), "subject": document.subject, "signer": document.signer,
            "pages": fmt.number(document.pages), "sha256": document.pdf_sha256[:SHORT_HASH],
        }
        return values[column]


class DocumentsRegister(Page):
    """`DocumentsRegister(ws, runner, flow=None)`: the register as a page; `refresh()` reloads it."""

    def __init__(self, ws: Workspace, runner: TaskRunner, flow: DocumentFlow | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ws = ws
        self.flow = flow or DocumentFlow(ws, runner, self)
        self.flow.issued.connect(lambda _id: self.refresh())
        self.model = IssuedTableModel(self)
        self.pdf_actions = PdfActions(self)
        self._build()
        self.refresh()

    # --- construction -----------------------------------------------------------------------------

    def _build(self) -> None:
        heading = QLabel(self.tr("Register of issued documents"))
        heading.setProperty("role", "heading")
        self.notice = NoticeBar()
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(self._filters())
        layout.addWidget(self.notice)
        self.stack = QStackedWidget()
        self.stack.addWidget(self._table())
        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setStyleSheet("color: #555; padding: 40px;")
        self.stack.addWidget(self.empty_label)
        layout.addWidget(self.stack, 1)
        layout.addLayout(self._buttons())
        self._selection_changed()

    def _filters(self) -> QHBoxLayout:
        self.year_combo = QComboBox()
        self.kind_combo = QComboBox()
        self.kind_combo.addItem(self.tr("All kinds"), None)
        for kind in DocKind:
            self.kind_combo.addItem(kind_name(kind), kind.value)
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Search by subject or number"))
        self.search_edit.setClearButtonEnabled(True)
        row = QHBoxLayout()
        for label, widget in ((self.tr("Year"), self.year_combo), (self.tr("Kind"), self.kind_combo)):
            caption = QLabel(label)
            caption.setBuddy(widget)
            row.addWidget(caption)
            row.addWidget(widget)
        row.addWidget(self.search_edit, 1)
        self.year_combo.currentIndexChanged.connect(self._filter_changed)
        self.kind_combo.currentIndexChanged.connect(self._filter_changed)
        self.search_edit.textChanged.connect(self._filter_changed)
        return row

    def _table(self) -> QTableView:
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(IssuedTableModel.COLUMNS.index("subject"), QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(lambda _index: self.open_selected())  # Enter and double-click
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        return self.table

    def _buttons(self) -> QHBoxLayout:
        self.open_button = QPushButton(self.tr("Open"))
        self.save_button = QPushButton(self.tr("Save a copy…"))
        self.print_button = QPushButton(self.tr("Print…"))
        self.copy_button = QPushButton(self.tr("Copy SHA-256"))
        self.copy_button.setToolTip(self.tr("Copy the fingerprint of the PDF, to check later that a copy is the "
                                            "document issued"))
        row = QHBoxLayout()
        for button, slot in ((self.open_button, self.open_selected), (self.save_button, self.save_selected),
                             (self.print_button, self.print_selected), (self.copy_button, self.copy_sha256)):
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch(1)
        return row

    # --- loading and filtering --------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the register, keeping the filters."""
        self.model.set_documents(list_issued(self.ws))
        chosen = self.year_combo.currentData()
        self.year_combo.blockSignals(True)
        self.year_combo.clear()
        self.year_combo.addItem(self.tr("All years"), None)
        for year in self.model.years():
            self.year_combo.addItem(str(year), year)
        self.year_combo.setCurrentIndex(max(self.year_combo.findData(chosen), 0))
        self.year_combo.blockSignals(False)
        self._filter_changed()

    def _filter_changed(self) -> None:
        self.model.set_filter(year=self.year_combo.currentData(), kind=self.kind_combo.currentData(),
                              text=self.search_edit.text())
        if self.model.total() == 0:
            self.empty_label.setText(self.tr(
                "No document has been issued yet.\n\nReports, proposals and records appear here once they are "
                "issued, with their number, date and SHA-256, and they can be reopened exactly as issued."))
        else:
            self.empty_label.setText(self.tr("No issued document matches the filters."))
        self.stack.setCurrentIndex(0 if self.model.rowCount() else 1)
        if self.model.rowCount():
            self.table.selectRow(0)
        self._selection_changed()
        self.status_changed.emit()

    def _selection_changed(self) -> None:
        chosen = self.selected() is not None
        for button in (self.open_button, self.save_button, self.print_button, self.copy_button):
            button.setEnabled(chosen)

    def selected(self) -> IssuedDocument | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.document(rows[0].row()) if rows else None

    # --- actions ----------------------------------------------------------------------------------

    def open_selected(self) -> None:
        document = self.selected()
        if document is not None:
            self.flow.open_issued(document.id)

    def save_selected(self) -> None:
        document = self.selected()
        if document is not None:
            self.flow.fetch(document.id, self._save)

    def _save(self, issued: IssuedDocument, data: bytes) -> None:
        written = self.pdf_actions.save_copy(data, issued_file_name(issued))
        if written is not None:
            self.notice.show_message(self.tr("Saved a copy of {number} as {file}.").format(
                number=issued.number_text, file=written.name))

    def print_selected(self) -> None:
        document = self.selected()
        if document is not None:
            self.flow.fetch(document.id, self._print)

    def _print(self, issued: IssuedDocument, data: bytes) -> None:
        pdf = load_pdf(data, self)
        try:
            self.pdf_actions.print_document(pdf, issued_file_name(issued).removesuffix(".pdf"))
        finally:
            pdf.deleteLater()

    def copy_sha256(self) -> None:
        document = self.selected()
        if document is not None:
            QGuiApplication.clipboard().setText(document.pdf_sha256)
            self.notice.show_message(self.tr("Copied the SHA-256 of {number}.").format(number=document.number_text),
                                     timeout_ms=5000)

    # --- page -------------------------------------------------------------------------------------

    def focus_search(self) -> bool:
        self.search_edit.setFocus()
        self.search_edit.selectAll()
        return True

    def status_text(self) -> str:
        return self.tr("{shown} of {total} documents").format(shown=fmt.number(self.model.rowCount()),
                                                              total=fmt.number(self.model.total()))
