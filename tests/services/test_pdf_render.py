"""The renderer, read back with poppler: fonts embedded, Vietnamese exact, A4, margins, date and page numbers."""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import replace
from pathlib import Path

import pytest

from cdtt_desktop.domain.document_model import (
    Heading,
    OfficialDocument,
    Paragraph,
    Signature,
    Table,
    all_text,
)
from cdtt_desktop.domain.official import DocKind, FormatProfile
from cdtt_desktop.services.pdf_fonts import MissingGlyphsError, covered, printable
from cdtt_desktop.services.pdf_letterhead import balanced_lines
from cdtt_desktop.services.pdf_render import render_pdf
from tests import pdf_readers
from tests.pdf_readers import MM

TODAY = dt.date(2026, 11, 29)
BODY = ("Trong tháng 11 năm 2026, Công đoàn phường Ba Đình đã tổ chức 128 hoạt động truyền thông, thu hút 5.430 "
        "lượt đoàn viên, người lao động tham gia; đăng 42 tin, bài trên Báo Lao động và trang thông tin điện tử; "
        "chia sẻ 86 bài viết trên fanpage, nhóm Zalo của các công đoàn cơ sở. Ưu tiên: ễ, ườ, ỹ, ậ, Đ, đ, ₫.")


def sample(**changes: object) -> OfficialDocument:
    document = OfficialDocument(
        kind=DocKind.REPORT, parent_body="LIÊN ĐOÀN LAO ĐỘNG THÀNH PHỐ HÀ NỘI", issuer="CÔNG ĐOÀN PHƯỜNG BA ĐÌNH",
        issuer_abbreviation="CĐP", place="Hà Nội", subject="Kết quả công tác truyền thông tháng 11 năm 2026",
        blocks=(Heading("I. ĐẶC ĐIỂM TÌNH HÌNH"), *(Paragraph(BODY) for _ in range(6)),
                Heading("II. KẾT QUẢ THỰC HIỆN"),
                Table(("Kênh", "Số hoạt động", "Đạt (%)"), (("Báo chí <công đoàn> & mạng", "12", "120"),
                                                          ("Tổng cộng", "12", "120")),
                      (0.6, 0.2, 0.2), ("left", "right", "right"), total_row=True),
                *(Paragraph(BODY) for _ in range(8))),
        signature=Signature("TM. BAN THƯỜNG VỤ", "CHỦ TỊCH", "Trần Văn Bình"),
        recipients=("Liên đoàn Lao động thành phố Hà Nội (để báo cáo)", "Lưu: VT"),
        appendix=(Table(("TT", "Chỉ tiêu", "Số"), (("1", "Tin, bài", "42"),)),), appendix_title="BIỂU SỐ LIỆU",
        number=5, issued_on=dt.date(2026, 3, 5),
    )
    return replace(document, **changes)  # type: ignore[arg-type]


def draw(tmp_path: Path, document: OfficialDocument | None = None, profile: FormatProfile | None = None) -> Path:
    pdf = render_pdf(document or sample(), profile or FormatProfile(), today=TODAY)
    path = tmp_path / "doc.pdf"
    path.write_bytes(pdf.data)
    return path


def flat(text: str) -> str:
    return " ".join(text.split())


def test_every_font_is_embedded_and_is_the_bundled_serif(tmp_path: Path) -> None:
    """pdffonts lists only Liberation Serif faces, every one embedded (no Helvetica left by a table)."""
    found = pdf_readers.fonts(draw(tmp_path))
    assert found and all(f["emb"] == "yes" for f in found)
    assert {f["name"].split("+")[-1] for f in found} <= {"LiberationSerif", "LiberationSerif-Bold",
                                                        "LiberationSerif-Italic", "LiberationSerif-BoldItalic"}


def test_vietnamese_text_comes_back_exactly(tmp_path: Path) -> None:
    """pdftotext returns the header, the body with every diacritic, and markup characters as text."""
    text = pdf_readers.text(draw(tmp_path))
    assert unicodedata.is_normalized("NFC", text)
    for line in ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Số: 05/BC-CĐP", "BÁO CÁO",
                 "Kết quả công tác truyền thông tháng 11 năm 2026", "TM. BAN THƯỜNG VỤ", "Trần Văn Bình",
                 "- Liên đoàn Lao động thành phố Hà Nội (để báo cáo);", "- Lưu: VT.", "Nơi nhận:"):
        assert line in flat(text)
    assert flat(BODY) in flat(text)
    assert "Báo chí <công đoàn> & mạng" in flat(text)


def test_page_is_a4(tmp_path: Path) -> None:
    """Every page is A4 portrait: 595 × 842 pt."""
    width, height = pdf_readers.page_size(draw(tmp_path))
    assert (round(width), round(height)) == (595, 842)


@pytest.mark.parametrize("profile", [FormatProfile(), FormatProfile(margin_left=35, margin_right=20, margin_top=25,
                                                                   margin_bottom=25, body_size=13)])
def test_text_stays_inside_the_margins(tmp_path: Path, profile: FormatProfile) -> None:
    """Every word lies inside the profile's margins, but the page numbers, which sit in the top margin."""
    path = draw(tmp_path, profile=profile)
    width, height = pdf_readers.page_size(path)
    left, right = profile.margin_left * MM, width - profile.margin_right * MM
    top, bottom = profile.margin_top * MM, height - profile.margin_bottom * MM
    found = pdf_readers.words(path)
    assert len({w.page for w in found}) >= 3
    for word in found:
        if word.y_max < top:
            assert word.text == str(word.page) and word.page >= 2, word
            continue
        assert left - 0.5 <= word.x_min and word.x_max <= right + 0.5, word
        assert word.y_max <= bottom + 0.5, word


def test_page_numbers_start_on_page_two(tmp_path: Path) -> None:
    """Page 1 has no number; page 2 on carry theirs centred in the top margin."""
    path = draw(tmp_path)
    found = pdf_readers.words(path)
    in_margin = [w for w in found if w.y_max < FormatProfile().margin_top * MM]
    assert {w.page for w in in_margin} == {w.page for w in found} - {1}
    width, _ = pdf_readers.page_size(path)
    centre = (30 * MM + width - 15 * MM) / 2
    for word in in_margin:
        assert word.text == str(word.page)
        assert abs((word.x_min + word.x_max) / 2 - centre) < 2


@pytest.mark.parametrize(("issued", "line"), [
    (dt.date(2026, 3, 5), "Hà Nội, ngày 05 tháng 3 năm 2026"),
    (dt.date(2025, 2, 9), "Hà Nội, ngày 09 tháng 02 năm 2025"),
    (dt.date(2025, 1, 15), "Hà Nội, ngày 15 tháng 01 năm 2025"),
    (dt.date(2025, 12, 1), "Hà Nội, ngày 01 tháng 12 năm 2025"),
])
def test_date_line_has_leading_zero_on_days_below_ten_and_months_one_and_two(
        tmp_path: Path, issued: dt.date, line: str) -> None:
    """The drawn date line follows NĐ 30's leading-zero rule."""
    assert line in pdf_readers.text(draw(tmp_path, sample(issued_on=issued)), page=1)


def test_every_character_drawn_is_in_the_font() -> None:
    """Every character of the document's text is covered by all four bundled faces."""
    text = "".join(all_text(sample(), TODAY))
    text += "ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴĐ₫–“”"
    text += text.lower()
    assert not [c for c in text if ord(c) not in covered()]


def test_characters_outside_the_font_are_removed_before_drawing_and_refused_by_the_renderer() -> None:
    """An emoji pasted into the text is left out by printable() and reported; the renderer refuses it raw."""
    raw = sample(subject="Hội thao 👍 công nhân\u200b")
    with pytest.raises(MissingGlyphsError):
        render_pdf(raw, FormatProfile(), today=TODAY)
    fixed, removed = printable(raw)
    assert fixed.subject == "Hội thao  công nhân" and set(removed) == {"👍", "\u200b"}
    assert render_pdf(fixed, FormatProfile(), today=TODAY).pages >= 2


def test_decomposed_input_is_drawn_composed(tmp_path: Path) -> None:
    """Text typed with combining marks (NFD) is drawn and extracted as NFC."""
    nfd = unicodedata.normalize("NFD", "Nguyễn Thị Đào được khen thưởng")
    fixed, _ = printable(sample(subject=nfd))
    text = pdf_readers.text(draw(tmp_path, fixed), page=1)
    assert "Nguyễn Thị Đào được khen thưởng" in text


def test_same_document_gives_the_same_bytes() -> None:
    """Rendering is deterministic: no creation time or random id in the file."""
    first = render_pdf(sample(), FormatProfile(), today=TODAY).data
    assert render_pdf(sample(), FormatProfile(), today=dt.date(2030, 1, 1)).data == first


def test_long_unit_names_break_evenly() -> None:
    """A name too long for the header column breaks where its lines come out most even."""
    from reportlab.lib.utils import simpleSplit

    from cdtt_desktop.services.pdf_fonts import BOLD, REGULAR, register_fonts

    register_fonts()
    name = "LIÊN ĐOÀN LAO ĐỘNG THÀNH PHỐ HÀ NỘI"
    assert simpleSplit(name, REGULAR, 12, 200) == ["LIÊN ĐOÀN LAO ĐỘNG THÀNH", "PHỐ HÀ NỘI"]
    assert balanced_lines(name, REGULAR, 12, 200) == ["LIÊN ĐOÀN LAO ĐỘNG", "THÀNH PHỐ HÀ NỘI"]
    assert balanced_lines("CĐ PHƯỜNG", BOLD, 12, 150) == ["CĐ PHƯỜNG"]
