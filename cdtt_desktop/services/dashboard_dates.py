"""The calendar of a year on the Tổng quan page: the plan's campaigns and the key dates of the union's work.

Key dates are fixed days of the solar calendar, plus Tết Nguyên đán, which moves with the lunar calendar and is
read from a small table (1st day of the first lunar month, Vietnam's time zone). Their names are the proper
names of national days, written in Vietnamese like the plan's own data.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from cdtt_desktop.services.workspace import Workspace

CAMPAIGN, KEY_DATE = "campaign", "key_date"

# (month, day, name): the days the plan's propaganda is built around.
KEY_DATES: tuple[tuple[int, int, str], ...] = (
    (2, 3, "Ngày thành lập Đảng Cộng sản Việt Nam"),
    (3, 8, "Ngày Quốc tế Phụ nữ"),
    (4, 30, "Ngày Giải phóng miền Nam, thống nhất đất nước"),
    (5, 1, "Ngày Quốc tế Lao động"),
    (5, 19, "Ngày sinh Chủ tịch Hồ Chí Minh"),
    (7, 28, "Ngày thành lập Công đoàn Việt Nam"),
    (9, 2, "Ngày Quốc khánh"),
    (10, 20, "Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam"),
)
TET_NAME = "Tết Nguyên đán"
# The first day of the lunar year; a year missing from the table simply shows no Tết.
TET: dict[int, dt.date] = {
    2025: dt.date(2025, 1, 29), 2026: dt.date(2026, 2, 17), 2027: dt.date(2027, 2, 6),
    2028: dt.date(2028, 1, 26), 2029: dt.date(2029, 2, 13), 2030: dt.date(2030, 2, 3),
}


@dataclass(frozen=True)
class CalendarEntry:
    day: dt.date
    end: dt.date | None  # the last day of a campaign; None for a key date
    name: str
    kind: str  # CAMPAIGN | KEY_DATE


def key_dates(year: int) -> list[CalendarEntry]:
    entries = [CalendarEntry(dt.date(year, month, day), None, name, KEY_DATE) for month, day, name in KEY_DATES]
    if year in TET:
        entries.append(CalendarEntry(TET[year], None, TET_NAME, KEY_DATE))
    return entries


def year_calendar(ws: Workspace, year: int) -> tuple[CalendarEntry, ...]:
    """Key dates of `year` and every live campaign whose window meets it, in date order."""
    first, last = dt.date(year, 1, 1).isoformat(), dt.date(year, 12, 31).isoformat()
    entries = key_dates(year)
    for row in ws.db.execute(
            "SELECT c.name, c.starts_on, c.ends_on FROM campaigns c JOIN plans p ON p.id = c.plan_id "
            "WHERE c.deleted_at IS NULL AND p.deleted_at IS NULL AND c.starts_on <= ? AND c.ends_on >= ?",
            [last, first]):
        entries.append(CalendarEntry(dt.date.fromisoformat(row[1]), dt.date.fromisoformat(row[2]), row[0], CAMPAIGN))
    # A key date sorts before a campaign starting the same day: the day is what the campaign marks.
    entries.sort(key=lambda e: (e.day, e.kind != KEY_DATE, e.name))
    return tuple(entries)
