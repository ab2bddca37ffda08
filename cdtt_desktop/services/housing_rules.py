"""The Mái ấm rules of each year and province: stored as data, edited in Settings, seeded with defaults.

A year without rules of its own follows the nearest earlier year that has them
(amounts do not change every January); with none at all, the defaults of
`HousingRules` apply: new build 60.000.000 đ, repair 20.000.000 đ, 5 years of
membership, and the request, the grassroots union's letter, land papers and ID card.
"""

from __future__ import annotations

from dataclasses import asdict, replace
from typing import Any

from cdtt_desktop.domain.housing import HousingRules
from cdtt_desktop.domain.housing_checks import rules_problems
from cdtt_desktop.domain.messages import ValidationError
from cdtt_desktop.domain.text import clean
from cdtt_desktop.services.workspace import Workspace

_STORED = ("new_build_amount", "repair_amount", "min_membership_years", "required_documents")


def _from_stored(year: int, province: str, stored: dict[str, Any]) -> HousingRules:
    defaults = HousingRules(year=year, province=province)
    values = {k: stored[k] for k in _STORED if k in stored}
    if "required_documents" in values:
        values["required_documents"] = tuple(values["required_documents"])
    return replace(defaults, **values)


def rules_for(ws: Workspace, year: int, province: str = "") -> HousingRules:
    """The rules that apply in `year` and `province`, labelled with them (so that saving an edited copy
    stores that year's own rules): the province's own, else those for every province, else the defaults."""
    province = clean(province)
    for key in dict.fromkeys((province, "")):
        stored = ws.housing.rules(year, key)
        if stored is not None:
            return _from_stored(year, province, stored)
    return HousingRules(year=year, province=province)


def save_rules(ws: Workspace, rules: HousingRules) -> None:
    """Store the rules of `rules.year` and `rules.province` (audited), or raise ValidationError."""
    rules = replace(rules, province=clean(rules.province), required_documents=tuple(rules.required_documents))
    problems = rules_problems(rules)
    if problems:
        raise ValidationError(problems)
    values = {k: v for k, v in asdict(rules).items() if k in _STORED}
    values["required_documents"] = list(rules.required_documents)
    ws.housing.save_rules(rules.year, rules.province, values)


def stored_rule_years(ws: Workspace) -> list[tuple[int, str]]:
    """(year, province) of every stored set of rules, oldest first; province '' means every province."""
    return ws.housing.rule_years()


def seed_rules(ws: Workspace, year: int) -> None:
    """Store the default rules for `year` unless that year has rules of its own."""
    if (year, "") not in stored_rule_years(ws):
        save_rules(ws, HousingRules(year=year))
