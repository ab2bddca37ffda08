"""Activities to and from spreadsheets: list, export (CSV/XLSX), preview and import.

The import is all or nothing: every row is checked first, and only a file
without a single problem is written, in one transaction. Re-importing a file
does not double the log: a row whose "Mã" is already stored is updated (or
skipped when nothing changed), and a row matching a live activity by date,
title and channel is skipped. The import accepts exactly what the export writes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cdtt_desktop.domain.activities import ACTIVITY_FIELDS
from cdtt_desktop.domain.queries import ActivityFilter, ActivitySort, Ordering
from cdtt_desktop.services.activity_import import import_table
from cdtt_desktop.services.import_rows import (
    ImportFailedError,
    RowProblem,
    suggest_mapping,
)
from cdtt_desktop.services.tabular import (
    Table,
    TabularError,
    check_writable_suffix,
    display_value,
    read_table,
    write_table,
)
from cdtt_desktop.services.workspace import Workspace

__all__ = [
    "ACTIVITY_ALIASES",
    "ACTIVITY_COLUMNS",
    "IMPORT_FIELDS",
    "ImportFailedError",
    "ImportPreview",
    "ImportReport",
    "RowProblem",
    "TabularError",
    "export_activities",
    "import_activities",
    "list_activities",
    "preview_import",
]

Progress = Callable[[int, int], None]

# Field → the column header the export writes (a file format, so Vietnamese in every interface language).
ACTIVITY_COLUMNS: dict[str, str] = {
    "occurred_on": "Ngày",
    "title": "Tiêu đề",
    "channel": "Kênh",
    "content_group": "Nhóm nội dung",
    "campaign": "Chiến dịch",
    "outlet": "Cơ quan báo chí / trang",
    "url": "Đường dẫn",
    "grassroots_unit": "CĐCS",
    "participants": "Số người tham dự",
    "reach": "Lượt tiếp cận",
    "interactions": "Lượt tương tác",
    "notes": "Ghi chú",
    "id": "Mã",
}
IMPORT_FIELDS = (*ACTIVITY_FIELDS, "id")

# Other names people give these columns, matched without accents or case.
ACTIVITY_ALIASES: dict[str, tuple[str, ...]] = {
    "occurred_on": ("Ngày", "Ngày đăng", "Ngày thực hiện", "Ngày tổ chức", "Ngày hoạt động", "Thời gian",
                    "Date"),
    "title": ("Tiêu đề", "Tên hoạt động", "Tên bài", "Tên tin bài", "Tin bài", "Nội dung", "Hoạt động",
              "Title"),
    "channel": ("Kênh", "Kênh truyền thông", "Loại hình", "Hình thức", "Channel"),
    "content_group": ("Nhóm nội dung", "Nhóm", "Content group", "Group"),
    "campaign": ("Chiến dịch", "Đợt", "Đợt cao điểm", "Campaign"),
    "outlet": ("Cơ quan báo chí / trang", "Cơ quan báo chí", "Báo", "Tên báo", "Trang", "Nơi đăng", "Outlet"),
    "url": ("Đường dẫn", "Link", "Liên kết", "Địa chỉ bài viết", "URL"),
    "grassroots_unit": ("CĐCS", "Công đoàn cơ sở", "Tên CĐCS", "Đơn vị", "Grassroots union", "Unit"),
    "participants": ("Số người tham dự", "Số người", "Số người tham gia", "Người tham dự", "Participants"),
    "reach": ("Lượt tiếp cận", "Tiếp cận", "Lượt xem", "Reach", "Views"),
    "interactions": ("Lượt tương tác", "Tương tác", "Interactions", "Engagement"),
    "notes": ("Ghi chú", "Ghi chu", "Notes", "Note"),
    "id": ("Mã", "ID"),
}

_LIST_KEYS = {"occurred_on": "date", "id": "id"}
PAGE_SIZE = 5_000
PREVIEW_ROWS = 20


@dataclass
class ImportPreview:
    """The first rows of a file and a guess of which column holds each field."""

    headers: list[str]
    rows: list[list[str]]
    suggested_mapping: dict[str, int | None]
    total_rows: int = 0
    row_numbers: list[int] = field(default_factory=list)


@dataclass(frozen=True)
class ImportReport:
    imported: int
    skipped_duplicates: int
    updated: int = 0


# --- list and export -------------------------------------------------------------------------------


def _stored_rows(ws: Workspace, flt: ActivityFilter, ordering: Ordering) -> Iterator[dict[str, Any]]:
    offset = 0
    while True:
        page = ws.activities.page(flt, ordering, offset=offset, limit=PAGE_SIZE)
        yield from page
        if len(page) < PAGE_SIZE:
            return
        offset += PAGE_SIZE


def _group_label(row: dict[str, Any]) -> str:
    if not row["content_group_code"]:
        return ""
    return f'{row["content_group_code"]} {row["content_group_name"]}'


def _plain(row: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": row["id"], "date": row["occurred_on"], "title": row["title"], "channel": row["channel_name"],
        "content_group": _group_label(row), "campaign": row["campaign_name"] or "", "outlet": row["outlet"],
        "url": row["url"], "grassroots_unit": row["unit_name"] or "", "participants": row["participants"],
        "reach": row["reach"], "interactions": row["interactions"], "notes": row["notes"],
    }


def list_activities(ws: Workspace, flt: ActivityFilter | None = None,
                    ordering: Ordering | None = None) -> list[dict[str, Any]]:
    """Live activities as plain data (dates ISO), oldest first unless an ordering is given."""
    order = ordering or Ordering(ActivitySort.DATE, descending=False)
    return [_plain(r) for r in _stored_rows(ws, flt or ActivityFilter(), order)]


def export_activities(ws: Workspace, path: Path, flt: ActivityFilter | None = None,
                      ordering: Ordering | None = None) -> int:
    """Write the (filtered) activities to a .csv or .xlsx file; returns how many were written.

    Raises TabularError (a ValueError with a translatable `problem`) for another file name or a failed write.
    """
    check_writable_suffix(path)  # before any reading: a wrong name fails at once
    rows = list_activities(ws, flt, ordering)
    keys = [_LIST_KEYS.get(name, name) for name in ACTIVITY_COLUMNS]

    def cells(row: dict[str, Any]) -> list[object]:
        values = [row[k] for k in keys]
        values[0] = dt.date.fromisoformat(row["date"])
        return values

    write_table(path, list(ACTIVITY_COLUMNS.values()), (cells(r) for r in rows))
    return len(rows)


# --- import ----------------------------------------------------------------------------------------


def _read(path: Path) -> Table:
    try:
        return read_table(path)
    except TabularError as exc:
        raise ImportFailedError(problem=exc.problem) from exc


def preview_import(ws: Workspace | None, path: Path) -> ImportPreview:
    """Headers, the first rows as text and the suggested mapping. Raises ImportFailedError for a bad file.

    `ws` is not needed to read the file; it is accepted so callers treat every use case alike.
    """
    table = _read(path)
    return ImportPreview(
        headers=table.headers,
        rows=[[display_value(v) for v in row] for row in table.rows[:PREVIEW_ROWS]],
        suggested_mapping=suggest_mapping(table.headers, ACTIVITY_ALIASES),
        total_rows=len(table.rows),
        row_numbers=table.row_numbers[:PREVIEW_ROWS],
    )


def import_activities(ws: Workspace, path: Path, mapping: dict[str, int | None] | None = None,
                      progress: Progress | None = None, today: dt.date | None = None) -> ImportReport:
    """Import every row of `path` or none. Raises ImportFailedError listing every problem found."""
    table = _read(path)
    chosen = dict(mapping) if mapping is not None else suggest_mapping(table.headers, ACTIVITY_ALIASES)
    result = import_table(ws, table, chosen, ACTIVITY_COLUMNS, progress=progress,
                          today=today or dt.date.today())
    if result.inserted > 1000:
        ws.optimize()
    return ImportReport(imported=result.inserted, skipped_duplicates=result.skipped, updated=result.updated)
