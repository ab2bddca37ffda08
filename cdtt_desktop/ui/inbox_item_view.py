"""One item of the inbox, read-only: what it is, who sent it (and with which key), its PDF, its photos, and
the three decisions of the upper level.

Nothing here changes what the unit sent. "Return for completion" asks for the comment the unit will read;
OK stays disabled while it is empty. A decision already carried back in a receipt can only move on
(received → returned or approved); the buttons say so by being disabled.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from cdtt_desktop import formatting as fmt
from cdtt_desktop.domain.messages import QT_TRANSLATE_NOOP, ValidationError
from cdtt_desktop.domain.stories import StoryContent
from cdtt_desktop.services import keys
from cdtt_desktop.services.document_files import safe_file_name
from cdtt_desktop.services.workspace import Workspace
from cdtt_desktop.ui.attachment_list import thumbnail
from cdtt_desktop.ui.exchange_labels import COLOURS, UNDECIDED, decision_name, kind_text, period_text, type_name
from cdtt_desktop.ui.keys_settings import fingerprint_font
from cdtt_desktop.ui.pdf_preview import PdfPreviewDialog
from cdtt_desktop.ui.story_render import ShownFile, StoryRender

if TYPE_CHECKING:
    from cdtt_desktop.services.inbox import InboxItem

THUMB = 120
FIGURES: dict[str, str] = {  # the key figures a periodic report carries (services/doc_periodic.SUMMARY_KEYS)
    "activities": QT_TRANSLATE_NOOP("InboxItemView", "Activities"),
    "participants": QT_TRANSLATE_NOOP("InboxItemView", "Participants"),
    "reach": QT_TRANSLATE_NOOP("InboxItemView", "People reached"),
    "interactions": QT_TRANSLATE_NOOP("InboxItemView", "Interactions"),
    "grassroots_active": QT_TRANSLATE_NOOP("InboxItemView", "Grassroots unions with activities"),
    "grassroots_total": QT_TRANSLATE_NOOP("InboxItemView", "Grassroots unions"),
    "stories_sent": QT_TRANSLATE_NOOP("InboxItemView", "Stories sent"),
    "stories_approved": QT_TRANSLATE_NOOP("InboxItemView", "Stories approved"),
    "cases_new": QT_TRANSLATE_NOOP("InboxItemView", "New Union Home cases"),
    "cases_handed_over": QT_TRANSLATE_NOOP("InboxItemView", "Homes handed over"),
    "amount_handed_over": QT_TRANSLATE_NOOP("InboxItemView", "Amount handed over"),
}


class ReturnCommentDialog(QDialog):
    """The comment of a return: required, so OK is disabled while it is empty."""

    def __init__(self, comment: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Return for completion"))
        prompt = QLabel(self.tr("What must the unit complete or correct? The unit reads this comment with the "
                                "item."))
        prompt.setWordWrap(True)
        self.comment_edit = QPlainTextEdit(comment)
        self.comment_edit.setTabChangesFocus(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.comment_edit.textChanged.connect(self._update_ok)
        layout = QVBoxLayout(self)
        layout.addWidget(prompt)
        layout.addWidget(self.comment_edit, 1)
        layout.addWidget(self.buttons)
        self.resize(520, 280)
        self._update_ok()

    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def comment(self) -> str:
        return self.comment_edit.toPlainText().strip()

    def _update_ok(self) -> None:
        self.ok_button().setEnabled(bool(self.comment()))


class InboxItemView(QDialog):
    """`InboxItemView(ws, item)`; `decided(InboxItem)` after each decision, with the item as it now is."""

    decided = Signal(object)

    def __init__(self, ws: Workspace, item: InboxItem, parent: QWidget | None = None):
        super().__init__(parent)
        self.ws, self.item = ws, item
        self.pdf_dialog: PdfPreviewDialog | None = None
        self.comment_dialog: ReturnCommentDialog | None = None
        self.setWindowTitle(item.title)
        self.title_label = QLabel()
        self.title_label.setProperty("role", "heading")
        self.title_label.setWordWrap(True)
        self.facts = QFormLayout()
        self.decision_label = QLabel()
        self.decision_label.setObjectName("decision")
        self.decision_label.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.comment_label = QLabel()
        self.comment_label.setWordWrap(True)
        self.comment_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.content = QTextBrowser()
        self.content.setOpenExternalLinks(False)
        self.photos = QListWidget()
        self.photos.setViewMode(QListView.ViewMode.IconMode)
        self.photos.setIconSize(QSize(THUMB, THUMB))
        self.photos.setGridSize(QSize(THUMB + 40, THUMB + 48))
        self.photos.setResizeMode(QListView.ResizeMode.Adjust)
        self.photos.setMovement(QListView.Movement.Static)
        self.photos.setWordWrap(True)
        self.photos.setFixedHeight(THUMB + 70)
        self._make_buttons()
        self._lay_out()
        self.show_item(item)
        self.resize(1000, 680)

    # --- construction ---------------------------------------------------------------------------

    def _make_buttons(self) -> None:
        self.pdf_button = QPushButton(self.tr("View PDF"))
        self.pdf_button.clicked.connect(self.view_pdf)
        self.receive_button = QPushButton(self.tr("Receive"))
        self.receive_button.setToolTip(self.tr("Record that the item was received (Tiếp nhận)"))
        self.receive_button.clicked.connect(lambda: self.decide("received"))
        self.return_button = QPushButton(self.tr("Return for completion…"))
        self.return_button.setToolTip(self.tr("Send the item back with a comment saying what to complete"))
        self.return_button.clicked.connect(self.ask_return)
        self.approve_button = QPushButton(self.tr("Approve"))
        self.approve_button.clicked.connect(lambda: self.decide("approved"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)

    def _lay_out(self) -> None:
        facts = QWidget()
        column = QVBoxLayout(facts)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(self.facts)
        decision_box = QFrame()
        decision_box.setObjectName("decision-box")
        decision_box.setStyleSheet("QFrame#decision-box { border: 1px solid #c9ced6; border-radius: 4px; }")
        inner = QVBoxLayout(decision_box)
        inner.addWidget(self.decision_label, 0, Qt.AlignmentFlag.AlignLeft)
        inner.addWidget(self.comment_label)
        column.addWidget(decision_box)
        column.addWidget(self.pdf_button)
        column.addStretch(1)
        self.photos_heading = QLabel(self.tr("Photos and files"))
        right = QWidget()
        right_column = QVBoxLayout(right)
        right_column.setContentsMargins(0, 0, 0, 0)
        right_column.addWidget(self.content, 1)
        right_column.addWidget(self.photos_heading)
        right_column.addWidget(self.photos)
        splitter = QSplitter()
        splitter.addWidget(facts)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([380, 620])
        actions = QHBoxLayout()
        for button in (self.receive_button, self.return_button, self.approve_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(splitter, 1)
        layout.addLayout(actions)

    # --- showing --------------------------------------------------------------------------------

    def show_item(self, item: InboxItem) -> None:
        self.item = item
        self.title_label.setText(item.title)
        self._fill_facts(item)
        self._show_decision(item)
        self._show_content(item)
        self._show_files(item)
        self.pdf_button.setVisible(item.pdf is not None)  # stories have none: their text is shown beside
        self.pdf_button.setEnabled(item.pdf is not None and item.pdf.is_file())

    def _fill_facts(self, item: InboxItem) -> None:
        while self.facts.rowCount():
            self.facts.removeRow(0)
        pinned = keys.trusted(self.ws, item.sender_id)
        rows = [(self.tr("Type"), type_name(item.type)), (self.tr("Kind"), kind_text(item.type, item.kind)),
                (self.tr("Number"), item.number_text.removeprefix("Số:").strip() or "—"),
                (self.tr("Date"), fmt.date(item.issued_on) or "—"),
                (self.tr("Period"), period_text(item.period) or "—"),
                (self.tr("Sent by"), item.sender_name), (self.tr("Received on"), fmt.datetime_local(item.received_at))]
        if item.type == "story":
            rows.insert(3, (self.tr("Revision"), fmt.number(item.revision)))
        for caption, text in rows:
            value = QLabel(text)
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.facts.addRow(caption, value)
        shown_key = QLabel(pinned.fingerprint if pinned else "—")
        shown_key.setObjectName("sender-fingerprint")
        shown_key.setFont(fingerprint_font())
        shown_key.setWordWrap(True)
        shown_key.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.facts.addRow(self.tr("Sender's key"), shown_key)
        for name, figure in self._figures(item):
            self.facts.addRow(name, QLabel(figure))

    def _figures(self, item: InboxItem) -> list[tuple[str, str]]:
        document = (item.data or {}).get("document") or {}
        found = []
        for key, value in document.get("summary") or []:
            if key in FIGURES and isinstance(value, int):
                shown = fmt.money(value) if key == "amount_handed_over" else fmt.number(value)
                found.append((QCoreApplication.translate("InboxItemView", FIGURES[key]), shown))
        return found

    def _show_decision(self, item: InboxItem) -> None:
        background, colour = COLOURS[item.decision or UNDECIDED]
        self.decision_label.setText(decision_name(item.decision))
        self.decision_label.setStyleSheet(f"QLabel#decision {{ background: {background}; color: {colour}; "
                                          "border-radius: 9px; padding: 3px 10px; font-weight: bold; }")
        lines = []
        if item.decision == "returned":
            lines.append(self.tr("Comment: {comment}").format(comment=item.comment))
        if item.decision:
            lines.append(self.tr("Decided on {date} by {who}.").format(date=fmt.datetime_local(item.decided_at),
                                                                     who=item.decided_by or "—"))
            lines.append(self.tr("Sent to the unit in a receipt.") if item.decision_sent
                         else self.tr("Not yet sent to the unit: export its receipt."))
        self.comment_label.setText("\n".join(lines))
        self.comment_label.setVisible(bool(lines))
        allowed = self.allowed_decisions(item)
        self.receive_button.setEnabled("received" in allowed)
        self.return_button.setEnabled("returned" in allowed)
        self.approve_button.setEnabled("approved" in allowed)

    @staticmethod
    def allowed_decisions(item: InboxItem) -> set[str]:
        """Any decision until a receipt carried one; then only received → returned or approved."""
        if not item.decision_sent:
            return {"received", "returned", "approved"} - ({item.decision} if item.decision != "returned" else set())
        return {"returned", "approved"} if item.decision == "received" else set()

    def _show_content(self, item: InboxItem) -> None:
        data: dict[str, Any] = item.data or {}
        if item.type == "story" and isinstance(data.get("content"), dict):
            content = StoryContent.from_json(data["content"])
            files = [ShownFile(f.role, f.name, f.caption, f.thumbnail) for f in item.files]
            self.content.setHtml(StoryRender(self).page(content, unit_name=str(data.get("unit_name", "")),
                                                        campaign_name=str(data.get("campaign_name", "")),
                                                        files=files))
            return
        document = data.get("document") or {}
        subject = html.escape(str(document.get("subject") or item.title))
        note = html.escape(self.tr("The document is read in its PDF, exactly as the unit issued it."))
        self.content.setHtml(f"<h3>{subject}</h3><p>{note}</p>")

    def _show_files(self, item: InboxItem) -> None:
        self.photos.clear()
        for file in item.files:
            icon = (QIcon(QPixmap(str(file.thumbnail))) if file.thumbnail and file.thumbnail.is_file()
                    else thumbnail(file.path))
            entry = QListWidgetItem(icon, file.caption or file.name)
            entry.setToolTip(f"{file.name}\n{file.caption}".strip())
            entry.setTextAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            self.photos.addItem(entry)
        self.photos.setVisible(bool(item.files))
        self.photos_heading.setVisible(bool(item.files))

    # --- actions --------------------------------------------------------------------------------

    def view_pdf(self) -> PdfPreviewDialog | None:
        if self.item.pdf is None:
            return None
        try:
            data = self.item.pdf.read_bytes()
        except OSError as exc:
            QMessageBox.warning(self, self.tr("View PDF"), self.tr("The PDF cannot be read: {reason}").format(
                reason=exc.strerror or str(exc)))
            return None
        number = self.item.number_text.removeprefix("Số:").strip()
        name = safe_file_name(f"{number} - {self.item.title}" if number else self.item.title)
        dialog = PdfPreviewDialog(data, title=self.item.title, file_name=name,
                                  banner=self.tr("{number} · sent by {unit}").format(
                                      number=number or "—", unit=self.item.sender_name), parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        self.pdf_dialog = dialog
        return dialog

    def ask_return(self) -> None:
        dialog = ReturnCommentDialog(self.item.comment if self.item.decision == "returned" else "", self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.decide("returned", dialog.comment()))
        self.comment_dialog = dialog
        dialog.open()

    def decide(self, decision: str, comment: str = "") -> bool:
        """Record the decision; the view and the inbox show it at once."""
        from cdtt_desktop.services.inbox import decide, get_inbox_item

        try:
            decide(self.ws, self.item.id, self.item.revision, decision, comment)
        except ValidationError as exc:
            QMessageBox.warning(self, self.tr("Decision"), "\n".join(
                p.render(QCoreApplication.translate) for p in exc.problems))
            return False
        self.show_item(get_inbox_item(self.ws, self.item.id, self.item.revision))
        self.decided.emit(self.item)
        return True
