"""The figures of the month and the running campaigns, each target as a coloured progress bar.

Green: on pace for today; orange-red: behind the pace (the target prorated to
today); grey: no target in the plan, only the count.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QProgressBar, QVBoxLayout, QWidget

from cdtt_desktop import formatting as fmt

if TYPE_CHECKING:
    from cdtt_desktop.services.dashboard import CampaignStatus, Indicator

COLOURS = {"ok": "#2e7d32", "behind": "#d84315", "none": "#9e9e9e"}
BAR_STYLE = ("QProgressBar {{ border: 1px solid #c9ced6; border-radius: 3px; background: #f3f4f6;"
             " max-height: 12px; }} QProgressBar::chunk {{ background: {colour}; border-radius: 2px; }}")


def _clear(layout: QGridLayout | QVBoxLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.deleteLater()


def _label(text: str) -> str:
    """Indicator names come from the plan (as typed) or from the dashboard's English source."""
    return QCoreApplication.translate("Dashboard", text)


class IndicatorRows(QWidget):
    """One row per indicator: name, bar, "actual / target"; the bar carries its state for tests and styling."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setColumnStretch(1, 1)
        self.grid.setColumnMinimumWidth(1, 90)
        self.bars: list[QProgressBar] = []

    def show_indicators(self, indicators: tuple[Indicator, ...]) -> None:
        _clear(self.grid)
        self.bars = []
        for row, indicator in enumerate(indicators):
            name = QLabel(_label(indicator.label))
            name.setTextFormat(Qt.TextFormat.PlainText)
            name.setWordWrap(True)
            bar = QProgressBar()
            bar.setTextVisible(False)
            bar.setRange(0, 100)
            percent = indicator.percent
            bar.setValue(min(100, percent) if percent is not None else 0)
            bar.setProperty("state", indicator.state)
            bar.setStyleSheet(BAR_STYLE.format(colour=COLOURS.get(indicator.state, COLOURS["none"])))
            figure = QLabel(self._figure(indicator))
            figure.setStyleSheet(f"color: {COLOURS.get(indicator.state, COLOURS['none'])}; font-weight: bold;")
            figure.setToolTip(self._state_text(indicator.state))
            bar.setToolTip(figure.toolTip())
            self.grid.addWidget(name, row, 0)
            self.grid.addWidget(bar, row, 1)
            self.grid.addWidget(figure, row, 2, Qt.AlignmentFlag.AlignRight)
            self.bars.append(bar)

    def _figure(self, indicator: Indicator) -> str:
        unit = {"people": self.tr("people"), "stories": self.tr("stories"), "cases": self.tr("houses")
                }.get(indicator.unit, "")  # activities go without a word: the plan's target names them
        if indicator.target is None:
            text = fmt.number(indicator.actual)
        else:
            text = self.tr("{actual} / {target}").format(actual=fmt.number(indicator.actual),
                                                         target=fmt.number(indicator.target))
        return f"{text} {unit}".strip()

    def _state_text(self, state: str) -> str:
        return {"ok": self.tr("On pace for today"),
                "behind": self.tr("Behind the pace expected by today"),
                }.get(state, self.tr("No target in the plan"))


class MonthCard(QGroupBox):
    """This month against the plan's targets (prorated to the month)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("This month"))
        layout = QVBoxLayout(self)
        self.placeholder = QLabel(self.tr("Computing…"))
        self.placeholder.setStyleSheet("color: #6b7280; font-weight: normal;")
        self.rows = IndicatorRows()
        layout.addWidget(self.placeholder)
        layout.addWidget(self.rows)
        layout.addStretch(1)

    def show_month(self, month_name: str, indicators: tuple[Indicator, ...]) -> None:
        self.setTitle(self.tr("This month ({month})").format(month=month_name))
        self.rows.show_indicators(indicators)
        self.placeholder.setVisible(not indicators)
        self.placeholder.setText(self.tr("No activity and no target for this month yet."))


class CampaignsCard(QGroupBox):
    """Campaigns running now, with the days left and their own targets."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Campaigns"))
        self.box = QVBoxLayout(self)
        self.box.addWidget(self._grey(self.tr("Computing…")))
        self.rows: list[IndicatorRows] = []

    @staticmethod
    def _grey(text: str) -> QLabel:
        label = QLabel(text)
        label.setStyleSheet("color: #6b7280; font-weight: normal;")
        label.setWordWrap(True)
        return label

    def show_campaigns(self, campaigns: tuple[CampaignStatus, ...]) -> None:
        _clear(self.box)
        self.rows = []
        if not campaigns:
            self.box.addWidget(self._grey(self.tr("No campaign is running now.")))
        for campaign in campaigns:
            title = QLabel()
            title.setWordWrap(True)
            title.setTextFormat(Qt.TextFormat.PlainText)
            title.setText(self.tr("{name} ({start} – {end}): {days} days left").format(
                name=campaign.name, start=fmt.date(campaign.starts_on), end=fmt.date(campaign.ends_on),
                days=fmt.number(max(0, campaign.days_left))))
            self.box.addWidget(title)
            rows = IndicatorRows()
            rows.show_indicators(campaign.indicators)
            self.box.addWidget(rows)
            self.rows.append(rows)
        self.box.addStretch(1)
