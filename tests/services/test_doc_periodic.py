"""The periodic report as a document: sections in order, tables that add up, narrative computed or typed, NFC."""

from __future__ import annotations

import datetime as dt
import json
import unicodedata
from dataclasses import replace

import pytest

from cdtt_desktop.domain.document_model import Heading, OfficialDocument, Paragraph, Table, all_text
from cdtt_desktop.domain.official import DocKind, FormatProfile
from cdtt_desktop.domain.periods import campaign_period, parse_period
from cdtt_desktop.services.doc_common import letterhead
from cdtt_desktop.services.doc_periodic import NARRATIVE_KEYS, build_periodic_report
from cdtt_desktop.services.pdf_render import render_pdf
from cdtt_desktop.services.report_figures import Counts, report_figures
from cdtt_desktop.services.report_narrative import default_narrative
from cdtt_desktop.services.workspace import Workspace
from tests.services.test_report_figures import APRIL, campaign_id, fill_april

TODAY = dt.date(2026, 5, 6)


@pytest.fixture
def april_ws(ready_ws: Workspace) -> Workspace:
    fill_april(ready_ws)
    return ready_ws


def _headings(doc: OfficialDocument, level: int) -> list[str]:
    return [b.text for b in doc.blocks if isinstance(b, Heading) and b.level == level]


def _after(doc: OfficialDocument, heading: str) -> list[str]:
    """The paragraphs between `heading` and the next heading."""
    blocks = list(doc.blocks)
    start = next(i for i, b in enumerate(blocks) if isinstance(b, Heading) and b.text == heading) + 1
    out = []
    for block in blocks[start:]:
        if isinstance(block, Heading):
            break
        if isinstance(block, Paragraph):
            out.append(block.text)
    return out


def _tables(blocks: tuple[object, ...]) -> list[Table]:
    return [b for b in blocks if isinstance(b, Table)]


def _int(cell: str) -> int:
    return int(cell.replace(".", ""))


def test_the_report_has_the_header_title_and_sections_in_order(april_ws: Workspace) -> None:
    """A BÁO CÁO of the unit with sections I–V, the sub-headings of II and III, and no 'Kính gửi'."""
    doc = build_periodic_report(april_ws, APRIL)
    assert (doc.kind, doc.title) == (DocKind.REPORT, "BÁO CÁO")
    assert doc.subject == "Kết quả công tác truyền thông tháng 4 năm 2026"
    assert (doc.issuer, doc.parent_body, doc.issuer_abbreviation, doc.place) == (
        "CÔNG ĐOÀN PHƯỜNG BA ĐÌNH", "LIÊN ĐOÀN LAO ĐỘNG THÀNH PHỐ HÀ NỘI", "CĐP", "Hà Nội")
    assert doc.addressees == () and doc.number is None
    assert doc.recipients == ("Liên đoàn Lao động thành phố Hà Nội (để báo cáo)", "Lưu: VT")
    assert doc.signature.name == "Trần Văn Bình"
    assert _headings(doc, 1) == ["I. Đặc điểm tình hình", "II. Kết quả thực hiện", "III. Đánh giá",
                                 "IV. Phương hướng, nhiệm vụ tháng 5 năm 2026", "V. Đề xuất, kiến nghị"]
    assert _headings(doc, 2) == ["1. Theo kênh truyền thông", "2. Theo nhóm nội dung",
                                 "3. Các chiến dịch, đợt truyền thông cao điểm",
                                 "4. Mô hình hay, gương người tốt – việc tốt", "5. Công trình “Mái ấm Công đoàn”",
                                 "1. Ưu điểm", "2. Hạn chế", "3. Nguyên nhân"]
    assert doc.blocks[-1] == Paragraph("Trên đây là báo cáo kết quả công tác truyền thông tháng 4 năm 2026 của "
                                       "Công đoàn phường Ba Đình./.")


def test_the_channel_table_adds_up(april_ws: Workspace) -> None:
    """Kênh | Số hoạt động | Chỉ tiêu kỳ | Đạt (%) | Lượt tham gia | Lượt tiếp cận; the total row is the sum."""
    doc = build_periodic_report(april_ws, APRIL)
    table = _tables(doc.blocks)[0]
    assert table.header == ("Kênh truyền thông", "Số hoạt động", "Chỉ tiêu kỳ", "Đạt (%)", "Lượt tham gia",
                            "Lượt tiếp cận")
    assert table.rows[0] == ("Báo chí Công đoàn", "2", "30", "7%", "0", "0")
    assert table.rows[1][2:4] == ("–", "–")
    assert table.total_row and table.rows[-1][0] == "Tổng cộng"
    for column in (1, 4, 5):
        assert sum(_int(r[column]) for r in table.rows[:-1]) == _int(table.rows[-1][column])
    assert table.rows[-1][1] == "5" and table.rows[-1][5] == "1.000"


def test_every_table_is_well_formed(april_ws: Workspace) -> None:
    """Every table (body and appendix): widths sum to 1, one alignment per column, rows as wide as the header."""
    doc = build_periodic_report(april_ws, parse_period("2026-Q2"))
    tables = _tables(doc.blocks) + _tables(doc.appendix)
    assert len(tables) == 8  # channels, groups, campaigns, cases; appendix: matrix, units, targets, press
    for table in tables:
        assert sum(table.widths) == pytest.approx(1)
        assert len(table.widths) == len(table.align) == len(table.header)
        assert all(len(row) == len(table.header) for row in table.rows)
        assert all(isinstance(cell, str) for row in table.rows for cell in row)


def test_the_appendix_gives_channel_by_group_and_unit_tables(april_ws: Workspace) -> None:
    """The appendix: channel × content group with totals both ways, results by grassroots union, targets, press."""
    doc = build_periodic_report(april_ws, APRIL)
    assert doc.appendix_title == "BIỂU SỐ LIỆU KẾT QUẢ CÔNG TÁC TRUYỀN THÔNG THÁNG 4 NĂM 2026"
    matrix, units, targets, press = _tables(doc.appendix)
    assert matrix.header == ("Kênh truyền thông", "1.1", "1.2", "1.3", "1.4", "Chưa phân nhóm", "Tổng")
    assert "1.4 – Truyền thông về gương người tốt – việc tốt" in matrix.caption
    for row in matrix.rows:
        assert sum(_int(c) for c in row[1:-1]) == _int(row[-1])
    assert matrix.rows[-1] == ("Tổng cộng", "0", "2", "1", "1", "1", "5")
    assert [r[1] for r in units.rows] == [
        "CĐCS Bệnh viện Đa khoa Ba Đình", "CĐCS Công ty May 10", "CĐCS Trường Tiểu học Đống Đa",
        "Hoạt động chung của Công đoàn phường Ba Đình", "Tổng cộng"]
    assert sum(_int(r[2]) for r in units.rows[:-1]) == _int(units.rows[-1][2]) == 5
    assert targets.rows[0][2:] == ("1/ngày", "30", "1", "3%")
    assert press.rows == (("1", "Báo Lao động điện tử", "1"), ("2", "Báo Lao động Thủ đô", "1"))


def test_stories_and_cases_are_told_with_their_figures(april_ws: Workspace) -> None:
    """Sections 4 and 5 give the stories sent and approved, and the cases with amounts in đồng."""
    doc = build_periodic_report(april_ws, APRIL)
    stories = _after(doc, "4. Mô hình hay, gương người tốt – việc tốt")[0]
    assert stories.startswith("Trong kỳ, đơn vị đã giới thiệu lên cấp trên 1 mô hình hay, cách làm tốt và 1 gương "
                              "cá nhân điển hình; 1 bài được cấp trên duyệt.")
    cases = _after(doc, "5. Công trình “Mái ấm Công đoàn”")[0]
    assert cases == ("Trong kỳ, tiếp nhận 2 hồ sơ đề nghị hỗ trợ mới; 1 trường hợp được quyết định hỗ trợ với tổng "
                     "số tiền 60.000.000 đồng; bàn giao 1 “Mái ấm Công đoàn” cho 1 đoàn viên có hoàn cảnh khó khăn, "
                     "với tổng số tiền hỗ trợ 60.000.000 đồng.")


def test_the_narrative_is_computed_from_the_figures(april_ws: Workspace) -> None:
    """The prefilled text names the figures, the channels short of target and the idle grassroots unions."""
    doc = build_periodic_report(april_ws, APRIL)
    assert ("Trong tháng 4 năm 2026, Công đoàn phường Ba Đình đã thực hiện 5 hoạt động truyền thông, thu hút 200 "
            "lượt đoàn viên, người lao động tham gia") in " ".join(_after(doc, "I. Đặc điểm tình hình"))
    strengths = " ".join(_after(doc, "1. Ưu điểm"))
    assert "Đạt và vượt chỉ tiêu kỳ: Truyền thông về gương người tốt – việc tốt" in strengths
    weaknesses = _after(doc, "2. Hạn chế")
    assert weaknesses[0] == ("- Chưa đạt chỉ tiêu kỳ: Báo chí Công đoàn (đạt 7%), Mạng xã hội (đạt 1%) và Theo dõi "
                             "thông tin báo chí (đạt 0%).")
    assert "- Còn 1/3 công đoàn cơ sở chưa có hoạt động truyền thông trong kỳ." in weaknesses
    next_steps = " ".join(_after(doc, "IV. Phương hướng, nhiệm vụ tháng 5 năm 2026"))
    assert next_steps.startswith("- Tiếp tục triển khai Kế hoạch truyền thông năm 2026;")
    assert "đợt “Tháng Công nhân” (từ ngày 01/05/2026 đến ngày 30/05/2026)" in next_steps
    assert "hoàn thành chỉ tiêu năm 2026" in next_steps


def test_after_the_last_period_of_a_year_the_next_steps_are_next_years(ready_ws: Workspace) -> None:
    """A report on December, Q4, H2 or the year looks to next year's plan and targets."""
    for key in ("2026-12", "2026-Q4", "2026-H2", "2026"):
        doc = build_periodic_report(ready_ws, parse_period(key))
        heading = next(h for h in _headings(doc, 1) if h.startswith("IV."))
        next_steps = " ".join(_after(doc, heading))
        assert next_steps.startswith("- Xây dựng và triển khai Kế hoạch truyền thông năm 2027;")
        assert "hoàn thành chỉ tiêu năm 2027" in next_steps


def test_big_numbers_are_grouped_the_vietnamese_way(april_ws: Workspace) -> None:
    """1.500 and 5.430 with dots whatever the interface language; money as '1.500.000.000 đồng'."""
    figures = report_figures(april_ws, APRIL)
    big = replace(figures, totals=Counts(1500, 5430, 1_234_567, 89_000),
                  housing=replace(figures.housing, handed_over=25, handed_over_amount=1_500_000_000))
    text = default_narrative(big, APRIL, letterhead(april_ws))
    assert ("đã thực hiện 1.500 hoạt động truyền thông, thu hút 5.430 lượt đoàn viên, người lao động tham gia; "
            "tin, bài trên không gian mạng tiếp cận 1.234.567 lượt người xem, với 89.000 lượt tương tác."
            ) in text["situation"]
    assert "Bàn giao 25 Mái ấm Công đoàn" in text["strengths"] and "1.500.000.000 đồng" in text["strengths"]
    assert set(text) == set(NARRATIVE_KEYS)


def test_an_empty_period_says_so(ready_ws: Workspace) -> None:
    """Without activities the report says none was recorded, and the tables show zeros."""
    doc = build_periodic_report(ready_ws, parse_period("2026-08"))
    assert any("chưa ghi nhận hoạt động truyền thông nào" in p for p in _after(doc, "I. Đặc điểm tình hình"))
    assert _tables(doc.blocks)[0].rows[-1] == ("Tổng cộng", "0", "–", "–", "0", "0")


def test_typed_narrative_overrides_key_by_key(april_ws: Workspace) -> None:
    """What the officer typed replaces that part only, cleaned line by line; blank parts and unknown keys are not
    used."""
    typed = {"strengths": "  Cán bộ nhiệt tình.\r\n\r\n- Tin bài kịp thời.  ", "bogus": "Không dùng",
             "weaknesses": " \n "}
    doc = build_periodic_report(april_ws, APRIL, typed)
    assert _after(doc, "1. Ưu điểm") == ["Cán bộ nhiệt tình.", "- Tin bài kịp thời."]
    assert _after(doc, "2. Hạn chế")[0].startswith("- Chưa đạt chỉ tiêu kỳ")
    assert "Không dùng" not in all_text(doc, TODAY)


def test_given_figures_are_used_as_they_are(april_ws: Workspace) -> None:
    """Figures computed once (for the editor's preview) are drawn without being computed again."""
    figures = replace(report_figures(april_ws, APRIL), totals=Counts(7, 0, 0, 0))
    doc = build_periodic_report(april_ws, APRIL, figures=figures)
    assert "đã thực hiện 7 hoạt động" in " ".join(_after(doc, "I. Đặc điểm tình hình"))


def test_every_string_is_nfc(april_ws: Workspace) -> None:
    """Every string drawn is NFC, even when the typed narrative came decomposed."""
    typed = {key: unicodedata.normalize("NFD", "Đoàn viên tham gia tích cực.") for key in NARRATIVE_KEYS}
    for narrative in (None, typed):
        doc = build_periodic_report(april_ws, APRIL, narrative)
        texts = all_text(doc, TODAY)
        assert texts and all(unicodedata.is_normalized("NFC", s) for s in texts)


def test_the_document_round_trips_and_draws(april_ws: Workspace) -> None:
    """The report survives the register's JSON and draws with every character in the font."""
    doc = build_periodic_report(april_ws, APRIL)
    assert OfficialDocument.from_data(json.loads(doc.to_json())) == doc
    assert render_pdf(doc, FormatProfile(), today=TODAY).data.startswith(b"%PDF")


def test_a_campaign_report(april_ws: Workspace) -> None:
    """A campaign's report is named after it, counts its activities and looks to 'thời gian tới'."""
    row = april_ws.db.execute("SELECT starts_on, ends_on FROM campaigns WHERE id = ?",
                              [campaign_id(april_ws, "Tháng Công nhân")]).fetchone()
    period = campaign_period(campaign_id(april_ws, "Tháng Công nhân"), "Tháng Công nhân",
                             dt.date.fromisoformat(row[0]), dt.date.fromisoformat(row[1]))
    doc = build_periodic_report(april_ws, period)
    assert doc.subject == "Kết quả công tác truyền thông đợt Tháng Công nhân năm 2026"
    assert "IV. Phương hướng, nhiệm vụ thời gian tới" in _headings(doc, 1)
    assert _tables(doc.blocks)[0].rows[-1][1] == "1"



def test_the_report_carries_its_key_figures_for_the_upper_level(april_ws: Workspace) -> None:
    """The document's summary holds the totals the upper level adds up, and survives the JSON round trip."""
    period = parse_period("2026-04")
    figures = report_figures(april_ws, period)
    document = build_periodic_report(april_ws, period, figures=figures)
    summary = dict(document.summary)
    assert summary["activities"] == figures.totals.activities > 0
    assert summary["participants"] == figures.totals.participants
    assert summary["grassroots_total"] == len(figures.units) and document.period == "2026-04"
    assert OfficialDocument.from_data(json.loads(document.to_json())) == document
