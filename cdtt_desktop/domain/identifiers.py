"""Personal identifiers typed by officers: the CCCD number and mobile phone numbers.

A CCCD (số định danh cá nhân) has 12 digits and no check digit: digits 1–3 are the province where
the birth was registered, digit 4 the century and sex (1900s: 0 male, 1 female; 2000s: 2/3; 2100s:
4/5 …), digits 5–6 the last two digits of the birth year. Only digits 4–6 can be checked against
what else is known. Mobile numbers have had 10 digits since 2018; they are stored as 0xxxxxxxxx.
A prefix not on the list only warns, because networks add prefixes more often than the app updates.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from cdtt_desktop.domain.messages import QT_TRANSLATE_NOOP, Problem
from cdtt_desktop.domain.text import clean

CCCD_LENGTH = 12
MOBILE_PREFIXES = frozenset({
    "032", "033", "034", "035", "036", "037", "038", "039", "086", "096", "097", "098",  # Viettel
    "081", "082", "083", "084", "085", "088", "091", "094",  # VinaPhone
    "070", "076", "077", "078", "079", "089", "090", "093",  # MobiFone
    "052", "055", "056", "058", "092",  # Vietnamobile and others
    "059", "099",  # Gmobile
    "087",  # iTel
})

CCCD_WRONG_LENGTH = QT_TRANSLATE_NOOP("Rules", "A CCCD number has exactly 12 digits (this one has {length}).")
CCCD_NOT_DIGITS = QT_TRANSLATE_NOOP("Rules", "A CCCD number has digits only, with no spaces or letters.")
CCCD_YEAR_MISMATCH = QT_TRANSLATE_NOOP(
    "Rules", "This CCCD number is for someone born in {cccd_year}, but the birth year is {year}.")
CCCD_SEX_MISMATCH_MALE = QT_TRANSLATE_NOOP(
    "Rules", "Digit 4 of this CCCD number ({digit}) is for a woman, but the sex is male.")
CCCD_SEX_MISMATCH_FEMALE = QT_TRANSLATE_NOOP(
    "Rules", "Digit 4 of this CCCD number ({digit}) is for a man, but the sex is female.")
PHONE_NOT_DIGITS = QT_TRANSLATE_NOOP(
    "Rules", "A phone number has digits only; spaces, dots and +84 are allowed.")
PHONE_LANDLINE = QT_TRANSLATE_NOOP(
    "Rules", "This looks like a landline number; enter a 10-digit mobile number, for example 0912 345 678.")
PHONE_NOT_MOBILE = QT_TRANSLATE_NOOP(
    "Rules", "Enter a 10-digit mobile number, for example 0912 345 678 or +84 912 345 678.")
PHONE_UNKNOWN_PREFIX = QT_TRANSLATE_NOOP(
    "Rules", "The prefix {prefix} is not a known mobile network; check the number.")

_SEPARATORS = re.compile(r"[\s.\-()]+")
_MOBILE = re.compile(r"^0[35789]\d{8}$")
_LANDLINE = re.compile(r"^02\d{9}$")


def cccd_birth_year(number: str) -> int | None:
    """The birth year a valid 12-digit CCCD encodes (digit 4 gives the century, digits 5–6 the year)."""
    if len(number) != CCCD_LENGTH or not number.isascii() or not number.isdigit():
        return None
    return 1900 + int(number[3]) // 2 * 100 + int(number[4:6])


def check_cccd(number: str, *, birth_year: int | None, sex: str | None) -> Problem | None:
    """Problem with a CCCD number, or None; an empty number is not this rule's concern (None).

    `sex` is "male" or "female"; anything else (or None) skips the sex check, and a None
    `birth_year` skips the year check.
    """
    text = clean(number)
    if not text:
        return None
    if not text.isascii() or not text.isdigit():
        return Problem("cccd", CCCD_NOT_DIGITS)
    if len(text) != CCCD_LENGTH:
        return Problem("cccd", CCCD_WRONG_LENGTH, {"length": len(text)})
    encoded_year = cccd_birth_year(text)
    if birth_year is not None and encoded_year != birth_year:
        return Problem("cccd", CCCD_YEAR_MISMATCH, {"cccd_year": encoded_year, "year": birth_year})
    female_code = int(text[3]) % 2 == 1  # odd codes are women in every century
    if sex == "male" and female_code:
        return Problem("cccd", CCCD_SEX_MISMATCH_MALE, {"digit": text[3]})
    if sex == "female" and not female_code:
        return Problem("cccd", CCCD_SEX_MISMATCH_FEMALE, {"digit": text[3]})
    return None


def mask_cccd(number: str) -> str:
    """'079******123': the first and last three digits only; anything else masked whole, same length."""
    text = clean(number)
    if len(text) == CCCD_LENGTH and text.isascii() and text.isdigit():
        return f"{text[:3]}{'*' * (CCCD_LENGTH - 6)}{text[-3:]}"
    return "*" * len(text)


def normalise_phone(
    text: str, *, prefixes: Iterable[str] | None = None
) -> tuple[str | None, Problem | None, Problem | None]:
    """(stored 0xxxxxxxxx, error, warning) for a typed mobile number; (None, None, None) when empty.

    Accepts +84 / 84 / 0 at the start and spaces, dots, dashes and brackets between digits. A
    number whose prefix is not in `prefixes` (default MOBILE_PREFIXES) is kept with a warning.
    """
    typed = _SEPARATORS.sub("", clean(text))
    if not typed:
        return None, None, None
    digits = typed[1:] if typed.startswith("+") else typed
    if not digits.isascii() or not digits.isdigit():
        return None, Problem("phone", PHONE_NOT_DIGITS), None
    number = _national(digits, international=typed.startswith("+"))
    if _LANDLINE.match(number):
        return None, Problem("phone", PHONE_LANDLINE), None
    if not _MOBILE.match(number):
        return None, Problem("phone", PHONE_NOT_MOBILE), None
    known = MOBILE_PREFIXES if prefixes is None else frozenset(prefixes)
    if number[:3] not in known:
        return number, None, Problem("phone", PHONE_UNKNOWN_PREFIX, {"prefix": number[:3]}, warning=True)
    return number, None, None


def _national(digits: str, *, international: bool) -> str:
    """The national form 0xxxxxxxxx of digits that may start with the country code 84."""
    if digits.startswith("84") and (international or len(digits) in (11, 12)):
        rest = digits[2:]
        # "+84 (0) 912 …" keeps the trunk zero that should have been dropped
        return rest if rest.startswith("0") else f"0{rest}"
    return digits
