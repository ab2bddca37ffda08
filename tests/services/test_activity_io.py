"""Activity export and import: round trip, column guessing, name matching, all-or-nothing, no doubles."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook

from cdtt_desktop.domain.activities import ActivityInput
from cdtt_desktop.domain.queries import ActivityFilter
from cdtt_desktop.domain.units import UnitDraft, UnitKind
from cdtt_desktop.paths import DataPaths
from cdtt_desktop.services import activity_import, import_rows, tabular
from cdtt_desktop.services.activities import save_activity
from cdtt_desktop.services.activity_io import (
    ACTIVITY_COLUMNS,
    ImportFailedError,
    export_activities,
    import_activities,
    list_activities,
    preview_import,
)
from cdtt_desktop.services.plans import choices_for_year
from cdtt_desktop.services.setup import save_setup
from cdtt_desktop.services.tabular import write_csv
from cdtt_desktop.services.units import grassroots_units
from cdtt_desktop.services.workspace import Workspace, open_workspace
from tests.conftest import SETUP, TODAY

HEADERS = list(ACTIVITY_COLUMNS.values())


def add(ws: Workspace, day: dt.date, title: str, channel: int = 0, **extra: object) -> str:
    choices = choices_for_year(ws, day.year)
    raw = ActivityInput(occurred_on=day, title=title, channel_id=choices.channels[channel][0], **extra)  # type: ignore[arg-type]
    return save_activity(ws, raw, today=TODAY)


@pytest.fixture
def logged(ready_ws: Workspace) -> Workspace:
    """Three activities, one with every field filled."""
    choices = choices_for_year(ready_ws, 2026)
    unit = grassroots_units(ready_ws)[0]
    day = dt.date(2026, 5, 3)
    add(ready_ws, day, "Tin bài Tháng Công nhân",
        content_group_id=choices.content_groups[1][0], campaign_id=choices.suggest_campaign(day),
        outlet="Báo Lao động",
        url="https://laodong.vn/cong-doan/tin-1", grassroots_unit_id=unit["id"], participants=120,
        reach="1.500", interactions=37, notes="Dòng một\nDòng hai")
    add(ready_ws, dt.date(2026, 3, 8), "Hội thi nữ công", channel=3)
    add(ready_ws, dt.date(2025, 12, 20), "=Tết Sum vầy", channel=2)
    return ready_ws


@pytest.fixture
def other_ws(tmp_path: Path) -> Iterator[Workspace]:
    """A second installation with the same grassroots unions (another PC)."""
    ws = open_workspace(DataPaths(tmp_path / "other"))
    names = ("CĐCS Công ty May 10", "CĐCS Trường Tiểu học Đống Đa", "CĐCS Bệnh viện Đa khoa Ba Đình")
    save_setup(ws, SETUP, [UnitDraft(u, UnitKind.GRASSROOTS) for u in names], today=TODAY)
    yield ws
    ws.close()


def csv_file(tmp_path: Path, rows: list[list[object]], headers: list[str] | None = None) -> Path:
    path = tmp_path / f"in-{uuid.uuid4().hex[:6]}.csv"
    write_csv(path, headers or HEADERS[:12], rows)
    return path


def live(ws: Workspace) -> int:
    return ws.activities.live_count()


# --- list and export ----------------------------------------------------------------------------


def test_list_gives_plain_rows_oldest_first(logged: Workspace) -> None:
    """`list_activities` returns every documented key, ISO dates, names instead of ids."""
    rows = list_activities(logged)
    assert [r["date"] for r in rows] == ["2025-12-20", "2026-03-08", "2026-05-03"]
    full = rows[-1]
    assert set(full) == {"id", "date", "title", "channel", "content_group", "campaign", "outlet", "url",
                         "grassroots_unit", "participants", "reach", "interactions", "notes"}
    assert full["channel"] == "Báo chí Công đoàn"
    assert full["content_group"].startswith("1.2 ")
    assert full["campaign"] == "Tháng Công nhân"
    assert full["grassroots_unit"] == "CĐCS Bệnh viện Đa khoa Ba Đình"
    assert (full["participants"], full["reach"], full["interactions"]) == (120, 1500, 37)


def test_list_follows_the_filter(logged: Workspace) -> None:
    """A filter narrows the list as it narrows the activity page."""
    rows = list_activities(logged, ActivityFilter(date_from=dt.date(2026, 1, 1), text="hoi thi"))
    assert [r["title"] for r in rows] == ["Hội thi nữ công"]


def test_csv_export_has_vietnamese_headers_and_dd_mm_yyyy(logged: Workspace, tmp_path: Path) -> None:
    """The CSV has the documented Vietnamese header row, a BOM, and dates as dd/mm/yyyy."""
    path = tmp_path / "hoat-dong.csv"
    assert export_activities(logged, path) == 3
    text = path.read_bytes().decode("utf-8-sig")
    assert text.splitlines()[0] == ("Ngày,Tiêu đề,Kênh,Nhóm nội dung,Chiến dịch,Cơ quan báo chí / trang,"
                                    "Đường dẫn,CĐCS,Số người tham dự,Lượt tiếp cận,Lượt tương tác,Ghi chú,Mã")
    assert text.splitlines()[1].startswith("20/12/2025,=Tết Sum vầy,")


def test_xlsx_export_has_date_cells(logged: Workspace, tmp_path: Path) -> None:
    """The XLSX holds real dates (shown dd/mm/yyyy), numbers as numbers and a bold header."""
    path = tmp_path / "hoat-dong.xlsx"
    export_activities(logged, path)
    sheet = load_workbook(path).active
    assert [c.value for c in sheet[1]] == HEADERS
    assert sheet["A1"].font.b
    assert sheet["A4"].value == dt.datetime(2026, 5, 3) and sheet["A4"].number_format == "DD/MM/YYYY"
    assert sheet["J4"].value == 1500


def test_export_to_another_extension_is_a_value_error(logged: Workspace, tmp_path: Path) -> None:
    """Only .csv and .xlsx are exported; anything else is refused before writing."""
    with pytest.raises(ValueError, match=r"\.csv or \.xlsx"):
        export_activities(logged, tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()


# --- round trip and re-import ---------------------------------------------------------------------


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_export_then_import_elsewhere_gives_the_same_log(logged: Workspace, other_ws: Workspace,
                                                         tmp_path: Path, suffix: str) -> None:
    """What the export writes the import reads back unchanged: same ids, fields and names."""
    path = tmp_path / f"log{suffix}"
    export_activities(logged, path)
    report = import_activities(other_ws, path, today=TODAY)
    assert (report.imported, report.skipped_duplicates) == (3, 0)
    assert list_activities(other_ws) == list_activities(logged)


def test_reimporting_the_same_file_does_not_double_the_log(logged: Workspace, tmp_path: Path) -> None:
    """Importing an export into its own log skips every row: nothing changes."""
    path = tmp_path / "log.xlsx"
    export_activities(logged, path)
    before = list_activities(logged)
    report = import_activities(logged, path, today=TODAY)
    assert (report.imported, report.skipped_duplicates, report.updated) == (0, 3, 0)
    assert list_activities(logged) == before


def test_row_with_known_id_and_changed_fields_updates(logged: Workspace, tmp_path: Path) -> None:
    """A row whose "Mã" exists updates that activity (no second copy)."""
    path = tmp_path / "log.csv"
    export_activities(logged, path)
    text = path.read_text(encoding="utf-8-sig").replace("Hội thi nữ công", "Hội thi nữ công giỏi")
    path.write_text(text, encoding="utf-8-sig")
    report = import_activities(logged, path, today=TODAY)
    assert (report.imported, report.updated, report.skipped_duplicates) == (0, 1, 2)
    assert "Hội thi nữ công giỏi" in [r["title"] for r in list_activities(logged)]
    assert live(logged) == 3


def test_same_date_title_and_channel_as_a_live_activity_is_skipped(logged: Workspace, tmp_path: Path) -> None:
    """Without a "Mã", a row equal in date, title and channel to a live activity is a duplicate."""
    path = csv_file(tmp_path, [["08/03/2026", "Hội thi nữ công", "Trang thông tin điện tử"],
                               ["08/03/2026", "Hội thi nữ công", "Mạng xã hội"],
                               ["08/03/2026", "Hội thi nữ công", "Mạng xã hội"]], HEADERS[:3])
    channel = list_activities(logged)[1]["channel"]
    path.write_text(path.read_text(encoding="utf-8-sig").replace("Trang thông tin điện tử", channel),
                    encoding="utf-8-sig")
    report = import_activities(logged, path, today=TODAY)
    assert (report.imported, report.skipped_duplicates) == (1, 2)


# --- matching ------------------------------------------------------------------------------------


def test_preview_suggests_columns_from_common_header_variants(tmp_path: Path, ready_ws: Workspace) -> None:
    """Headers are matched without accents and by common variants: "Ngày đăng", "Link", "Số người"…"""
    headers = ["STT", "Ngày đăng", "Tieu de", "Loại hình", "Link", "Số người", "Lượt xem", "Ghi chú thêm",
               "Đơn vị"]
    path = csv_file(tmp_path, [["1", "05/03/2026", "Tin", "Mạng xã hội", "", "", "", "", ""]], headers)
    preview = preview_import(ready_ws, path)
    m = preview.suggested_mapping
    assert (m["occurred_on"], m["title"], m["channel"], m["url"], m["participants"]) == (1, 2, 3, 4, 5)
    assert (m["reach"], m["notes"], m["grassroots_unit"]) == (6, 7, 8)
    assert m["campaign"] is None and m["content_group"] is None
    assert preview.headers == headers and preview.total_rows == 1 and preview.rows[0][1] == "05/03/2026"


def test_english_headers_are_recognised(tmp_path: Path) -> None:
    """A file with English column names maps as well."""
    path = csv_file(tmp_path, [["2026-03-05", "Tin", "union_press"]], ["Date", "Title", "Channel"])
    assert preview_import(None, path).suggested_mapping["channel"] == 2


def test_names_match_without_accents_by_name_or_code(ready_ws: Workspace, tmp_path: Path) -> None:
    """Channel by code or accent-free name, content group by its code, unit by name without accents."""
    path = csv_file(tmp_path, [
        ["05/03/2026", "Tin một", "union_press", "1.1", "", "", "", "cdcs cong ty may 10"],
        ["06/03/2026", "Tin hai", "MANG XA HOI", "noi dung chuyen sau", "", "", "", ""],
    ])
    assert import_activities(ready_ws, path, today=TODAY).imported == 2
    rows = {r["title"]: r for r in list_activities(ready_ws)}
    assert rows["Tin một"]["channel"] == "Báo chí Công đoàn"
    assert rows["Tin một"]["content_group"] == "1.1 Nội dung chuyên sâu"
    assert rows["Tin một"]["grassroots_unit"] == "CĐCS Công ty May 10"
    assert rows["Tin hai"]["channel"] == "Mạng xã hội"


def test_empty_campaign_is_suggested_from_the_date(ready_ws: Workspace, tmp_path: Path) -> None:
    """A new row without a campaign gets the campaign whose window holds its date, like the form."""
    path = csv_file(tmp_path, [["10/05/2026", "Tin", "Mạng xã hội"], ["10/04/2026", "Tin", "Mạng xã hội"]],
                    HEADERS[:3])
    import_activities(ready_ws, path, today=TODAY)
    assert [r["campaign"] for r in list_activities(ready_ws)] == ["", "Tháng Công nhân"]


def test_rows_of_another_year_use_that_years_plan(ready_ws: Workspace, tmp_path: Path) -> None:
    """A 2025 row is matched against the 2025 plan, created on first need."""
    path = csv_file(tmp_path, [["20/12/2025", "Tết Sum vầy", "Mạng xã hội"]], HEADERS[:3])
    import_activities(ready_ws, path, today=TODAY)
    assert ready_ws.plans.years() == [2025, 2026]
    assert list_activities(ready_ws)[0]["campaign"] == "Tết Sum vầy"


# --- all or nothing -------------------------------------------------------------------------------


def test_one_bad_row_imports_nothing_and_reports_each_problem(ready_ws: Workspace, tmp_path: Path) -> None:
    """Every problem is reported with the row as the file shows it and the column's own name."""
    path = csv_file(tmp_path, [
        ["05/03/2026", "Tin tốt", "Mạng xã hội"],
        ["31/02/2026", "", "Mạng xã hội"],
        ["06/03/2026", "Tin", "Truyền hình vệ tinh"],
        ["2035-01-01", "Tin", "Mạng xã hội"],
    ], ["Ngày đăng", "Tiêu đề", "Kênh"])
    with pytest.raises(ImportFailedError) as caught:
        import_activities(ready_ws, path, today=TODAY)
    found = [(p.row, p.column, p.problem.field) for p in caught.value.row_problems]
    assert found == [(3, "Ngày đăng", "occurred_on"), (3, "Tiêu đề", "title"), (4, "Kênh", "channel"),
                     (5, "Ngày đăng", "occurred_on")]
    assert caught.value.row_problems[2].problem.message == activity_import.UNKNOWN_CHANNEL
    assert live(ready_ws) == 0
    assert caught.value.summary() == ("Nothing was imported: 4 problem(s) in 3 of 4 row(s). "
                                      "Correct the file and import it again.")
    assert caught.value.row_problems[2].render() == (
        "Row 4, column “Kênh”: “Truyền hình vệ tinh” is not a channel of the 2026 plan.")


def test_failed_import_leaves_no_plan_behind(ready_ws: Workspace, tmp_path: Path) -> None:
    """The plan made for a new year while checking is rolled back with everything else."""
    path = csv_file(tmp_path, [["20/12/2024", "Tin", "Mạng xã hội"], ["05/03/2026", "Tin", "Không có"]],
                    HEADERS[:3])
    with pytest.raises(ImportFailedError):
        import_activities(ready_ws, path, today=TODAY)
    assert ready_ws.plans.years() == [2026]


def test_unknown_unit_and_bad_numbers_are_row_problems(ready_ws: Workspace, tmp_path: Path) -> None:
    """An unknown grassroots union and a non-number count are reported; nothing is imported."""
    path = csv_file(tmp_path, [["05/03/2026", "Tin", "Mạng xã hội", "", "", "", "", "CĐCS Không Có",
                                "mười", "-5"]], HEADERS[:10])
    with pytest.raises(ImportFailedError) as caught:
        import_activities(ready_ws, path, today=TODAY)
    assert [(p.column, p.problem.message) for p in caught.value.row_problems] == [
        ("CĐCS", activity_import.UNKNOWN_UNIT),
        ("Số người tham dự", "Enter a whole number, for example 1.500."),
        ("Lượt tiếp cận", "The number cannot be negative.")]


def test_missing_required_column_fails_with_the_file_problem(ready_ws: Workspace, tmp_path: Path) -> None:
    """Without a date, title or channel column nothing is read, and the summary names what is missing."""
    path = csv_file(tmp_path, [["Tin"]], ["Tiêu đề"])
    with pytest.raises(ImportFailedError) as caught:
        import_activities(ready_ws, path, today=TODAY)
    assert caught.value.problem is not None and caught.value.problem.message == import_rows.MISSING_COLUMNS
    assert caught.value.summary() == "Nothing was imported: The file has no column for: Ngày, Kênh."


def test_unreadable_file_is_an_import_failure(ready_ws: Workspace, tmp_path: Path) -> None:
    """A file that is not a spreadsheet fails the import with the reader's message."""
    path = tmp_path / "a.csv"
    path.write_bytes(b"")
    with pytest.raises(ImportFailedError) as caught:
        import_activities(ready_ws, path, today=TODAY)
    assert caught.value.problem is not None and caught.value.problem.message == tabular.EMPTY_FILE


def test_explicit_mapping_is_used_and_progress_reported(ready_ws: Workspace, tmp_path: Path) -> None:
    """A mapping chosen in the dialog overrides the guess; progress ends at (total, total)."""
    path = csv_file(tmp_path, [["Mạng xã hội", "Tin", "05/03/2026", "Ghi chú giả"]], ["A", "B", "C", "D"])
    seen: list[tuple[int, int]] = []
    mapping = {"occurred_on": 2, "title": 1, "channel": 0, "notes": None}
    report = import_activities(ready_ws, path, mapping, progress=lambda d, t: seen.append((d, t)),
                               today=TODAY)
    assert report.imported == 1
    assert list_activities(ready_ws)[0]["notes"] == ""
    assert seen[-1] == (2, 2)


def test_translated_summary_and_rows(ready_ws: Workspace, tmp_path: Path) -> None:
    """Messages go through the given translate function in the "Rules" context."""
    path = csv_file(tmp_path, [["xx", "Tin", "Mạng xã hội"]], HEADERS[:3])
    with pytest.raises(ImportFailedError) as caught:
        import_activities(ready_ws, path, today=TODAY)
    contexts: list[str] = []

    def translate(context: str, text: str) -> str:
        contexts.append(context)
        return text.upper().replace("{ROW}", "{row}").replace("{COLUMN}", "{column}").replace(
            "{MESSAGE}", "{message}")

    assert caught.value.row_problems[0].render(translate).startswith("ROW 2, COLUMN “Ngày”: ENTER A DATE")
    assert set(contexts) == {"Rules"}
