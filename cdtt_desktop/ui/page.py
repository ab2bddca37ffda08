"""What every page of the main window offers, and the notice shown by pages still to come."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget


class Page(QWidget):
    """A main-window page. The window routes the standard shortcuts to the page on show."""

    status_changed = Signal()

    def refresh(self) -> None:
        """Reload from the database (F5)."""

    def new_item(self) -> bool:
        """Start a new record (Ctrl+N); False when the page has none."""
        return False

    def focus_search(self) -> bool:
        """Put the cursor in the page's search box (Ctrl+F); False when it has none."""
        return False

    def delete_selected(self) -> bool:
        """Delete the selection (Delete); False when nothing happened."""
        return False

    def status_text(self) -> str:
        """Counts for the status bar."""
        return ""
