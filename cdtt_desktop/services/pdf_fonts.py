"""The bundled document font (Liberation Serif: Times New Roman's metrics, every Vietnamese letter and ₫).

Every character a document draws must exist in the font: ReportLab silently draws an empty box for a
missing one. `printable()` removes what the font cannot draw (emoji pasted from Facebook, control
characters) before a document is hashed or drawn, and reports what it removed; the renderer then checks
the whole text again and refuses to draw if anything is still missing.
"""

from __future__ import annotations

import threading
import unicodedata
from dataclasses import replace
from functools import cache
from pathlib import Path
from typing import Any

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from cdtt_desktop.domain.document_model import (
    Chart,
    Heading,
    Image,
    OfficialDocument,
    Paragraph,
    Party,
    Signature,
    Table,
)
from cdtt_desktop.paths import resource_dir

FAMILY = "LiberationSerif"
FACES = {
    FAMILY: "LiberationSerif-Regular.ttf",
    f"{FAMILY}-Bold": "LiberationSerif-Bold.ttf",
    f"{FAMILY}-Italic": "LiberationSerif-Italic.ttf",
    f"{FAMILY}-BoldItalic": "LiberationSerif-BoldItalic.ttf",
}
REGULAR, BOLD, ITALIC, BOLD_ITALIC = FACES
_lock = threading.Lock()


class MissingGlyphsError(ValueError):
    """The text holds characters the font cannot draw."""

    def __init__(self, characters: str):
        super().__init__("characters missing from the document font: " + " ".join(
            f"U+{ord(c):04X}" for c in characters))
        self.characters = characters


def fonts_dir() -> Path:
    return resource_dir() / "fonts"


def register_fonts() -> None:
    """Register the four faces once (ReportLab's registry is global, so guard it for worker threads)."""
    with _lock:
        if FAMILY in pdfmetrics.getRegisteredFontNames():
            return
        for name, file_name in FACES.items():
            pdfmetrics.registerFont(TTFont(name, str(fonts_dir() / file_name)))
        pdfmetrics.registerFontFamily(FAMILY, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC)


@cache
def covered() -> frozenset[int]:
    """Code points every one of the four faces can draw."""
    register_fonts()
    sets = [set(pdfmetrics.getFont(name).face.charToGlyph) for name in FACES]
    return frozenset(set.intersection(*sets))


def missing(text: str) -> str:
    """The distinct characters of `text` the font cannot draw, and invisible format and control characters
    (zero-width spaces, direction marks pasted from the web); line breaks and tabs are layout."""
    have = covered()
    seen: dict[str, None] = {}
    for char in text:
        if char in "\n\t":
            continue
        if ord(char) not in have or unicodedata.category(char) in ("Cf", "Cc"):
            seen[char] = None
    return "".join(seen)


def printable_text(text: str) -> str:
    """NFC text with what the font cannot draw removed; a tab becomes a space."""
    text = unicodedata.normalize("NFC", text).replace("\t", " ")
    gone = missing(text)
    if not gone:
        return text
    return "".join(c for c in text if c not in gone)


def printable(document: OfficialDocument) -> tuple[OfficialDocument, str]:
    """The document with every text made printable, and the characters that were removed."""
    removed: dict[str, None] = {}

    def fix(text: str) -> str:
        normal = unicodedata.normalize("NFC", text)
        for char in missing(normal):
            removed[char] = None
        return printable_text(normal)

    fixed = replace(
        document,
        parent_body=fix(document.parent_body), issuer=fix(document.issuer),
        issuer_abbreviation=fix(document.issuer_abbreviation), place=fix(document.place),
        subject=fix(document.subject), appendix_title=fix(document.appendix_title), title=fix(document.title),
        recipients=tuple(fix(s) for s in document.recipients),
        addressees=tuple(fix(s) for s in document.addressees),
        signature=Signature(*(fix(s) for s in (document.signature.authority, document.signature.title,
                                                document.signature.name))),
        parties=tuple(Party(fix(p.label), fix(p.name)) for p in document.parties),
        blocks=tuple(_fix_block(b, fix) for b in document.blocks),
        appendix=tuple(_fix_block(b, fix) for b in document.appendix),
    )
    return fixed, "".join(removed)


def _fix_block(block: Any, fix: Any) -> Any:
    if isinstance(block, Heading | Paragraph):
        return replace(block, text=fix(block.text))
    if isinstance(block, Table):
        return replace(block, header=tuple(fix(c) for c in block.header), caption=fix(block.caption),
                       rows=tuple(tuple(fix(c) for c in row) for row in block.rows))
    if isinstance(block, Image):
        return replace(block, caption=fix(block.caption))
    if isinstance(block, Chart):
        return replace(block, title=fix(block.title), value_label=fix(block.value_label),
                       categories=tuple(fix(c) for c in block.categories),
                       series=tuple((fix(name), values) for name, values in block.series))
    return block
