"""The periodic communications report: "BÁO CÁO Kết quả công tác truyền thông tháng 11 năm 2026".

Sections I–V follow the usual union report (domain-vn.md §2): the situation, the results by channel,
content group, campaign, stories and Mái ấm cases with their figures and targets, the assessment, the
next period and the proposals, then an appendix of figures. The narrative parts (NARRATIVE_KEYS) are
prefilled from the figures and replaced key by key by what the officer typed; the figures and tables
are always computed.
"""

from __future__ import annotations

import datetime as dt

from cdtt_desktop import formatting
from cdtt_desktop.domain.document_model import (
    Align,
    Block,
    Chart,
    Heading,
    OfficialDocument,
    Paragraph,
    Table,
    cleaned_lines,
)
from cdtt_desktop.domain.official import KIND_TITLES, DocKind
from cdtt_desktop.domain.periods import ReportPeriod
from cdtt_desktop.services.doc_common import letterhead, signature, upper_vi, upward_recipients
from cdtt_desktop.services.report_figures import NO_GROUP, Counts, PartFigures, ReportFigures, report_figures
from cdtt_desktop.services.report_narrative import STEP_WORDS, STORY_KIND_WORDS, default_narrative, joined, number
from cdtt_desktop.services.report_series import period_series
from cdtt_desktop.services.workspace import Workspace

NARRATIVE_KEYS = ("situation", "strengths", "weaknesses", "causes", "next_steps", "proposals")
NONE = "–"  # an empty figure cell
NUMBERS: tuple[Align, ...] = ("right",) * 5
STEP_ORDER = tuple(STEP_WORDS)


def subject(period: ReportPeriod) -> str:
    return f"Kết quả công tác truyền thông {period.label}"


def build_periodic_report(ws: Workspace, period: ReportPeriod, narrative: dict[str, str] | None = None, *,
                          figures: ReportFigures | None = None, charts: bool = False) -> OfficialDocument:
    """The report of `period`; `narrative` overrides the computed text of any NARRATIVE_KEYS it holds.

    A part typed blank keeps the computed text: no section of a report is left empty. With `charts`, the
    results by channel are followed by the week-by-week charts (without, the data is what it always was,
    so documents issued before keep their hashes).
    """
    head = letterhead(ws)
    figures = figures or report_figures(ws, period)
    texts = default_narrative(figures, period, head)
    texts.update({k: v for k, v in (narrative or {}).items() if k in NARRATIVE_KEYS and cleaned_lines(v)})

    def part(key: str) -> list[Block]:
        return [Paragraph(line) for line in cleaned_lines(texts[key])]

    blocks: list[Block] = [Heading("I. Đặc điểm tình hình"), *part("situation"),
                           Heading("II. Kết quả thực hiện"),
                           *_results(figures, _charts(ws, period, figures) if charts else []),
                           Heading("III. Đánh giá"),
                           Heading("1. Ưu điểm", 2), *part("strengths"),
                           Heading("2. Hạn chế", 2), *part("weaknesses"),
                           Heading("3. Nguyên nhân", 2), *part("causes"),
                           Heading(f"IV. Phương hướng, nhiệm vụ {period.next_label}"), *part("next_steps"),
                           Heading("V. Đề xuất, kiến nghị"), *part("proposals"),
                           Paragraph(f"Trên đây là báo cáo kết quả công tác truyền thông {period.label} của "
                                     f"{head.issuer_name}./.")]
    return OfficialDocument(
        kind=DocKind.REPORT, parent_body=head.parent_body, issuer=head.issuer,
        issuer_abbreviation=head.issuer_abbreviation, place=head.place, subject=subject(period),
        blocks=tuple(blocks), signature=signature(ws), recipients=upward_recipients(head),
        appendix=tuple(_appendix(figures, head.issuer_name)), title=KIND_TITLES[DocKind.REPORT],
        appendix_title=f"BIỂU SỐ LIỆU KẾT QUẢ CÔNG TÁC TRUYỀN THÔNG {upper_vi(period.label)}",
        summary=summary_of(figures), period=period.key)


SUMMARY_KEYS = ("activities", "participants", "reach", "interactions", "grassroots_active", "grassroots_total",
                "stories_sent", "stories_approved", "cases_new", "cases_handed_over", "amount_handed_over")


def summary_of(f: ReportFigures) -> tuple[tuple[str, int], ...]:
    """The figures an upper level adds up across its units, in SUMMARY_KEYS order."""
    values = (f.totals.activities, f.totals.participants, f.totals.reach, f.totals.interactions,
              f.grassroots_active, len(f.units), sum(f.stories.sent.values()), sum(f.stories.approved.values()),
              f.housing.new_cases, f.housing.handed_over, f.housing.handed_over_amount)
    return tuple(zip(SUMMARY_KEYS, values, strict=True))


# --- II. Kết quả thực hiện -------------------------------------------------------------------------------

def _results(f: ReportFigures, charts: list[Block]) -> list[Block]:
    return [Heading("1. Theo kênh truyền thông", 2), Paragraph(_channel_sentence(f)),
            _parts_table("Kênh truyền thông", f.channels), *charts,
            Heading("2. Theo nhóm nội dung", 2), Paragraph(_group_sentence(f)),
            _parts_table("Nhóm nội dung", f.groups),
            Heading("3. Các chiến dịch, đợt truyền thông cao điểm", 2), *_campaigns(f),
            Heading("4. Mô hình hay, gương người tốt – việc tốt", 2), *_stories(f),
            Heading("5. Công trình “Mái ấm Công đoàn”", 2), *_housing(f)]


def _charts(ws: Workspace, period: ReportPeriod, f: ReportFigures) -> list[Block]:
    """Activities per week by channel (stacked bars); what the targets counted against what they asked, added
    up week by week (lines). A chart with nothing to show is left out."""
    series = period_series(ws, period, tuple(c.code for c in f.channels))
    days = tuple(f"{d:%d/%m}" for d in series.weeks)
    names = {c.code: c.name for c in f.channels}
    out: list[Block] = []
    if series.channels:
        out.append(Chart(f"Biểu đồ {len(out) + 1}. Số hoạt động truyền thông theo tuần và theo kênh", "bars", days,
                         tuple((names.get(code, code or "Kênh khác"), values) for code, values in series.channels),
                         stacked=True, value_label="Số hoạt động"))
    if series.target:
        out.append(Chart(f"Biểu đồ {len(out) + 1}. Thực hiện chỉ tiêu kế hoạch, cộng dồn theo tuần", "lines", days,
                         (("Thực hiện", series.actual), ("Chỉ tiêu kế hoạch", series.target)),
                         value_label="Số hoạt động"))
    return out


def _share(part: int, whole: int) -> str:
    return f"{round(100 * part / whole)}%" if whole else "0%"


def _channel_sentence(f: ReportFigures) -> str:
    used = sorted((c for c in f.channels if c.counts.activities), key=lambda c: -c.counts.activities)
    if not used:
        return "Trong kỳ chưa có hoạt động truyền thông nào được ghi nhận trên các kênh."
    top = used[:2]
    lead = joined([f"{c.name} ({number(c.counts.activities)} hoạt động, chiếm "
                   f"{_share(c.counts.activities, f.totals.activities)})" for c in top])
    return (f"Toàn đơn vị thực hiện {number(f.totals.activities)} hoạt động trên {number(len(used))} kênh truyền "
            f"thông; nhiều nhất là {lead}. Kết quả cụ thể theo từng kênh như sau:")


def _group_sentence(f: ReportFigures) -> str:
    named = [g for g in f.groups if g.code != NO_GROUP and g.counts.activities]
    if not named:
        return "Trong kỳ chưa có hoạt động được phân theo nhóm nội dung của kế hoạch."
    top = max(named, key=lambda g: g.counts.activities)
    return (f"Các hoạt động tập trung vào {number(len(named))} nhóm nội dung của kế hoạch; nhiều nhất là nhóm "
            f"“{top.name}” với {number(top.counts.activities)} hoạt động.")


def _figure_cells(c: Counts) -> tuple[str, str]:
    return number(c.participants), number(c.reach)


def _parts_table(label: str, parts: tuple[PartFigures, ...]) -> Table:
    rows = [(p.name, number(p.counts.activities), number(p.target) if p.target else NONE,
             f"{number(p.percent)}%" if p.percent is not None else NONE, *_figure_cells(p.counts)) for p in parts]
    total = sum((p.counts for p in parts), Counts())
    rows.append(("Tổng cộng", number(total.activities), NONE, NONE, *_figure_cells(total)))
    return Table(header=(label, "Số hoạt động", "Chỉ tiêu kỳ", "Đạt (%)", "Lượt tham gia", "Lượt tiếp cận"),
                 rows=tuple(rows), widths=(0.30, 0.12, 0.12, 0.13, 0.15, 0.18), align=("left", *NUMBERS),
                 total_row=True)


def _window(starts: dt.date, ends: dt.date) -> str:
    return f"{formatting.date(starts)} – {formatting.date(ends)}"


def _campaigns(f: ReportFigures) -> list[Block]:
    if not f.campaigns:
        return [Paragraph("Trong kỳ không có đợt truyền thông cao điểm theo kế hoạch.")]
    total = sum((c.counts for c in f.campaigns), Counts())
    sentence = (f"Trong kỳ, đơn vị triển khai {number(len(f.campaigns))} đợt truyền thông cao điểm với "
                f"{number(total.activities)} hoạt động, thu hút {number(total.participants)} lượt đoàn viên, "
                "người lao động tham gia.")
    rows = [(c.name, _window(c.starts_on, c.ends_on), number(c.counts.activities), number(c.counts.participants))
            for c in f.campaigns]
    rows.append(("Tổng cộng", "", number(total.activities), number(total.participants)))
    return [Paragraph(sentence), Table(
        header=("Chiến dịch, đợt cao điểm", "Thời gian", "Số hoạt động", "Lượt tham gia"), rows=tuple(rows),
        widths=(0.38, 0.31, 0.14, 0.17), align=("left", "center", "right", "right"), total_row=True)]


def _stories(f: ReportFigures) -> list[Block]:
    sent, approved = f.stories.sent, f.stories.approved
    parts = [f"{number(sent[k])} {words}" for k, words in STORY_KIND_WORDS.items() if sent.get(k)]
    if parts:
        first = f"Trong kỳ, đơn vị đã giới thiệu lên cấp trên {joined(parts)}"
    else:
        first = "Trong kỳ, đơn vị chưa giới thiệu mô hình hay, gương người tốt – việc tốt lên cấp trên"
    if approved_count := sum(approved.values()):
        first += f"; {number(approved_count)} bài được cấp trên duyệt"
    elif parts:
        first += "; chưa có bài được cấp trên duyệt"
    lines = [f"{first}."]
    status = f.stories.by_status
    in_hand, waiting = (sum(status.get(s, 0) for s in group) for group in
                        (("draft", "ready", "returned"), ("sent", "received")))
    if in_hand or waiting:
        lines.append(f"Đến cuối kỳ, còn {number(in_hand)} bài đang hoàn thiện và {number(waiting)} bài đang chờ "
                     "cấp trên xem xét.")
    return [Paragraph(" ".join(lines))]


def _housing(f: ReportFigures) -> list[Block]:
    h = f.housing
    received = (f"tiếp nhận {number(h.new_cases)} hồ sơ đề nghị hỗ trợ mới" if h.new_cases else
                "không có hồ sơ đề nghị hỗ trợ mới")
    decided = (f"{number(h.decided)} trường hợp được quyết định hỗ trợ với tổng số tiền "
               f"{formatting.money_document(h.decided_amount)}" if h.decided else
               "chưa có trường hợp được quyết định hỗ trợ")
    handed = (f"bàn giao {number(h.handed_over)} “Mái ấm Công đoàn” cho {number(h.handed_over)} đoàn viên có hoàn "
              f"cảnh khó khăn, với tổng số tiền hỗ trợ {formatting.money_document(h.handed_over_amount)}"
              if h.handed_over else "chưa có công trình được bàn giao")
    text = f"Trong kỳ, {received}; {decided}; {handed}."
    steps = [(STEP_WORDS[s], number(h.by_step[s])) for s in STEP_ORDER if h.by_step.get(s)]
    if not steps:
        return [Paragraph(text)]
    rows = (*steps, ("Tổng cộng", number(sum(h.by_step.values()))))
    return [Paragraph(text), Table(header=("Tình trạng hồ sơ đến cuối kỳ", "Số hồ sơ"), rows=rows,
                                   widths=(0.7, 0.3), align=("left", "right"), total_row=True)]


# --- the appendix ----------------------------------------------------------------------------------------

def _appendix(f: ReportFigures, issuer_name: str) -> list[Block]:
    return [Heading("1. Số hoạt động theo kênh và nhóm nội dung", 2), _matrix(f),
            Heading("2. Kết quả theo công đoàn cơ sở", 2), _units(f, issuer_name),
            Heading("3. Kết quả thực hiện chỉ tiêu kế hoạch", 2), *_targets(f),
            Heading("4. Cơ quan báo chí đăng tải nhiều nhất", 2), *_outlets(f)]


def _matrix(f: ReportFigures) -> Table:
    groups = list(f.groups)
    heads = [g.code if g.code != NO_GROUP else "Chưa phân nhóm" for g in groups]
    legend = "; ".join(f"{g.code} – {g.name}" for g in groups if g.code != NO_GROUP)
    rows = [(c.name, *(number(f.matrix.get((c.code, g.code), 0)) for g in groups), number(c.counts.activities))
            for c in f.channels]
    rows.append(("Tổng cộng", *(number(g.counts.activities) for g in groups), number(f.totals.activities)))
    rest = 0.66 / (len(groups) + 1)
    widths = (1 - rest * (len(groups) + 1), *(rest,) * (len(groups) + 1))
    return Table(header=("Kênh truyền thông", *heads, "Tổng"), rows=tuple(rows), widths=widths,
                 align=("left", *NUMBERS[:1] * (len(groups) + 1)), total_row=True,
                 caption=f"Nhóm nội dung: {legend}.")


def _units(f: ReportFigures, issuer_name: str) -> Table:
    rows = [(str(n), u.name, number(u.counts.activities), *_figure_cells(u.counts)) for n, u in enumerate(f.units, 1)]
    if f.unassigned.activities:
        rows.append(("", f"Hoạt động chung của {issuer_name}", number(f.unassigned.activities),
                     *_figure_cells(f.unassigned)))
    rows.append(("", "Tổng cộng", number(f.totals.activities), *_figure_cells(f.totals)))
    return Table(header=("TT", "Công đoàn cơ sở", "Số hoạt động", "Lượt tham gia", "Lượt tiếp cận"),
                 rows=tuple(rows), widths=(0.07, 0.47, 0.13, 0.15, 0.18),
                 align=("center", "left", "right", "right", "right"), total_row=True)


UNIT_WORDS = {"day": "ngày", "week": "tuần", "month": "tháng", "quarter": "quý", "year": "năm"}


def _targets(f: ReportFigures) -> list[Block]:
    if not f.targets:
        return [Paragraph("Kế hoạch của năm chưa đặt chỉ tiêu định lượng.")]
    rows = [(str(n), t.description, f"{number(t.quantity)}/{UNIT_WORDS.get(t.unit, t.unit)}", number(t.target),
             number(t.actual), f"{number(t.percent or 0)}%") for n, t in enumerate(f.targets, 1)]
    return [Table(header=("TT", "Chỉ tiêu", "Định mức", "Chỉ tiêu kỳ", "Thực hiện", "Đạt (%)"), rows=tuple(rows),
                  widths=(0.07, 0.42, 0.12, 0.12, 0.13, 0.14),
                  align=("center", "left", "center", "right", "right", "right"))]


def _outlets(f: ReportFigures) -> list[Block]:
    if not f.outlets:
        return [Paragraph("Trong kỳ chưa có tin, bài đăng trên báo chí.")]
    rows = [(str(n), name, number(count)) for n, (name, count) in enumerate(f.outlets, 1)]
    return [Table(header=("TT", "Cơ quan báo chí", "Số tin, bài"), rows=tuple(rows), widths=(0.08, 0.67, 0.25),
                  align=("center", "left", "right"))]
