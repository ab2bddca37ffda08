"""Moving activities to the trash, back out of it, and destroying them: the questions and the service calls.

Moving to the trash is asked once (it can be undone); destroying is asked twice,
in words that say it cannot be undone.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from cdtt_desktop import formatting as fmt
from cdtt_desktop.services import activities as service
from cdtt_desktop.services.workspace import Workspace


class ActivityTrash(QObject):
    def __init__(self, ws: Workspace, window: QWidget):
        super().__init__(window)
        self.ws, self.window = ws, window

    def move_in(self, ids: list[str], title: str = "") -> list[str]:
        """Ask, then move to the trash; `title` names a single activity. Returns the ids moved."""
        if len(ids) == 1 and title:
            text = self.tr('Move "{title}" to the trash?\n\nYou can restore it from the trash later.').format(
                title=title)
        else:
            text = self.tr("Move {count} activities to the trash?\n\n"
                           "You can restore them from the trash later.").format(count=fmt.number(len(ids)))
        if not ids or not self._ask(self.tr("Delete activities"), text, default_yes=True):
            return []
        return self._each(ids, service.delete_activity)

    def restore(self, ids: list[str]) -> list[str]:
        return self._each(ids, service.restore_activity)

    def purge(self, ids: list[str]) -> list[str]:
        """Destroy trashed activities for good, after two clearly worded questions."""
        count = fmt.number(len(ids))
        first = self.tr("Delete {count} activities permanently?\n\nThey will be removed from this computer "
                        "for good. This cannot be undone.").format(count=count)
        second = self.tr("Last check: {count} activities will be destroyed and can never be restored. "
                         "Delete them permanently?").format(count=count)
        title = self.tr("Delete permanently")
        if not ids or not (self._ask(title, first, default_yes=False)
                           and self._ask(title, second, default_yes=False)):
            return []
        return self._each(ids, service.purge_activity)

    def _each(self, ids: list[str], act: Callable[[Workspace, str], None]) -> list[str]:
        """Apply `act` to each id; one changed meanwhile elsewhere (already gone) is skipped, not fatal."""
        done = []
        for activity_id in ids:
            try:
                act(self.ws, activity_id)
            except (service.RecordNotFoundError, ValueError):
                continue
            done.append(activity_id)
        return done

    def _ask(self, title: str, text: str, *, default_yes: bool) -> bool:
        yes, no = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
        box = QMessageBox(QMessageBox.Icon.Question, title, text, yes | no, self.window)
        box.setDefaultButton(yes if default_yes else no)
        return box.exec() == yes
