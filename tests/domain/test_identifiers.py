"""CCCD numbers and mobile phone numbers typed for a beneficiary."""

from __future__ import annotations

import pytest

from cdtt_desktop.domain import identifiers as ids
from cdtt_desktop.domain.identifiers import cccd_birth_year, check_cccd, mask_cccd, normalise_phone


@pytest.mark.parametrize(("number", "year", "sex"), [
    ("079085001234", 1985, "male"),
    ("001190012345", 1990, "female"),
    ("031203000777", 2003, "male"),
    ("048305123456", 2005, "female"),
    ("079085001234", None, None),
    ("079085001234", 1985, None),
    ("079085001234", None, "male"),
    (" 079085001234 ", 1985, "male"),
])
def test_valid_cccd_passes(number: str, year: int | None, sex: str | None) -> None:
    """12 digits whose digit 4 and digits 5–6 agree with the birth year and sex pass."""
    assert check_cccd(number, birth_year=year, sex=sex) is None


def test_empty_cccd_is_left_to_the_required_rule() -> None:
    """An empty CCCD is not a format problem (whether it is required is decided elsewhere)."""
    assert check_cccd("  ", birth_year=1985, sex="male") is None


@pytest.mark.parametrize(("number", "length"), [("07908500123", 11), ("0790850012345", 13), ("123456789", 9)])
def test_cccd_must_have_12_digits(number: str, length: int) -> None:
    """Too short or too long: the message says how many digits were typed."""
    problem = check_cccd(number, birth_year=None, sex=None)
    assert problem is not None and problem.message == ids.CCCD_WRONG_LENGTH
    assert problem.field == "cccd" and problem.args == {"length": length}


@pytest.mark.parametrize("number", ["07908500123A", "079 085 001 234", "079-085-001234", "０７９０８５００１２３４"])
def test_cccd_must_be_digits_only(number: str) -> None:
    """Letters, spaces, dashes and full-width digits are refused."""
    problem = check_cccd(number, birth_year=None, sex=None)
    assert problem is not None and problem.message == ids.CCCD_NOT_DIGITS


@pytest.mark.parametrize(("number", "year", "cccd_year"), [
    ("079285001234", 1985, 2085),   # 2000s code for someone born in the 1900s
    ("079003001234", 2003, 1903),   # 1900s code for someone born in the 2000s
    ("079086001234", 1985, 1986),   # right century, wrong year digits
])
def test_cccd_year_must_match_birth_year(number: str, year: int, cccd_year: int) -> None:
    """Digit 4 (century) and digits 5–6 (year) must give the birth year."""
    problem = check_cccd(number, birth_year=year, sex=None)
    assert problem is not None and problem.message == ids.CCCD_YEAR_MISMATCH
    assert problem.args == {"cccd_year": cccd_year, "year": year}


@pytest.mark.parametrize(("number", "sex", "message"), [
    ("079185001234", "male", ids.CCCD_SEX_MISMATCH_MALE),      # 1 = woman born in the 1900s
    ("079303001234", "male", ids.CCCD_SEX_MISMATCH_MALE),      # 3 = woman born in the 2000s
    ("001090012345", "female", ids.CCCD_SEX_MISMATCH_FEMALE),  # 0 = man born in the 1900s
    ("031205000777", "female", ids.CCCD_SEX_MISMATCH_FEMALE),  # 2 = man born in the 2000s
])
def test_cccd_sex_digit_must_match_sex(number: str, sex: str, message: str) -> None:
    """An odd digit 4 is a woman, an even one a man, in every century."""
    problem = check_cccd(number, birth_year=None, sex=sex)
    assert problem is not None and problem.message == message and problem.args == {"digit": number[3]}


@pytest.mark.parametrize(("number", "year"), [("079085001234", 1985), ("079190001234", 1990),
                                              ("079203001234", 2003), ("079305001234", 2005),
                                              ("079401001234", 2101), ("079abc001234", None)])
def test_cccd_birth_year_decodes_digits_4_to_6(number: str, year: int | None) -> None:
    """Digit 4 halves to the century; digits 5–6 are the year within it."""
    assert cccd_birth_year(number) == year


@pytest.mark.parametrize(("number", "masked"), [
    ("079085001234", "079******234"),
    (" 001190012345 ", "001******345"),
    ("12345", "*****"),
    ("07908500123A", "************"),
    ("", ""),
])
def test_mask_cccd_shows_only_first_and_last_three(number: str, masked: str) -> None:
    """A 12-digit CCCD keeps 3+3 digits; anything else is masked whole, keeping its length."""
    assert mask_cccd(number) == masked


@pytest.mark.parametrize("typed", ["+84 912 345 678", "84912345678", "0912.345.678", "0912 345 678",
                                   "0912-345-678", "+84 (0) 912 345 678", "0912\u00a0345\u00a0678", "0912345678"])
def test_phone_forms_are_stored_as_0xxxxxxxxx(typed: str) -> None:
    """+84, 84, spaces, dots and dashes are accepted and stored as a 10-digit 0… number."""
    assert normalise_phone(typed) == ("0912345678", None, None)


@pytest.mark.parametrize("typed", ["0321234567", "0861234567", "0701234567", "0871234567", "0991234567"])
def test_known_prefixes_do_not_warn(typed: str) -> None:
    """Viettel, MobiFone, iTel, Gmobile… prefixes from the reference list pass quietly."""
    assert normalise_phone(typed) == (typed, None, None)


def test_empty_phone_is_nothing() -> None:
    """Nothing typed: no number, no problem."""
    assert normalise_phone("  ") == (None, None, None)


@pytest.mark.parametrize(("typed", "message"), [
    ("02438123456", ids.PHONE_LANDLINE),
    ("+84 24 3812 3456", ids.PHONE_LANDLINE),
    ("091234567", ids.PHONE_NOT_MOBILE),
    ("09123456789", ids.PHONE_NOT_MOBILE),
    ("0112345678", ids.PHONE_NOT_MOBILE),
    ("0912abc678", ids.PHONE_NOT_DIGITS),
    ("số 0912345678", ids.PHONE_NOT_DIGITS),
])
def test_bad_phones_are_refused(typed: str, message: str) -> None:
    """Landline length, wrong length, a non-mobile start or letters are errors, and nothing is stored."""
    stored, error, warning = normalise_phone(typed)
    assert stored is None and warning is None
    assert error is not None and error.message == message and error.field == "phone" and not error.warning


def test_unknown_prefix_warns_but_keeps_the_number() -> None:
    """A mobile-shaped number with a prefix not on the list is stored, with a warning."""
    stored, error, warning = normalise_phone("050 123 4567")
    assert stored == "0501234567" and error is None
    assert warning is not None and warning.warning and warning.message == ids.PHONE_UNKNOWN_PREFIX
    assert warning.args == {"prefix": "050"}


def test_prefix_list_is_configurable() -> None:
    """A caller's list replaces the built-in one."""
    assert normalise_phone("0501234567", prefixes=["050"]) == ("0501234567", None, None)
    assert normalise_phone("0912345678", prefixes=["050"])[2] is not None


def test_messages_render_with_their_arguments() -> None:
    """Each problem's placeholders are filled by its arguments."""
    problem = check_cccd("079086001234", birth_year=1985, sex="male")
    assert problem is not None and problem.render() == (
        "This CCCD number is for someone born in 1986, but the birth year is 1985.")
