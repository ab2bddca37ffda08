"""The outbox: which items wait, what an export carries, and that only a complete bundle marks anything."""

from __future__ import annotations

import datetime as dt
import json
import zipfile
from pathlib import Path

import pytest
from PIL import Image

from cdtt_desktop.domain.periods import parse_period
from cdtt_desktop.domain.stories import Consent, ConsentScope, StoryContent, StoryKind, StoryStatus
from cdtt_desktop.domain.units import OwnUnitSetup
from cdtt_desktop.paths import DataPaths
from cdtt_desktop.services import documents
from cdtt_desktop.services.bundle_write import BundleCancelled
from cdtt_desktop.services.doc_periodic import build_periodic_report
from cdtt_desktop.services.outbox import export_submission, list_outbox
from cdtt_desktop.services.setup import save_setup
from cdtt_desktop.services.stories import add_story_file, get_story, new_story, save_story_content, transition_story
from cdtt_desktop.services.workspace import Workspace, open_workspace

DAY = dt.date(2026, 12, 2)
PERIOD = parse_period("2026-11")


# --- helpers shared with test_inbox.py and test_exchange_roundtrip.py ------------------------------------

def set_up_unit(folder: Path, unit_name: str, parent_name: str, abbreviation: str) -> Workspace:
    """A set-up workspace of its own data folder (one installation)."""
    ws = open_workspace(DataPaths(folder))
    save_setup(ws, OwnUnitSetup(unit_name=unit_name, parent_name=parent_name, abbreviation=abbreviation,
                                place_name="Hà Nội", officer_name="Lê Văn Nam", signer_name="Phạm Thị Lan"),
               [], today=DAY)
    return ws


def issue_report(ws: Workspace, period_key: str = "2026-11") -> documents.IssuedDocument:
    """The unit's periodic report of `period_key`, issued."""
    doc = build_periodic_report(ws, parse_period(period_key))
    return documents.issue(ws, doc, source=documents.periodic_source(period_key), on=DAY)


def photo(folder: Path, name: str, colour: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    Image.new("RGB", (90, 60), colour).save(path, "JPEG")
    return path


def story_content(consents: list[Consent] | None = None) -> StoryContent:
    return StoryContent(
        kind=StoryKind.PERSON.value, for_publication=False, person_name="Nguyễn Thị Hoa",
        position="Tổ trưởng tổ may", workplace="Công ty May 10", years_of_service="12",
        context="Tổ có nhiều công nhân mới.", actions="Kèm cặp từng người.", results="Năng suất tăng 18%.",
        beneficiaries="40", replication="Ghép công nhân mới với tổ trưởng giỏi.",
        consents=consents if consents is not None else [
            Consent("Nguyễn Thị Hoa", "2026-11-01", ConsentScope.INTERNAL.value)])


def ready_story(ws: Workspace, folder: Path, content: StoryContent | None = None) -> str:
    """A finalised (ready) story with two captioned photos."""
    story_id = new_story(ws, StoryKind.PERSON, today=DAY)
    save_story_content(ws, story_id, content or story_content())
    add_story_file(ws, story_id, photo(folder, "anh-lop-hoc.jpg", "red"), caption="Chị Hoa kèm cặp công nhân")
    add_story_file(ws, story_id, photo(folder, "anh-to-may.jpg", "blue"), caption="Tổ may số 5")
    transition_story(ws, story_id, StoryStatus.READY)
    return story_id


def manifest_of(path: Path) -> dict[str, object]:
    with zipfile.ZipFile(path) as archive:
        return json.loads(archive.read("manifest.json"))  # type: ignore[no-any-return]


def states(ws: Workspace) -> dict[str, str]:
    return {item.id: item.state for item in list_outbox(ws)}


@pytest.fixture
def district(ready_ws: Workspace, tmp_path: Path) -> tuple[Workspace, str, str]:
    """The set-up workspace with an issued November report and a ready story: (ws, report id, story id)."""
    report = issue_report(ready_ws)
    return ready_ws, report.id, ready_story(ready_ws, tmp_path / "photos")


# --- tests -----------------------------------------------------------------------------------------------

def test_issued_documents_and_ready_stories_wait_drafts_do_not(district: tuple[Workspace, str, str]) -> None:
    """The outbox lists the issued report (with its period and number) and the ready story, not a draft."""
    ws, report_id, story_id = district
    draft_id = new_story(ws, StoryKind.PRACTICE, today=DAY)
    items = {item.id: item for item in list_outbox(ws)}
    assert set(items) == {report_id, story_id} and draft_id not in items
    report, story = items[report_id], items[story_id]
    assert (report.type, report.kind, report.period, report.number_text, report.state) == (
        "document", "BC", "2026-11", "Số: 01/BC-CĐP", "waiting")
    assert report.source == "periodic:2026-11" and report.title.startswith("Kết quả công tác truyền thông")
    assert (story.type, story.kind, story.revision, story.title, story.state) == (
        "story", "person", 1, "Nguyễn Thị Hoa", "waiting")
    assert story.sent_at is None and story.bundle_id is None


def test_exporting_every_waiting_item_marks_them_sent_only_with_the_bundle(
        district: tuple[Workspace, str, str], tmp_path: Path) -> None:
    """Export without a choice: every waiting item leaves; they become sent, the story moves to SENT."""
    ws, report_id, story_id = district
    result = export_submission(ws, tmp_path / "goi.cdtt.zip")
    assert sorted(result.items) == sorted([report_id, story_id]) and result.path.is_file()
    manifest = manifest_of(result.path)
    assert manifest["kind"] == "submission" and manifest["sender"]["unit_name"] == "Công đoàn phường Ba Đình"  # type: ignore[index]
    with zipfile.ZipFile(result.path) as archive:
        names = archive.namelist()
    assert sum(n.endswith(".pdf") for n in names) == 1 and sum(n.endswith(".jpg") for n in names) == 2
    assert sum(n.startswith("items/") for n in names) == 2
    assert states(ws) == {report_id: "sent", story_id: "sent"}
    assert {i.bundle_id for i in list_outbox(ws)} == {manifest["bundle_id"]}
    assert get_story(ws, story_id).summary.status is StoryStatus.SENT
    row = ws.db.execute("SELECT kind, direction, items, file_sha256 FROM bundles").fetchone()
    assert row == ("submission", "out", 2, result.sha256)
    with pytest.raises(ValueError):
        export_submission(ws, tmp_path / "again.cdtt.zip")


def test_exporting_chosen_items_leaves_the_others_waiting(district: tuple[Workspace, str, str],
                                                          tmp_path: Path) -> None:
    """Export of the report alone: the story stays waiting and ready."""
    ws, report_id, story_id = district
    result = export_submission(ws, tmp_path / "bao-cao.cdtt.zip", [report_id])
    assert result.items == [report_id]
    assert [i["id"] for i in manifest_of(result.path)["items"]] == [report_id]  # type: ignore[union-attr]
    assert states(ws) == {report_id: "sent", story_id: "waiting"}
    assert get_story(ws, story_id).summary.status is StoryStatus.READY


def test_nothing_to_send_and_unknown_items_are_errors(ready_ws: Workspace, tmp_path: Path) -> None:
    """No waiting item: ValueError and no file; an id that cannot be sent: LookupError naming it."""
    target = tmp_path / "trong.cdtt.zip"
    with pytest.raises(ValueError):
        export_submission(ready_ws, target)
    with pytest.raises(LookupError) as unknown:
        export_submission(ready_ws, target, ["khong-co"])
    assert unknown.value.args[0] == "khong-co" and not target.exists()


def test_a_cancelled_export_changes_nothing(district: tuple[Workspace, str, str], tmp_path: Path) -> None:
    """Cancelled half-way: no bundle, no .part, nothing marked, the story still ready."""
    ws, report_id, story_id = district
    seen: list[int] = []
    target = tmp_path / "goi.cdtt.zip"
    with pytest.raises(BundleCancelled):
        export_submission(ws, target, progress=lambda done, total: seen.append(done),
                          cancelled=lambda: len(seen) >= 2)
    assert seen and not target.exists() and not list(tmp_path.glob("*.part"))
    assert states(ws) == {report_id: "waiting", story_id: "waiting"}
    assert get_story(ws, story_id).summary.status is StoryStatus.READY
    assert ws.execute_scalar("SELECT count(*) FROM bundles") == 0


def test_a_sent_item_can_be_sent_again_by_its_id(district: tuple[Workspace, str, str], tmp_path: Path) -> None:
    """A lost bundle: the sent item goes again in a new bundle and stays sent."""
    ws, report_id, _story_id = district
    first = export_submission(ws, tmp_path / "mot.cdtt.zip", [report_id])
    second = export_submission(ws, tmp_path / "hai.cdtt.zip", [report_id])
    [item] = [i for i in list_outbox(ws) if i.id == report_id]
    assert item.state == "sent" and item.bundle_id == manifest_of(second.path)["bundle_id"]
    assert manifest_of(first.path)["bundle_id"] != item.bundle_id


def test_photos_leave_only_with_consent(ready_ws: Workspace, tmp_path: Path) -> None:
    """A consent withdrawn by anyone keeps the story's photos home; the data says how many stayed."""
    content = story_content([Consent("Nguyễn Thị Hoa", "2026-11-01", ConsentScope.INTERNAL.value),
                             Consent("Trần Văn Tú", "2026-11-01", ConsentScope.INTERNAL.value, "2026-11-20")])
    story_id = ready_story(ready_ws, tmp_path / "photos", content)
    result = export_submission(ready_ws, tmp_path / "goi.cdtt.zip", [story_id])
    [item] = manifest_of(result.path)["items"]  # type: ignore[misc]
    assert item["files"] == []
    with zipfile.ZipFile(result.path) as archive:
        assert not [n for n in archive.namelist() if n.endswith(".jpg")]
        data = json.loads(archive.read(item["data"]))
    assert data["photos_withheld"] == 2 and data["content"]["person_name"] == "Nguyễn Thị Hoa"
