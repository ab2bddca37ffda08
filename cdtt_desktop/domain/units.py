"""Units: the officer's own union, its parent body and the grassroots unions (CĐCS) it oversees.

Units form a tree. Since the 2025 reform units are merged and renamed, so each
has a validity window and may name a successor.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum

from cdtt_desktop.domain import values as v
from cdtt_desktop.domain.messages import Problem
from cdtt_desktop.domain.text import clean


class UnitKind(StrEnum):
    PARENT = "parent"  # the body above the officer's unit (LĐLĐ tỉnh, CĐ ngành)
    OWN = "own"  # the officer's unit (CĐ xã/phường, CĐ KCN, formerly LĐLĐ huyện)
    GRASSROOTS = "grassroots"  # CĐCS overseen by the own unit


@dataclass
class UnitDraft:
    """A unit as typed: every text already cleaned."""

    name: str
    kind: UnitKind
    abbreviation: str = ""
    place_name: str = ""
    address: str = ""
    member_count: int | None = None
    valid_from: dt.date | None = None
    valid_to: dt.date | None = None
    parent_id: str | None = None
    successor_id: str | None = None
    id: str | None = None
    extra: dict[str, object] = field(default_factory=dict)


@dataclass
class OwnUnitSetup:
    """What the first-run wizard and `cdtt init` gather."""

    unit_name: str
    parent_name: str
    abbreviation: str
    place_name: str
    address: str = ""
    officer_name: str = ""
    signer_name: str = ""
    signer_title: str = ""
    signing_authority: str = ""

    def cleaned(self) -> OwnUnitSetup:
        return OwnUnitSetup(
            unit_name=clean(self.unit_name),
            parent_name=clean(self.parent_name),
            abbreviation=clean(self.abbreviation).upper(),
            place_name=clean(self.place_name),
            address=clean(self.address),
            officer_name=clean(self.officer_name),
            signer_name=clean(self.signer_name),
            signer_title=clean(self.signer_title),
            signing_authority=clean(self.signing_authority),
        )


def validate_setup(setup: OwnUnitSetup) -> list[Problem]:
    """Rules for the officer's own unit; `setup` must be cleaned."""
    problems = [
        v.required(setup.unit_name, "unit_name"),
        v.check_length(setup.unit_name, "unit_name", 200),
        v.required(setup.parent_name, "parent_name"),
        v.check_length(setup.parent_name, "parent_name", 200),
        v.check_abbreviation(setup.abbreviation, "abbreviation"),
        v.required(setup.place_name, "place_name"),
        v.check_length(setup.place_name, "place_name", 80),
        v.check_length(setup.address, "address", 300),
        v.check_length(setup.officer_name, "officer_name", 100),
        v.check_length(setup.signer_name, "signer_name", 100),
        v.check_length(setup.signer_title, "signer_title", 100),
        v.check_length(setup.signing_authority, "signing_authority", 100),
    ]
    return [p for p in problems if p]


def validate_unit(draft: UnitDraft) -> list[Problem]:
    """Rules for any unit row; `draft` must be cleaned."""
    problems = [
        v.required(draft.name, "name"),
        v.check_length(draft.name, "name", 200),
        v.check_length(draft.address, "address", 300),
    ]
    if draft.abbreviation:
        problems.append(v.check_abbreviation(draft.abbreviation, "abbreviation"))
    if draft.member_count is not None:
        _, problem = v.parse_count(draft.member_count, "member_count")
        problems.append(problem)
    if draft.valid_from and draft.valid_to and draft.valid_to < draft.valid_from:
        from cdtt_desktop.domain import messages as m

        problems.append(Problem("valid_to", m.END_BEFORE_START))
    return [p for p in problems if p]
