"""A slim bar above a list that says what just happened, with at most one action (such as Undo).

It replaces message boxes for news that needs no answer: the person keeps working,
and the bar closes itself after a while or with its × button.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

_STYLES = {
    "info": "QFrame#notice { background: #e8f1fb; border: 1px solid #9cc3ea; border-radius: 4px; }",
    "error": "QFrame#notice { background: #fdecea; border: 1px solid #e8a39b; border-radius: 4px; }",
}


class NoticeBar(QFrame):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("notice")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 4, 4)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.action_button = QPushButton()
        self.close_button = QToolButton()
        self.close_button.setText("×")
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(self.tr("Close"))
        layout.addWidget(self.label, 1)
        layout.addWidget(self.action_button)
        layout.addWidget(self.close_button)
        self._action: Callable[[], None] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.dismiss)
        self.action_button.clicked.connect(self._run_action)
        self.close_button.clicked.connect(self.dismiss)
        self.hide()

    def show_message(self, text: str, *, action_text: str = "", action: Callable[[], None] | None = None,
                     error: bool = False, timeout_ms: int = 20_000) -> None:
        """Show `text`; an action button when `action` is given; closes after `timeout_ms` (0: stays)."""
        self.setStyleSheet(_STYLES["error" if error else "info"])
        self.label.setText(text)
        self._action = action
        self.action_button.setText(action_text)
        self.action_button.setVisible(action is not None)
        self.show()
        self._timer.stop()
        if timeout_ms:
            self._timer.start(timeout_ms)

    def has_action(self) -> bool:
        return not self.isHidden() and self._action is not None

    def trigger(self) -> None:
        """Run the action, as if its button were clicked."""
        self._run_action()

    def _run_action(self) -> None:
        action = self._action
        self.dismiss()
        if action:
            action()

    def dismiss(self) -> None:
        self._timer.stop()
        self._action = None
        self.hide()
