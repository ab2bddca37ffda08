"""Helpers shared by the story list, wizard and crash tests: typing like a person, stories, photos."""

from __future__ import annotations

from pathlib import Path

from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from cdtt_desktop.domain.stories import Consent, ConsentScope, StoryContent, StoryKind, StoryStatus
from cdtt_desktop.services import stories as service
from cdtt_desktop.services.workspace import Workspace

# The path to each status, from a finished (ready) story.
PATH_FROM_READY = {
    StoryStatus.READY: (),
    StoryStatus.SENT: (StoryStatus.SENT,),
    StoryStatus.RECEIVED: (StoryStatus.SENT, StoryStatus.RECEIVED),
    StoryStatus.RETURNED: (StoryStatus.SENT, StoryStatus.RETURNED),
    StoryStatus.APPROVED: (StoryStatus.SENT, StoryStatus.RECEIVED, StoryStatus.APPROVED),
}
RETURN_COMMENT = "Bổ sung số liệu đoàn viên được hỗ trợ và ảnh hoạt động."


def type_text(widget: QWidget, text: str) -> None:
    """Type one key event per character (keyClicks cannot send non-ASCII text)."""
    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch,
                           Qt.KeyboardModifier.NoModifier)


def complete_content(kind: StoryKind = StoryKind.PRACTICE, name: str = "Bữa cơm Công đoàn") -> StoryContent:
    """A story with nothing missing (not for publication, so no photo is needed)."""
    content = StoryContent(
        kind=kind.value, context="Công nhân ca đêm thiếu bữa ăn đủ chất.",
        actions="Công đoàn góp quỹ nấu cơm.",
        results="Bữa ăn ngon hơn, người lao động gắn bó hơn.", beneficiaries="1.200",
        replication="Cần sự đồng thuận của chủ doanh nghiệp.",
        consents=[Consent(person_name="Trần Thị Lan", given_on="2026-05-04",
                          scope=ConsentScope.INTERNAL.value)])
    if kind is StoryKind.PRACTICE:
        content.practice_name, content.implementing_unit = name, "CĐCS Công ty May 10"
        content.started_on, content.practice_field = "2025-03-01", "representation_care"
    elif kind is StoryKind.PERSON:
        content.person_name, content.position, content.workplace = name, "Tổ trưởng", "Công ty May 10"
        content.years_of_service = "12"
    else:
        content.collective_name, content.workplace, content.member_count = name, "Công ty May 10", "35"
    return content


def story_in(ws: Workspace, status: StoryStatus, *, kind: StoryKind = StoryKind.PRACTICE,
             name: str = "Bữa cơm Công đoàn") -> str:
    """A story of `kind` brought to `status` through the lifecycle, as the service allows."""
    story_id = service.new_story(ws, kind)
    service.save_story_content(ws, story_id, complete_content(kind, name))
    if status is StoryStatus.DRAFT:
        return story_id
    service.transition_story(ws, story_id, StoryStatus.READY)
    for target in PATH_FROM_READY[status]:
        comment = RETURN_COMMENT if target is StoryStatus.RETURNED else ""
        service.transition_story(ws, story_id, target, comment=comment)
    return story_id


def photo(folder: Path, name: str = "anh.jpg", size: tuple[int, int] = (160, 120),
          color: str = "red") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    Image.new("RGB", size, color).save(path)
    return path
