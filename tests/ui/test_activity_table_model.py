"""The activity list model, without a window: lazy pages, exact counts, filters, search and order."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot

from cdtt_desktop.domain.queries import ActivityFilter, ActivitySort, Ordering
from cdtt_desktop.services.activities import activity_page
from cdtt_desktop.services.workspace import Workspace
from cdtt_desktop.tasks.runner import TaskRunner
from cdtt_desktop.ui.activity_table_model import ActivityTableModel, Column
from tests.ui.activity_helpers import add_activity


def _titles(model: ActivityTableModel) -> list[str]:
    return [model.index(row, Column.TITLE).data() for row in range(model.rowCount())]


def test_rows_are_fetched_one_page_at_a_time(ready_ws: Workspace) -> None:
    """Only a page is read at first; fetchMore reads the next page; the count is exact from the start."""
    for i in range(12):
        add_activity(ready_ws, f"Bài viết số {i}", dt.date(2026, 4, 1) + dt.timedelta(days=i))
    model = ActivityTableModel(ready_ws, page_size=5)
    model.reload()
    assert model.rowCount() == 5
    assert model.total_count() == 12
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 10
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 12
    assert not model.canFetchMore(QModelIndex())
    assert _titles(model)[0] == "Bài viết số 11"  # newest first


def test_background_count_is_exact_and_keeps_the_latest_filter(ready_ws: Workspace, qtbot: QtBot) -> None:
    """With a runner the totals are counted off the GUI thread; a stale count never replaces a newer one."""
    for i in range(7):
        add_activity(ready_ws, f"Tuyên truyền lần {i}", participants=10)
    add_activity(ready_ws, "Hội thi an toàn", participants=1)
    runner = TaskRunner()
    model = ActivityTableModel(ready_ws, runner=runner, page_size=3)
    with qtbot.waitSignal(model.totals_changed, timeout=5000):
        model.reload()
    assert model.totals() == {"count": 8, "participants": 71, "reach": 0}
    model.set_filter(ActivityFilter(text="tuyen"))
    assert model.totals() is None  # being counted
    qtbot.waitUntil(lambda: model.totals() is not None, timeout=5000)
    assert model.totals() == {"count": 7, "participants": 70, "reach": 0}
    runner.wait()


def test_channel_filter_finds_activities_of_every_years_plan(ready_ws: Workspace) -> None:
    """Channels are per plan; filtering by code finds the 2025 and the 2026 activities alike."""
    add_activity(ready_ws, "Đăng tin Tết Sum vầy", dt.date(2025, 12, 20), channel="social_media")
    add_activity(ready_ws, "Đăng tin Tháng Công nhân", dt.date(2026, 5, 2), channel="social_media")
    add_activity(ready_ws, "Tin gửi Báo Lao động", dt.date(2026, 5, 3), channel="union_press")
    model = ActivityTableModel(ready_ws)
    model.set_filter(ActivityFilter(channel_code="social_media"))
    assert _titles(model) == ["Đăng tin Tháng Công nhân", "Đăng tin Tết Sum vầy"]
    assert model.total_count() == 2


def test_search_ignores_accents(ready_ws: Workspace) -> None:
    """Typing "mai am" without accents finds "Mái ấm"."""
    add_activity(ready_ws, "Trao nhà Mái ấm Công đoàn cho chị Lan")
    add_activity(ready_ws, "Hội thi an toàn vệ sinh lao động")
    model = ActivityTableModel(ready_ws)
    model.set_filter(ActivityFilter(text="mai am"))
    assert _titles(model) == ["Trao nhà Mái ấm Công đoàn cho chị Lan"]


def test_title_order_is_vietnamese(ready_ws: Workspace) -> None:
    """Sorting by title puts Ă after A and Đ after D, as a Vietnamese reader expects."""
    for title in ("Đêm văn nghệ công nhân", "Ăn Tết Sum vầy", "Dạy nghề cho đoàn viên", "Bình chọn sáng kiến",
                  "An toàn lao động", "Ẩm thực ba miền"):
        add_activity(ready_ws, title)
    model = ActivityTableModel(ready_ws)
    model.reload()
    model.sort(Column.TITLE, Qt.SortOrder.AscendingOrder)
    assert model.ordering() == Ordering(ActivitySort.TITLE, descending=False)
    assert _titles(model) == ["An toàn lao động", "Ăn Tết Sum vầy", "Ẩm thực ba miền", "Bình chọn sáng kiến",
                              "Dạy nghề cho đoàn viên", "Đêm văn nghệ công nhân"]


def test_hostile_search_input_is_harmless(ready_ws: Workspace) -> None:
    """Quotes, brackets, minus signs and FTS keywords typed in the search box never raise."""
    add_activity(ready_ws, "Đối thoại với anh Nguyễn Văn An")
    model = ActivityTableModel(ready_ws)
    for text in ('nguyen-van"(', '"', "(", "*", "AND OR NOT", "NEAR(", "-", "a:b", "'; DROP TABLE x"):
        model.set_filter(ActivityFilter(text=text))
        assert model.total_count() is not None
    model.set_filter(ActivityFilter(text='nguyen-van"('))
    assert _titles(model) == ["Đối thoại với anh Nguyễn Văn An"]


def test_cells_show_dates_codes_and_numbers_the_vietnamese_way(ready_ws: Workspace) -> None:
    """Dates are dd/MM/yyyy, numbers carry Vietnamese separators and sit right, the group shows its code."""
    groups = {g["code"]: g["id"] for g in ready_ws.plans.parts("content_groups")}
    add_activity(ready_ws, "Hội nghị đối thoại", dt.date(2026, 3, 5), channel="direct", participants=1500,
                 reach=25000, content_group_id=groups["1.3"])
    model = ActivityTableModel(ready_ws)
    model.reload()

    def cell(column: Column, role: Qt.ItemDataRole = Qt.ItemDataRole.DisplayRole) -> object:
        return model.index(0, column).data(role)

    assert cell(Column.DATE) == "05/03/2026"
    assert cell(Column.PARTICIPANTS) == "1.500"
    assert cell(Column.REACH) == "25.000"
    assert cell(Column.CONTENT_GROUP) == "1.3"
    assert cell(Column.CHANNEL) == "Truyền thông trực tiếp tại cơ sở"
    assert int(cell(Column.REACH, Qt.ItemDataRole.TextAlignmentRole)) & int(Qt.AlignmentFlag.AlignRight)
    assert model.activity_id(0) == cell(Column.DATE, Qt.ItemDataRole.UserRole)


def test_numeric_columns_sort_by_value_in_the_database(ready_ws: Workspace) -> None:
    """A header click on Participants orders by the number, not by its text ('900' before '1.500')."""
    for title, people in (("Nhỏ", 900), ("Lớn", 1500), ("Không rõ", None)):
        add_activity(ready_ws, title, participants=people)
    model = ActivityTableModel(ready_ws)
    model.reload()
    model.sort(Column.PARTICIPANTS, Qt.SortOrder.DescendingOrder)
    assert _titles(model) == ["Lớn", "Nhỏ", "Không rõ"]
    expected = activity_page(ready_ws, ActivityFilter(), model.ordering(), offset=0, limit=10)
    assert [r["title"] for r in expected] == _titles(model)


def test_trash_filter_lists_only_deleted_activities(ready_ws: Workspace) -> None:
    """The trash view shows what was deleted, and the live view no longer does."""
    from cdtt_desktop.services.activities import delete_activity

    gone = add_activity(ready_ws, "Bài đã xóa")
    add_activity(ready_ws, "Bài còn lại")
    delete_activity(ready_ws, gone)
    model = ActivityTableModel(ready_ws)
    model.set_filter(ActivityFilter(in_trash=True))
    assert _titles(model) == ["Bài đã xóa"]
    model.set_filter(ActivityFilter())
    assert _titles(model) == ["Bài còn lại"]
