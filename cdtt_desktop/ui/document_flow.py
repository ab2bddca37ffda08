"""Previewing, issuing and reopening official documents: the same steps for every kind of document.

A screen hands over a builder (a function that makes the `OfficialDocument` from a workspace); the flow
runs it in the background on the task's own workspace, draws the PDF there too, and shows the result
while the window stays responsive. Issuing asks for the number and date first, unless the same content
was issued already, in which case that document is reopened as it was. Problems the officer can act on
are told in plain words; only a failure nobody expected shows the error dialog.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from cdtt_desktop import formatting as fmt
from cdtt_desktop.domain.document_model import OfficialDocument
from cdtt_desktop.domain.messages import ValidationError
from cdtt_desktop.paths import DataPaths
from cdtt_desktop.services import documents
from cdtt_desktop.services.document_files import already_issued, get_issued, issued_file_name
from cdtt_desktop.services.documents import DocumentDamagedError, IssuedDocument, NumberTakenError
from cdtt_desktop.services.workspace import Workspace, open_workspace
from cdtt_desktop.tasks.runner import Progress, TaskRunner
from cdtt_desktop.ui.errors import show_unexpected
from cdtt_desktop.ui.issue_dialog import IssueDialog
from cdtt_desktop.ui.pdf_preview import PdfPreviewDialog

log = logging.getLogger(__name__)
Builder = Callable[[Workspace], OfficialDocument]
translate = QCoreApplication.translate  # rule messages carry their own context ("Rules")


@contextmanager
def task_workspace(paths: DataPaths) -> Iterator[Workspace]:
    """A task works on its own connection, closed whatever happens."""
    ws = open_workspace(paths)
    try:
        yield ws
    finally:
        ws.close()


class DocumentFlow(QObject):
    """`DocumentFlow(ws, runner, window)`: `preview`, `issue` and `open_issued`; emits `issued(id)`."""

    issued = Signal(str)

    def __init__(self, ws: Workspace, runner: TaskRunner, window: QWidget, *, today: dt.date | None = None):
        super().__init__(window)
        self.ws, self.runner, self.window, self._today = ws, runner, window, today
        self.busy = False
        self.progress_dialog: QProgressDialog | None = None
        self.issue_dialog: IssueDialog | None = None
        self.preview_dialog: PdfPreviewDialog | None = None  # the last one shown
        self._draft_dialog: PdfPreviewDialog | None = None
        self.last_message = ""  # the last problem told to the officer

    def today(self) -> dt.date:
        return self._today or dt.date.today()

    # --- the three ways in --------------------------------------------------------------------

    def preview(self, build: Builder, *, source: str, title: str, file_name: str) -> None:
        """Draw a draft (no number, nothing registered) and show it with an "Issue…" button."""
        paths, today = self.ws.paths, self.today()

        def task(progress: Progress) -> tuple[OfficialDocument, bytes]:
            with task_workspace(paths) as ws:
                document = build(ws)
                return document, documents.render_draft(ws, document, today=today, progress=progress).data

        def show(result: tuple[OfficialDocument, bytes]) -> None:
            document, data = result
            dialog = self._show_pdf(data, title=title, file_name=file_name,
                                    banner=self.tr("Draft — not numbered yet"))
            dialog.add_action(self.tr("Issue…"), lambda: self.issue(
                lambda _ws: document, source=source, title=title, file_name=file_name))
            self._draft_dialog = dialog

        self._start(task, show, writes=False)

    def issue(self, build: Builder, *, source: str, title: str, file_name: str) -> None:
        """Build, ask for the number and date, issue, then show the issued PDF."""
        paths = self.ws.paths

        def task(_progress: Progress) -> tuple[OfficialDocument, IssuedDocument | None]:
            with task_workspace(paths) as ws:
                document = build(ws)
                return document, already_issued(ws, document, source=source)

        def confirm(result: tuple[OfficialDocument, IssuedDocument | None]) -> None:
            document, existing = result
            if existing is not None:  # issuing would reopen it anyway: no number to choose
                self._issue_now(document, source, title, file_name, number=None, on=self.today())
            else:
                self._ask_number(document, source, title, file_name)

        self._start(task, confirm, writes=False)

    def open_issued(self, document_id: str) -> None:
        """Show an issued document exactly as it was issued."""
        self.fetch(document_id, lambda issued, data: self._show_issued(issued, data))

    def fetch(self, document_id: str, then: Callable[[IssuedDocument, bytes], None]) -> None:
        """Read an issued document's PDF in the background, then call `then(issued, data)`."""
        paths = self.ws.paths

        def task(_progress: Progress) -> tuple[IssuedDocument, bytes]:
            with task_workspace(paths) as ws:
                return get_issued(ws, document_id), documents.open_issued(ws, document_id)

        self._start(task, lambda result: then(*result), writes=False, label=self.tr("Opening the document…"))

    # --- issuing ------------------------------------------------------------------------------

    def _ask_number(self, document: OfficialDocument, source: str, title: str, file_name: str) -> None:
        dialog = IssueDialog(self.ws, document, today=self.today(), parent=self._dialog_parent())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._issue_now(document, source, title, file_name,
                                                        number=dialog.number(), on=dialog.issued_on()))
        self.issue_dialog = dialog
        dialog.open()

    def _issue_now(self, document: OfficialDocument, source: str, title: str, file_name: str, *,
                   number: int | None, on: dt.date) -> None:
        paths = self.ws.paths

        def task(progress: Progress) -> tuple[IssuedDocument, bytes]:
            with task_workspace(paths) as ws:
                issued = documents.issue(ws, document, source=source, on=on, number=number, progress=progress)
                return issued, documents.open_issued(ws, issued.id)

        def done(result: tuple[IssuedDocument, bytes]) -> None:
            issued, data = result
            self._close_draft()
            self.issued.emit(issued.id)
            self._show_issued(issued, data, title=title, file_name=file_name)

        self._start(task, done, writes=True, label=self.tr("Issuing the document…"))

    def _show_issued(self, issued: IssuedDocument, data: bytes, *, title: str = "", file_name: str = "") -> None:
        """The issued PDF, titled by its number; `file_name` (the caller's) is proposed after the number."""
        notes = []
        if issued.reused:
            notes.append(self.tr("This content was already issued as {number} on {date}; it is reopened "
                                 "unchanged.").format(number=issued.number_text, date=fmt.date(issued.issued_on)))
        if issued.removed:
            notes.append(self.tr("These characters were left out because the document font cannot print them: "
                                 "{characters}").format(characters=" ".join(issued.removed)))
        self._show_pdf(data, title=f"{issued.number_text} — {title or issued.subject}",
                       file_name=issued_file_name(issued, Path(file_name).stem if file_name else ""),
                       banner=self.banner(issued), note="\n".join(notes))

    def banner(self, issued: IssuedDocument) -> str:
        """'Số: 05/BC-CĐP · issued on 05/03/2026 · SHA-256 1a2b3c4d5e6f…'."""
        return self.tr("{number} · issued on {date} · SHA-256 {digest}…").format(
            number=issued.number_text, date=fmt.date(issued.issued_on), digest=issued.pdf_sha256[:12])

    # --- windows ------------------------------------------------------------------------------

    def _dialog_parent(self) -> QWidget:
        draft = self._draft_dialog
        try:
            return draft if draft is not None and draft.isVisible() else self.window
        except RuntimeError:  # the draft window was closed and deleted
            return self.window

    def _close_draft(self) -> None:
        draft, self._draft_dialog = self._draft_dialog, None
        try:
            if draft is not None:
                draft.close()
        except RuntimeError:
            pass

    def _show_pdf(self, data: bytes, *, title: str, file_name: str, banner: str, note: str = "") -> PdfPreviewDialog:
        dialog = PdfPreviewDialog(data, title=title, file_name=file_name, banner=banner, note=note,
                                  parent=self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()  # not modal: the officer may keep working beside it
        self.preview_dialog = dialog
        return dialog

    # --- background work ----------------------------------------------------------------------

    def _start(self, task: Callable[[Progress], Any], on_success: Callable[[Any], None], *, writes: bool,
               label: str = "") -> bool:
        """Run `task` with a progress window; one document at a time."""
        if self.busy:
            return False
        self.busy = True
        self._open_progress(label or self.tr("Preparing the document…"))

        def succeeded(result: Any) -> None:
            self._finished()
            on_success(result)

        self.runner.run(task, succeeded, self._failed, progress=self._progressed, writes=writes)
        return True

    def _open_progress(self, label: str) -> None:
        dialog = QProgressDialog(label, "", 0, 0, self._dialog_parent())
        dialog.setWindowTitle(self.tr("Official documents"))
        dialog.setCancelButton(None)  # a document half drawn is of no use, and issuing must finish whole
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumDuration(300)  # quick documents do not flash a window
        self.progress_dialog = dialog

    def _progressed(self, done: int, total: int) -> None:
        if self.progress_dialog is not None:
            self.progress_dialog.setRange(0, max(total, 1))
            self.progress_dialog.setValue(min(done, max(total, 1)))

    def _finished(self) -> None:
        self.busy = False
        dialog, self.progress_dialog = self.progress_dialog, None
        if dialog is not None:
            dialog.close()
            dialog.deleteLater()

    def _failed(self, exc: BaseException, trace: str) -> None:
        self._finished()
        text = self.problem_text(exc)
        if text is None:
            show_unexpected(exc, trace)
            return
        log.info("document not made: %s", exc)
        self.last_message = text
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Official documents"), text,
                          QMessageBox.StandardButton.Ok, self._dialog_parent())
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def problem_text(self, exc: BaseException) -> str | None:
        """What went wrong, in the officer's words; None for failures nobody expected."""
        if isinstance(exc, ValidationError):
            return "\n".join(p.render(translate) for p in exc.problems)
        if isinstance(exc, NumberTakenError):
            return self.tr("{number} is already in the register. Choose another number and issue again.").format(
                number=exc.number_text)
        if isinstance(exc, DocumentDamagedError):
            return self.tr("The file of {number} was changed or removed outside CĐTT Desktop and cannot be made "
                           "again identically. Use a copy saved or printed earlier; its SHA-256 in the register "
                           "shows whether a copy is the one issued.").format(number=str(exc))
        if isinstance(exc, LookupError) and not isinstance(exc, KeyError | IndexError):  # those are bugs
            return self.tr("The document cannot be made because something it needs is missing: the unit's "
                           "set-up, or a record that was deleted.\n\nDetails: {reason}").format(reason=exc)
        if isinstance(exc, ValueError):
            return self.tr("The document cannot be made: {reason}").format(reason=exc)
        if isinstance(exc, OSError):
            return self.tr("The file could not be read or written: {reason}").format(
                reason=exc.strerror or str(exc))
        return None
