"""What every page of the main window offers, and the notice shown by pages still to come."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


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


class ComingSoonPage(Page):
    """A page whose capability is not built yet: says so plainly."""

    def __init__(self, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        heading = QLabel(f"<h2>{title}</h2>")
        notice = QLabel(self.tr("This part of CĐTT Desktop is coming in a later version. "
                                "Everything you log now will be available to it."))
        notice.setWordWrap(True)
        for label in (heading, notice):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(label)
        layout.addStretch(1)
        layout.insertStretch(0, 1)
