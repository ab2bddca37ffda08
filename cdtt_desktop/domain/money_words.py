"""Amounts of money in words, as Vietnamese accounting papers write them ("Bằng chữ").

1.005.000 → "Một triệu không trăm linh năm nghìn đồng". The rules, in groups of three digits:
every group after the first nonzero one is read in full ("không trăm" for an empty hundreds
place, "linh" for a units digit with no tens); "mười" is ten, "mươi" the tens of 20–90; after
"mươi" a 1 is "mốt" and a 4 is "tư"; after "mười" or "mươi" a 5 is "lăm". Groups that are
all zeros are left out. Billions are counted with the same words, so 10^12 is "một nghìn tỷ".
"""

from __future__ import annotations

MAX_AMOUNT = 999_999_999_999_999
BILLION = 1_000_000_000

_DIGITS = ("không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín")
_SCALES = ("", "nghìn", "triệu")  # below a billion; "tỷ" is applied to whatever count of billions


def amount_in_words(amount: int) -> str:
    """The amount in words, capitalised and ending with "đồng"; whole đồng from 0 to MAX_AMOUNT."""
    # bool is an int subclass; a float would hide rounding, and money is never fractional here
    if isinstance(amount, bool) or not isinstance(amount, int):
        raise TypeError(f"amount must be a whole number of đồng, not {type(amount).__name__}")
    if amount < 0:
        raise ValueError("amount cannot be negative")
    if amount > MAX_AMOUNT:
        raise ValueError(f"amount is above the largest allowed ({MAX_AMOUNT})")
    words = _number(amount, inner=False) if amount else _DIGITS[0]
    return f"{words[0].upper()}{words[1:]} đồng"


def _number(value: int, *, inner: bool) -> str:
    """Words for 0 < value; `inner` when higher groups were already read (so groups are read in full)."""
    if value >= BILLION:
        billions, rest = divmod(value, BILLION)
        head = f"{_number(billions, inner=inner)} tỷ"
        return f"{head} {_below_billion(rest, inner=True)}" if rest else head
    return _below_billion(value, inner=inner)


def _below_billion(value: int, *, inner: bool) -> str:
    """Words for 0 < value < 10^9, group by group, skipping empty groups."""
    groups: list[int] = []
    while value:
        value, group = divmod(value, 1000)
        groups.append(group)
    parts: list[str] = []
    for index in range(len(groups) - 1, -1, -1):
        group = groups[index]
        if not group:
            continue
        words = _group(group, full=inner or bool(parts))
        parts.append(f"{words} {_SCALES[index]}".rstrip())
    return " ".join(parts)


def _group(group: int, *, full: bool) -> str:
    """Words for 0 < group < 1000; `full` reads the hundreds even when zero ("không trăm")."""
    hundreds, rest = divmod(group, 100)
    tens, units = divmod(rest, 10)
    parts: list[str] = []
    if hundreds or full:
        parts.append(f"{_DIGITS[hundreds]} trăm")
    if tens == 0:
        if units:
            parts.append(f"linh {_DIGITS[units]}" if parts else _DIGITS[units])
    elif tens == 1:
        parts.append("mười" + (f" {_after_tens(units, after_muoi=False)}" if units else ""))
    else:
        parts.append(f"{_DIGITS[tens]} mươi" + (f" {_after_tens(units, after_muoi=True)}" if units else ""))
    return " ".join(parts)


def _after_tens(units: int, *, after_muoi: bool) -> str:
    """The units digit after "mười"/"mươi": 5 is "lăm"; after "mươi" 1 is "mốt" and 4 is "tư"."""
    if units == 5:
        return "lăm"
    if after_muoi and units == 1:
        return "mốt"
    if after_muoi and units == 4:
        return "tư"
    return _DIGITS[units]
