"""The Reports page: compose the periodic report, and the register of every document issued."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from cdtt_desktop.services.workspace import Workspace
from cdtt_desktop.tasks.runner import TaskRunner
from cdtt_desktop.ui.documents_register import DocumentsRegister
from cdtt_desktop.ui.page import Page
from cdtt_desktop.ui.report_composer import ReportComposer


class ReportsPage(Page):
    def __init__(self, ws: Workspace, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.composer = ReportComposer(ws, runner)
        # One flow: a report issued in the composer appears in the register at once.
        self.register = DocumentsRegister(ws, runner, self.composer.flow)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.composer, self.tr("Periodic report"))
        self.tabs.addTab(self.register, self.tr("Register of issued documents"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def show_period(self, key: str) -> bool:
        """Open the composer on the period `key` ('2026-11', '2026-Q4'…), as a "report due" to-do asks."""
        self.tabs.setCurrentWidget(self.composer)
        return self.composer.picker.select_period(key)

    def refresh(self) -> None:
        # Stories and cases issue their documents from their own pages: the register reloads on each visit.
        self.register.refresh()

    def focus_search(self) -> bool:
        self.tabs.setCurrentWidget(self.register)
        return self.register.focus_search()

    def status_text(self) -> str:
        return self.register.status_text() if self.tabs.currentWidget() is self.register else ""
