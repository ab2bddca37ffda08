"""Tổng quan: the month against the plan, running campaigns, what is waiting, the year's calendar and charts.

The page paints at once with placeholders; the figures are computed in the
background on their own connection. The charts (QtCharts is slow to load) are
built only after the first paint.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QGroupBox, QLabel, QScrollArea, QVBoxLayout, QWidget

from cdtt_desktop.services.units import own_unit
from cdtt_desktop.services.workspace import Workspace, open_workspace
from cdtt_desktop.tasks.runner import Progress, TaskRunner
from cdtt_desktop.ui.overview_calendar import YearCalendar
from cdtt_desktop.ui.overview_cards import CampaignsCard, MonthCard
from cdtt_desktop.ui.overview_todo import TodoList
from cdtt_desktop.ui.page import Page

if TYPE_CHECKING:
    from cdtt_desktop.services.dashboard import Dashboard
    from cdtt_desktop.ui.overview_charts import ChartsSection
    from cdtt_desktop.ui.story_drafts_bar import ResumeDraftsBar

log = logging.getLogger(__name__)
FIRST_FIGURES_DELAY_MS = 100
CHARTS_DELAY_MS = 1500  # well after the first paint: QtCharts takes the GUI thread for a while to load


class OverviewPage(Page):
    resume_story_requested = Signal(str)  # the id of an unfinished story the officer chose to go on with
    open_requested = Signal(str, str)  # page key, record id ("" = just show the page)

    def __init__(self, ws: Workspace, runner: TaskRunner | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ws = ws
        self.runner = runner if runner is not None else TaskRunner(parent=self)
        self.today: Callable[[], dt.date] = dt.date.today
        self.dashboard: Dashboard | None = None
        self._pending_charts: Any = None  # chart data that arrived while another page was shown
        self.charts: ChartsSection | None = None
        self._generation = 0
        self._charts_scheduled = False
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setProperty("role", "heading")
        layout.addWidget(self.heading)
        self._drafts_slot = QVBoxLayout()
        layout.addLayout(self._drafts_slot)
        self.drafts_bar: ResumeDraftsBar | None = None
        layout.addWidget(self._build_body(), 1)
        self.refresh()

    def _build_body(self) -> QScrollArea:
        self.month_card = MonthCard()
        self.campaigns_card = CampaignsCard()
        self.todo = TodoList()
        self.todo.open_requested.connect(self.open_requested)
        self.calendar = YearCalendar()
        self.charts_box = QGroupBox(self.tr("Charts"))
        self.charts_layout = QVBoxLayout(self.charts_box)
        self.charts_placeholder = QLabel(self.tr("The charts appear in a moment…"))
        self.charts_placeholder.setStyleSheet("color: #6b7280; font-weight: normal;")
        self.charts_layout.addWidget(self.charts_placeholder)
        self.charts_box.setMinimumHeight(340)
        body = QWidget()
        grid = QGridLayout(body)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.month_card, 0, 0)
        grid.addWidget(self.todo, 0, 1)
        grid.addWidget(self.campaigns_card, 1, 0)
        grid.addWidget(self.calendar, 1, 1)
        grid.addWidget(self.charts_box, 2, 0, 1, 2)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        self.calendar.setMinimumHeight(150)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        return scroll

    # --- the unfinished-drafts offer ------------------------------------------------------------

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

    # --- figures --------------------------------------------------------------------------------

    def refresh(self) -> None:
        unit = own_unit(self.ws)
        self.heading.setText(unit["name"] if unit else "")
        # After the first paint (the offer needs the stories code, ~15 ms to load), so the window shows first.
        QTimer.singleShot(150, self._offer_unfinished_stories)
        self._generation += 1
        if self._generation == 1:
            # The first figures wait for the first paint: their task imports the report code, which would
            # otherwise compete with the window being built (about 40 ms of the start-up).
            QTimer.singleShot(FIRST_FIGURES_DELAY_MS, lambda: self._compute(
                self._dashboard_task(), self._dashboard_arrived, self.month_card.placeholder))
        else:
            self._compute(self._dashboard_task(), self._dashboard_arrived, self.month_card.placeholder)
        if self.charts is not None:
            self._compute(self._charts_task(), self._charts_arrived, self.charts_placeholder)
        self.status_changed.emit()

    def _compute(self, task: Callable[[Workspace], Any], arrived: Callable[[Any], None], note: QLabel) -> None:
        """Run `task` on its own connection; only the answer to the latest refresh is shown."""
        paths, generation = self.ws.paths, self._generation

        def run(_progress: Progress) -> tuple[int, Any]:
            ws = open_workspace(paths)
            try:
                return generation, task(ws)
            finally:
                # Not ws.close(): its PRAGMA optimize may write statistics, and a write racing the window's
                # own (the geometry saved on closing) makes that one fail with "database is locked".
                ws.db.close()

        def succeeded(result: tuple[int, Any]) -> None:
            if shiboken6.isValid(self) and result[0] == self._generation:
                arrived(result[1])

        def failed(exc: BaseException, trace: str) -> None:
            log.warning("computing the overview failed: %s\n%s", exc, trace)
            if shiboken6.isValid(self):
                note.setText(self.tr("The figures could not be computed. Press F5 to try again."))
                note.show()

        self.runner.run(run, succeeded, failed, writes=False)

    def _dashboard_task(self) -> Callable[[Workspace], Any]:
        today = self.today()

        def task(ws: Workspace) -> Dashboard:
            from cdtt_desktop.services.dashboard import dashboard

            return dashboard(ws, today)

        return task

    def show_dashboard(self, data: Dashboard) -> None:
        """Fill the cards, the to-do list and the calendar (also used directly by tests)."""
        self.dashboard = data
        self.month_card.show_month(f"{data.today.month:02d}/{data.today.year}", data.month)
        self.campaigns_card.show_campaigns(data.campaigns)
        self.todo.show_items(data.todo)
        self.calendar.show_entries(data.calendar, data.today)

    def _dashboard_arrived(self, data: Dashboard) -> None:
        self.show_dashboard(data)

    # --- charts ---------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._pending_charts is not None:
            pending = self._pending_charts
            QTimer.singleShot(0, lambda: self._charts_arrived(pending))
        if not self._charts_scheduled:
            self._charts_scheduled = True
            QTimer.singleShot(CHARTS_DELAY_MS, self.build_charts)

    def build_charts(self) -> None:
        """Load QtCharts and make the charts, then compute their data in the background."""
        if self.charts is not None or not shiboken6.isValid(self):
            return
        if not self.isVisible():
            # The officer went to another page first: loading QtCharts and a year of figures now would only
            # compete with their typing there. The next visit schedules the charts again.
            self._charts_scheduled = False
            return
        from cdtt_desktop.ui.overview_charts import ChartsSection

        self.charts = ChartsSection()
        self.charts_layout.addWidget(self.charts, 1)
        self._compute(self._charts_task(), self._charts_arrived, self.charts_placeholder)

    def _charts_task(self) -> Callable[[Workspace], Any]:
        year = self.today().year

        def task(ws: Workspace) -> Any:
            from cdtt_desktop.services.dashboard import chart_data

            return chart_data(ws, year)

        return task

    def _charts_arrived(self, data: Any) -> None:
        if self.charts is None:
            return
        if not self.isVisible():
            # Drawing a year of weekly bars takes the GUI thread a while: not while the officer types elsewhere.
            self._pending_charts = data
            return
        self._pending_charts = None
        self.charts.show_data(*data)
        self.charts_placeholder.hide()
