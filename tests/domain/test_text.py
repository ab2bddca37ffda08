"""The text boundary, accent folding, FTS quoting and Vietnamese sort order."""

from __future__ import annotations

import unicodedata

import pytest

from cdtt_desktop.domain.text import clean, fold, fts_query, person_sort_key, sort_key, vi_sorted


def test_clean_normalises_to_nfc_and_trims() -> None:
    """NFD input (Windows' built-in keyboard) becomes NFC; whitespace around goes."""
    nfd = unicodedata.normalize("NFD", "  Nguyễn Thị Đào \n")
    assert len(nfd) > len("Nguyễn Thị Đào")
    assert clean(nfd) == "Nguyễn Thị Đào"
    assert unicodedata.is_normalized("NFC", clean(nfd))


def test_clean_maps_eth_to_dj() -> None:
    """The Icelandic Eth (U+00D0) that slips in from copied text becomes Đ (U+0110)."""
    assert clean("\u00d0oàn") == "\u0110oàn"
    assert clean("\u00f0") == "\u0111"


def test_clean_of_none_is_empty() -> None:
    """None and whitespace are the empty string."""
    assert clean(None) == "" and clean("   ") == ""


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Mái ấm Công đoàn", "mai am cong doan"),
        ("Nguyễn Thị Đào", "nguyen thi dao"),
        ("ĐOÀN VIÊN", "doan vien"),
        ("ễ ườ ỹ", "e uo y"),  # letters with two marks
        ("  nhiều   khoảng  trắng ", "nhieu khoang trang"),
    ],
)
def test_fold(text: str, folded: str) -> None:
    """Folding drops every mark, maps đ to d and lowercases."""
    assert fold(text) == folded


def test_fts_query_quotes_every_word() -> None:
    """Each word is quoted and only the last is a prefix; syntax characters disappear."""
    assert fts_query('nguyen-van"(') == '"nguyen" "van"*'
    assert fts_query("Mái ấm") == '"mai" "am"*'
    assert fts_query("AND OR", prefix_last=False) == '"and" "or"'
    assert fts_query('"()*') is None


def test_vietnamese_alphabet_order() -> None:
    """a < ă < â, d < đ, o < ô < ơ, u < ư — not code-point order."""
    words = ["ư", "u", "ơ", "ô", "o", "đ", "d", "â", "ă", "a"]
    assert vi_sorted(words) == ["a", "ă", "â", "d", "đ", "o", "ô", "ơ", "u", "ư"]
    assert sorted(words) != vi_sorted(words)


def test_names_sort_like_a_vietnamese_reader_expects() -> None:
    """Đặng comes after Dương and before Trần; Ngô before Nguyễn."""
    assert vi_sorted(["Trần", "Đặng", "Nguyễn", "Ngô", "Dương"]) == ["Dương", "Đặng", "Ngô", "Nguyễn", "Trần"]


def test_tones_break_ties_after_letters() -> None:
    """Tone marks order words only when the letters are equal: an < án < ăn."""
    assert vi_sorted(["ăn", "án", "an"]) == ["an", "án", "ăn"]
    assert sort_key("ba") < sort_key("bà") < sort_key("bả") < sort_key("bã") < sort_key("bá") < sort_key("bạ")


def test_people_sort_by_given_name_first() -> None:
    """Lists of people sort by the last word (given name) first."""
    names = ["Nguyễn Văn Ánh", "Dương Thị An", "Nguyễn Văn Ăn", "Đặng Văn Bình", "Nguyễn Văn An", "Nguyễn Văn Âu"]
    assert sorted(names, key=person_sort_key) == [
        "Dương Thị An", "Nguyễn Văn An", "Nguyễn Văn Ánh", "Nguyễn Văn Ăn", "Nguyễn Văn Âu", "Đặng Văn Bình"]


def test_sort_key_ignores_case_and_normal_form() -> None:
    """Capitals and NFD do not change the primary order."""
    assert sort_key("ĐÀO").split("\x01")[0] == sort_key(unicodedata.normalize("NFD", "đào")).split("\x01")[0]
