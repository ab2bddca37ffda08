"""The inbox: decisions and their rules, pinned keys on both sides, and imports that are all or nothing."""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from cdtt_desktop.domain.bundle_format import BundleError, BundleProblem
from cdtt_desktop.domain.messages import ValidationError
from cdtt_desktop.services import inbox, keys
from cdtt_desktop.services.keys import PinState
from cdtt_desktop.services.outbox import export_submission, list_outbox
from cdtt_desktop.services.workspace import Workspace
from cdtt_desktop.storage.inbox_repo import InboxRepo
from tests.services.test_outbox import issue_report, ready_story, set_up_unit


@pytest.fixture
def province(tmp_path: Path) -> Iterator[Workspace]:
    ws = set_up_unit(tmp_path / "province", "Liên đoàn Lao động thành phố Hà Nội", "Tổng Liên đoàn Lao động Việt Nam",
                     "LĐLĐ")
    yield ws
    ws.close()


@pytest.fixture
def other(tmp_path: Path) -> Iterator[Workspace]:
    """A second installation: another district, or whoever else signs bundles."""
    ws = set_up_unit(tmp_path / "other", "Công đoàn phường Hoàn Kiếm", "Liên đoàn Lao động thành phố Hà Nội", "CĐP")
    yield ws
    ws.close()


def submit(district: Workspace, province: Workspace, target: Path, *, accept_new_key: bool = False,
           item_ids: list[str] | None = None) -> inbox.ImportResult:
    sent = export_submission(district, target, item_ids)
    return inbox.import_bundle(province, sent.path, accept_new_key=accept_new_key)


def answer(province: Workspace, district: Workspace, target: Path) -> Path:
    """The province decides "received" on every undecided item of the district and writes the receipt."""
    own = district.units.own_unit()
    assert own is not None
    for item in inbox.list_inbox(province, sender_id=own["id"]):
        if item.decision is None:
            inbox.decide(province, item.id, item.revision, "received")
    return inbox.export_receipt(province, target, own["id"]).path


def counts(ws: Workspace) -> tuple[int, int, int, int]:
    return tuple(ws.execute_scalar(f"SELECT count(*) FROM {table}")  # type: ignore[return-value]
                 for table in ("inbox_items", "bundles", "trusted_keys", "attachments"))


def test_returning_needs_a_comment_and_a_sent_decision_only_moves_forward(
        ready_ws: Workspace, province: Workspace, tmp_path: Path) -> None:
    """Returned without a comment is refused; after a receipt, received may become approved, not the reverse."""
    report = issue_report(ready_ws)
    submit(ready_ws, province, tmp_path / "goi.cdtt.zip")
    with pytest.raises(ValidationError) as no_comment:
        inbox.decide(province, report.id, 1, "returned", " \n ")
    assert no_comment.value.problems[0].field == "comment"
    with pytest.raises(ValidationError):
        inbox.decide(province, report.id, 1, "maybe")
    inbox.decide(province, report.id, 1, "approved")
    inbox.decide(province, report.id, 1, "received")  # changed freely before a receipt
    answer(province, ready_ws, tmp_path / "mot.cdtt.zip")
    inbox.decide(province, report.id, 1, "received")  # the same again: nothing to do
    inbox.decide(province, report.id, 1, "approved")
    item = inbox.get_inbox_item(province, report.id, 1)
    assert item.decision == "approved" and not item.decision_sent
    inbox.export_receipt(province, tmp_path / "hai.cdtt.zip", item.sender_id)
    with pytest.raises(ValidationError):
        inbox.decide(province, report.id, 1, "received")


def test_a_changed_sender_key_is_refused_until_accepted(ready_ws: Workspace, province: Workspace,
                                                        other: Workspace, tmp_path: Path) -> None:
    """A new key for a pinned unit: key_changed, remembered, nothing imported; accepted explicitly it imports."""
    issue_report(ready_ws)
    submit(ready_ws, province, tmp_path / "mot.cdtt.zip")
    issue_report(other)
    second_unit = submit(other, province, tmp_path / "khac.cdtt.zip")
    assert second_unit.pin_state is PinState.FIRST_CONTACT and len(inbox.senders(province)) == 2
    keys.key_path(ready_ws).unlink()  # the district's PC was reinstalled: a new key on the next export
    story_id = ready_story(ready_ws, tmp_path / "photos")
    before = counts(province)
    with pytest.raises(BundleError) as refused:
        submit(ready_ws, province, tmp_path / "hai.cdtt.zip")
    assert refused.value.problem is BundleProblem.key_changed and "Ba Đình" in refused.value.detail
    assert counts(province) == before
    own = ready_ws.units.own_unit()
    assert own is not None
    pinned = keys.trusted(province, own["id"])
    assert pinned is not None and pinned.offered_key == keys.public_key_text(keys.installation_key(ready_ws))
    accepted = inbox.import_bundle(province, tmp_path / "hai.cdtt.zip", accept_new_key=True)
    assert accepted.pin_state is PinState.CHANGED and accepted.added == 1
    assert inbox.get_inbox_item(province, story_id, 1).sender_name == "Công đoàn phường Ba Đình"


def test_a_receipt_must_come_from_the_pinned_upper_level(ready_ws: Workspace, province: Workspace,
                                                         other: Workspace, tmp_path: Path) -> None:
    """The first receipt pins the upper level; another unit's receipt or a changed key is refused."""
    report = issue_report(ready_ws)
    sent = export_submission(ready_ws, tmp_path / "goi.cdtt.zip")
    inbox.import_bundle(province, sent.path)
    inbox.import_bundle(other, sent.path)  # someone else got hold of the bundle
    first = inbox.import_bundle(ready_ws, answer(province, ready_ws, tmp_path / "that.cdtt.zip"))
    assert first.pin_state is PinState.FIRST_CONTACT and first.decisions_applied == 1

    inbox.decide(other, report.id, 1, "returned", "Làm lại toàn bộ.")
    forged = inbox.export_receipt(other, tmp_path / "gia.cdtt.zip", inbox.senders(other)[0].sender_id).path
    with pytest.raises(BundleError) as refused:
        inbox.import_bundle(ready_ws, forged)
    assert refused.value.problem is BundleProblem.key_changed
    assert {i.id: i.state for i in list_outbox(ready_ws)}[report.id] == "received"

    keys.key_path(province).unlink()  # the province's key changed
    inbox.decide(province, report.id, 1, "approved")
    changed = inbox.export_receipt(province, tmp_path / "moi.cdtt.zip", first_sender(province)).path
    with pytest.raises(BundleError) as again:
        inbox.import_bundle(ready_ws, changed)
    assert again.value.problem is BundleProblem.key_changed
    accepted = inbox.import_bundle(ready_ws, changed, accept_new_key=True)
    assert accepted.pin_state is PinState.CHANGED and accepted.decisions_applied == 1
    assert {i.id: i.state for i in list_outbox(ready_ws)}[report.id] == "approved"


def first_sender(ws: Workspace) -> str:
    return inbox.senders(ws)[0].sender_id


def test_decisions_on_items_never_sent_from_here_are_ignored_and_counted(
        ready_ws: Workspace, province: Workspace, other: Workspace, tmp_path: Path) -> None:
    """A receipt meant for another district changes nothing in this outbox."""
    issue_report(other)
    submit(other, province, tmp_path / "khac.cdtt.zip")
    receipt = answer(province, other, tmp_path / "khac-tra-loi.cdtt.zip")
    result = inbox.import_bundle(ready_ws, receipt)
    assert (result.decisions_applied, result.ignored) == (0, 1)
    assert ready_ws.execute_scalar("SELECT count(*) FROM outbox") == 0


def test_an_installation_refuses_its_own_bundle(ready_ws: Workspace, tmp_path: Path) -> None:
    """Importing the bundle one just wrote is a mistake of direction: wrong_kind, nothing written."""
    issue_report(ready_ws)
    sent = export_submission(ready_ws, tmp_path / "goi.cdtt.zip")
    with pytest.raises(BundleError) as refused:
        inbox.import_bundle(ready_ws, sent.path)
    assert refused.value.problem is BundleProblem.wrong_kind
    assert ready_ws.execute_scalar("SELECT count(*) FROM inbox_items") == 0


def test_an_import_that_fails_midway_leaves_nothing_visible(ready_ws: Workspace, province: Workspace,
                                                            tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A failure while writing the second item rolls back the first, the pin and the bundle's record."""
    issue_report(ready_ws)
    ready_story(ready_ws, tmp_path / "photos")
    sent = export_submission(ready_ws, tmp_path / "goi.cdtt.zip")
    real_put = InboxRepo.put
    calls: list[int] = []

    def failing_put(self: InboxRepo, values: dict[str, object]) -> None:
        calls.append(1)
        if len(calls) == 2:
            raise OSError("disk full")
        real_put(self, values)

    monkeypatch.setattr(InboxRepo, "put", failing_put)
    with pytest.raises(OSError):
        inbox.import_bundle(province, sent.path)
    assert province.execute_scalar("SELECT count(*) FROM inbox_items") == 0
    assert province.execute_scalar("SELECT count(*) FROM bundles") == 0
    assert province.execute_scalar("SELECT count(*) FROM trusted_keys") == 0
    assert province.settings["receiving_role"] is False
    monkeypatch.setattr(InboxRepo, "put", real_put)
    assert inbox.import_bundle(province, sent.path).added == 2


def test_a_tampered_bundle_is_refused_before_anything_is_written(ready_ws: Workspace, province: Workspace,
                                                                 tmp_path: Path) -> None:
    """One photo's bytes changed after signing: hash_mismatch naming it; no row, no key, no file stored."""
    ready_story(ready_ws, tmp_path / "photos")
    sent = export_submission(ready_ws, tmp_path / "goi.cdtt.zip")
    tampered = tmp_path / "sua.cdtt.zip"
    with zipfile.ZipFile(sent.path) as source, zipfile.ZipFile(tampered, "w") as target:
        photo = next(n for n in source.namelist() if n.endswith(".jpg"))
        for info in source.infolist():
            data = source.read(info)
            target.writestr(info, data[:-3] + b"xyz" if info.filename == photo else data)
    before = counts(province)
    with pytest.raises(BundleError) as refused:
        inbox.import_bundle(province, tampered)
    assert refused.value.problem is BundleProblem.hash_mismatch and refused.value.detail == photo
    assert counts(province) == before and not province.settings["receiving_role"]
