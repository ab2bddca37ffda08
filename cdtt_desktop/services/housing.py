"""Mái ấm Công đoàn cases: from the member's request to the handed-over house, with nothing skipped.

The only way to change a case. A step is reached only by an ALLOWED move that
carries the step's data and finds its documents attached; leaving the request
with an unmet rule of the year needs a justification, which is kept with the move.
Every move is a timeline row and an audit row. The CCCD is masked in everything
read from here unless the case editor asks for it (`reveal_cccd`); the audit trail
never holds personal values. Documents are in housing_documents.py, consent
withdrawal and anonymisation in housing_privacy.py, the rules of the year in
housing_rules.py (all re-exported here).
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, replace
from typing import Any

from cdtt_desktop.domain import housing_checks as checks
from cdtt_desktop.domain import messages as m
from cdtt_desktop.domain import values as v
from cdtt_desktop.domain.housing import CaseContent, CaseStep, ConsentUse, HousingRules
from cdtt_desktop.domain.identifiers import mask_cccd
from cdtt_desktop.domain.messages import Problem, ValidationError
from cdtt_desktop.domain.text import clean, clean_multiline
from cdtt_desktop.services.housing_documents import (
    CaseDocument,
    DuplicateFileError,
    PhotoRejectedError,
    add_case_document,
    case_documents,
    document_kinds,
    live_row,
    remove_case_document,
    set_document_publicity,
)
from cdtt_desktop.services.housing_privacy import anonymise_case, withdraw_consent
from cdtt_desktop.services.housing_rules import rules_for, save_rules
from cdtt_desktop.services.workspace import Workspace
from cdtt_desktop.storage.database import transaction
from cdtt_desktop.storage.records import RecordNotFoundError, Row

__all__ = [
    "CaseDocument", "CaseFilter", "CaseRecord", "CaseSummary", "CaseTotals", "DuplicateFileError",
    "EligibilityCheck", "PhotoRejectedError", "RecordNotFoundError", "StepRecord", "ValidationError",
    "add_case_document", "advance_case", "anonymise_case", "case_totals", "content_problems", "eligibility",
    "get_case", "list_cases", "new_case", "remove_case_document", "restore_case", "rules_for",
    "save_case_content", "save_rules", "set_document_publicity", "trash_case", "withdraw_consent",
]


@dataclass(frozen=True)
class CaseFilter:
    step: CaseStep | None = None
    grassroots_unit_id: str | None = None
    year: int | None = None
    text: str = ""  # accent-insensitive over the beneficiary's name and address and the union's name
    in_trash: bool = False


@dataclass(frozen=True)
class CaseSummary:
    id: str
    step: CaseStep
    beneficiary: str
    cccd_masked: str
    unit_name: str
    build_kind: str
    requested: int  # whole đồng
    approved: int | None
    next_step: CaseStep | None
    due_on: str  # ISO date the next step is due, '' once finished
    year: int
    updated_at: str


@dataclass(frozen=True)
class CaseTotals:
    count: int
    requested: int
    approved: int


@dataclass(frozen=True)
class StepRecord:
    step: CaseStep
    done_on: str
    responsible: str
    notes: str
    data: dict[str, str]  # decision_number, approved_amount, handover_date, justification, failed_rules…
    at: str
    actor: str


@dataclass(frozen=True)
class EligibilityCheck:
    rule: str  # membership, hardship, document:<kind>, consent, funding, amount
    passed: bool
    problem: Problem | None


@dataclass(frozen=True)
class CaseRecord:
    summary: CaseSummary
    content: CaseContent
    steps: list[StepRecord]
    documents: list[CaseDocument]
    rules: HousingRules
    eligibility: list[EligibilityCheck]
    returned_from: CaseStep | None
    anonymised: bool


# --- reading ---------------------------------------------------------------------------------------------

def _content(row: Row) -> CaseContent:
    return CaseContent.from_json(json.loads(row["content"] or "{}"))


def _summary(row: Row) -> CaseSummary:
    step = CaseStep(row["step"])
    returned_from = CaseStep(row["returned_from"]) if row["returned_from"] else None
    return CaseSummary(
        id=row["id"], step=step, beneficiary=row["beneficiary_name"], cccd_masked=mask_cccd(_content(row).cccd),
        unit_name=row["unit_name"], build_kind=row["build_kind"], requested=int(row["requested"]),
        approved=None if row["approved"] is None else int(row["approved"]),
        next_step=checks.next_step(step, returned_from), due_on=row["due_on"], year=int(row["year"]),
        updated_at=row["updated_at"])


def _eligibility(ws: Workspace, row: Row, content: CaseContent) -> list[EligibilityCheck]:
    rules = rules_for(ws, int(row["year"]), content.province)
    found = checks.eligibility_checks(content, rules, document_kinds(ws, row["id"]), today=dt.date.today())
    return [EligibilityCheck(rule, problem is None, problem) for rule, problem in found]


def get_case(ws: Workspace, case_id: str, *, reveal_cccd: bool = False) -> CaseRecord:
    """The whole case (also from the trash); the CCCD masked unless `reveal_cccd` (the case editor)."""
    row = ws.housing.get(case_id)
    content = _content(row)
    checked = _eligibility(ws, row, content)
    if not reveal_cccd:
        content.cccd = mask_cccd(content.cccd)
    steps = [StepRecord(step=CaseStep(s["step"]), done_on=s["done_on"], responsible=s["responsible"],
                        notes=s["notes"], data={k: str(x) for k, x in s["data"].items()}, at=s["at"],
                        actor=s["actor"]) for s in ws.housing.steps(case_id)]
    return CaseRecord(
        summary=_summary(row), content=content, steps=steps, documents=case_documents(ws, case_id),
        rules=rules_for(ws, int(row["year"]), content.province), eligibility=checked,
        returned_from=CaseStep(row["returned_from"]) if row["returned_from"] else None,
        anonymised=bool(row["anonymised"]))


def _find_args(flt: CaseFilter) -> dict[str, Any]:
    return {"step": flt.step.value if flt.step else None, "unit_id": flt.grassroots_unit_id, "year": flt.year,
            "text": flt.text, "in_trash": flt.in_trash}


def list_cases(ws: Workspace, flt: CaseFilter) -> list[CaseSummary]:
    """The cases matching `flt`, the most recently changed first (CCCD masked)."""
    return [_summary(r) for r in ws.housing.find(**_find_args(flt))]


def case_totals(ws: Workspace, flt: CaseFilter) -> CaseTotals:
    """How many cases match `flt` and their đồng requested and approved."""
    return CaseTotals(*ws.housing.totals(**_find_args(flt)))


def eligibility(ws: Workspace, case_id: str) -> list[EligibilityCheck]:
    """Each rule of the case's year, met or not (the documents attached so far count)."""
    row = ws.housing.get(case_id)
    return _eligibility(ws, row, _content(row))


def content_problems(ws: Workspace, content: CaseContent, *, year: int) -> list[Problem]:
    """Every problem of the typed content against the rules of `year` (documents are checked with the case)."""
    cleaned = content.cleaned()
    return checks.content_problems(cleaned, rules_for(ws, year, cleaned.province), today=dt.date.today())


# --- writing ---------------------------------------------------------------------------------------------

def _existing_unit(ws: Workspace, unit_id: str) -> str | None:
    """`unit_id` when such a live unit exists; a stale choice must not break the save."""
    if not unit_id:
        return None
    found = ws.db.execute("SELECT 1 FROM units WHERE id = ? AND deleted_at IS NULL", [unit_id]).fetchone()
    return unit_id if found else None


def _columns(ws: Workspace, content: CaseContent) -> dict[str, Any]:
    support, _problem = v.parse_count(content.funding.get("union_support", ""), "union_support")
    return {"beneficiary_name": content.full_name, "grassroots_unit_id": _existing_unit(ws, content.grassroots_unit_id),
            "build_kind": content.build_kind, "requested": support or 0, "content": content.to_json()}


def _iso_dates(content: CaseContent) -> CaseContent:
    """Dates as stored (ISO), whatever way they were typed; the phone as 0xxxxxxxxx."""
    def iso(text: str) -> str:
        day, _problem = v.parse_date(text, "")
        return day.isoformat() if day else text

    content = replace(content, birth_date=iso(content.birth_date), member_since=iso(content.member_since),
                      phone=checks.normalised_phone(content.phone))
    content.consents = [replace(c, given_on=iso(c.given_on), withdrawn_on=iso(c.withdrawn_on))
                        for c in content.consents]
    return content


def new_case(ws: Workspace, *, grassroots_unit_id: str | None = None, today: dt.date | None = None) -> str:
    """A new case at the request step with empty content; returns its id."""
    day = today or dt.date.today()
    content = CaseContent(grassroots_unit_id=grassroots_unit_id or "")
    with transaction(ws.db):
        case_id = ws.housing.add({**_columns(ws, content), "step": CaseStep.REQUEST.value, "year": day.year,
                                  "due_on": checks.due_on(CaseStep.REQUEST, day, None)})
        ws.housing.add_step(case_id, step=CaseStep.REQUEST.value, done_on=day.isoformat(),
                            responsible=ws.officer(), notes="", data={}, actor=ws.officer())
    return case_id


def save_case_content(ws: Workspace, case_id: str, content: CaseContent) -> None:
    """Store what was typed (cleaned), complete or not, while the case is open.

    Everything typed is kept, even a half-typed CCCD: an autosave must never drop a word. Values that are
    wrong field by field (CCCD, phone, dates, amounts) are then reported with ValidationError, so the form
    can show them; the case cannot move on until they are right (advance_case checks them again).
    A CCCD still masked as it was read is kept as stored. Withdrawing the consent to publicity photos here
    takes every document out of publicity use, as withdraw_consent does.
    """
    cleaned = content.cleaned()
    with transaction(ws.db):
        row = live_row(ws, case_id)
        stored = _content(row)
        if cleaned.cccd and cleaned.cccd == mask_cccd(stored.cccd):
            cleaned.cccd = stored.cccd
        problems = [p for p in checks.field_problems(cleaned, today=dt.date.today()) if not p.warning]
        cleaned = _iso_dates(cleaned)
        ws.housing.update(case_id, _columns(ws, cleaned))
        if not checks.active_consent(cleaned, ConsentUse.PUBLICITY_PHOTOS.value):
            ws.housing.clear_publicity(case_id)
    if problems:
        raise ValidationError(problems)


def _step_date(ws: Workspace, case_id: str, done_on: str) -> tuple[dt.date | None, list[Problem]]:
    day, problem = v.parse_date(done_on, "done_on")
    if day is None:
        return None, [problem or Problem("done_on", m.REQUIRED)]
    if problem := v.check_date_range(day, "done_on", today=dt.date.today(), future_days=0):
        return None, [problem]
    previous = max((s["done_on"] for s in ws.housing.steps(case_id)), default="")
    if previous and day.isoformat() < previous:
        shown = dt.date.fromisoformat(previous).strftime("%d/%m/%Y")
        return None, [Problem("done_on", checks.BEFORE_PREVIOUS_STEP, {"date": shown})]
    return day, []


def advance_case(ws: Workspace, case_id: str, target: CaseStep, *, done_on: str, responsible: str,
                 notes: str = "", data: dict[str, str] | None = None, justification: str = "") -> None:
    """Move the case to `target` with the step's date, person, notes and data, or raise ValidationError.

    Leaving the request while a rule of the year is not met needs `justification` (or the one written in
    the wizard); it is kept in the step's data with the rules it overrides.
    """
    target = CaseStep(target)
    notes, responsible = clean_multiline(notes), clean(responsible)
    with transaction(ws.db):
        row = live_row(ws, case_id, editing=False)
        current = CaseStep(row["step"])
        returned_from = CaseStep(row["returned_from"]) if row["returned_from"] else None
        day, problems = _step_date(ws, case_id, done_on)
        if not responsible:
            problems.append(Problem("responsible", m.REQUIRED))
        step_data, data_problems = checks.normalise_step_data(data or {})
        problems += data_problems
        merged: dict[str, str] = {}
        for earlier in ws.housing.steps(case_id):
            merged.update(earlier["data"])
        merged.update(step_data)
        problems += checks.move_problems(current, target, returned_from=returned_from, notes=notes, data=merged,
                                         documents=document_kinds(ws, case_id), requested=int(row["requested"]))
        content = _content(row)
        # What the autosave kept may still hold a wrong value: no step is taken with it.
        problems += [p for p in checks.field_problems(content, today=dt.date.today()) if not p.warning]
        justification = clean_multiline(justification) or content.eligibility_justification
        if current is CaseStep.REQUEST and target is checks.next_step(current, None):
            failed = [check.rule for check in _eligibility(ws, row, content) if not check.passed]
            if failed and not justification:
                problems.append(Problem("justification", checks.NEEDS_JUSTIFICATION))
            elif failed:
                step_data.update(failed_rules=", ".join(failed), justification=justification)
        if problems or day is None:
            raise ValidationError(problems)
        values: dict[str, Any] = {"step": target.value}
        if target is CaseStep.RETURNED:
            values["returned_from"] = current.value
        elif current is CaseStep.RETURNED:
            values["returned_from"] = None
        if "approved_amount" in step_data:
            values["approved"] = int(step_data["approved_amount"])
        values["due_on"] = step_data.pop("due_on", "") or checks.due_on(
            target, day, current if target is CaseStep.RETURNED else None)
        ws.housing.update(case_id, values)
        ws.housing.add_step(case_id, step=target.value, done_on=day.isoformat(), responsible=responsible,
                            notes=notes, data=step_data, actor=ws.officer(),
                            justification=step_data.get("justification", ""))


def trash_case(ws: Workspace, case_id: str) -> None:
    ws.housing.trash(case_id)


def restore_case(ws: Workspace, case_id: str) -> None:
    ws.housing.restore(case_id)
