"""The sync corner of the status bar: a progress bar while a sync runs, then when it ended and what it did.

A failure stays in view in orange with its reason (the tooltip keeps the whole text), because an officer
who is told nothing assumes everything went up.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QToolButton, QWidget

from cdtt_desktop import formatting as fmt
from cdtt_desktop.tasks.sync_controller import SyncController

FAILED_STYLE = "color: #c25e00;"
SHORT = 70  # characters of a reason shown in the bar; the tooltip has it whole


def count(report: Any, name: str) -> int:
    value = getattr(report, name, 0)
    return len(value) if isinstance(value, list | tuple | set | dict) else int(value or 0)


class SyncStatus(QWidget):
    """Follows a SyncController's signals; the button starts a sync like F9."""

    def __init__(self, controller: SyncController, parent: QWidget | None = None):
        super().__init__(parent)
        self.controller = controller
        self.label = QLabel(self.tr("Sync: not yet run"))
        self.bar = QProgressBar()
        self.bar.setFixedWidth(120)
        self.bar.setMaximumHeight(14)
        self.bar.setTextVisible(False)
        self.bar.hide()
        self.button = QToolButton()
        self.button.setText(self.tr("Sync now"))
        self.button.setToolTip(self.tr("Send waiting items and fetch the upper level's answers (F9)"))
        self.button.setAutoRaise(True)
        self.button.clicked.connect(controller.sync_now)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar)
        layout.addWidget(self.label)
        layout.addWidget(self.button)
        controller.started.connect(self.show_started)
        controller.progressed.connect(self.show_progress)
        controller.finished.connect(self.show_finished)
        controller.failed.connect(self.show_failed)

    def show_started(self) -> None:
        self.bar.setRange(0, 0)  # busy until the first count arrives
        self.bar.show()
        self.button.setEnabled(False)
        self._set(self.tr("Syncing…"))

    def show_progress(self, done: int, total: int) -> None:
        if total > 0:  # counted in bytes: a percentage means more to the officer
            percent = min(100, done * 100 // total)
            self.bar.setRange(0, 100)
            self.bar.setValue(percent)
            self._set(self.tr("Syncing… {percent}%").format(percent=percent))

    def show_finished(self, report: Any) -> None:
        self._idle()
        when = dt.datetime.now().strftime("%H:%M")
        sent = count(report, "sent") + count(report, "unchanged")  # unchanged: it was there after a lost answer
        failed = count(report, "failed") + count(report, "quarantined")
        received = count(report, "decisions_applied") + count(report, "published_applied")
        text = self.tr("Synced at {time}: {sent} sent, {received} received").format(
            time=when, sent=fmt.number(sent), received=fmt.number(received))
        if not failed:
            self._set(text)
            return
        text += self.tr(", {failed} not sent").format(failed=fmt.number(failed))
        self._set(text, FAILED_STYLE, tooltip=text + "\n" + self.tr("The reason is shown beside each item in "
                                                                   "Send upward."))

    def show_failed(self, reason: str) -> None:
        self._idle()
        when = dt.datetime.now().strftime("%H:%M")
        text = self.tr("Not synced ({time}): {reason}").format(time=when, reason=reason)
        self._set(text if len(text) <= SHORT else text[:SHORT - 1] + "…", FAILED_STYLE, tooltip=text)

    def _idle(self) -> None:
        self.bar.hide()
        self.button.setEnabled(True)

    def _set(self, text: str, style: str = "", *, tooltip: str = "") -> None:
        self.label.setText(text)
        self.label.setStyleSheet(style)
        self.label.setToolTip(tooltip or text)
