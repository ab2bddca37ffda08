"""Dates, numbers and money for screens and documents: the only module that imports Babel.

On screen dates are dd/MM/yyyy (Babel's short pattern would give a two-digit
year); documents use the long administrative form with leading zeros for days
below 10 and for months 1 and 2 only (NĐ 30/2020).
"""

from __future__ import annotations

import datetime as dt

_locale = "vi_VN"
# Whole numbers are most of what screens show, and the first window must not wait ~15 ms for Babel to
# load: they are grouped here with the locale's separator (tests check this equals Babel's output);
# everything else goes through Babel, imported on first use.
_GROUP_SEPARATOR = {"vi_VN": ".", "en_US": ","}


def _group(value: int, locale: str) -> str:
    return f"{value:,}".replace(",", _GROUP_SEPARATOR[locale])


def set_locale(language: str) -> None:
    """Follow the interface language ('vi' or 'en')."""
    global _locale
    _locale = "en_US" if language == "en" else "vi_VN"


def date(value: dt.date | str | None) -> str:
    """05/03/2026 (an empty string for no date)."""
    if not value:
        return ""
    if isinstance(value, str):
        value = dt.date.fromisoformat(value[:10])
    return f"{value.day:02d}/{value.month:02d}/{value.year}"


def datetime_local(value: str | None) -> str:
    """A stored UTC timestamp as local time: 14:30 05/03/2026."""
    if not value:
        return ""
    stamp = dt.datetime.fromisoformat(value.replace("Z", "+00:00")).astimezone()
    return f"{stamp:%H:%M} {date(stamp.date())}"


def document_date(value: dt.date, place: str) -> str:
    """'Hà Nội, ngày 05 tháng 3 năm 2026' as the date line of an official document (one rule, in domain)."""
    from cdtt_desktop.domain.official import date_line

    return date_line(place, value)


def number(value: int | float | None) -> str:
    """12.345 in Vietnamese (12,345 in English); empty for no value."""
    if value is None:
        return ""
    if isinstance(value, int):
        return _group(value, _locale)
    from babel.numbers import format_decimal

    return format_decimal(value, locale=_locale)


def money(amount: int | None) -> str:
    """Whole đồng on screen: '1.500.000 đ'."""
    if amount is None:
        return ""
    return f"{_group(int(amount), 'vi_VN')} đ"


def money_document(amount: int) -> str:
    """Whole đồng in documents: '1.500.000 đồng'."""
    return f"{_group(int(amount), 'vi_VN')} đồng"


def parse_number(text: str) -> int:
    """'1.500.000' → 1500000 (Vietnamese separators); raises ValueError."""
    from babel.numbers import parse_decimal

    value = parse_decimal(text.strip(), locale="vi_VN", strict=False)
    if value != int(value):
        raise ValueError(text)
    return int(value)
