"""Amounts in words, Vietnamese accounting style, against a golden table worked out by hand."""

from __future__ import annotations

import pytest

from cdtt_desktop.domain.money_words import MAX_AMOUNT, amount_in_words

GOLDEN = [
    (0, "Không đồng"),
    (1, "Một đồng"),
    (5, "Năm đồng"),
    (10, "Mười đồng"),
    (11, "Mười một đồng"),
    (14, "Mười bốn đồng"),
    (15, "Mười lăm đồng"),
    (20, "Hai mươi đồng"),
    (21, "Hai mươi mốt đồng"),
    (24, "Hai mươi tư đồng"),
    (25, "Hai mươi lăm đồng"),
    (31, "Ba mươi mốt đồng"),
    (55, "Năm mươi lăm đồng"),
    (99, "Chín mươi chín đồng"),
    (100, "Một trăm đồng"),
    (101, "Một trăm linh một đồng"),
    (104, "Một trăm linh bốn đồng"),
    (105, "Một trăm linh năm đồng"),
    (110, "Một trăm mười đồng"),
    (111, "Một trăm mười một đồng"),
    (115, "Một trăm mười lăm đồng"),
    (121, "Một trăm hai mươi mốt đồng"),
    (999, "Chín trăm chín mươi chín đồng"),
    (1_000, "Một nghìn đồng"),
    (1_001, "Một nghìn không trăm linh một đồng"),
    (1_010, "Một nghìn không trăm mười đồng"),
    (1_050, "Một nghìn không trăm năm mươi đồng"),
    (1_100, "Một nghìn một trăm đồng"),
    (2_026, "Hai nghìn không trăm hai mươi sáu đồng"),
    (5_000, "Năm nghìn đồng"),
    (5_005, "Năm nghìn không trăm linh năm đồng"),
    (10_000, "Mười nghìn đồng"),
    (15_000, "Mười lăm nghìn đồng"),
    (21_000, "Hai mươi mốt nghìn đồng"),
    (100_000, "Một trăm nghìn đồng"),
    (105_000, "Một trăm linh năm nghìn đồng"),
    (1_000_000, "Một triệu đồng"),
    (1_000_005, "Một triệu không trăm linh năm đồng"),
    (1_005_000, "Một triệu không trăm linh năm nghìn đồng"),
    (1_001_001, "Một triệu không trăm linh một nghìn không trăm linh một đồng"),
    (1_500_000, "Một triệu năm trăm nghìn đồng"),
    (20_000_000, "Hai mươi triệu đồng"),
    (50_500_000, "Năm mươi triệu năm trăm nghìn đồng"),
    (60_000_000, "Sáu mươi triệu đồng"),
    (149_400_000, "Một trăm bốn mươi chín triệu bốn trăm nghìn đồng"),
    (1_000_000_000, "Một tỷ đồng"),
    (1_000_000_005, "Một tỷ không trăm linh năm đồng"),
    (1_234_567_890, "Một tỷ hai trăm ba mươi tư triệu năm trăm sáu mươi bảy nghìn tám trăm chín mươi đồng"),
    (10_000_000_000, "Mười tỷ đồng"),
    (25_050_000_000, "Hai mươi lăm tỷ không trăm năm mươi triệu đồng"),
    (1_000_000_000_000, "Một nghìn tỷ đồng"),
    (1_500_000_000_000, "Một nghìn năm trăm tỷ đồng"),
    (2_026_000_000_000, "Hai nghìn không trăm hai mươi sáu tỷ đồng"),
    (2_000_500_000_000, "Hai nghìn tỷ năm trăm triệu đồng"),
    (MAX_AMOUNT, "Chín trăm chín mươi chín nghìn chín trăm chín mươi chín tỷ chín trăm chín mươi chín triệu "
                 "chín trăm chín mươi chín nghìn chín trăm chín mươi chín đồng"),
]


def test_golden_table_is_large_enough() -> None:
    """The issue asks for at least 40 hand-checked amounts, including zero and the largest allowed."""
    amounts = [amount for amount, _ in GOLDEN]
    assert len(set(amounts)) >= 40 and 0 in amounts and MAX_AMOUNT in amounts


@pytest.mark.parametrize(("amount", "words"), GOLDEN, ids=[str(a) for a, _ in GOLDEN])
def test_amount_in_words_matches_golden_table(amount: int, words: str) -> None:
    """Each amount reads as Vietnamese accounting papers write it."""
    assert amount_in_words(amount) == words


def test_largest_amount_is_999_trillion() -> None:
    """MAX_AMOUNT is 999.999.999.999.999 đồng."""
    assert MAX_AMOUNT == 999_999_999_999_999


@pytest.mark.parametrize("amount", [-1, -5, -1_000_000])
def test_negative_amounts_are_refused(amount: int) -> None:
    """A negative amount has no words on a payment paper."""
    with pytest.raises(ValueError, match="negative"):
        amount_in_words(amount)


@pytest.mark.parametrize("amount", [MAX_AMOUNT + 1, 10**18])
def test_amounts_above_the_maximum_are_refused(amount: int) -> None:
    """Amounts above MAX_AMOUNT are refused rather than read wrongly."""
    with pytest.raises(ValueError, match="largest"):
        amount_in_words(amount)


@pytest.mark.parametrize("amount", [True, False, 1.0, 1500.5, "1500", None])
def test_non_integers_are_refused(amount: object) -> None:
    """Only whole đồng as int: bool, float and text are type errors."""
    with pytest.raises(TypeError):
        amount_in_words(amount)  # type: ignore[arg-type]


@pytest.mark.parametrize("amount", [7, 19, 47, 308, 4_014, 70_071, 1_234_004, 900_000_011, 12_345_678_901_234])
def test_words_are_well_formed(amount: int) -> None:
    """Capitalised, one space between words, 'đồng' last; 'mốt' and 'tư' only after 'mươi'."""
    words = amount_in_words(amount)
    tokens = words.split(" ")
    assert words[0].isupper() and words[1:] == words[1:].lower()
    assert "" not in tokens and tokens[-1] == "đồng"
    for before, token in zip(tokens, tokens[1:], strict=False):
        if token in ("mốt", "tư"):
            assert before == "mươi"
        if token == "linh":
            assert before == "trăm"
