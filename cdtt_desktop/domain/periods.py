"""Report periods: a month, a quarter, a half-year, a year or a campaign's window, and targets over them.

A period is written "2026-11", "2026-Q4", "2026-H2" or "2026" (the command line and the register use these
keys); a campaign's period is made from its window. Labels are the Vietnamese words a report uses:
"tháng 11 năm 2026", "quý IV năm 2026", "6 tháng cuối năm 2026", "năm 2026". Months 1 and 2 take a leading
zero ("tháng 01 năm 2026"), as in the date line of NĐ 30, so that 1 cannot be turned into 11 or 12 by hand.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from fractions import Fraction

from cdtt_desktop.domain.messages import QT_TRANSLATE_NOOP, Problem
from cdtt_desktop.domain.text import clean

FIRST_YEAR, LAST_YEAR = 1990, 2200  # the years a plan may have (storage CHECK)
ROMAN = ("I", "II", "III", "IV")

BAD_PERIOD = QT_TRANSLATE_NOOP(
    "Rules", "Write the period as 2026-11 (a month), 2026-Q4 (a quarter), 2026-H2 (a half-year) or 2026 (a year).")
BAD_MONTH = QT_TRANSLATE_NOOP("Rules", "There is no month {month}: write 01 to 12.")
BAD_QUARTER = QT_TRANSLATE_NOOP("Rules", "There is no quarter {quarter}: write Q1 to Q4.")
BAD_HALF = QT_TRANSLATE_NOOP("Rules", "There is no half-year {half}: write H1 or H2.")
BAD_YEAR = QT_TRANSLATE_NOOP("Rules", "The year must be between {low} and {high}.")
BAD_WINDOW = QT_TRANSLATE_NOOP("Rules", "The campaign ends before it starts.")

_FORMS = re.compile(r"^(\d{4})(?:-(?:(\d{1,2})|[Qq](\d+)|[Hh](\d+)))?$")


@dataclass(frozen=True)
class ReportPeriod:
    """The days a report covers (both ends included) and how the report names them."""

    key: str  # "2026-11", "2026-Q4", "2026-H2", "2026" or "campaign:<id>"
    start: dt.date
    end: dt.date
    label: str  # "tháng 11 năm 2026"
    next_label: str  # what "Phương hướng" looks ahead to: "tháng 12 năm 2026"; "thời gian tới" for a campaign
    campaign: str = ""  # the campaign's name, for a campaign's report
    campaign_id: str | None = None

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    @property
    def whole_months(self) -> int | None:
        """How many calendar months the period is made of, or None when it is not whole months."""
        if self.start.day != 1 or self.end != _month_end(self.end.year, self.end.month):
            return None
        return (self.end.year - self.start.year) * 12 + self.end.month - self.start.month + 1

    def contains(self, day: dt.date) -> bool:
        return self.start <= day <= self.end

    def utc_bounds(self) -> tuple[str, str]:
        """The period's local days as stored UTC timestamps ('…Z'): [its first midnight, the midnight after)."""
        def stamp(day: dt.date) -> str:
            return dt.datetime.combine(day, dt.time()).astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
        return stamp(self.start), stamp(self.end + dt.timedelta(days=1))

    def next_window(self) -> tuple[dt.date, dt.date]:
        """The days of the period "Phương hướng" looks ahead to: the next month, quarter, half-year or year;
        the 90 days after a campaign."""
        start = self.end + dt.timedelta(days=1)
        months = self.whole_months
        if months is None:
            return start, self.end + dt.timedelta(days=90)
        last = start.month - 1 + months - 1  # months after January of start.year, zero-based
        return start, _month_end(start.year + last // 12, last % 12 + 1)


def month_word(month: int) -> str:
    """'tháng 01', 'tháng 11': months 1 and 2 with a leading zero (NĐ 30)."""
    return f"tháng {month:02d}" if month < 3 else f"tháng {month}"


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def month_period(year: int, month: int) -> ReportPeriod:
    after = (year + 1, 1) if month == 12 else (year, month + 1)
    return ReportPeriod(f"{year}-{month:02d}", dt.date(year, month, 1), _month_end(year, month),
                        f"{month_word(month)} năm {year}", f"{month_word(after[1])} năm {after[0]}")


def quarter_period(year: int, quarter: int) -> ReportPeriod:
    after = (year + 1, 1) if quarter == 4 else (year, quarter + 1)
    first = 3 * quarter - 2
    return ReportPeriod(f"{year}-Q{quarter}", dt.date(year, first, 1), _month_end(year, first + 2),
                        f"quý {ROMAN[quarter - 1]} năm {year}", f"quý {ROMAN[after[1] - 1]} năm {after[0]}")


def _half_words(half: int, year: int) -> str:
    return f"6 tháng {'đầu' if half == 1 else 'cuối'} năm {year}"


def half_period(year: int, half: int) -> ReportPeriod:
    after = (year + 1, 1) if half == 2 else (year, 2)
    first = 1 if half == 1 else 7
    return ReportPeriod(f"{year}-H{half}", dt.date(year, first, 1), _month_end(year, first + 5),
                        _half_words(half, year), _half_words(*after[::-1]))


def year_period(year: int) -> ReportPeriod:
    return ReportPeriod(str(year), dt.date(year, 1, 1), dt.date(year, 12, 31), f"năm {year}", f"năm {year + 1}")


def campaign_period(campaign_id: str, name: str, start: dt.date, end: dt.date) -> ReportPeriod:
    """A campaign's window: 'đợt Tháng Công nhân năm 2026' (two years when it crosses the new year)."""
    if end < start:
        raise ValueError(Problem("period", BAD_WINDOW).render())
    name = clean(name)
    years = str(start.year) if start.year == end.year else f"{start.year}–{end.year}"
    label = f"đợt {name}" if years in name else f"đợt {name} năm {years}"
    return ReportPeriod(f"campaign:{campaign_id}", start, end, label, "thời gian tới", campaign=name,
                        campaign_id=campaign_id)


def check_period(text: str) -> tuple[ReportPeriod | None, Problem | None]:
    """The period written in `text`, or the problem with it (English source text, 'Rules' context)."""
    found = _FORMS.match(text.strip())
    if not found:
        return None, Problem("period", BAD_PERIOD)
    year = int(found[1])
    if not FIRST_YEAR <= year <= LAST_YEAR:
        return None, Problem("period", BAD_YEAR, {"low": FIRST_YEAR, "high": LAST_YEAR})
    month, quarter, half = found[2], found[3], found[4]
    if month is not None:
        if not 1 <= int(month) <= 12:
            return None, Problem("period", BAD_MONTH, {"month": month})
        return month_period(year, int(month)), None
    if quarter is not None:
        if not 1 <= int(quarter) <= 4:
            return None, Problem("period", BAD_QUARTER, {"quarter": f"Q{quarter}"})
        return quarter_period(year, int(quarter)), None
    if half is not None:
        if int(half) not in (1, 2):
            return None, Problem("period", BAD_HALF, {"half": f"H{half}"})
        return half_period(year, int(half)), None
    return year_period(year), None


def parse_period(text: str) -> ReportPeriod:
    """'2026-11', '2026-Q4', '2026-H2' or '2026' as a period; raises ValueError saying what is wrong."""
    period, problem = check_period(text)
    if period is None:
        raise ValueError(f"{text!r}: {problem.render() if problem else BAD_PERIOD}")
    return period


# --- targets over a period -----------------------------------------------------------------------------

_UNIT_DAYS = {"day": 1, "week": 7}
_UNIT_MONTHS = {"month": 1, "quarter": 3, "year": 12}


def exact_target(quantity: int, unit: str, period: ReportPeriod) -> Fraction:
    """What a target of `quantity` per `unit` asks over `period`, before rounding.

    Daily and weekly targets count days (a leap year's 366 days ask 366 daily posts). Monthly, quarterly and
    yearly targets count calendar months when the period is whole months (a monthly 4 over a quarter is 12,
    a yearly 12 over a month is 1), and days otherwise (a campaign): a month is then 365/12 days.
    """
    if unit in _UNIT_DAYS:
        return Fraction(quantity * period.days, _UNIT_DAYS[unit])
    if unit not in _UNIT_MONTHS:
        raise ValueError(f"unknown target period: {unit!r}")
    months = period.whole_months
    if months is not None:
        return Fraction(quantity * months, _UNIT_MONTHS[unit])
    return Fraction(quantity * period.days * 12, 365 * _UNIT_MONTHS[unit])


def prorated_target(quantity: int, unit: str, period: ReportPeriod) -> int:
    """The target of the period as a whole number: rounded half up, and at least 1.

    A target the plan sets asks for something in every period; without the floor of 1 a yearly target
    of 4 would ask nothing of a month, and "% achieved" would have nothing to divide by.
    """
    exact = exact_target(quantity, unit, period)
    return max(1, int(exact + Fraction(1, 2)))


def percent(actual: int, target: int | None) -> int | None:
    """Achieved as a whole percentage (rounded half up), None without a target."""
    if not target:
        return None
    return int(Fraction(actual * 100, target) + Fraction(1, 2))
