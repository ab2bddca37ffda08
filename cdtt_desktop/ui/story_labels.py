"""The words the story screens show for kinds, statuses, fields and steps, and the colours of the badges.

Marked with QT_TRANSLATE_NOOP in the "StoryLabels" context and translated when shown,
so the list, the wizard, the review page and the read-only view all say the same thing.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from cdtt_desktop.domain import messages as m
from cdtt_desktop.domain import stories as rules
from cdtt_desktop.domain.messages import QT_TRANSLATE_NOOP, Problem
from cdtt_desktop.domain.stories import ConsentScope, PracticeField, StoryKind, StoryStatus

CONTEXT = "StoryLabels"

KIND_HINTS: dict[StoryKind, str] = {
    StoryKind.PRACTICE: QT_TRANSLATE_NOOP(
        "StoryLabels", "A way of working that others can copy: what was done, how, and what it achieved."),
    StoryKind.PERSON: QT_TRANSLATE_NOOP(
        "StoryLabels", "One union member or officer whose good deeds deserve to be known and followed."),
    StoryKind.COLLECTIVE: QT_TRANSLATE_NOOP(
        "StoryLabels", "A team, workshop, school or grassroots union that set an example together."),
}
# (background, text) of each status badge: grey drafts, blue in progress, amber returned, green approved.
STATUS_COLOURS: dict[StoryStatus, tuple[str, str]] = {
    StoryStatus.DRAFT: ("#e4e6ea", "#3c4043"),
    StoryStatus.READY: ("#d4e6fb", "#0b4f94"),
    StoryStatus.SENT: ("#dcd6f7", "#3f2d8f"),
    StoryStatus.RECEIVED: ("#cfeff2", "#0b5f66"),
    StoryStatus.RETURNED: ("#fde2c4", "#8a4300"),
    StoryStatus.APPROVED: ("#d3f0d5", "#1d6b25"),
}
PRACTICE_FIELDS: dict[PracticeField, str] = {
    PracticeField.REPRESENTATION_CARE: QT_TRANSLATE_NOOP("StoryLabels", "Representation and care"),
    PracticeField.MEMBER_DEVELOPMENT: QT_TRANSLATE_NOOP("StoryLabels", "Member development"),
    PracticeField.COMMUNICATION: QT_TRANSLATE_NOOP("StoryLabels", "Communication"),
    PracticeField.DIALOGUE: QT_TRANSLATE_NOOP("StoryLabels", "Dialogue and bargaining"),
    PracticeField.OCCUPATIONAL_SAFETY: QT_TRANSLATE_NOOP("StoryLabels", "Occupational safety and health"),
    PracticeField.EMULATION: QT_TRANSLATE_NOOP("StoryLabels", "Emulation and innovation"),
    PracticeField.OTHER: QT_TRANSLATE_NOOP("StoryLabels", "Other"),
}
SCOPES: dict[ConsentScope, str] = {
    ConsentScope.INTERNAL: QT_TRANSLATE_NOOP("StoryLabels", "Internal use only"),
    ConsentScope.PUBLICATION: QT_TRANSLATE_NOOP("StoryLabels", "May be published"),
}
STEPS: dict[str, str] = {
    "kind": QT_TRANSLATE_NOOP("StoryLabels", "Kind and unit"),
    "subject": QT_TRANSLATE_NOOP("StoryLabels", "Who or what"),
    "story": QT_TRANSLATE_NOOP("StoryLabels", "The story"),
    "evidence": QT_TRANSLATE_NOOP("StoryLabels", "Evidence"),
    "consent": QT_TRANSLATE_NOOP("StoryLabels", "Consent"),
    "review": QT_TRANSLATE_NOOP("StoryLabels", "Review"),
}
FIELDS: dict[str, str] = {
    "kind": QT_TRANSLATE_NOOP("StoryLabels", "Kind"),
    "grassroots_unit_id": QT_TRANSLATE_NOOP("StoryLabels", "Grassroots union"),
    "campaign_id": QT_TRANSLATE_NOOP("StoryLabels", "Campaign"),
    "person_name": QT_TRANSLATE_NOOP("StoryLabels", "Full name"),
    "position": QT_TRANSLATE_NOOP("StoryLabels", "Position"),
    "workplace": QT_TRANSLATE_NOOP("StoryLabels", "Workplace"),
    "years_of_service": QT_TRANSLATE_NOOP("StoryLabels", "Years of service"),
    "collective_name": QT_TRANSLATE_NOOP("StoryLabels", "Name of the collective"),
    "member_count": QT_TRANSLATE_NOOP("StoryLabels", "Number of members"),
    "practice_name": QT_TRANSLATE_NOOP("StoryLabels", "Name of the practice"),
    "implementing_unit": QT_TRANSLATE_NOOP("StoryLabels", "Implementing unit"),
    "started_on": QT_TRANSLATE_NOOP("StoryLabels", "Started on"),
    "practice_field": QT_TRANSLATE_NOOP("StoryLabels", "Field"),
    "context": QT_TRANSLATE_NOOP("StoryLabels", "Context and need"),
    "actions": QT_TRANSLATE_NOOP("StoryLabels", "What was done and how"),
    "resources": QT_TRANSLATE_NOOP("StoryLabels", "Resources"),
    "cost": QT_TRANSLATE_NOOP("StoryLabels", "Cost (đồng)"),
    "results": QT_TRANSLATE_NOOP("StoryLabels", "Results"),
    "beneficiaries": QT_TRANSLATE_NOOP("StoryLabels", "People who benefited"),
    "money_raised": QT_TRANSLATE_NOOP("StoryLabels", "Money raised or saved (đồng)"),
    "members_recruited": QT_TRANSLATE_NOOP("StoryLabels", "Members recruited"),
    "hours_saved": QT_TRANSLATE_NOOP("StoryLabels", "Working hours saved"),
    "novelty": QT_TRANSLATE_NOOP("StoryLabels", "What is new"),
    "replication": QT_TRANSLATE_NOOP("StoryLabels", "How others can copy it"),
    "photos": QT_TRANSLATE_NOOP("StoryLabels", "Photos"),
    "press_links": QT_TRANSLATE_NOOP("StoryLabels", "Press links"),
    "documents": QT_TRANSLATE_NOOP("StoryLabels", "Documents"),
    "consents": QT_TRANSLATE_NOOP("StoryLabels", "Consent"),
}
# Messages that only make sense next to the name of their field ("This field is required.").
_GENERIC = {m.REQUIRED, m.TOO_LONG, m.NOT_A_NUMBER, m.NEGATIVE, m.TOO_LARGE, m.BAD_DATE, m.BAD_URL,
            m.DATE_TOO_EARLY, m.DATE_TOO_LATE}

_KIND_VALUES = {k.value for k in StoryKind}
_STATUS_VALUES = {s.value for s in StoryStatus}


def _rule(text: str) -> str:
    return QCoreApplication.translate("Rules", text)


def label(text: str) -> str:
    """The translation of one of the texts above."""
    return QCoreApplication.translate(CONTEXT, text)


def kind_name(kind: str) -> str:
    """Kinds and statuses are named in the rules' context, shared with the command line."""
    return _rule(rules.KIND_NAMES[StoryKind(kind)]) if kind in _KIND_VALUES else kind


def status_name(status: str) -> str:
    return _rule(rules.STATUS_NAMES[StoryStatus(status)]) if status in _STATUS_VALUES else status


def field_name(field: str) -> str:
    return label(FIELDS[field]) if field in FIELDS else field


def problem_text(problem: Problem) -> str:
    """A rule's message, translated, led by its field's name when the message alone would not say which."""
    text = rules.render_problem(problem, QCoreApplication.translate)
    if problem.message in _GENERIC and problem.field in FIELDS:
        return f"{field_name(problem.field)}: {text}"
    return text
