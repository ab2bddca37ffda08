"""The consolidated report: the units' latest figures for the period added up, and who has not submitted."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace

from cdtt_desktop.domain.document_model import Paragraph, Table
from cdtt_desktop.domain.periods import parse_period
from cdtt_desktop.services import keys
from cdtt_desktop.services.doc_consolidated import build_consolidated_report, consolidated_source
from cdtt_desktop.services.doc_periodic import SUMMARY_KEYS, build_periodic_report
from cdtt_desktop.services.documents import periodic_source, render_draft
from cdtt_desktop.services.workspace import Workspace
from cdtt_desktop.storage.inbox_repo import InboxRepo
from cdtt_desktop.storage.outbox_repo import BundleLogRepo

NOVEMBER = parse_period("2026-11")
UNITS = {"u-a": "Công đoàn phường Ba Đình", "u-b": "Công đoàn phường Hoàn Kiếm", "u-c": "Công đoàn phường Tây Hồ"}


def pin_units(ws: Workspace) -> None:
    for sender_id, name in UNITS.items():
        public = keys.public_key_text(keys.Ed25519PrivateKey.generate())
        keys.pin_sender(ws, sender_id, name, public, role="lower")
        BundleLogRepo(ws.db).record(bundle_id=f"b-{sender_id}", kind="submission", direction="in",
                                    sender_id=sender_id, sender_name=name, file_sha256="", created_at="",
                                    handled_at="", items=1)


def arrived(ws: Workspace, sender_id: str, item_id: str, *, activities: int, number: int, period: str = "2026-11",
            source: str | None = None) -> None:
    """A periodic report of `sender_id` in the inbox, carrying `activities` and derived figures."""
    figures = {key: activities * (i + 1) for i, key in enumerate(SUMMARY_KEYS)}
    document = replace(build_periodic_report(ws, parse_period(period)), summary=tuple(figures.items()),
                       number=number, issued_on=dt.date(2026, 12, number))
    data = {"document": document.to_data(), "profile": {}, "source": source or periodic_source(period)}
    InboxRepo(ws.db).put({
        "item_id": item_id, "revision": 1, "item_type": "document", "sender_id": sender_id,
        "sender_name": UNITS[sender_id], "bundle_id": f"b-{sender_id}", "kind": "BC", "title": document.subject,
        "number_text": f"Số: {number:02d}/BC-CĐP", "period": period, "issued_on": f"2026-12-{number:02d}",
        "data": json.dumps(data, ensure_ascii=False), "pdf_sha256": None, "files": "[]",
        "content_sha256": item_id, "received_at": f"2026-12-{number:02d}T08:00:00Z"})


def tables(doc: object) -> list[Table]:
    return [b for b in doc.blocks if isinstance(b, Table)]  # type: ignore[attr-defined]


def texts(doc: object) -> list[str]:
    return [b.text for b in doc.blocks if isinstance(b, Paragraph)]  # type: ignore[attr-defined]


def test_figures_are_summed_over_each_units_latest_report(ready_ws: Workspace) -> None:
    """Unit A's later report replaces its earlier one; other periods and consolidated reports are left out."""
    pin_units(ready_ws)
    arrived(ready_ws, "u-a", "a-old", activities=5, number=3)
    arrived(ready_ws, "u-a", "a-new", activities=7, number=9)
    arrived(ready_ws, "u-a", "a-october", activities=100, number=4, period="2026-10")
    arrived(ready_ws, "u-b", "b-1", activities=3, number=5)
    arrived(ready_ws, "u-b", "b-sum", activities=50, number=6, source=consolidated_source("2026-11"))
    doc = build_consolidated_report(ready_ws, NOVEMBER)
    assert doc.subject == "Tổng hợp kết quả công tác truyền thông tháng 11 năm 2026 của các đơn vị"
    assert doc.period == "2026-11" and doc.title == "BÁO CÁO"
    activity, results = tables(doc)
    assert [row[1] for row in activity.rows] == [UNITS["u-a"], UNITS["u-b"], "Tổng cộng"]
    assert activity.rows[0][2:4] == ("7", "14") and activity.rows[1][2:4] == ("3", "6")
    assert activity.rows[-1][2:4] == ("10", "20") and activity.rows[-1][6] == "50/60"
    assert results.rows[-1][2:] == ("70", "80", "90", "100", "110") and activity.total_row and results.total_row
    assert dict(doc.summary) == {key: 10 * (i + 1) for i, key in enumerate(SUMMARY_KEYS)}
    lines = texts(doc)
    assert "Có 2/3 đơn vị gửi báo cáo:" in lines and f"- {UNITS['u-a']}: báo cáo 09/BC-CĐP ngày 09/12/2026" in lines
    assert "Còn 1 đơn vị chưa gửi báo cáo:" in lines and lines[lines.index("Còn 1 đơn vị chưa gửi báo cáo:") + 1] == (
        f"- {UNITS['u-c']}")


def test_without_submissions_every_unit_is_listed_as_missing(ready_ws: Workspace) -> None:
    """No report for the period: the tables hold only zeros and all three units are named."""
    pin_units(ready_ws)
    arrived(ready_ws, "u-a", "a-october", activities=4, number=2, period="2026-10")
    doc = build_consolidated_report(ready_ws, NOVEMBER)
    assert [row[1] for row in tables(doc)[0].rows] == ["Tổng cộng"]
    assert all(value == 0 for _, value in doc.summary)
    lines = texts(doc)
    assert "Trong kỳ chưa có đơn vị nào gửi báo cáo (0/3 đơn vị)." in lines
    assert [line for line in lines if line.startswith("- ")] == [f"- {name}" for name in UNITS.values()]


def test_the_consolidated_report_draws(ready_ws: Workspace) -> None:
    """Seven-column tables fit the page: the draft renders to a PDF."""
    pin_units(ready_ws)
    arrived(ready_ws, "u-a", "a-1", activities=1234, number=3)
    rendered = render_draft(ready_ws, build_consolidated_report(ready_ws, NOVEMBER), today=dt.date(2026, 12, 10))
    assert rendered.pages >= 1 and rendered.data.startswith(b"%PDF")
