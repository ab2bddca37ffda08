"""Demo data: reproducible, realistic, searchable, with photos, and quick to write in bulk."""

from __future__ import annotations

import datetime as dt
import json
import unicodedata
from pathlib import Path

import pytest

from cdtt_desktop.domain.activities import ActivityValues
from cdtt_desktop.domain.text import fold
from cdtt_desktop.paths import DataPaths
from cdtt_desktop.services.demo import DemoSummary, generate_demo_data
from cdtt_desktop.services.plans import seed_template
from cdtt_desktop.services.search import search
from cdtt_desktop.services.setup import is_set_up
from cdtt_desktop.services.workspace import Workspace, open_workspace
from cdtt_desktop.storage.search_repo import index_problems
from tests.conftest import SETUP, TODAY

N = 120


def _log(ws: Workspace) -> list[tuple[object, ...]]:
    return [tuple(r) for r in ws.db.execute(
        "SELECT a.occurred_on, a.title, ch.code, a.outlet, a.url, a.participants, a.reach, a.notes, "
        "(SELECT count(*) FROM record_attachments ra WHERE ra.record_id = a.id) "
        "FROM activities a JOIN channels ch ON ch.id = a.channel_id ORDER BY a.rowid").fetchall()]


def _fresh(tmp_path: Path, name: str) -> Workspace:
    return open_workspace(DataPaths(tmp_path / name))


@pytest.fixture
def demo_ws(ws: Workspace) -> tuple[Workspace, DemoSummary]:
    """A new data folder filled with N demo activities."""
    return ws, generate_demo_data(ws, activities=N, seed=7, today=TODAY)


def test_same_seed_gives_the_same_log(tmp_path: Path) -> None:
    """Two folders filled with the same seed hold the same titles, dates, figures and photo counts."""
    one, two, other = _fresh(tmp_path, "one"), _fresh(tmp_path, "two"), _fresh(tmp_path, "other")
    try:
        for ws, seed in ((one, 3), (two, 3), (other, 4)):
            generate_demo_data(ws, activities=60, seed=seed, today=TODAY)
        assert _log(one) == _log(two)
        assert [r[1] for r in _log(one)] != [r[1] for r in _log(other)]
    finally:
        for ws in (one, two, other):
            ws.close()


def test_new_folder_is_set_up_as_a_ward_union(demo_ws: tuple[Workspace, DemoSummary]) -> None:
    """An empty folder gets a demo ward union under the city federation, with 15–25 grassroots unions."""
    ws, summary = demo_ws
    own = ws.units.own_unit()
    assert is_set_up(ws) and own is not None
    assert own["name"] == "Công đoàn phường Hoàn Kiếm"
    assert ws.units.get(own["parent_id"])["name"] == "Liên đoàn Lao động thành phố Hà Nội"
    grassroots = ws.execute_scalar(
        "SELECT count(*) FROM units WHERE kind = 'grassroots' AND member_count > 0")
    assert 15 <= summary.grassroots == grassroots <= 25


def test_existing_set_up_is_kept(ready_ws: Workspace) -> None:
    """A folder already set up keeps its own unit; the demo unions are added beside its own."""
    generate_demo_data(ready_ws, activities=30, seed=1, today=TODAY)
    own = ready_ws.units.own_unit()
    assert own is not None and own["name"] == SETUP.unit_name
    names = {r["name"] for r in ready_ws.db.query("SELECT name FROM units WHERE kind = 'grassroots'")}
    assert "CĐCS Công ty May 10" in names and "CĐCS Bệnh viện Đa khoa Hoàn Kiếm" in names


def test_counts_dates_channels_and_campaigns(demo_ws: tuple[Workspace, DemoSummary]) -> None:
    """N activities over last year and this, every channel and content group used, campaign from the date."""
    ws, summary = demo_ws
    assert summary.activities == N == ws.activities.live_count()
    rows = list(ws.db.query(
        "SELECT a.occurred_on, ch.code AS channel, cg.code AS grp, cp.starts_on, cp.ends_on, a.campaign_id, "
        "p.year FROM activities a JOIN channels ch ON ch.id = a.channel_id JOIN plans p ON p.id = ch.plan_id "
        "LEFT JOIN content_groups cg ON cg.id = a.content_group_id "
        "LEFT JOIN campaigns cp ON cp.id = a.campaign_id"))
    days = [dt.date.fromisoformat(r["occurred_on"]) for r in rows]
    assert min(days) >= dt.date(TODAY.year - 1, 1, 1) and max(days) <= TODAY
    assert {d.year for d in days} == {TODAY.year - 1, TODAY.year}
    assert all(r["year"] == int(r["occurred_on"][:4]) for r in rows)  # the plan of the activity's own year
    channels = {c.code for c in seed_template().channels}
    assert {r["channel"] for r in rows} == channels  # every channel of the plan appears
    assert {r["grp"] for r in rows} == {"1.1", "1.2", "1.3", "1.4"}
    in_window = [r for r in rows if r["campaign_id"]]
    assert in_window and all(r["starts_on"] <= r["occurred_on"] <= r["ends_on"] for r in in_window)


def test_figures_fit_the_channel(demo_ws: tuple[Workspace, DemoSummary]) -> None:
    """Direct events have participants and a grassroots union; posts have reach; press items have links."""
    ws, _ = demo_ws
    rows = list(ws.db.query("SELECT a.*, ch.code FROM activities a JOIN channels ch ON ch.id = a.channel_id"))
    direct = [r for r in rows if r["code"] == "direct"]
    assert direct and all(r["participants"] and r["participants"] > 0 for r in direct)
    assert sum(1 for r in direct if r["grassroots_unit_id"]) > len(direct) // 2
    social = [r for r in rows if r["code"] == "social_media"]
    assert social and all(r["reach"] and r["interactions"] is not None for r in social)
    press = [r for r in rows if r["code"] == "union_press"]
    assert press and all(r["url"].startswith("https://") and r["outlet"] for r in press)


def test_photos_are_stored_with_thumbnails(demo_ws: tuple[Workspace, DemoSummary]) -> None:
    """About one activity in twenty has photos; each stored once, as a JPEG with a thumbnail."""
    ws, summary = demo_ws
    links = list(ws.db.query("SELECT ra.record_id, a.* FROM record_attachments ra "
                             "JOIN attachments a ON a.sha256 = ra.sha256"))
    assert summary.photos == len(links) > 0
    assert len({r["record_id"] for r in links}) == N // 20
    files = {r["sha256"]: r for r in links}
    assert 0 < len(files) <= 30
    for sha, row in files.items():
        assert row["media_type"] == "image/jpeg" and row["has_thumbnail"]
        assert ws.attachments.path_of(sha).is_file() and ws.attachments.thumbnail_of(sha).is_file()


def test_search_finds_demo_titles(demo_ws: tuple[Workspace, DemoSummary]) -> None:
    """Demo titles are found without accents, like any record."""
    ws, _ = demo_ws
    hits = search(ws, "tuyen truyen")
    assert any(h["kind"] == "activity" and "tuyen truyen" in fold(h["title"]) for h in hits)
    assert any("mai am cong doan" in fold(h["title"]) for h in search(ws, "mai am"))
    assert index_problems(ws.db) == []


def test_text_is_nfc_vietnamese(demo_ws: tuple[Workspace, DemoSummary]) -> None:
    """Every generated text is NFC and written with its diacritics."""
    ws, _ = demo_ws
    texts = [v for r in ws.db.query("SELECT title, outlet, notes FROM activities") for v in r.values() if v]
    texts += [r["name"] for r in ws.db.query("SELECT name FROM units")]
    assert all(t == unicodedata.normalize("NFC", t) for t in texts)
    assert sum(1 for t in texts if t.lower() != fold(t)) > len(texts) * 0.9  # accents, not plain ASCII
    assert any("Đ" in t or "đ" in t for t in texts)


def test_bulk_audit_and_progress(ws: Workspace) -> None:
    """The bulk insert leaves a summary audit row, and progress ends at (N, N)."""
    seen: list[tuple[int, int]] = []
    generate_demo_data(ws, activities=40, seed=2, today=TODAY, progress=lambda d, t: seen.append((d, t)))
    assert seen[0] == (0, 40) and seen[-1] == (40, 40)
    audit = [json.loads(r["changes"]) for r in ws.db.query(
        "SELECT changes FROM audit_log WHERE table_name = 'activities' AND action = 'create'")]
    assert audit == [{"bulk": 40}]


def test_bulk_rows_match_single_inserts(ready_ws: Workspace) -> None:
    """add_many stores the same sort key and search text as add does for the same activity."""
    channel = ready_ws.execute_scalar("SELECT id FROM channels LIMIT 1")
    values = ActivityValues(occurred_on=TODAY, title="Đối thoại tại Công ty Ánh Dương", channel_id=channel,
                            outlet="Báo Lao động điện tử", notes="Ghi chú: đã gửi ảnh")
    single = ready_ws.activities.add(values)
    (bulk,) = ready_ws.activities.add_many([values])
    columns = "title, title_sort, search_text, outlet, notes, revision, created_by"
    rows = [tuple(ready_ws.db.execute(f"SELECT {columns} FROM activities WHERE id = ?", [i]).fetchone())
            for i in (single, bulk)]
    assert rows[0] == rows[1]
    assert index_problems(ready_ws.db) == []
