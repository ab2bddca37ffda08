"""The end of a document: "Nơi nhận:" at the left, the signature block at the right; or, for a record
(biên bản), the signing parties side by side.

Nơi nhận: the label 12 pt bold italic, the list 11 pt, each line "- …;" and the last "- Lưu: VT…." ending
with a full stop. Signature: the authority and title upper-case bold, room for the signature and the
seal, then the name bold, with no academic title before it.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Spacer, TableStyle
from reportlab.platypus import Paragraph as RlParagraph
from reportlab.platypus import Table as RlTable

from cdtt_desktop.domain.document_model import OfficialDocument, Party, Signature
from cdtt_desktop.domain.official import FormatProfile
from cdtt_desktop.services.pdf_fonts import BOLD, BOLD_ITALIC, REGULAR

SIGNING_SPACE = 72  # pt: about 2.5 cm for the signature and the seal
LABEL_SIZE = 12


def recipient_lines(recipients: tuple[str, ...]) -> list[str]:
    """'- …;' for each line, '- ….' for the last (a line already ending in punctuation keeps it once)."""
    out = []
    for number, line in enumerate(recipients, start=1):
        end = "." if number == len(recipients) else ";"
        out.append(f"- {line.rstrip(';.')}{end}")
    return out


def closing_flowables(document: OfficialDocument, p: FormatProfile, text_width: float) -> list[Flowable]:
    size = p.body_size
    sign = ParagraphStyle("sign", fontName=BOLD, fontSize=size, leading=size * 1.2, alignment=TA_CENTER)
    if document.parties:
        return [Spacer(1, 10), _parties(document.parties, sign, text_width)]
    left = _recipients(document.recipients, p)
    right = _signature(document.signature, sign)
    table = RlTable([[left, right]], colWidths=[text_width * 0.45, text_width * 0.55])
    table.setStyle(_no_padding())
    return [Spacer(1, 10), table]


def _recipients(recipients: tuple[str, ...], p: FormatProfile) -> list[Flowable]:
    if not recipients:
        return []
    label = ParagraphStyle("to-label", fontName=BOLD_ITALIC, fontSize=LABEL_SIZE, leading=LABEL_SIZE * 1.2,
                           alignment=TA_LEFT)
    line = ParagraphStyle("to-line", fontName=REGULAR, fontSize=p.recipients_size,
                          leading=p.recipients_size * 1.2, alignment=TA_LEFT)
    return [RlParagraph("Nơi nhận:", label), *(RlParagraph(escape(t), line) for t in recipient_lines(recipients))]


def _signature(signature: Signature, style: ParagraphStyle) -> list[Flowable]:
    lines = [RlParagraph(escape(t), style) for t in (signature.authority, signature.title) if t]
    return [*lines, Spacer(1, SIGNING_SPACE), RlParagraph(escape(signature.name), style)]


def _parties(parties: tuple[Party, ...], style: ParagraphStyle, text_width: float) -> RlTable:
    cells = [[RlParagraph(escape(p.label), style), Spacer(1, SIGNING_SPACE), RlParagraph(escape(p.name), style)]
             for p in parties]
    table = RlTable([cells], colWidths=[text_width / len(parties)] * len(parties))
    table.setStyle(_no_padding())
    return table


def _no_padding() -> TableStyle:
    return TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                       ("LEFTPADDING", (0, 0), (-1, -1), 0),
                       ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
                       ("BOTTOMPADDING", (0, 0), (-1, -1), 0)])
