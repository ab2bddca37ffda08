"""The figures the Tổng quan page and the status bar show."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from cdtt_desktop.domain.units import UnitKind
from cdtt_desktop.services.workspace import Workspace


@dataclass(frozen=True)
class Overview:
    unit_name: str
    year: int
    activities_total: int
    activities_year: int
    activities_month: int
    grassroots_count: int
    by_channel: list[tuple[str, int]]
    active_campaigns: list[tuple[str, str, str]]  # name, starts_on, ends_on


def overview(ws: Workspace, today: dt.date | None = None) -> Overview:
    today = today or dt.date.today()
    own = ws.units.own_unit()
    year_start, month_start = today.replace(month=1, day=1).isoformat(), today.replace(day=1).isoformat()
    q = ws.execute_scalar
    by_channel = [
        (r["name"], r["n"])
        for r in ws.db.query(
            # A correlated count is answered from the (channel_id, deleted_at) index alone.
            "SELECT ch.name, (SELECT count(*) FROM activities a WHERE a.channel_id = ch.id "
            "AND a.deleted_at IS NULL) AS n FROM channels ch JOIN plans p ON p.id = ch.plan_id "
            "WHERE p.year = ? AND p.deleted_at IS NULL AND ch.deleted_at IS NULL ORDER BY ch.position",
            [today.year],
        )
    ]
    campaigns = [
        (r["name"], r["starts_on"], r["ends_on"])
        for r in ws.db.query(
            "SELECT c.name, c.starts_on, c.ends_on FROM campaigns c JOIN plans p ON p.id = c.plan_id "
            "WHERE c.deleted_at IS NULL AND p.deleted_at IS NULL AND c.ends_on >= ? AND c.starts_on <= ? "
            "ORDER BY c.starts_on",
            [today.isoformat(), (today + dt.timedelta(days=45)).isoformat()],
        )
    ]
    return Overview(
        unit_name=own["name"] if own else "",
        year=today.year,
        activities_total=ws.activities.live_count(),
        activities_year=q("SELECT count(*) FROM activities WHERE deleted_at IS NULL AND occurred_on >= ?",
                          [year_start]),
        activities_month=q("SELECT count(*) FROM activities WHERE deleted_at IS NULL AND occurred_on >= ?",
                           [month_start]),
        grassroots_count=ws.units.count(UnitKind.GRASSROOTS),
        by_channel=by_channel,
        active_campaigns=campaigns,
    )
