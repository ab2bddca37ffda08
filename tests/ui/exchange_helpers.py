"""Helpers shared by the outbox, inbox and key settings tests: two installations and the bundles between them."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from cdtt_desktop.services import inbox
from cdtt_desktop.services.keys import key_path
from cdtt_desktop.services.outbox import export_submission
from cdtt_desktop.services.workspace import Workspace
from cdtt_desktop.ui.bundle_transfer import BundleTransfer
from tests.services.test_outbox import issue_report, ready_story, set_up_unit

DISTRICT = "Công đoàn phường Ba Đình"
PROVINCE = "Liên đoàn Lao động thành phố Hà Nội"
RETURN_COMMENT = "Bổ sung ảnh buổi kèm cặp và số công nhân được hỗ trợ."


@dataclass
class Exchange:
    district: Workspace
    province: Workspace
    report_id: str
    story_id: str
    folder: Path

    def submission(self, name: str = "goi.cdtt.zip") -> Path:
        """The district's bundle of every waiting item."""
        return export_submission(self.district, self.folder / name).path

    def sender_id(self) -> str:
        return inbox.senders(self.province)[0].sender_id


    def close(self) -> None:
        self.district.close()
        self.province.close()


def make_exchange(tmp_path: Path) -> Exchange:
    """A district with an issued report and a ready story, and its province (nothing sent yet)."""
    district = set_up_unit(tmp_path / "district", DISTRICT, PROVINCE, "CĐP")
    province = set_up_unit(tmp_path / "province", PROVINCE, "Tổng Liên đoàn Lao động Việt Nam", "LĐLĐ")
    report = issue_report(district)
    story_id = ready_story(district, tmp_path / "photos")
    (tmp_path / "out").mkdir()
    return Exchange(district, province, report.id, story_id, tmp_path / "out")


def new_district_key(ws: Workspace) -> None:
    """As after a reinstall: the next bundle is signed by a new key."""
    key_path(ws).unlink()


def wait_done(qtbot, transfer: BundleTransfer) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not transfer.busy, timeout=10_000)


def close_message(transfer: BundleTransfer) -> None:
    box = transfer.message_box
    if box is not None:
        box.close()
