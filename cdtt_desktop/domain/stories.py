"""Model-practice stories: "mô hình hay, cách làm tốt" and "gương người tốt – việc tốt".

Three kinds (a practice, a person, a collective), written up step by step. The
content is one plain dataclass, stored as JSON; the lifecycle allows only the
moves in ALLOWED, so no screen and no command can skip a step.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass, field, fields
from enum import StrEnum
from typing import Any

from cdtt_desktop.domain import values as v
from cdtt_desktop.domain.messages import CONTEXT, QT_TRANSLATE_NOOP, Problem
from cdtt_desktop.domain.text import clean, clean_multiline


class StoryKind(StrEnum):
    PRACTICE = "practice"  # mô hình hay, cách làm tốt
    PERSON = "person"  # cá nhân điển hình, gương người tốt – việc tốt
    COLLECTIVE = "collective"  # tập thể điển hình


class StoryStatus(StrEnum):
    DRAFT = "draft"  # Nháp
    READY = "ready"  # Sẵn sàng gửi: finalised, read-only, a frozen revision
    SENT = "sent"  # Đã gửi
    RECEIVED = "received"  # Đã tiếp nhận
    RETURNED = "returned"  # Trả lại để bổ sung (with the reviewer's comment)
    APPROVED = "approved"  # Đã duyệt


# The only moves there are. RETURNED → DRAFT opens a new revision; READY → DRAFT reopens an unsent one.
ALLOWED: dict[StoryStatus, frozenset[StoryStatus]] = {
    StoryStatus.DRAFT: frozenset({StoryStatus.READY}),
    StoryStatus.READY: frozenset({StoryStatus.SENT, StoryStatus.DRAFT}),
    StoryStatus.SENT: frozenset({StoryStatus.RECEIVED, StoryStatus.RETURNED}),
    StoryStatus.RECEIVED: frozenset({StoryStatus.RETURNED, StoryStatus.APPROVED}),
    StoryStatus.RETURNED: frozenset({StoryStatus.DRAFT}),
    StoryStatus.APPROVED: frozenset(),
}
EDITABLE = frozenset({StoryStatus.DRAFT})


class PracticeField(StrEnum):
    REPRESENTATION_CARE = "representation_care"  # đại diện, bảo vệ, chăm lo
    MEMBER_DEVELOPMENT = "member_development"  # phát triển đoàn viên
    COMMUNICATION = "communication"  # tuyên truyền, truyền thông
    DIALOGUE = "dialogue"  # đối thoại, thương lượng
    OCCUPATIONAL_SAFETY = "occupational_safety"  # an toàn, vệ sinh lao động
    EMULATION = "emulation"  # thi đua, sáng kiến
    OTHER = "other"


class ConsentScope(StrEnum):
    INTERNAL = "internal"  # for handling the submission only
    PUBLICATION = "publication"  # may be published (press, the unit's page)


@dataclass
class Consent:
    """One person's explicit, dated consent to appear in the story, and its scope."""

    person_name: str = ""
    given_on: str = ""  # ISO date
    scope: str = ConsentScope.INTERNAL.value
    withdrawn_on: str = ""  # ISO date, empty while in force


@dataclass
class PressLink:
    url: str = ""
    title: str = ""


@dataclass
class StoryContent:
    """Everything the officer writes; every field optional until the story is finalised."""

    kind: str = StoryKind.PRACTICE.value
    grassroots_unit_id: str = ""
    campaign_id: str = ""
    for_publication: bool = False
    # who or what — a person
    person_name: str = ""
    position: str = ""
    workplace: str = ""
    years_of_service: str = ""  # as typed; checked as a whole number
    # — a collective
    collective_name: str = ""
    member_count: str = ""
    # — a practice
    practice_name: str = ""
    implementing_unit: str = ""
    started_on: str = ""  # ISO date
    practice_field: str = ""
    # the story
    context: str = ""
    actions: str = ""
    resources: str = ""
    cost: str = ""  # whole đồng as typed
    results: str = ""
    beneficiaries: str = ""
    money_raised: str = ""  # whole đồng as typed
    members_recruited: str = ""
    hours_saved: str = ""
    novelty: str = ""
    replication: str = ""
    # evidence (photos and documents are attachments; their captions live here by link id)
    press_links: list[PressLink] = field(default_factory=list)
    captions: dict[str, str] = field(default_factory=dict)
    # consent of the people shown
    consents: list[Consent] = field(default_factory=list)

    def title(self) -> str:
        """The name the list shows: the practice's, the person's or the collective's."""
        return {StoryKind.PRACTICE.value: self.practice_name, StoryKind.PERSON.value: self.person_name,
                StoryKind.COLLECTIVE.value: self.collective_name}.get(self.kind, "")

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> StoryContent:
        known = {f.name for f in fields(cls)}
        content = cls(**{k: val for k, val in data.items() if k in known})
        content.press_links = [PressLink(**p) if isinstance(p, dict) else p for p in content.press_links]
        content.consents = [Consent(**c) if isinstance(c, dict) else c for c in content.consents]
        return content

    def cleaned(self) -> StoryContent:
        """The same content through the text boundary (NFC, Ð→Đ, trimmed)."""
        data = self.to_json()
        for name, value in data.items():
            if isinstance(value, str):
                data[name] = clean_multiline(value) if name in LONG_TEXT else clean(value)
        data["press_links"] = [{"url": clean(p["url"]), "title": clean(p["title"])} for p in data["press_links"]]
        data["consents"] = [{k: clean(val) for k, val in c.items()} for c in data["consents"]]
        data["captions"] = {k: clean(val) for k, val in data["captions"].items()}
        return StoryContent.from_json(data)


# Limits shown up front on each page.
LIMITS: dict[str, int] = {
    "person_name": 100, "position": 150, "workplace": 200, "collective_name": 200, "practice_name": 200,
    "implementing_unit": 200, "context": 3000, "actions": 6000, "resources": 2000, "results": 4000,
    "novelty": 2000, "replication": 2000,
}
LONG_TEXT = frozenset({"context", "actions", "resources", "results", "novelty", "replication"})
MIN_PHOTOS_FOR_PUBLICATION = 1

# The wizard's steps and the fields each one requires, by kind.
STEPS = ("kind", "subject", "story", "evidence", "consent", "review")
REQUIRED: dict[str, dict[str, tuple[str, ...]]] = {
    StoryKind.PRACTICE.value: {"subject": ("practice_name", "implementing_unit", "started_on", "practice_field")},
    StoryKind.PERSON.value: {"subject": ("person_name", "position", "workplace", "years_of_service")},
    StoryKind.COLLECTIVE.value: {"subject": ("collective_name", "workplace", "member_count")},
}
STORY_REQUIRED = ("context", "actions", "results", "replication")
COUNT_FIELDS = ("years_of_service", "member_count", "cost", "beneficiaries", "money_raised", "members_recruited",
                "hours_saved")

NO_PHOTO_FOR_PUBLICATION = QT_TRANSLATE_NOOP(
    "Rules", "A story for publication needs at least one photo.")
NO_CONSENT = QT_TRANSLATE_NOOP(
    "Rules", "Record the consent of at least one person shown (or of the person this story is about).")
CONSENT_NOT_FOR_PUBLICATION = QT_TRANSLATE_NOOP(
    "Rules", "{name} agreed to internal use only, but the story is marked for publication.")
CONSENT_INCOMPLETE = QT_TRANSLATE_NOOP("Rules", "Each consent needs the person's name and the date it was given.")
NO_FIGURE = QT_TRANSLATE_NOOP(
    "Rules", "Give at least one figure for the results (beneficiaries, money, members recruited or hours saved).")
NOT_ALLOWED = QT_TRANSLATE_NOOP("Rules", "A story that is “{current}” cannot become “{target}”.")
COMMENT_REQUIRED = QT_TRANSLATE_NOOP("Rules", "Say what must be completed: a comment is required to return a story.")
NOT_EDITABLE = QT_TRANSLATE_NOOP("Rules", "Only a draft can be changed; this story is “{status}”.")
BAD_KIND = QT_TRANSLATE_NOOP("Rules", "Choose what the story is about: a practice, a person or a collective.")


def step_problems(content: StoryContent, step: str, *, photos: int = 0) -> list[Problem]:
    """What stops `step` from being complete (content must be cleaned)."""
    problems: list[Problem | None] = []
    if step == "kind":
        if content.kind not in {k.value for k in StoryKind}:
            problems.append(Problem("kind", BAD_KIND))
    elif step == "subject":
        for name in REQUIRED.get(content.kind, {}).get("subject", ()):
            problems.append(v.required(getattr(content, name), name))
        if content.started_on:
            problems.append(v.parse_date(content.started_on, "started_on")[1])
        problems += _limits(content, ("person_name", "position", "workplace", "collective_name", "practice_name",
                                      "implementing_unit"))
        problems += _counts(content, ("years_of_service", "member_count"))
    elif step == "story":
        problems += [v.required(getattr(content, name), name) for name in STORY_REQUIRED]
        problems += _limits(content, tuple(LONG_TEXT))
        problems += _counts(content, ("cost", "beneficiaries", "money_raised", "members_recruited", "hours_saved"))
        if not any(getattr(content, n) for n in ("beneficiaries", "money_raised", "members_recruited",
                                                 "hours_saved")):
            problems.append(Problem("beneficiaries", NO_FIGURE))
    elif step == "evidence":
        problems += [v.check_url(p.url, "press_links") for p in content.press_links]
        if content.for_publication and photos < MIN_PHOTOS_FOR_PUBLICATION:
            problems.append(Problem("photos", NO_PHOTO_FOR_PUBLICATION))
    elif step == "consent":
        problems += _consent_problems(content)
    return [p for p in problems if p]


def missing(content: StoryContent, *, photos: int = 0) -> list[Problem]:
    """Everything still missing before the story can be finalised, step by step."""
    return [p for step in STEPS[:-1] for p in step_problems(content, step, photos=photos)]


def check_transition(current: StoryStatus, target: StoryStatus, *, comment: str = "") -> Problem | None:
    """None when the lifecycle allows current → target (a return needs a comment)."""
    if target not in ALLOWED[current]:
        return Problem("status", NOT_ALLOWED, {"current": current.value, "target": target.value})
    if target is StoryStatus.RETURNED and not clean(comment):
        return Problem("comment", COMMENT_REQUIRED)
    return None


def _limits(content: StoryContent, names: tuple[str, ...]) -> list[Problem | None]:
    return [v.check_length(getattr(content, n), n, LIMITS[n]) for n in names if n in LIMITS]


def _counts(content: StoryContent, names: tuple[str, ...]) -> list[Problem | None]:
    return [v.parse_count(getattr(content, n), n)[1] for n in names]


def _consent_problems(content: StoryContent) -> list[Problem | None]:
    live = [c for c in content.consents if not c.withdrawn_on]
    if not live:
        return [Problem("consents", NO_CONSENT)]
    problems: list[Problem | None] = []
    for consent in live:
        if not consent.person_name or not consent.given_on:
            problems.append(Problem("consents", CONSENT_INCOMPLETE))
        elif content.for_publication and consent.scope != ConsentScope.PUBLICATION.value:
            problems.append(Problem("consents", CONSENT_NOT_FOR_PUBLICATION, {"name": consent.person_name}))
        else:
            problems.append(v.parse_date(consent.given_on, "consents")[1])
    return problems



# Files of a story: photos and documents, checked before anything is stored.
MB = 1024 * 1024
FILE_LIMIT_BYTES = 20 * MB
PHOTO_MAX_PIXELS = 8000  # on the long side
PHOTO_FORMATS = ("JPEG", "PNG", "WEBP")
DOCUMENT_SUFFIXES = (".pdf", ".docx", ".xlsx", ".jpg", ".jpeg", ".png")

FILE_TOO_LARGE = QT_TRANSLATE_NOOP("Rules", "“{name}” is {size} MB; a file can be at most {limit} MB.")
PHOTO_TOO_WIDE = QT_TRANSLATE_NOOP(
    "Rules", "“{name}” is {pixels} pixels on its long side; a photo can be at most {limit} pixels.")
PHOTO_UNSUPPORTED = QT_TRANSLATE_NOOP("Rules", "“{name}” is not a JPEG, PNG or WebP photo.")
DOCUMENT_UNSUPPORTED = QT_TRANSLATE_NOOP("Rules", "“{name}” is not a PDF, Word, Excel, JPEG or PNG file.")
FILE_UNREADABLE = QT_TRANSLATE_NOOP("Rules", "“{name}” cannot be read: it may have been moved or be in use.")
FILE_ALREADY_ADDED = QT_TRANSLATE_NOOP("Rules", "“{name}” is already attached to this story.")

# Names shown for kinds and statuses ("Rules" context, so the command line and the window share them).
KIND_NAMES: dict[StoryKind, str] = {
    StoryKind.PRACTICE: QT_TRANSLATE_NOOP("Rules", "Good practice"),
    StoryKind.PERSON: QT_TRANSLATE_NOOP("Rules", "Exemplary person"),
    StoryKind.COLLECTIVE: QT_TRANSLATE_NOOP("Rules", "Exemplary collective"),
}
STATUS_NAMES: dict[StoryStatus, str] = {
    StoryStatus.DRAFT: QT_TRANSLATE_NOOP("Rules", "Draft"),
    StoryStatus.READY: QT_TRANSLATE_NOOP("Rules", "Ready to send"),
    StoryStatus.SENT: QT_TRANSLATE_NOOP("Rules", "Sent"),
    StoryStatus.RECEIVED: QT_TRANSLATE_NOOP("Rules", "Received"),
    StoryStatus.RETURNED: QT_TRANSLATE_NOOP("Rules", "Returned for completion"),
    StoryStatus.APPROVED: QT_TRANSLATE_NOOP("Rules", "Approved"),
}
# Names of the fields problems are reported on, for lists of what is still missing.
FIELD_NAMES: dict[str, str] = {
    "kind": QT_TRANSLATE_NOOP("Rules", "Kind of story"),
    "person_name": QT_TRANSLATE_NOOP("Rules", "Full name"),
    "position": QT_TRANSLATE_NOOP("Rules", "Position"),
    "workplace": QT_TRANSLATE_NOOP("Rules", "Workplace"),
    "years_of_service": QT_TRANSLATE_NOOP("Rules", "Years of service"),
    "collective_name": QT_TRANSLATE_NOOP("Rules", "Name of the collective"),
    "member_count": QT_TRANSLATE_NOOP("Rules", "Number of members"),
    "practice_name": QT_TRANSLATE_NOOP("Rules", "Name of the practice"),
    "implementing_unit": QT_TRANSLATE_NOOP("Rules", "Implementing unit"),
    "started_on": QT_TRANSLATE_NOOP("Rules", "Start date"),
    "practice_field": QT_TRANSLATE_NOOP("Rules", "Field"),
    "context": QT_TRANSLATE_NOOP("Rules", "Context and need"),
    "actions": QT_TRANSLATE_NOOP("Rules", "What was done and how"),
    "resources": QT_TRANSLATE_NOOP("Rules", "Resources"),
    "cost": QT_TRANSLATE_NOOP("Rules", "Cost"),
    "results": QT_TRANSLATE_NOOP("Rules", "Results"),
    "beneficiaries": QT_TRANSLATE_NOOP("Rules", "Beneficiaries"),
    "money_raised": QT_TRANSLATE_NOOP("Rules", "Money raised"),
    "members_recruited": QT_TRANSLATE_NOOP("Rules", "Members recruited"),
    "hours_saved": QT_TRANSLATE_NOOP("Rules", "Hours saved"),
    "novelty": QT_TRANSLATE_NOOP("Rules", "What is new"),
    "replication": QT_TRANSLATE_NOOP("Rules", "How others can copy it"),
    "press_links": QT_TRANSLATE_NOOP("Rules", "Press links"),
    "photos": QT_TRANSLATE_NOOP("Rules", "Photos"),
    "files": QT_TRANSLATE_NOOP("Rules", "Files"),
    "consents": QT_TRANSLATE_NOOP("Rules", "Consent"),
    "status": QT_TRANSLATE_NOOP("Rules", "Status"),
    "comment": QT_TRANSLATE_NOOP("Rules", "Comment"),
}
_STATUS_ARGS = ("current", "target", "status")


def render_problem(problem: Problem, translate: Callable[[str, str], str] | None = None, *,
                   with_field: bool = False) -> str:
    """Like Problem.render, but a status in the message is shown by its (translated) name.

    With `with_field` the field's name comes first ("Full name: This field is required."), for lists
    of what is still missing.
    """
    def tr(text: str) -> str:
        return translate(CONTEXT, text) if translate else text

    args = dict(problem.args)
    for key in _STATUS_ARGS:
        value = args.get(key)
        if isinstance(value, str) and value in {s.value for s in StoryStatus}:
            args[key] = tr(STATUS_NAMES[StoryStatus(value)])
    text = tr(problem.message).format(**args)
    if with_field and problem.field in FIELD_NAMES:
        return f"{tr(FIELD_NAMES[problem.field])}: {text}"
    return text
