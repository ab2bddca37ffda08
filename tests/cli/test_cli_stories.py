"""`cdtt stories list|transition` and `cdtt demo-data --stories`: the lifecycle holds on the command line too."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest

from cdtt_desktop.cli import main
from cdtt_desktop.domain.stories import ALLOWED, StoryKind, StoryStatus
from cdtt_desktop.paths import DataPaths
from cdtt_desktop.services.stories import StoryFilter, get_story, list_stories, story_revisions
from cdtt_desktop.services.workspace import Workspace, open_workspace
from tests.services.test_stories import complete, story_in

S = StoryStatus


@pytest.fixture
def english(ws: Workspace) -> Workspace:
    """A folder with English messages, so reasons can be compared word for word."""
    ws.settings.save(language="en")
    return ws


def cdtt(folder: Path, *args: str) -> int:
    return main(["--data-dir", str(folder), *args])


def one_error_line(capsys: pytest.CaptureFixture[str]) -> str:
    lines = capsys.readouterr().err.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("cdtt: ")
    return lines[0]


def listed(folder: Path, capsys: pytest.CaptureFixture[str]) -> list[dict[str, object]]:
    capsys.readouterr()
    assert cdtt(folder, "stories", "list", "--json") == 0
    return json.loads(capsys.readouterr().out)  # type: ignore[no-any-return]


def test_list_shows_kind_title_unit_status_revision_updated(
        ws: Workspace, data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`stories list --json` gives id, kind, title, unit, status, revision and updated of each story."""
    story_id = story_in(ws, S.RETURNED)
    rows = listed(data_dir, capsys)
    assert [(r["id"], r["kind"], r["title"], r["status"], r["revision"]) for r in rows] == [
        (story_id, "person", "Nguyễn Thị Hoa", "returned", 1)]
    assert set(rows[0]) == {"id", "kind", "title", "unit", "status", "revision", "updated"}
    assert cdtt(data_dir, "stories", "list") == 0
    line = capsys.readouterr().out.strip()
    assert line.startswith(story_id) and "Nguyễn Thị Hoa" in line and "\t1\t" in line


@pytest.mark.parametrize(("current", "target"), list(itertools.product(S, S)))
def test_transition_follows_the_lifecycle(english: Workspace, data_dir: Path, capsys: pytest.CaptureFixture[str],
                                          current: StoryStatus, target: StoryStatus) -> None:
    """An allowed move exits 0 and happens; any other exits 1 with one translated line and changes nothing."""
    story_id = story_in(english, current)
    code = cdtt(data_dir, "stories", "transition", story_id, target.value, "--comment", "Bổ sung ảnh.")
    status = get_story(english, story_id).summary.status
    if target in ALLOWED[current]:
        assert code == 0 and status is target
    else:
        assert code == 1 and status is current
        names = {S.DRAFT: "Draft", S.READY: "Ready to send", S.SENT: "Sent", S.RECEIVED: "Received",
                 S.RETURNED: "Returned for completion", S.APPROVED: "Approved"}
        assert one_error_line(capsys) == (
            f"cdtt: A story that is “{names[current]}” cannot become “{names[target]}”.")


def test_transition_reasons(english: Workspace, data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Missing parts, a return without comment, an unknown story or status: exit 1, one line saying why."""
    draft = story_in(english, S.DRAFT, complete(name=""))
    assert cdtt(data_dir, "stories", "transition", draft, "ready") == 1
    assert one_error_line(capsys).startswith("cdtt: Full name: This field is required.")
    sent = story_in(english, S.SENT)
    assert cdtt(data_dir, "stories", "transition", sent, "returned") == 1
    assert "comment is required" in one_error_line(capsys)
    assert cdtt(data_dir, "stories", "transition", "no-such-id", "sent") == 1
    assert one_error_line(capsys) == "cdtt: No story with the id no-such-id."
    assert cdtt(data_dir, "stories", "transition", sent, "published") == 1
    assert "published" in one_error_line(capsys)
    assert cdtt(data_dir, "stories", "transition", sent, "returned", "--comment", "Thiếu ảnh.") == 0
    assert get_story(english, sent).summary.return_comment == "Thiếu ảnh."


def test_transition_message_is_vietnamese_by_default(ws: Workspace, data_dir: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    """Without a language setting the reason is not the English source text."""
    story_id = story_in(ws, S.SENT)
    assert cdtt(data_dir, "stories", "transition", story_id, "draft") == 1
    assert "cannot become" not in one_error_line(capsys)


def _stories(folder: Path) -> list[tuple[str, str, str, int, int, int, int]]:
    ws = open_workspace(DataPaths(folder))
    try:
        found = []
        for s in sorted(list_stories(ws, StoryFilter()), key=lambda s: (s.title, s.status)):
            record = get_story(ws, s.id)
            found.append((s.kind.value, s.title, s.status.value, s.revision, s.photo_count,
                          len(record.content.consents), len(record.content.press_links)))
        return found
    finally:
        ws.close()


def test_demo_stories_cover_every_status_and_kind(tmp_path: Path) -> None:
    """`demo-data --stories 12` adds stories of all three kinds in every status, with photos, consents, links."""
    folder = tmp_path / "demo"
    assert cdtt(folder, "demo-data", "--activities", "0", "--stories", "12", "--seed", "2") == 0
    stories = _stories(folder)
    assert len(stories) == 12
    assert {s[2] for s in stories} == {s.value for s in S}
    assert {s[0] for s in stories} == {k.value for k in StoryKind}
    assert any(s[4] for s in stories) and any(s[5] for s in stories) and any(s[6] for s in stories)
    assert any(s[3] == 2 for s in stories)  # returned once and finalised again
    ws = open_workspace(DataPaths(folder))
    try:
        finalised = [s for s in list_stories(ws, StoryFilter()) if s.status is not S.DRAFT]
        assert all(story_revisions(ws, s.id) for s in finalised)
        assert all(s.return_comment for s in finalised if s.status is S.RETURNED)
    finally:
        ws.close()


def test_demo_stories_are_reproducible(tmp_path: Path) -> None:
    """The same seed gives the same stories; another seed different ones."""
    for name, seed in (("one", "5"), ("two", "5"), ("other", "6")):
        assert cdtt(tmp_path / name, "demo-data", "--activities", "0", "--stories", "7", "--seed", seed) == 0
    one = _stories(tmp_path / "one")
    assert one == _stories(tmp_path / "two")
    assert one != _stories(tmp_path / "other")


def test_search_finds_stories_without_accents(ws: Workspace, data_dir: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    """`cdtt search` lists a story, found by words of its text typed without accents."""
    story_id = story_in(ws, S.DRAFT)
    capsys.readouterr()
    assert cdtt(data_dir, "search", "kem cap tung nguoi", "--json") == 0
    hits = json.loads(capsys.readouterr().out)
    assert [(h["kind"], h["id"], h["title"]) for h in hits] == [("story", story_id, "Nguyễn Thị Hoa")]
