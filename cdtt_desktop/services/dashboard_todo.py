"""The "Cần làm" list of the Tổng quan page: what needs the officer today, each with the place that deals with it.

Texts are English source marked for the "Dashboard" context, with their placeholders in `args` (as a domain
`Problem`); the page translates them. The order is the list's: drafts, returned items, overdue cases, days
short of a daily target, reports due.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from cdtt_desktop.domain.housing import CaseStep
from cdtt_desktop.domain.messages import QT_TRANSLATE_NOOP, TranslateFn
from cdtt_desktop.domain.periods import ReportPeriod, month_period, quarter_period
from cdtt_desktop.domain.stories import StoryStatus
from cdtt_desktop.domain.text import fold
from cdtt_desktop.services import report_figures as figures
from cdtt_desktop.services.housing import CaseFilter, list_cases
from cdtt_desktop.services.outbox import list_outbox
from cdtt_desktop.services.stories import StoryFilter, list_stories, unfinished_drafts
from cdtt_desktop.services.workspace import Workspace

DRAFT_STORY, RETURNED, OVERDUE_CASE, MISSING_NEWS, REPORT_DUE = (
    "draft_story", "returned", "overdue_case", "missing_news", "report_due")
REPORT_NOTICE_DAYS = 5  # a period's report is listed from this many days before its last day

DRAFT_TEXT = QT_TRANSLATE_NOOP("Dashboard", "Finish the draft story “{title}”")
RETURNED_STORY = QT_TRANSLATE_NOOP("Dashboard", "Complete the returned story “{title}”: {comment}")
RETURNED_DOCUMENT = QT_TRANSLATE_NOOP("Dashboard", "Complete the returned document “{title}”: {comment}")
RETURNED_CASE = QT_TRANSLATE_NOOP("Dashboard", "Complete the returned Mái ấm case of {name}")
OVERDUE_TEXT = QT_TRANSLATE_NOOP("Dashboard", "Mái ấm case of {name}: the next step was due on {day}")
MISSING_TEXT = QT_TRANSLATE_NOOP(
    "Dashboard", "“{target}”: {count} day(s) this month below {quantity} a day, the last on {day}")
REPORT_SOON = QT_TRANSLATE_NOOP("Dashboard", "The report for {period} is due on {day}")
REPORT_LATE = QT_TRANSLATE_NOOP("Dashboard", "The report for {period} was due on {day} and is not issued yet")
NO_TITLE = "…"  # a draft's title may still be empty

# Steps after which nothing is awaited (a returned case is listed as returned, not as overdue).
_NOT_AWAITED = frozenset({CaseStep.CLOSED, CaseStep.NOT_ELIGIBLE, CaseStep.RETURNED})


@dataclass(frozen=True)
class TodoItem:
    kind: str  # DRAFT_STORY | RETURNED | OVERDUE_CASE | MISSING_NEWS | REPORT_DUE
    text: str  # English source text, context "Dashboard", with {placeholders}
    args: dict[str, object] = field(default_factory=dict)
    target: tuple[str, str] = ("", "")  # (page key, record id or period key) the entry opens

    def render(self, translate: TranslateFn | None = None) -> str:
        """The text with its placeholders filled, translated when `translate(context, text)` is given."""
        text = translate("Dashboard", self.text) if translate else self.text
        return str(text).format(**self.args)


def _day(day: dt.date | str) -> str:
    return (dt.date.fromisoformat(day) if isinstance(day, str) else day).strftime("%d/%m/%Y")


def todo_items(ws: Workspace, today: dt.date) -> tuple[TodoItem, ...]:
    return tuple(_drafts(ws) + _returned(ws) + _overdue(ws, today) + _missing_news(ws, today)
                 + _reports(ws, today))


def _drafts(ws: Workspace) -> list[TodoItem]:
    return [TodoItem(DRAFT_STORY, DRAFT_TEXT, {"title": s.title or NO_TITLE}, ("stories", s.id))
            for s in unfinished_drafts(ws)]


def _returned(ws: Workspace) -> list[TodoItem]:
    items = [TodoItem(RETURNED, RETURNED_STORY, {"title": s.title or NO_TITLE, "comment": s.return_comment},
                      ("stories", s.id)) for s in list_stories(ws, StoryFilter(status=StoryStatus.RETURNED))]
    # Stories come back through their own status; documents only through the outbox.
    items += [TodoItem(RETURNED, RETURNED_DOCUMENT, {"title": i.title, "comment": i.comment}, ("submission", i.id))
              for i in list_outbox(ws) if i.type == "document" and i.state == "returned"]
    items += [TodoItem(RETURNED, RETURNED_CASE, {"name": c.beneficiary}, ("housing", c.id))
              for c in list_cases(ws, CaseFilter(step=CaseStep.RETURNED))]
    return items


def _overdue(ws: Workspace, today: dt.date) -> list[TodoItem]:
    cases = [c for c in list_cases(ws, CaseFilter())
             if c.due_on and c.due_on < today.isoformat() and c.step not in _NOT_AWAITED]
    cases.sort(key=lambda c: c.due_on)
    return [TodoItem(OVERDUE_CASE, OVERDUE_TEXT, {"name": c.beneficiary, "day": _day(c.due_on)}, ("housing", c.id))
            for c in cases]


def _one_day(day: dt.date) -> ReportPeriod:
    return ReportPeriod(day.isoformat(), day, day, "", "")


def _missing_news(ws: Workspace, today: dt.date) -> list[TodoItem]:
    """Each daily target of the plan with the days of this month, before today, short of it.

    Each day is matched exactly as a one-day report would (report_figures' rule); today is not over yet.
    """
    plan = ws.plans.plan_for_year(today.year)
    if plan is None or today.day == 1:
        return []
    channels, groups = figures._parts(ws, "channels", plan["id"]), figures._parts(ws, "content_groups", plan["id"])
    daily = [(n, int(r[0])) for n, r in enumerate(ws.db.execute(
        "SELECT quantity, period FROM targets WHERE plan_id = ? AND deleted_at IS NULL ORDER BY rowid",
        [plan["id"]])) if r[1] == "day"]
    if not daily:
        return []
    by_day: dict[str, list[tuple[str, str, str, int]]] = {}
    for day, channel_id, group_id, outlet, n in ws.db.execute(
            "SELECT occurred_on, channel_id, content_group_id, outlet, count(*) FROM activities "
            "WHERE deleted_at IS NULL AND occurred_on BETWEEN ? AND ? GROUP BY 1, 2, 3, 4",
            [today.replace(day=1).isoformat(), (today - dt.timedelta(days=1)).isoformat()]):
        by_day.setdefault(day, []).append((channels.code_of.get(channel_id, ""),
                                           groups.code_of.get(group_id, figures.NO_GROUP), fold(outlet), int(n)))
    short: dict[int, list[dt.date]] = {n: [] for n, _q in daily}
    descriptions: dict[int, str] = {}
    for offset in range(today.day - 1):
        day = today.replace(day=1 + offset)
        targets = figures._targets(ws, plan["id"], _one_day(day), channels, groups, by_day.get(day.isoformat(), []))[0]
        for n, quantity in daily:
            descriptions[n] = targets[n].description
            if targets[n].actual < quantity:
                short[n].append(day)
    return [TodoItem(MISSING_NEWS, MISSING_TEXT, {"target": descriptions[n], "count": len(days), "quantity": q,
                                                  "day": _day(days[-1])}, ("activities", ""))
            for (n, q), days in zip(daily, short.values(), strict=True) if days]


def _issued(ws: Workspace, period: ReportPeriod) -> bool:
    # The register's source of a periodic report (documents.periodic_source; that module loads the PDF
    # renderer, which the page does not need).
    return ws.execute_scalar("SELECT count(*) FROM documents WHERE source = ? AND deleted_at IS NULL",
                             [f"periodic:{period.key}"]) > 0


def _had_activities(ws: Workspace, period: ReportPeriod) -> bool:
    return ws.db.execute("SELECT 1 FROM activities WHERE deleted_at IS NULL AND occurred_on BETWEEN ? AND ? LIMIT 1",
                         [period.start.isoformat(), period.end.isoformat()]).fetchone() is not None


def _reports(ws: Workspace, today: dt.date) -> list[TodoItem]:
    """The month's (and quarter's) report near its end, and the last ended ones not issued yet.

    A past period is listed only when it had activities: a new data folder is not behind on anything.
    """
    last_month = today.replace(day=1) - dt.timedelta(days=1)
    candidates = [month_period(last_month.year, last_month.month), month_period(today.year, today.month)]
    quarter = (today.month - 1) // 3 + 1
    if today.month % 3 == 1:  # a quarter just ended
        candidates.insert(1, quarter_period(last_month.year, (last_month.month - 1) // 3 + 1))
    if today.month % 3 == 0:
        candidates.append(quarter_period(today.year, quarter))
    items = []
    for period in candidates:
        if period.end < today:
            if _had_activities(ws, period) and not _issued(ws, period):
                items.append(TodoItem(REPORT_DUE, REPORT_LATE, {"period": period.label, "day": _day(period.end)},
                                      ("reports", period.key)))
        elif (period.end - today).days < REPORT_NOTICE_DAYS and not _issued(ws, period):
            items.append(TodoItem(REPORT_DUE, REPORT_SOON, {"period": period.label, "day": _day(period.end)},
                                  ("reports", period.key)))
    return items
