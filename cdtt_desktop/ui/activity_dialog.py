"""Adding or editing one activity: every field checked with its message beside it, nothing typed lost.

What is typed is kept three ways: a failed save leaves every field as it was; the
form is written to a draft file a moment after each change (so a crash or power
cut loses nothing) and offered back the next time the same record is opened; and
closing with unsaved changes asks first.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cdtt_desktop import formatting as fmt
from cdtt_desktop.domain.activities import ACTIVITY_FIELDS, ActivityInput
from cdtt_desktop.domain.messages import Problem
from cdtt_desktop.services import activities as service
from cdtt_desktop.services import drafts
from cdtt_desktop.services.workspace import Workspace
from cdtt_desktop.ui.activity_form import ERROR_STYLE, ActivityForm
from cdtt_desktop.ui.attachment_list import local_files

DRAFT_DELAY_MS = 800


class ActivityDialog(QDialog):
    saved = Signal(str)

    def __init__(self, ws: Workspace, parent: QWidget | None = None, activity_id: str | None = None, *,
                 today: Callable[[], dt.date] = dt.date.today):
        super().__init__(parent)
        self.ws, self.activity_id, self._today = ws, activity_id, today
        self.draft_key = f"activity-{activity_id or 'new'}"
        self._revision: int | None = None
        self._draft_pending: drafts.Draft | None = None
        self.setWindowTitle(self.tr("Edit activity") if activity_id else self.tr("New activity"))
        self.setAcceptDrops(True)
        self.form = ActivityForm(ws, today(), self)
        self._build()
        self._load()
        self._initial = self.form.snapshot()
        self._offer_draft()
        self.draft_timer = QTimer(self)
        self.draft_timer.setSingleShot(True)
        self.draft_timer.setInterval(DRAFT_DELAY_MS)
        self.draft_timer.timeout.connect(self.write_draft)
        self.form.changed.connect(self._changed)
        for widget in self.form.text_widgets():
            widget.installEventFilter(self)  # files dropped on a text box are attachments, not text
        self.resize(860, 660)

    def _build(self) -> None:
        self.draft_label = QLabel()
        self.draft_label.setWordWrap(True)
        self.restore_draft_button = QPushButton(self.tr("Restore it"))
        self.discard_draft_button = QPushButton(self.tr("Discard it"))
        self.draft_bar = QFrame()
        self.draft_bar.setObjectName("draft")
        self.draft_bar.setStyleSheet("QFrame#draft { background: #fff4d6; border: 1px solid #e0c36c; }")
        bar = QHBoxLayout(self.draft_bar)
        bar.addWidget(self.draft_label, 1)
        bar.addWidget(self.restore_draft_button)
        bar.addWidget(self.discard_draft_button)
        self.draft_bar.hide()
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.addButton(self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setToolTip(self.tr("Save (Ctrl+S or Ctrl+Enter)"))
        required = QLabel(self.tr("* required"))
        required.setStyleSheet("color: palette(mid);")
        bottom = QHBoxLayout()
        bottom.addWidget(required, 1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.draft_bar)
        layout.addWidget(self.error_label)
        layout.addWidget(self.form, 1)
        layout.addLayout(bottom)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.restore_draft_button.clicked.connect(self.restore_draft)
        self.discard_draft_button.clicked.connect(self.discard_draft)
        for keys in (QKeySequence.StandardKey.Save, "Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.save)

    def _load(self) -> None:
        if not self.activity_id:
            return
        row = service.get_activity(self.ws, self.activity_id)
        self._revision = int(row["revision"])
        self.form.load(row, service.activity_attachments(self.ws, self.activity_id))

    # --- drafts ---------------------------------------------------------------------------------

    def _offer_draft(self) -> None:
        draft = drafts.load_draft(self.ws, self.draft_key)
        if draft is None:
            return
        if draft.data.get("form") == self._initial:  # nothing in it that is not already here
            drafts.remove_draft(self.ws, self.draft_key)
            return
        self._draft_pending = draft
        stamp = f"{draft.saved_at:%H:%M} {fmt.date(draft.saved_at.date())}"
        self.draft_label.setText(self.tr("There is unsaved text from {time} for this activity (the program "
                                         "was closed before it was saved). Restore it?").format(time=stamp))
        self.draft_bar.show()

    def _close_draft_offer(self) -> None:
        self._draft_pending = None
        self.draft_bar.hide()

    def restore_draft(self) -> None:
        draft = self._draft_pending
        if draft is None:
            return
        self._close_draft_offer()
        self.form.restore(draft.data["form"])
        revision = draft.data.get("revision")
        if self.activity_id and isinstance(revision, int):
            self._revision = revision  # so a save warns when the record changed since the draft
        self.write_draft()

    def discard_draft(self) -> None:
        self._close_draft_offer()
        drafts.remove_draft(self.ws, self.draft_key)
        self.write_draft()

    def write_draft(self) -> None:
        """Keep what is typed on disk; an offered, undecided draft is never overwritten."""
        self.draft_timer.stop()
        if self._draft_pending is not None:
            return
        if self.is_dirty():
            data = {"form": self.form.snapshot(), "revision": self._revision}
            drafts.save_draft(self.ws, self.draft_key, data)
        else:
            drafts.remove_draft(self.ws, self.draft_key)

    def is_dirty(self) -> bool:
        return self.form.snapshot() != self._initial

    def _changed(self, field: str) -> None:
        self.form.clear_error(field)
        self.draft_timer.start()

    # --- saving ---------------------------------------------------------------------------------

    def save(self) -> bool:
        self.form.flush_year()
        self.form.clear_errors()
        self.error_label.hide()
        try:
            new_id = self._store(self.form.activity_input())
        except service.ValidationError as exc:
            self.show_problems(exc.problems)
            return False
        except (service.AttachmentTooLargeError, service.AttachmentUnreadableError) as exc:
            # Checked when added, but the file changed since: say which one; nothing was saved.
            self.form.attachments.show_refusal(exc)
            return False
        if new_id is None:
            return False
        if self._draft_pending is None:  # an undecided draft from before stays on offer
            drafts.remove_draft(self.ws, self.draft_key)
        self.draft_timer.stop()
        self.activity_id = new_id
        self.saved.emit(new_id)
        self._initial = self.form.snapshot()
        self.accept()
        return True

    def _store(self, raw: ActivityInput, *, force: bool = False) -> str | None:
        files = self.form.attachments
        revision = None if force else self._revision
        try:
            return service.save_activity(
                self.ws, raw, activity_id=self.activity_id, expected_revision=revision,
                new_files=files.new_files(), today=self._today(),
                # links belong to the record being edited; a record saved anew has none to remove
                removed_links=files.removed_links() if self.activity_id else [])
        except service.StaleRecordError:
            if self._ask(self.tr("Someone saved this activity after you opened it (on this computer, or "
                                 "by an import). What you typed is still here.\n\nSave your version over "
                                 "theirs?")):
                return self._store(raw, force=True)
        except service.RecordNotFoundError:
            if self._ask(self.tr("This activity was deleted while you were editing it. What you typed is "
                                 "still here.\n\nSave it as a new activity?")):
                self.activity_id, self._revision = None, None
                return self._store(raw)
        self._show_error(self.tr("Not saved. What you typed is still here."))
        return None

    def show_problems(self, problems: list[Problem]) -> None:
        """Each message beside its field, translated; the first bad field (form order) gets the cursor."""
        general = []
        for problem in problems:
            text = QCoreApplication.translate("Rules", problem.message).format(**problem.args)
            if not self.form.show_error(problem.field, text):
                general.append(text)
        if general:
            self._show_error("\n".join(general))
        order = {name: i for i, name in enumerate(ACTIVITY_FIELDS)}
        first = min(problems, key=lambda p: order.get(p.field, len(order)), default=None)
        if first:
            self.form.focus_field(first.field)

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    def _ask(self, text: str) -> bool:
        yes, no = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
        box = QMessageBox(QMessageBox.Icon.Warning, self.windowTitle(), text, yes | no, self)
        box.setDefaultButton(no)
        return box.exec() == yes

    # --- closing --------------------------------------------------------------------------------

    def reject(self) -> None:
        """Esc, Cancel or the window's ×: ask before throwing typed text away."""
        if self.is_dirty():
            if not self._ask(self.tr("Close without saving? What you typed in this activity will be lost.")):
                return
            if self._draft_pending is None:
                drafts.remove_draft(self.ws, self.draft_key)
        self.draft_timer.stop()
        super().reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter moves to the next field (like Tab); saving is Ctrl+Enter or Ctrl+S, never by accident.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            self.focusNextChild()
            return
        super().keyPressEvent(event)

    # --- drag and drop --------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if local_files(event.mimeData()):
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragEnterEvent) -> None:  # type: ignore[override]
        if local_files(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = local_files(event.mimeData())
        if paths:
            self.form.attachments.add_files(paths)
            event.acceptProposedAction()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kinds = (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop)
        if event.type() in kinds and isinstance(event, QDropEvent) and local_files(event.mimeData()):
            if event.type() == QEvent.Type.Drop:
                self.dropEvent(event)
            else:
                event.acceptProposedAction()
            return True
        return super().eventFilter(watched, event)

