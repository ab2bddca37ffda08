"""`cdtt outbox | export | verify | import`: a district and a province exchanging bundles on the command line."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from cdtt_desktop.cli import main
from cdtt_desktop.services import inbox


def outbox(folder: Path, capsys: pytest.CaptureFixture[str]) -> list[dict[str, object]]:
    capsys.readouterr()
    assert cdtt(folder, "outbox", "--json") == 0
    return list(json.loads(capsys.readouterr().out))


def cdtt(folder: Path, *args: str) -> int:
    return main(["--data-dir", str(folder), *args])


def test_export_verify_import_and_the_receipt_back(district: Path, province: Path, tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    """The waiting items leave in one bundle, verify, land in the inbox once, and the receipt updates the outbox."""
    assert {i["state"] for i in outbox(district, capsys)} == {"waiting"}
    bundle = tmp_path / "goi.cdtt.zip"
    assert cdtt(district, "export", "--out", str(bundle)) == 0
    assert "2 items" in capsys.readouterr().out
    assert {i["state"] for i in outbox(district, capsys)} == {"sent"}
    assert cdtt(province, "verify", str(bundle)) == 0
    assert "Signature and every SHA-256 hold." in capsys.readouterr().out
    assert cdtt(province, "import", str(bundle)) == 0
    assert "2 items added to the inbox" in capsys.readouterr().out
    assert cdtt(province, "import", str(bundle)) == 0
    assert "imported before; nothing changed" in capsys.readouterr().out

    from cdtt_desktop.paths import DataPaths
    from cdtt_desktop.services.workspace import open_workspace

    ws = open_workspace(DataPaths(province))
    try:
        for item in inbox.list_inbox(ws):
            inbox.decide(ws, item.id, item.revision, "returned", "Bổ sung ảnh hoạt động.")
        [sender] = inbox.senders(ws)
        receipt = inbox.export_receipt(ws, tmp_path / "phieu.cdtt.zip", sender.sender_id)
    finally:
        ws.close()
    assert cdtt(district, "import", str(receipt.path)) == 0
    assert "2 decisions applied" in capsys.readouterr().out
    states = outbox(district, capsys)
    assert {i["state"] for i in states} == {"returned"}
    assert {i["comment"] for i in states} == {"Bổ sung ảnh hoạt động."}


def test_a_tampered_bundle_fails_verify_and_import_and_changes_nothing(district: Path, province: Path,
                                                                       tmp_path: Path,
                                                                       capsys: pytest.CaptureFixture[str]) -> None:
    """One byte changed in a photo: verify exits 1 naming the member, import refuses, the inbox stays empty."""
    bundle = tmp_path / "goi.cdtt.zip"
    assert cdtt(district, "export", "--out", str(bundle)) == 0
    bad = tmp_path / "sua.cdtt.zip"
    victim = ""
    with zipfile.ZipFile(bundle) as source, zipfile.ZipFile(bad, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename.endswith(".jpg") and not victim:
                data = data[:-1] + bytes([data[-1] ^ 1])
                victim = info.filename
            target.writestr(info, data)
    capsys.readouterr()
    assert cdtt(province, "verify", str(bad)) == 1
    error = capsys.readouterr().err
    assert error.startswith("cdtt: ") and victim in error
    assert cdtt(province, "import", str(bad)) == 1
    assert victim in capsys.readouterr().err
    assert cdtt(province, "verify", str(tmp_path / "nope.zip")) == 1


def test_a_changed_key_is_refused_until_accepted(district: Path, province: Path, tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    """The district's PC is reinstalled (new key): its next bundle is refused until --accept-new-key."""
    first = tmp_path / "a.cdtt.zip"
    assert cdtt(district, "export", "--out", str(first)) == 0
    assert cdtt(province, "import", str(first)) == 0
    from cdtt_desktop.services.keys import KEY_FILE

    (district / "keys" / KEY_FILE).unlink()  # a new key is made on next use
    second = tmp_path / "b.cdtt.zip"
    outbox_ids = [str(i["id"]) for i in outbox(district, capsys)]
    assert cdtt(district, "export", "--out", str(second), "--item", outbox_ids[0]) == 0
    capsys.readouterr()
    assert cdtt(province, "import", str(second)) == 1
    assert "key" in capsys.readouterr().err.lower()
    assert cdtt(province, "import", str(second), "--accept-new-key") == 0


def test_nothing_to_send_and_unknown_items_are_one_line_reasons(district: Path, tmp_path: Path,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    """After everything left, export says there is nothing to send; an unknown id is named."""
    assert cdtt(district, "export", "--out", str(tmp_path / "a.cdtt.zip")) == 0
    capsys.readouterr()
    assert cdtt(district, "export", "--out", str(tmp_path / "b.cdtt.zip")) == 1
    assert "Nothing to send" in capsys.readouterr().err
    assert cdtt(district, "export", "--out", str(tmp_path / "c.cdtt.zip"), "--item", "nope") == 1
    assert "nope" in capsys.readouterr().err
    assert not (tmp_path / "b.cdtt.zip").exists() and not (tmp_path / "c.cdtt.zip").exists()


def test_the_province_issues_a_consolidated_report_of_what_it_received(district: Path, province: Path,
                                                                       tmp_path: Path,
                                                                       capsys: pytest.CaptureFixture[str]) -> None:
    """After importing the district's November report, `report consolidated` adds it up, numbered /BC-LĐLĐ."""
    bundle = tmp_path / "goi.cdtt.zip"
    assert cdtt(district, "export", "--out", str(bundle)) == 0
    assert cdtt(province, "import", str(bundle)) == 0
    from cdtt_desktop.paths import DataPaths
    from cdtt_desktop.services.workspace import open_workspace

    ws = open_workspace(DataPaths(province))
    ws.settings.save(signer_name="Lê Văn Nam")
    ws.close()
    out = tmp_path / "tong-hop.pdf"
    capsys.readouterr()
    assert cdtt(province, "report", "consolidated", "--period", "2026-11", "--out", str(out)) == 0
    assert "Số: 01/BC-LĐLĐ" in capsys.readouterr().out
    from tests import pdf_readers

    text = " ".join(pdf_readers.text(out).split())
    assert "Công đoàn phường Ba Đình" in text and "Có 1/1 đơn vị gửi báo cáo" in text
