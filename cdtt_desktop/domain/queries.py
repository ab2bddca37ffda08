"""What a list view asks for: filters and sort order, as plain data."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum


class ActivitySort(StrEnum):
    DATE = "date"
    TITLE = "title"
    CHANNEL = "channel"
    CONTENT_GROUP = "content_group"
    CAMPAIGN = "campaign"
    UNIT = "unit"
    PARTICIPANTS = "participants"
    REACH = "reach"


@dataclass(frozen=True)
class ActivityFilter:
    """Everything the activity list can be narrowed by; None means 'any'."""

    date_from: dt.date | None = None
    date_to: dt.date | None = None
    channel_code: str | None = None  # channels and groups are per plan: filter by code across years
    content_group_code: str | None = None
    campaign_id: str | None = None
    grassroots_unit_id: str | None = None
    text: str = ""
    in_trash: bool = False


@dataclass(frozen=True)
class Ordering:
    key: ActivitySort = ActivitySort.DATE
    descending: bool = True
