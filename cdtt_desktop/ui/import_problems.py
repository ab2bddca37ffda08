"""The per-row problem list of a failed import, with a button to save it as CSV for correcting the file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cdtt_desktop.services.import_rows import ImportFailedError, RowProblem
from cdtt_desktop.services.tabular import write_csv

translate = QCoreApplication.translate  # rule messages carry their own context ("Rules")


class ImportProblemsView(QWidget):
    """Summary line, a table (row, column, problem) and "Save the list of problems…"."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.row_problems: list[RowProblem] = []
        self.source: Path | None = None
        self.summary_label = QLabel()
        self.summary_label.setProperty("role", "error")
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.save_button = QPushButton(self.tr("Save the list of problems…"))
        self.save_button.clicked.connect(self._choose_file)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(self.headers())
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column in (0, 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        top = QHBoxLayout()
        top.addWidget(self.summary_label, 1)
        top.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)

    def headers(self) -> list[str]:
        return [self.tr("Row"), self.tr("Column"), self.tr("Problem")]

    def show_failure(self, exc: ImportFailedError, source: Path | None = None) -> None:
        """Fill in the summary and every row problem (a file-level problem has no rows)."""
        self.source = source
        self.row_problems = exc.row_problems
        self.summary_label.setText(exc.summary(translate))
        self.table.setRowCount(len(exc.row_problems))
        for r, problem in enumerate(exc.row_problems):
            cells = [str(problem.row) if problem.row else "", problem.column, problem.message(translate)]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if c == 0:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
        self.table.setVisible(bool(exc.row_problems))
        self.save_button.setVisible(bool(exc.row_problems))

    def _choose_file(self) -> None:
        suggested = self.source.with_name(f"{self.source.stem}-loi.csv") if self.source else Path("loi.csv")
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save the list of problems"), str(suggested),
                                              self.tr("CSV files (*.csv)"))
        if name:
            self.save_report(Path(name) if name.lower().endswith(".csv") else Path(name + ".csv"))

    def save_report(self, path: Path) -> bool:
        """Write the problems as CSV (row, column, problem) in the interface language."""
        rows = [[p.row or "", p.column, p.message(translate)] for p in self.row_problems]
        try:
            write_csv(path, self.headers(), rows)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Save the list of problems"),
                                self.tr("The file cannot be written: {reason}").format(
                                    reason=exc.strerror or str(exc)))
            return False
        return True
