"""Tổng quan: this year's figures at a glance (the full dashboard comes with the plan issue)."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from cdtt_desktop import formatting as fmt
from cdtt_desktop.services.overview import overview
from cdtt_desktop.services.workspace import Workspace
from cdtt_desktop.ui.page import Page


class OverviewPage(Page):
    resume_story_requested = Signal(str)  # the id of an unfinished story the officer chose to go on with

    def __init__(self, ws: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.ws = ws
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setProperty("role", "heading")
        layout.addWidget(self.heading)
        self._drafts_slot = QVBoxLayout()
        layout.addLayout(self._drafts_slot)
        self.drafts_bar: QWidget | None = None
        self.figures_box = QGroupBox(self.tr("Activities"))
        self.figures = QFormLayout(self.figures_box)
        layout.addWidget(self.figures_box)
        self.channels_box = QGroupBox(self.tr("This year by channel"))
        self.channels = QFormLayout(self.channels_box)
        layout.addWidget(self.channels_box)
        self.campaigns_box = QGroupBox(self.tr("Campaigns now and in the coming weeks"))
        self.campaigns = QVBoxLayout(self.campaigns_box)
        layout.addWidget(self.campaigns_box)
        layout.addStretch(1)
        self.refresh()

    def _offer_unfinished_stories(self) -> None:
        """Stories left unfinished (closed, a crash, a power cut) are offered as soon as the app starts."""
        if not self.isVisible():  # closed before the timer fired (or not shown yet: refresh() comes again)
            return
        from cdtt_desktop.services.stories import unfinished_drafts
        from cdtt_desktop.ui.story_drafts_bar import ResumeDraftsBar

        if self.drafts_bar is None:
            bar = ResumeDraftsBar()
            bar.resume_requested.connect(self.resume_story_requested)
            self._drafts_slot.addWidget(bar)
            self.drafts_bar = bar
        self.drafts_bar.show_drafts(unfinished_drafts(self.ws))

    @staticmethod
    def _clear(layout: QFormLayout | QVBoxLayout) -> None:
        while layout.count():
            item = layout.takeAt(0)
            if item.widget():
                item.widget().deleteLater()

    def refresh(self) -> None:
        data = overview(self.ws)
        self.heading.setText(data.unit_name)
        # After the first paint (the offer needs the stories code, ~15 ms to load), so the window shows first.
        QTimer.singleShot(150, self._offer_unfinished_stories)
        self._clear(self.figures)
        for label, value in (
            (self.tr("This month"), data.activities_month),
            (self.tr("This year ({year})").format(year=data.year), data.activities_year),
            (self.tr("All years"), data.activities_total),
            (self.tr("Grassroots unions"), data.grassroots_count),
        ):
            self.figures.addRow(label, QLabel(fmt.number(value)))
        self._clear(self.channels)
        for name, count in data.by_channel:
            self.channels.addRow(name, QLabel(fmt.number(count)))
        self._clear(self.campaigns)
        if not data.active_campaigns:
            self.campaigns.addWidget(QLabel(self.tr("No campaign in the coming weeks.")))
        for name, start, end in data.active_campaigns:
            self.campaigns.addWidget(QLabel(f"{name}: {fmt.date(start)} – {fmt.date(end)}"))
        self.status_changed.emit()
