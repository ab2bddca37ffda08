"""Parsing and checking of single values typed by people: counts, dates, links, abbreviations."""

from __future__ import annotations

import contextlib
import datetime as dt
import re

from cdtt_desktop.domain import messages as m
from cdtt_desktop.domain.messages import Problem
from cdtt_desktop.domain.text import clean

MAX_COUNT = 1_000_000_000
EARLIEST_DATE = dt.date(1990, 1, 1)
_ABBR = re.compile(r"^[A-ZĐ0-9]+(?:-[A-ZĐ0-9]+)*$")
_URL = re.compile(r"^https?://[^\s/$.?#][^\s]*$", re.IGNORECASE)
_DATE_PATTERNS = (
    re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$"),  # dd/mm/yyyy, the Vietnamese way
)
_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?$")


def parse_count(text: object, field: str) -> tuple[int | None, Problem | None]:
    """Parse a whole, non-negative number written the Vietnamese way ('1.500', '1 500', '1500')."""
    if text is None or (isinstance(text, str) and not clean(text)):
        return None, None
    if isinstance(text, bool):
        return None, Problem(field, m.NOT_A_NUMBER)
    if isinstance(text, int):
        value = text
    elif isinstance(text, float):
        if not text.is_integer():
            return None, Problem(field, m.NOT_A_NUMBER)
        value = int(text)
    else:
        raw = clean(str(text)).replace("\u00a0", "").replace(" ", "").replace(".", "")
        if raw.startswith("-") and raw[1:].isdigit():
            return None, Problem(field, m.NEGATIVE)
        if not raw.isdigit():
            return None, Problem(field, m.NOT_A_NUMBER)
        value = int(raw)
    if value < 0:
        return None, Problem(field, m.NEGATIVE)
    if value > MAX_COUNT:
        return None, Problem(field, m.TOO_LARGE, {"limit": f"{MAX_COUNT:,}".replace(",", ".")})
    return value, None


def parse_date(value: object, field: str) -> tuple[dt.date | None, Problem | None]:
    """Parse dd/mm/yyyy (or ISO yyyy-mm-dd, or a date object) into a date."""
    if value is None or (isinstance(value, str) and not clean(value)):
        return None, None
    if isinstance(value, dt.datetime):
        return value.date(), None
    if isinstance(value, dt.date):
        return value, None
    text = clean(str(value))
    iso = _ISO.match(text)
    with contextlib.suppress(ValueError):  # 31/02/2026 and the like: reported below
        if iso:
            return dt.date(int(iso[1]), int(iso[2]), int(iso[3])), None
        for pattern in _DATE_PATTERNS:
            found = pattern.match(text)
            if found:
                return dt.date(int(found[3]), int(found[2]), int(found[1])), None
    return None, Problem(field, m.BAD_DATE)


def check_date_range(
    value: dt.date, field: str, *, today: dt.date, future_days: int = 366
) -> Problem | None:
    """A date for a log entry must lie between 1990 and a year from today."""
    if value < EARLIEST_DATE:
        return Problem(field, m.DATE_TOO_EARLY, {"limit": EARLIEST_DATE.strftime("%d/%m/%Y")})
    latest = today + dt.timedelta(days=future_days)
    if value > latest:
        return Problem(field, m.DATE_TOO_LATE, {"limit": latest.strftime("%d/%m/%Y")})
    return None


def check_length(value: str, field: str, limit: int) -> Problem | None:
    if len(value) > limit:
        return Problem(field, m.TOO_LONG, {"limit": limit, "length": len(value)})
    return None


def check_url(value: str, field: str) -> Problem | None:
    if value and not _URL.match(value):
        return Problem(field, m.BAD_URL)
    return None


def check_abbreviation(value: str, field: str) -> Problem | None:
    if not value:
        return Problem(field, m.REQUIRED)
    if not _ABBR.match(value) or len(value) > 20:
        return Problem(field, m.BAD_ABBR)
    return None


def required(value: object, field: str) -> Problem | None:
    if value is None or (isinstance(value, str) and not value):
        return Problem(field, m.REQUIRED)
    return None
