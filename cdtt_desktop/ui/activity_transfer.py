"""Bringing activities in from a spreadsheet and writing the filtered list out, for the activity page.

Export runs in the background on its own connection, so the window stays usable
while a large list is written.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QWidget

from cdtt_desktop import formatting as fmt
from cdtt_desktop.domain.queries import ActivityFilter, Ordering
from cdtt_desktop.services.workspace import Workspace, open_workspace
from cdtt_desktop.tasks.runner import Progress, TaskRunner
from cdtt_desktop.ui.notice_bar import NoticeBar


def documents_folder() -> str:
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)


class ActivityTransfer(QObject):
    imported = Signal(int)
    exported = Signal(int)
    export_failed = Signal(str)

    def __init__(self, ws: Workspace, runner: TaskRunner, window: QWidget, notice: NoticeBar,
                 today: Callable[[], dt.date]):
        super().__init__(window)
        self.ws, self.runner, self.window, self.notice, self._today = ws, runner, window, notice, today
        self.busy = False

    # --- import ---------------------------------------------------------------------------------

    def choose_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Import activities"), documents_folder(),
            self.tr("Spreadsheets (*.xlsx *.csv);;Excel workbook (*.xlsx);;CSV file (*.csv)"))
        if path:
            self.open_import(Path(path))

    def open_import(self, path: Path) -> None:
        """The import dialog (column mapping, preview, per-row errors) for `path`."""
        from cdtt_desktop.ui.import_dialog import ImportDialog

        dialog = ImportDialog(self.ws, self.runner, path, self.window, today=self._today())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.imported.connect(self._imported)
        dialog.open()

    def _imported(self, count: int) -> None:
        self.notice.show_message(self.tr("Imported {count} activities.").format(count=fmt.number(count)))
        self.imported.emit(count)

    # --- export ---------------------------------------------------------------------------------

    def choose_export(self, flt: ActivityFilter, ordering: Ordering) -> None:
        name = f"hoat-dong-{self._today():%Y-%m-%d}.xlsx"
        path, chosen = QFileDialog.getSaveFileName(
            self.window, self.tr("Export the list"), str(Path(documents_folder()) / name),
            self.tr("Excel workbook (*.xlsx);;CSV file (*.csv)"))
        if path:
            target = Path(path)
            if target.suffix.lower() not in (".xlsx", ".csv"):
                target = target.with_suffix(".csv" if "csv" in chosen.lower() else ".xlsx")
            self.export_to(target, flt, ordering)

    def export_to(self, path: Path, flt: ActivityFilter, ordering: Ordering) -> None:
        """Write the activities matching `flt`, in `ordering`, to `path` (.xlsx or .csv)."""
        from cdtt_desktop.services.activity_io import export_activities

        paths = self.ws.paths

        def export(progress: Progress) -> int:
            ws = open_workspace(paths)
            try:
                return export_activities(ws, path, flt, ordering)
            finally:
                ws.close()

        self.busy = True
        self.runner.run(export, lambda count: self._exported(path, count), self._failed)

    def _exported(self, path: Path, count: int) -> None:
        self.busy = False

        def open_folder() -> None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))

        self.notice.show_message(
            self.tr("Exported {count} activities to {file}.").format(count=fmt.number(count), file=path.name),
            action_text=self.tr("Open folder"), action=open_folder)
        self.exported.emit(count)

    def _failed(self, exc: BaseException, _trace: str) -> None:
        self.busy = False
        reason = str(exc) or type(exc).__name__
        self.notice.show_message(self.tr("The list could not be exported: {reason}").format(reason=reason),
                                 error=True, timeout_ms=0)
        self.export_failed.emit(reason)
