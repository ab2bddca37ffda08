"""The year's communications plan as data: content groups, channels, campaigns and targets.

Campaigns, themes and targets change every year, so none of them is code: a plan
is loaded from a template (the Confederation's plan in the seed) and copied to
a new year, where the officer edits it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from enum import StrEnum


class Period(StrEnum):
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"


@dataclass(frozen=True)
class ContentGroupSpec:
    code: str
    name: str


@dataclass(frozen=True)
class ChannelSpec:
    code: str
    name: str
    examples: str = ""


@dataclass(frozen=True)
class CampaignSpec:
    name: str
    starts_on: dt.date
    ends_on: dt.date
    theme: str = ""

    def contains(self, day: dt.date) -> bool:
        return self.starts_on <= day <= self.ends_on


@dataclass(frozen=True)
class TargetSpec:
    description: str
    quantity: int
    period: Period
    channel_code: str | None = None
    content_group_code: str | None = None
    outlet: str = ""


@dataclass(frozen=True)
class PlanTemplate:
    year: int
    title: str
    theme: str = ""
    message: str = ""
    content_groups: tuple[ContentGroupSpec, ...] = ()
    channels: tuple[ChannelSpec, ...] = ()
    campaigns: tuple[CampaignSpec, ...] = ()
    targets: tuple[TargetSpec, ...] = field(default_factory=tuple)


def _shift(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February in a year that has none
        return day.replace(year=day.year + years, day=28)


def copy_to_year(template: PlanTemplate, year: int) -> PlanTemplate:
    """The same plan moved to `year`: campaign windows keep their day and month."""
    offset = year - template.year
    campaigns = tuple(
        replace(c, starts_on=_shift(c.starts_on, offset), ends_on=_shift(c.ends_on, offset))
        for c in template.campaigns
    )
    title = template.title.replace(str(template.year), str(year))
    return replace(template, year=year, title=title, campaigns=campaigns)


def suggest_campaign(campaigns: list[tuple[str, dt.date, dt.date]], day: dt.date) -> str | None:
    """The id of the campaign whose window holds `day`; the narrowest window wins.

    `campaigns` holds (id, starts_on, ends_on) triples.
    """
    holding = [c for c in campaigns if c[1] <= day <= c[2]]
    if not holding:
        return None
    return min(holding, key=lambda c: (c[2] - c[1], c[1]))[0]


def template_from_dict(data: dict) -> PlanTemplate:  # type: ignore[type-arg]
    """Build a template from its JSON form (see resources/plans/)."""
    date = dt.date.fromisoformat
    return PlanTemplate(
        year=int(data["year"]),
        title=data["title"],
        theme=data.get("theme", ""),
        message=data.get("message", ""),
        content_groups=tuple(ContentGroupSpec(g["code"], g["name"]) for g in data["content_groups"]),
        channels=tuple(ChannelSpec(c["code"], c["name"], c.get("examples", "")) for c in data["channels"]),
        campaigns=tuple(
            CampaignSpec(c["name"], date(c["starts_on"]), date(c["ends_on"]), c.get("theme", ""))
            for c in data["campaigns"]
        ),
        targets=tuple(
            TargetSpec(
                description=t["description"],
                quantity=int(t["quantity"]),
                period=Period(t["period"]),
                channel_code=t.get("channel"),
                content_group_code=t.get("content_group"),
                outlet=t.get("outlet", ""),
            )
            for t in data["targets"]
        ),
    )
