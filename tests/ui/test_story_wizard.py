"""The story wizard, driven as an officer would: Vietnamese typed key by key, steps that say why "Next" is
disabled, drafts saved on every page change, every 30 s and on closing, and finishing only when complete."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QDate, QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QWidget, QWizard
from pytestqt.qtbot import QtBot

from cdtt_desktop import formatting as fmt
from cdtt_desktop.domain import messages as m
from cdtt_desktop.domain import stories as rules
from cdtt_desktop.domain.stories import StoryKind, StoryStatus
from cdtt_desktop.services import stories as service
from cdtt_desktop.services.units import grassroots_units
from cdtt_desktop.services.workspace import Workspace
from cdtt_desktop.tasks.runner import TaskRunner
from cdtt_desktop.ui.story_pages import CONSENT, EVIDENCE, REVIEW, STORY, SUBJECT
from cdtt_desktop.ui.story_wizard import AUTOSAVE_MS, StoryWizard
from tests.ui.story_helpers import complete_content, photo, type_text

SUBJECT_TEXT = {
    StoryKind.PRACTICE: {"practice_name": "Bữa cơm Công đoàn ca đêm",
                         "implementing_unit": "CĐCS Công ty May 10"},
    StoryKind.PERSON: {"person_name": "Nguyễn Thị Hường", "position": "Tổ trưởng tổ may",
                       "workplace": "Công ty May 10", "years_of_service": "12"},
    StoryKind.COLLECTIVE: {"collective_name": "Tổ Điều dưỡng Khoa Nhi",
                           "workplace": "Bệnh viện Đa khoa Ba Đình", "member_count": "18"},
}
STORY_TEXT = {"context": "Công nhân ca đêm thường nhịn ăn vì căng-tin đóng cửa.",
              "actions": "Ban chấp hành vận động doanh nghiệp góp quỹ, nấu cơm lúc 23 giờ.",
              "results": "Hơn một nghìn bữa ăn mỗi tháng; đoàn viên gắn bó hơn.",
              "replication": "Cần thỏa thuận với chủ doanh nghiệp và một tổ nấu ăn tình nguyện."}


@pytest.fixture
def make_wizard(ready_ws: Workspace, qtbot: QtBot) -> Iterator[Callable[..., StoryWizard]]:
    made: list[StoryWizard] = []
    runner = TaskRunner()

    def make(story_id: str | None = None, *, resume: bool = False) -> StoryWizard:
        wizard = StoryWizard(ready_ws, runner, story_id or service.new_story(ready_ws, StoryKind.PRACTICE),
                             resume=resume)
        wizard.show()
        made.append(wizard)
        return wizard

    yield make
    for wizard in made:
        if shiboken6.isValid(wizard):
            if wizard.isVisible():
                wizard.done(0)
            wizard.deleteLater()


def next_button(wizard: StoryWizard) -> QWidget:
    return wizard.button(QWizard.WizardButton.NextButton)


def finish_button(wizard: StoryWizard) -> QWidget:
    return wizard.button(QWizard.WizardButton.FinishButton)


def stored(ws: Workspace, wizard: StoryWizard) -> rules.StoryContent:
    return service.get_story(ws, wizard.story_id).content


def type_date(widget: QWidget, digits: str) -> None:
    """Type a date as digits (ddMMyyyy) into an empty date field."""
    widget.setFocus()
    type_text(widget, digits)


def fill_subject(wizard: StoryWizard, kind: StoryKind) -> None:
    page = wizard.subject_page
    for name, text in SUBJECT_TEXT[kind].items():
        type_text(page.editor(name), text)
    if kind is StoryKind.PRACTICE:
        type_date(page.editor("started_on"), "01032025")
        combo = page.editor("practice_field")
        combo.setCurrentIndex(combo.findData(rules.PracticeField.REPRESENTATION_CARE.value))  # type: ignore


def fill_story(wizard: StoryWizard) -> None:
    for name, text in STORY_TEXT.items():
        type_text(wizard.story_page.editor(name), text)
    type_text(wizard.story_page.editor("beneficiaries"), "1.200")


def give_consent(wizard: StoryWizard, name: str = "Trần Thị Lan") -> None:
    page = wizard.consent_page
    if not page.table.rowCount():
        page.add_button.click()
        type_text(page.name_edit(0), name)
    type_date(page.date_edit(0), "04052026")


@pytest.mark.parametrize("kind", list(StoryKind))
def test_each_kind_is_walked_to_ready_with_vietnamese_typed(make_wizard: Callable[..., StoryWizard],
                                                            ready_ws: Workspace, kind: StoryKind) -> None:
    """Every kind: each step blocks Next until its required fields are typed, and Finish makes it ready."""
    wizard = make_wizard()
    unit = grassroots_units(ready_ws)[0]
    wizard.kind_page.kind_buttons[kind].click()
    wizard.kind_page.unit_combo.select_id(unit["id"])
    next_button(wizard).click()
    assert wizard.currentId() == SUBJECT and not next_button(wizard).isEnabled()
    assert "“Next” is not available yet" in wizard.subject_page.blocked.text()
    assert m.REQUIRED in wizard.subject_page.blocked.text()
    fill_subject(wizard, kind)
    assert next_button(wizard).isEnabled() and wizard.subject_page.blocked.isHidden()
    next_button(wizard).click()
    assert wizard.currentId() == STORY and not next_button(wizard).isEnabled()
    fill_story(wizard)
    next_button(wizard).click()
    assert wizard.currentId() == EVIDENCE and next_button(wizard).isEnabled()  # not for publication
    next_button(wizard).click()
    assert wizard.currentId() == CONSENT and not next_button(wizard).isEnabled()
    if kind is StoryKind.PERSON:  # the person the story is about is offered first
        assert wizard.consent_page.name_edit(0).text() == "Nguyễn Thị Hường"
    give_consent(wizard)
    next_button(wizard).click()
    assert wizard.currentId() == REVIEW
    assert wizard.review_page.missing_texts() == [] and finish_button(wizard).isEnabled()
    assert SUBJECT_TEXT[kind][next(iter(SUBJECT_TEXT[kind]))] in wizard.review_page.browser.toPlainText()
    finish_button(wizard).click()
    record = service.get_story(ready_ws, wizard.story_id)
    assert record.summary.status is StoryStatus.READY and not wizard.isVisible()
    assert record.summary.unit_name == unit["name"] and record.summary.kind is kind
    for name, text in {**SUBJECT_TEXT[kind], **STORY_TEXT}.items():
        assert getattr(record.content, name) == unicodedata.normalize("NFC", text)
    assert [r.revision for r in service.story_revisions(ready_ws, wizard.story_id)] == [1]


def test_a_bad_number_and_a_too_long_name_block_next_with_the_reason(make_wizard: Callable[..., StoryWizard]
                                                                     ) -> None:
    """A count that is not a number, or a name over its limit, disables Next and says why; a fix frees it."""
    wizard = make_wizard()
    wizard.kind_page.kind_buttons[StoryKind.PERSON].click()
    wizard.next()
    page = wizard.subject_page
    fill_subject(wizard, StoryKind.PERSON)
    years = page.editor("years_of_service")
    years.clear()  # type: ignore[attr-defined]
    type_text(years, "mười hai")
    assert not next_button(wizard).isEnabled()
    assert f"Years of service: {m.NOT_A_NUMBER}" in page.blocked.text()
    years.clear()  # type: ignore[attr-defined]
    type_text(years, "12")
    assert next_button(wizard).isEnabled()
    page.editor("position").setText("Tổ trưởng " * 20 + "x")  # type: ignore[attr-defined]
    counter = page.fields["position"].counter  # type: ignore[attr-defined]
    assert counter.text() == "201 / 150" and counter.is_over()
    assert "Position: At most 150 characters (now 201)." in page.blocked.text()
    assert not next_button(wizard).isEnabled()


def test_story_step_counts_characters_and_asks_for_a_figure(make_wizard: Callable[..., StoryWizard]) -> None:
    """Each long text shows 'n / limit' as typed; without any figure Next stays disabled and says so."""
    wizard = make_wizard()
    wizard.next()
    fill_subject(wizard, StoryKind.PRACTICE)
    wizard.next()
    for name, text in STORY_TEXT.items():
        type_text(wizard.story_page.editor(name), text)
    counter = wizard.story_page.texts["context"].counter
    assert counter.text() == f"{len(STORY_TEXT['context'])} / {fmt.number(3000)}" and not counter.is_over()
    assert rules.NO_FIGURE in wizard.story_page.blocked.text() and not next_button(wizard).isEnabled()
    type_text(wizard.story_page.editor("hours_saved"), "300")
    assert next_button(wizard).isEnabled()


def _drop(target: QWidget, paths: list[Path]) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    action, button, keys = Qt.DropAction.CopyAction, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(QPoint(10, 10), action, mime, button, keys)
    QApplication.sendEvent(target, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(target, QDropEvent(QPointF(10, 10), action, mime, button, keys))


@pytest.mark.filterwarnings("ignore:Function.*QDragEnterEvent:DeprecationWarning")
def test_evidence_photos_by_drop_and_picker_with_refusals_at_once(
        make_wizard: Callable[..., StoryWizard], ready_ws: Workspace, tmp_path: Path) -> None:
    """Dropped photos show as thumbnails; a duplicate or a non-photo is refused at once, with its name."""
    wizard = make_wizard()
    wizard.kind_page.publication_check.setChecked(True)
    page = wizard.evidence_page
    wizard.setStartId(EVIDENCE)
    wizard.restart()
    assert rules.NO_PHOTO_FOR_PUBLICATION in page.blocked.text() and not next_button(wizard).isEnabled()
    first = photo(tmp_path, "le-trao-qua.png", color="red")
    _drop(page, [first])
    assert page.photo_table.rowCount() == 1 and next_button(wizard).isEnabled()
    thumb = page.photo_table.item(0, 0).icon().pixmap(96, 96).toImage()
    assert thumb.pixelColor(thumb.width() // 2, thumb.height() // 2) == QColor("red")
    text_file = tmp_path / "ghi-chu.txt"
    text_file.write_text("không phải ảnh", encoding="utf-8")
    page.add_files([first, text_file])
    assert "“le-trao-qua.png” is already attached to this story." in page.error_label.text()
    assert "“ghi-chu.txt” is not a JPEG, PNG or WebP photo." in page.error_label.text()
    assert page.photo_table.rowCount() == 1
    type_text(page.caption_edit(0), "Trao quà cho công nhân")
    page.caption_edit(0).editingFinished.emit()
    files = service.get_story(ready_ws, wizard.story_id).files
    assert [(f.file_name, f.caption) for f in files] == [("le-trao-qua.png", "Trao quà cho công nhân")]
    type_text(page.caption_edit(0), " ca đêm")
    wizard.autosave_timer.timeout.emit()  # a caption still being typed is saved with the draft
    assert service.get_story(ready_ws, wizard.story_id).files[0].caption == "Trao quà cho công nhân ca đêm"


def test_a_bad_press_link_blocks_next(make_wizard: Callable[..., StoryWizard]) -> None:
    """A press link that is not http(s) disables Next with the rule's message; a good one frees it."""
    wizard = make_wizard()
    wizard.setStartId(EVIDENCE)
    wizard.restart()
    page = wizard.evidence_page
    page.add_link_button.click()
    type_text(page.link_edit(0, 0), "laodong.vn/bua-com")
    assert m.BAD_URL in page.blocked.text() and not next_button(wizard).isEnabled()
    page.link_edit(0, 0).setText("https://laodong.vn/bua-com")
    type_text(page.link_edit(0, 1), "Bữa cơm nghĩa tình ca đêm")
    assert next_button(wizard).isEnabled()


def test_finishing_is_refused_with_the_missing_list_when_something_changed(
        make_wizard: Callable[..., StoryWizard], ready_ws: Workspace, tmp_path: Path) -> None:
    """A photo gone before Finish (story for publication): it stays a draft and lists what is missing."""
    story_id = service.new_story(ready_ws, StoryKind.PRACTICE)
    content = complete_content()
    content.for_publication = True
    content.consents[0].scope = rules.ConsentScope.PUBLICATION.value
    service.save_story_content(ready_ws, story_id, content)
    link = service.add_story_file(ready_ws, story_id, photo(tmp_path))
    wizard = make_wizard(story_id, resume=True)
    assert wizard.currentId() == REVIEW and finish_button(wizard).isEnabled()
    service.remove_story_file(ready_ws, story_id, link)  # e.g. removed in another window meanwhile
    finish_button(wizard).click()
    assert wizard.isVisible() and service.get_story(ready_ws, story_id).summary.status is StoryStatus.DRAFT
    assert wizard.review_page.missing_texts() == [f"Step 4 · Evidence — {rules.NO_PHOTO_FOR_PUBLICATION}"]
    assert not finish_button(wizard).isEnabled()
    item = wizard.review_page.missing_list.item(0)
    wizard.review_page.missing_list.itemDoubleClicked.emit(item)
    assert wizard.currentId() == EVIDENCE and wizard.evidence_page.photo_table.rowCount() == 0
    assert not next_button(wizard).isEnabled()


def test_review_lists_every_missing_item_with_its_step(make_wizard: Callable[..., StoryWizard],
                                                       ready_ws: Workspace) -> None:
    """Opened at the review with gaps, the review names each gap and its step, and Finish is disabled."""
    story_id = service.new_story(ready_ws, StoryKind.PERSON)
    wizard = make_wizard(story_id)
    wizard.setStartId(REVIEW)
    wizard.restart()
    texts = wizard.review_page.missing_texts()
    assert f"Step 2 · Who or what — Full name: {m.REQUIRED}" in texts
    assert f"Step 3 · The story — {rules.NO_FIGURE}" in texts
    assert f"Step 5 · Consent — {rules.NO_CONSENT}" in texts
    assert not finish_button(wizard).isEnabled()


def test_a_draft_resumes_at_its_first_gap_with_everything_typed(make_wizard: Callable[..., StoryWizard],
                                                                ready_ws: Workspace) -> None:
    """Resuming opens at the first incomplete step; Back goes through the earlier, filled steps."""
    story_id = service.new_story(ready_ws, StoryKind.COLLECTIVE)
    content = complete_content(StoryKind.COLLECTIVE, "Tổ Điều dưỡng Khoa Nhi")
    content.consents = []
    service.save_story_content(ready_ws, story_id, content)
    wizard = make_wizard(story_id, resume=True)
    assert wizard.currentId() == CONSENT
    wizard.back()
    wizard.back()
    assert wizard.currentId() == STORY
    assert wizard.story_page.editor("context").toPlainText() == content.context  # type: ignore[attr-defined]
    wizard.back()
    assert wizard.subject_page.editor("collective_name").text() == "Tổ Điều dưỡng Khoa Nhi"  # type: ignore


def test_draft_is_saved_on_every_page_change(make_wizard: Callable[..., StoryWizard],
                                             ready_ws: Workspace) -> None:
    """Typing then moving to another step (even Back, with the step incomplete) stores what was typed."""
    wizard = make_wizard()
    wizard.next()
    type_text(wizard.subject_page.editor("practice_name"), "Tủ sách pháp luật")
    assert stored(ready_ws, wizard).practice_name == ""
    wizard.back()
    assert stored(ready_ws, wizard).practice_name == "Tủ sách pháp luật"
    assert "Draft saved at" in wizard.kind_page.saved_label.text()


def test_draft_is_saved_every_30_seconds(make_wizard: Callable[..., StoryWizard],
                                         ready_ws: Workspace) -> None:
    """The autosave timer runs every 30 s while the wizard is open and stores what is typed."""
    wizard = make_wizard()
    wizard.next()
    wizard.kind_page.kind_buttons[StoryKind.PERSON].click()
    type_text(wizard.subject_page.editor("practice_name"), "Góc đọc sách cho công nhân")
    assert wizard.autosave_timer.isActive() and wizard.autosave_timer.interval() == AUTOSAVE_MS == 30_000
    wizard.autosave_timer.timeout.emit()
    content = stored(ready_ws, wizard)
    assert content.practice_name == "Góc đọc sách cho công nhân" and content.kind == StoryKind.PERSON.value


@pytest.mark.parametrize("how", ["button", "escape"])
def test_closing_saves_without_asking(make_wizard: Callable[..., StoryWizard], ready_ws: Workspace,
                                      how: str) -> None:
    """"Save draft and close" and Esc both store what was typed and close at once, with no question."""
    wizard = make_wizard()
    wizard.next()
    type_text(wizard.subject_page.editor("practice_name"), "Quỹ vay vốn không lãi")
    if how == "button":
        wizard.button(QWizard.WizardButton.CustomButton1).click()
    else:
        wizard.reject()
    assert not wizard.isVisible() and QApplication.activeModalWidget() is None
    assert stored(ready_ws, wizard).practice_name == "Quỹ vay vốn không lãi"
    assert not wizard.autosave_timer.isActive()
    assert wizard.button(QWizard.WizardButton.CancelButton).isHidden()


def test_started_on_and_consent_dates_are_dd_mm_yyyy(make_wizard: Callable[..., StoryWizard],
                                                      ready_ws: Workspace) -> None:
    """Dates show as dd/MM/yyyy, start empty, and are stored as ISO dates."""
    wizard = make_wizard()
    wizard.next()
    date = wizard.subject_page.editor("started_on")
    assert date.iso() == "" and date.text().strip() == ""  # type: ignore[attr-defined]
    type_date(date, "05032024")
    assert date.text() == "05/03/2024"  # type: ignore[attr-defined]
    wizard.consent_page.add_row()
    wizard.consent_page.date_edit(0).setDate(QDate(2026, 5, 4))
    wizard.consent_page.name_edit(0).setText("Lò Văn Páo")
    wizard.autosave()
    content = stored(ready_ws, wizard)
    assert content.started_on == "2024-03-05" and content.consents[0].given_on == "2026-05-04"
