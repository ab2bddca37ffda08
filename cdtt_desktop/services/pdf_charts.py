"""Draw a document's `Chart` block with ReportLab's graphics, across the text width and inside the margins.

Everything is drawn in the bundled serif (ReportLab's charts default to Helvetica, which is not embedded
and cannot draw Vietnamese). Colours are blues and greys of clearly different lightness, so the series
can still be told apart on the black-and-white printers of most offices; the target line is dashed.
"""

from __future__ import annotations

import math
from xml.sax.saxutils import escape

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend, LineLegend, LineSwatch
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Spacer
from reportlab.platypus import Paragraph as RlParagraph

from cdtt_desktop.domain.document_model import Chart
from cdtt_desktop.services.pdf_fonts import BOLD, REGULAR

PLOT_HEIGHT = 58 * mm
LABEL_SIZE = 9  # axis labels and legend: small, as in a printed table's notes
# Dark, light, middle…: neighbours in a stack differ in lightness as well as hue.
FILLS = tuple(colors.HexColor(c) for c in ("#1f3a5f", "#a9c4e0", "#5b7fa6", "#d9d9d9", "#2f2f2f", "#7fa3c9",
                                           "#8c8c8c", "#3e5f8a", "#c4d5e8", "#555555"))
LINES = ((colors.HexColor("#1f3a5f"), 1.8, None), (colors.HexColor("#7f7f7f"), 1.4, (4, 2.5)),
         (colors.HexColor("#5b7fa6"), 1.2, (1, 1.5)), (colors.HexColor("#2f2f2f"), 1.0, None))
GRID = colors.HexColor("#d0d0d0")
MARKERS_UP_TO = 16  # categories; beyond that the points would crowd the line


def number(value: float) -> str:
    """1.500: figures are grouped the Vietnamese way, as in the document's tables."""
    return f"{round(value):,}".replace(",", ".")


def nice_scale(highest: int) -> tuple[int, int]:
    """(top, step) of the value axis: whole steps of 1, 2 or 5 × 10ⁿ, at most five of them."""
    if highest <= 0:
        return 1, 1
    step = 1
    while math.ceil(highest / step) > 5:
        step = step * 5 // 2 if str(step)[0] == "2" else step * 2  # 1, 2, 5, 10, 20, 50…
    return math.ceil(highest / step) * step, step


def chart_flowables(block: Chart, text_width: float, title_style: ParagraphStyle) -> list[Flowable]:
    """The chart's title above its drawing, kept on one page."""
    title = ParagraphStyle("chart-title", parent=title_style, fontName=BOLD, spaceAfter=4)
    parts: list[Flowable] = [RlParagraph(escape(block.title), title)] if block.title else []
    return [KeepTogether([*parts, chart_drawing(block, text_width), Spacer(1, title_style.spaceAfter + 4)])]


def chart_drawing(block: Chart, width: float) -> Drawing:
    """The plot, its axes and its legend in a drawing exactly `width` wide."""
    legend = _legend(block, width)
    legend_height = legend.getBounds()[3] - legend.getBounds()[1] if block.series else 0
    top, step = nice_scale(_highest(block))
    left = max(stringWidth(number(top), REGULAR, LABEL_SIZE), 8) + 6
    bottom = legend_height + (14 if block.series else 0) + LABEL_SIZE * 2
    above = LABEL_SIZE * 1.6 if block.value_label else 4
    drawing = Drawing(width, bottom + PLOT_HEIGHT + above)
    # The renderer starts every drawing in its own default font (Helvetica, not embedded) unless told.
    drawing.initialFontName, drawing.initialFontSize = REGULAR, LABEL_SIZE
    plot_width = width - left - 4
    chart = _bars(block) if block.chart_type == "bars" else _lines(block)
    chart.x, chart.y, chart.width, chart.height = left, bottom, plot_width, PLOT_HEIGHT
    _value_axis(chart, top, step)
    _category_axis(chart, block.categories, plot_width)
    drawing.add(chart)
    if block.value_label:
        drawing.add(String(0, bottom + PLOT_HEIGHT + LABEL_SIZE * 0.6, block.value_label, fontName=REGULAR,
                           fontSize=LABEL_SIZE))
    if block.series:
        legend_width = legend.getBounds()[2] - legend.getBounds()[0]
        legend.x, legend.y = max(0.0, min(left, width - legend_width)), legend_height
        drawing.add(legend)
    return drawing


def _highest(block: Chart) -> int:
    if not block.series or not block.categories:
        return 0
    if block.chart_type == "bars" and block.stacked:
        return max(sum(values[i] for _name, values in block.series if i < len(values))
                   for i in range(len(block.categories)))
    return max((max(values, default=0) for _name, values in block.series), default=0)


def _data(block: Chart) -> list[tuple[int, ...]]:
    """One row per series, as long as the categories (a short series is padded with zeros)."""
    n = len(block.categories)
    rows = [tuple(values[:n]) + (0,) * (n - len(values)) for _name, values in block.series]
    return rows or [(0,) * n]


def _bars(block: Chart) -> VerticalBarChart:
    chart = VerticalBarChart()
    chart.data = _data(block)
    chart.categoryAxis.style = "stacked" if block.stacked else "parallel"
    chart.barSpacing = 0
    chart.groupSpacing = 2 if len(block.categories) > 20 else 5
    chart.bars.strokeColor = colors.white  # a thin white edge between stacked parts
    chart.bars.strokeWidth = 0.3
    for index in range(len(chart.data)):
        chart.bars[index].fillColor = FILLS[index % len(FILLS)]
    return chart


def _lines(block: Chart) -> HorizontalLineChart:
    chart = HorizontalLineChart()
    chart.data = _data(block)
    chart.joinedLines = 1
    for index in range(len(chart.data)):
        colour, stroke, dash = LINES[index % len(LINES)]
        chart.lines[index].strokeColor = colour
        chart.lines[index].strokeWidth = stroke
        chart.lines[index].strokeDashArray = dash
        if len(block.categories) <= MARKERS_UP_TO:
            marker = makeMarker("FilledCircle" if index == 0 else "FilledSquare")
            marker.size, marker.fillColor, marker.strokeColor = 3.5, colour, colour
            chart.lines[index].symbol = marker
    return chart


def _value_axis(chart: VerticalBarChart | HorizontalLineChart, top: int, step: int) -> None:
    axis = chart.valueAxis
    axis.valueMin, axis.valueMax, axis.valueStep = 0, top, step
    axis.labelTextFormat = number
    axis.labels.fontName, axis.labels.fontSize = REGULAR, LABEL_SIZE
    axis.visibleGrid, axis.gridStrokeColor, axis.gridStrokeWidth = 1, GRID, 0.4
    axis.strokeWidth = 0.5


def _category_axis(chart: VerticalBarChart | HorizontalLineChart, categories: tuple[str, ...],
                   plot_width: float) -> None:
    """Every label when they fit, else every k-th: a year of weeks shows about one label a month."""
    axis = chart.categoryAxis
    widest = max((stringWidth(c, REGULAR, LABEL_SIZE) for c in categories), default=0) + 6
    room = max(1, int(plot_width // widest)) if widest else 1
    every = max(1, math.ceil(len(categories) / room))
    axis.categoryNames = [c if i % every == 0 else "" for i, c in enumerate(categories)] or [""]
    axis.labels.fontName, axis.labels.fontSize = REGULAR, LABEL_SIZE
    axis.labels.boxAnchor, axis.labels.dy = "n", -3
    axis.strokeWidth = 0.5
    axis.tickDown = 2


def _legend(block: Chart, width: float) -> Legend:
    """The series' names in as many columns as fit the width (at least one, names wrapped by nothing)."""
    legend: Legend = LineLegend() if block.chart_type == "lines" else Legend()
    if block.chart_type == "lines":
        pairs = []
        for index, (name, _values) in enumerate(block.series):
            colour, stroke, dash = LINES[index % len(LINES)]
            swatch = LineSwatch()
            swatch.strokeColor, swatch.strokeWidth, swatch.strokeDashArray = colour, stroke, dash
            pairs.append((swatch, name))
        legend.colorNamePairs = pairs
        legend.dx, legend.dy = 22, 2
    else:
        legend.colorNamePairs = [(FILLS[i % len(FILLS)], name) for i, (name, _v) in enumerate(block.series)]
        legend.dx = legend.dy = 8
        legend.strokeColor, legend.strokeWidth = colors.white, 0
    legend.fontName, legend.fontSize = REGULAR, LABEL_SIZE
    legend.boxAnchor, legend.alignment = "nw", "right"
    legend.deltay, legend.dxTextSpace, legend.autoXPadding = LABEL_SIZE * 1.35, 4, 12
    legend.variColumn = 1
    count = max(1, len(block.series))
    for columns in range(min(count, 4), 0, -1):  # the most columns whose names fit side by side
        legend.columnMaximum = math.ceil(count / columns)
        bounds = legend.getBounds()
        if bounds[2] - bounds[0] <= width - 8:
            break
    return legend
