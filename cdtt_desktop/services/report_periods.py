"""The report period an officer names: a calendar period, or a campaign of the plan by its id."""

from __future__ import annotations

import datetime as dt

from cdtt_desktop.domain.periods import ReportPeriod, campaign_period, parse_period
from cdtt_desktop.services.workspace import Workspace

CAMPAIGN_PREFIX = "campaign:"


def resolve_period(ws: Workspace, text: str) -> ReportPeriod:
    """'2026-11', '2026-Q4', '2026-H2', '2026' or 'campaign:<id>'.

    ValueError for a badly written period (the message says how to write it), LookupError for a campaign
    that does not exist or is in the trash.
    """
    text = text.strip()
    if not text.startswith(CAMPAIGN_PREFIX):
        return parse_period(text)
    campaign_id = text.removeprefix(CAMPAIGN_PREFIX)
    row = ws.db.execute("SELECT name, starts_on, ends_on FROM campaigns WHERE id = ? AND deleted_at IS NULL",
                        [campaign_id]).fetchone()
    if row is None:
        raise LookupError(campaign_id)
    return campaign_period(campaign_id, row[0], dt.date.fromisoformat(row[1]), dt.date.fromisoformat(row[2]))
