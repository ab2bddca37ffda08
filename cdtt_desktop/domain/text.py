"""Vietnamese text rules: the normalisation boundary, accent folding and sort keys.

Every string that enters the application passes through `clean()`: NFC, the
Icelandic Eth (U+00D0) that slips in from copied text becomes Đ (U+0110), and
surrounding whitespace goes. `fold()` is the one place that turns text into its
accent-free search form; `sort_key()` orders names as a Vietnamese reader expects.
"""

from __future__ import annotations

import re
import unicodedata

_ETH = str.maketrans({"\u00d0": "\u0110", "\u00f0": "\u0111"})
_DD = str.maketrans({"đ": "d", "Đ": "D"})
_WORD = re.compile(r"\w+", re.UNICODE)


def clean(value: str | None) -> str:
    """Return `value` as stored text: NFC, Ð→Đ, trimmed. None becomes ''."""
    if value is None:
        return ""
    text = unicodedata.normalize("NFC", str(value).translate(_ETH))
    return text.strip()


def clean_multiline(value: str | None) -> str:
    """Like `clean`, but also normalises line endings and trims each line's end."""
    text = clean(value).replace("\r\n", "\n").replace("\r", "\n")
    return "\n".join(line.rstrip() for line in text.split("\n"))


def fold(value: str | None) -> str:
    """Accent-free, case-free form for search: 'Mái ấm Công đoàn' → 'mai am cong doan'."""
    if not value:
        return ""
    decomposed = unicodedata.normalize("NFD", clean(value).translate(_DD))
    bare = "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")
    return " ".join(bare.casefold().split())


def fts_query(user_text: str | None, *, prefix_last: bool = True) -> str | None:
    """An FTS5 MATCH expression for what a user typed, or None when nothing is searchable.

    Each folded word is quoted, so no input (quotes, brackets, minus signs, AND/OR)
    can reach the FTS5 query syntax. The last word matches as a prefix, which is
    what search-as-you-type needs.
    """
    words = _WORD.findall(fold(user_text).replace("_", " "))
    if not words:
        return None
    parts = [f'"{w}"' for w in words]
    if prefix_last:
        parts[-1] += "*"
    return " ".join(parts)


# Vietnamese alphabetical order; letters outside it (f, j, w, z) slot in by Latin position.
_ALPHABET = "a ă â b c d đ e ê f g h i j k l m n o ô ơ p q r s t u ư v w x y z".split()
_LETTER_RANK = {letter: i for i, letter in enumerate(_ALPHABET)}
# Tone order used by Vietnamese dictionaries: level, grave, hook, tilde, acute, dot.
_TONE_RANK = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}
_LETTER_MARKS = {"\u0306", "\u0302", "\u031b"}  # breve, circumflex, horn: part of the letter


def _split_letter(ch: str) -> tuple[str, int]:
    """Return (letter without tone, tone rank) for one lowercase character."""
    parts = unicodedata.normalize("NFD", ch)
    tone = 0
    kept = []
    for p in parts:
        if p in _TONE_RANK:
            tone = _TONE_RANK[p]
        else:
            kept.append(p)
    return unicodedata.normalize("NFC", "".join(kept)), tone


def sort_key(value: str | None) -> str:
    """A string whose code-point order is Vietnamese order (a < ă < â, d < đ, tones last).

    Stored in `*_sort` columns so that SQLite can sort and index without a
    Python collation.
    """
    text = clean(value).casefold()
    primary: list[str] = []
    tones: list[str] = []
    for ch in text:
        letter, tone = _split_letter(ch)
        rank = _LETTER_RANK.get(letter)
        if rank is not None:
            primary.append(chr(0x100 + rank))
        elif letter.isdigit():
            primary.append(letter)
        elif letter.isspace():
            primary.append(" ")
        elif letter.isalpha():
            primary.append(chr(0x200 + ord(letter)))
        else:
            continue  # punctuation does not take part in alphabetical order
        tones.append(chr(0x30 + tone))
    return "".join(primary) + "\x01" + "".join(tones) + "\x01" + clean(value)


def person_sort_key(full_name: str | None) -> str:
    """Sort people by given name (the last word) first, then by the rest of the name."""
    words = clean(full_name).split()
    if not words:
        return sort_key("")
    return sort_key(words[-1] + " " + " ".join(words[:-1]))


def vi_sorted(values: list[str]) -> list[str]:
    """Return `values` in Vietnamese alphabetical order."""
    return sorted(values, key=sort_key)
