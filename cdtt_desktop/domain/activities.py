"""Communication activities: the log that is measured against the year's plan."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, fields

from cdtt_desktop.domain import values as v
from cdtt_desktop.domain.messages import Problem
from cdtt_desktop.domain.text import clean, clean_multiline

TITLE_LIMIT = 300
NOTES_LIMIT = 10_000

# The fields a person fills in, in the order the form and the spreadsheet show them.
ACTIVITY_FIELDS = (
    "occurred_on",
    "title",
    "channel",
    "content_group",
    "campaign",
    "outlet",
    "url",
    "grassroots_unit",
    "participants",
    "reach",
    "interactions",
    "notes",
)


@dataclass
class ActivityInput:
    """An activity as typed or imported: raw values, not yet checked.

    Choices (channel, content group, campaign, grassroots unit) are given as ids
    from the plan and unit lists.
    """

    occurred_on: object = None
    title: object = ""
    channel_id: str | None = None
    content_group_id: str | None = None
    campaign_id: str | None = None
    outlet: object = ""
    url: object = ""
    grassroots_unit_id: str | None = None
    participants: object = None
    reach: object = None
    interactions: object = None
    notes: object = ""


@dataclass
class ActivityValues:
    """A checked activity, ready to store."""

    occurred_on: dt.date
    title: str
    channel_id: str
    content_group_id: str | None = None
    campaign_id: str | None = None
    outlet: str = ""
    url: str = ""
    grassroots_unit_id: str | None = None
    participants: int | None = None
    reach: int | None = None
    interactions: int | None = None
    notes: str = ""
    extra: dict[str, object] = field(default_factory=dict)

    def as_row(self) -> dict[str, object]:
        row = {f.name: getattr(self, f.name) for f in fields(self) if f.name != "extra"}
        row["occurred_on"] = self.occurred_on.isoformat()
        return row


def validate_activity(
    raw: ActivityInput, *, today: dt.date
) -> tuple[ActivityValues | None, list[Problem]]:
    """Check every field at once and return the cleaned values, or every problem found."""
    problems: list[Problem | None] = []
    occurred_on, problem = v.parse_date(raw.occurred_on, "occurred_on")
    problems.append(problem or v.required(occurred_on, "occurred_on"))
    if occurred_on:
        problems.append(v.check_date_range(occurred_on, "occurred_on", today=today))
    title = clean(str(raw.title or ""))
    problems += [v.required(title, "title"), v.check_length(title, "title", TITLE_LIMIT)]
    problems.append(v.required(raw.channel_id, "channel"))
    outlet = clean(str(raw.outlet or ""))
    problems.append(v.check_length(outlet, "outlet", 200))
    url = clean(str(raw.url or ""))
    problems += [v.check_url(url, "url"), v.check_length(url, "url", 2000)]
    counts: dict[str, int | None] = {}
    for name in ("participants", "reach", "interactions"):
        counts[name], problem = v.parse_count(getattr(raw, name), name)
        problems.append(problem)
    notes = clean_multiline(str(raw.notes or ""))
    problems.append(v.check_length(notes, "notes", NOTES_LIMIT))
    found = [p for p in problems if p]
    if found or occurred_on is None or raw.channel_id is None:
        return None, found
    values = ActivityValues(
        occurred_on=occurred_on,
        title=title,
        channel_id=raw.channel_id,
        content_group_id=raw.content_group_id or None,
        campaign_id=raw.campaign_id or None,
        outlet=outlet,
        url=url,
        grassroots_unit_id=raw.grassroots_unit_id or None,
        participants=counts["participants"],
        reach=counts["reach"],
        interactions=counts["interactions"],
        notes=notes,
    )
    return values, []
