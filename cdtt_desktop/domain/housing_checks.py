"""Mái ấm Công đoàn: what each step needs, the eligibility rules of the year, and privacy-sensitive fields.

The meanings (steps, allowed moves, rules of the year, funding plan) are in
domain/housing.py; this module holds the checks built on them. Every check
returns Problems, never raises, so the wizard can show them all at once.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Mapping

from cdtt_desktop.domain import messages as m
from cdtt_desktop.domain import values as v
from cdtt_desktop.domain.housing import (
    ALLOWED,
    DOCUMENT_KINDS,
    FUNDING_DOES_NOT_ADD_UP,
    MEMBERSHIP_TOO_SHORT,
    MISSING_DOCUMENT,
    NO_CASE_CONSENT,
    ORDER,
    SUPPORT_ABOVE_RULE,
    BuildKind,
    CaseContent,
    CaseStep,
    ConsentUse,
    HousingRules,
    dong,
    funding_values,
)
from cdtt_desktop.domain.housing_names import (  # noqa: F401 - re-exported: the names belong with the checks
    BUILD_KIND_NAMES,
    CONSENT_USE_NAMES,
    DATA_NAMES,
    STEP_NAMES,
    render_problem,
    step_name,
)
from cdtt_desktop.domain.identifiers import check_cccd, normalise_phone
from cdtt_desktop.domain.messages import QT_TRANSLATE_NOOP, Problem
from cdtt_desktop.domain.text import clean

SEXES = ("male", "female")

# The data a move into a step must carry (typed in the step's form; earlier steps' data counts too) ...
STEP_DATA: dict[CaseStep, tuple[str, ...]] = {
    CaseStep.DECISION: ("decision_number", "approved_amount"),
    CaseStep.CONSTRUCTION: ("decision_number", "approved_amount"),  # never build without a decision
    CaseStep.HANDOVER: ("handover_date",),
    CaseStep.CLOSED: ("handover_date",),
}
# ... and the documents that must be attached first.
STEP_DOCUMENTS: dict[CaseStep, tuple[str, ...]] = {
    CaseStep.SURVEY: ("survey_record",),
    CaseStep.PROPOSAL: ("proposal",),
    CaseStep.HANDOVER: ("acceptance_record",),
    CaseStep.CLOSED: ("photos_after",),
}
AMOUNT_DATA = ("approved_amount",)
DATE_DATA = ("decision_date", "handover_date", "due_on")  # due_on: the next step's, if not the usual
# The step a document belongs to when none is given.
DOCUMENT_STEP = {"survey_record": CaseStep.SURVEY, "photos_before": CaseStep.SURVEY,
                 "proposal": CaseStep.PROPOSAL, "decision": CaseStep.DECISION,
                 "acceptance_record": CaseStep.HANDOVER, "photos_after": CaseStep.HANDOVER}
# Days usually allowed for the next step, counted from the last one: the due date shown in the list.
STEP_DAYS = {CaseStep.SURVEY: 15, CaseStep.PROPOSAL: 15, CaseStep.DECISION: 30, CaseStep.CONSTRUCTION: 30,
             CaseStep.ACCEPTANCE: 120, CaseStep.HANDOVER: 15, CaseStep.CLOSED: 30}
# Content fields that are personal data: never written to the audit trail as values.
PERSONAL_FIELDS = frozenset({
    "full_name", "birth_date", "sex", "cccd", "phone", "street", "old_commune", "old_district", "job",
    "household_size", "monthly_income", "illness", "dependants", "circumstances", "house_condition",
    "land_papers", "eligibility_justification"})
# Cleared by anonymisation (the name becomes "Đoàn viên #N").
ANONYMISED_FIELDS = ("birth_date", "cccd", "phone", "street", "old_commune", "illness", "dependants",
                     "circumstances", "house_condition", "land_papers", "eligibility_justification", "job")
ANONYMOUS_NAME = "Đoàn viên #{number}"
MAX_MEMBERSHIP_YEARS = 60
EARLIEST_LIFE_DATE = dt.date(1900, 1, 1)

NOT_ALLOWED = QT_TRANSLATE_NOOP("Rules", "A case at “{current}” cannot move to “{target}”.")
BACK_TO_RETURNED_STEP = QT_TRANSLATE_NOOP(
    "Rules", "A returned case goes back to “{step}”, the step it was returned from.")
RETURN_NEEDS_NOTES = QT_TRANSLATE_NOOP("Rules", "Write what must be completed before the case is returned.")
NOT_ELIGIBLE_NEEDS_NOTES = QT_TRANSLATE_NOOP("Rules", "Write why the case is not eligible.")
STEP_DATA_MISSING = QT_TRANSLATE_NOOP("Rules", "Enter “{item}” before this step.")
STEP_DOCUMENT_MISSING = QT_TRANSLATE_NOOP("Rules", "Attach “{document}” before this step.")
NEEDS_JUSTIFICATION = QT_TRANSLATE_NOOP(
    "Rules", "The case does not meet every rule of the year: write a justification to go on.")
BEFORE_PREVIOUS_STEP = QT_TRANSLATE_NOOP("Rules", "The date cannot be before the previous step ({date}).")
APPROVED_ABOVE_REQUESTED = QT_TRANSLATE_NOOP(
    "Rules", "The approved amount ({approved} đồng) is above the union support requested ({requested} đồng).")
AMOUNT_ZERO = QT_TRANSLATE_NOOP("Rules", "The amount must be more than 0 đồng.")
NOT_EDITABLE = QT_TRANSLATE_NOOP("Rules", "A case that is closed or not eligible can no longer be changed.")
ANONYMISED = QT_TRANSLATE_NOOP("Rules", "This case has been anonymised and can no longer be changed.")
ANONYMISE_ONLY_FINISHED = QT_TRANSLATE_NOOP(
    "Rules", "Only a closed case or a case found not eligible can be anonymised.")
SENSITIVE_NOT_PUBLIC = QT_TRANSLATE_NOOP("Rules", "“{document}” is sensitive and is never used for publicity.")
NO_PUBLICITY_CONSENT = QT_TRANSLATE_NOOP(
    "Rules", "The beneficiary has not consented to photos for publicity (or has withdrawn it).")
NO_SUPPORT_REQUESTED = QT_TRANSLATE_NOOP("Rules", "Enter the union support requested.")
NO_HARDSHIP = QT_TRANSLATE_NOOP("Rules", "Describe the family's hardship: circumstances, illness or dependants.")
NO_MEMBER_SINCE = QT_TRANSLATE_NOOP("Rules", "Enter since when the beneficiary has been a union member.")
CONSENT_INCOMPLETE = QT_TRANSLATE_NOOP("Rules", "A consent needs the date it was given and who recorded it.")
NO_CONSENT_TO_WITHDRAW = QT_TRANSLATE_NOOP("Rules", "There is no consent of this kind to withdraw.")
BAD_RULE_YEAR = QT_TRANSLATE_NOOP("Rules", "The year must be between 1990 and 2200.")
BAD_MEMBERSHIP_YEARS = QT_TRANSLATE_NOOP("Rules", "The membership years must be between 0 and {limit}.")


# --- the typed content ----------------------------------------------------------------------------------

def normalised_phone(text: str) -> str:
    """The phone as stored (0xxxxxxxxx), or the text as typed when it cannot be read."""
    stored, _error, _warning = normalise_phone(text) if clean(text) else (None, None, None)
    return stored or clean(text)


def field_problems(content: CaseContent, *, today: dt.date) -> list[Problem]:
    """What can be checked field by field while typing: CCCD, phone, dates, numbers, choices."""
    problems: list[Problem] = []
    birth, problem = v.parse_date(content.birth_date, "birth_date")
    problems += [problem] if problem else []
    if birth and (p := _life_date(birth, "birth_date", today)):
        problems.append(p)
    if content.cccd:
        p = check_cccd(content.cccd, birth_year=birth.year if birth else None, sex=content.sex or None)
        problems += [p] if p else []
    if content.phone:
        _stored, error, warning = normalise_phone(content.phone)
        problems += [x for x in (error, warning) if x]
    for name in ("member_since",):
        day, problem = v.parse_date(getattr(content, name), name)
        problems += [problem] if problem else []
        if day and (p := _life_date(day, name, today)):
            problems.append(p)
    for name in ("household_size", "monthly_income"):
        _value, problem = v.parse_count(getattr(content, name), name)
        problems += [problem] if problem else []
    if content.sex and content.sex not in SEXES:
        problems.append(Problem("sex", m.UNKNOWN_CHOICE, {"value": content.sex}))
    if content.build_kind not in {k.value for k in BuildKind}:
        problems.append(Problem("build_kind", m.UNKNOWN_CHOICE, {"value": content.build_kind}))
    problems += _consent_problems(content, today)
    _plan, funding = funding_values(content)
    # Whether the parts add up is a rule of the whole plan, checked once every part is typed.
    return problems + [p for p in funding if p.message != FUNDING_DOES_NOT_ADD_UP]


def _life_date(day: dt.date, field: str, today: dt.date) -> Problem | None:
    """A date in a person's life: not in the future, not before 1900 (births are before the log's 1990)."""
    if day < EARLIEST_LIFE_DATE:
        return Problem(field, m.DATE_TOO_EARLY, {"limit": EARLIEST_LIFE_DATE.strftime("%d/%m/%Y")})
    if day > today:
        return Problem(field, m.DATE_TOO_LATE, {"limit": today.strftime("%d/%m/%Y")})
    return None


def _consent_problems(content: CaseContent, today: dt.date) -> list[Problem]:
    problems: list[Problem] = []
    for consent in content.consents:
        if consent.use not in {u.value for u in ConsentUse}:
            problems.append(Problem("consents", m.UNKNOWN_CHOICE, {"value": consent.use}))
        for name in ("given_on", "withdrawn_on"):
            day, problem = v.parse_date(getattr(consent, name), "consents")
            problems += [problem] if problem else []
            if day and (p := v.check_date_range(day, "consents", today=today, future_days=0)):
                problems.append(p)
    return problems


def active_consent(content: CaseContent, use: str) -> bool:
    """True when the beneficiary gave this consent (dated, recorded by someone) and has not withdrawn it."""
    return any(c.use == use and c.given_on and c.recorded_by and not c.withdrawn_on for c in content.consents)


def membership_years(member_since: dt.date, on: dt.date) -> int:
    years = on.year - member_since.year
    return years - 1 if (on.month, on.day) < (member_since.month, member_since.day) else years


def eligibility_checks(content: CaseContent, rules: HousingRules, documents: Collection[str], *,
                       today: dt.date) -> list[tuple[str, Problem | None]]:
    """Each rule of the year with its problem (None when met): membership, hardship, papers, consent, money."""
    checks: list[tuple[str, Problem | None]] = []
    since, bad_date = v.parse_date(content.member_since, "member_since")
    membership: Problem | None = bad_date
    if since is None and bad_date is None:
        membership = Problem("member_since", NO_MEMBER_SINCE)
    elif since is not None and (years := membership_years(since, today)) < rules.min_membership_years:
        membership = Problem("member_since", MEMBERSHIP_TOO_SHORT,
                             {"years": max(years, 0), "year": rules.year, "minimum": rules.min_membership_years})
    checks.append(("membership", membership))
    hardship = content.circumstances or content.illness or content.dependants
    checks.append(("hardship", None if hardship else Problem("circumstances", NO_HARDSHIP)))
    for kind in rules.required_documents:
        missing = kind not in documents
        checks.append((f"document:{kind}", Problem("documents", MISSING_DOCUMENT, {"document": kind})
                       if missing else None))
    consent = active_consent(content, ConsentUse.CASE_HANDLING.value)
    checks.append(("consent", None if consent else Problem("consents", NO_CASE_CONSENT)))
    plan, funding = funding_values(content)
    checks.append(("funding", funding[0] if funding else None))
    amount: Problem | None = None
    limit = rules.amount_for(content.build_kind)
    if plan is not None and not plan.union_support:
        amount = Problem("union_support", NO_SUPPORT_REQUESTED)
    elif plan is not None and plan.union_support > limit:
        amount = Problem("union_support", SUPPORT_ABOVE_RULE,
                         {"requested": dong(plan.union_support), "limit": dong(limit)})
    checks.append(("amount", amount))
    return checks


REQUIRED_FIELDS = ("full_name", "birth_date", "sex", "cccd", "province", "commune", "grassroots_unit_id")


def content_problems(content: CaseContent, rules: HousingRules, *, today: dt.date) -> list[Problem]:
    """Every problem of the typed content, for the wizard: missing fields, bad values, the rules of the year.

    The documents are checked with the case (`eligibility_checks`), as they are attached to it.
    """
    problems = [Problem(name, m.REQUIRED) for name in REQUIRED_FIELDS if not getattr(content, name)]
    problems += field_problems(content, today=today)
    problems += [Problem("consents", CONSENT_INCOMPLETE) for c in content.consents
                 if not c.withdrawn_on and not (c.given_on and c.recorded_by)][:1]
    seen = {(p.field, p.message) for p in problems}
    for rule, problem in eligibility_checks(content, rules, DOCUMENT_KINDS, today=today):
        if problem and (problem.field, problem.message) not in seen and not rule.startswith("document:"):
            problems.append(problem)
    return problems


# --- moves ----------------------------------------------------------------------------------------------

def normalise_step_data(data: Mapping[str, str]) -> tuple[dict[str, str], list[Problem]]:
    """The step's data cleaned: amounts as plain whole đồng, dates as ISO; problems of what cannot be read."""
    result: dict[str, str] = {}
    problems: list[Problem] = []
    for key, raw in data.items():
        text = clean(str(raw))
        if not text:
            continue
        if key in AMOUNT_DATA:
            amount, problem = v.parse_count(text, key)
            if problem or not amount:
                problems.append(problem or Problem(key, AMOUNT_ZERO))
                continue
            text = str(amount)
        elif key in DATE_DATA:
            day, problem = v.parse_date(text, key)
            if problem or day is None:
                problems.append(problem or Problem(key, m.BAD_DATE))
                continue
            text = day.isoformat()
        result[key] = text
    return result, problems


def move_problems(current: CaseStep, target: CaseStep, *, returned_from: CaseStep | None, notes: str,
                  data: Mapping[str, str], documents: Collection[str], requested: int) -> list[Problem]:
    """Why the case cannot move from `current` to `target` with this data (the timeline's data so far
    included) and these documents attached. Eligibility is checked by the caller, which knows the rules."""
    if target not in ALLOWED[current]:
        return [Problem("step", NOT_ALLOWED, {"current": current.value, "target": target.value})]
    if current is CaseStep.RETURNED and returned_from is not None and target is not returned_from:
        return [Problem("step", BACK_TO_RETURNED_STEP, {"step": returned_from.value})]
    problems: list[Problem] = []
    if target is CaseStep.RETURNED and not notes:
        problems.append(Problem("notes", RETURN_NEEDS_NOTES))
    if target is CaseStep.NOT_ELIGIBLE and not notes:
        problems.append(Problem("notes", NOT_ELIGIBLE_NEEDS_NOTES))
    problems += [Problem(key, STEP_DATA_MISSING, {"item": key}) for key in STEP_DATA.get(target, ())
                 if not data.get(key)]
    problems += [Problem("documents", STEP_DOCUMENT_MISSING, {"document": kind})
                 for kind in STEP_DOCUMENTS.get(target, ()) if kind not in documents]
    approved = int(data.get("approved_amount") or 0)
    if target is CaseStep.DECISION and approved > requested:
        problems.append(Problem("approved_amount", APPROVED_ABOVE_REQUESTED,
                                {"approved": dong(approved), "requested": dong(requested)}))
    return problems


def next_step(step: CaseStep, returned_from: CaseStep | None) -> CaseStep | None:
    """Where the case goes next when all is well (None once it is finished)."""
    if step is CaseStep.RETURNED:
        return returned_from
    if step in (CaseStep.CLOSED, CaseStep.NOT_ELIGIBLE):
        return None
    return ORDER[ORDER.index(step) + 1]


def due_on(step: CaseStep, done_on: dt.date, returned_from: CaseStep | None) -> str:
    """When the next step is due (ISO), counted from the day this one was done; '' once finished."""
    following = next_step(step, returned_from)
    return (done_on + dt.timedelta(days=STEP_DAYS.get(following, 30))).isoformat() if following else ""


def rules_problems(rules: HousingRules) -> list[Problem]:
    problems: list[Problem] = []
    if not 1990 <= rules.year <= 2200:
        problems.append(Problem("year", BAD_RULE_YEAR))
    for name in ("new_build_amount", "repair_amount"):
        amount = getattr(rules, name)
        if not isinstance(amount, int) or isinstance(amount, bool) or amount <= 0:
            problems.append(Problem(name, AMOUNT_ZERO))
        elif amount > v.MAX_COUNT:
            problems.append(Problem(name, m.TOO_LARGE, {"limit": dong(v.MAX_COUNT)}))
    if not 0 <= rules.min_membership_years <= MAX_MEMBERSHIP_YEARS:
        problems.append(Problem("min_membership_years", BAD_MEMBERSHIP_YEARS, {"limit": MAX_MEMBERSHIP_YEARS}))
    problems += [Problem("required_documents", m.UNKNOWN_CHOICE, {"value": kind})
                 for kind in rules.required_documents if kind not in DOCUMENT_KINDS]
    return problems
