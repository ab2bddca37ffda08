"""Report periods: every written form, their labels, bad input, campaign windows and target proration."""

from __future__ import annotations

import datetime as dt
import os
import time
from collections.abc import Iterator
from fractions import Fraction

import pytest

from cdtt_desktop.domain.periods import (
    campaign_period,
    check_period,
    exact_target,
    parse_period,
    percent,
    prorated_target,
)

D = dt.date


def test_month_has_its_days_and_labels() -> None:
    """'2026-11' is 1–30 November, 'tháng 11 năm 2026', looking ahead to December."""
    p = parse_period("2026-11")
    assert (p.key, p.start, p.end) == ("2026-11", D(2026, 11, 1), D(2026, 11, 30))
    assert (p.label, p.next_label) == ("tháng 11 năm 2026", "tháng 12 năm 2026")
    assert (p.days, p.whole_months, p.campaign, p.campaign_id) == (30, 1, "", None)


def test_december_looks_ahead_to_january_of_next_year_with_a_leading_zero() -> None:
    """Months 1 and 2 take a leading zero (as in the NĐ 30 date line); December's next period is next year's."""
    p = parse_period("2026-12")
    assert (p.end, p.next_label) == (D(2026, 12, 31), "tháng 01 năm 2027")
    assert parse_period("2026-1").label == "tháng 01 năm 2026"
    assert parse_period("2026-01").key == "2026-01"


@pytest.mark.parametrize(("text", "last_day"), [("2024-02", 29), ("2026-02", 28), ("2000-02", 29), ("2100-02", 28)])
def test_february_ends_on_the_last_day_of_leap_and_common_years(text: str, last_day: int) -> None:
    """February has 29 days in leap years (2000, 2024) and 28 otherwise (2026, 2100)."""
    p = parse_period(text)
    assert p.end == D(p.start.year, 2, last_day)
    assert p.label == f"tháng 02 năm {p.start.year}"
    assert p.next_label == f"tháng 3 năm {p.start.year}"


@pytest.mark.parametrize(("text", "start", "end", "label", "next_label"), [
    ("2026-Q1", D(2026, 1, 1), D(2026, 3, 31), "quý I năm 2026", "quý II năm 2026"),
    ("2026-Q2", D(2026, 4, 1), D(2026, 6, 30), "quý II năm 2026", "quý III năm 2026"),
    ("2026-Q3", D(2026, 7, 1), D(2026, 9, 30), "quý III năm 2026", "quý IV năm 2026"),
    ("2026-Q4", D(2026, 10, 1), D(2026, 12, 31), "quý IV năm 2026", "quý I năm 2027"),
    ("2026-q4", D(2026, 10, 1), D(2026, 12, 31), "quý IV năm 2026", "quý I năm 2027"),
    ("2026-H1", D(2026, 1, 1), D(2026, 6, 30), "6 tháng đầu năm 2026", "6 tháng cuối năm 2026"),
    ("2026-H2", D(2026, 7, 1), D(2026, 12, 31), "6 tháng cuối năm 2026", "6 tháng đầu năm 2027"),
    (" 2026 ", D(2026, 1, 1), D(2026, 12, 31), "năm 2026", "năm 2027"),
])
def test_quarters_halves_and_years(text: str, start: dt.date, end: dt.date, label: str, next_label: str) -> None:
    """Quarters in Roman numerals, half-years as '6 tháng đầu/cuối năm', years as 'năm'; the next period follows."""
    p = parse_period(text)
    assert (p.start, p.end, p.label, p.next_label) == (start, end, label, next_label)
    assert p.key == text.strip().upper()


def test_a_leap_year_has_366_days() -> None:
    """The year 2024 covers 366 days in 12 whole months."""
    p = parse_period("2024")
    assert (p.days, p.whole_months) == (366, 12)
    assert parse_period("2024-Q1").days == 91


@pytest.mark.parametrize(("text", "message"), [
    ("2026-13", "There is no month 13"),
    ("2026-00", "There is no month 00"),
    ("2026-Q5", "There is no quarter Q5"),
    ("2026-Q0", "There is no quarter Q0"),
    ("2026-H3", "There is no half-year H3"),
    ("1989", "The year must be between 1990 and 2200"),
    ("abc", "Write the period as 2026-11"),
    ("", "Write the period as 2026-11"),
    ("2026-11-05", "Write the period as 2026-11"),
    ("11/2026", "Write the period as 2026-11"),
    ("26-11", "Write the period as 2026-11"),
])
def test_bad_periods_raise_a_clear_message(text: str, message: str) -> None:
    """A wrong period raises ValueError naming what is wrong; check_period returns the same as a Problem."""
    with pytest.raises(ValueError, match=message):
        parse_period(text)
    period, problem = check_period(text)
    assert period is None
    assert problem is not None and problem.field == "period"
    assert problem.render().startswith(message)


def test_a_campaign_period_is_its_window() -> None:
    """A campaign's report covers its window, is named after it with its year, and looks to 'thời gian tới'."""
    p = campaign_period("c1", "Tháng Công nhân", D(2026, 5, 1), D(2026, 5, 30))
    assert (p.key, p.start, p.end, p.campaign, p.campaign_id) == ("campaign:c1", D(2026, 5, 1), D(2026, 5, 30),
                                                                   "Tháng Công nhân", "c1")
    assert (p.label, p.next_label) == ("đợt Tháng Công nhân năm 2026", "thời gian tới")
    assert p.whole_months is None


def test_a_campaign_across_the_new_year_names_both_years() -> None:
    """Tết Sum vầy from December to February is 'năm 2026–2027'; a name holding its year is not repeated."""
    assert campaign_period("t", "Tết Sum vầy", D(2026, 12, 1), D(2027, 2, 11)).label == "đợt Tết Sum vầy năm 2026–2027"
    assert campaign_period("x", "Hội thi năm 2026", D(2026, 3, 1), D(2026, 3, 9)).label == "đợt Hội thi năm 2026"


def test_a_campaign_name_is_stored_text() -> None:
    """The campaign's name passes through clean(): NFC and trimmed."""
    p = campaign_period("c", "  Tha\u0301ng Công nhân ", D(2026, 5, 1), D(2026, 5, 30))
    assert p.campaign == "Tháng Công nhân"


def test_a_campaign_cannot_end_before_it_starts() -> None:
    """A window that ends before it starts is refused."""
    with pytest.raises(ValueError, match="ends before it starts"):
        campaign_period("c", "X", D(2026, 5, 2), D(2026, 5, 1))


@pytest.mark.parametrize(("text", "start", "end"), [
    ("2026-11", D(2026, 12, 1), D(2026, 12, 31)),
    ("2026-12", D(2027, 1, 1), D(2027, 1, 31)),
    ("2024-01", D(2024, 2, 1), D(2024, 2, 29)),
    ("2026-Q4", D(2027, 1, 1), D(2027, 3, 31)),
    ("2026-H1", D(2026, 7, 1), D(2026, 12, 31)),
    ("2026", D(2027, 1, 1), D(2027, 12, 31)),
])
def test_the_next_window_is_the_following_period(text: str, start: dt.date, end: dt.date) -> None:
    """'Phương hướng' looks ahead to the next month, quarter, half-year or year."""
    assert parse_period(text).next_window() == (start, end)


def test_after_a_campaign_the_next_window_is_90_days() -> None:
    """After a campaign, the next window is the 90 days that follow it."""
    p = campaign_period("c", "X", D(2026, 5, 1), D(2026, 5, 30))
    assert p.next_window() == (D(2026, 5, 31), D(2026, 8, 28))


@pytest.fixture
def vietnam_time() -> Iterator[None]:
    """The process's local time zone is Vietnam's (UTC+7) for the test."""
    if not hasattr(time, "tzset"):
        pytest.skip("time zones cannot be switched here")
    before = os.environ.get("TZ")
    os.environ["TZ"] = "Asia/Ho_Chi_Minh"
    time.tzset()
    yield
    if before is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = before
    time.tzset()


@pytest.mark.usefixtures("vietnam_time")
def test_utc_bounds_follow_local_midnight() -> None:
    """Stored UTC timestamps of a local month run from 17:00 UTC the day before to 17:00 UTC on the last day."""
    assert parse_period("2026-11").utc_bounds() == ("2026-10-31T17:00:00.000000Z", "2026-11-30T17:00:00.000000Z")


@pytest.mark.parametrize(("quantity", "unit", "text", "expected"), [
    (4, "month", "2026-Q4", 12),  # a monthly 4 over a quarter
    (4, "month", "2026", 48),
    (12, "year", "2026-11", 1),  # a yearly 12 over a month
    (4, "year", "2026-11", 1),  # 1/3 rounds to 0: at least 1
    (100, "year", "2026-H1", 50),
    (3, "quarter", "2026", 12),
    (3, "quarter", "2026-11", 1),
    (1, "day", "2024", 366),  # a leap year
    (1, "day", "2024-02", 29),
    (4, "day", "2026-11", 120),
    (1, "week", "2026-Q4", 13),  # 92 days / 7 = 13.14
    (1, "week", "2026-11", 4),  # 30 / 7 = 4.29
    (2, "week", "2026-11", 9),  # 60 / 7 = 8.57
])
def test_targets_are_prorated_to_the_period(quantity: int, unit: str, text: str, expected: int) -> None:
    """Whole months count months, days and weeks count days; rounded half up, never below 1."""
    assert prorated_target(quantity, unit, parse_period(text)) == expected


def test_a_target_over_a_campaign_counts_days() -> None:
    """Over a campaign's 30 days a monthly target of 2 asks 2 × 30 × 12 / 365 ≈ 1.97, so 2."""
    p = campaign_period("c", "X", D(2026, 5, 1), D(2026, 5, 30))
    assert exact_target(2, "month", p) == Fraction(2 * 30 * 12, 365)
    assert prorated_target(2, "month", p) == 2
    assert prorated_target(1, "day", p) == 30


def test_half_is_rounded_up() -> None:
    """A target of exactly x.5 rounds up (half up, not to even)."""
    p = parse_period("2026-11")
    assert exact_target(3, "quarter", p) == 1
    assert exact_target(6, "year", p) == Fraction(1, 2)
    assert prorated_target(30, "year", p) == 3  # 2.5 → 3
    assert prorated_target(18, "year", p) == 2  # 1.5 → 2


def test_an_unknown_target_unit_is_refused() -> None:
    """Only day, week, month, quarter and year are target periods."""
    with pytest.raises(ValueError, match="unknown target period"):
        exact_target(1, "decade", parse_period("2026"))


def test_percent_is_whole_and_rounded_half_up() -> None:
    """Achieved is a whole percentage; without a target there is none."""
    assert [percent(5, 4), percent(1, 3), percent(2, 3), percent(1, 8), percent(0, 4)] == [125, 33, 67, 13, 0]
    assert percent(3, None) is None and percent(3, 0) is None

