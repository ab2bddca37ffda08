"""The housing repository: running numbers, search text without secrets, redacted audit, rules by year."""

from __future__ import annotations

import json

import pytest

from cdtt_desktop.domain.units import UnitKind
from cdtt_desktop.services.workspace import Workspace
from cdtt_desktop.storage.records import RecordNotFoundError, history
from cdtt_desktop.storage.search_repo import index_problems, rebuild_index, search_all

CONTENT = {"full_name": "Nguyễn Thị Lan", "cccd": "001185012345", "phone": "0912345678", "illness": "Suy thận",
           "province": "Hà Nội", "commune": "Xã Sóc Sơn", "street": "Thôn Đông", "member_since": "2012-01-01"}


def add(ws: Workspace, name: str = "Nguyễn Thị Lan", **values: object) -> str:
    return ws.housing.add({"step": "request", "year": 2026, "beneficiary_name": name,
                           "content": {**CONTENT, "full_name": name}, **values})


def test_cases_get_running_numbers_and_a_vietnamese_sort_key(ws: Workspace) -> None:
    """Each new case takes the next number; the name's sort key puts the given name first."""
    first, second = add(ws), add(ws, "Trần Văn Bình")
    rows = {r["id"]: r for r in ws.db.query("SELECT id, number, beneficiary_sort FROM housing_cases")}
    assert (rows[first]["number"], rows[second]["number"]) == (1, 2)
    assert rows[first]["beneficiary_sort"] != rows[second]["beneficiary_sort"]
    assert rows[second]["beneficiary_sort"] < rows[first]["beneficiary_sort"]  # Bình before Lan


def test_search_text_has_name_and_address_but_no_cccd_phone_or_illness(ws: Workspace) -> None:
    """The folded text is found accent-free by name and address; CCCD, phone and illness are not in it."""
    case_id = add(ws)
    folded = ws.execute_scalar("SELECT search_text FROM housing_cases WHERE id = ?", [case_id])
    assert folded == "nguyen thi lan ha noi xa soc son thon dong"
    assert [h["kind"] for h in search_all(ws.db, "soc son")] == ["case"]
    for secret in ("001185012345", "0912345678", "suy than"):
        assert search_all(ws.db, secret) == []
    ws.housing.update(case_id, {"beneficiary_name": "Lê Thị Mai", "content": {**CONTENT, "full_name": "Lê Thị Mai"}})
    assert [h["title"] for h in search_all(ws.db, "le thi mai")] == ["Lê Thị Mai"]
    assert index_problems(ws.db) == []
    ws.db.execute("UPDATE housing_cases SET search_text = 'x'")
    assert index_problems(ws.db) == ["housing_cases: 1 search_text out of date"]
    rebuild_index(ws.db)
    assert index_problems(ws.db) == []


def test_audit_rows_of_cases_name_personal_fields_without_their_values(ws: Workspace) -> None:
    """Creating and changing a case audits every change, with personal values replaced by ***."""
    case_id = add(ws)
    ws.housing.update(case_id, {"content": {**CONTENT, "cccd": "001185099999", "province": "Huế"}, "requested": 5})
    created, updated = (json.loads(r["changes"]) for r in history(ws.db, "housing_cases", case_id))
    assert created["beneficiary_name"] == "***" and created["content"]["cccd"] == "***"
    assert created["content"]["province"] == "Hà Nội"
    assert updated == {"content": {"cccd": "***", "province": ["Hà Nội", "Huế"]}, "requested": [0, 5]}
    assert "001185" not in json.dumps(history(ws.db, "housing_cases", case_id))


def test_find_by_unit_name_and_totals(ready_ws: Workspace) -> None:
    """Text matches the grassroots union's name too; totals sum whole đồng of the matching live cases."""
    unit = next(r for r in ready_ws.units.by_kind(UnitKind.GRASSROOTS) if r["name"] == "CĐCS Công ty May 10")
    a = add(ready_ws, grassroots_unit_id=unit["id"], requested=60_000_000, approved=55_000_000)
    add(ready_ws, "Trần Văn Bình", requested=20_000_000)
    assert [r["id"] for r in ready_ws.housing.find(text="cong ty may")] == [a]
    assert ready_ws.housing.totals() == (2, 80_000_000, 55_000_000)
    ready_ws.housing.trash(a)
    assert ready_ws.housing.totals() == (1, 20_000_000, 0)
    assert ready_ws.housing.totals(in_trash=True) == (1, 60_000_000, 55_000_000)
    with pytest.raises(RecordNotFoundError):
        ready_ws.housing.get(a, include_deleted=False)


def test_timeline_rows_and_clearing_their_texts(ws: Workspace) -> None:
    """Steps are kept in order with their data; anonymisation clears notes and justifications only."""
    case_id = add(ws)
    ws.housing.add_step(case_id, step="request", done_on="2026-03-01", responsible="Hoa", notes="Chị Lan nộp đơn",
                        data={}, actor="Hoa")
    ws.housing.add_step(case_id, step="survey", done_on="2026-03-05", responsible="Hoa", notes="Nhà dột",
                        data={"failed_rules": "membership"}, actor="Hoa", justification="Bệnh nặng")
    assert [(s["step"], s["data"]) for s in ws.housing.steps(case_id)] == [
        ("request", {}), ("survey", {"failed_rules": "membership"})]
    ws.housing.clear_step_texts(case_id)
    assert {(s["notes"], s["justification"], s["done_on"]) for s in ws.housing.steps(case_id)} == {
        ("", "", "2026-03-01"), ("", "", "2026-03-05")}


def test_rules_are_stored_per_year_and_province_and_found_from_earlier_years(ws: Workspace) -> None:
    """Saving twice updates the one live row; a later year finds the nearest earlier rules; none → None."""
    assert ws.housing.rules(2026, "") is None
    ws.housing.save_rules(2024, "", {"repair_amount": 25_000_000})
    ws.housing.save_rules(2024, "", {"repair_amount": 30_000_000})
    ws.housing.save_rules(2026, "Huế", {"repair_amount": 40_000_000})
    assert ws.execute_scalar("SELECT count(*) FROM housing_rules") == 2
    assert ws.housing.rules(2025, "") == {"year": 2024, "province": "", "repair_amount": 30_000_000}
    assert ws.housing.rules(2025, "Huế") is None
    assert ws.housing.rules(2027, "Huế")["repair_amount"] == 40_000_000  # type: ignore[index]
    assert ws.housing.rule_years() == [(2024, ""), (2026, "Huế")]
