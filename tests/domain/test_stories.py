"""Story rules: what each step requires, what finalising needs, and which status moves exist."""

from __future__ import annotations

import unicodedata

import pytest

from cdtt_desktop.domain import stories as s
from cdtt_desktop.domain.stories import Consent, ConsentScope, StoryContent, StoryKind, StoryStatus


def complete_practice(**changes: object) -> StoryContent:
    content = StoryContent(
        kind=StoryKind.PRACTICE.value, practice_name="Tổ tư vấn pháp luật tại ca kíp",
        implementing_unit="CĐCS Công ty May 10", started_on="2025-03-01", practice_field="dialogue",
        context="Công nhân làm ca đêm ít được tư vấn.", actions="Tư vấn tại nhà ăn ca.",
        results="120 lượt tư vấn.", beneficiaries="120", replication="Áp dụng cho mọi doanh nghiệp có ca đêm.",
        consents=[Consent("Nguyễn Văn An", "2025-05-01", ConsentScope.PUBLICATION.value)],
    )
    for name, value in changes.items():
        setattr(content, name, value)
    return content


def test_a_complete_story_misses_nothing() -> None:
    """All required fields, a figure and a consent: nothing is missing."""
    assert s.missing(complete_practice()) == []


@pytest.mark.parametrize(("kind", "fields"), [
    ("practice", {"practice_name", "implementing_unit", "started_on", "practice_field"}),
    ("person", {"person_name", "position", "workplace", "years_of_service"}),
    ("collective", {"collective_name", "workplace", "member_count"}),
])
def test_subject_requirements_depend_on_kind(kind: str, fields: set[str]) -> None:
    """Each kind asks for its own who-or-what fields."""
    assert {p.field for p in s.step_problems(StoryContent(kind=kind), "subject")} == fields


def test_story_step_needs_text_and_a_figure() -> None:
    """Context, actions, results and replication are required, and at least one figure."""
    problems = s.step_problems(StoryContent(), "story")
    assert {p.field for p in problems} == {"context", "actions", "results", "replication", "beneficiaries"}
    assert any(p.message == s.NO_FIGURE for p in problems)


def test_publication_needs_a_photo_and_publication_consent() -> None:
    """For publication: at least one photo, and consents must allow publication."""
    content = complete_practice(for_publication=True)
    assert [p.message for p in s.step_problems(content, "evidence", photos=0)] == [s.NO_PHOTO_FOR_PUBLICATION]
    assert s.step_problems(content, "evidence", photos=1) == []
    content.consents = [Consent("Trần Thị Bình", "2025-05-01", ConsentScope.INTERNAL.value)]
    problem = s.step_problems(content, "consent")[0]
    assert problem.message == s.CONSENT_NOT_FOR_PUBLICATION and problem.args == {"name": "Trần Thị Bình"}


def test_withdrawn_consent_does_not_count() -> None:
    """A consent that was withdrawn leaves the story without consent."""
    content = complete_practice(consents=[Consent("An", "2025-05-01", "internal", withdrawn_on="2025-06-01")])
    assert [p.message for p in s.step_problems(content, "consent")] == [s.NO_CONSENT]


def test_limits_are_enforced() -> None:
    """A context over its limit is reported with the limit."""
    problem = s.step_problems(complete_practice(context="x" * 3001), "story")[0]
    assert problem.field == "context" and problem.args["limit"] == 3000


@pytest.mark.parametrize(("current", "target"), [
    (a, b) for a in StoryStatus for b in StoryStatus if b not in s.ALLOWED[a]])
def test_forbidden_moves_are_refused(current: StoryStatus, target: StoryStatus) -> None:
    """Every move outside the lifecycle is refused."""
    problem = s.check_transition(current, target, comment="x")
    assert problem is not None and problem.message == s.NOT_ALLOWED


def test_lifecycle_path_and_returned_comment() -> None:
    """Draft → ready → sent → returned (with a comment) → draft → … → received → approved."""
    path = [StoryStatus.DRAFT, StoryStatus.READY, StoryStatus.SENT, StoryStatus.RETURNED, StoryStatus.DRAFT,
            StoryStatus.READY, StoryStatus.SENT, StoryStatus.RECEIVED, StoryStatus.APPROVED]
    for current, target in zip(path, path[1:], strict=False):
        assert s.check_transition(current, target, comment="Bổ sung ảnh") is None
    assert s.check_transition(StoryStatus.SENT, StoryStatus.RETURNED, comment="  ").message == s.COMMENT_REQUIRED
    assert s.ALLOWED[StoryStatus.APPROVED] == frozenset()


def test_content_round_trips_through_json_and_cleans_text() -> None:
    """JSON keeps nested consents and links; cleaning makes NFD and Ð into NFC and Đ."""
    content = complete_practice(practice_name=unicodedata.normalize("NFD", "  Ðối thoại tại ca  "),
                                press_links=[s.PressLink("https://laodong.vn/x.ldo", "Bài báo")])
    again = StoryContent.from_json(content.to_json()).cleaned()
    assert again.practice_name == "Đối thoại tại ca" and again.title() == "Đối thoại tại ca"
    assert again.press_links[0].title == "Bài báo" and again.consents[0].person_name == "Nguyễn Văn An"
