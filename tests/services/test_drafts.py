"""Drafts of forms on disk: written whole, read back, a damaged one set aside but never deleted."""

from __future__ import annotations

import pytest

from cdtt_desktop.services import drafts
from cdtt_desktop.services.workspace import Workspace


def test_a_draft_is_read_back_as_written(ws: Workspace) -> None:
    """What is saved under a key comes back unchanged, Vietnamese included; removing forgets it."""
    data = {"form": {"title": "Đối thoại với người lao động", "participants": "1.500"}, "revision": 3}
    drafts.save_draft(ws, "activity-new", data)
    draft = drafts.load_draft(ws, "activity-new")
    assert draft is not None and draft.data == data
    assert drafts.draft_path(ws, "activity-new").parent == ws.paths.root / "drafts"
    drafts.remove_draft(ws, "activity-new")
    assert drafts.load_draft(ws, "activity-new") is None
    drafts.remove_draft(ws, "activity-new")  # removing twice is fine


def test_saving_again_replaces_the_draft_and_leaves_no_temporary_files(ws: Workspace) -> None:
    """A new save replaces the old draft completely, through a temporary file renamed into place."""
    drafts.save_draft(ws, "activity-1", {"form": {"title": "cũ"}})
    drafts.save_draft(ws, "activity-1", {"form": {"title": "mới"}})
    draft = drafts.load_draft(ws, "activity-1")
    assert draft is not None and draft.data == {"form": {"title": "mới"}}
    assert [p.name for p in (ws.paths.root / "drafts").iterdir()] == ["activity-1.json"]


def test_a_damaged_draft_is_set_aside_not_deleted(ws: Workspace) -> None:
    """A draft cut short (power cut) reads as none, and its bytes are kept under another name."""
    path = drafts.draft_path(ws, "activity-2")
    path.parent.mkdir(parents=True)
    cut_short = '{"version": 1, "saved_at": "2026-05-12T10:00:00", "data": {"form": {"tit'
    path.write_text(cut_short, encoding="utf-8")
    assert drafts.load_draft(ws, "activity-2") is None
    kept = list(path.parent.glob("activity-2.damaged-*.json"))
    assert len(kept) == 1 and kept[0].read_text(encoding="utf-8").startswith('{"version": 1')


@pytest.mark.parametrize("key", ["../settings", "a/b", "", "x" * 200])
def test_keys_cannot_reach_outside_the_drafts_folder(ws: Workspace, key: str) -> None:
    """A key is a plain name: path separators and empty or huge keys are refused."""
    with pytest.raises(ValueError):
        drafts.draft_path(ws, key)
