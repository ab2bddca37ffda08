"""Search is accent-insensitive over all records and no input can raise an error."""

from __future__ import annotations

import pytest

from cdtt_desktop.domain.activities import ActivityInput
from cdtt_desktop.services.activities import delete_activity, save_activity
from cdtt_desktop.services.plans import choices_for_year
from cdtt_desktop.services.search import search
from cdtt_desktop.services.workspace import Workspace
from cdtt_desktop.storage.search_repo import index_problems, rebuild_index
from tests.conftest import TODAY

TITLES = ["Trao nhà Mái ấm Công đoàn cho đoàn viên Nguyễn Văn Đức", "Tuyên truyền Bộ luật Lao động",
          "Đối thoại giữa người lao động và chủ doanh nghiệp", "Hội thi \"Bàn tay vàng\" (lần 2)"]


@pytest.fixture
def filled(ready_ws: Workspace) -> Workspace:
    channel = choices_for_year(ready_ws, 2026).channels[0][0]
    for title in TITLES:
        save_activity(ready_ws, ActivityInput(occurred_on="10/05/2026", title=title, channel_id=channel), today=TODAY)
    return ready_ws


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("mai am cong doan", TITLES[0]),
        ("MÁI ẤM", TITLES[0]),
        ("duc", TITLES[0]),  # đ folds to d
        ("Đức", TITLES[0]),
        ("doi thoai", TITLES[2]),
        ("tuyen tr", TITLES[1]),  # the last word is a prefix: search as you type
        ("luật lao", TITLES[1]),
    ],
)
def test_accent_insensitive_search(filled: Workspace, query: str, expected: str) -> None:
    """Typing without accents, in capitals or with a partial last word finds the record."""
    titles = [hit["title"] for hit in search(filled, query) if hit["kind"] == "activity"]
    assert expected in titles


def test_search_covers_units_too(filled: Workspace) -> None:
    """Grassroots unions are found as well, by kind 'unit'."""
    hits = search(filled, "benh vien ba dinh")
    assert [h["kind"] for h in hits] == ["unit"]


@pytest.mark.parametrize("hostile", ['nguyen-van"(', '"', "(", "AND", "NOT OR", "*", "^", "a:b", "ő NEAR(x)",
                                     "'; DROP TABLE activities; --", "\u0000", "   ", ""])
def test_no_input_raises(filled: Workspace, hostile: str) -> None:
    """Quotes, brackets, FTS keywords and SQL never reach the query syntax."""
    assert isinstance(search(filled, hostile), list)
    assert filled.activities.live_count() == len(TITLES)


def test_nfd_query_matches_nfc_text(filled: Workspace) -> None:
    """A query typed with combining marks (Windows' Vietnamese keyboard) still matches."""
    import unicodedata

    assert search(filled, unicodedata.normalize("NFD", "Mái ấm"))


def test_deleted_records_are_not_found(filled: Workspace) -> None:
    """An activity in the trash drops out of search."""
    hit = search(filled, "bàn tay vàng")[0]
    delete_activity(filled, hit["id"])
    assert search(filled, "bàn tay vàng") == []


def test_index_problems_detects_and_rebuild_repairs(filled: Workspace) -> None:
    """A shadow text out of step is reported, and rebuilding the index repairs it."""
    assert index_problems(filled.db) == []
    filled.db.execute("UPDATE activities SET search_text = 'xyz' WHERE rowid = 1")
    assert index_problems(filled.db)
    rebuild_index(filled.db)
    assert index_problems(filled.db) == []
    assert search(filled, "mai am")


def test_index_problems_detects_a_lost_index_entry(filled: Workspace) -> None:
    """An FTS entry deleted behind the table's back is found by the check."""
    row = filled.db.execute("SELECT rowid, search_text FROM activities LIMIT 1").fetchone()
    filled.db.execute("INSERT INTO activities_fts(activities_fts, rowid, search_text) VALUES('delete', ?, ?)", row)
    assert index_problems(filled.db)
    rebuild_index(filled.db)
    assert index_problems(filled.db) == []
