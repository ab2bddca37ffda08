"""What the report composer keeps and offers: the officer's narrative per period, and the campaigns to choose.

The narrative is kept as a draft file per period ("report-periodic-2026-11"), holding only the parts the
officer wrote: the other parts are computed again from the figures, so they follow the records. Campaigns
are read from the plan of the year as it is: choosing a period never creates a plan.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from cdtt_desktop.domain.text import clean
from cdtt_desktop.services import drafts
from cdtt_desktop.services.doc_periodic import NARRATIVE_KEYS
from cdtt_desktop.services.workspace import Workspace

DRAFT_PREFIX = "report-periodic-"


@dataclass(frozen=True)
class NarrativeDraft:
    period_key: str
    saved_at: dt.datetime  # local time
    sections: dict[str, str]  # only the parts the officer wrote, keyed as NARRATIVE_KEYS


@dataclass(frozen=True)
class CampaignChoice:
    campaign_id: str
    name: str
    starts_on: dt.date
    ends_on: dt.date


@dataclass(frozen=True)
class YearCampaigns:
    has_plan: bool  # False: the year has no plan yet, so no campaigns either
    campaigns: tuple[CampaignChoice, ...]


def narrative_draft_key(period_key: str) -> str:
    """'2026-11' → 'report-periodic-2026-11'; 'campaign:<id>' → 'report-periodic-campaign-<id>'."""
    return DRAFT_PREFIX + re.sub(r"[^A-Za-z0-9_-]", "-", period_key)


def save_narrative_draft(ws: Workspace, period_key: str, sections: dict[str, str]) -> None:
    """Keep the parts the officer wrote for `period_key`; with none, forget the draft."""
    kept = {k: v for k, v in sections.items() if k in NARRATIVE_KEYS}
    key = narrative_draft_key(period_key)
    if not kept:
        drafts.remove_draft(ws, key)
        return
    drafts.save_draft(ws, key, {"period": period_key, "sections": kept})


def load_narrative_draft(ws: Workspace, period_key: str) -> NarrativeDraft | None:
    """The parts the officer wrote for `period_key`, or None; anything that is not a known part is ignored."""
    draft = drafts.load_draft(ws, narrative_draft_key(period_key))
    if draft is None:
        return None
    raw = draft.data.get("sections")
    if not isinstance(raw, dict):
        return None
    sections = {k: v for k, v in raw.items() if k in NARRATIVE_KEYS and isinstance(v, str)}
    if not sections:
        return None
    return NarrativeDraft(period_key, draft.saved_at, sections)


def year_campaigns(ws: Workspace, year: int) -> YearCampaigns:
    """The campaigns of the plan of `year`, by start date; read only (no plan is created for the year)."""
    plan = ws.plans.plan_for_year(year)
    if plan is None:
        return YearCampaigns(False, ())
    return YearCampaigns(True, tuple(
        CampaignChoice(str(c["id"]), clean(str(c["name"])), dt.date.fromisoformat(c["starts_on"]),
                       dt.date.fromisoformat(c["ends_on"]))
        for c in ws.plans.parts("campaigns", str(plan["id"]))))
