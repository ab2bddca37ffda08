"""The upper level's consolidated report: the key figures of the units' periodic reports, added up.

"BÁO CÁO Tổng hợp kết quả công tác truyền thông tháng 11 năm 2026 của các đơn vị": for each unit that
submitted its periodic report for the period (the latest one it sent, when it sent several), the figures
the report carried (`summary`, services/doc_periodic.py), a total row, and the units whose keys are pinned
but that have not submitted. Consolidated reports that arrive from units below are left out, so that no
figure is counted twice. The document carries the totals as its own summary, to be added up in turn.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from cdtt_desktop.domain.document_model import Block, Heading, OfficialDocument, Paragraph, Table
from cdtt_desktop.domain.official import KIND_TITLES, DocKind
from cdtt_desktop.domain.periods import ReportPeriod
from cdtt_desktop.domain.text import sort_key
from cdtt_desktop.formatting import date
from cdtt_desktop.services.doc_common import letterhead, signature, upward_recipients
from cdtt_desktop.services.doc_periodic import SUMMARY_KEYS
from cdtt_desktop.services.report_narrative import number
from cdtt_desktop.services.workspace import Workspace
from cdtt_desktop.storage.inbox_repo import InboxRepo

CONSOLIDATED = "consolidated:"
ACTIVITY_HEADER = ("TT", "Đơn vị", "Số hoạt động", "Lượt tham gia", "Lượt tiếp cận", "Lượt tương tác",
                   "CĐCS có hoạt động")
RESULTS_HEADER = ("TT", "Đơn vị", "Bài giới thiệu lên cấp trên", "Bài được duyệt", "Hồ sơ Mái ấm mới",
                  "Mái ấm đã bàn giao", "Số tiền đã bàn giao (đồng)")
RESULTS_KEYS = ("stories_sent", "stories_approved", "cases_new", "cases_handed_over", "amount_handed_over")


@dataclass(frozen=True)
class UnitReport:
    sender_id: str
    unit_name: str
    number_text: str
    issued_on: str
    figures: dict[str, int]  # every SUMMARY_KEYS name, 0 when the report did not carry it


def consolidated_source(period_key: str) -> str:
    """The register's source of a consolidated report (issuing it again reopens the same document)."""
    return f"{CONSOLIDATED}{period_key}"


def subject(period: ReportPeriod) -> str:
    return f"Tổng hợp kết quả công tác truyền thông {period.label} của các đơn vị"


def unit_reports(ws: Workspace, period: ReportPeriod) -> list[UnitReport]:
    """The latest periodic report of each unit for `period` that carries figures, by unit name."""
    latest: dict[str, tuple[tuple[Any, ...], UnitReport]] = {}
    names = _unit_names(ws)
    for row in InboxRepo(ws.db).period_reports(period.key):
        data = json.loads(row["data"] or "{}")
        document = data.get("document") or {}
        summary = dict(document.get("summary") or ())
        if not summary or str(data.get("source", "")).startswith(CONSOLIDATED):
            continue
        order = (row["issued_on"], int(document.get("number") or 0), int(row["revision"]), row["received_at"])
        report = UnitReport(sender_id=row["sender_id"], unit_name=names.get(row["sender_id"]) or row["sender_name"],
                            number_text=row["number_text"], issued_on=row["issued_on"],
                            figures={k: int(summary.get(k) or 0) for k in SUMMARY_KEYS})
        if row["sender_id"] not in latest or order >= latest[row["sender_id"]][0]:
            latest[row["sender_id"]] = (order, report)
    return sorted((r for _, r in latest.values()), key=lambda r: sort_key(r.unit_name))


def missing_units(ws: Workspace, reports: list[UnitReport]) -> list[str]:
    """Names of the lower units (pinned keys) that have not submitted, by name."""
    submitted = {r.sender_id for r in reports}
    return sorted((name for sender_id, name in _unit_names(ws).items() if sender_id not in submitted), key=sort_key)


def _unit_names(ws: Workspace) -> dict[str, str]:
    return {str(r[0]): str(r[1]) for r in ws.db.execute(
        "SELECT sender_id, unit_name FROM trusted_keys WHERE role = 'lower'").fetchall()}


def totals(reports: list[UnitReport]) -> dict[str, int]:
    return {key: sum(r.figures[key] for r in reports) for key in SUMMARY_KEYS}


def build_consolidated_report(ws: Workspace, period: ReportPeriod) -> OfficialDocument:
    """The consolidated BÁO CÁO of `period` over the units' latest periodic reports."""
    head = letterhead(ws)
    reports = unit_reports(ws, period)
    missing = missing_units(ws, reports)
    total = totals(reports)
    blocks: list[Block] = [
        Paragraph(f"Căn cứ báo cáo kết quả công tác truyền thông {period.label} của các đơn vị gửi về, "
                  f"{head.issuer_name} tổng hợp như sau:"),
        Heading("I. Tình hình gửi báo cáo"), *_submissions(reports, missing),
        Heading("II. Kết quả theo đơn vị"),
        Heading("1. Hoạt động truyền thông", 2), _activity_table(reports, total),
        Heading("2. Mô hình hay, gương điển hình và công trình “Mái ấm Công đoàn”", 2),
        _results_table(reports, total),
        Heading("III. Đơn vị chưa gửi báo cáo"), *_missing(missing),
        Paragraph(f"Trên đây là báo cáo tổng hợp kết quả công tác truyền thông {period.label} của các đơn vị "
                  f"thuộc {head.issuer_name}./."),
    ]
    return OfficialDocument(
        kind=DocKind.REPORT, parent_body=head.parent_body, issuer=head.issuer,
        issuer_abbreviation=head.issuer_abbreviation, place=head.place, subject=subject(period),
        blocks=tuple(blocks), signature=signature(ws), recipients=upward_recipients(head),
        title=KIND_TITLES[DocKind.REPORT], summary=tuple((k, total[k]) for k in SUMMARY_KEYS), period=period.key)


def _submissions(reports: list[UnitReport], missing: list[str]) -> list[Block]:
    count = len(reports) + len(missing)
    if not reports:
        return [Paragraph(f"Trong kỳ chưa có đơn vị nào gửi báo cáo (0/{number(count)} đơn vị).")]
    lines: list[Block] = [Paragraph(f"Có {number(len(reports))}/{number(count)} đơn vị gửi báo cáo:")]
    lines += [Paragraph(f"- {r.unit_name}: báo cáo {r.number_text.removeprefix('Số: ')} ngày {date(r.issued_on)}",
                        indent=False) for r in reports]
    return lines


def _activity_row(figures: dict[str, int]) -> tuple[str, ...]:
    grassroots = f"{number(figures['grassroots_active'])}/{number(figures['grassroots_total'])}"
    return (number(figures["activities"]), number(figures["participants"]), number(figures["reach"]),
            number(figures["interactions"]), grassroots)


def _activity_table(reports: list[UnitReport], total: dict[str, int]) -> Table:
    rows = [(str(n), r.unit_name, *_activity_row(r.figures)) for n, r in enumerate(reports, 1)]
    rows.append(("", "Tổng cộng", *_activity_row(total)))
    return Table(header=ACTIVITY_HEADER, rows=tuple(rows), widths=(0.06, 0.28, 0.12, 0.13, 0.13, 0.13, 0.15),
                 align=("center", "left", "right", "right", "right", "right", "center"), total_row=True)


def _results_table(reports: list[UnitReport], total: dict[str, int]) -> Table:
    rows = [(str(n), r.unit_name, *(number(r.figures[k]) for k in RESULTS_KEYS)) for n, r in enumerate(reports, 1)]
    rows.append(("", "Tổng cộng", *(number(total[k]) for k in RESULTS_KEYS)))
    return Table(header=RESULTS_HEADER, rows=tuple(rows), widths=(0.06, 0.27, 0.12, 0.11, 0.11, 0.12, 0.21),
                 align=("center", "left", "right", "right", "right", "right", "right"), total_row=True)


def _missing(missing: list[str]) -> list[Block]:
    if not missing:
        return [Paragraph("Tất cả các đơn vị đã gửi báo cáo.")]
    return [Paragraph(f"Còn {number(len(missing))} đơn vị chưa gửi báo cáo:"),
            *(Paragraph(f"- {name}", indent=False) for name in missing)]
