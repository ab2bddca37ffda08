"""`cdtt report …` and `cdtt documents …`: issuing, drafts, refusals and the register from the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cdtt_desktop.cli import main
from tests import pdf_readers


def cdtt(folder: Path, *args: str) -> int:
    return main(["--data-dir", str(folder), *args])


@pytest.fixture
def demo(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """A demo folder in English (messages compared word for word) with stories and cases."""
    assert cdtt(data_dir, "demo-data", "--activities", "60", "--stories", "6", "--cases", "8") == 0
    from cdtt_desktop.paths import DataPaths
    from cdtt_desktop.services.workspace import open_workspace

    ws = open_workspace(DataPaths(data_dir))
    ws.settings.save(language="en")
    ws.close()
    capsys.readouterr()
    return data_dir


def listed(folder: Path, capsys: pytest.CaptureFixture[str], *args: str) -> list[dict[str, object]]:
    capsys.readouterr()
    assert cdtt(folder, *args, "--json") == 0
    return list(json.loads(capsys.readouterr().out))


def case_at(folder: Path, capsys: pytest.CaptureFixture[str], step: str) -> str:
    return next(str(c["id"]) for c in listed(folder, capsys, "cases", "list") if c["step"] == step)


def test_report_story_issues_registers_and_writes_the_pdf(demo: Path, tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    """The dossier gets Số 01/BC, is listed in the register with its hash, and the file is that PDF."""
    story = next(s for s in listed(demo, capsys, "stories", "list") if s["status"] == "sent")
    out = tmp_path / "out" / "story.pdf"
    assert cdtt(demo, "report", "story", str(story["id"]), "--out", str(out), "--date", "2026-03-05") == 0
    printed = capsys.readouterr().out
    assert "Issued Số: 01/BC-CĐP on 05/03/2026" in printed
    [row] = listed(demo, capsys, "documents", "list")
    assert row["number_text"] == "Số: 01/BC-CĐP" and row["issued_on"] == "2026-03-05"
    import hashlib

    assert hashlib.sha256(out.read_bytes()).hexdigest() == row["pdf_sha256"]
    assert "Hà Nội, ngày 05 tháng 3 năm 2026" in pdf_readers.text(out, page=1)


def test_reissuing_writes_the_same_bytes_and_export_gives_them_back(demo: Path, tmp_path: Path,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    """Running the same command again reuses the number; `documents export` writes the identical file."""
    case = case_at(demo, capsys, "handover")
    first, second, exported = tmp_path / "a.pdf", tmp_path / "b.pdf", tmp_path / "c.pdf"
    assert cdtt(demo, "report", "case", case, "--doc", "ban-giao", "--out", str(first)) == 0
    assert cdtt(demo, "report", "case", case, "--doc", "ban-giao", "--out", str(second)) == 0
    assert "already issued as Số: 01/BB-CĐP" in capsys.readouterr().out
    [row] = listed(demo, capsys, "documents", "list")
    assert cdtt(demo, "documents", "export", str(row["id"]), "--out", str(exported)) == 0
    assert first.read_bytes() == second.read_bytes() == exported.read_bytes()


def test_proposal_for_several_cases_and_refusal_of_the_wrong_step(demo: Path, tmp_path: Path,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    """A tờ trình takes cases at survey/proposal; a closed case is refused with the reason, nothing issued."""
    ids = [case_at(demo, capsys, "survey"), case_at(demo, capsys, "proposal")]
    out = tmp_path / "tt.pdf"
    assert cdtt(demo, "report", "case", *ids, "--doc", "to-trinh", "--out", str(out)) == 0
    assert "Số: 01/TTr-CĐP" in capsys.readouterr().out
    assert "TỜ TRÌNH" in pdf_readers.text(out, page=1)
    closed = case_at(demo, capsys, "closed")
    assert cdtt(demo, "report", "case", closed, "--doc", "to-trinh", "--out", str(tmp_path / "x.pdf")) == 1
    error = capsys.readouterr().err
    assert error.startswith("cdtt: ") and "proposal" in error
    assert len(listed(demo, capsys, "documents", "list")) == 1


def test_draft_registers_nothing_and_a_taken_number_is_refused(demo: Path, tmp_path: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    """--draft writes 'Số: ……' and leaves the register empty; --number of an issued document fails."""
    case = case_at(demo, capsys, "handover")
    draft = tmp_path / "draft.pdf"
    assert cdtt(demo, "report", "case", case, "--doc", "ban-giao", "--draft", "--out", str(draft)) == 0
    assert "Số: ……/BB-CĐP" in pdf_readers.text(draft, page=1)
    assert listed(demo, capsys, "documents", "list") == []
    assert cdtt(demo, "report", "case", case, "--doc", "ban-giao", "--number", "4", "--out", str(draft)) == 0
    story = next(s for s in listed(demo, capsys, "stories", "list") if s["status"] == "sent")
    assert cdtt(demo, "report", "story", str(story["id"]), "--number", "4", "--out", str(draft)) == 0
    other = case_at(demo, capsys, "acceptance")
    assert cdtt(demo, "report", "case", other, "--doc", "ban-giao", "--number", "4", "--out", str(draft)) == 1
    assert "Số: 04/BB-CĐP is already in the register" in capsys.readouterr().err


def test_unknown_ids_and_bad_periods_are_one_line_reasons(demo: Path, tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    """Unknown story, case, campaign and a badly written period each give exit 1 and a readable line."""
    out = str(tmp_path / "x.pdf")
    cases = [(["report", "story", "nope", "--out", out], "No story with the id nope."),
             (["report", "case", "nope", "--doc", "ban-giao", "--out", out], "No case with the id nope."),
             (["report", "periodic", "--period", "campaign:nope", "--out", out], "No campaign with the id nope."),
             (["report", "periodic", "--period", "2026-13", "--out", out], "2026-13")]
    for args, reason in cases:
        capsys.readouterr()
        assert cdtt(demo, *args) == 1
        assert reason in capsys.readouterr().err
    assert not Path(out).exists()


def test_periodic_report_for_a_month_quarter_and_year(demo: Path, tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    """`report periodic` issues one BÁO CÁO per period, numbered in turn, subject naming the period."""
    for number, (period, words) in enumerate((("2026-05", "tháng 5 năm 2026"), ("2026-Q2", "quý II năm 2026"),
                                              ("2026", "năm 2026")), start=1):
        out = tmp_path / f"{period}.pdf"
        assert cdtt(demo, "report", "periodic", "--period", period, "--out", str(out)) == 0
        assert f"Số: {number:02d}/BC-CĐP" in capsys.readouterr().out
        first_page = " ".join(pdf_readers.text(out, page=1).split())
        assert f"Kết quả công tác truyền thông {words}" in first_page
    assert [d["source"] for d in listed(demo, capsys, "documents", "list")] == [
        "periodic:2026", "periodic:2026-Q2", "periodic:2026-05"]
