"""The words and colours the outbox, the inbox and the key settings share: states, decisions, kinds, periods.

Marked with QT_TRANSLATE_NOOP in the "ExchangeLabels" context and translated when shown, so that the
sending side and the receiving side name a decision the same way.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from cdtt_desktop import formatting as fmt
from cdtt_desktop.domain.messages import QT_TRANSLATE_NOOP
from cdtt_desktop.domain.periods import parse_period
from cdtt_desktop.ui.issue_dialog import kind_name as document_kind_name
from cdtt_desktop.ui.story_labels import kind_name as story_kind_name

CONTEXT = "ExchangeLabels"
UNDECIDED = "undecided"  # an inbox item no decision was taken on yet

STATES: dict[str, str] = {
    "waiting": QT_TRANSLATE_NOOP("ExchangeLabels", "Not sent"),
    "sent": QT_TRANSLATE_NOOP("ExchangeLabels", "Sent"),
    "received": QT_TRANSLATE_NOOP("ExchangeLabels", "Received"),
    "returned": QT_TRANSLATE_NOOP("ExchangeLabels", "Returned for completion"),
    "approved": QT_TRANSLATE_NOOP("ExchangeLabels", "Approved"),
}
SENT_ON = QT_TRANSLATE_NOOP("ExchangeLabels", "Sent {date}")
DECISIONS: dict[str, str] = {
    UNDECIDED: QT_TRANSLATE_NOOP("ExchangeLabels", "Awaiting decision"),
    "received": STATES["received"],
    "returned": STATES["returned"],
    "approved": STATES["approved"],
}
TYPES: dict[str, str] = {
    "document": QT_TRANSLATE_NOOP("ExchangeLabels", "Document"),
    "story": QT_TRANSLATE_NOOP("ExchangeLabels", "Model or exemplar"),
}
# Items without a report period are grouped by what they are about.
GROUP_STORIES = QT_TRANSLATE_NOOP("ExchangeLabels", "Models and exemplars")
GROUP_HOMES = QT_TRANSLATE_NOOP("ExchangeLabels", "Union Homes (Mái ấm)")
GROUP_OTHER = QT_TRANSLATE_NOOP("ExchangeLabels", "Other documents")
CAMPAIGN = QT_TRANSLATE_NOOP("ExchangeLabels", "A campaign")
ROLES: dict[str, str] = {
    "lower": QT_TRANSLATE_NOOP("ExchangeLabels", "Lower level (sends to us)"),
    "upper": QT_TRANSLATE_NOOP("ExchangeLabels", "Upper level (answers us)"),
}
# (background, text) of each badge: grey not sent, violet sent, teal received, amber returned, green approved,
# blue for an inbox item that waits for a decision.
COLOURS: dict[str, tuple[str, str]] = {
    "waiting": ("#e4e6ea", "#3c4043"),
    "sent": ("#dcd6f7", "#3f2d8f"),
    "received": ("#cfeff2", "#0b5f66"),
    "returned": ("#fde2c4", "#8a4300"),
    "approved": ("#d3f0d5", "#1d6b25"),
    UNDECIDED: ("#d4e6fb", "#0b4f94"),
}
STATE_ORDER = tuple(STATES)


def local_date(stamp: str | None) -> str:
    """A stored UTC timestamp as the local day, 05/03/2026 (a day in Vietnam starts 7 hours before UTC's)."""
    if not stamp:
        return ""
    moment = dt.datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    return fmt.date(moment.astimezone().date() if moment.tzinfo else moment.date())


def label(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def state_name(state: str, sent_at: str | None = None) -> str:
    """'Chưa gửi', 'Đã gửi 02/12', 'Đã tiếp nhận'…: a sent item says the day and month it left."""
    if state == "sent" and sent_at:
        return label(SENT_ON).format(date=local_date(sent_at)[:5])
    return label(STATES[state]) if state in STATES else state


def decision_name(decision: str | None) -> str:
    return label(DECISIONS.get(decision or UNDECIDED, decision or UNDECIDED))


def type_name(item_type: str) -> str:
    return label(TYPES[item_type]) if item_type in TYPES else item_type


def kind_text(item_type: str, kind: str) -> str:
    """A story's kind (Gương điển hình…) or a document's (Báo cáo, Tờ trình…)."""
    return story_kind_name(kind) if item_type == "story" else document_kind_name(kind)


def role_name(role: str) -> str:
    return label(ROLES[role]) if role in ROLES else role


def period_text(period: str) -> str:
    """'tháng 11 năm 2026' for '2026-11' (as reports name it), 'A campaign' for a campaign's window."""
    if not period:
        return ""
    if period.startswith("campaign:"):
        return label(CAMPAIGN)
    try:
        return parse_period(period).label
    except ValueError:
        return period


def no_period_group(item_type: str, kind: str, source: str = "") -> str:
    """Where an item without a period goes: stories and their dossiers, Mái ấm papers, the rest."""
    if item_type == "story" or source.startswith("story:"):
        return label(GROUP_STORIES)
    if source.startswith("case-") or kind in ("TTr", "BB"):
        return label(GROUP_HOMES)
    return label(GROUP_OTHER)


def file_size(size: int) -> str:
    """'840 KB', '12,4 MB', '2,1 GB' in the interface's number format."""
    kb, mb, gb = 1024, 1024 ** 2, 1024 ** 3
    if size < mb:
        return f"{fmt.number(max(1, round(size / kb)) if size else 0)} KB"
    if size < gb:
        return f"{fmt.number(round(size / mb, 1))} MB"
    return f"{fmt.number(round(size / gb, 2))} GB"
