"""One formatting module: screen dates, document dates, money and numbers."""

from __future__ import annotations

import datetime as dt

import pytest

from cdtt_desktop import formatting as fmt


@pytest.fixture(autouse=True)
def vietnamese() -> None:
    fmt.set_locale("vi")


def test_screen_dates_have_four_digit_years() -> None:
    """dd/MM/yyyy, never Babel's two-digit short year."""
    assert fmt.date(dt.date(2026, 3, 5)) == "05/03/2026"
    assert fmt.date("2026-12-01") == "01/12/2026"
    assert fmt.date(None) == ""


@pytest.mark.parametrize(
    ("day", "line"),
    [
        (dt.date(2026, 3, 5), "Hà Nội, ngày 05 tháng 3 năm 2026"),
        (dt.date(2025, 2, 9), "Hà Nội, ngày 09 tháng 02 năm 2025"),
        (dt.date(2025, 1, 15), "Hà Nội, ngày 15 tháng 01 năm 2025"),
        (dt.date(2025, 12, 1), "Hà Nội, ngày 01 tháng 12 năm 2025"),
    ],
)
def test_document_date_line(day: dt.date, line: str) -> None:
    """Leading zero for days below 10 and for months 1 and 2 only (NĐ 30/2020)."""
    assert fmt.document_date(day, "Hà Nội") == line


def test_money_is_whole_dong() -> None:
    """'1.500.000 đ' on screen, '1.500.000 đồng' in documents."""
    assert fmt.money(1_500_000) == "1.500.000 đ"
    assert fmt.money_document(1_005_000) == "1.005.000 đồng"
    assert fmt.money(None) == ""


def test_numbers_follow_the_language() -> None:
    """Vietnamese separators by default, English ones after switching."""
    assert fmt.number(1234567) == "1.234.567"
    fmt.set_locale("en")
    assert fmt.number(1234567) == "1,234,567"


def test_parse_number() -> None:
    """'1.500.000' reads back as an integer; a fraction is refused."""
    assert fmt.parse_number("1.500.000") == 1_500_000
    with pytest.raises(ValueError):
        fmt.parse_number("1,5")


def test_local_time_from_utc() -> None:
    """A stored UTC timestamp shows as local time with the screen date."""
    assert fmt.datetime_local("2026-03-05T01:02:03.000000Z").endswith("/2026")


@pytest.mark.parametrize("language", ["vi", "en"])
def test_whole_numbers_match_babel(language: str) -> None:
    """The fast path for whole numbers gives exactly what Babel gives, negatives and zero included."""
    from babel.numbers import format_decimal

    fmt.set_locale(language)
    locale = "vi_VN" if language == "vi" else "en_US"
    for value in (0, 7, -12, 999, 1000, 123456, -1234567, 10**12 + 5):
        assert fmt.number(value) == format_decimal(value, locale=locale)


def test_fractions_go_through_babel() -> None:
    """A fraction uses the decimal comma in Vietnamese."""
    assert fmt.number(1234.5) == "1.234,5"
