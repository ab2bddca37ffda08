"""The Tổng quan page: coloured indicators, the to-do list, the lazy charts and their PNG export."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from cdtt_desktop.services.dashboard import (
    CalendarEntry,
    CampaignStatus,
    Cumulative,
    Dashboard,
    Indicator,
    StatusCounts,
    TodoItem,
    WeekSeries,
)
from cdtt_desktop.services.workspace import Workspace
from cdtt_desktop.tasks.runner import TaskRunner
from cdtt_desktop.ui import overview_charts
from cdtt_desktop.ui.overview_cards import COLOURS
from cdtt_desktop.ui.overview_page import OverviewPage
from cdtt_desktop.ui.overview_todo import TodoList

TODAY = dt.date(2026, 5, 12)
MONTH = (
    Indicator("target:0", "Tin bài trên trang thông tin điện tử", 10, 20, "activities", 12, 31),  # due 7.7
    Indicator("target:1", "Phóng sự truyền hình", 1, 10, "activities", 12, 31),  # due 3.9: behind
    Indicator("participants", "Participants", 350, None, "people", 12, 31),
)
TODO = (
    TodoItem("draft_story", "Finish the draft story “{title}”", {"title": "Chị Lê Thị Thu"}, ("stories", "s1")),
    TodoItem("overdue_case", "Mái ấm case of {name}: the next step was due on {day}",
             {"name": "Nguyễn Văn Hùng", "day": "05/05/2026"}, ("housing", "c7")),
    TodoItem("report_due", "The report for {period} is due on {day}", {"period": "tháng 5", "day": "31/05/2026"},
             ("reports", "2026-05")),
)


def demo_dashboard() -> Dashboard:
    campaign = CampaignStatus("k1", "Tháng Công nhân 2026", dt.date(2026, 5, 1), dt.date(2026, 5, 31), 20,
                              (Indicator("target:0", "Hoạt động hưởng ứng", 4, 12, "activities", 12, 31),))
    calendar = (CalendarEntry(dt.date(2026, 5, 1), dt.date(2026, 5, 31), "Tháng Công nhân 2026", "campaign"),
                CalendarEntry(dt.date(2026, 4, 30), None, "Ngày Giải phóng miền Nam", "key_date"),
                CalendarEntry(dt.date(2026, 7, 28), None, "Ngày thành lập Công đoàn Việt Nam", "key_date"))
    return Dashboard(TODAY, MONTH, (campaign,), TODO, calendar)


def demo_charts() -> tuple[WeekSeries, Cumulative, StatusCounts]:
    weeks = tuple(dt.date(2025, 12, 29) + dt.timedelta(weeks=i) for i in range(53))
    channels = (("Trang thông tin", tuple(i % 5 for i in range(53))), ("Zalo", tuple(i % 3 for i in range(53))))
    days = tuple(dt.date(2026, 1, 1) + dt.timedelta(days=i) for i in range(132))
    cumulative = Cumulative(days, tuple(i // 2 for i in range(132)), tuple(i * 2 // 3 for i in range(132)))
    return WeekSeries(weeks, channels), cumulative, StatusCounts((("draft", 3), ("sent", 5)), (("closed", 2),))


@pytest.fixture
def page(qtbot: QtBot, ready_ws: Workspace) -> Iterator[OverviewPage]:
    runner = TaskRunner()
    shown = OverviewPage(ready_ws, runner)
    qtbot.addWidget(shown)
    yield shown
    runner.wait()  # the background figures use the data folder: let them end before it goes


def test_indicators_are_coloured_by_pace(page: OverviewPage) -> None:
    """On pace is green, behind the prorated target orange-red, no target grey; each shows "actual / target"."""
    page.show_dashboard(demo_dashboard())
    bars = page.month_card.rows.bars
    assert [b.property("state") for b in bars] == ["ok", "behind", "none"]
    for bar in bars:
        assert COLOURS[bar.property("state")] in bar.styleSheet()
    assert bars[0].value() == 50 and bars[2].value() == 0
    figures = [page.month_card.rows.grid.itemAtPosition(r, 2).widget().text() for r in range(3)]  # type: ignore
    assert figures[0] == "10 / 20" and figures[1] == "1 / 10" and figures[2].startswith("350")
    assert page.month_card.placeholder.isHidden()
    assert [b.property("state") for b in page.campaigns_card.rows[0].bars] == ["behind"]


def test_todo_line_asks_to_open_its_record(qtbot: QtBot) -> None:
    """A click (or Enter) on a to-do line emits the page and the record it points to."""
    todo = TodoList()
    qtbot.addWidget(todo)
    todo.show_items(TODO)
    todo.show()
    assert "Chị Lê Thị Thu" in todo.list.item(0).text()
    rect = todo.list.visualItemRect(todo.list.item(1))
    with qtbot.waitSignal(todo.open_requested) as signal:
        qtbot.mouseClick(todo.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert signal.args == ["housing", "c7"]
    todo.list.setCurrentRow(2)
    with qtbot.waitSignal(todo.open_requested) as signal:
        qtbot.keyClick(todo.list, Qt.Key.Key_Return)
    assert signal.args == ["reports", "2026-05"]


def test_quietly_empty(page: OverviewPage) -> None:
    """With nothing yet, each card says so instead of staying blank."""
    page.show_dashboard(Dashboard(TODAY, (), (), (), ()))
    assert page.month_card.placeholder.isVisibleTo(page) and page.month_card.rows.bars == []
    assert page.todo.list.isHidden() and "Nothing waiting" in page.todo.empty.text()
    assert page.calendar.list.count() == 0


def test_page_computes_its_figures_in_the_background(qtbot: QtBot, page: OverviewPage, ready_ws: Workspace) -> None:
    """The real figures arrive from the background task and replace the placeholders."""
    qtbot.waitUntil(lambda: page.dashboard is not None, timeout=10_000)
    assert page.dashboard is not None and page.calendar.list.count() >= len(page.dashboard.calendar) > 0
    assert page.month_card.rows.bars  # participants at least, even without activities


def test_qtcharts_is_not_loaded_with_the_page() -> None:
    """Opening the app loads the overview without QtCharts; the charts module is imported later."""
    code = ("import sys, cdtt_desktop.ui.overview_page, cdtt_desktop.ui.main_window;"
            "sys.exit(1 if 'PySide6.QtCharts' in sys.modules else 0)")
    assert subprocess.run([sys.executable, "-c", code], timeout=60).returncode == 0


def test_charts_are_built_after_the_first_paint(qtbot: QtBot, page: OverviewPage) -> None:
    """No chart exists before the page is shown; they appear shortly after and fill from the background."""
    assert page.charts is None
    page.show()
    qtbot.waitUntil(lambda: page.charts is not None)
    assert page.charts is not None
    qtbot.waitUntil(lambda: page.charts_placeholder.isHidden(), timeout=10_000)
    assert page.charts.views["weeks"][0].chart().series()


def test_chart_saved_as_png(qtbot: QtBot, page: OverviewPage, tmp_path: Path,
                            monkeypatch: pytest.MonkeyPatch) -> None:
    """"Save as PNG…" writes the chart as a PNG picture where the officer chose, adding the extension."""
    page.show()
    page.build_charts()
    assert page.charts is not None
    page.charts.show_data(*demo_charts())
    chosen = tmp_path / "bieu-do-tuan"
    monkeypatch.setattr(overview_charts.QFileDialog, "getSaveFileName", lambda *a, **k: (str(chosen), ""))
    button = page.charts.findChild(QPushButton, "save-weeks")
    assert button is not None
    button.click()
    saved = tmp_path / "bieu-do-tuan.png"
    assert saved.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_empty_charts_still_draw(qtbot: QtBot, page: OverviewPage) -> None:
    """Charts of a year with no data keep a scale and a placeholder category instead of failing."""
    page.show()
    page.build_charts()
    assert page.charts is not None
    page.charts.show_data(WeekSeries((), ()), Cumulative((), (), ()), StatusCounts((), ()))
    axis = page.charts.views["status"][0].chart().axes(Qt.Orientation.Horizontal)[0]
    assert axis.max() >= 1  # type: ignore[attr-defined]
    categories = page.charts.views["status"][0].chart().axes(Qt.Orientation.Vertical)[0]
    assert categories.count() == 1  # type: ignore[attr-defined]


def test_main_window_goes_where_a_todo_line_points(qtbot: QtBot, ready_ws: Workspace) -> None:
    """The window answers open_requested: a page key shows that page; a story id opens the story."""
    from cdtt_desktop.domain.stories import StoryKind
    from cdtt_desktop.services.stories import new_story
    from cdtt_desktop.ui.main_window import MainWindow

    window = MainWindow(ready_ws, TaskRunner())
    qtbot.addWidget(window)
    window.show()
    overview = window.page("overview")
    assert isinstance(overview, OverviewPage)
    overview.open_requested.emit("activities", "")
    assert window.current_key() == "activities"
    story_id = new_story(ready_ws, StoryKind.PERSON)
    overview.open_requested.emit("stories", story_id)
    stories = window.page("stories")
    assert window.current_key() == "stories"
    qtbot.waitUntil(lambda: stories.wizard is not None and stories.wizard.isVisible())  # type: ignore[attr-defined]
    stories.wizard.done(0)  # type: ignore[attr-defined]


def test_chart_data_arriving_while_hidden_waits_for_the_next_visit(qtbot, ready_ws) -> None:  # type: ignore[no-untyped-def]
    """Charts are not drawn while another page is shown; they are drawn when the page shows again."""
    from cdtt_desktop.ui.overview_page import OverviewPage

    page = OverviewPage(ready_ws)
    qtbot.addWidget(page)
    page.show()
    page.build_charts()
    assert page.charts is not None
    qtbot.waitUntil(lambda: page.charts_placeholder.isHidden(), timeout=10_000)  # the real figures drawn
    drawn: list[tuple[object, ...]] = []
    page.charts.show_data = lambda *data: drawn.append(data)  # type: ignore[method-assign]
    page.hide()
    page._charts_arrived(("weeks", "cumulative", "statuses"))
    assert drawn == []
    page.show()
    qtbot.waitUntil(lambda: drawn == [("weeks", "cumulative", "statuses")], timeout=2000)
