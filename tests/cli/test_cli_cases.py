"""`cdtt cases list` and `cdtt demo-data --cases`: masked identifiers, every step, amounts that add up."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cdtt_desktop.cli import main
from cdtt_desktop.domain.housing import FUNDING_PARTS, CaseStep
from cdtt_desktop.paths import DataPaths
from cdtt_desktop.services.housing import CaseFilter, get_case, list_cases
from cdtt_desktop.services.housing_rules import stored_rule_years
from cdtt_desktop.services.workspace import Workspace, open_workspace
from tests.services.helpers_housing import CCCD, case_at


def cdtt(folder: Path, *args: str) -> int:
    return main(["--data-dir", str(folder), *args])


def listed(folder: Path, capsys: pytest.CaptureFixture[str]) -> list[dict[str, object]]:
    capsys.readouterr()
    assert cdtt(folder, "cases", "list", "--json") == 0
    return json.loads(capsys.readouterr().out)  # type: ignore[no-any-return]


def test_list_json_masks_the_cccd(ws: Workspace, data_dir: Path, tmp_path: Path,
                                  capsys: pytest.CaptureFixture[str]) -> None:
    """`cases list --json` gives step, beneficiary, masked CCCD, unit and amounts; the number never appears."""
    case_id = case_at(ws, tmp_path / "files", CaseStep.DECISION)
    capsys.readouterr()
    assert cdtt(data_dir, "cases", "list", "--json") == 0
    out = capsys.readouterr().out
    assert CCCD not in out
    rows = json.loads(out)
    assert [(r["id"], r["step"], r["beneficiary"], r["cccd"], r["requested"], r["approved"], r["next_step"])
            for r in rows] == [(case_id, "decision", "Nguyễn Thị Lan", "001******345", 60_000_000, 60_000_000,
                                "construction")]
    assert {"unit", "due_on", "build_kind", "year"} <= set(rows[0])


def test_list_text_is_one_line_per_case_with_the_masked_cccd(ws: Workspace, data_dir: Path, tmp_path: Path,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    """The plain list shows the step by name, the masked CCCD and money with Vietnamese separators."""
    ws.settings.save(language="en")
    case_at(ws, tmp_path / "files", CaseStep.SURVEY)
    capsys.readouterr()
    assert cdtt(data_dir, "cases", "list") == 0
    out = capsys.readouterr().out
    (line,) = out.strip().splitlines()
    assert "\tSurvey\tNguyễn Thị Lan\t001******345\t" in line and "60.000.000 đ" in line
    assert CCCD not in out


def summary(folder: Path) -> list[tuple[str, str, int, int | None]]:
    ws = open_workspace(DataPaths(folder))
    try:
        return sorted((c.step.value, c.beneficiary, c.requested, c.approved) for c in list_cases(ws, CaseFilter()))
    finally:
        ws.close()


def test_demo_cases_cover_every_step_with_amounts_that_add_up(tmp_path: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    """`demo-data --cases 12` covers every step; funding adds up, approved ≤ requested, rules stored, CCCD masked."""
    folder = tmp_path / "demo"
    assert cdtt(folder, "demo-data", "--activities", "5", "--cases", "12", "--seed", "2") == 0
    rows = listed(folder, capsys)
    assert len(rows) == 12
    assert {r["step"] for r in rows} == {s.value for s in CaseStep}
    assert all(str(r["cccd"]).count("*") == 6 for r in rows if r["cccd"])
    ws = open_workspace(DataPaths(folder))
    try:
        years = {year for year, _province in stored_rule_years(ws)}
        assert len(years) == 2
        for row in rows:
            record = get_case(ws, str(row["id"]), reveal_cccd=True)
            funding = {k: int(record.content.funding.get(k, "0").replace(".", "") or 0) for k in FUNDING_PARTS}
            if funding["total_cost"]:
                assert sum(funding[k] for k in FUNDING_PARTS[1:]) == funding["total_cost"]
            if record.summary.approved is not None:
                assert 0 < record.summary.approved <= record.summary.requested
            assert len(record.content.cccd) == 12 or record.anonymised
            assert [s.step for s in record.steps][0] is CaseStep.REQUEST
    finally:
        ws.close()


def test_demo_cases_are_reproducible(tmp_path: Path) -> None:
    """The same seed gives the same cases: steps, beneficiaries and amounts."""
    one, two = tmp_path / "one", tmp_path / "two"
    for folder in (one, two):
        assert cdtt(folder, "demo-data", "--activities", "5", "--cases", "10", "--seed", "4") == 0
    assert summary(one) == summary(two) and len(summary(one)) == 10
