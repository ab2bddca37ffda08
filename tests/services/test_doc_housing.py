"""Mái ấm papers: the tờ trình's table, total and words, the biên bản bàn giao, refusals and privacy."""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import replace
from pathlib import Path

import pytest

from cdtt_desktop.domain.document_model import OfficialDocument, Paragraph, Party, Table, all_text
from cdtt_desktop.domain.housing import CaseStep
from cdtt_desktop.domain.messages import ValidationError
from cdtt_desktop.domain.money_words import amount_in_words
from cdtt_desktop.domain.official import DocKind, date_words
from cdtt_desktop.domain.units import UnitKind
from cdtt_desktop.services.doc_housing import build_handover, build_proposal
from cdtt_desktop.services.housing import anonymise_case, save_case_content, trash_case
from cdtt_desktop.services.workspace import Workspace
from cdtt_desktop.storage.records import RecordNotFoundError
from tests.services.helpers_housing import CCCD, STEP_DATA, case_at, complete

C = CaseStep
TODAY = dt.date(2026, 5, 12)
OTHER_CCCD = "001185067890"  # also a woman born in 1985
PRIVATE = ("Chồng bị suy thận mạn", "Hai con đi học", "Chồng mất sức lao động", "0912345678", "7.800.000")


def unit_id(ws: Workspace, name: str = "CĐCS Công ty May 10") -> str:
    return next(r["id"] for r in ws.units.by_kind(UnitKind.GRASSROOTS) if r["name"] == name)


def repair_case(ws: Workspace, folder: Path) -> str:
    """Trần Thị An of the primary school, a repair: 20.000.000 đồng requested."""
    unit = unit_id(ws, "CĐCS Trường Tiểu học Đống Đa")
    case_id = case_at(ws, folder, C.PROPOSAL, unit_id=unit)
    save_case_content(ws, case_id, replace(
        complete(unit), full_name="Trần Thị An", cccd=OTHER_CCCD, build_kind="repair",
        funding={"total_cost": "45.000.000", "union_support": "20.000.000", "family": "25.000.000"}))
    return case_id


def strings(doc: OfficialDocument) -> list[str]:
    return all_text(doc, TODAY)


def table_of(doc: OfficialDocument) -> Table:
    return next(b for b in doc.blocks if isinstance(b, Table))


def paragraphs(doc: OfficialDocument) -> list[str]:
    return [b.text for b in doc.blocks if isinstance(b, Paragraph)]


# --- the tờ trình ----------------------------------------------------------------------------------------

def test_proposal_for_one_new_build(ready_ws: Workspace, tmp_path: Path) -> None:
    """One case: a TỜ TRÌNH to the parent's Ban Thường vụ with the singular subject and a closing line."""
    case_id = case_at(ready_ws, tmp_path, C.SURVEY, unit_id=unit_id(ready_ws))
    doc = build_proposal(ready_ws, [case_id])
    assert doc.kind is DocKind.PROPOSAL and doc.title == "TỜ TRÌNH"
    assert doc.subject == ("Về việc đề nghị hỗ trợ xây dựng nhà “Mái ấm Công đoàn” cho đoàn viên có hoàn cảnh "
                           "khó khăn")
    assert doc.addressees == ("Ban Thường vụ Liên đoàn Lao động thành phố Hà Nội",)
    assert paragraphs(doc)[0].startswith("Căn cứ")
    assert paragraphs(doc)[-1] == "Kính trình Ban Thường vụ Liên đoàn Lao động thành phố Hà Nội xem xét, quyết định./."
    assert table_of(doc).rows[0] == ("1", "Nguyễn Thị Lan", "1985", "001******345", "CĐCS Công ty May 10", "Xây mới",
                                     "60.000.000")


def test_proposal_table_is_in_name_order_and_the_total_adds_up(ready_ws: Workspace, tmp_path: Path) -> None:
    """Several cases: ordered by given name, a total row equal to the sum, the total in words."""
    first = case_at(ready_ws, tmp_path, C.SURVEY, unit_id=unit_id(ready_ws))
    second = repair_case(ready_ws, tmp_path)
    doc = build_proposal(ready_ws, [first, second])
    assert "xây dựng, sửa chữa" in doc.subject and "các đoàn viên" in doc.subject
    table = table_of(doc)
    assert table.header[-1] == "Số tiền đề nghị (đồng)" and table.total_row
    assert [row[1] for row in table.rows] == ["Trần Thị An", "Nguyễn Thị Lan", "Tổng cộng"]
    amounts = [int(row[-1].replace(".", "")) for row in table.rows]
    assert amounts[-1] == sum(amounts[:-1]) == 80_000_000
    assert len(table.widths) == len(table.header) and sum(table.widths) == pytest.approx(1)
    total_line = next(p for p in paragraphs(doc) if p.startswith("Tổng số tiền đề nghị hỗ trợ"))
    assert total_line == ("Tổng số tiền đề nghị hỗ trợ: 80.000.000 đồng (Bằng chữ: "
                          f"{amount_in_words(80_000_000)} chẵn).")


def test_proposal_masks_the_cccd_and_keeps_health_and_family_out(ready_ws: Workspace, tmp_path: Path) -> None:
    """No string of the tờ trình holds the full CCCD, the illness, the family or the phone."""
    doc = build_proposal(ready_ws, [case_at(ready_ws, tmp_path, C.SURVEY), repair_case(ready_ws, tmp_path)])
    text = "\n".join(strings(doc))
    assert CCCD not in text and OTHER_CCCD not in text
    assert "001******345" in text and "001******890" in text
    assert not [p for p in PRIVATE if p in text]
    assert all(unicodedata.is_normalized("NFC", s) for s in strings(doc))


def test_proposal_refuses_and_lists_every_case_it_cannot_take(ready_ws: Workspace, tmp_path: Path) -> None:
    """Cases in the trash, anonymised or at a step without a proposal are all named in one ValueError."""
    trashed = case_at(ready_ws, tmp_path, C.SURVEY)
    trash_case(ready_ws, trashed)
    closed = case_at(ready_ws, tmp_path, C.CLOSED)
    anonymise_case(ready_ws, closed)
    early = case_at(ready_ws, tmp_path, C.REQUEST)
    late = case_at(ready_ws, tmp_path, C.DECISION)
    good = case_at(ready_ws, tmp_path, C.PROPOSAL)
    no_amount = case_at(ready_ws, tmp_path, C.SURVEY)
    save_case_content(ready_ws, no_amount, replace(complete(), full_name="Lê Thị Mai", funding={}))
    with pytest.raises(ValueError) as caught:
        build_proposal(ready_ws, [good, trashed, closed, early, late, no_amount, "no-such-case"])
    assert isinstance(caught.value, ValidationError)
    problems = caught.value.problems
    assert len(problems) == 6
    assert "trash" in problems[0].message and "anonymised" in problems[1].message
    assert [p.args.get("step") for p in problems[2:4]] == ["request", "decision"]
    assert "no union support amount" in problems[4].message and problems[4].args["name"] == "Lê Thị Mai"
    assert problems[5].args == {"id": "no-such-case"}
    with pytest.raises(ValidationError, match="at least one case"):
        build_proposal(ready_ws, [])


# --- the biên bản bàn giao -------------------------------------------------------------------------------

def test_handover_record_has_parties_date_house_and_money(ready_ws: Workspace, tmp_path: Path) -> None:
    """At handover: the date of the step, both parties, the funding split and the union amount in words."""
    case_id = case_at(ready_ws, tmp_path, C.HANDOVER, unit_id=unit_id(ready_ws))
    doc = build_handover(ready_ws, case_id)
    assert doc.kind is DocKind.RECORD and doc.title == "BIÊN BẢN"
    assert doc.subject == "Bàn giao nhà “Mái ấm Công đoàn”"
    assert doc.parties == (Party("ĐẠI DIỆN BÊN NHẬN", "Nguyễn Thị Lan"), Party("ĐẠI DIỆN BÊN GIAO", "Trần Văn Bình"))
    day = dt.date.fromisoformat(STEP_DATA[C.HANDOVER]["handover_date"])
    lines = paragraphs(doc)
    assert lines[0].startswith(f"Hôm nay, {date_words(day)}, tại nhà ở của gia đình bà Nguyễn Thị Lan")
    assert "1. Bên giao: Công đoàn phường Ba Đình" in lines
    assert "2. Bên nhận: Bà Nguyễn Thị Lan, sinh năm 1985, đoàn viên CĐCS Công ty May 10" in lines
    assert "- Đại diện Ủy ban nhân dân xã Sóc Sơn: ……………………." in lines
    assert "- Tổng kinh phí xây dựng theo dự toán: 150.000.000 đồng, trong đó:" in lines
    assert "+ Vay: 30.000.000 đồng;" in lines
    money = next(line for line in lines if line.startswith("- Số tiền Công đoàn hỗ trợ theo Quyết định số 15/QĐ-LĐLĐ"))
    assert money.endswith(f"60.000.000 đồng (Bằng chữ: {amount_in_words(60_000_000)} chẵn).")
    assert lines[-1].endswith("./.")


def test_handover_record_keeps_private_data_out(ready_ws: Workspace, tmp_path: Path) -> None:
    """The biên bản shows the masked CCCD only, no illness, family or phone; every string is NFC."""
    doc = build_handover(ready_ws, case_at(ready_ws, tmp_path, C.CLOSED))
    text = "\n".join(strings(doc))
    assert CCCD not in text and "- Số CCCD: 001******345;" in text
    assert not [p for p in PRIVATE if p in text]
    assert all(unicodedata.is_normalized("NFC", s) for s in strings(doc))


def test_handover_record_at_acceptance_leaves_the_date_to_fill_in(ready_ws: Workspace, tmp_path: Path) -> None:
    """Before the handover step there is no date yet: the record leaves it blank to write by hand."""
    doc = build_handover(ready_ws, case_at(ready_ws, tmp_path, C.ACCEPTANCE))
    assert paragraphs(doc)[0].startswith("Hôm nay, ngày …… tháng …… năm ……, tại")


def test_handover_record_refusals(ready_ws: Workspace, tmp_path: Path) -> None:
    """Not yet accepted, in the trash or anonymised: ValueError; an unknown id: LookupError."""
    with pytest.raises(ValidationError) as caught:
        build_handover(ready_ws, case_at(ready_ws, tmp_path, C.CONSTRUCTION))
    assert caught.value.problems[0].args["step"] == "construction"
    trashed = case_at(ready_ws, tmp_path, C.HANDOVER)
    trash_case(ready_ws, trashed)
    with pytest.raises(ValidationError, match="trash"):
        build_handover(ready_ws, trashed)
    closed = case_at(ready_ws, tmp_path, C.CLOSED)
    anonymise_case(ready_ws, closed)
    with pytest.raises(ValidationError, match="anonymised"):
        build_handover(ready_ws, closed)
    with pytest.raises(RecordNotFoundError):
        build_handover(ready_ws, "no-such-case")
