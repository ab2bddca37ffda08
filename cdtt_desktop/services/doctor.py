"""`cdtt doctor`: where the data is, which versions run, and whether the data folder is healthy.

Checks: SQLite integrity and foreign keys, the schema version, the search index
against the records, every registered attachment (present, SHA-256 intact,
thumbnail present) and every issued PDF against the register. Each check prints one line starting with "OK:" or "LỖI:";
the lines are Vietnamese, like the people who read them.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import platform
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from cdtt_desktop import __version__
from cdtt_desktop.services.workspace import Workspace
from cdtt_desktop.storage.database import SCHEMA_VERSION
from cdtt_desktop.storage.search_repo import index_problems

OK = "OK:"
PROBLEM = "LỖI:"
_CHUNK = 1 << 20
_SHOWN = 20  # problems listed one by one before the rest are counted


@dataclass
class DoctorReport:
    lines: list[str] = field(default_factory=list)
    ok: bool = True

    def info(self, text: str) -> None:
        self.lines.append(text)

    def check(self, problems: list[str], ok_text: str) -> None:
        """One check: an OK line when `problems` is empty, otherwise a LỖI line for each."""
        if not problems:
            self.lines.append(f"{OK} {ok_text}")
            return
        self.ok = False
        self.lines += [f"{PROBLEM} {p}" for p in problems[:_SHOWN]]
        if len(problems) > _SHOWN:
            self.lines.append(f"{PROBLEM} … và {len(problems) - _SHOWN} lỗi khác cùng loại")


def pyside_version() -> str:
    # Read from the package metadata: the services layer never imports Qt.
    for name in ("PySide6-Essentials", "PySide6"):
        try:
            return importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            continue
    return "chưa cài đặt"


def _size(path: Path) -> str:
    """The database's size with its write-ahead log, which holds the most recent changes."""
    files = (path, path.with_name(path.name + "-wal"))
    mb = sum(f.stat().st_size for f in files if f.exists()) / (1024 * 1024)
    return f"{mb:.1f}".replace(".", ",") + " MB"


def _describe(ws: Workspace, report: DoctorReport) -> None:
    paths = ws.paths
    backups = len(list(paths.backups.glob("*.sqlite3"))) if paths.backups.is_dir() else 0
    report.info(f"Thư mục dữ liệu: {paths.root}")
    report.info(f"Cơ sở dữ liệu: {paths.database} ({_size(paths.database)})")
    report.info(f"Tệp đính kèm: {paths.attachments}")
    report.info(f"Văn bản đã ban hành (PDF): {paths.documents}")
    report.info(f"Bản sao lưu: {paths.backups} ({backups} bản)")
    report.info(f"Phiên bản: CĐTT Desktop {__version__}; Python {platform.python_version()}; "
                f"SQLite {sqlite3.sqlite_version}; PySide6 {pyside_version()}")


def _pragma_problems(ws: Workspace, pragma: str) -> list[str]:
    rows = ws.db.execute(f"PRAGMA {pragma}").fetchall()
    if pragma == "integrity_check":
        return [] if [tuple(r) for r in rows] == [("ok",)] else [f"integrity_check: {r[0]}" for r in rows]
    return [f"foreign_key_check: bảng {r[0]} dòng {r[1]} trỏ tới {r[2]} không tồn tại" for r in rows]


def _schema_problems(ws: Workspace) -> list[str]:
    found = int(ws.execute_scalar("PRAGMA user_version"))
    if found == SCHEMA_VERSION:
        return []
    return [f"phiên bản lược đồ dữ liệu là {found}, ứng dụng cần {SCHEMA_VERSION}"]


def _search_problems(ws: Workspace) -> list[str]:
    return [f"chỉ mục tìm kiếm: {p}" for p in index_problems(ws.db)]


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        while chunk := f.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _attachment_problems(ws: Workspace) -> tuple[list[str], int]:
    """Missing or altered attachment files and missing thumbnails; also how many files were checked."""
    store = ws.attachments
    names: dict[str, str] = {}
    for row in ws.db.query("SELECT sha256, min(file_name) AS name FROM record_attachments GROUP BY sha256"):
        names[row["sha256"]] = row["name"]
    problems: list[str] = []
    rows = list(ws.db.query("SELECT sha256, has_thumbnail FROM attachments ORDER BY sha256"))
    for row in rows:
        sha = row["sha256"]
        label = f"{sha} ({names[sha]})" if sha in names else sha
        path = store.path_of(sha)
        if not path.is_file():
            problems.append(f"thiếu tệp đính kèm {label}: không có {path}")
        elif _sha256(path) != sha:
            problems.append(f"tệp đính kèm {label} đã bị thay đổi: mã SHA-256 không khớp")
        elif row["has_thumbnail"] and not store.thumbnail_of(sha).is_file():
            problems.append(f"thiếu ảnh thu nhỏ của tệp đính kèm {label}")
    return problems, len(rows)


def _document_problems(ws: Workspace) -> tuple[list[str], int]:
    """Issued PDFs missing or changed since they were registered; also how many were checked.

    The doctor only reports: opening the document in the register draws it again from its stored data
    and restores the file when the result is the registered one.
    """
    problems: list[str] = []
    rows = list(ws.db.query("SELECT number_text, kind, file_name, pdf_sha256 FROM documents "
                            "WHERE deleted_at IS NULL ORDER BY year, kind, number"))
    for row in rows:
        path = ws.paths.documents / row["file_name"]
        label = f"{row['number_text']} ({row['kind']})"
        if not path.is_file():
            problems.append(f"thiếu tệp PDF của văn bản {label}: không có {path}")
        elif _sha256(path) != row["pdf_sha256"]:
            problems.append(f"tệp PDF của văn bản {label} đã bị thay đổi: mã SHA-256 không khớp sổ văn bản")
    return problems, len(rows)


def _counts(ws: Workspace) -> str:
    def q(sql: str) -> int:
        return int(ws.execute_scalar(sql))

    live = q("SELECT count(*) FROM activities WHERE deleted_at IS NULL")
    trash = q("SELECT count(*) FROM activities WHERE deleted_at IS NOT NULL")
    units = q("SELECT count(*) FROM units WHERE kind = 'grassroots' AND deleted_at IS NULL")
    plans = q("SELECT count(*) FROM plans WHERE deleted_at IS NULL")
    links = q("SELECT count(*) FROM record_attachments WHERE deleted_at IS NULL")
    files = q("SELECT count(*) FROM attachments")
    audit = q("SELECT count(*) FROM audit_log")
    return (f"Số bản ghi: {live} hoạt động ({trash} trong thùng rác), {units} CĐCS, {plans} kế hoạch năm, "
            f"{links} liên kết đính kèm ({files} tệp), {audit} dòng nhật ký thay đổi")


def run_checks(ws: Workspace) -> DoctorReport:
    """Describe the data folder and check it; `report.ok` is False when any check found a problem."""
    report = DoctorReport()
    _describe(ws, report)
    report.info(f"Phiên bản lược đồ dữ liệu: {ws.execute_scalar('PRAGMA user_version')} "
                f"(ứng dụng: {SCHEMA_VERSION})")
    report.check(_pragma_problems(ws, "integrity_check"), "Cơ sở dữ liệu toàn vẹn (integrity_check)")
    report.check(_pragma_problems(ws, "foreign_key_check"), "Liên kết giữa các bảng đúng (foreign_key_check)")
    report.check(_schema_problems(ws), "Phiên bản lược đồ dữ liệu khớp với ứng dụng")
    report.check(_search_problems(ws), "Chỉ mục tìm kiếm khớp với dữ liệu")
    problems, checked = _attachment_problems(ws)
    report.check(problems, f"Tệp đính kèm: đủ {checked} tệp, mã SHA-256 đúng")
    problems, checked = _document_problems(ws)
    report.check(problems, f"Văn bản đã ban hành: đủ {checked} tệp PDF, mã SHA-256 khớp sổ văn bản")
    report.info(_counts(ws))
    return report
