"""One whole sync with the hub: the unit's own part, then, for a reviewer token, the receiving side's.

The window's controller and `cdtt sync` both run this. A failure of the receiving part is reported in the
report's errors, not raised: what the unit sent and received in the first part stays done.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from cdtt_desktop.services.hub_client import HubClient, HubError, HubUnavailable
from cdtt_desktop.services.plan_publish import publish_for_lower_units
from cdtt_desktop.services.sync import SyncReport, sync_once
from cdtt_desktop.services.sync_review import pull_review, push_decisions
from cdtt_desktop.services.workspace import Workspace


def sync_round(ws: Workspace, client: HubClient, *, now: dt.datetime | None = None,
               progress: Callable[[int, int], None] | None = None,
               cancelled: Callable[[], bool] | None = None) -> SyncReport:
    report = sync_once(ws, client, now=now, progress=progress, cancelled=cancelled)
    if cancelled is not None and cancelled():
        return report
    try:
        if not client.whoami().get("reviewer"):
            return report
        report.review_added = pull_review(ws, client).added
        report.decisions_pushed = push_decisions(ws, client)
        report.published = publish_for_lower_units(ws, client)
    except (HubError, HubUnavailable) as exc:
        report.errors.append(("review", str(exc)))
    return report
