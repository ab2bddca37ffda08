"""What an official document says, as plain data: the header, the body blocks and the closing.

Builders (services/doc_*.py) fill an `OfficialDocument` from the records; the renderer draws it in the
format profile. The model is also what the register stores and hashes: `to_json()` is canonical, so the
same content always gives the same SHA-256, and `content_digest()` leaves out the number and date so
that issuing unchanged content again can reopen the document already issued.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import asdict, dataclass
from typing import Any, Literal

from cdtt_desktop.domain.official import DocKind, date_line, number_line
from cdtt_desktop.domain.text import clean

Align = Literal["left", "center", "right"]


@dataclass(frozen=True)
class Heading:
    """A section heading: level 1 'I. Đặc điểm tình hình' (bold), level 2 '1. …' (bold), 3 italic."""

    text: str
    level: int = 1
    kind: Literal["heading"] = "heading"


@dataclass(frozen=True)
class Paragraph:
    """Body text, justified with a first-line indent; `indent=False` for list-like lines."""

    text: str
    indent: bool = True
    kind: Literal["paragraph"] = "paragraph"


@dataclass(frozen=True)
class Table:
    """A table of text cells; `widths` are fractions of the text width; the last row may be a total."""

    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...] = ()
    align: tuple[Align, ...] = ()
    total_row: bool = False
    caption: str = ""
    kind: Literal["table"] = "table"


@dataclass(frozen=True)
class Image:
    """A photo by its attachment SHA-256, drawn at most `max_height_mm` high, with a caption under it."""

    sha256: str
    caption: str = ""
    max_height_mm: float = 95
    kind: Literal["image"] = "image"


@dataclass(frozen=True)
class PageBreak:
    kind: Literal["page_break"] = "page_break"


@dataclass(frozen=True)
class Chart:
    """A chart drawn across the text width: bars (stacked: `stacked`) or lines, one value per category.

    `series` holds (name, values) pairs with one whole number per category, named in the legend;
    `value_label` names the vertical axis ("Số hoạt động").
    """

    title: str
    chart_type: Literal["bars", "lines"]
    categories: tuple[str, ...]
    series: tuple[tuple[str, tuple[int, ...]], ...]
    stacked: bool = False
    value_label: str = ""
    kind: Literal["chart"] = "chart"


Block = Heading | Paragraph | Table | Image | PageBreak | Chart
BLOCK_TYPES: dict[str, type] = {"heading": Heading, "paragraph": Paragraph, "table": Table, "image": Image,
                                "page_break": PageBreak, "chart": Chart}


@dataclass(frozen=True)
class Signature:
    """The block at the bottom right: 'TM. BAN THƯỜNG VỤ' / 'CHỦ TỊCH', the space to sign, the name."""

    authority: str  # "TM. BAN THƯỜNG VỤ", "KT. CHỦ TỊCH" or ""
    title: str  # "CHỦ TỊCH", "PHÓ CHỦ TỊCH"
    name: str


@dataclass(frozen=True)
class Party:
    """One side of a record (biên bản): who signs for it."""

    label: str  # "ĐẠI DIỆN BÊN GIAO"
    name: str


@dataclass(frozen=True)
class OfficialDocument:
    kind: DocKind
    parent_body: str  # "LIÊN ĐOÀN LAO ĐỘNG THÀNH PHỐ HÀ NỘI" (may be empty)
    issuer: str  # "CÔNG ĐOÀN PHƯỜNG HOÀN KIẾM"
    issuer_abbreviation: str  # "CĐP"
    place: str
    subject: str  # the line under the title, bold
    blocks: tuple[Block, ...]
    signature: Signature
    recipients: tuple[str, ...] = ()  # "Nơi nhận:" lines without the dash and the final ';'
    addressees: tuple[str, ...] = ()  # "Kính gửi:" for a tờ trình
    appendix: tuple[Block, ...] = ()  # after a page break, headed "PHỤ LỤC"
    appendix_title: str = ""
    parties: tuple[Party, ...] = ()  # a biên bản signs with two or more parties instead of `signature`
    number: int | None = None  # None until issued
    issued_on: dt.date | None = None
    title: str = ""  # defaults to the kind's title (BÁO CÁO…)
    # Key figures the document reports, not drawn: (name, value) pairs the upper level adds up across
    # units ("activities", "participants"…). Part of the data, so part of the hashes.
    summary: tuple[tuple[str, int], ...] = ()
    period: str = ""  # the report period's key ("2026-11", "2026-Q4", "campaign:<id>"), not drawn

    @property
    def number_text(self) -> str:
        return number_line(self.number, self.kind, self.issuer_abbreviation)

    def date_text(self, today: dt.date) -> str:
        return date_line(self.place, self.issued_on or today)

    def to_data(self) -> dict[str, Any]:
        data = asdict(self)
        data["kind"] = self.kind.value
        data["issued_on"] = self.issued_on.isoformat() if self.issued_on else None
        return data

    def to_json(self) -> str:
        return json.dumps(self.to_data(), ensure_ascii=False, sort_keys=True, separators=(",", ":"))

    def digest(self) -> str:
        """SHA-256 of everything the PDF is made from."""
        return hashlib.sha256(self.to_json().encode("utf-8")).hexdigest()

    def content_digest(self) -> str:
        """SHA-256 of the content alone: the same whatever number and date it was issued with."""
        data = self.to_data()
        data["number"] = data["issued_on"] = None
        text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
        return hashlib.sha256(text.encode("utf-8")).hexdigest()

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> OfficialDocument:
        values = dict(data)
        values["kind"] = DocKind(values["kind"])
        values["issued_on"] = dt.date.fromisoformat(values["issued_on"]) if values.get("issued_on") else None
        values["blocks"] = tuple(_block(b) for b in values.get("blocks", ()))
        values["appendix"] = tuple(_block(b) for b in values.get("appendix", ()))
        values["signature"] = Signature(**values["signature"])
        values["parties"] = tuple(Party(**p) for p in values.get("parties", ()))
        for name in ("recipients", "addressees"):
            values[name] = tuple(values.get(name, ()))
        values["summary"] = tuple((str(k), int(v)) for k, v in values.get("summary", ()))
        return cls(**values)


def _block(data: dict[str, Any]) -> Block:
    values = dict(data)
    block_type = BLOCK_TYPES[values["kind"]]
    for name in ("header", "widths", "align", "categories"):
        if name in values:
            values[name] = tuple(values[name])
    if "rows" in values:
        values["rows"] = tuple(tuple(r) for r in values["rows"])
    if "series" in values:
        values["series"] = tuple((str(name), tuple(int(v) for v in points)) for name, points in values["series"])
    return block_type(**values)  # type: ignore[no-any-return]


def all_text(document: OfficialDocument, today: dt.date) -> list[str]:
    """Every string the renderer will draw (for the font check and the NFC rule)."""
    out = [document.parent_body, document.issuer, document.number_text, document.date_text(today),
           document.title, document.subject, document.appendix_title, *document.recipients, *document.addressees]
    if not document.parties:  # a record is signed by its parties instead
        out += [document.signature.authority, document.signature.title, document.signature.name]
    out += [s for p in document.parties for s in (p.label, p.name)]
    for block in (*document.blocks, *document.appendix):
        if isinstance(block, Heading | Paragraph):
            out.append(block.text)
        elif isinstance(block, Table):
            out += [*block.header, block.caption, *(c for row in block.rows for c in row)]
        elif isinstance(block, Image):
            out.append(block.caption)
        elif isinstance(block, Chart):
            out += [block.title, block.value_label, *block.categories, *(name for name, _values in block.series)]
    return [s for s in out if s]


def cleaned_lines(text: str) -> list[str]:
    """Paragraphs of a typed narrative: NFC, trimmed, blank lines dropped."""
    return [line for line in (clean(part) for part in text.splitlines()) if line]
