"""`cdtt doctor` checks: a healthy folder passes; a lost or altered file, or a stale index, fails by name."""

from __future__ import annotations

import pytest

from cdtt_desktop import __version__
from cdtt_desktop.services.demo import generate_demo_data
from cdtt_desktop.services.doctor import DoctorReport, run_checks
from cdtt_desktop.services.workspace import Workspace
from tests.conftest import TODAY


@pytest.fixture
def demo_ws(ws: Workspace) -> Workspace:
    """A folder with demo activities and photos."""
    generate_demo_data(ws, activities=40, seed=5, today=TODAY)
    return ws


def _problems(report: DoctorReport) -> list[str]:
    return [line for line in report.lines if line.startswith("LỖI:")]


def _one_photo(ws: Workspace) -> tuple[str, str]:
    row = next(iter(ws.db.query("SELECT sha256, file_name FROM record_attachments LIMIT 1")))
    return row["sha256"], row["file_name"]


def test_healthy_folder_is_ok(demo_ws: Workspace) -> None:
    """A freshly filled folder passes every check and the report names paths, versions and counts."""
    report = run_checks(demo_ws)
    assert report.ok and _problems(report) == []
    text = "\n".join(report.lines)
    assert str(demo_ws.paths.database) in text and str(demo_ws.paths.attachments) in text
    assert str(demo_ws.paths.backups) in text and __version__ in text and "SQLite" in text
    assert sum(line.startswith("OK:") for line in report.lines) == 6
    assert "40 hoạt động" in text


def test_deleted_attachment_file_fails(demo_ws: Workspace) -> None:
    """A registered attachment whose file is gone is reported with its SHA-256 and file name."""
    sha, name = _one_photo(demo_ws)
    demo_ws.attachments.path_of(sha).unlink()
    report = run_checks(demo_ws)
    assert not report.ok
    assert any(sha in line and name in line and "thiếu tệp" in line for line in _problems(report))


def test_tampered_attachment_fails(demo_ws: Workspace) -> None:
    """An attachment file whose bytes changed no longer matches its SHA-256 and is reported."""
    sha, _name = _one_photo(demo_ws)
    path = demo_ws.attachments.path_of(sha)
    path.write_bytes(path.read_bytes() + b"x")
    report = run_checks(demo_ws)
    assert not report.ok
    assert any(sha in line and "SHA-256" in line for line in _problems(report))


def test_stale_search_text_fails(demo_ws: Workspace) -> None:
    """A search column out of step with its record is reported as a search-index problem."""
    demo_ws.db.execute(
        "UPDATE activities SET search_text = 'x' WHERE rowid = (SELECT min(rowid) FROM activities)")
    demo_ws.db.conn.commit()
    report = run_checks(demo_ws)
    assert not report.ok
    assert any("tìm kiếm" in line and "activities" in line for line in _problems(report))


def test_index_missing_a_record_fails(demo_ws: Workspace) -> None:
    """An FTS index that lost a record's entry (while the record stays) is reported."""
    demo_ws.db.execute(
        "INSERT INTO activities_fts(activities_fts, rowid, search_text) "
        "SELECT 'delete', rowid, search_text FROM activities "
        "WHERE rowid = (SELECT min(rowid) FROM activities)")
    demo_ws.db.conn.commit()
    report = run_checks(demo_ws)
    assert not report.ok
    assert any("tìm kiếm" in line and "activities" in line for line in _problems(report))


def test_missing_thumbnail_fails(demo_ws: Workspace) -> None:
    """A photo whose thumbnail is gone is reported."""
    sha, _name = _one_photo(demo_ws)
    demo_ws.attachments.thumbnail_of(sha).unlink()
    report = run_checks(demo_ws)
    assert any(sha in line and "ảnh thu nhỏ" in line for line in _problems(report))


def test_schema_version_mismatch_fails(demo_ws: Workspace) -> None:
    """A schema version other than the application's is a problem."""
    demo_ws.db.execute("PRAGMA user_version = 1")
    report = run_checks(demo_ws)
    assert not report.ok
    assert any("lược đồ" in line for line in _problems(report))


def test_broken_reference_fails(demo_ws: Workspace) -> None:
    """A row pointing at a record that does not exist is reported by the foreign-key check."""
    demo_ws.db.execute("PRAGMA foreign_keys = OFF")
    demo_ws.db.execute("UPDATE activities SET grassroots_unit_id = 'no-such-unit' "
                       "WHERE rowid = (SELECT min(rowid) FROM activities)")
    demo_ws.db.conn.commit()
    demo_ws.db.execute("PRAGMA foreign_keys = ON")
    report = run_checks(demo_ws)
    assert not report.ok
    assert any("foreign_key_check" in line and "activities" in line for line in _problems(report))


def test_missing_or_changed_issued_pdf_fails(ready_ws: Workspace) -> None:
    """An issued PDF that vanished or changed no longer matches the register and is named by its number."""
    import datetime as dt

    from cdtt_desktop.services import documents as docs
    from tests.services.test_documents import report

    first = docs.issue(ready_ws, report(ready_ws, "Một."), source="periodic:2026-10", on=dt.date(2026, 11, 2))
    second = docs.issue(ready_ws, report(ready_ws, "Hai."), source="periodic:2026-11", on=dt.date(2026, 12, 1))
    assert run_checks(ready_ws).ok
    first.file.unlink()
    second.file.write_bytes(second.file.read_bytes() + b"%")
    problems = _problems(run_checks(ready_ws))
    assert any("Số: 01/BC-CĐP" in line and "thiếu tệp PDF" in line for line in problems)
    assert any("Số: 02/BC-CĐP" in line and "SHA-256" in line for line in problems)
