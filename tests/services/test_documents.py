"""Issuing and the register: numbers per unit, year and kind; byte-identical reopening; no silent reissue."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace

import pytest

from cdtt_desktop.domain.document_model import OfficialDocument, Paragraph
from cdtt_desktop.domain.official import DocKind, FormatProfile
from cdtt_desktop.services import documents as docs
from cdtt_desktop.services.doc_common import letterhead, save_format_profile, signature, upward_recipients
from cdtt_desktop.services.workspace import Workspace
from tests import pdf_readers

DAY = dt.date(2026, 11, 29)


def report(ws: Workspace, text: str = "Nội dung báo cáo.", kind: DocKind = DocKind.REPORT) -> OfficialDocument:
    head = letterhead(ws)
    return OfficialDocument(
        kind=kind, parent_body=head.parent_body, issuer=head.issuer, issuer_abbreviation=head.issuer_abbreviation,
        place=head.place, subject="Kết quả công tác truyền thông tháng 11 năm 2026", blocks=(Paragraph(text),),
        signature=signature(ws), recipients=upward_recipients(head))


def test_numbers_run_per_kind_and_restart_each_year(ready_ws: Workspace) -> None:
    """01, 02 for reports; a proposal starts its own series; 1 January starts again at 01."""
    first = docs.issue(ready_ws, report(ready_ws, "Một."), source="periodic:2026-10", on=DAY)
    second = docs.issue(ready_ws, report(ready_ws, "Hai."), source="periodic:2026-11", on=DAY)
    proposal = docs.issue(ready_ws, report(ready_ws, kind=DocKind.PROPOSAL), source="case-proposal:x", on=DAY)
    next_year = docs.issue(ready_ws, report(ready_ws, "Ba."), source="periodic:2026-12", on=dt.date(2027, 1, 2))
    assert [d.number_text for d in (first, second, proposal, next_year)] == [
        "Số: 01/BC-CĐP", "Số: 02/BC-CĐP", "Số: 01/TTr-CĐP", "Số: 01/BC-CĐP"]


def test_issued_document_is_registered_with_both_hashes_and_reopens_byte_identical(ready_ws: Workspace) -> None:
    """The register row holds kind, number, date, signer, subject and the hashes of the PDF and its data."""
    issued = docs.issue(ready_ws, report(ready_ws), source="periodic:2026-11", on=DAY)
    [listed] = docs.list_issued(ready_ws)
    assert (listed.kind, listed.number, listed.issued_on, listed.signer) == ("BC", 1, DAY, "Trần Văn Bình")
    assert listed.subject == "Kết quả công tác truyền thông tháng 11 năm 2026"
    data = docs.open_issued(ready_ws, issued.id)
    assert docs.sha256_hex(data) == listed.pdf_sha256 == docs.sha256_hex(issued.file.read_bytes())
    stored = docs.issued_data(ready_ws, issued.id)
    document = OfficialDocument.from_data(stored["document"])
    assert listed.data_sha256 == docs.data_digest(document, FormatProfile.from_dict(stored["profile"]))
    assert document.number == 1 and document.issued_on == DAY
    assert "Số: 01/BC-CĐP" in pdf_readers.text(issued.file, page=1)


def test_issuing_the_same_content_again_reopens_it_and_different_content_takes_a_new_number(
        ready_ws: Workspace) -> None:
    """Same source and content: the same row and bytes, even days later; changed content: the next number."""
    first = docs.issue(ready_ws, report(ready_ws), source="periodic:2026-11", on=DAY)
    again = docs.issue(ready_ws, report(ready_ws), source="periodic:2026-11", on=DAY + dt.timedelta(days=3))
    assert again.reused and again.id == first.id and again.pdf_sha256 == first.pdf_sha256
    changed = docs.issue(ready_ws, report(ready_ws, "Nội dung đã sửa."), source="periodic:2026-11", on=DAY)
    assert not changed.reused and changed.number == 2 and changed.pdf_sha256 != first.pdf_sha256
    assert docs.open_issued(ready_ws, first.id) == first.file.read_bytes()
    assert len(docs.list_issued(ready_ws)) == 2


def test_a_format_change_does_not_alter_an_issued_document(ready_ws: Workspace) -> None:
    """After the margins change, the issued document still reopens with its original bytes."""
    first = docs.issue(ready_ws, report(ready_ws), source="periodic:2026-11", on=DAY)
    before = docs.open_issued(ready_ws, first.id)
    save_format_profile(ready_ws, FormatProfile(margin_left=35))
    assert docs.issue(ready_ws, report(ready_ws), source="periodic:2026-11", on=DAY).id == first.id
    assert docs.open_issued(ready_ws, first.id) == before


def test_a_chosen_number_is_used_and_a_taken_one_refused(ready_ws: Workspace) -> None:
    """The officer may continue the paper register's series; a number already given out is refused."""
    issued = docs.issue(ready_ws, report(ready_ws), source="periodic:2026-11", on=DAY, number=17)
    assert issued.number_text == "Số: 17/BC-CĐP"
    assert ready_ws.documents.next_number(issued_unit(ready_ws), 2026, "BC") == 18
    with pytest.raises(docs.NumberTakenError):
        docs.issue(ready_ws, report(ready_ws, "Khác."), source="periodic:2026-12", on=DAY, number=17)


def issued_unit(ws: Workspace) -> str:
    own = ws.units.own_unit()
    assert own is not None
    return str(own["id"])


def test_a_damaged_file_is_drawn_again_identically(ready_ws: Workspace) -> None:
    """A truncated or deleted PDF is redrawn from the stored data and matches the registered hash."""
    issued = docs.issue(ready_ws, report(ready_ws), source="periodic:2026-11", on=DAY)
    original = issued.file.read_bytes()
    issued.file.write_bytes(original[:100])
    assert docs.open_issued(ready_ws, issued.id) == original
    issued.file.unlink()
    assert docs.open_issued(ready_ws, issued.id) == original
    assert issued.file.read_bytes() == original


def test_a_tampered_register_row_is_reported_not_papered_over(ready_ws: Workspace) -> None:
    """When the file is gone and the stored data no longer gives the registered PDF, opening says so."""
    issued = docs.issue(ready_ws, report(ready_ws), source="periodic:2026-11", on=DAY)
    data = json.loads(ready_ws.documents.get(issued.id)["data"])
    data["subject"] = "Nội dung khác"
    ready_ws.db.execute("UPDATE documents SET data = ? WHERE id = ?", [json.dumps(data), issued.id])
    issued.file.unlink()
    with pytest.raises(docs.DocumentDamagedError):
        docs.open_issued(ready_ws, issued.id)


def test_a_draft_has_no_number_and_is_not_registered(ready_ws: Workspace, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A preview shows 'Số: ……/BC-CĐP' and leaves the register empty."""
    draft = docs.render_draft(ready_ws, replace(report(ready_ws), number=9), today=DAY)
    path = tmp_path / "draft.pdf"
    path.write_bytes(draft.data)
    assert "Số: ……/BC-CĐP" in pdf_readers.text(path, page=1)
    assert docs.list_issued(ready_ws) == []


def test_emoji_in_the_content_is_left_out_and_reported(ready_ws: Workspace) -> None:
    """Characters the font cannot draw are removed before hashing and named to the caller."""
    issued = docs.issue(ready_ws, report(ready_ws, "Hội thao vui 🎉 lắm."), source="periodic:2026-11", on=DAY)
    assert issued.removed == "🎉"
    assert "Hội thao vui lắm." in " ".join(pdf_readers.text(issued.file).split())


def test_a_document_without_the_signers_name_is_refused(ready_ws: Workspace) -> None:
    """Issuing needs the typed name of the signer: nothing is numbered or written without it."""
    from cdtt_desktop.domain.messages import ValidationError

    ready_ws.settings.save(signer_name="")
    with pytest.raises(ValidationError) as refused:
        docs.issue(ready_ws, report(ready_ws), source="periodic:2026-11", on=DAY)
    assert refused.value.problems[0].field == "signer_name"
    assert docs.list_issued(ready_ws) == [] and not ready_ws.paths.documents.exists()
