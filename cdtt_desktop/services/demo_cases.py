"""Demo Mái ấm Công đoàn cases: every step of the lifecycle, amounts that add up, papers and photos attached.

The wording lives in resources/demo/cases-vi.json. Each case is written and moved
through the real service, so its timeline, documents and audit rows are real; the
rules of last year and this year are stored first. The same seed gives the same
cases (record ids are new each time). Every step appears once in every ten cases.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import tempfile
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from PIL import Image, ImageDraw

from cdtt_desktop.domain.housing import BuildKind, CaseConsent, CaseContent, CaseStep, ConsentUse
from cdtt_desktop.domain.housing_checks import STEP_DAYS
from cdtt_desktop.domain.units import UnitKind
from cdtt_desktop.paths import resource_dir
from cdtt_desktop.services.demo import demo_text
from cdtt_desktop.services.housing import (
    add_case_document,
    advance_case,
    anonymise_case,
    new_case,
    rules_for,
    save_case_content,
    withdraw_consent,
)
from cdtt_desktop.services.housing_rules import seed_rules
from cdtt_desktop.services.workspace import Workspace

C = CaseStep
FORWARD = (C.SURVEY, C.PROPOSAL, C.DECISION, C.CONSTRUCTION, C.ACCEPTANCE, C.HANDOVER, C.CLOSED)
# The moves that bring a case to each step; a second path goes through a return.
PATHS: dict[CaseStep, tuple[tuple[CaseStep, ...], ...]] = {
    C.REQUEST: ((),),
    **{step: (FORWARD[: i + 1],) for i, step in enumerate(FORWARD)},
    C.RETURNED: ((C.SURVEY, C.PROPOSAL, C.RETURNED), (C.RETURNED,)),
    C.NOT_ELIGIBLE: ((C.NOT_ELIGIBLE,), (C.SURVEY, C.NOT_ELIGIBLE)),
}
PATHS[C.CLOSED] += ((C.SURVEY, C.PROPOSAL, C.RETURNED, C.PROPOSAL, *FORWARD[2:]),)
ORDER = tuple(PATHS)
# The papers attached just before a move, so that the move finds them.
PAPERS_BEFORE = {C.SURVEY: ("survey_record", "photos_before"), C.PROPOSAL: ("proposal",),
                 C.DECISION: ("decision",), C.HANDOVER: ("acceptance_record",), C.CLOSED: ("photos_after",)}
REQUEST_PAPERS = ("member_request", "grassroots_request", "land_papers", "id_card")


@lru_cache(maxsize=1)
def cases_text() -> dict[str, Any]:
    """The demo cases' wording, as shipped in resources/demo."""
    path = resource_dir() / "demo" / "cases-vi.json"
    return json.loads(path.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def draw_house(rng: random.Random, caption: str, *, new: bool) -> Image.Image:
    """A simple picture of the house: patched and leaning before, whole and painted after."""
    image = Image.new("RGB", (800, 600), (170, 205, 235))
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 430, 800, 600), fill=(110, 150, 80))
    wall = (236, 222, 170) if new else (150, 140, 120)
    tilt = 0 if new else rng.randint(10, 30)
    draw.polygon([(200, 430), (600, 430), (600 + tilt, 250), (200 + tilt, 250)], fill=wall)
    draw.polygon([(170 + tilt, 255), (630 + tilt, 255), (400 + tilt, 120)], fill=(190, 50, 40) if new else (90, 80, 70))
    draw.rectangle((360, 320, 440, 430), fill=(120, 70, 40))
    if not new:  # patches of tin and cracks
        for _ in range(4):
            x, y = rng.randint(220, 560), rng.randint(180, 240)
            draw.rectangle((x, y, x + 50, y + 25), fill=(160, 160, 165))
        draw.line([(250, 300), (280, 380), (265, 420)], fill=(60, 50, 40), width=4)
    draw.rectangle((0, 560, 800, 600), fill=(30, 30, 30))
    draw.text((20, 570), caption, fill=(255, 255, 255))
    return image


@dataclass
class _Case:
    content: CaseContent
    unit_name: str
    request_on: dt.date
    approved: int


class _Writer:
    """Turns one family template into one case at a step, with a seeded random stream."""

    def __init__(self, ws: Workspace, rng: random.Random, folder: Path, today: dt.date):
        self.ws, self.rng, self.folder, self.today = ws, rng, folder, today
        self.text = cases_text()
        people: list[str] = demo_text()["people"]
        self.women = [p for p in people if " Thị " in f" {p} "]
        self.men = [p for p in people if p not in self.women]
        self.units = [(r["id"], r["name"]) for r in ws.units.by_kind(UnitKind.GRASSROOTS)]
        self.files = 0
        self.decisions = 0

    def _unit(self, hint: str) -> tuple[str, str]:
        fitting = [u for u in self.units if hint and hint in u[1].casefold()]
        return self.rng.choice(fitting or self.units) if self.units else ("", "CĐCS Công ty TNHH May mặc Hồng Hà")

    def _cccd(self, code: str, birth: dt.date, sex: str) -> str:
        century = (birth.year - 1900) // 100 * 2 + (1 if sex == "female" else 0)
        return f"{code}{century}{birth.year % 100:02d}{self.rng.randint(0, 999_999):06d}"

    def _funding(self, kind: str, support: int) -> dict[str, str]:
        rng = self.rng
        if kind == BuildKind.NEW.value:
            total = rng.randrange(120_000_000, 260_000_000, 500_000)
            sponsors, loans = rng.choice((0, 10_000_000, 20_000_000)), rng.choice((0, 30_000_000, 50_000_000))
        else:
            total = rng.randrange(35_000_000, 80_000_000, 500_000)
            sponsors, loans = rng.choice((0, 5_000_000)), rng.choice((0, 10_000_000))
        family = total - support - sponsors - loans
        if family < 0:  # a small repair: no loan needed
            loans, family = 0, total - support - sponsors
        parts = {"total_cost": total, "union_support": support, "sponsors": sponsors, "family": family, "loans": loans}
        return {k: f"{x:,}".replace(",", ".") for k, x in parts.items()}

    def case(self, family: dict[str, Any], request_on: dt.date, *, eligible: bool) -> _Case:
        rng = self.rng
        sex = family["sex"]
        name = rng.choice(self.women if sex == "female" else self.men)
        birth = dt.date(rng.randint(1972, 1994), rng.randint(1, 12), rng.randint(1, 28))
        years = rng.randint(6, 20) if eligible else rng.randint(2, 3)
        since = dt.date(request_on.year - years, rng.randint(1, 12), 1)
        place = rng.choice(self.text["places"])
        unit_id, unit_name = self._unit(family["hint"])
        rules = rules_for(self.ws, request_on.year, place["province"])
        support = rules.amount_for(family["build_kind"])
        given = request_on.isoformat()
        consents = [CaseConsent(ConsentUse.CASE_HANDLING.value, given, self.ws.officer())]
        if rng.random() < 0.7:
            consents.append(CaseConsent(ConsentUse.PUBLICITY_PHOTOS.value, given, self.ws.officer()))
        content = CaseContent(
            full_name=name, birth_date=birth.isoformat(), sex=sex, cccd=self._cccd(place["cccd_code"], birth, sex),
            phone=rng.choice(self.text["mobile_prefixes"]) + f"{rng.randint(0, 9_999_999):07d}",
            province=place["province"], commune=place["commune"], street=rng.choice(self.text["streets"]),
            old_province=place["province"], old_district=place["old_district"], old_commune=place["old_commune"],
            grassroots_unit_id=unit_id, member_since=since.isoformat(), job=family["job"],
            **{k: family[k] for k in ("household_size", "monthly_income", "illness", "dependants", "circumstances",
                                      "build_kind", "house_condition", "land_papers")},
            funding=self._funding(family["build_kind"], support), consents=consents)
        approved = support if rng.random() < 0.8 else support - 5_000_000
        return _Case(content, unit_name, request_on, approved)

    def _paper(self, kind: str, case_id: str) -> Path:
        self.files += 1
        if kind.startswith("photos_"):
            path = self.folder / f"anh-{self.files:03d}.jpg"
            draw_house(self.rng, self.text["captions"][kind], new=kind == "photos_after").save(path, "JPEG", quality=75)
        else:  # a tiny PDF standing in for the scanned paper
            path = self.folder / f"{self.files:03d}-{self.text['papers'][kind]}"
            path.write_bytes(b"%PDF-1.4\n% " + f"{kind} {case_id}".encode() + b"\n%%EOF\n")
        return path

    def attach(self, case_id: str, kinds: tuple[str, ...], publicity: bool) -> None:
        for kind in kinds:
            add_case_document(self.ws, case_id, self._paper(kind, case_id), kind=kind,
                              publicity=publicity and kind.startswith("photos_"))

    def write(self, family: dict[str, Any], step: CaseStep, variant: int) -> str:
        rng, text = self.rng, self.text
        path = PATHS[step][variant % len(PATHS[step])]
        days = [rng.randint(STEP_DAYS[s] // 2, STEP_DAYS[s]) if s in STEP_DAYS else rng.randint(5, 20) for s in path]
        request_on = self.today - dt.timedelta(days=sum(days) + rng.randint(3, 40))
        eligible = not (step is C.NOT_ELIGIBLE and variant % 2 == 0) and rng.random() > 0.1
        made = self.case(family, request_on, eligible=eligible)
        case_id = new_case(self.ws, grassroots_unit_id=made.content.grassroots_unit_id or None, today=request_on)
        if not path and rng.random() < 0.5:  # a request still being completed
            made.content.circumstances, made.content.funding = "", {}
        save_case_content(self.ws, case_id, made.content)
        publicity = any(c.use == ConsentUse.PUBLICITY_PHOTOS.value for c in made.content.consents)
        self.attach(case_id, REQUEST_PAPERS if path else REQUEST_PAPERS[: rng.randint(1, 3)], publicity)
        day, returned = request_on, None
        for move, gap in zip(path, days, strict=True):
            day += dt.timedelta(days=gap)
            if move is not returned:
                self.attach(case_id, PAPERS_BEFORE.get(move, ()), publicity)
            slots = {"unit": made.unit_name, "name": made.content.full_name, "officer": self.ws.officer()}
            notes = text["notes"].get(move.value, "").format_map(slots)
            data: dict[str, str] = {}
            if move is C.RETURNED:
                notes, returned = rng.choice(text["return_notes"]), path[path.index(move) - 1]
            elif move is C.NOT_ELIGIBLE:
                notes = text["not_eligible_notes"][0 if not eligible else 1]
            elif move is C.DECISION:
                self.decisions += 1
                data = {"decision_number": text["decision_number"].format(number=self.decisions + 100),
                        "decision_date": day.isoformat(), "approved_amount": str(made.approved)}
            elif move is C.HANDOVER:
                data = {"handover_date": day.isoformat()}
            advance_case(self.ws, case_id, move, done_on=day.isoformat(), responsible=self.ws.officer(),
                         notes=notes, data=data, justification="" if eligible else text["justification"])
        if step is C.CLOSED and variant % 3 == 1:
            anonymise_case(self.ws, case_id)
        elif publicity and step is C.HANDOVER and variant % 2 == 1:  # the family changed its mind
            withdraw_consent(self.ws, case_id, ConsentUse.PUBLICITY_PHOTOS.value, on=day.isoformat())
        return case_id


def generate_demo_cases(ws: Workspace, *, count: int, seed: int = 1, today: dt.date | None = None) -> list[str]:
    """Add `count` demo cases (ids returned), every step once in every ten; the rules of the years stored."""
    if count < 0:
        raise ValueError("the number of cases cannot be negative")
    day = today or dt.date.today()
    for year in (day.year - 1, day.year):
        seed_rules(ws, year)
    rng = random.Random(f"cases-{seed}")
    families = list(cases_text()["families"])
    rng.shuffle(families)
    ids = []
    with tempfile.TemporaryDirectory(prefix="cdtt-demo-cases-") as folder:
        writer = _Writer(ws, rng, Path(folder), day)
        for i in range(count):
            ids.append(writer.write(families[i % len(families)], ORDER[i % len(ORDER)], i // len(ORDER)))
    return ids
