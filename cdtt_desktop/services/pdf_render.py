"""Draw an `OfficialDocument` as an A4 PDF in the format profile (NĐ 30/2020/NĐ-CP, Phụ lục I).

The output is deterministic (ReportLab's invariant mode: no creation time, a fixed document id), so the
same document data always gives the same bytes, which is what lets the register prove that an issued
document reopens unchanged.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm, mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Spacer,
    TableStyle,
)
from reportlab.platypus import Image as RlImage
from reportlab.platypus import PageBreak as RlPageBreak
from reportlab.platypus import Paragraph as RlParagraph
from reportlab.platypus import Table as RlTable

from cdtt_desktop.domain.document_model import (
    Block,
    Chart,
    Heading,
    Image,
    OfficialDocument,
    PageBreak,
    Paragraph,
    Table,
    all_text,
)
from cdtt_desktop.domain.official import KIND_TITLES, FormatProfile, date_words
from cdtt_desktop.services.pdf_charts import chart_flowables
from cdtt_desktop.services.pdf_closing import closing_flowables
from cdtt_desktop.services.pdf_fonts import (
    BOLD,
    BOLD_ITALIC,
    ITALIC,
    REGULAR,
    MissingGlyphsError,
    missing,
    register_fonts,
)
from cdtt_desktop.services.pdf_images import PrintImage, print_image
from cdtt_desktop.services.pdf_letterhead import CentredRule, LetterheadFlowable

ImageSource = Callable[[str], Path]  # attachment SHA-256 → file
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class RenderedPdf:
    data: bytes
    pages: int
ALIGN = {"left": TA_LEFT, "center": TA_CENTER, "right": TA_RIGHT}
PAGE_NUMBER_SIZE = 13
PHOTO_WORKERS = 2  # the office PCs have two cores


class Styles:
    """Paragraph styles of one profile."""

    def __init__(self, p: FormatProfile):
        size = p.body_size
        self.leading = size * 1.15 * p.line_spacing
        self.body = ParagraphStyle("body", fontName=REGULAR, fontSize=size, leading=self.leading,
                                   alignment=TA_JUSTIFY, firstLineIndent=p.first_line_indent_cm * cm,
                                   spaceAfter=p.paragraph_space)
        self.plain = ParagraphStyle("plain", parent=self.body, firstLineIndent=0)
        self.heading = ParagraphStyle("heading", parent=self.body, fontName=BOLD, spaceBefore=3,
                                      alignment=TA_LEFT)
        self.heading3 = ParagraphStyle("heading3", parent=self.heading, fontName=BOLD_ITALIC)
        self.title = ParagraphStyle("title", parent=self.body, fontName=BOLD, alignment=TA_CENTER,
                                    firstLineIndent=0, spaceAfter=0, spaceBefore=0)
        self.centred = ParagraphStyle("centred", parent=self.title, fontName=REGULAR)
        self.caption = ParagraphStyle("caption", parent=self.centred, fontName=ITALIC,
                                      fontSize=size - 1, leading=(size - 1) * 1.2, spaceAfter=p.paragraph_space)
        table_size = size - 1
        self.cell = ParagraphStyle("cell", fontName=REGULAR, fontSize=table_size, leading=table_size * 1.15)
        self.small_cell = ParagraphStyle("small", parent=self.cell, fontSize=table_size - 1,
                                         leading=(table_size - 1) * 1.15)


def markup(text: str) -> str:
    """Typed text made safe for ReportLab's paragraph markup ('<', '&' are text, not tags)."""
    return escape(text)


def render_pdf(document: OfficialDocument, profile: FormatProfile, *, today: dt.date,
               images: ImageSource | None = None, progress: Progress | None = None) -> RenderedPdf:
    """The PDF of `document`. Raises MissingGlyphsError if any text cannot be drawn by the font."""
    register_fonts()
    gone = missing("".join(all_text(document, today)))
    if gone:
        raise MissingGlyphsError(gone)
    report = progress or (lambda done, total: None)
    pictures = _pictures(document, images, report)
    styles = Styles(profile)
    out = io.BytesIO()
    template = _template(out, document, profile)
    story = _story(document, profile, styles, today, pictures)
    template.build(story)
    steps = len(pictures) + 1
    report(steps, steps)
    return RenderedPdf(out.getvalue(), template.page)


def _template(out: io.BytesIO, document: OfficialDocument, p: FormatProfile) -> BaseDocTemplate:
    width, height = A4
    frame = Frame(p.margin_left * mm, p.margin_bottom * mm, width - (p.margin_left + p.margin_right) * mm,
                  height - (p.margin_top + p.margin_bottom) * mm, leftPadding=0, rightPadding=0, topPadding=0,
                  bottomPadding=0, id="text")

    def page_number(canvas, doc) -> None:  # type: ignore[no-untyped-def]
        if doc.page < 2:
            return  # NĐ 30: no number on the first page
        canvas.setFont(REGULAR, PAGE_NUMBER_SIZE)
        centre = p.margin_left * mm + frame._width / 2
        canvas.drawCentredString(centre, height - p.margin_top * mm / 2 - PAGE_NUMBER_SIZE / 3, str(doc.page))

    template = BaseDocTemplate(
        out, pagesize=A4, invariant=1, title=document.subject or document.title, author=document.issuer,
        creator="CĐTT Desktop", subject=document.number_text, initialFontName=REGULAR,
        initialFontSize=p.body_size, leftMargin=p.margin_left * mm, rightMargin=p.margin_right * mm,
        topMargin=p.margin_top * mm, bottomMargin=p.margin_bottom * mm,
    )
    template.addPageTemplates([PageTemplate("page", [frame], onPage=page_number)])
    return template


def _pictures(document: OfficialDocument, images: ImageSource | None, report: Progress) -> dict[str, PrintImage]:
    """Every photo of the document made ready for print, two at a time (Pillow works outside the GIL)."""
    wanted = list(dict.fromkeys(b.sha256 for b in (*document.blocks, *document.appendix) if isinstance(b, Image)))
    if images is None or not wanted:
        return {}
    source = images

    def prepare(sha: str) -> PrintImage | None:
        try:
            return print_image(source(sha))
        except (OSError, ValueError):
            return None  # a photo missing from the store prints as its caption alone

    found: dict[str, PrintImage] = {}
    with ThreadPoolExecutor(max_workers=PHOTO_WORKERS) as pool:
        for done, (sha, picture) in enumerate(zip(wanted, pool.map(prepare, wanted), strict=True), start=1):
            report(done, len(wanted) + 1)
            if picture is not None:
                found[sha] = picture
    return found


def _story(document: OfficialDocument, p: FormatProfile, s: Styles, today: dt.date,
           pictures: dict[str, RlImage]) -> list[Flowable]:
    text_width = A4[0] - (p.margin_left + p.margin_right) * mm
    story: list[Flowable] = [
        LetterheadFlowable(parent_body=document.parent_body, issuer=document.issuer, number=document.number_text,
                           date_line=document.date_text(today), profile=p),
        Spacer(1, 14),
    ]
    story += _title(document.title or KIND_TITLES[document.kind], document.subject, s, text_width)
    story += _addressees(document.addressees, s)
    body: list[Flowable] = []
    for block in document.blocks:
        body += _block(block, s, text_width, pictures)
    # The signature never starts a page alone: it keeps the last paragraph with it.
    # (A KeepTogether inside another always reports itself too tall, so the last block is unpacked.)
    last = body[-1:]
    if last and isinstance(last[0], KeepTogether):
        last = list(last[0]._content)
    story += [*body[:-1], KeepTogether([*last, *closing_flowables(document, p, text_width)])]
    if document.appendix:
        story += [RlPageBreak(), *_appendix_head(document, s, today)]
        for block in document.appendix:
            story += _block(block, s, text_width, pictures)
    return story


def _title(title: str, subject: str, s: Styles, text_width: float) -> list[Flowable]:
    out: list[Flowable] = [RlParagraph(markup(title.upper()), s.title)]
    if subject:
        out.append(RlParagraph(markup(subject), s.title))
        shown = min(stringWidth(subject, BOLD, s.title.fontSize), text_width)
        out += [Spacer(1, 3), CentredRule(max(shown * 0.4, 2 * cm))]
    out.append(Spacer(1, 12))
    return out


def _addressees(addressees: tuple[str, ...], s: Styles) -> list[Flowable]:
    if not addressees:
        return []
    if len(addressees) == 1:
        return [RlParagraph(markup(f"Kính gửi: {addressees[0]}."), s.centred), Spacer(1, 10)]
    lines = [RlParagraph(markup("Kính gửi:"), ParagraphStyle("to", parent=s.plain, leftIndent=3 * cm))]
    for number, line in enumerate(addressees, start=1):
        end = "." if number == len(addressees) else ";"
        lines.append(RlParagraph(markup(f"- {line}{end}"), ParagraphStyle("to-line", parent=s.plain,
                                                                         leftIndent=5 * cm, spaceAfter=0)))
    return [*lines, Spacer(1, 10)]


def _appendix_head(document: OfficialDocument, s: Styles, today: dt.date) -> list[Flowable]:
    kind_title = (document.title or KIND_TITLES[document.kind]).capitalize()
    number = document.number_text.removeprefix("Số: ")
    source = f"(Kèm theo {kind_title} số {number} {date_words(document.issued_on or today)})"
    return [RlParagraph("PHỤ LỤC", s.title), RlParagraph(markup(document.appendix_title), s.title),
            RlParagraph(markup(source), s.caption), Spacer(1, 6)]


def _block(block: Block, s: Styles, text_width: float, pictures: dict[str, PrintImage]) -> list[Flowable]:
    if isinstance(block, Heading):
        style = s.heading if block.level < 3 else s.heading3
        # A heading never ends a page alone; keepWithNext would instead push a long table after it whole.
        return [CondPageBreak(s.leading * 4), RlParagraph(markup(block.text), style)]
    if isinstance(block, Paragraph):
        style = s.body if block.indent else s.plain
        return [RlParagraph(markup(line), style) for line in block.text.split("\n") if line.strip()]
    if isinstance(block, Table):
        return _table(block, s, text_width)
    if isinstance(block, Image):
        return [_image(block, s, text_width, pictures)]
    if isinstance(block, PageBreak):
        return [RlPageBreak()]
    if isinstance(block, Chart):
        return chart_flowables(block, text_width, s.caption)
    raise TypeError(type(block).__name__)


def _table(block: Table, s: Styles, text_width: float) -> list[Flowable]:
    columns = len(block.header) or (len(block.rows[0]) if block.rows else 1)
    style = s.small_cell if columns >= 7 else s.cell
    fractions = block.widths if len(block.widths) == columns else (1 / columns,) * columns
    align = block.align if len(block.align) == columns else ("left",) * columns
    head_style = ParagraphStyle("head", parent=style, fontName=BOLD, alignment=TA_CENTER)
    data = [[RlParagraph(markup(c), head_style) for c in block.header]] if block.header else []
    for number, row in enumerate(block.rows):
        bold = block.total_row and number == len(block.rows) - 1
        data.append([RlParagraph(markup(c), ParagraphStyle("c", parent=style, alignment=ALIGN[a],
                                                           fontName=BOLD if bold else REGULAR))
                     for c, a in zip(row, align, strict=False)])
    table = RlTable(data, colWidths=[f * text_width for f in fractions], repeatRows=1 if block.header else 0)
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, "black"),
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),  # else the table sets Helvetica, which is not embedded
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]))
    parts: list[Flowable] = []
    if block.caption:
        parts += [CondPageBreak(s.leading * 4), RlParagraph(markup(block.caption), s.caption)]
    return [*parts, table, Spacer(1, s.body.spaceAfter)]


def _image(block: Image, s: Styles, text_width: float, pictures: dict[str, PrintImage]) -> Flowable:
    caption = RlParagraph(markup(block.caption), s.caption) if block.caption else Spacer(1, 6)
    source = pictures.get(block.sha256)
    if source is None:
        return caption
    scale = min(text_width / source.width, block.max_height_mm * mm / source.height)
    picture = RlImage(io.BytesIO(source.data), width=source.width * scale, height=source.height * scale)
    picture.hAlign = "CENTER"
    return KeepTogether([picture, Spacer(1, 3), caption])
