"""Mái ấm Công đoàn: housing support for union members in hardship, from request to handover.

A case holds the beneficiary, the family's circumstances, the house, the funding
plan (whole đồng that must add up) and a timeline of steps. The rules (amounts,
membership years, required papers) change by year and province: they are data
(`HousingRules`), not code. Step moves are only those in ALLOWED.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from enum import StrEnum
from typing import Any

from cdtt_desktop.domain import values as v
from cdtt_desktop.domain.messages import QT_TRANSLATE_NOOP, Problem
from cdtt_desktop.domain.text import clean, clean_multiline


class CaseStep(StrEnum):
    REQUEST = "request"  # Đề nghị: the member's request certified locally + the CĐCS's letter
    SURVEY = "survey"  # Khảo sát thực tế (biên bản khảo sát)
    PROPOSAL = "proposal"  # Tờ trình to the upper level
    DECISION = "decision"  # Quyết định hỗ trợ (number, date, approved amount)
    CONSTRUCTION = "construction"  # Khởi công / đang xây, sửa
    ACCEPTANCE = "acceptance"  # Nghiệm thu
    HANDOVER = "handover"  # Bàn giao
    CLOSED = "closed"  # Đóng hồ sơ
    RETURNED = "returned"  # Trả lại để bổ sung
    NOT_ELIGIBLE = "not_eligible"  # Không đủ điều kiện


ORDER = (CaseStep.REQUEST, CaseStep.SURVEY, CaseStep.PROPOSAL, CaseStep.DECISION, CaseStep.CONSTRUCTION,
         CaseStep.ACCEPTANCE, CaseStep.HANDOVER, CaseStep.CLOSED)
# Forward one step at a time; any open step may be returned for completion or found not eligible;
# a returned case goes back to the step it was returned from (recorded on the case).
ALLOWED: dict[CaseStep, frozenset[CaseStep]] = {
    step: frozenset({ORDER[i + 1], CaseStep.RETURNED, CaseStep.NOT_ELIGIBLE})
    for i, step in enumerate(ORDER[:-2])
}
ALLOWED[CaseStep.HANDOVER] = frozenset({CaseStep.CLOSED})
ALLOWED[CaseStep.CLOSED] = frozenset()
ALLOWED[CaseStep.NOT_ELIGIBLE] = frozenset()
ALLOWED[CaseStep.RETURNED] = frozenset(ORDER[:5])


class BuildKind(StrEnum):
    NEW = "new"  # xây mới
    REPAIR = "repair"  # sửa chữa


class ConsentUse(StrEnum):
    CASE_HANDLING = "case_handling"  # xử lý hồ sơ
    PUBLICITY_PHOTOS = "publicity_photos"  # ảnh dùng cho tuyên truyền


# The case file's documents (DESIGN §6); which are required is a rule of the year.
DOCUMENT_KINDS = {
    "member_request": QT_TRANSLATE_NOOP("Housing", "Member's request certified by the local authority"),
    "grassroots_request": QT_TRANSLATE_NOOP("Housing", "Grassroots union's request letter"),
    "land_papers": QT_TRANSLATE_NOOP("Housing", "Land-use or house-ownership papers"),
    "id_card": QT_TRANSLATE_NOOP("Housing", "ID card (CCCD) copy"),
    "survey_record": QT_TRANSLATE_NOOP("Housing", "Survey record (biên bản khảo sát)"),
    "proposal": QT_TRANSLATE_NOOP("Housing", "Proposal (tờ trình)"),
    "decision": QT_TRANSLATE_NOOP("Housing", "Support decision (quyết định)"),
    "acceptance_record": QT_TRANSLATE_NOOP("Housing", "Acceptance and handover record"),
    "photos_before": QT_TRANSLATE_NOOP("Housing", "Photos before"),
    "photos_after": QT_TRANSLATE_NOOP("Housing", "Photos after"),
}
SENSITIVE_DOCUMENTS = frozenset({"id_card", "land_papers", "member_request"})  # never in publicity material


@dataclass
class HousingRules:
    """The rules of one year and province (editable in Settings)."""

    year: int
    province: str = ""
    new_build_amount: int = 60_000_000
    repair_amount: int = 20_000_000
    min_membership_years: int = 5
    required_documents: tuple[str, ...] = ("member_request", "grassroots_request", "land_papers", "id_card")

    def amount_for(self, kind: str) -> int:
        return self.new_build_amount if kind == BuildKind.NEW.value else self.repair_amount


@dataclass
class FundingPlan:
    """Whole đồng; the parts must add up to the total cost."""

    total_cost: int = 0
    union_support: int = 0
    sponsors: int = 0
    family: int = 0
    loans: int = 0

    def parts_sum(self) -> int:
        return self.union_support + self.sponsors + self.family + self.loans


@dataclass
class CaseConsent:
    use: str = ConsentUse.CASE_HANDLING.value
    given_on: str = ""  # ISO date
    recorded_by: str = ""
    withdrawn_on: str = ""


@dataclass
class CaseContent:
    """Everything typed in the wizard; stored as JSON. Counts and money as typed, checked by the rules."""

    # beneficiary
    full_name: str = ""
    birth_date: str = ""  # ISO
    sex: str = ""  # "male" | "female"
    cccd: str = ""
    phone: str = ""
    province: str = ""
    commune: str = ""
    street: str = ""
    old_province: str = ""
    old_district: str = ""
    old_commune: str = ""
    grassroots_unit_id: str = ""
    member_since: str = ""  # ISO date
    job: str = ""
    # family
    household_size: str = ""
    monthly_income: str = ""  # đồng per month, household
    illness: str = ""  # sensitive: health
    dependants: str = ""
    circumstances: str = ""
    # housing
    build_kind: str = BuildKind.NEW.value
    house_condition: str = ""
    land_papers: str = ""  # which papers the family holds
    # eligibility: failed rules may be overridden only with a recorded justification
    eligibility_justification: str = ""
    # funding (whole đồng, typed as '60.000.000')
    funding: dict[str, str] = field(default_factory=dict)
    consents: list[CaseConsent] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> CaseContent:
        known = {f.name for f in fields(cls)}
        content = cls(**{k: val for k, val in data.items() if k in known})
        content.consents = [CaseConsent(**c) if isinstance(c, dict) else c for c in content.consents]
        return content

    def cleaned(self) -> CaseContent:
        data = self.to_json()
        for name, value in data.items():
            if isinstance(value, str):
                data[name] = clean_multiline(value) if name in ("circumstances", "house_condition") else clean(value)
        data["funding"] = {k: clean(val) for k, val in data["funding"].items()}
        data["consents"] = [{k: clean(val) for k, val in c.items()} for c in data["consents"]]
        return CaseContent.from_json(data)


FUNDING_PARTS = ("total_cost", "union_support", "sponsors", "family", "loans")
FUNDING_DOES_NOT_ADD_UP = QT_TRANSLATE_NOOP(
    "Rules", "The parts add up to {parts} đồng, but the total cost is {total} đồng (difference {difference}).")
MEMBERSHIP_TOO_SHORT = QT_TRANSLATE_NOOP(
    "Rules", "Union member for {years} years; the rules of {year} ask for at least {minimum}.")
MISSING_DOCUMENT = QT_TRANSLATE_NOOP("Rules", "Missing document: {document}.")
NO_CASE_CONSENT = QT_TRANSLATE_NOOP("Rules", "Record the beneficiary's consent to handling the case.")
SUPPORT_ABOVE_RULE = QT_TRANSLATE_NOOP(
    "Rules", "The union support requested ({requested} đồng) is above the {limit} đồng of this year's rules.")


def funding_values(content: CaseContent) -> tuple[FundingPlan | None, list[Problem]]:
    """The funding plan as whole đồng, or the problems of the typed amounts (each must be a whole number)."""
    amounts: dict[str, int] = {}
    problems: list[Problem] = []
    for name in FUNDING_PARTS:
        value, problem = v.parse_count(content.funding.get(name, ""), name)
        if problem:
            problems.append(problem)
        amounts[name] = value or 0
    if problems:
        return None, problems
    plan = FundingPlan(**amounts)
    if plan.total_cost and plan.parts_sum() != plan.total_cost:
        problems.append(Problem("total_cost", FUNDING_DOES_NOT_ADD_UP, {
            "parts": dong(plan.parts_sum()), "total": dong(plan.total_cost),
            "difference": dong(plan.total_cost - plan.parts_sum())}))
    return plan, problems


def dong(amount: int) -> str:
    """Whole đồng with Vietnamese separators for messages: 60.000.000 (screens use formatting.money)."""
    return f"{amount:,}".replace(",", ".")
