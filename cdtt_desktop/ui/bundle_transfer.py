"""Exporting and importing bundles in the background, with the words the officer reads afterwards.

An export shows its progress in bytes and can be cancelled (the writer stops at the next chunk and leaves
no file). An import says what arrived; a bundle signed with a key other than the one pinned for its unit
raises a loud warning with both fingerprints, and only an explicit "Accept the new key" imports it.
One transfer at a time: a second click while one runs does nothing.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from cdtt_desktop.domain.messages import ValidationError
from cdtt_desktop.domain.text import fold
from cdtt_desktop.services.workspace import Workspace
from cdtt_desktop.tasks.runner import Progress, TaskRunner
from cdtt_desktop.ui.document_flow import task_workspace
from cdtt_desktop.ui.errors import show_unexpected
from cdtt_desktop.ui.exchange_labels import file_size
from cdtt_desktop.ui.key_warning import KeyChange, KeyChangedDialog

if TYPE_CHECKING:
    from cdtt_desktop.services.inbox import ImportResult
    from cdtt_desktop.services.outbox import ExportResult

log = logging.getLogger(__name__)
translate = QCoreApplication.translate
Cancelled = Callable[[], bool]
ExportWork = Callable[[Workspace, Path, Progress, Cancelled], "ExportResult"]
BUNDLE_SUFFIX = ".cdtt.zip"
KB = 1024
_last_folder = ""  # where the last bundle was saved or opened, offered again during this session


def bundle_name(prefix: str, name: str, day: dt.date) -> str:
    """'goi-CDP-2026-11-30.cdtt.zip': plain letters, so the name survives e-mail, Zalo and USB sticks."""
    plain = re.sub(r"[^A-Za-z0-9]+", "-", fold(name)).strip("-").upper() or "CDTT"
    return f"{prefix}-{plain}-{day.isoformat()}{BUNDLE_SUFFIX}"


def with_suffix(path: Path) -> Path:
    return path if path.name.lower().endswith(".zip") else path.with_name(path.name + BUNDLE_SUFFIX)


def _folder() -> str:
    return _last_folder or QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)


@dataclass(frozen=True)
class _KeyRefused:
    """The import stopped because the unit's key changed; what the warning shows."""

    change: KeyChange


class BundleTransfer(QObject):
    """`export(...)`, `import_file(path)`; emits `exported(ExportResult)` and `imported(ImportResult)`."""

    exported = Signal(object)
    imported = Signal(object)
    key_refused = Signal()  # the officer kept the old key: the new one waits in Settings

    def __init__(self, ws: Workspace, runner: TaskRunner, window: QWidget):
        super().__init__(window)
        self.ws, self.runner, self.window = ws, runner, window
        self.busy = False
        self.progress_dialog: QProgressDialog | None = None
        self.message_box: QMessageBox | None = None
        self.key_dialog: KeyChangedDialog | None = None
        self.last_message = ""
        self._cancel: threading.Event | None = None

    # --- choosing files -------------------------------------------------------------------------

    def ask_save_path(self, title: str, default_name: str) -> Path | None:
        global _last_folder
        chosen, _ = QFileDialog.getSaveFileName(self.window, title, str(Path(_folder()) / default_name),
                                                self.tr("CĐTT bundles (*.cdtt.zip);;ZIP files (*.zip)"))
        if not chosen:
            return None
        _last_folder = str(Path(chosen).parent)
        return with_suffix(Path(chosen))

    def ask_open_path(self, title: str) -> Path | None:
        global _last_folder
        chosen, _ = QFileDialog.getOpenFileName(self.window, title, _folder(),
                                                self.tr("CĐTT bundles (*.cdtt.zip *.zip);;All files (*)"))
        if not chosen:
            return None
        _last_folder = str(Path(chosen).parent)
        return Path(chosen)

    # --- export ---------------------------------------------------------------------------------

    def export(self, work: ExportWork, target: Path, *, label: str, receipt: bool = False) -> bool:
        """Run `work(ws, target, progress, cancelled)` in the background with a progress window and Cancel;
        `receipt` words the final message for the decisions sent back to a unit."""
        if self.busy:
            return False
        paths, cancel = self.ws.paths, threading.Event()
        self._cancel = cancel

        def task(progress: Progress) -> ExportResult:
            def in_kilobytes(done: int, total: int) -> None:  # Qt's int is 32 bits: bytes would overflow
                progress(done // KB, total // KB)

            with task_workspace(paths) as ws:
                return work(ws, target, in_kilobytes, cancel.is_set)

        self._start(task, lambda result: self._export_done(result, receipt), label=label, cancellable=True)
        return True

    def cancel(self) -> None:
        """Ask the running export to stop (the progress window's Cancel does this)."""
        if self._cancel is not None:
            self._cancel.set()
        if self.progress_dialog is not None:
            self.progress_dialog.setLabelText(self.tr("Stopping…"))

    def _export_done(self, result: ExportResult, receipt: bool) -> None:
        if receipt:
            text = self.tr("Saved {count} decisions in {file} ({size}).\n\nSend this file back to the unit. When "
                           "they import it, each item shows your decision and comment.")
        else:
            text = self.tr("Saved {count} items in {file} ({size}).\n\nSend this file to the upper level (USB "
                           "stick, e-mail or Zalo). It is signed: any change on the way is detected.")
        self._tell(QMessageBox.Icon.Information, self.tr("The bundle is ready"), text.format(
            count=len(result.items), file=result.path, size=file_size(result.size)))
        self.exported.emit(result)

    # --- import ---------------------------------------------------------------------------------

    def import_file(self, path: Path, *, accept_new_key: bool = False) -> bool:
        """Import `path` in the background; a changed key asks the officer before anything is written."""
        if self.busy:
            return False
        paths = self.ws.paths

        def task(_progress: Progress) -> ImportResult | _KeyRefused:
            from cdtt_desktop.domain.bundle_format import BundleError, BundleProblem
            from cdtt_desktop.services.inbox import import_bundle

            with task_workspace(paths) as ws:
                try:
                    return import_bundle(ws, path, accept_new_key=accept_new_key)
                except BundleError as exc:
                    if exc.problem != BundleProblem.key_changed:
                        raise
                    return _KeyRefused(KeyChange.of(ws, path))

        def done(result: ImportResult | _KeyRefused) -> None:
            if isinstance(result, _KeyRefused):
                self._warn_key_changed(path, result.change)
            else:
                self._import_done(result)

        self._start(task, done, label=self.tr("Checking the bundle…"), cancellable=False)
        return True

    def _warn_key_changed(self, path: Path, change: KeyChange) -> None:
        dialog = KeyChangedDialog(change, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.import_file(path, accept_new_key=True))
        dialog.rejected.connect(lambda: self._key_kept(change))
        self.key_dialog = dialog
        self.last_message = dialog.body_label.text()
        dialog.open()

    def _key_kept(self, change: KeyChange) -> None:
        self._tell(QMessageBox.Icon.Information, self.tr("Nothing imported"), self.tr(
            "Nothing was imported. The new key of {unit} stays listed in Settings › Keys and receiving until you "
            "decide.").format(unit=change.unit_name))
        self.key_refused.emit()

    def _import_done(self, result: ImportResult) -> None:
        if result.kind == "submission" and not self.ws.settings["receiving_role"]:
            # The import switched the role on in the task's own workspace; this one reads settings once.
            self.ws.settings.save(receiving_role=True)
        self._tell(QMessageBox.Icon.Information, self.tr("Bundle imported"), self.import_text(result))
        self.imported.emit(result)

    def import_text(self, result: ImportResult) -> str:
        if getattr(result, "already", False):
            return self.tr("This bundle from {unit} was imported before; nothing changed.").format(
                unit=result.sender_name)
        if result.kind == "receipt":
            text = self.tr("The answer of {unit} was imported: {count} decisions applied.").format(
                unit=result.sender_name, count=result.decisions_applied)
        else:
            text = self.tr("The bundle of {unit} was imported: {added} new items, {unchanged} already here.").format(
                unit=result.sender_name, added=result.added, unchanged=result.unchanged)
        if str(result.pin_state) == "first_contact":
            text += "\n\n" + self.tr("This is the first bundle from {unit}: its key is now pinned.\n{fingerprint}\n"
                                     "Call the unit and check that they read you the same fingerprint.").format(
                unit=result.sender_name, fingerprint=result.fingerprint)
        return text

    # --- background work ------------------------------------------------------------------------

    def _start(self, task: Callable[[Progress], Any], on_success: Callable[[Any], None], *, label: str,
               cancellable: bool) -> None:
        self.busy = True
        self._open_progress(label, cancellable)

        def succeeded(result: Any) -> None:
            self._finished()
            on_success(result)

        self.runner.run(task, succeeded, self._failed, progress=self._progressed, writes=True)

    def _open_progress(self, label: str, cancellable: bool) -> None:
        dialog = QProgressDialog(self.window)
        dialog.setWindowTitle(self.tr("Bundles"))
        dialog.setLabelText(label)
        dialog.setRange(0, 0)
        if cancellable:
            dialog.setCancelButtonText(self.tr("Cancel"))
            dialog.canceled.connect(self.cancel)
        else:
            dialog.setCancelButton(None)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumDuration(300)
        dialog.setMinimumWidth(420)
        self.progress_dialog = dialog
        self._label = label

    def _progressed(self, done_kb: int, total_kb: int) -> None:
        dialog = self.progress_dialog
        if dialog is None or dialog.wasCanceled():
            return
        dialog.setRange(0, max(total_kb, 1))
        dialog.setValue(min(done_kb, max(total_kb, 1)))
        dialog.setLabelText(self.tr("{label}\n{done} of {total}").format(
            label=self._label, done=file_size(done_kb * KB), total=file_size(total_kb * KB)))

    def _finished(self) -> None:
        self.busy = False
        self._cancel = None
        dialog, self.progress_dialog = self.progress_dialog, None
        if dialog is not None:
            dialog.close()
            dialog.deleteLater()

    def _failed(self, exc: BaseException, trace: str) -> None:
        from cdtt_desktop.services.bundle_write import BundleCancelled

        self._finished()
        if isinstance(exc, BundleCancelled):
            self._tell(QMessageBox.Icon.Information, self.tr("Export cancelled"),
                       self.tr("The export was cancelled. No file was written."))
            return
        text = self.problem_text(exc)
        if text is None:
            show_unexpected(exc, trace)
            return
        log.info("bundle not handled: %s", exc)
        self._tell(QMessageBox.Icon.Warning, self.tr("Bundles"), text)

    def problem_text(self, exc: BaseException) -> str | None:
        """What went wrong, in the officer's words; None for failures nobody expected."""
        from cdtt_desktop.domain.bundle_format import BundleError

        if isinstance(exc, BundleError):
            return self.tr("This bundle cannot be used: {reason}\n\nNothing was changed.").format(
                reason=exc.render(translate))
        if isinstance(exc, ValidationError):
            return "\n".join(p.render(translate) for p in exc.problems)
        if isinstance(exc, OSError):
            return self.tr("The file could not be read or written: {reason}").format(
                reason=exc.strerror or str(exc))
        if isinstance(exc, ValueError | LookupError) and not isinstance(exc, KeyError | IndexError):
            return str(exc)
        return None

    def _tell(self, icon: QMessageBox.Icon, title: str, text: str) -> None:
        """A message that needs no answer; not modal, so tests and the officer can go on."""
        self.last_message = text
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self.window)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message_box = box
        box.open()
