"""Choosing the period of the upper level's consolidated report, then previewing it (and issuing from there)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from cdtt_desktop.domain.periods import ReportPeriod
from cdtt_desktop.services.doc_consolidated import build_consolidated_report, consolidated_source
from cdtt_desktop.services.report_drafts import YearCampaigns
from cdtt_desktop.ui.document_flow import DocumentFlow
from cdtt_desktop.ui.report_period_picker import ReportPeriodPicker


class ConsolidatedDialog(QDialog):
    """`ConsolidatedDialog(flow, today)`: a month, quarter, half-year or year; OK previews the report."""

    def __init__(self, flow: DocumentFlow, today: dt.date, parent: QWidget | None = None):
        super().__init__(parent)
        self.flow = flow
        self.setWindowTitle(self.tr("Consolidated report"))
        # Campaigns are each unit's own: the consolidated report adds up calendar periods only.
        self.picker = ReportPeriodPicker(lambda _year: YearCampaigns(True, ()), today)
        self.picker.kind_combo.removeItem(self.picker.kind_combo.count() - 1)
        explanation = QLabel(self.tr(
            "Adds up the periodic reports your units sent for the period (the latest one of each unit) and "
            "lists the units that have not sent theirs."))
        explanation.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (explanation, self.picker, self.buttons):
            layout.addWidget(widget)
        self.accepted.connect(self.preview)

    def period(self) -> ReportPeriod | None:
        return self.picker.period()

    def preview(self) -> None:
        period = self.period()
        if period is None:
            return
        self.flow.preview(lambda ws: build_consolidated_report(ws, period), source=consolidated_source(period.key),
                          title=self.tr("Consolidated report"), file_name=f"bao-cao-tong-hop-{period.key}.pdf")
