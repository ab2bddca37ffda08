"""Demo model-practice stories: every kind, in every status, with photos, consents and press links.

The wording lives in resources/demo/stories-vi.json. Each story is written and
moved through the real service (so its history and frozen revisions are real);
the same seed gives the same stories (record ids are new each time).
"""

from __future__ import annotations

import datetime as dt
import json
import random
import tempfile
from dataclasses import replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from cdtt_desktop.domain.stories import Consent, ConsentScope, PressLink, StoryContent, StoryKind, StoryStatus
from cdtt_desktop.domain.text import fold
from cdtt_desktop.domain.units import UnitKind
from cdtt_desktop.paths import resource_dir
from cdtt_desktop.services.demo import demo_text
from cdtt_desktop.services.demo_photos import draw_photo
from cdtt_desktop.services.plans import choices_for_year
from cdtt_desktop.services.stories import add_story_file, new_story, save_story_content, transition_story
from cdtt_desktop.services.workspace import Workspace

S = StoryStatus
# Where each status comes from; the second path of a status goes through a return (revision 2).
PATHS: dict[StoryStatus, tuple[tuple[StoryStatus, ...], ...]] = {
    S.DRAFT: ((), (S.READY, S.SENT, S.RETURNED, S.DRAFT)),
    S.READY: ((S.READY,),),
    S.SENT: ((S.READY, S.SENT),),
    S.RECEIVED: ((S.READY, S.SENT, S.RECEIVED),),
    S.RETURNED: ((S.READY, S.SENT, S.RETURNED), (S.READY, S.SENT, S.RECEIVED, S.RETURNED)),
    S.APPROVED: ((S.READY, S.SENT, S.RECEIVED, S.APPROVED),
                 (S.READY, S.SENT, S.RETURNED, S.DRAFT, S.READY, S.SENT, S.RECEIVED, S.APPROVED)),
}
ORDER = tuple(PATHS)  # every status once in every six stories
# Fields a fresh draft may not have reached yet.
UNFINISHED = ("results", "beneficiaries", "novelty", "replication", "money_raised", "members_recruited")


@lru_cache(maxsize=1)
def stories_text() -> dict[str, Any]:
    """The demo stories' wording, as shipped in resources/demo."""
    path = resource_dir() / "demo" / "stories-vi.json"
    return json.loads(path.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def _slug(text: str) -> str:
    return "-".join("".join(ch if ch.isalnum() else " " for ch in fold(text)).split()[:10])


class _Writer:
    """Turns one template into one story, in a status, with a seeded random stream."""

    def __init__(self, ws: Workspace, rng: random.Random, photos: Path, today: dt.date):
        self.ws, self.rng, self.photos, self.today = ws, rng, photos, today
        self.text = stories_text()
        people: list[str] = demo_text()["people"]
        self.women = [p for p in people if " Thị " in f" {p} "]
        self.men = [p for p in people if p not in self.women]
        self.links: dict[str, str] = demo_text()["links"]
        self.units = [(r["id"], r["name"]) for r in ws.units.by_kind(UnitKind.GRASSROOTS)]
        own = ws.units.own_unit()
        self.heading = own["name"] if own else "Công đoàn"
        self.drawn = 0

    def unit(self, hint: str) -> tuple[str | None, str]:
        fitting = [u for u in self.units if hint and hint in fold(u[1])]
        if fitting or self.units:
            return self.rng.choice(fitting or self.units)
        return None, "CĐCS Công ty TNHH May mặc Hồng Hà"

    def campaign(self, year: int) -> str | None:
        campaigns = choices_for_year(self.ws, year).campaigns
        return self.rng.choice(campaigns)[0] if campaigns and self.rng.random() < 0.4 else None

    def content(self, template: dict[str, Any], slots: dict[str, str], year: int) -> StoryContent:
        values = {k: v.format_map(slots) for k, v in template["fields"].items()}
        started = dt.date(int(slots["start"]), self.rng.randint(1, 12), 1)
        consent_day = dt.date(year, self.rng.randint(1, 12), self.rng.randint(1, 28))
        scope = ConsentScope.PUBLICATION if template["publication"] else ConsentScope.INTERNAL
        press = [PressLink(self.links[key].format(slug=_slug(title), num=self.rng.randint(1_000_000, 1_599_999),
                                                  page="", video=""), title)
                 for key, title in template["press"]]
        consent = Consent(template["consent"].format_map(slots), min(consent_day, self.today).isoformat(),
                          scope.value)
        content = StoryContent(**values, kind=template["kind"], for_publication=template["publication"],
                               press_links=press, consents=[consent])
        if content.kind == StoryKind.PRACTICE.value:
            content.started_on = started.isoformat()
        return content

    def photo(self, caption: str) -> Path:
        self.drawn += 1
        path = self.photos / f"anh-{self.drawn:03d}.jpg"
        draw_photo(self.rng, self.heading, caption).save(path, "JPEG", quality=80)
        return path

    def write(self, template: dict[str, Any], status: StoryStatus, variant: int) -> str:
        rng = self.rng
        year = rng.choice((self.today.year - 1, self.today.year))
        unit_id, unit_name = self.unit(template.get("hint", ""))
        slots = {"unit": unit_name, "org": unit_name.removeprefix("CĐCS ").strip(), "year": str(year),
                 "start": str(year - rng.randint(1, 3)), "woman": rng.choice(self.women),
                 "man": rng.choice(self.men), "person": rng.choice(self.women + self.men)}
        created = dt.date(year, rng.randint(1, 12 if year < self.today.year else self.today.month), 1)
        campaign_id = self.campaign(year)
        story_id = new_story(self.ws, StoryKind(template["kind"]), grassroots_unit_id=unit_id,
                             campaign_id=campaign_id, today=created)
        content = replace(self.content(template, slots, year), grassroots_unit_id=unit_id or "",
                          campaign_id=campaign_id or "")
        path = PATHS[status][variant % len(PATHS[status])]
        if not path:  # a draft still being written: part of the story and of its evidence is missing
            for name in rng.sample(UNFINISHED, 3):
                setattr(content, name, "")
            content.consents = []
        save_story_content(self.ws, story_id, content)
        for caption in template["photos"][: (1 if not path else None)]:
            add_story_file(self.ws, story_id, self.photo(caption), caption=caption)
        for step in path:
            comment = rng.choice(self.text["return_comments"]) if step is S.RETURNED else ""
            if step is S.DRAFT:  # reopened after a return: the next revision answers the comment
                transition_story(self.ws, story_id, step)
                content.results += self.text["revised_note"]
                save_story_content(self.ws, story_id, content)
            else:
                transition_story(self.ws, story_id, step, comment=comment)
        return story_id


def generate_demo_stories(ws: Workspace, *, count: int, seed: int = 1, today: dt.date | None = None) -> list[str]:
    """Add `count` demo stories (ids returned): all three kinds, every status once in every six."""
    if count < 0:
        raise ValueError("the number of stories cannot be negative")
    rng = random.Random(f"stories-{seed}")
    templates = list(stories_text()["stories"])
    rng.shuffle(templates)
    ids = []
    with tempfile.TemporaryDirectory(prefix="cdtt-demo-stories-") as folder:
        writer = _Writer(ws, rng, Path(folder), today or dt.date.today())
        for i in range(count):
            ids.append(writer.write(templates[i % len(templates)], ORDER[i % len(ORDER)], i // len(ORDER)))
    return ids
