"""The narrative parts of the periodic report, one editor per section, in the order of the report.

Part II (the results) is computed from the records, so it has no editor here. Each section has a button
that puts back the sentences computed from the figures; it edits through a text cursor, so the editor's
own undo (Ctrl+Z) brings the officer's text back.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont, QTextCursor
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from cdtt_desktop.services.doc_periodic import NARRATIVE_KEYS

EDITOR_HEIGHT = 120  # about five lines: three sections show at once on a 768-pixel screen


class ReportNarrativeEditor(QScrollArea):
    edited = Signal(str)  # the officer changed a section (typing, pasting, undo): its key
    refill_requested = Signal(str)  # the officer asked for the computed sentences of a section

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.editors: dict[str, QPlainTextEdit] = {}
        self.refill_buttons: dict[str, QPushButton] = {}
        self._quiet = False  # set while the program, not the officer, changes the text
        body = QWidget()
        self._layout = QVBoxLayout(body)
        self._layout.setContentsMargins(0, 0, 8, 0)
        titles = self._titles()
        self._section("situation", titles["situation"])
        note = QLabel(self.tr("The figures and tables of this part are computed from the records when the report "
                              "is made (see the figures beside)."))
        note.setWordWrap(True)
        note.setStyleSheet("color: #555555; font-style: italic;")  # information: nothing to type here
        note.setContentsMargins(16, 0, 0, 0)
        self._layout.addWidget(self._heading(self.tr("II. Results")))
        self._layout.addWidget(note)
        self._layout.addWidget(self._heading(self.tr("III. Assessment")))
        for key in ("strengths", "weaknesses", "causes"):
            self._section(key, titles[key], indent=16)
        self._section("next_steps", titles["next_steps"])
        self._section("proposals", titles["proposals"])
        self._layout.addStretch(1)
        self.setWidget(body)
        self.set_refill_enabled(False)

    def _titles(self) -> dict[str, str]:
        return {"situation": self.tr("I. Situation"), "strengths": self.tr("1. Strengths"),
                "weaknesses": self.tr("2. Weaknesses"), "causes": self.tr("3. Causes"),
                "next_steps": self.tr("IV. Directions for the next period"),
                "proposals": self.tr("V. Proposals and recommendations")}

    @staticmethod
    def _heading(text: str) -> QLabel:
        label = QLabel(text)
        font = QFont(label.font())
        font.setBold(True)
        label.setFont(font)
        return label

    def _section(self, key: str, title: str, indent: int = 0) -> None:
        row = QHBoxLayout()
        row.setContentsMargins(indent, 6, 0, 0)
        label = self._heading(title)
        button = QPushButton(self.tr("Refill from figures"))
        button.setToolTip(self.tr("Replace this part with the sentences computed from the figures. Ctrl+Z in the "
                                  "text brings back what was there."))
        row.addWidget(label, 1)
        row.addWidget(button)
        editor = QPlainTextEdit()
        editor.setObjectName(f"narrative-{key}")
        editor.setMinimumHeight(EDITOR_HEIGHT)
        editor.setTabChangesFocus(True)  # Tab moves on to the next section, as in a form
        label.setBuddy(editor)
        holder = QVBoxLayout()
        holder.setContentsMargins(indent, 0, 0, 0)
        holder.addWidget(editor)
        self._layout.addLayout(row)
        self._layout.addLayout(holder)
        editor.textChanged.connect(lambda key=key: self._typed(key))
        button.clicked.connect(lambda _checked=False, key=key: self.refill_requested.emit(key))
        self.editors[key] = editor
        self.refill_buttons[key] = button

    def _typed(self, key: str) -> None:
        if not self._quiet:
            self.edited.emit(key)

    # --- reading and writing ------------------------------------------------------------------

    def texts(self) -> dict[str, str]:
        return {key: self.editors[key].toPlainText() for key in NARRATIVE_KEYS}

    def set_text(self, key: str, text: str) -> None:
        """Put `text` in a section as the program's doing (a new period): the undo history starts again."""
        self._quiet = True
        try:
            self.editors[key].setPlainText(text)
        finally:
            self._quiet = False

    def replace_text(self, key: str, text: str, *, by_officer: bool) -> None:
        """Replace a section's text as one step of its undo history, so that Ctrl+Z brings the old text back."""
        editor = self.editors[key]
        if editor.toPlainText() == text:
            return
        self._quiet = not by_officer
        try:
            cursor = QTextCursor(editor.document())
            cursor.beginEditBlock()
            cursor.select(QTextCursor.SelectionType.Document)
            cursor.insertText(text)
            cursor.endEditBlock()
        finally:
            self._quiet = False

    def set_refill_enabled(self, enabled: bool) -> None:
        for button in self.refill_buttons.values():
            button.setEnabled(enabled)

    def set_waiting(self, waiting: bool) -> None:
        """Say in the empty sections that their sentences come with the figures."""
        text = self.tr("The sentences computed from the figures will appear here…") if waiting else ""
        for editor in self.editors.values():
            editor.setPlaceholderText(text)
