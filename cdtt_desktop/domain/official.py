"""The rules of an official document (NĐ 30/2020/NĐ-CP, Phụ lục I): kinds, numbers, the date line, the profile.

Everything here is plain data and arithmetic; drawing lives in services/pdf_render.py.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, fields, replace
from enum import StrEnum
from typing import Any

from cdtt_desktop.domain.messages import QT_TRANSLATE_NOOP, Problem


class DocKind(StrEnum):
    """Document kinds with the abbreviation of Phụ lục III as their value."""

    REPORT = "BC"  # báo cáo
    PROPOSAL = "TTr"  # tờ trình
    RECORD = "BB"  # biên bản


KIND_TITLES = {DocKind.REPORT: "BÁO CÁO", DocKind.PROPOSAL: "TỜ TRÌNH", DocKind.RECORD: "BIÊN BẢN"}


def number_line(number: int | None, kind: DocKind | str, issuer_abbreviation: str) -> str:
    """'Số: 05/BC-LĐLĐ': a leading 0 below 10; no number yet gives the dotted blank of a draft."""
    symbol = f"{DocKind(kind).value}-{issuer_abbreviation}" if issuer_abbreviation else DocKind(kind).value
    shown = f"{number:02d}" if number is not None else "\u2026\u2026"
    return f"Số: {shown}/{symbol}"


def date_words(day: dt.date) -> str:
    """'ngày 05 tháng 3 năm 2026': a leading 0 on days below 10 and on months 1 and 2 only.

    The rule stops 1 being turned into 11 or 12 by hand; Babel has no pattern for it.
    """
    month = f"{day.month:02d}" if day.month < 3 else str(day.month)
    return f"ngày {day.day:02d} tháng {month} năm {day.year}"


def date_line(place: str, day: dt.date) -> str:
    """'Hà Nội, ngày 05 tháng 3 năm 2026'."""
    return f"{place}, {date_words(day)}" if place else date_words(day)


@dataclass(frozen=True)
class Range:
    low: float
    high: float


@dataclass(frozen=True)
class FormatProfile:
    """The page and type settings of a document, with the defaults of NĐ 30; sizes in mm and pt."""

    margin_top: float = 20
    margin_bottom: float = 20
    margin_left: float = 30
    margin_right: float = 15
    header_size: float = 12  # parent and issuing body, national title
    motto_size: float = 13  # one size above the national title
    body_size: float = 14
    first_line_indent_cm: float = 1.27
    paragraph_space: float = 6
    line_spacing: float = 1.15
    recipients_size: float = 11

    def to_dict(self) -> dict[str, float]:
        return {k: float(v) for k, v in asdict(self).items()}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> FormatProfile:
        """A profile from stored values; unknown keys and values of the wrong type are ignored."""
        known = {f.name for f in fields(cls)}
        values = {k: float(v) for k, v in data.items() if k in known and isinstance(v, int | float)}
        return replace(cls(), **values)

    def problems(self) -> list[Problem]:
        out = []
        for name, allowed in PROFILE_RANGES.items():
            value = getattr(self, name)
            if not allowed.low <= value <= allowed.high:
                out.append(Problem(name, OUT_OF_RANGE, {"low": _shown(allowed.low), "high": _shown(allowed.high)}))
        return out


OUT_OF_RANGE = QT_TRANSLATE_NOOP("Rules", "NĐ 30 allows {low} to {high} here.")


def _shown(value: float) -> str:
    return f"{value:g}".replace(".", ",")


# Allowed by NĐ 30 (line spacing: single up to 1.5 lines; paragraph space: at least 6 pt).
PROFILE_RANGES: dict[str, Range] = {
    "margin_top": Range(20, 25),
    "margin_bottom": Range(20, 25),
    "margin_left": Range(30, 35),
    "margin_right": Range(15, 20),
    "header_size": Range(12, 13),
    "motto_size": Range(13, 14),
    "body_size": Range(13, 14),
    "first_line_indent_cm": Range(1.0, 1.27),
    "paragraph_space": Range(6, 12),
    "line_spacing": Range(1.0, 1.5),
    "recipients_size": Range(11, 11),
}

PROFILE_LABELS: dict[str, str] = {
    "margin_top": QT_TRANSLATE_NOOP("Settings", "Top margin (mm)"),
    "margin_bottom": QT_TRANSLATE_NOOP("Settings", "Bottom margin (mm)"),
    "margin_left": QT_TRANSLATE_NOOP("Settings", "Left margin (mm)"),
    "margin_right": QT_TRANSLATE_NOOP("Settings", "Right margin (mm)"),
    "header_size": QT_TRANSLATE_NOOP("Settings", "Header text size (pt)"),
    "motto_size": QT_TRANSLATE_NOOP("Settings", "Motto size (pt)"),
    "body_size": QT_TRANSLATE_NOOP("Settings", "Body text size (pt)"),
    "first_line_indent_cm": QT_TRANSLATE_NOOP("Settings", "First-line indent (cm)"),
    "paragraph_space": QT_TRANSLATE_NOOP("Settings", "Space between paragraphs (pt)"),
    "line_spacing": QT_TRANSLATE_NOOP("Settings", "Line spacing (lines)"),
    "recipients_size": QT_TRANSLATE_NOOP("Settings", "Recipient list size (pt)"),
}
