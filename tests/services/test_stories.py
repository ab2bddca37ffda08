"""Stories: the lifecycle (every move), finalising and revisions, autosave, text boundary, files and photos."""

from __future__ import annotations

import datetime as dt
import itertools
import json
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from cdtt_desktop.domain import stories as rules
from cdtt_desktop.domain.messages import ValidationError
from cdtt_desktop.domain.stories import ALLOWED, Consent, StoryContent, StoryKind, StoryStatus
from cdtt_desktop.domain.units import UnitKind
from cdtt_desktop.services.plans import choices_for_year
from cdtt_desktop.services.stories import (
    DuplicateFileError,
    PhotoRejectedError,
    StoryFilter,
    add_story_file,
    duplicate_story,
    get_story,
    list_stories,
    new_story,
    remove_story_file,
    restore_story,
    save_story_content,
    set_file_caption,
    story_revisions,
    transition_story,
    trash_story,
    unfinished_drafts,
)
from cdtt_desktop.services.workspace import Workspace
from cdtt_desktop.storage.records import history

S = StoryStatus
# How to reach each status from a new, complete draft.
ROUTE: dict[StoryStatus, tuple[StoryStatus, ...]] = {
    S.DRAFT: (), S.READY: (S.READY,), S.SENT: (S.READY, S.SENT), S.RECEIVED: (S.READY, S.SENT, S.RECEIVED),
    S.RETURNED: (S.READY, S.SENT, S.RETURNED), S.APPROVED: (S.READY, S.SENT, S.RECEIVED, S.APPROVED),
}


def complete(name: str = "Nguyễn Thị Hoa") -> StoryContent:
    """A person's story with everything finalising needs (internal use: no photo required)."""
    return StoryContent(
        kind=StoryKind.PERSON.value, person_name=name, position="Tổ trưởng tổ may số 5",
        workplace="Công ty May 10", years_of_service="15", context="Tổ có nhiều công nhân mới.",
        actions="Kèm cặp từng người trong tháng đầu.", results="Năng suất tổ tăng 18%.", beneficiaries="40",
        replication="Ghép công nhân mới với tổ trưởng giỏi.", consents=[Consent(name, "2026-05-01")])


def story_in(ws: Workspace, status: StoryStatus, content: StoryContent | None = None) -> str:
    story_id = new_story(ws, StoryKind.PERSON)
    save_story_content(ws, story_id, content or complete())
    for step in ROUTE[status]:
        transition_story(ws, story_id, step, comment="Bổ sung số liệu." if step is S.RETURNED else "")
    return story_id


def status_of(ws: Workspace, story_id: str) -> StoryStatus:
    return get_story(ws, story_id).summary.status


def photo(folder: Path, name: str = "anh.jpg", size: tuple[int, int] = (120, 80), color: str = "red") -> Path:
    path = folder / name
    Image.new("RGB", size, color).save(path)
    return path


def nothing_stored(ws: Workspace) -> bool:
    files = [p for p in ws.paths.attachments.rglob("*") if p.is_file()] if ws.paths.attachments.exists() else []
    return (ws.execute_scalar("SELECT count(*) FROM attachments") == 0
            and ws.execute_scalar("SELECT count(*) FROM record_attachments") == 0 and not files)


@pytest.mark.parametrize(("current", "target"), list(itertools.product(S, S)))
def test_every_move_is_allowed_or_refused_as_the_lifecycle_says(
        ws: Workspace, current: StoryStatus, target: StoryStatus) -> None:
    """Each (from, to) pair: an allowed move happens and is recorded; any other is refused, nothing changes."""
    story_id = story_in(ws, current)
    events = len(get_story(ws, story_id).events)
    if target in ALLOWED[current]:
        transition_story(ws, story_id, target, comment="Cần bổ sung ảnh.")
        record = get_story(ws, story_id)
        assert record.summary.status is target
        assert (record.events[-1].from_status, record.events[-1].to_status) == (current, target)
    else:
        with pytest.raises(ValidationError) as caught:
            transition_story(ws, story_id, target, comment="Cần bổ sung ảnh.")
        assert [p.message for p in caught.value.problems] == [rules.NOT_ALLOWED]
        assert status_of(ws, story_id) is current
        assert len(get_story(ws, story_id).events) == events


def test_every_move_is_an_event_and_an_audit_row(ws: Workspace) -> None:
    """Each move records who, when, from, to, comment and revision, and leaves an audit row of the status."""
    ws.settings.save(officer_name="Nguyễn Thị Hoa")
    story_id = story_in(ws, S.RETURNED)
    events = get_story(ws, story_id).events
    assert [(e.from_status, e.to_status) for e in events] == [
        (None, S.DRAFT), (S.DRAFT, S.READY), (S.READY, S.SENT), (S.SENT, S.RETURNED)]
    assert {e.actor for e in events} == {"Nguyễn Thị Hoa"} and events[-1].comment == "Bổ sung số liệu."
    moves = [json.loads(h["changes"])["status"] for h in history(ws.db, "stories", story_id)
             if h["action"] == "update" and '"status"' in h["changes"]]
    assert moves == [["draft", "ready"], ["ready", "sent"], ["sent", "returned"]]


def test_ready_refuses_an_incomplete_story_and_lists_what_is_missing(ws: Workspace) -> None:
    """Finalising a story without results, replication and consent fails, naming each; it stays a draft."""
    content = complete()
    content.results = content.replication = ""
    content.consents = []
    story_id = story_in(ws, S.DRAFT, content)
    with pytest.raises(ValidationError) as caught:
        transition_story(ws, story_id, S.READY)
    assert {p.field for p in caught.value.problems} == {"results", "replication", "consents"}
    assert status_of(ws, story_id) is S.DRAFT and story_revisions(ws, story_id) == []


def test_publication_needs_a_photo_to_finalise(ws: Workspace, tmp_path: Path) -> None:
    """A story marked for publication (with publication consent) finalises only once it has a photo."""
    content = complete()
    content.for_publication = True
    content.consents[0].scope = rules.ConsentScope.PUBLICATION.value
    story_id = story_in(ws, S.DRAFT, content)
    with pytest.raises(ValidationError) as caught:
        transition_story(ws, story_id, S.READY)
    assert [p.field for p in caught.value.problems] == ["photos"]
    add_story_file(ws, story_id, photo(tmp_path))
    transition_story(ws, story_id, S.READY)
    assert story_revisions(ws, story_id)[0].files == ["anh.jpg"]


def test_ready_freezes_a_revision_later_edits_do_not_change(ws: Workspace) -> None:
    """The frozen copy keeps the finalised text: reopening and editing the draft leaves it as it was."""
    story_id = story_in(ws, S.READY)
    with pytest.raises(ValidationError):
        save_story_content(ws, story_id, complete("Trần Văn Bình"))
    transition_story(ws, story_id, S.DRAFT)  # reopened before sending
    save_story_content(ws, story_id, complete("Trần Văn Bình"))
    frozen = story_revisions(ws, story_id)
    assert [(r.revision, r.content.person_name) for r in frozen] == [(1, "Nguyễn Thị Hoa")]
    assert get_story(ws, story_id).content.person_name == "Trần Văn Bình"


def test_returned_needs_a_comment_and_keeps_it(ws: Workspace) -> None:
    """Returning without a comment is refused; with one, the comment is on the story and in its history."""
    story_id = story_in(ws, S.SENT)
    with pytest.raises(ValidationError) as caught:
        transition_story(ws, story_id, S.RETURNED, comment="   ")
    assert [p.message for p in caught.value.problems] == [rules.COMMENT_REQUIRED]
    transition_story(ws, story_id, S.RETURNED, comment="Đề nghị bổ sung ảnh hoạt động.")
    record = get_story(ws, story_id)
    assert record.summary.return_comment == "Đề nghị bổ sung ảnh hoạt động."
    assert record.events[-1].comment == "Đề nghị bổ sung ảnh hoạt động."


def test_returned_then_draft_opens_revision_two_and_keeps_revision_one(ws: Workspace) -> None:
    """RETURNED → DRAFT makes revision 2; finalising it adds a second frozen copy, the first unchanged."""
    story_id = story_in(ws, S.RETURNED)
    transition_story(ws, story_id, S.DRAFT)
    record = get_story(ws, story_id)
    assert record.summary.revision == 2 and record.summary.return_comment == "Bổ sung số liệu."
    changed = complete()
    changed.results = "Năng suất tổ tăng 25% sau một năm."
    save_story_content(ws, story_id, changed)
    transition_story(ws, story_id, S.READY)
    frozen = story_revisions(ws, story_id)
    assert [(r.revision, r.content.results) for r in frozen] == [
        (1, "Năng suất tổ tăng 18%."), (2, "Năng suất tổ tăng 25% sau một năm.")]
    assert get_story(ws, story_id).events[-1].revision == 2


@pytest.mark.parametrize("status", [s for s in S if s is not S.DRAFT])
def test_autosave_and_files_only_in_a_draft(ws: Workspace, tmp_path: Path, status: StoryStatus) -> None:
    """Outside DRAFT, saving content or adding a file is refused with 'only a draft can be changed'."""
    story_id = story_in(ws, status)
    before = get_story(ws, story_id).content
    with pytest.raises(ValidationError) as caught:
        save_story_content(ws, story_id, complete("Người khác"))
    assert [p.message for p in caught.value.problems] == [rules.NOT_EDITABLE]
    with pytest.raises(ValidationError):
        add_story_file(ws, story_id, photo(tmp_path))
    assert get_story(ws, story_id).content == before and nothing_stored(ws)


def test_saving_an_unchanged_draft_writes_nothing(ws: Workspace) -> None:
    """The 30-second autosave of an unchanged draft leaves no new audit row and the same revision."""
    story_id = story_in(ws, S.DRAFT)
    rows = len(history(ws.db, "stories", story_id))
    save_story_content(ws, story_id, get_story(ws, story_id).content)
    assert len(history(ws.db, "stories", story_id)) == rows


def test_decomposed_and_eth_input_is_stored_nfc(ws: Workspace) -> None:
    """Text typed as NFD or with the Icelandic Ð is stored as NFC with Đ, in the content and the title."""
    story_id = new_story(ws, StoryKind.COLLECTIVE)
    content = StoryContent(kind="collective", collective_name=unicodedata.normalize("NFD", " Tổ nuôi dưỡng "),
                           context="\u00d0ội vệ sinh môi trường")
    save_story_content(ws, story_id, content)
    record = get_story(ws, story_id)
    assert record.summary.title == "Tổ nuôi dưỡng" == unicodedata.normalize("NFC", record.summary.title)
    assert record.content.context == "Đội vệ sinh môi trường"


def test_filters_and_accent_insensitive_search(ready_ws: Workspace) -> None:
    """The list filters by kind, status, unit, year and campaign; text matches without accents or case."""
    ws = ready_ws
    unit = ws.units.find_by_name("CĐCS Công ty May 10", UnitKind.GRASSROOTS)
    assert unit is not None
    campaign_id = choices_for_year(ws, 2026).campaigns[0][0]
    one = new_story(ws, StoryKind.PERSON, grassroots_unit_id=unit["id"], today=dt.date(2025, 3, 1))
    save_story_content(ws, one, StoryContent(kind="person", person_name="Đặng Thị Hương",
                                             grassroots_unit_id=unit["id"]))
    two = new_story(ws, StoryKind.PRACTICE, campaign_id=campaign_id, today=dt.date(2026, 5, 1))
    save_story_content(ws, two, StoryContent(kind="practice", practice_name="Mái ấm Công đoàn",
                                             campaign_id=campaign_id))

    def ids(**kwargs: Any) -> set[str]:
        return {s.id for s in list_stories(ws, StoryFilter(**kwargs))}

    assert ids(text="HUONG") == {one} and ids(text="mai am cong") == {two} and ids(text="mái ấm") == {two}
    assert ids(text="Mái") == {two} and ids(text="xyz") == set()
    assert ids(kind=StoryKind.PRACTICE) == {two} and ids(grassroots_unit_id=unit["id"]) == {one}
    assert ids(year=2025) == {one} and ids(campaign_id=campaign_id) == {two}
    assert ids(status=S.DRAFT) == {one, two} and ids(status=S.READY) == set()
    assert get_story(ws, one).summary.unit_name == "CĐCS Công ty May 10"
    assert get_story(ws, two).summary.campaign_name
    assert [s.id for s in list_stories(ws, StoryFilter())] == [two, one]  # newest change first


def test_duplicate_makes_a_new_draft_with_content_and_files(ws: Workspace, tmp_path: Path) -> None:
    """Duplicating a finalised story gives a separate draft with the same text, photos and captions."""
    story_id = story_in(ws, S.DRAFT)
    link = add_story_file(ws, story_id, photo(tmp_path), caption="Trao quà")
    transition_story(ws, story_id, S.READY)
    copy_id = duplicate_story(ws, story_id)
    copy = get_story(ws, copy_id)
    assert copy_id != story_id and copy.summary.status is S.DRAFT and copy.summary.revision == 1
    assert copy.content.person_name == "Nguyễn Thị Hoa"
    assert [(f.file_name, f.caption) for f in copy.files] == [("anh.jpg", "Trao quà")]
    assert copy.files[0].link_id != link and copy.content.captions == {copy.files[0].link_id: "Trao quà"}
    assert status_of(ws, story_id) is S.READY


def test_trash_and_restore(ws: Workspace) -> None:
    """A story in the trash leaves the list and the unfinished drafts, is listed in the trash, and comes back."""
    story_id = story_in(ws, S.DRAFT)
    assert [s.id for s in unfinished_drafts(ws)] == [story_id]
    trash_story(ws, story_id)
    assert list_stories(ws, StoryFilter()) == [] and unfinished_drafts(ws) == []
    assert [s.id for s in list_stories(ws, StoryFilter(in_trash=True))] == [story_id]
    restore_story(ws, story_id)
    assert [s.id for s in unfinished_drafts(ws)] == [story_id]


def _refused(ws: Workspace, story_id: str, path: Path, message: str, role: str = "photo") -> None:
    with pytest.raises(PhotoRejectedError) as caught:
        add_story_file(ws, story_id, path, role=role)
    assert caught.value.problem.message == message
    assert path.name in caught.value.problem.render()
    assert nothing_stored(ws)


def test_photo_over_8000_pixels_is_refused(ws: Workspace, tmp_path: Path) -> None:
    """An 8001×1 px PNG is refused as too large, before anything is stored."""
    story_id = story_in(ws, S.DRAFT)
    _refused(ws, story_id, photo(tmp_path, "rong.png", (8001, 1)), rules.PHOTO_TOO_WIDE)


def test_file_over_20_mb_is_refused(ws: Workspace, tmp_path: Path) -> None:
    """A file of 20 MB and one byte is refused, as a photo and as a document."""
    story_id = story_in(ws, S.DRAFT)
    big = tmp_path / "lon.jpg"
    with big.open("wb") as out:
        out.truncate(rules.FILE_LIMIT_BYTES + 1)
    _refused(ws, story_id, big, rules.FILE_TOO_LARGE)
    _refused(ws, story_id, big, rules.FILE_TOO_LARGE, role="document")


def test_unsupported_types_are_refused(ws: Workspace, tmp_path: Path) -> None:
    """A GIF or a text file is not a photo; a text file renamed .pdf is not a document."""
    story_id = story_in(ws, S.DRAFT)
    gif = tmp_path / "dong.gif"
    Image.new("P", (20, 20)).save(gif)
    text = tmp_path / "ghi-chu.txt"
    text.write_text("Ghi chú", encoding="utf-8")
    fake = tmp_path / "bao-cao.pdf"
    fake.write_text("không phải PDF", encoding="utf-8")
    _refused(ws, story_id, gif, rules.PHOTO_UNSUPPORTED)
    _refused(ws, story_id, text, rules.PHOTO_UNSUPPORTED)
    _refused(ws, story_id, fake, rules.DOCUMENT_UNSUPPORTED, role="document")


def test_documents_and_webp_are_accepted(ws: Workspace, tmp_path: Path) -> None:
    """A PDF is attached as a document and a WebP picture as a photo; only photos count as photos."""
    story_id = story_in(ws, S.DRAFT)
    pdf = tmp_path / "bien-ban.pdf"
    pdf.write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    add_story_file(ws, story_id, pdf, role="document")
    webp = tmp_path / "anh.webp"
    Image.new("RGB", (50, 30), "blue").save(webp, "WEBP")
    add_story_file(ws, story_id, webp)
    record = get_story(ws, story_id)
    assert sorted((f.file_name, f.role) for f in record.files) == [("anh.webp", "photo"),
                                                                    ("bien-ban.pdf", "document")]
    assert record.summary.photo_count == 1


def test_same_photo_twice_is_recognised(ws: Workspace, tmp_path: Path) -> None:
    """The same bytes under another name are refused as already attached, pointing at the first link."""
    story_id = story_in(ws, S.DRAFT)
    first = add_story_file(ws, story_id, photo(tmp_path, "a.jpg"))
    again = tmp_path / "ban-sao.jpg"
    again.write_bytes((tmp_path / "a.jpg").read_bytes())
    with pytest.raises(DuplicateFileError) as caught:
        add_story_file(ws, story_id, again)
    assert caught.value.link_id == first and "a.jpg" in caught.value.problem.render()
    assert len(get_story(ws, story_id).files) == 1


def test_captions_and_removal(ws: Workspace, tmp_path: Path) -> None:
    """A caption is cleaned and shown with the file and in the content; a removed file leaves the story."""
    story_id = story_in(ws, S.DRAFT)
    link = add_story_file(ws, story_id, photo(tmp_path))
    set_file_caption(ws, story_id, link, unicodedata.normalize("NFD", " Trao quà Tết "))
    record = get_story(ws, story_id)
    assert record.files[0].caption == "Trao quà Tết" and record.content.captions == {link: "Trao quà Tết"}
    remove_story_file(ws, story_id, link)
    assert get_story(ws, story_id).files == [] and get_story(ws, story_id).summary.photo_count == 0


def test_sideways_phone_photo_gets_an_upright_thumbnail(ws: Workspace, tmp_path: Path) -> None:
    """A JPEG with EXIF orientation 6 attached to a story has a portrait thumbnail and upright size."""
    story_id = story_in(ws, S.DRAFT)
    source = tmp_path / "dien-thoai.jpg"
    exif = Image.Exif()
    exif[0x0112] = 6  # the camera was held upright: turn 90° clockwise to view
    Image.new("RGB", (300, 100), "green").save(source, "JPEG", exif=exif)
    add_story_file(ws, story_id, source)
    stored = get_story(ws, story_id).files[0]
    assert stored.thumbnail is not None and (stored.width, stored.height) == (100, 300)
    with Image.open(stored.thumbnail) as thumb:
        assert thumb.height > thumb.width
    assert stored.path.read_bytes() == source.read_bytes()
