"""Counts, dates, links and abbreviations typed by people."""

from __future__ import annotations

import datetime as dt

import pytest

from cdtt_desktop.domain import messages as m
from cdtt_desktop.domain.activities import ActivityInput, validate_activity
from cdtt_desktop.domain.values import check_abbreviation, check_url, parse_count, parse_date

TODAY = dt.date(2026, 5, 12)


@pytest.mark.parametrize(("text", "value"), [("1.500", 1500), ("1 500", 1500), ("1500", 1500), (" 0 ", 0),
                                             (12, 12), (3.0, 3), ("", None), (None, None)])
def test_counts_accept_vietnamese_separators(text: object, value: int | None) -> None:
    """'1.500' is one thousand five hundred, as Vietnamese writes it."""
    assert parse_count(text, "f") == (value, None)


@pytest.mark.parametrize(("text", "message"), [("abc", m.NOT_A_NUMBER), ("-5", m.NEGATIVE), ("1,5", m.NOT_A_NUMBER),
                                               (2.5, m.NOT_A_NUMBER), ("99999999999", m.TOO_LARGE)])
def test_bad_counts_say_why(text: object, message: str) -> None:
    """Each bad count gets the message that explains it."""
    value, problem = parse_count(text, "participants")
    assert value is None and problem is not None
    assert problem.message == message and problem.field == "participants"


@pytest.mark.parametrize(("text", "value"), [("05/03/2026", dt.date(2026, 3, 5)), ("5/3/2026", dt.date(2026, 3, 5)),
                                             ("2026-03-05", dt.date(2026, 3, 5)), ("05.03.2026", dt.date(2026, 3, 5))])
def test_dates_are_day_first(text: str, value: dt.date) -> None:
    """Dates are read day first (dd/mm/yyyy), or ISO."""
    assert parse_date(text, "d") == (value, None)


@pytest.mark.parametrize("text", ["31/02/2026", "2026/13/01", "hôm qua", "13-2026"])
def test_bad_dates_are_reported(text: str) -> None:
    """Impossible or unreadable dates are a problem, not an exception."""
    value, problem = parse_date(text, "occurred_on")
    assert value is None and problem is not None and problem.message == m.BAD_DATE


def test_links_and_abbreviations() -> None:
    """Links need http(s); abbreviations are capitals and digits joined by '-'."""
    assert check_url("https://laodong.vn/cong-doan/x.ldo", "url") is None
    assert check_url("laodong.vn", "url") is not None
    assert check_abbreviation("LĐLĐ", "a") is None and check_abbreviation("CĐ-KCN", "a") is None
    assert check_abbreviation("cd phường", "a") is not None and check_abbreviation("", "a") is not None


def test_activity_validation_reports_every_problem_at_once() -> None:
    """An empty form yields one problem per required field, all together."""
    values, problems = validate_activity(ActivityInput(url="ftp://x", participants="nhiều"), today=TODAY)
    assert values is None
    assert {p.field for p in problems} == {"occurred_on", "title", "channel", "url", "participants"}


def test_activity_validation_cleans_text() -> None:
    """A valid activity comes back with cleaned text and parsed numbers."""
    import unicodedata

    raw = ActivityInput(occurred_on="10/05/2026", title=unicodedata.normalize("NFD", "  Ðối thoại  "),
                        channel_id="c", participants="1.200", notes="a\r\nb  ")
    values, problems = validate_activity(raw, today=TODAY)
    assert problems == [] and values is not None
    assert values.title == "Đối thoại" and values.participants == 1200 and values.notes == "a\nb"


def test_activity_date_window() -> None:
    """A date before 1990 or over a year ahead is refused with the limit in the message."""
    for day in ("01/01/1980", "01/01/2030"):
        _, problems = validate_activity(ActivityInput(occurred_on=day, title="T", channel_id="c"), today=TODAY)
        assert [p.field for p in problems] == ["occurred_on"]
        assert "limit" in problems[0].args
