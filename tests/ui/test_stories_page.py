"""The "Mô hình & gương" page: the list and its filters, badges, New/Open/Duplicate/trash, the read-only
view with its history, a returned story edited as a new revision, and drafts offered for resuming."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QMessageBox, QWizard
from pytestqt.qtbot import QtBot

from cdtt_desktop.domain import stories as rules
from cdtt_desktop.domain.stories import StoryKind, StoryStatus
from cdtt_desktop.services import stories as service
from cdtt_desktop.services.activity_choices import filter_choices
from cdtt_desktop.services.units import grassroots_units
from cdtt_desktop.services.workspace import Workspace
from cdtt_desktop.tasks.runner import TaskRunner
from cdtt_desktop.ui.stories_page import StoriesPage
from cdtt_desktop.ui.story_pages import CONSENT, KIND
from cdtt_desktop.ui.story_table_model import STATUS_ROLE, Column
from tests.ui.activity_helpers import BoxAnswerer
from tests.ui.story_helpers import RETURN_COMMENT, photo, story_in, type_text

YES = QMessageBox.StandardButton.Yes
VIETNAMESE_STATUS = {"Draft": "Nháp", "Ready to send": "Sẵn sàng gửi", "Sent": "Đã gửi",
                     "Received": "Đã tiếp nhận", "Returned for completion": "Trả lại để bổ sung",
                     "Approved": "Đã duyệt"}


class _StatusesInVietnamese(QTranslator):
    """Stands in for the compiled translation of the status names ("Rules" context)."""

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:
        return VIETNAMESE_STATUS.get(source) if context == "Rules" else None


@pytest.fixture
def page(ready_ws: Workspace, qtbot: QtBot) -> Iterator[StoriesPage]:
    shown = StoriesPage(ready_ws, TaskRunner())
    qtbot.addWidget(shown)
    shown.show()
    yield shown
    for dialog in (shown.wizard, shown.view):
        if dialog is not None and shiboken6.isValid(dialog) and dialog.isVisible():
            dialog.done(0)


def titles(page: StoriesPage) -> list[str]:
    return [s.title for s in page.model.rows()]


def select(page: StoriesPage, story_id: str) -> None:
    page.select_ids([story_id])
    assert page.selected_ids() == [story_id]


def test_list_shows_every_status_as_a_coloured_vietnamese_badge(qtbot: QtBot, ready_ws: Workspace) -> None:
    """Each status has its own badge colour and its Vietnamese name; counts go to the status bar."""
    for number, status in enumerate(StoryStatus):
        story_in(ready_ws, status, name=f"Mô hình {number}")
    translator = _StatusesInVietnamese()
    QCoreApplication.installTranslator(translator)
    try:
        shown = StoriesPage(ready_ws, TaskRunner())
        qtbot.addWidget(shown)
        model = shown.model
        names = {model.index(r, Column.STATUS).data(): model.index(r, Column.STATUS).data(STATUS_ROLE)
                 for r in range(model.rowCount())}
    finally:
        QCoreApplication.removeTranslator(translator)
    assert set(names) == set(VIETNAMESE_STATUS.values())
    assert names["Trả lại để bổ sung"] == StoryStatus.RETURNED
    assert shown.status_text() == "6 stories · 1 drafts · 1 ready to send · 1 returned"
    returned = model.row_of(next(s.id for s in model.rows() if s.status is StoryStatus.RETURNED))
    assert RETURN_COMMENT in model.index(returned, Column.STATUS).data(Qt.ItemDataRole.ToolTipRole)


def test_filters_and_accent_insensitive_search(page: StoriesPage, ready_ws: Workspace) -> None:
    """Kind, status, grassroots union, year and campaign narrow the list; 'nguyen thi huong' finds 'Hường'."""
    unit = grassroots_units(ready_ws)[1]
    campaign_id = filter_choices(ready_ws).campaigns[0][0]
    meal = story_in(ready_ws, StoryStatus.DRAFT, name="Bữa cơm Công đoàn")
    person = story_in(ready_ws, StoryStatus.READY, kind=StoryKind.PERSON, name="Nguyễn Thị Hường")
    content = service.get_story(ready_ws, meal).content
    content.grassroots_unit_id, content.campaign_id = unit["id"], campaign_id
    service.save_story_content(ready_ws, meal, content)
    page.refresh()
    assert len(titles(page)) == 2
    bar = page.filter_bar
    page.search_edit.setText("nguyen thi huong")
    bar.apply_search_now()
    assert titles(page) == ["Nguyễn Thị Hường"]
    bar.clear()
    bar.select(bar.kind_combo, StoryKind.PERSON.value)
    assert titles(page) == ["Nguyễn Thị Hường"]
    bar.clear()
    bar.select(bar.status_combo, StoryStatus.DRAFT.value)
    assert [s.id for s in page.model.rows()] == [meal]
    bar.clear()
    bar.unit_combo.select_id(unit["id"])
    assert [s.id for s in page.model.rows()] == [meal]
    bar.clear()
    bar.select(bar.campaign_combo, campaign_id)
    assert [s.id for s in page.model.rows()] == [meal]
    bar.clear()
    bar.select(bar.year_combo, service.get_story(ready_ws, person).summary.year)
    assert len(titles(page)) == 2 and bar.year_combo.count() == 2


def test_new_asks_nothing_and_opens_the_wizard_at_the_kind_step(page: StoriesPage,
                                                                 ready_ws: Workspace) -> None:
    """Ctrl+N makes a draft and opens the wizard on its first step; closed untouched, it goes to the trash."""
    assert page.new_item()
    wizard = page.wizard
    assert wizard is not None and wizard.isVisible() and wizard.currentId() == KIND
    assert QCoreApplication.instance().activeModalWidget() in (None, wizard)  # type: ignore[attr-defined]
    wizard.reject()
    assert titles(page) == [] and service.list_stories(ready_ws, service.StoryFilter(in_trash=True))
    page.new_item()
    wizard = page.wizard
    assert wizard is not None
    wizard.next()
    type_text(wizard.subject_page.editor("practice_name"), "Quỹ Mái ấm Công đoàn")
    wizard.reject()
    assert titles(page) == ["Quỹ Mái ấm Công đoàn"]
    assert page.selected_ids() == [wizard.story_id]


def test_open_a_draft_in_the_wizard_and_a_ready_story_read_only(page: StoriesPage,
                                                                 ready_ws: Workspace) -> None:
    """A draft opens in the wizard where it was left; a finished story opens read-only with its history."""
    draft = story_in(ready_ws, StoryStatus.DRAFT, name="Tủ sách pháp luật")
    ready = story_in(ready_ws, StoryStatus.READY, kind=StoryKind.PERSON, name="Lò Văn Páo")
    page.refresh()
    select(page, draft)
    assert page.open_selected()
    assert page.wizard is not None and page.wizard.currentId() == 5  # complete: straight to the review
    page.wizard.done(0)
    select(page, ready)
    page.open_button.click()
    view = page.view
    assert view is not None and view.isVisible()
    assert "Lò Văn Páo" in view.browser.toPlainText() and "Tổ trưởng" in view.browser.toPlainText()
    assert view.returned_frame.isHidden()
    assert view.badge.text() == "Ready to send"
    assert not view.action_buttons[StoryStatus.SENT].isHidden()
    assert view.action_buttons[StoryStatus.APPROVED].isHidden()
    assert view.events_table.rowCount() == 2
    assert view.events_table.item(0, 2).text() == "Draft → Ready to send"
    assert view.revision_combo.count() == 2  # now, and the frozen revision 1
    view.action_buttons[StoryStatus.SENT].click()
    assert service.get_story(ready_ws, ready).summary.status is StoryStatus.SENT
    assert view.badge.text() == "Sent" and page.model.summary(page.model.row_of(ready) or 0).status == "sent"


def test_returned_story_shows_the_comment_and_becomes_revision_two(page: StoriesPage,
                                                                   ready_ws: Workspace) -> None:
    """The reviewer's comment is shown prominently; 'edit as a new revision' makes revision 2 and opens it."""
    story_id = story_in(ready_ws, StoryStatus.RETURNED, kind=StoryKind.COLLECTIVE, name="Tổ may số 3")
    page.refresh()
    view = page.open_view(story_id)
    assert not view.returned_frame.isHidden() and view.comment_label.text() == RETURN_COMMENT
    assert all(button.isHidden() for button in view.action_buttons.values())
    view.new_revision_button.click()
    record = service.get_story(ready_ws, story_id)
    assert record.summary.status is StoryStatus.DRAFT and record.summary.revision == 2
    wizard = page.wizard
    assert wizard is not None and wizard.isVisible() and not view.isVisible()
    assert wizard.subject_page.editor("collective_name").text() == "Tổ may số 3"  # type: ignore[attr-defined]
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert [r.revision for r in service.story_revisions(ready_ws, story_id)] == [1, 2]
    assert page.model.summary(page.model.row_of(story_id) or 0).revision == 2
    assert "ready to send" in page.notice.label.text()


def test_duplicate_makes_a_new_draft_that_can_be_opened(page: StoriesPage, ready_ws: Workspace) -> None:
    """Duplicate copies a story as a new draft, selects it, and offers to open it."""
    original = story_in(ready_ws, StoryStatus.APPROVED, name="Bữa cơm Công đoàn")
    page.refresh()
    select(page, original)
    assert page.duplicate_selected()
    [copy_id] = [i for i in page.selected_ids() if i != original]
    assert service.get_story(ready_ws, copy_id).summary.status is StoryStatus.DRAFT
    assert titles(page) == ["Bữa cơm Công đoàn", "Bữa cơm Công đoàn"]
    page.notice.trigger()
    assert page.wizard is not None and page.wizard.story_id == copy_id


def test_trash_asks_then_restores_from_the_trash_view(qtbot: QtBot, page: StoriesPage,
                                                      ready_ws: Workspace) -> None:
    """Move to the trash asks once and can be undone; the trash view lists it and restores it."""
    story_id = story_in(ready_ws, StoryStatus.DRAFT, name="Góc đọc sách")
    page.refresh()
    select(page, story_id)
    answer = BoxAnswerer(YES)
    assert page.delete_selected()
    assert answer.done and "Góc đọc sách" in answer.texts[0]
    assert titles(page) == [] and page.notice.has_action()
    page.trash_button.click()
    assert page.in_trash and titles(page) == ["Góc đọc sách"] and not page.restore_button.isHidden()
    select(page, story_id)
    page.restore_button.click()
    assert titles(page) == []
    page.trash_button.click()
    assert titles(page) == ["Góc đọc sách"]


def test_mark_as_sent_only_for_ready_stories(page: StoriesPage, ready_ws: Workspace) -> None:
    """"Mark as sent" is offered for finished stories only and records the move."""
    draft = story_in(ready_ws, StoryStatus.DRAFT, name="Nháp")
    ready = story_in(ready_ws, StoryStatus.READY, name="Xong")
    page.refresh()
    select(page, draft)
    assert not page.sent_button.isEnabled()
    select(page, ready)
    assert page.sent_button.isEnabled()
    page.sent_button.click()
    assert service.get_story(ready_ws, ready).summary.status is StoryStatus.SENT
    events = service.get_story(ready_ws, ready).events
    assert (events[-1].from_status, events[-1].to_status) == (StoryStatus.READY, StoryStatus.SENT)


def test_unfinished_drafts_are_offered_on_first_show(qtbot: QtBot, ready_ws: Workspace) -> None:
    """Drafts left open are listed with "Continue", which opens each at its first gap."""
    story_id = story_in(ready_ws, StoryStatus.DRAFT, kind=StoryKind.PERSON, name="Phạm Quốc Toản")
    content = service.get_story(ready_ws, story_id).content
    content.consents = []
    service.save_story_content(ready_ws, story_id, content)
    story_in(ready_ws, StoryStatus.READY, name="Đã xong")
    shown = StoriesPage(ready_ws, TaskRunner())
    qtbot.addWidget(shown)
    assert shown.drafts_bar.isHidden()
    shown.show()
    bar = shown.drafts_bar
    assert bar.isVisible() and list(bar.buttons) == [story_id]
    assert "Phạm Quốc Toản" in bar.grid.itemAtPosition(0, 0).widget().text()  # type: ignore[union-attr]
    bar.buttons[story_id].click()
    wizard = shown.wizard
    assert wizard is not None and wizard.currentId() == CONSENT and bar.isHidden()
    wizard.done(0)


def test_return_is_refused_without_a_comment_in_the_view(page: StoriesPage, ready_ws: Workspace) -> None:
    """Recording a return without saying what to complete is refused with the rule's message."""
    story_id = story_in(ready_ws, StoryStatus.SENT)
    view = page.open_view(story_id)
    assert not view.move_to(StoryStatus.RETURNED, "  ")
    assert view.error_label.text() == rules.COMMENT_REQUIRED and not view.error_label.isHidden()
    assert view.move_to(StoryStatus.RETURNED, "Thiếu ảnh.")
    assert view.comment_label.text() == "Thiếu ảnh." and not view.returned_frame.isHidden()


def test_view_saves_upright_photo_copies(page: StoriesPage, ready_ws: Workspace, tmp_path: Path) -> None:
    """The read-only view saves the photos to a folder and says how many; no photos, no button."""
    with_photo = service.new_story(ready_ws, StoryKind.PERSON)
    service.add_story_file(ready_ws, with_photo, photo(tmp_path / "in"), caption="Trao quà")
    without = story_in(ready_ws, StoryStatus.READY, name="Không ảnh")
    view = page.open_view(with_photo)
    assert view.export_button.isEnabled()
    written = view.export_photos(tmp_path / "out")
    assert [p.name for p in written] == ["01-trao-qua.jpg"] and written[0].is_file()
    assert "1" in view.export_label.text() and not view.export_label.isHidden()
    view.close()
    assert not page.open_view(without).export_button.isEnabled()
