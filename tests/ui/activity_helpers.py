"""Helpers shared by the activity list and dialog tests: logging activities, answering message boxes."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from cdtt_desktop.domain.activities import ActivityInput
from cdtt_desktop.services.activities import save_activity
from cdtt_desktop.services.activity_choices import part_codes
from cdtt_desktop.services.plans import choices_for_year
from cdtt_desktop.services.workspace import Workspace
from tests.conftest import TODAY


def channel_id(ws: Workspace, year: int, code: str) -> str:
    """The id of the channel `code` in the plan of `year`."""
    choices = choices_for_year(ws, year)
    codes = part_codes(ws, choices.plan_id)
    return next(cid for cid, _name in choices.channels if codes[cid] == code)


def add_activity(ws: Workspace, title: str, day: dt.date = dt.date(2026, 5, 5),
                 channel: str = "social_media", **values: object) -> str:
    raw = ActivityInput(occurred_on=day, title=title, channel_id=channel_id(ws, day.year, channel), **values)
    return save_activity(ws, raw, today=TODAY)


class BoxAnswerer:
    """Answers the next message boxes (in order) with the given buttons, and keeps their texts."""

    def __init__(self, *buttons: QMessageBox.StandardButton):
        self.buttons = list(buttons)
        self.texts: list[str] = []
        QTimer.singleShot(0, self._answer)

    def _answer(self) -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(5, self._answer)  # the box is not open yet: look again shortly
            return
        self.texts.append(box.text())
        button = self.buttons.pop(0)
        box.button(button).click()
        if self.buttons:
            QTimer.singleShot(0, self._answer)

    @property
    def done(self) -> bool:
        return not self.buttons
