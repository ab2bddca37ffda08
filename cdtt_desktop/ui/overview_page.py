"""Tổng quan: this year's figures at a glance (the full dashboard comes with the plan issue)."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from cdtt_desktop import formatting as fmt
from cdtt_desktop.services.overview import overview
from cdtt_desktop.services.workspace import Workspace
from cdtt_desktop.ui.page import Page


class OverviewPage(Page):
    def __init__(self, ws: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.ws = ws
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setProperty("role", "heading")
        layout.addWidget(self.heading)
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

    @staticmethod
    def _clear(layout: QFormLayout | QVBoxLayout) -> None:
        while layout.count():
            item = layout.takeAt(0)
            if item.widget():
                item.widget().deleteLater()

    def refresh(self) -> None:
        data = overview(self.ws)
        self.heading.setText(data.unit_name)
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
