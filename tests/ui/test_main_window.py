"""The main window: navigation, shortcuts, status bar, remembered geometry, language switch."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QKeySequence

from cdtt_desktop import i18n
from cdtt_desktop.paths import DataPaths
from cdtt_desktop.services.workspace import Workspace, open_workspace
from cdtt_desktop.tasks.runner import TaskRunner
from cdtt_desktop.ui.main_window import MainWindow


def make_window(qtbot, ws: Workspace) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(ws, TaskRunner())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_navigation_lists_every_part_in_vietnamese(qtbot, ready_ws: Workspace) -> None:  # type: ignore[no-untyped-def]
    """The seven parts of the application are listed, in Vietnamese by default."""
    i18n.install("vi")
    try:
        window = make_window(qtbot, ready_ws)
        titles = [window.nav.item(i).text() for i in range(window.nav.count())]
        assert titles == ["Tổng quan", "Hoạt động", "Mô hình & gương", "Mái ấm Công đoàn", "Báo cáo",
                          "Gửi lên cấp trên", "Cài đặt"]
    finally:
        i18n.install("en")


def test_pages_are_built_on_first_visit(qtbot, ready_ws: Workspace) -> None:  # type: ignore[no-untyped-def]
    """Only the overview exists at start; later pages appear when chosen."""
    window = make_window(qtbot, ready_ws)
    assert set(window._pages) == {"overview"}
    window.nav.setCurrentRow(5)
    from cdtt_desktop.ui.outbox_page import OutboxPage

    assert isinstance(window.stack.currentWidget(), OutboxPage)
    window.nav.setCurrentRow(4)
    from cdtt_desktop.ui.reports_page import ReportsPage

    assert isinstance(window.stack.currentWidget(), ReportsPage)
    window.nav.setCurrentRow(1)
    assert window.stack.currentWidget().objectName() == "page-activities"


def test_ctrl_n_and_ctrl_f_go_to_the_activity_page(qtbot, ready_ws: Workspace,  # type: ignore[no-untyped-def]
                                                   monkeypatch) -> None:
    """Ctrl+F from any page opens the activity page with the cursor in its search box; Ctrl+N adds."""
    window = make_window(qtbot, ready_ws)
    # The offscreen platform never activates a window, so check the key binding and fire the action.
    assert window.find_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Find)
    assert window.new_action.shortcut() == QKeySequence(QKeySequence.StandardKey.New)
    assert window.refresh_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Refresh)
    window.find_action.trigger()
    assert window.current_key() == "activities"
    page = window.current_page()
    qtbot.waitUntil(lambda: page.search_edit.hasFocus())
    opened: list[bool] = []
    monkeypatch.setattr(page, "new_item", lambda: opened.append(True) or True)
    window.new_action.trigger()
    assert opened == [True]


def test_status_bar_shows_unit_folder_and_counts(qtbot, ready_ws: Workspace) -> None:  # type: ignore[no-untyped-def]
    """The status bar names the unit and the data folder."""
    window = make_window(qtbot, ready_ws)
    assert window.unit_label.text() == "Công đoàn phường Ba Đình"
    assert str(ready_ws.paths.root) in window.folder_label.text()


def test_geometry_is_remembered(qtbot, ready_ws: Workspace) -> None:  # type: ignore[no-untyped-def]
    """Closing saves the window's size; the next window opens with it."""
    window = make_window(qtbot, ready_ws)
    window.setGeometry(QRect(20, 30, 780, 700))
    window.close()
    again = open_workspace(DataPaths(ready_ws.paths.root))
    second = make_window(qtbot, again)
    assert (second.width(), second.height()) == (780, 700)
    second.close()  # saves its geometry: before the workspace closes
    again.close()


def test_language_switch_rebuilds_in_english(qtbot, ready_ws: Workspace) -> None:  # type: ignore[no-untyped-def]
    """Switching to English retitles the navigation and keeps the current page."""
    i18n.install("vi")
    try:
        window = make_window(qtbot, ready_ws)
        window.nav.setCurrentRow(6)
        window.change_language("en")
        assert window.nav.item(0).text() == "Overview"
        assert window.current_key() == "settings"
    finally:
        i18n.install("en")


def test_unfinished_story_is_offered_at_start(qtbot, ready_ws: Workspace) -> None:  # type: ignore[no-untyped-def]
    """A draft left by a crash is offered on the first page; Continue opens it in the wizard."""
    from cdtt_desktop.domain.stories import StoryContent, StoryKind
    from cdtt_desktop.services.stories import new_story, save_story_content

    story_id = new_story(ready_ws, StoryKind.PERSON)
    save_story_content(ready_ws, story_id, StoryContent(kind="person", person_name="Lê Thị Thu Hằng"))
    window = make_window(qtbot, ready_ws)
    overview = window.page("overview")
    qtbot.waitUntil(lambda: overview.drafts_bar is not None and overview.drafts_bar.isVisible())
    bar = overview.drafts_bar
    assert story_id in bar.buttons
    bar.buttons[story_id].click()
    stories = window.page("stories")
    qtbot.waitUntil(lambda: stories.wizard is not None and stories.wizard.isVisible())
    assert window.current_key() == "stories"
    stories.wizard.close()
