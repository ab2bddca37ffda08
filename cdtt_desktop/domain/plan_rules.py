"""Rules for editing the year's plan: its header, campaigns, targets, channels and content groups.

Each `validate_*` takes the raw values a person typed (a mapping of field name to
value), cleans every text, and returns the cleaned values with every problem found
at once. Uniqueness depends on the rest of the plan, so the caller passes the codes
(and names) already taken by the *other* parts.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass

from cdtt_desktop.domain import messages as m
from cdtt_desktop.domain import values as v
from cdtt_desktop.domain.messages import QT_TRANSLATE_NOOP, Problem
from cdtt_desktop.domain.plan import Period
from cdtt_desktop.domain.text import clean, fold

Raw = Mapping[str, object]
NAME_LIMIT = 200
TEXT_LIMIT = 300
FIRST_YEAR, LAST_YEAR = 2000, 2100
_GROUP_CODE = re.compile(r"^\d{1,2}(?:\.\d{1,2}){0,3}$")
_CHANNEL_CODE = re.compile(r"^[a-z0-9_]{1,40}$")

NOT_POSITIVE = QT_TRANSLATE_NOOP("Rules", "Enter a whole number greater than 0.")
START_OUTSIDE_YEAR = QT_TRANSLATE_NOOP("Rules", "The campaign must start within the plan's year {year}.")
END_TOO_LATE = QT_TRANSLATE_NOOP(
    "Rules", "The campaign must end by {limit} at the latest (the first quarter of the next year)."
)
BAD_GROUP_CODE = QT_TRANSLATE_NOOP("Rules", "Use a group number such as 1.4.")
BAD_CHANNEL_CODE = QT_TRANSLATE_NOOP(
    "Rules", "Use lower-case letters without accents, digits and '_', for example union_press."
)
CODE_TAKEN = QT_TRANSLATE_NOOP("Rules", "The code {code} is already used in this plan.")
NAME_TAKEN = QT_TRANSLATE_NOOP("Rules", "Another channel of this plan already has this name.")
BAD_YEAR = QT_TRANSLATE_NOOP("Rules", "Enter a year between {first} and {last}.")
PLAN_EXISTS = QT_TRANSLATE_NOOP("Rules", "There is already a plan for {year}.")
NO_PLAN = QT_TRANSLATE_NOOP("Rules", "There is no plan for {year}.")
USED_BY_ACTIVITIES = QT_TRANSLATE_NOOP(
    "Rules", "{count} activities use this item, so it cannot be deleted. Move them to another one first."
)
USED_BY_TARGETS = QT_TRANSLATE_NOOP(
    "Rules", "{count} targets of the plan use this item, so it cannot be deleted. Change them first."
)


@dataclass(frozen=True)
class HeaderValues:
    title: str
    theme: str
    message: str


@dataclass(frozen=True)
class CampaignValues:
    name: str
    starts_on: dt.date
    ends_on: dt.date
    theme: str = ""


@dataclass(frozen=True)
class TargetValues:
    description: str
    quantity: int
    period: Period
    channel_id: str | None = None
    content_group_id: str | None = None
    outlet: str = ""


@dataclass(frozen=True)
class ChannelValues:
    code: str
    name: str
    examples: str = ""


@dataclass(frozen=True)
class ContentGroupValues:
    code: str
    name: str


def _text(raw: Raw, key: str) -> str:
    value = raw.get(key)
    return clean(str(value)) if value is not None else ""


def _found(problems: list[Problem | None]) -> list[Problem]:
    return [p for p in problems if p]


def _required_text(value: str, field: str, limit: int) -> list[Problem | None]:
    return [v.required(value, field), v.check_length(value, field, limit)]


def latest_campaign_end(year: int) -> dt.date:
    """Campaigns may spill into the next year's first quarter (Tết falls in January or February)."""
    return dt.date(year + 1, 3, 31)


def validate_year(value: object, field: str = "year") -> tuple[int | None, list[Problem]]:
    try:
        year = int(str(value).strip())
    except ValueError:
        year = 0
    if not FIRST_YEAR <= year <= LAST_YEAR:
        return None, [Problem(field, BAD_YEAR, {"first": FIRST_YEAR, "last": LAST_YEAR})]
    return year, []


def validate_header(raw: Raw) -> tuple[HeaderValues | None, list[Problem]]:
    title, theme, message = _text(raw, "title"), _text(raw, "theme"), _text(raw, "message")
    problems = _found([*_required_text(title, "title", NAME_LIMIT),
                       v.check_length(theme, "theme", TEXT_LIMIT),
                       v.check_length(message, "message", TEXT_LIMIT)])
    return (None if problems else HeaderValues(title, theme, message)), problems


def _date(raw: Raw, field: str) -> tuple[dt.date | None, Problem | None]:
    day, problem = v.parse_date(raw.get(field), field)
    return day, problem or v.required(day, field)


def validate_campaign(raw: Raw, *, year: int) -> tuple[CampaignValues | None, list[Problem]]:
    """A campaign starts in the plan's year and ends by 31 March of the next year."""
    name, theme = _text(raw, "name"), _text(raw, "theme")
    problems: list[Problem | None] = [*_required_text(name, "name", NAME_LIMIT),
                                      v.check_length(theme, "theme", TEXT_LIMIT)]
    starts_on, problem = _date(raw, "starts_on")
    problems.append(problem)
    ends_on, problem = _date(raw, "ends_on")
    problems.append(problem)
    if starts_on and starts_on.year != year:
        problems.append(Problem("starts_on", START_OUTSIDE_YEAR, {"year": year}))
    if starts_on and ends_on and ends_on < starts_on:
        problems.append(Problem("ends_on", m.END_BEFORE_START))
    elif ends_on and ends_on > latest_campaign_end(year):
        limit = latest_campaign_end(year).strftime("%d/%m/%Y")
        problems.append(Problem("ends_on", END_TOO_LATE, {"limit": limit}))
    found = _found(problems)
    if found or starts_on is None or ends_on is None:
        return None, found
    return CampaignValues(name, starts_on, ends_on, theme), []


def _choice(raw: Raw, field: str, known: Collection[str]) -> tuple[str | None, Problem | None]:
    value = _text(raw, field) or None
    if value is not None and value not in known:
        return None, Problem(field, m.UNKNOWN_CHOICE, {"value": value})
    return value, None


def _quantity(value: object) -> tuple[int | None, Problem | None]:
    quantity, problem = v.parse_count(value, "quantity")
    if problem:
        return None, problem
    if quantity is None:
        return None, v.required(None, "quantity")
    if quantity == 0:
        return None, Problem("quantity", NOT_POSITIVE)
    return quantity, None


def validate_target(
    raw: Raw, *, channel_ids: Collection[str], content_group_ids: Collection[str]
) -> tuple[TargetValues | None, list[Problem]]:
    """A target counts something: a description, a whole number above 0 and a period."""
    description, outlet = _text(raw, "description"), _text(raw, "outlet")
    problems: list[Problem | None] = [*_required_text(description, "description", TEXT_LIMIT),
                                      v.check_length(outlet, "outlet", NAME_LIMIT)]
    quantity, problem = _quantity(raw.get("quantity"))
    problems.append(problem)
    period_text = _text(raw, "period")
    period = next((p for p in Period if p.value == period_text), None)
    if period is None:
        problems.append(v.required(period_text, "period") or
                        Problem("period", m.UNKNOWN_CHOICE, {"value": period_text}))
    channel_id, problem = _choice(raw, "channel_id", channel_ids)
    problems.append(problem)
    group_id, problem = _choice(raw, "content_group_id", content_group_ids)
    problems.append(problem)
    found = _found(problems)
    if found or quantity is None or period is None:
        return None, found
    return TargetValues(description, quantity, period, channel_id, group_id, outlet), []


def validate_content_group(
    raw: Raw, *, taken_codes: Collection[str]
) -> tuple[ContentGroupValues | None, list[Problem]]:
    """A content group is numbered like the plan's sections (1.1 … 1.4); the number is unique."""
    code, name = _text(raw, "code"), _text(raw, "name")
    problems: list[Problem | None] = [v.required(code, "code"), *_required_text(name, "name", NAME_LIMIT)]
    if code and not _GROUP_CODE.match(code):
        problems.append(Problem("code", BAD_GROUP_CODE))
    elif code in taken_codes:
        problems.append(Problem("code", CODE_TAKEN, {"code": code}))
    found = _found(problems)
    return (None if found else ContentGroupValues(code, name)), found


def validate_channel(
    raw: Raw, *, taken_codes: Collection[str], taken_names: Collection[str]
) -> tuple[ChannelValues | None, list[Problem]]:
    """A channel has a code that links it across years, and a name unique in its plan."""
    code, name, examples = _text(raw, "code"), _text(raw, "name"), _text(raw, "examples")
    problems: list[Problem | None] = [v.required(code, "code"), *_required_text(name, "name", NAME_LIMIT),
                                      v.check_length(examples, "examples", TEXT_LIMIT)]
    if code and not _CHANNEL_CODE.match(code):
        problems.append(Problem("code", BAD_CHANNEL_CODE))
    elif code in taken_codes:
        problems.append(Problem("code", CODE_TAKEN, {"code": code}))
    if name and fold(name) in {fold(n) for n in taken_names}:
        problems.append(Problem("name", NAME_TAKEN))
    found = _found(problems)
    return (None if found else ChannelValues(code, name, examples)), found


def channel_code_from_name(name: str) -> str:
    """A code proposed for a new channel: 'Trang Zalo đơn vị' → 'trang_zalo_don_vi'."""
    words = re.findall(r"[a-z0-9]+", fold(name))
    return "_".join(words)[:40].strip("_")
