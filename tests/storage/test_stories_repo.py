"""The stories repository: audited writes, folded search, filters, history, frozen copies; upright thumbnails."""

from __future__ import annotations

import json
from pathlib import Path

from PIL import Image

from cdtt_desktop.domain.units import UnitKind
from cdtt_desktop.services.workspace import Workspace
from cdtt_desktop.storage.records import history
from cdtt_desktop.storage.search_repo import index_problems, search_all
from cdtt_desktop.storage.stories_repo import StoryRepo


def _add(repo: StoryRepo, title: str, **values: object) -> str:
    row = {"kind": "practice", "status": "draft", "title": title, "year": 2026, "story_revision": 1,
           "content": {"practice_name": title, "context": "Bữa cơm ca cho công nhân"}}
    row.update(values)
    return repo.add(row)


def test_writes_are_audited_and_keep_the_search_text(ws: Workspace) -> None:
    """Insert and update leave audit rows; the folded search text follows the title and the content."""
    story_id = _add(ws.stories, "Tổ giám sát bữa ăn ca")
    assert ws.execute_scalar("SELECT search_text FROM stories WHERE id = ?", [story_id]).startswith(
        "to giam sat bua an ca")
    ws.stories.update(story_id, {"content": {"practice_name": "x", "actions": "Đối thoại định kỳ"}})
    assert [h["action"] for h in history(ws.db, "stories", story_id)] == ["create", "update"]
    assert "doi thoai dinh ky" in ws.execute_scalar("SELECT search_text FROM stories WHERE id = ?", [story_id])
    assert index_problems(ws.db) == []


def test_find_filters_and_folds(ready_ws: Workspace) -> None:
    """find() narrows by kind, status, unit, year and accent-free text; the trash is apart."""
    repo = ready_ws.stories
    unit = ready_ws.units.find_by_name("CĐCS Công ty May 10", UnitKind.GRASSROOTS)["id"]  # type: ignore[index]
    one = _add(repo, "Mái ấm Công đoàn", grassroots_unit_id=unit)
    two = _add(repo, "Gương điều dưỡng", kind="person", status="ready", year=2025)
    gone = _add(repo, "Mái nhà chung")
    repo.trash(gone)

    def ids(rows: list[dict[str, object]]) -> set[object]:
        return {r["id"] for r in rows}

    assert ids(repo.find()) == {one, two}
    assert ids(repo.find(kind="person")) == {two}
    assert ids(repo.find(status="draft")) == {one}
    assert ids(repo.find(unit_id=unit)) == {one}
    assert ids(repo.find(year=2025)) == {two}
    assert ids(repo.find(text="mai am")) == {one}
    assert ids(repo.find(text="DIEU DUO")) == {two}  # prefix, no accents, any case
    assert ids(repo.find(in_trash=True)) == {gone}
    assert repo.get(one)["unit_name"] == "CĐCS Công ty May 10"


def test_events_and_frozen_revisions(ws: Workspace) -> None:
    """Events come back in order; finalising an unsent revision again replaces its frozen copy."""
    repo = ws.stories
    story_id = _add(repo, "A")
    repo.add_event(story_id, actor="Hoa", from_status=None, to_status="draft", comment="", revision=1)
    repo.add_event(story_id, actor="Hoa", from_status="draft", to_status="ready", comment="", revision=1)
    assert [(e["from_status"], e["to_status"]) for e in repo.events(story_id)] == [(None, "draft"),
                                                                                   ("draft", "ready")]
    repo.freeze(story_id, 1, {"practice_name": "A"}, [{"file_name": "a.jpg"}], actor="Hoa")
    repo.freeze(story_id, 1, {"practice_name": "B"}, [], actor="Hoa")
    repo.freeze(story_id, 2, {"practice_name": "C"}, [], actor="Hoa")
    assert [(r["revision"], r["content"]["practice_name"]) for r in repo.revisions(story_id)] == [(1, "B"),
                                                                                                 (2, "C")]


def test_global_search_finds_stories(ws: Workspace) -> None:
    """`search_all` (behind `cdtt search`) lists stories as kind 'story', found without accents."""
    story_id = _add(ws.stories, "Ngày hội gia nhập Công đoàn")
    hits = search_all(ws.db, "ngay hoi gia nhap")
    assert [(h["kind"], h["id"]) for h in hits] == [("story", story_id)]
    assert json.loads(ws.execute_scalar("SELECT content FROM stories"))["context"] == "Bữa cơm ca cho công nhân"


def test_exif_rotated_photo_gets_an_upright_thumbnail(ws: Workspace, tmp_path: Path) -> None:
    """A JPEG stored sideways with EXIF orientation 6 gets a portrait thumbnail; the original is kept as is."""
    source = tmp_path / "dien-thoai.jpg"
    exif = Image.Exif()
    exif[0x0112] = 6  # rotate 90° clockwise to view
    Image.new("RGB", (400, 200), "red").save(source, "JPEG", exif=exif)
    stored = ws.attachments.store(source, 10 << 20)
    with Image.open(ws.attachments.thumbnail_of(stored.sha256)) as thumb:
        assert thumb.height > thumb.width
    assert ws.attachments.path_of(stored.sha256).read_bytes() == source.read_bytes()
    assert ws.execute_scalar("SELECT width || 'x' || height FROM attachments") == "200x400"
