"""Realistic Vietnamese demo data: a ward union, its grassroots unions and a log of activities.

The wording lives in resources/demo/demo-vi.json. The same seed gives the same
titles, dates and figures (record ids are new each time). Activities are written
in one transaction with bulk inserts, so that 100,000 of them take seconds; the
audit trail gets one summary row per batch.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import random
import re
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from cdtt_desktop.domain.activities import ActivityInput, ActivityValues, validate_activity
from cdtt_desktop.domain.text import fold
from cdtt_desktop.domain.units import OwnUnitSetup, UnitDraft, UnitKind
from cdtt_desktop.paths import resource_dir
from cdtt_desktop.services.demo_photos import write_photos
from cdtt_desktop.services.plans import PlanChoices, choices_for_year
from cdtt_desktop.services.setup import add_grassroots, is_set_up, save_setup
from cdtt_desktop.services.workspace import Workspace
from cdtt_desktop.storage.attachments import StoredFile
from cdtt_desktop.storage.database import transaction

Progress = Callable[[int, int], None]
BATCH = 5_000
MAX_IMAGES = 30
PHOTO_EVERY = 20  # about one activity in twenty has photos


@dataclass(frozen=True)
class DemoSummary:
    activities: int  # activities added
    grassroots: int  # grassroots unions added (or brought up to date)
    photos: int  # photo attachments linked to activities


@dataclass(frozen=True)
class _Unit:
    id: str
    name: str
    org: str  # the name without its "CĐCS" prefix: "Công ty TNHH May mặc Hồng Hà"
    members: int
    roles: tuple[str, ...]


@dataclass(frozen=True)
class _Kind:
    channel: str
    group: str
    weight: int
    titles: tuple[str, ...]
    outlets: tuple[tuple[str, str], ...]  # (outlet, link pattern key)
    people: tuple[int, int] | None  # participants from..to; (0, 0): from the union's size
    online: bool
    campaign: str  # folded words of the campaign name this kind belongs to, or ''
    notes: tuple[str, ...]  # notes for this kind only; otherwise those of its channel

    @classmethod
    def parse(cls, data: dict[str, Any]) -> _Kind:
        people = data.get("people")
        return cls(data["channel"], data["group"], int(data["weight"]), tuple(data["titles"]),
                   tuple((o[0], o[1]) for o in data.get("outlets", [])),
                   (people[0], people[1]) if isinstance(people, list) else (0, 0) if people else None,
                   bool(data.get("online")), data.get("campaign", ""), tuple(data.get("notes", ())))


@dataclass(frozen=True)
class _Year:
    choices: PlanChoices
    channels: dict[str, str]  # code -> id
    groups: dict[str, str]
    campaign_words: dict[str, str]  # campaign id -> folded name


@lru_cache(maxsize=1)
def demo_text() -> dict[str, Any]:
    """The demo wording (units, people, title templates), as shipped in resources/demo."""
    return json.loads((resource_dir() / "demo" / "demo-vi.json").read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def _org_name(name: str) -> str:
    return re.sub(r"^(CĐCS|Công đoàn cơ sở)\s+", "", name)


def _slug(text: str, words: int = 12) -> str:
    return "-".join(re.findall(r"[a-z0-9]+", fold(text))[:words])


class _Slots(dict[str, str]):
    """The values of one title's {placeholders}, drawn only when the template asks for them."""

    def __init__(self, composer: _Composer, day: dt.date):
        super().__init__()
        self.composer = composer
        self.day = day
        self.unit: _Unit | None = None

    def __missing__(self, key: str) -> str:
        value = self.composer.slot(self, key)
        self[key] = value
        return value

    def pick_unit(self) -> _Unit:
        if self.unit is None:
            self.unit = self.composer.rng.choice(self.composer.units)
        return self.unit


class _Composer:
    """Turns a seeded random stream into activities that read like an officer's log."""

    def __init__(self, ws: Workspace, rng: random.Random, years: dict[int, _Year], today: dt.date):
        text = demo_text()
        self.rng, self.years, self.today = rng, years, today
        self.slots, self.notes, self.links = text["slots"], text["notes"], text["links"]
        self.people: list[str] = text["people"]
        own = ws.units.own_unit()
        self.own = own["name"] if own else text["own_unit"]["unit_name"]
        self.page = _slug(self.own).replace("-", "")
        roles = {g["name"]: tuple(g["roles"]) for g in text["grassroots"]}
        self.units = [_Unit(r["id"], r["name"], _org_name(r["name"]), r["member_count"] or 60,
                            roles.get(r["name"], ("đoàn viên",)))
                      for r in ws.units.by_kind(UnitKind.GRASSROOTS)]
        self.kinds = [_Kind.parse(k) for k in text["kinds"]]
        self.weights = list(itertools.accumulate(k.weight for k in self.kinds))
        self.campaign_kinds = [_Kind.parse(k) for k in text["campaign_kinds"]]

    def slot(self, slots: _Slots, key: str) -> str:
        day, rng = slots.day, self.rng
        dated = {"year": day.year, "next_year": day.year + 1, "month": day.month,
                 "quarter": (day.month + 2) // 3, "week": day.isocalendar().week,
                 "union_years": day.year - 1929, "party_years": day.year - 1930}  # founded 1929 and 1930
        if key in dated:
            return str(dated[key])
        if key == "own":
            return self.own
        if key == "k":
            return str(rng.randint(3, 25))
        if key == "person":
            return rng.choice(self.people)
        if key in ("unit", "org", "role"):
            unit = slots.pick_unit()
            return {"unit": unit.name, "org": unit.org, "role": rng.choice(unit.roles)}[key]
        return rng.choice(self.slots[key]).format_map(slots)  # a KeyError here is a typo in the JSON

    def pick_kind(self, day: dt.date, campaign_id: str | None, forced: _Kind | None) -> _Kind:
        if forced:
            return forced
        if campaign_id and self.rng.random() < 0.4:
            words = self.years[day.year].campaign_words[campaign_id]
            fitting = [k for k in self.campaign_kinds if k.campaign in words]
            if fitting:
                return self.rng.choices(fitting, weights=[k.weight for k in fitting])[0]
        return self.rng.choices(self.kinds, cum_weights=self.weights)[0]

    def activity(self, day: dt.date, forced: _Kind | None = None) -> ActivityValues:
        year, rng = self.years[day.year], self.rng
        campaign_id = year.choices.suggest_campaign(day)
        kind = self.pick_kind(day, campaign_id, forced)
        slots = _Slots(self, day)
        outlet, link = rng.choice(kind.outlets) if kind.outlets else ("", "")
        slots["outlet"] = outlet = outlet.format_map(slots)
        title = rng.choice(kind.titles).format_map(slots)
        channel = year.channels.get(kind.channel) or next(iter(year.channels.values()))  # plan edited
        raw = ActivityInput(
            occurred_on=day, title=title, channel_id=channel,
            content_group_id=year.groups.get(kind.group), campaign_id=campaign_id, outlet=outlet,
            url=self.link(link, title), participants=self.participants(kind.people, slots.unit),
            notes=self.note(kind, slots) if rng.random() < 0.3 else "",
        )
        if kind.online:
            raw.reach = min(int(rng.lognormvariate(7.6, 0.9)) + 50, 500_000)
            raw.interactions = int(raw.reach * rng.uniform(0.01, 0.08))  # type: ignore[operator]
        raw.grassroots_unit_id = slots.unit.id if slots.unit else None
        values, problems = validate_activity(raw, today=self.today)
        if values is None:  # the templates are ours: a problem here is a bug in the JSON
            raise ValueError(f"demo activity breaks the rules: {title!r} {problems}")
        return values

    def participants(self, people: tuple[int, int] | None, unit: _Unit | None) -> int | None:
        if people is None:
            return None
        if people != (0, 0):
            return self.rng.randint(*people)
        if unit is None:
            return self.rng.randint(40, 250)
        low = max(5, unit.members * 3 // 10)
        return self.rng.randint(low, max(low + 1, min(unit.members, 500)))

    def link(self, key: str, title: str) -> str:
        if not key:
            return ""
        rng = self.rng
        num = rng.randint(10**15, 10**16 - 1) if key == "facebook" else rng.randint(1_000_000, 1_599_999)
        video = "".join(rng.choices("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789_-", k=11))
        slug = _slug(title.split(": ", 1)[-1])  # the story, without "Tin bài gửi …:"
        return self.links[key].format(slug=slug, num=num, page=self.page, video=video)

    def note(self, kind: _Kind, slots: _Slots) -> str:
        group = {"direct": "direct", "union_press": "press", "other_press": "press", "social_media": "social",
                 "media_product": "media"}.get(kind.channel, "monitoring")
        return str(self.rng.choice(kind.notes or self.notes[group]).format_map(slots))


def _year(ws: Workspace, year: int) -> _Year:
    choices = choices_for_year(ws, year)
    codes = {r["id"]: r["code"] for r in ws.plans.parts("channels", choices.plan_id)}
    return _Year(
        choices=choices,
        channels={codes[cid]: cid for cid, _ in choices.channels},
        groups={r["code"]: r["id"] for r in ws.plans.parts("content_groups", choices.plan_id)},
        campaign_words={cid: fold(name) for cid, name in choices.campaigns},
    )


def _ensure_units(ws: Workspace, today: dt.date) -> int:
    """Set up the demo ward union when the folder is new; add the grassroots unions either way."""
    text = demo_text()
    drafts = [UnitDraft(g["name"], UnitKind.GRASSROOTS, address=g["address"] + text["address_suffix"],
                        member_count=g["members"]) for g in text["grassroots"]]
    if is_set_up(ws):
        return add_grassroots(ws, drafts)
    save_setup(ws, OwnUnitSetup(**text["own_unit"]), drafts, today=today)
    return len(drafts)


def _photos(ws: Workspace, rng: random.Random, activities: int,
            heading: str) -> dict[int, list[tuple[StoredFile, str]]]:
    """Which activities get photos (by position), each with 1–3 of at most MAX_IMAGES stored pictures."""
    chosen = sorted(rng.sample(range(activities), max(1, activities // PHOTO_EVERY) if activities else 0))
    if not chosen:
        return {}
    with tempfile.TemporaryDirectory(prefix="cdtt-demo-") as folder:
        paths = write_photos(Path(folder), min(MAX_IMAGES, len(chosen)), rng, heading)
        images = [(ws.attachments.store(p, ws.settings.attachment_limit), p.name) for p in paths]
    return {i: rng.sample(images, min(len(images), rng.choice((1, 1, 2, 3)))) for i in chosen}


def generate_demo_data(ws: Workspace, *, activities: int = 300, seed: int = 1,
                       progress: Progress | None = None, today: dt.date | None = None) -> DemoSummary:
    """Fill `ws` with demo data: set-up if needed, grassroots unions, plans, activities and photos.

    Activities fall between 1 January of last year and `today`; every kind of
    activity in the templates appears at least once when there are enough.
    """
    if activities < 0:
        raise ValueError("the number of activities cannot be negative")
    today = today or dt.date.today()
    report = progress or (lambda done, total: None)
    rng = random.Random(seed)
    report(0, activities)
    grassroots = _ensure_units(ws, today)
    first = dt.date(today.year - 1, 1, 1)
    composer = _Composer(ws, rng, {y: _year(ws, y) for y in (first.year, today.year)}, today)
    span = (today - first).days + 1
    days = sorted(first + dt.timedelta(days=rng.randrange(span)) for _ in range(activities))
    # Every kind once, at random places, so that a small demo still shows every channel and group.
    places = rng.sample(range(activities), min(activities, len(composer.kinds)))
    forced = dict(zip(places, composer.kinds, strict=False))
    photo_sets = _photos(ws, rng, activities, composer.own)
    links: list[dict[str, object]] = []
    with transaction(ws.db):
        for start in range(0, activities, BATCH):
            indexes = range(start, min(activities, start + BATCH))
            ids = ws.activities.add_many([composer.activity(days[i], forced.get(i)) for i in indexes])
            for i, activity_id in zip(indexes, ids, strict=True):
                links += [{"record_table": "activities", "record_id": activity_id, "sha256": stored.sha256,
                           "file_name": name, "position": pos}
                          for pos, (stored, name) in enumerate(photo_sets.get(i, []))]
            report(indexes[-1] + 1, activities)
        ws.writer.insert_many("record_attachments", links)
    ws.optimize()
    return DemoSummary(activities=activities, grassroots=grassroots, photos=len(links))
