"""The words the Mái ấm screens show for steps, fields, documents and rules, and the colours of the badges.

Marked with QT_TRANSLATE_NOOP in the "HousingLabels" context and translated when shown,
so the list, the wizard, the case file and the Settings tab all say the same thing.
Steps, document kinds and the data of a step are named by the domain ("Housing" context),
shared with the command line.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from cdtt_desktop import formatting as fmt
from cdtt_desktop.domain import housing_names as names
from cdtt_desktop.domain import messages as m
from cdtt_desktop.domain.housing import (
    DOCUMENT_KINDS,
    SENSITIVE_DOCUMENTS,
    BuildKind,
    CaseStep,
    ConsentUse,
    HousingRules,
)
from cdtt_desktop.domain.messages import QT_TRANSLATE_NOOP, Problem

CONTEXT = "HousingLabels"
DOMAIN_CONTEXT = "Housing"

# What a button that moves a case to each step says.
MOVE_NAMES: dict[CaseStep, str] = {
    CaseStep.REQUEST: QT_TRANSLATE_NOOP("HousingLabels", "Back to the request"),
    CaseStep.SURVEY: QT_TRANSLATE_NOOP("HousingLabels", "Record the survey…"),
    CaseStep.PROPOSAL: QT_TRANSLATE_NOOP("HousingLabels", "Record the proposal…"),
    CaseStep.DECISION: QT_TRANSLATE_NOOP("HousingLabels", "Record the decision…"),
    CaseStep.CONSTRUCTION: QT_TRANSLATE_NOOP("HousingLabels", "Start construction…"),
    CaseStep.ACCEPTANCE: QT_TRANSLATE_NOOP("HousingLabels", "Record the acceptance…"),
    CaseStep.HANDOVER: QT_TRANSLATE_NOOP("HousingLabels", "Record the handover…"),
    CaseStep.CLOSED: QT_TRANSLATE_NOOP("HousingLabels", "Close the case…"),
    CaseStep.RETURNED: QT_TRANSLATE_NOOP("HousingLabels", "Return for completion…"),
    CaseStep.NOT_ELIGIBLE: QT_TRANSLATE_NOOP("HousingLabels", "Not eligible…"),
}
# (background, text): grey request, blues while the papers move, amber on site, greens at the end,
# orange returned, red not eligible.
STEP_COLOURS: dict[str, tuple[str, str]] = {
    CaseStep.REQUEST: ("#e4e6ea", "#3c4043"),
    CaseStep.SURVEY: ("#d4e6fb", "#0b4f94"),
    CaseStep.PROPOSAL: ("#dcd6f7", "#3f2d8f"),
    CaseStep.DECISION: ("#cfeff2", "#0b5f66"),
    CaseStep.CONSTRUCTION: ("#fbeec2", "#6b4e00"),
    CaseStep.ACCEPTANCE: ("#e2f0cb", "#3d5a0a"),
    CaseStep.HANDOVER: ("#d3f0d5", "#1d6b25"),
    CaseStep.CLOSED: ("#bfe3c3", "#124a18"),
    CaseStep.RETURNED: ("#fde2c4", "#8a4300"),
    CaseStep.NOT_ELIGIBLE: ("#f6d2d0", "#8c1d18"),
}
FIELDS: dict[str, str] = {
    "full_name": QT_TRANSLATE_NOOP("HousingLabels", "Full name"),
    "birth_date": QT_TRANSLATE_NOOP("HousingLabels", "Date of birth"),
    "sex": QT_TRANSLATE_NOOP("HousingLabels", "Sex"),
    "cccd": QT_TRANSLATE_NOOP("HousingLabels", "CCCD number"),
    "phone": QT_TRANSLATE_NOOP("HousingLabels", "Phone"),
    "province": QT_TRANSLATE_NOOP("HousingLabels", "Province / city"),
    "commune": QT_TRANSLATE_NOOP("HousingLabels", "Commune / ward"),
    "street": QT_TRANSLATE_NOOP("HousingLabels", "House number, street"),
    "address": QT_TRANSLATE_NOOP("HousingLabels", "Address"),
    "old_province": QT_TRANSLATE_NOOP("HousingLabels", "Old province"),
    "old_district": QT_TRANSLATE_NOOP("HousingLabels", "Old district"),
    "old_commune": QT_TRANSLATE_NOOP("HousingLabels", "Old commune"),
    "grassroots_unit_id": QT_TRANSLATE_NOOP("HousingLabels", "Grassroots union"),
    "member_since": QT_TRANSLATE_NOOP("HousingLabels", "Union member since"),
    "job": QT_TRANSLATE_NOOP("HousingLabels", "Job"),
    "household_size": QT_TRANSLATE_NOOP("HousingLabels", "People in the household"),
    "monthly_income": QT_TRANSLATE_NOOP("HousingLabels", "Household income a month (đồng)"),
    "illness": QT_TRANSLATE_NOOP("HousingLabels", "Illness in the family"),
    "dependants": QT_TRANSLATE_NOOP("HousingLabels", "Dependants"),
    "circumstances": QT_TRANSLATE_NOOP("HousingLabels", "Circumstances"),
    "build_kind": QT_TRANSLATE_NOOP("HousingLabels", "Support for"),
    "house_condition": QT_TRANSLATE_NOOP("HousingLabels", "Condition of the house now"),
    "land_papers": QT_TRANSLATE_NOOP("HousingLabels", "Land-use papers held"),
    "eligibility_justification": QT_TRANSLATE_NOOP("HousingLabels", "Justification"),
    "total_cost": QT_TRANSLATE_NOOP("HousingLabels", "Total cost of the house"),
    "union_support": QT_TRANSLATE_NOOP("HousingLabels", "Union support requested"),
    "sponsors": QT_TRANSLATE_NOOP("HousingLabels", "Sponsors"),
    "family": QT_TRANSLATE_NOOP("HousingLabels", "Family's own money"),
    "loans": QT_TRANSLATE_NOOP("HousingLabels", "Loans"),
    "consents": QT_TRANSLATE_NOOP("HousingLabels", "Consent"),
    "given_on": QT_TRANSLATE_NOOP("HousingLabels", "Date of consent"),
    "recorded_by": QT_TRANSLATE_NOOP("HousingLabels", "Recorded by"),
    "documents": QT_TRANSLATE_NOOP("HousingLabels", "Documents"),
    "done_on": QT_TRANSLATE_NOOP("HousingLabels", "Date"),
    "responsible": QT_TRANSLATE_NOOP("HousingLabels", "Responsible"),
    "notes": QT_TRANSLATE_NOOP("HousingLabels", "Notes"),
    "justification": QT_TRANSLATE_NOOP("HousingLabels", "Justification"),
    "year": QT_TRANSLATE_NOOP("HousingLabels", "Year"),
    "new_build_amount": QT_TRANSLATE_NOOP("HousingLabels", "Support for a new build (đồng)"),
    "repair_amount": QT_TRANSLATE_NOOP("HousingLabels", "Support for a repair (đồng)"),
    "min_membership_years": QT_TRANSLATE_NOOP("HousingLabels", "Minimum years of membership"),
    "required_documents": QT_TRANSLATE_NOOP("HousingLabels", "Required documents"),
}
RULES: dict[str, str] = {
    "membership": QT_TRANSLATE_NOOP("HousingLabels", "Union member for at least {minimum} years"),
    "hardship": QT_TRANSLATE_NOOP("HousingLabels", "The family's hardship is described"),
    "document": QT_TRANSLATE_NOOP("HousingLabels", "Paper in the file: {document}"),
    "consent": QT_TRANSLATE_NOOP("HousingLabels", "Consent to handling the case is recorded"),
    "funding": QT_TRANSLATE_NOOP("HousingLabels", "The funding plan adds up to the total cost"),
    "amount": QT_TRANSLATE_NOOP("HousingLabels", "Union support within this year's limit ({limit})"),
}
# Messages that only make sense next to the name of their field ("This field is required.").
_GENERIC = {m.REQUIRED, m.TOO_LONG, m.NOT_A_NUMBER, m.NEGATIVE, m.TOO_LARGE, m.BAD_DATE, m.BAD_URL,
            m.DATE_TOO_EARLY, m.DATE_TOO_LATE, m.UNKNOWN_CHOICE}
_STEP_VALUES = {s.value for s in CaseStep}


def label(text: str) -> str:
    """The translation of one of the texts above."""
    return QCoreApplication.translate(CONTEXT, text)


def _domain(text: str) -> str:
    """A name the domain marks in the "Housing" context (steps, document kinds, step data)."""
    return QCoreApplication.translate(DOMAIN_CONTEXT, text)


def step_name(step: str | None) -> str:
    return _domain(names.STEP_NAMES[CaseStep(step)]) if step in _STEP_VALUES else str(step or "")


def move_name(step: str) -> str:
    return label(MOVE_NAMES[CaseStep(step)])


def build_kind_name(kind: str) -> str:
    known = {k.value for k in BuildKind}
    return _domain(names.BUILD_KIND_NAMES[BuildKind(kind)]) if kind in known else kind


def consent_use_name(use: str) -> str:
    known = {u.value for u in ConsentUse}
    return _domain(names.CONSENT_USE_NAMES[ConsentUse(use)]) if use in known else use


def field_name(field: str) -> str:
    if field in FIELDS:
        return label(FIELDS[field])
    return _domain(names.DATA_NAMES[field]) if field in names.DATA_NAMES else field


def document_name(kind: str) -> str:
    return _domain(DOCUMENT_KINDS[kind]) if kind in DOCUMENT_KINDS else kind


def is_sensitive(kind: str) -> bool:
    return kind in SENSITIVE_DOCUMENTS


def rule_name(rule: str, rules: HousingRules, limit: int) -> str:
    """An eligibility rule of the year in plain words ("document:id_card" → "Paper in the file: …")."""
    if rule.startswith("document:"):
        return label(RULES["document"]).format(document=document_name(rule.split(":", 1)[1]))
    if rule not in RULES:
        return rule
    return label(RULES[rule]).format(minimum=rules.min_membership_years, limit=fmt.money(limit))


def message_text(problem: Problem) -> str:
    """A rule's message, translated, as shown beside its own field."""
    return names.render_problem(problem, QCoreApplication.translate)


def problem_text(problem: Problem, *, with_field: bool = False) -> str:
    """A rule's message, translated; led by its field's name when the message alone would not say which
    (or always, with `with_field`, for lists away from the fields)."""
    text = message_text(problem)
    if problem.field in FIELDS and (with_field or problem.message in _GENERIC):
        return f"{field_name(problem.field)}: {text}"
    return text
