"""Mái ấm Công đoàn: the names shown for steps, kinds, consents and step data, and problems rendered with them.

English source text marked for translation in the "Housing" context (the window
and the command line translate them).
"""

from __future__ import annotations

from collections.abc import Callable

from cdtt_desktop.domain import messages as m
from cdtt_desktop.domain.housing import DOCUMENT_KINDS, BuildKind, CaseStep, ConsentUse
from cdtt_desktop.domain.messages import QT_TRANSLATE_NOOP, Problem

STEP_NAMES: dict[CaseStep, str] = {
    CaseStep.REQUEST: QT_TRANSLATE_NOOP("Housing", "Request"),
    CaseStep.SURVEY: QT_TRANSLATE_NOOP("Housing", "Survey"),
    CaseStep.PROPOSAL: QT_TRANSLATE_NOOP("Housing", "Proposal"),
    CaseStep.DECISION: QT_TRANSLATE_NOOP("Housing", "Decision"),
    CaseStep.CONSTRUCTION: QT_TRANSLATE_NOOP("Housing", "Construction"),
    CaseStep.ACCEPTANCE: QT_TRANSLATE_NOOP("Housing", "Acceptance"),
    CaseStep.HANDOVER: QT_TRANSLATE_NOOP("Housing", "Handover"),
    CaseStep.CLOSED: QT_TRANSLATE_NOOP("Housing", "Closed"),
    CaseStep.RETURNED: QT_TRANSLATE_NOOP("Housing", "Returned for completion"),
    CaseStep.NOT_ELIGIBLE: QT_TRANSLATE_NOOP("Housing", "Not eligible"),
}
BUILD_KIND_NAMES: dict[BuildKind, str] = {
    BuildKind.NEW: QT_TRANSLATE_NOOP("Housing", "New build"),
    BuildKind.REPAIR: QT_TRANSLATE_NOOP("Housing", "Repair"),
}
CONSENT_USE_NAMES: dict[ConsentUse, str] = {
    ConsentUse.CASE_HANDLING: QT_TRANSLATE_NOOP("Housing", "Handling the case"),
    ConsentUse.PUBLICITY_PHOTOS: QT_TRANSLATE_NOOP("Housing", "Photos for publicity"),
}
DATA_NAMES = {
    "decision_number": QT_TRANSLATE_NOOP("Housing", "Decision number"),
    "decision_date": QT_TRANSLATE_NOOP("Housing", "Decision date"),
    "approved_amount": QT_TRANSLATE_NOOP("Housing", "Approved amount (đồng)"),
    "handover_date": QT_TRANSLATE_NOOP("Housing", "Handover date"),
}


NAMES_CONTEXT = "Housing"


def step_name(step: str) -> str:
    return STEP_NAMES[CaseStep(step)]


def render_problem(problem: Problem, translate: Callable[[str, str], str] | None = None) -> str:
    """Problem.render, with steps and document kinds in the message shown by their (translated) names."""
    tr = translate or (lambda _context, text: text)
    context = NAMES_CONTEXT  # a name, not a literal: lupdate would take a literal for a source text
    args = dict(problem.args)
    for key in ("current", "target", "step"):
        if key in args and str(args[key]) in {s.value for s in CaseStep}:
            args[key] = tr(context, step_name(str(args[key])))
    if str(args.get("document", "")) in DOCUMENT_KINDS:
        args["document"] = tr(context, DOCUMENT_KINDS[str(args["document"])])
    if str(args.get("item", "")) in DATA_NAMES:
        args["item"] = tr(context, DATA_NAMES[str(args["item"])])
    return tr(m.CONTEXT, problem.message).format(**args)
