"""The main window: navigation on the left, one page at a time, status bar, standard shortcuts."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from cdtt_desktop import APP_NAME
from cdtt_desktop.services.units import own_unit
from cdtt_desktop.services.workspace import Workspace
from cdtt_desktop.tasks.runner import TaskRunner
from cdtt_desktop.ui.page import Page

if TYPE_CHECKING:
    from cdtt_desktop.tasks.sync_controller import SyncController
    from cdtt_desktop.ui.sync_status import SyncStatus

PageFactory = Callable[[], Page]


class MainWindow(QMainWindow):
    """Pages are built the first time they are shown, so that start-up stays fast."""

    PAGE_KEYS = ("overview", "activities", "stories", "housing", "reports", "submission", "inbox", "settings")
    RECEIVING_KEYS = frozenset({"inbox"})  # listed only while the office has the receiving role

    def __init__(self, ws: Workspace, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.ws = ws
        self.runner = runner
        self.setMinimumSize(QSize(760, 540))
        self._pages: dict[str, Page] = {}
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(210)
        self.stack = QStackedWidget()
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.unit_label, self.folder_label, self.count_label = QLabel(), QLabel(), QLabel()
        for label in (self.unit_label, self.folder_label):
            self.statusBar().addWidget(label)
        self.statusBar().addPermanentWidget(self.count_label)
        self.sync_controller: SyncController | None = None
        self.sync_status: SyncStatus | None = None
        self._make_actions()
        self.nav.currentRowChanged.connect(self._show_row)
        self.build()
        self.update_sync()
        self._restore_geometry()

    # --- construction -------------------------------------------------------------------------

    def _titles(self) -> dict[str, str]:
        return {
            "overview": self.tr("Overview"),
            "activities": self.tr("Activities"),
            "stories": self.tr("Models & exemplars"),
            "housing": self.tr("Union Homes (Mái ấm)"),
            "reports": self.tr("Reports"),
            "submission": self.tr("Send upward"),
            "inbox": self.tr("Incoming"),
            "settings": self.tr("Settings"),
        }

    def _factories(self) -> dict[str, PageFactory]:
        def activities() -> Page:
            from cdtt_desktop.ui.activity_page import ActivityPage

            return ActivityPage(self.ws, self.runner)

        def settings() -> Page:
            from cdtt_desktop.ui.settings_page import SettingsPage

            page = SettingsPage(self.ws, self.runner)
            page.language_changed.connect(self.change_language)
            page.setup_changed.connect(self.update_status)
            page.hub_settings.saved.connect(self.update_sync)
            return page

        def overview() -> Page:
            from cdtt_desktop.ui.overview_page import OverviewPage

            page = OverviewPage(self.ws, self.runner)
            page.resume_story_requested.connect(lambda story_id: self.show_page("stories").open_story(story_id))
            page.open_requested.connect(self.open_record)
            return page

        def stories() -> Page:
            from cdtt_desktop.ui.stories_page import StoriesPage

            return StoriesPage(self.ws, self.runner)

        def housing() -> Page:
            from cdtt_desktop.ui.housing_page import HousingPage

            return HousingPage(self.ws, self.runner)

        def reports() -> Page:
            from cdtt_desktop.ui.reports_page import ReportsPage

            return ReportsPage(self.ws, self.runner)

        def submission() -> Page:
            from cdtt_desktop.ui.outbox_page import OutboxPage

            return OutboxPage(self.ws, self.runner)

        def inbox() -> Page:
            from cdtt_desktop.ui.inbox_page import InboxPage

            return InboxPage(self.ws, self.runner)

        return {"overview": overview, "activities": activities, "stories": stories, "housing": housing,
                "reports": reports, "submission": submission, "inbox": inbox, "settings": settings}

    def build(self, current: str = "overview") -> None:
        """(Re)build navigation and pages, e.g. after the language changed."""
        for page in self._pages.values():
            self.stack.removeWidget(page)
            page.deleteLater()
        self._pages.clear()
        self.setWindowTitle(APP_NAME)
        self._fill_navigation()
        self._retranslate_actions()
        self.show_page(current)
        self.update_status()

    def visible_keys(self) -> tuple[str, ...]:
        """The pages listed in the navigation: the inbox only for an office with the receiving role."""
        receiving = bool(self.ws.settings["receiving_role"])
        return tuple(k for k in self.PAGE_KEYS if receiving or k not in self.RECEIVING_KEYS)

    def _fill_navigation(self) -> None:
        self.nav.blockSignals(True)
        self.nav.clear()
        titles = self._titles()
        for key in self.visible_keys():
            item = QListWidgetItem(titles[key])
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.nav.addItem(item)
        self.nav.blockSignals(False)

    def update_navigation(self) -> None:
        """List or hide the inbox after the receiving role changed, staying on the page shown."""
        listed = tuple(str(self.nav.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(self.nav.count()))
        if listed == self.visible_keys():
            return
        current = self.current_key()
        self._fill_navigation()
        self.show_page(current if current in self.visible_keys() else "overview")

    def _make_actions(self) -> None:
        self.new_action = QAction(self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.triggered.connect(self.new_item)
        self.find_action = QAction(self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(self.focus_search)
        self.refresh_action = QAction(self)
        self.refresh_action.setShortcut(QKeySequence.StandardKey.Refresh)
        self.refresh_action.triggered.connect(self.refresh)
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.sync_action = QAction(self)
        self.sync_action.setShortcut(QKeySequence(Qt.Key.Key_F9))
        self.sync_action.triggered.connect(self.sync_now)
        for action in (self.new_action, self.find_action, self.refresh_action, self.quit_action, self.sync_action):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self.addAction(action)

    def _retranslate_actions(self) -> None:
        self.new_action.setText(self.tr("New activity"))
        self.find_action.setText(self.tr("Search"))
        self.refresh_action.setText(self.tr("Refresh"))
        self.quit_action.setText(self.tr("Quit"))
        self.sync_action.setText(self.tr("Sync now"))

    # --- pages --------------------------------------------------------------------------------

    def page(self, key: str) -> Page:
        if key not in self._pages:
            page = self._factories()[key]()
            page.setObjectName(f"page-{key}")
            page.status_changed.connect(self.update_status)
            page.status_changed.connect(self.update_navigation)  # an import or Settings may switch the role
            self._pages[key] = page
            self.stack.addWidget(page)
        return self._pages[key]

    def current_key(self) -> str:
        item = self.nav.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else "overview"

    def show_page(self, key: str) -> Page:
        row = self.visible_keys().index(key)
        if self.nav.currentRow() != row:
            self.nav.setCurrentRow(row)  # calls _show_row
        else:
            self._show_row(row)
        return self._pages[key]

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        page = self.page(str(self.nav.item(row).data(Qt.ItemDataRole.UserRole)))
        if self.stack.currentWidget() is not page:
            self.stack.setCurrentWidget(page)
            if row > 0:
                page.refresh()
        self.update_status()

    def current_page(self) -> Page:
        return self.page(self.current_key())

    def open_record(self, key: str, record_id: str) -> None:
        """Go where a to-do line points: the story or case itself, or the page (reports, sending, activities)."""
        page = self.show_page(key)
        if record_id and key == "stories":
            page.open_story(record_id)  # type: ignore[attr-defined]
        elif record_id and key == "housing":
            page.open_case(record_id)  # type: ignore[attr-defined]
        elif record_id and key == "reports":
            page.show_period(record_id)  # type: ignore[attr-defined]

    # --- shortcuts ----------------------------------------------------------------------------

    def new_item(self) -> None:
        if not self.current_page().new_item():
            self.show_page("activities").new_item()

    def focus_search(self) -> None:
        if not self.current_page().focus_search():
            self.show_page("activities").focus_search()

    def refresh(self) -> None:
        self.current_page().refresh()
        self.update_status()

    # --- sync with the hub ----------------------------------------------------------------------

    def update_sync(self) -> None:
        """Start syncing (timer, reconnect, F9) once a hub address is set; nothing runs before."""
        if self.sync_controller is not None or not str(self.ws.settings["hub_url"]).strip():
            return
        from cdtt_desktop.tasks.sync_controller import START_DELAY_MS, SyncController
        from cdtt_desktop.ui.sync_status import SyncStatus

        self.sync_controller = SyncController(self.ws, self.runner, self, start_delay_ms=START_DELAY_MS)
        self.sync_controller.finished.connect(lambda _report: self._sync_ended())
        self.sync_controller.failed.connect(lambda _reason: self._sync_ended())
        self.sync_status = SyncStatus(self.sync_controller)
        self.statusBar().removeWidget(self.count_label)  # the sync corner goes left of the page's counts
        self.statusBar().addPermanentWidget(self.sync_status)
        self.statusBar().addPermanentWidget(self.count_label)
        self.count_label.show()

    def sync_now(self) -> None:
        if self.sync_controller is None or not self.sync_controller.sync_now():
            self.statusBar().showMessage(self.tr("Set the sync server's address in Settings first."), 8000)

    def _sync_ended(self) -> None:
        """Items changed state and decisions may have arrived: show them on the pages already built."""
        for key in ("submission", "inbox"):
            if key in self._pages:
                self._pages[key].refresh()
        self.update_status()

    # --- status, language, geometry -----------------------------------------------------------

    def update_status(self) -> None:
        unit = own_unit(self.ws)
        self.unit_label.setText(unit["name"] if unit else "")
        self.folder_label.setText(self.tr("Data: {path}").format(path=self.ws.paths.root))
        page = self._pages.get(self.current_key())
        self.count_label.setText(page.status_text() if page else "")

    def change_language(self, language: str) -> None:
        from cdtt_desktop import formatting, i18n

        i18n.install(language)
        formatting.set_locale(language)
        self.build(current=self.current_key())

    def _restore_geometry(self) -> None:
        saved = self.ws.settings["window_geometry"]
        if saved and self.restoreGeometry(QByteArray.fromBase64(saved.encode("ascii"))):
            return
        # First start: as large as suits the screen (office PCs often have 1366×768).
        screen = self.screen().availableGeometry()
        self.resize(min(1200, int(screen.width() * 0.92)), min(760, int(screen.height() * 0.9)))

    def closeEvent(self, event: QCloseEvent) -> None:
        geometry = bytes(self.saveGeometry().toBase64().data()).decode("ascii")
        self.ws.settings.save(window_geometry=geometry)
        if self.sync_controller is not None:
            self.sync_controller.stop()
        self.runner.wait(10_000)
        super().closeEvent(event)
