"""The charts of the overview (QtCharts): this module is imported only once the page is on screen.

Weekly activities by channel (stacked bars), the year's cumulative count against
the target (lines), stories and Mái ấm cases by status (bars). Each can be saved
as a PNG picture for a slide or a message.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QLineSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, QPointF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cdtt_desktop.ui.housing_labels import step_name
from cdtt_desktop.ui.story_labels import status_name

if TYPE_CHECKING:
    from cdtt_desktop.services.dashboard import Cumulative, StatusCounts, WeekSeries

PALETTE = ("#1f5f99", "#c8102e", "#2e7d32", "#f2a900", "#6a4c93", "#00838f", "#8d6e63", "#546e7a")


def _axis_top(values: list[int]) -> int:
    """A round top for the value axis; 1 when everything is zero, so an empty chart still has a scale."""
    top = max(values, default=0)
    if top <= 5:
        return max(top, 1)
    step = 10 ** (len(str(top)) - 1)
    return ((top + step - 1) // step) * step


def _chart(title: str) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)  # old PCs: draw once, at once
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    chart.setMargins(QMargins(4, 4, 4, 4))
    return chart


def _value_axis(values: list[int]) -> QValueAxis:
    axis = QValueAxis()
    axis.setLabelFormat("%d")
    axis.setRange(0, _axis_top(values))
    axis.setTickCount(6 if _axis_top(values) >= 5 else _axis_top(values) + 1)
    return axis


def _safe_name(text: str) -> str:
    return "".join(c if c.isalnum() else "-" for c in text).strip("-") or "chart"


def _status(name_of: object, key: str) -> str:
    try:
        return str(name_of(key))  # type: ignore[operator]
    except (KeyError, ValueError):
        return key


class ChartsSection(QTabWidget):
    """Three tabs, one chart (or pair of charts) each, with "Save as PNG…" under it."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.views: dict[str, list[QChartView]] = {}
        self.pages: dict[str, QWidget] = {}
        self.frames: dict[str, QWidget] = {}  # what a PNG shows: the chart(s) without the button
        for key, title in (("weeks", self.tr("Activities per week")),
                           ("cumulative", self.tr("Year so far against target")),
                           ("status", self.tr("Stories and cases by status"))):
            page = QWidget()
            layout = QVBoxLayout(page)
            layout.setContentsMargins(4, 4, 4, 4)
            frame = QWidget()
            charts = QHBoxLayout(frame)
            charts.setContentsMargins(0, 0, 0, 0)
            count = 2 if key == "status" else 1
            self.views[key] = [self._view() for _ in range(count)]
            for view in self.views[key]:
                charts.addWidget(view, 1)
            layout.addWidget(frame, 1)
            self.frames[key] = frame
            save = QPushButton(self.tr("Save as PNG…"))
            save.setObjectName(f"save-{key}")
            save.clicked.connect(lambda _c=False, k=key: self.save_png(k))
            row = QHBoxLayout()
            row.addStretch(1)
            row.addWidget(save)
            layout.addLayout(row)
            self.pages[key] = page
            self.addTab(page, title)

    @staticmethod
    def _view() -> QChartView:
        view = QChartView()
        view.setRenderHint(QPainter.RenderHint.Antialiasing)
        view.setMinimumHeight(220)
        return view

    def show_data(self, weeks: WeekSeries, cumulative: Cumulative, status: StatusCounts) -> None:
        self.views["weeks"][0].setChart(self._weeks_chart(weeks))
        self.views["cumulative"][0].setChart(self._cumulative_chart(cumulative))
        stories = [(_status(status_name, k), n) for k, n in status.stories]
        cases = [(_status(step_name, k), n) for k, n in status.cases]
        self.views["status"][0].setChart(self._bars_chart(self.tr("Stories"), stories, PALETTE[0]))
        self.views["status"][1].setChart(self._bars_chart(self.tr("Mái ấm cases"), cases, PALETTE[1]))

    def _weeks_chart(self, weeks: WeekSeries) -> QChart:
        chart = _chart(self.tr("Activities per week, by channel"))
        series = QStackedBarSeries()
        totals = [0] * len(weeks.weeks)
        for index, (name, values) in enumerate(weeks.channels):
            bar_set = QBarSet(name)
            bar_set.setColor(QColor(PALETTE[index % len(PALETTE)]))
            bar_set.append([float(v) for v in values])
            series.append(bar_set)
            totals = [t + v for t, v in zip(totals, values, strict=False)]
        series.setBarWidth(0.8)
        chart.addSeries(series)
        axis_x = self._month_axis(weeks.weeks)
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(axis_x)
        axis_y = _value_axis(totals)
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_y)
        chart.legend().setVisible(bool(weeks.channels))
        return chart

    def _month_axis(self, weeks: tuple[dt.date, ...]) -> QCategoryAxis:
        """Month numbers under their weeks: 52 week labels would not fit on an office screen."""
        axis = QCategoryAxis()
        axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionCenter)
        axis.setRange(-0.5, max(len(weeks), 1) - 0.5)
        for index, monday in enumerate(weeks):
            month = (monday + dt.timedelta(days=3)).month  # a week belongs to the month of its Thursday
            following = weeks[index + 1] + dt.timedelta(days=3) if index + 1 < len(weeks) else None
            if following is None or following.month != month:
                axis.append(str(month), index + 0.5)
        axis.setTitleText(self.tr("Month"))
        return axis

    def _cumulative_chart(self, data: Cumulative) -> QChart:
        chart = _chart(self.tr("Activities since 1 January against the target"))
        axis_y = _value_axis(list(data.actual) + list(data.target))
        axis_x = QValueAxis()
        axis_x.setLabelFormat("%d")
        axis_x.setTitleText(self.tr("Month"))
        axis_x.setRange(1, 13)
        axis_x.setTickCount(13)
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        for name, values, colour, dashed in ((self.tr("Target"), data.target, "#9e9e9e", True),
                                              (self.tr("Done"), data.actual, PALETTE[0], False)):
            series = QLineSeries()
            series.setName(name)
            series.append([QPointF(self._month_position(day), float(v))
                           for day, v in zip(data.days, values, strict=False)])
            pen = QPen(QColor(colour), 2.5)
            if dashed:
                pen.setStyle(Qt.PenStyle.DashLine)
            series.setPen(pen)
            chart.addSeries(series)
            series.attachAxis(axis_x)
            series.attachAxis(axis_y)
        return chart

    @staticmethod
    def _month_position(day: dt.date) -> float:
        """1.0 on 1 January … 13.0 at the end of December, so the axis ticks fall on month starts."""
        start = dt.date(day.year, day.month, 1)
        following = dt.date(day.year + (day.month == 12), day.month % 12 + 1, 1)
        return day.month + (day - start).days / (following - start).days

    def _bars_chart(self, title: str, counts: list[tuple[str, int]], colour: str) -> QChart:
        """Horizontal bars: status names stay readable on the left instead of being cut under narrow bars."""
        chart = _chart(title)
        counts = counts[::-1]  # horizontal bars are drawn bottom-up: the first status goes on top
        bar_set = QBarSet(title)
        bar_set.setColor(QColor(colour))
        bar_set.append([float(n) for _, n in counts])
        bar_set.setLabelColor(QColor("#111827"))
        series = QHorizontalBarSeries()
        series.append(bar_set)
        series.setLabelsVisible(True)
        series.setLabelsPosition(QHorizontalBarSeries.LabelsPosition.LabelsOutsideEnd)
        chart.addSeries(series)
        axis_y = QBarCategoryAxis()
        axis_y.append([name for name, _ in counts] or [self.tr("(none)")])
        small = QFont(axis_y.labelsFont())
        small.setPointSizeF(8)  # ten steps of a case must each keep their name in the chart's height
        axis_y.setLabelsFont(small)
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_y)
        axis_x = _value_axis([n + 1 for _, n in counts])  # room for the count printed after the longest bar
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(axis_x)
        chart.legend().setVisible(False)
        return chart

    def save_png(self, key: str) -> str:
        """Ask where, then save the chart(s) of the tab as drawn; returns the path ("" when cancelled)."""
        title = self.tabText(list(self.pages).index(key))
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Save the chart as a picture"),
                                                    _safe_name(title) + ".png", self.tr("PNG pictures (*.png)"))
        if not path:
            return ""
        if not path.lower().endswith(".png"):
            path += ".png"
        if not self.frames[key].grab().save(path, "PNG"):
            QMessageBox.warning(self, self.tr("Save the chart as a picture"),
                                self.tr("The picture could not be saved in this place. Choose another folder."))
            return ""
        return path
