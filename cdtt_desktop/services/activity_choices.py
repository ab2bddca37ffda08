"""What the activity list's filters and the activity form offer to choose from.

Channels and content groups belong to each year's plan, so the list filters them
by `code` across years; the form needs the code of each id to keep a choice when
the date moves to another year's plan.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from cdtt_desktop.services.units import grassroots_units
from cdtt_desktop.services.workspace import Workspace


@dataclass(frozen=True)
class FilterChoices:
    channels: list[tuple[str, str]]  # (code, name), in plan order
    content_groups: list[tuple[str, str]]  # (code, name)
    campaigns: list[tuple[str, str, int]]  # (id, name, year), newest year first
    units: list[tuple[str, str]]  # (id, name), Vietnamese order


def _by_code(rows: list[dict[str, Any]]) -> list[tuple[str, str]]:
    """One entry per code, in the newest plan's order; codes only older plans know come after."""
    newest = rows[0]["plan_year"] if rows else None
    ordered = [r for r in rows if r["plan_year"] == newest] + [r for r in rows if r["plan_year"] != newest]
    seen: dict[str, str] = {}
    for row in ordered:
        seen.setdefault(str(row["code"]), str(row["name"]))
    return list(seen.items())


def filter_choices(ws: Workspace) -> FilterChoices:
    """Every channel and content group (by code), campaign and grassroots union that can be filtered on."""
    campaigns = sorted(ws.plans.parts("campaigns"), key=lambda c: (-int(c["plan_year"]), c["starts_on"]))
    return FilterChoices(
        channels=_by_code(ws.plans.parts("channels")),  # parts() lists the newest plan first
        content_groups=_by_code(ws.plans.parts("content_groups")),
        campaigns=[(str(c["id"]), str(c["name"]), int(c["plan_year"])) for c in campaigns],
        units=[(str(u["id"]), str(u["name"])) for u in grassroots_units(ws)],
    )


def part_codes(ws: Workspace, plan_id: str) -> dict[str, str]:
    """{id: code} of the channels and content groups of one plan."""
    return {
        str(row["id"]): str(row["code"])
        for table in ("channels", "content_groups")
        for row in ws.plans.parts(table, plan_id)
    }
