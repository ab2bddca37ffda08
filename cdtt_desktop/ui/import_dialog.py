"""Importing activities from a CSV/XLSX file: pick the columns, see the first rows, import all or nothing.

The file is read in the background; each field gets a combo box pre-filled
from the header names. The import runs through the task runner in its own
workspace. When any row is wrong nothing is imported and the dialog lists every
problem (row, column, message), which can be saved as a CSV for correcting the file.
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QCloseEvent, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QMessageBox,
    QProgressBar,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cdtt_desktop.services.activity_io import (
    IMPORT_FIELDS,
    ImportFailedError,
    ImportPreview,
    ImportReport,
    import_activities,
    preview_import,
)
from cdtt_desktop.services.workspace import Workspace, open_workspace
from cdtt_desktop.tasks.runner import Progress, TaskRunner
from cdtt_desktop.ui.errors import show_unexpected
from cdtt_desktop.ui.import_problems import ImportProblemsView

log = logging.getLogger(__name__)
REQUIRED = ("occurred_on", "title", "channel")
NOT_IN_FILE = -1
ERROR_STYLE = "color: #b00020;"
translate = QCoreApplication.translate  # rule messages carry their own context ("Rules")


def column_letter(index: int) -> str:
    """0 → A, 25 → Z, 26 → AA: how spreadsheets name columns."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


class ImportDialog(QDialog):
    """`ImportDialog(ws, runner, path)`; emits `imported(count)` and accepts after a successful import."""

    imported = Signal(int)

    def __init__(self, ws: Workspace, runner: TaskRunner, path: Path, parent: QWidget | None = None,
                 *, today: dt.date | None = None):
        super().__init__(parent)
        self.ws, self.runner, self.path, self.today = ws, runner, Path(path), today
        self.preview: ImportPreview | None = None
        self.result_text = ""
        self._running = False
        self.setWindowTitle(self.tr("Import activities"))
        self.resize(1040, 700)
        self._build()
        self._load_preview()

    # --- construction -------------------------------------------------------------------------

    def field_labels(self) -> dict[str, str]:
        return {
            "occurred_on": self.tr("Date"), "title": self.tr("Title"), "channel": self.tr("Channel"),
            "content_group": self.tr("Content group"), "campaign": self.tr("Campaign"),
            "outlet": self.tr("Press outlet / page"), "url": self.tr("Link"),
            "grassroots_unit": self.tr("Grassroots union"), "participants": self.tr("Participants"),
            "reach": self.tr("Reach"), "interactions": self.tr("Interactions"), "notes": self.tr("Notes"),
            "id": self.tr("Code (Mã)"),
        }

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Import activities from “{file}”").format(file=self.path.name))
        heading.setProperty("role", "heading")
        heading.setWordWrap(True)
        self.info_label = QLabel(self.tr("Reading the file…"))
        self.info_label.setWordWrap(True)
        layout.addWidget(heading)
        layout.addWidget(self.info_label)
        layout.addWidget(self._build_mapping())
        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_preview(), self.tr("First rows of the file"))
        self.problems_view = ImportProblemsView()
        self.problems_tab = self.tabs.addTab(self.problems_view, self.tr("Problems"))
        self.tabs.setTabVisible(self.problems_tab, False)
        layout.addWidget(self.tabs, 1)
        self.progress_bar = QProgressBar()
        self.progress_bar.hide()
        layout.addWidget(self.progress_bar)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.ActionRole)
        self.import_button.setEnabled(False)
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.start_import)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def _build_mapping(self) -> QGroupBox:
        box = QGroupBox(self.tr("Which column holds each field (* must be chosen)"))
        grid = QGridLayout(box)
        self.combos: dict[str, QComboBox] = {}
        labels = self.field_labels()
        half = (len(IMPORT_FIELDS) + 1) // 2
        for i, name in enumerate(IMPORT_FIELDS):
            combo = QComboBox()
            combo.setObjectName(f"column-{name}")
            combo.setEnabled(False)
            combo.setMinimumContentsLength(18)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.currentIndexChanged.connect(self._mapping_changed)
            text = labels[name] + (" *" if name in REQUIRED else "")
            label = QLabel(text)
            label.setBuddy(combo)
            row, col = i % half, (i // half) * 2
            grid.addWidget(label, row, col)
            grid.addWidget(combo, row, col + 1)
            self.combos[name] = combo
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self.mapping_hint = QLabel()
        self.mapping_hint.setStyleSheet(ERROR_STYLE)
        self.mapping_hint.setWordWrap(True)
        grid.addWidget(self.mapping_hint, half, 0, 1, 4)
        return box

    def _build_preview(self) -> QTableWidget:
        self.preview_table = QTableWidget()
        self.preview_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview_table.setWordWrap(False)
        self.preview_table.setAlternatingRowColors(True)
        return self.preview_table

    # --- reading the file ---------------------------------------------------------------------

    def _load_preview(self) -> None:
        path = self.path
        self.runner.run(lambda _progress: preview_import(None, path), self._show_preview,
                        self._preview_failed, writes=False)

    def _show_preview(self, preview: ImportPreview) -> None:
        self.preview = preview
        self.info_label.setText(self.tr(
            "{count} rows found. Check which column holds each field, then press Import. "
            "If any row has a problem, nothing is imported.").format(count=preview.total_rows))
        unnamed = self.tr("(no name)")
        choices = [(self.tr("— not in the file —"), NOT_IN_FILE)] + [
            (f"{column_letter(i)}: {header or unnamed}", i) for i, header in enumerate(preview.headers)]
        for name, combo in self.combos.items():
            combo.blockSignals(True)
            for text, index in choices:
                combo.addItem(text, index)
            suggested = preview.suggested_mapping.get(name)
            combo.setCurrentIndex(0 if suggested is None else suggested + 1)
            combo.setEnabled(True)
            combo.blockSignals(False)
        self._fill_preview_table()
        self._mapping_changed()

    def _fill_preview_table(self) -> None:
        assert self.preview is not None
        table, preview = self.preview_table, self.preview
        table.setColumnCount(len(preview.headers))
        table.setRowCount(len(preview.rows))
        table.setVerticalHeaderLabels([str(n) for n in preview.row_numbers])
        for r, row in enumerate(preview.rows):
            for c, value in enumerate(row):
                item = QTableWidgetItem(value.replace("\n", " ⏎ "))
                item.setToolTip(value)
                table.setItem(r, c, item)

    def _preview_failed(self, exc: BaseException, trace: str) -> None:
        if isinstance(exc, ImportFailedError):
            self.info_label.setText(exc.summary(translate))
            self.info_label.setStyleSheet(ERROR_STYLE)
            return
        log.error("reading %s failed: %s\n%s", self.path, exc, trace)
        show_unexpected(exc, trace)

    # --- mapping ------------------------------------------------------------------------------

    def mapping(self) -> dict[str, int | None]:
        """The chosen column for each field (None: not in the file)."""
        chosen: dict[str, int | None] = {}
        for name, combo in self.combos.items():
            index = combo.currentData()
            chosen[name] = None if index is None or index == NOT_IN_FILE else int(index)
        return chosen

    def _mapping_changed(self) -> None:
        if self.preview is None:
            return
        chosen, labels = self.mapping(), self.field_labels()
        missing = [labels[n] for n in REQUIRED if chosen[n] is None]
        self.mapping_hint.setText(self.tr("Choose a column for: {fields}").format(fields=", ".join(missing))
                                  if missing else "")
        self.mapping_hint.setVisible(bool(missing))
        self.import_button.setEnabled(not missing and not self._running)
        field_of = {index: labels[name] for name, index in chosen.items() if index is not None}
        bold = QFont(self.preview_table.font())
        bold.setBold(True)
        for c, header in enumerate(self.preview.headers):
            target = field_of.get(c)
            item = QTableWidgetItem(f"{header}\n→ {target}" if target else f"{header}\n")
            if target:
                item.setFont(bold)
            else:
                item.setForeground(QColor("#888888"))
            self.preview_table.setHorizontalHeaderItem(c, item)
        self.preview_table.resizeColumnsToContents()
        for c in range(self.preview_table.columnCount()):
            self.preview_table.setColumnWidth(c, min(self.preview_table.columnWidth(c), 260))

    # --- importing ----------------------------------------------------------------------------

    def start_import(self) -> None:
        if self.preview is None or self._running:
            return
        paths, path, mapping, today = self.ws.paths, self.path, self.mapping(), self.today

        def task(progress: Progress) -> ImportReport:
            ws = open_workspace(paths)  # a task works on its own connection
            try:
                return import_activities(ws, path, mapping, progress=progress, today=today)
            finally:
                ws.close()

        self._set_running(True)
        self.tabs.setTabVisible(self.problems_tab, False)
        self.info_label.setText(self.tr("Checking and importing…"))
        self.runner.run(task, self._import_succeeded, self._import_failed, progress=self._progressed)

    def _set_running(self, running: bool) -> None:
        self._running = running
        for combo in self.combos.values():
            combo.setEnabled(not running)
        self.import_button.setEnabled(not running)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setEnabled(not running)
        self.progress_bar.setVisible(running)
        self.progress_bar.setRange(0, 0)

    def _progressed(self, done: int, total: int) -> None:
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(done)

    def _import_succeeded(self, report: ImportReport) -> None:
        self._set_running(False)
        parts = [self.tr("Imported {count} activities.").format(count=report.imported)]
        if report.updated:
            parts.append(self.tr("Updated {count} activities already in the log.").format(
                count=report.updated))
        if report.skipped_duplicates:
            parts.append(self.tr("Skipped {count} rows already in the log.").format(
                count=report.skipped_duplicates))
        self.result_text = " ".join(parts)
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Import finished"), self.result_text,
                          QMessageBox.StandardButton.Ok, self.parentWidget())
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.imported.emit(report.imported)
        self.accept()

    def _import_failed(self, exc: BaseException, trace: str) -> None:
        self._set_running(False)
        self._mapping_changed()
        if not isinstance(exc, ImportFailedError):
            self.info_label.setText("")
            log.error("import of %s failed: %s\n%s", self.path, exc, trace)
            show_unexpected(exc, trace)
            return
        self.info_label.setText(self.tr("Nothing was imported. Correct the file (or the column choice) and "
                                        "press Import again."))
        self.show_problems(exc)

    def show_problems(self, exc: ImportFailedError) -> None:
        """List every problem in their own tab; nothing was imported."""
        self.problems_view.show_failure(exc, self.path)
        self.tabs.setTabText(self.problems_tab, self.tr("Problems ({count})").format(count=exc.problem_count))
        self.tabs.setTabVisible(self.problems_tab, True)
        self.tabs.setCurrentIndex(self.problems_tab)

    # --- closing ------------------------------------------------------------------------------

    def reject(self) -> None:
        if not self._running:  # the import finishes (or fails) as a whole; it cannot be left half-way
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._running:
            event.ignore()
            return
        super().closeEvent(event)
