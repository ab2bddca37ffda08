"""Choosing the period of a periodic report: a month, a quarter, a half-year, a year or a campaign.

The kind decides which second list shows (month, quarter, half or campaign; none for a year). The usual
report is sent early in the following month, so the previous month is chosen at first. Campaigns are
those of the chosen year's plan; the picker says plainly when the year has no plan or no campaign.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from cdtt_desktop import formatting as fmt
from cdtt_desktop.domain.periods import (
    ROMAN,
    ReportPeriod,
    campaign_period,
    check_period,
    half_period,
    month_period,
    quarter_period,
    year_period,
)
from cdtt_desktop.services.report_drafts import CampaignChoice, YearCampaigns

KINDS = ("month", "quarter", "half", "year", "campaign")
FIRST_YEAR, LAST_YEAR = 2000, 2100  # what the year box offers; plans before 2000 are not expected


def previous_month(today: dt.date) -> tuple[int, int]:
    """(year, month) of the month before `today`'s."""
    last = today.replace(day=1) - dt.timedelta(days=1)
    return last.year, last.month


class ReportPeriodPicker(QWidget):
    period_changed = Signal(object)  # the chosen ReportPeriod, or None (a campaign year without campaigns)

    def __init__(self, campaigns_of_year: Callable[[int], YearCampaigns], today: dt.date,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self._campaigns_of_year = campaigns_of_year
        self._campaigns: YearCampaigns | None = None
        self._campaigns_year: int | None = None
        self._period: ReportPeriod | None = None
        self._build()
        year, month = previous_month(today)
        self._quiet = True  # one period_changed for the whole first choice
        self.year_box.setValue(year)
        self.month_combo.setCurrentIndex(month - 1)
        self.quarter_combo.setCurrentIndex((month - 1) // 3)
        self.half_combo.setCurrentIndex(0 if month <= 6 else 1)
        self._quiet = False
        self._update()

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        layout = QHBoxLayout()
        outer.addLayout(layout)
        self.kind_combo = QComboBox()
        for key, text in zip(KINDS, (self.tr("Month"), self.tr("Quarter"), self.tr("Half-year"), self.tr("Year"),
                                     self.tr("Campaign")), strict=True):
            self.kind_combo.addItem(text, key)
        self.year_box = QSpinBox()
        self.year_box.setRange(FIRST_YEAR, LAST_YEAR)
        self.year_box.setGroupSeparatorShown(False)
        self.month_combo = QComboBox()
        for month in range(1, 13):
            self.month_combo.addItem(self.tr("Month {month}").format(month=month), month)
        self.quarter_combo = QComboBox()
        for quarter in range(1, 5):
            self.quarter_combo.addItem(self.tr("Quarter {number}").format(number=ROMAN[quarter - 1]), quarter)
        self.half_combo = QComboBox()
        self.half_combo.addItem(self.tr("First half-year (January–June)"), 1)
        self.half_combo.addItem(self.tr("Second half-year (July–December)"), 2)
        self.campaign_combo = QComboBox()
        self.campaign_combo.setMinimumContentsLength(40)
        self.campaign_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.problem_label = QLabel()
        self.problem_label.setProperty("role", "error")
        self.problem_label.setWordWrap(True)
        self.problem_label.hide()
        layout.addWidget(QLabel(self.tr("Report for")))
        layout.addWidget(self.kind_combo)
        for widget in (self.month_combo, self.quarter_combo, self.half_combo):
            layout.addWidget(widget)
        layout.addWidget(QLabel(self.tr("year")))
        layout.addWidget(self.year_box)
        layout.addWidget(self.campaign_combo)
        layout.addStretch(1)
        outer.addWidget(self.problem_label)  # below the lists, across: the lists do not move when it shows
        self.kind_combo.currentIndexChanged.connect(self._update)
        self.year_box.valueChanged.connect(self._update)
        for combo in (self.month_combo, self.quarter_combo, self.half_combo, self.campaign_combo):
            combo.currentIndexChanged.connect(self._update)

    # --- reading --------------------------------------------------------------------------------

    def kind(self) -> str:
        return str(self.kind_combo.currentData())

    def period(self) -> ReportPeriod | None:
        return self._period

    def set_kind(self, kind: str) -> None:
        self.kind_combo.setCurrentIndex(KINDS.index(kind))

    def select_period(self, key: str) -> bool:
        """Show the period written as '2026-11', '2026-Q4', '2026-H2', '2026' or 'campaign:<id>'."""
        if key.startswith("campaign:"):
            self.set_kind("campaign")
            return self.select_campaign(key.removeprefix("campaign:"))
        period, problem = check_period(key)
        if period is None or problem is not None:
            return False
        self.year_box.setValue(period.start.year)
        kind, combo, value = _form_of(key)
        self.set_kind(kind)
        if combo:
            getattr(self, combo).setCurrentIndex(getattr(self, combo).findData(value))
        return self.period() is not None and self.period().key == period.key

    def select_campaign(self, campaign_id: str) -> bool:
        """Choose the campaign `campaign_id` of the shown year; False when it is not listed."""
        index = self.campaign_combo.findData(campaign_id)
        if index >= 0:
            self.campaign_combo.setCurrentIndex(index)
        return index >= 0

    def reload_campaigns(self) -> None:
        """Read the year's campaigns again (the plan was edited)."""
        self._campaigns_year = None
        self._update()

    # --- keeping the choice consistent ------------------------------------------------------------

    def _update(self) -> None:
        if self._quiet:
            return
        kind = self.kind()
        for key, widget in (("month", self.month_combo), ("quarter", self.quarter_combo),
                            ("half", self.half_combo), ("campaign", self.campaign_combo)):
            widget.setVisible(kind == key)
        if kind == "campaign":
            self._fill_campaigns()
        else:
            self.problem_label.hide()
        period = self._chosen()
        if period != self._period:
            self._period = period
            self.period_changed.emit(period)

    def _chosen(self) -> ReportPeriod | None:
        year, kind = self.year_box.value(), self.kind()
        if kind == "month":
            return month_period(year, int(self.month_combo.currentData()))
        if kind == "quarter":
            return quarter_period(year, int(self.quarter_combo.currentData()))
        if kind == "half":
            return half_period(year, int(self.half_combo.currentData()))
        if kind == "year":
            return year_period(year)
        choice = self.campaign_combo.currentData()
        if not isinstance(choice, str) or self._campaigns is None:
            return None
        found = next(c for c in self._campaigns.campaigns if c.campaign_id == choice)
        return campaign_period(found.campaign_id, found.name, found.starts_on, found.ends_on)

    def _fill_campaigns(self) -> None:
        """List the year's campaigns (once per year), keeping the chosen one when it is still there."""
        year = self.year_box.value()
        if self._campaigns_year == year:
            return
        self._campaigns_year = year
        self._campaigns = self._campaigns_of_year(year)
        kept = self.campaign_combo.currentData()
        self._quiet = True
        self.campaign_combo.clear()
        for c in self._campaigns.campaigns:
            self.campaign_combo.addItem(_campaign_text(c), c.campaign_id)
        self.campaign_combo.setCurrentIndex(max(0, self.campaign_combo.findData(kept)))
        self._quiet = False
        self.campaign_combo.setEnabled(bool(self._campaigns.campaigns))
        problem = ""
        if not self._campaigns.has_plan:
            problem = self.tr("There is no plan for {year} yet, so no campaign to choose. Make the year's plan in "
                              "Settings → Plan, or choose another year.").format(year=year)
        elif not self._campaigns.campaigns:
            problem = self.tr("The plan for {year} has no campaign. Add campaigns in Settings → Plan, or choose "
                              "another year.").format(year=year)
        self.problem_label.setText(problem)
        self.problem_label.setVisible(bool(problem))


def _form_of(key: str) -> tuple[str, str, int]:
    """'2026-11' → ('month', 'month_combo', 11); '2026-Q4' → quarter 4; '2026-H2' → half 2; '2026' → year."""
    _, _, rest = key.partition("-")
    if not rest:
        return "year", "", 0
    if rest[0] in "Qq":
        return "quarter", "quarter_combo", int(rest[1:])
    if rest[0] in "Hh":
        return "half", "half_combo", int(rest[1:])
    return "month", "month_combo", int(rest)


def _campaign_text(c: CampaignChoice) -> str:
    return f"{c.name} ({fmt.date(c.starts_on)} – {fmt.date(c.ends_on)})"
