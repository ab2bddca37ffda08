"""District → province → receipt → district, with two real installations in two data folders."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest

from cdtt_desktop.domain.messages import ValidationError
from cdtt_desktop.domain.stories import StoryStatus
from cdtt_desktop.services import inbox
from cdtt_desktop.services.keys import PinState, own_fingerprint
from cdtt_desktop.services.outbox import export_submission, list_outbox
from cdtt_desktop.services.stories import get_story
from cdtt_desktop.services.workspace import Workspace
from tests.services.test_outbox import issue_report, ready_story, set_up_unit

RETURN_COMMENT = "Bổ sung số liệu người hưởng lợi và ảnh hoạt động."


@pytest.fixture
def province(tmp_path: Path) -> Iterator[Workspace]:
    ws = set_up_unit(tmp_path / "province", "Liên đoàn Lao động thành phố Hà Nội", "Tổng Liên đoàn Lao động Việt Nam",
                     "LĐLĐ")
    yield ws
    ws.close()


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_submission_travels_up_is_decided_and_the_receipt_updates_the_district(
        ready_ws: Workspace, province: Workspace, tmp_path: Path) -> None:
    """Every item arrives whole (PDF, photos, data); each decision comes back to the outbox and the stories."""
    district = ready_ws
    report = issue_report(district)
    returned_id = ready_story(district, tmp_path / "photos-a")
    approved_id = ready_story(district, tmp_path / "photos-b")
    sent = export_submission(district, tmp_path / "goi-len.cdtt.zip")
    assert len(sent.items) == 3

    arrived = inbox.import_bundle(province, sent.path)
    assert (arrived.kind, arrived.added, arrived.unchanged, arrived.already) == ("submission", 3, 0, False)
    assert arrived.pin_state is PinState.FIRST_CONTACT and arrived.fingerprint == own_fingerprint(district)
    assert arrived.sender_name == "Công đoàn phường Ba Đình" and province.settings["receiving_role"] is True

    items = {i.id: i for i in inbox.list_inbox(province)}
    assert set(items) == {report.id, returned_id, approved_id}
    pdf = items[report.id].pdf
    assert pdf is not None and _sha(pdf) == report.pdf_sha256 and items[report.id].period == "2026-11"
    detail = inbox.get_inbox_item(province, returned_id, 1)
    assert detail.data is not None and detail.data["content"]["person_name"] == "Nguyễn Thị Hoa"
    assert [(f.role, f.caption) for f in detail.files] == [("photo", "Chị Hoa kèm cặp công nhân"),
                                                            ("photo", "Tổ may số 5")]
    assert all(f.path.is_file() and _sha(f.path) == f.sha256 for f in detail.files)
    assert inbox.list_inbox(province, period="2026-11")[0].id == report.id

    inbox.decide(province, report.id, 1, "received")
    with pytest.raises(ValidationError):
        inbox.decide(province, returned_id, 1, "returned", "   ")
    inbox.decide(province, returned_id, 1, "returned", RETURN_COMMENT)
    inbox.decide(province, approved_id, 1, "approved")
    [sender] = inbox.senders(province)
    assert (sender.unit_name, sender.items, sender.undecided, sender.unsent) == ("Công đoàn phường Ba Đình", 3, 0, 3)
    receipt = inbox.export_receipt(province, tmp_path / "tra-loi.cdtt.zip", sender.sender_id)
    assert sorted(receipt.items) == sorted(items)
    assert all(i.decision_sent for i in inbox.list_inbox(province))
    with pytest.raises(ValueError):
        inbox.export_receipt(province, tmp_path / "lai.cdtt.zip", sender.sender_id)

    answered = inbox.import_bundle(district, receipt.path)
    assert (answered.kind, answered.decisions_applied, answered.ignored) == ("receipt", 3, 0)
    assert answered.pin_state is PinState.FIRST_CONTACT and answered.fingerprint == own_fingerprint(province)
    outbox = {i.id: i for i in list_outbox(district)}
    assert {k: v.state for k, v in outbox.items()} == {report.id: "received", returned_id: "returned",
                                                        approved_id: "approved"}
    assert outbox[returned_id].comment == RETURN_COMMENT and outbox[returned_id].decided_at
    returned = get_story(district, returned_id)
    assert returned.summary.status is StoryStatus.RETURNED and returned.summary.return_comment == RETURN_COMMENT
    approved = get_story(district, approved_id)
    assert approved.summary.status is StoryStatus.APPROVED
    assert [e.to_status for e in approved.events][-3:] == [StoryStatus.SENT, StoryStatus.RECEIVED,
                                                           StoryStatus.APPROVED]

    again = inbox.import_bundle(district, receipt.path)
    assert again.already and again.decisions_applied == 0
    assert {i.id: i.state for i in list_outbox(district)}[returned_id] == "returned"


def test_the_same_submission_twice_changes_nothing(ready_ws: Workspace, province: Workspace, tmp_path: Path) -> None:
    """The same file again: already imported; the same items in a new bundle: unchanged, decisions kept."""
    report = issue_report(ready_ws)
    first = export_submission(ready_ws, tmp_path / "mot.cdtt.zip")
    inbox.import_bundle(province, first.path)
    inbox.decide(province, report.id, 1, "received")
    before = province.db.execute("SELECT * FROM inbox_items").fetchall()

    again = inbox.import_bundle(province, first.path)
    assert (again.already, again.added, again.unchanged) == (True, 0, 1)
    resent = export_submission(ready_ws, tmp_path / "hai.cdtt.zip", [report.id])
    other = inbox.import_bundle(province, resent.path)
    assert (other.already, other.added, other.unchanged) == (False, 0, 1)
    assert province.db.execute("SELECT * FROM inbox_items").fetchall() == before
    assert province.execute_scalar("SELECT count(*) FROM bundles WHERE direction = 'in'") == 2
