"""The activity dialog: messages beside fields, nothing typed lost, campaign suggestion, files, drafts."""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QDate, QMimeData, QPoint, QPointF, Qt, QTranslator, QUrl
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from cdtt_desktop import i18n
from cdtt_desktop.domain import messages as m
from cdtt_desktop.domain.activities import ActivityInput
from cdtt_desktop.domain.queries import ActivityFilter
from cdtt_desktop.services import drafts
from cdtt_desktop.services.activities import (
    activity_attachments,
    count_activities,
    get_activity,
    save_activity,
)
from cdtt_desktop.services.workspace import Workspace
from cdtt_desktop.ui.activity_dialog import ActivityDialog
from tests.conftest import TODAY
from tests.ui.activity_helpers import BoxAnswerer, add_activity, channel_id

YES, NO = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
VIETNAMESE = {
    m.REQUIRED: "Không được để trống.",
    m.BAD_URL: "Đường dẫn phải bắt đầu bằng http:// hoặc https://, ví dụ https://laodong.vn/...",
    m.NOT_A_NUMBER: "Nhập số nguyên, ví dụ 1.500.",
}


class _RulesInVietnamese(QTranslator):
    """Stands in for the compiled translation of the domain's messages ("Rules" context)."""

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:
        return VIETNAMESE.get(source) if context == "Rules" else None


@pytest.fixture
def make_dialog(ready_ws: Workspace, qtbot: QtBot) -> Iterator[Callable[..., ActivityDialog]]:
    made: list[ActivityDialog] = []

    def make(activity_id: str | None = None) -> ActivityDialog:
        dialog = ActivityDialog(ready_ws, None, activity_id, today=lambda: TODAY)
        dialog.show()  # not given to qtbot: its closing would ask "discard what you typed?"
        made.append(dialog)
        return dialog

    yield make
    for dialog in made:
        if shiboken6.isValid(dialog):
            dialog.done(0)  # closes without the question
            dialog.deleteLater()


@pytest.fixture
def vietnamese_rules() -> Iterator[None]:
    translator = _RulesInVietnamese()
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def type_text(widget: QWidget, text: str) -> None:
    """Type like a person, one key event per character (keyClicks cannot type Vietnamese)."""
    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch,
                           Qt.KeyboardModifier.NoModifier)


def choose_channel(dialog: ActivityDialog, code: str = "social_media") -> None:
    combo = dialog.form.channel_combo
    ids = [combo.itemData(i) for i in range(combo.count())]
    combo.setCurrentIndex(next(i for i, cid in enumerate(ids) if dialog.form._codes.get(cid) == code))


def png(path: Path, color: str = "red", size: int = 400) -> Path:
    image = QImage(size, size // 2, QImage.Format.Format_RGB32)
    image.fill(QColor(color))
    image.save(str(path), "PNG")
    return path


def test_problems_show_beside_their_fields_in_vietnamese(make_dialog: Callable[..., ActivityDialog],
                                                         vietnamese_rules: None) -> None:
    """Each problem is shown translated under its own field; the first bad field gets the cursor."""
    dialog = make_dialog()
    form = dialog.form
    form.url_edit.setText("laodong.vn/bai-viet")
    form.participants_edit.setText("khoảng 50")
    assert not dialog.save()
    for field, text in (("title", VIETNAMESE[m.REQUIRED]), ("channel", VIETNAMESE[m.REQUIRED]),
                        ("url", VIETNAMESE[m.BAD_URL]), ("participants", VIETNAMESE[m.NOT_A_NUMBER])):
        label = form.error_label(field)
        assert label.isVisible() and label.text() == text
        assert label.parentWidget() is form.fields[field].parentWidget()  # in the field's own box
    assert not form.error_label("reach").isVisible()
    assert dialog.focusWidget() is form.title_edit
    assert dialog.isVisible()


def test_messages_follow_the_shipped_translation(make_dialog: Callable[..., ActivityDialog]) -> None:
    """With the shipped Vietnamese loaded, the message beside a field is what the .qm says for the rule."""
    translators = i18n.load_translators("vi")
    for translator in translators:
        QCoreApplication.installTranslator(translator)
    try:
        expected = QCoreApplication.translate("Rules", m.REQUIRED)  # the English source until translated
        dialog = make_dialog()
        assert not dialog.save()
        assert dialog.form.error_label("title").text() == expected
        assert dialog.form.error_label("title").isVisible()
    finally:
        for translator in translators:
            QCoreApplication.removeTranslator(translator)


def test_typed_vietnamese_survives_a_failed_save(make_dialog: Callable[..., ActivityDialog],
                                                 ready_ws: Workspace) -> None:
    """Text typed key by key is still there, unchanged, after validation fails; nothing is stored."""
    dialog = make_dialog()
    title = "Tuyên truyền Bộ luật Lao động cho công nhân Khu công nghiệp"
    notes = "Đã phát 200 tờ rơi.\nỔn định."
    type_text(dialog.form.title_edit, title)
    for i, line in enumerate(notes.split("\n")):
        if i:
            QTest.keyClick(dialog.form.notes_edit, Qt.Key.Key_Return)
        type_text(dialog.form.notes_edit, line)
    type_text(dialog.form.reach_edit, "1.500")
    assert not dialog.save()  # no channel chosen
    assert dialog.form.title_edit.text() == title
    assert dialog.form.notes_edit.toPlainText() == notes
    assert dialog.form.reach_edit.text() == "1.500"
    assert dialog.form.error_label("channel").isVisible()
    assert count_activities(ready_ws, ActivityFilter()) == 0
    choose_channel(dialog)
    assert not dialog.form.error_label("channel").isVisible()  # choosing clears its message
    assert dialog.save()
    stored = get_activity(ready_ws, str(dialog.activity_id))
    assert stored["title"] == title and stored["reach"] == 1500


def test_decomposed_input_is_stored_composed(make_dialog: Callable[..., ActivityDialog],
                                             ready_ws: Workspace) -> None:
    """Vietnamese typed in decomposed form (NFD) is stored as NFC."""
    dialog = make_dialog()
    title = "Hội nghị người lao động Công đoàn"
    type_text(dialog.form.title_edit, unicodedata.normalize("NFD", title))
    assert dialog.form.title_edit.text() != title
    choose_channel(dialog, "direct")
    assert dialog.save()
    assert get_activity(ready_ws, str(dialog.activity_id))["title"] == title


def test_campaign_follows_the_date_until_chosen(make_dialog: Callable[..., ActivityDialog]) -> None:
    """10/05/2026 suggests Tháng Công nhân; after the person picks a campaign the date no longer moves it."""
    dialog = make_dialog()
    form = dialog.form
    form.date_edit.setDate(QDate(2026, 5, 10))
    assert form.campaign_combo.currentText() == "Tháng Công nhân"
    assert form.campaign_hint.isVisible()
    form.date_edit.setDate(QDate(2026, 7, 15))
    assert form.campaign_combo.currentText().startswith("Kỷ niệm Ngày thành lập Công đoàn Việt Nam")
    form.date_edit.setDate(QDate(2026, 6, 15))
    assert form.campaign_combo.currentData() is None
    index = form.campaign_combo.findText("Tết Sum vầy")
    form.campaign_combo.setCurrentIndex(index)
    form.campaign_combo.activated.emit(index)  # what a person's choice in the list emits
    form.date_edit.setDate(QDate(2026, 5, 10))
    assert form.campaign_combo.currentText() == "Tết Sum vầy"
    assert not form.campaign_hint.isVisible()


def test_a_date_in_another_year_uses_that_years_plan(make_dialog: Callable[..., ActivityDialog],
                                                     ready_ws: Workspace, qtbot: QtBot) -> None:
    """Moving the date to 2025 reloads the 2025 plan's choices and keeps the channel by its code."""
    dialog = make_dialog()
    choose_channel(dialog, "union_press")
    dialog.form.title_edit.setText("Tin Tết Sum vầy")
    dialog.form.date_edit.setDate(QDate(2025, 12, 20))
    qtbot.waitUntil(lambda: dialog.form._year == 2025, timeout=3000)
    assert dialog.form.channel_combo.currentData() == channel_id(ready_ws, 2025, "union_press")
    assert dialog.form.campaign_combo.currentText() == "Tết Sum vầy"
    assert dialog.save()
    assert get_activity(ready_ws, str(dialog.activity_id))["channel_id"] == channel_id(ready_ws, 2025,
                                                                                         "union_press")


def test_oversize_file_is_refused_at_once(make_dialog: Callable[..., ActivityDialog], ready_ws: Workspace,
                                          tmp_path: Path) -> None:
    """A file over the limit is refused when added, with its name and sizes; what was typed stays."""
    ready_ws.settings.save(attachment_limit_mb=1)
    big = tmp_path / "video-hoi-thi.mp4"
    big.write_bytes(b"\0" * (2 * 1024 * 1024 + 100))
    dialog = make_dialog()
    type_text(dialog.form.title_edit, "Hội thi an toàn")
    assert dialog.form.attachments.add_files([big]) == []
    error = dialog.form.attachments.error_label
    assert error.isVisible() and "video-hoi-thi.mp4" in error.text() and "2 MB" in error.text()
    assert "1 MB" in error.text()
    assert dialog.form.attachments.list_widget.count() == 0
    assert dialog.form.title_edit.text() == "Hội thi an toàn"


def test_a_file_grown_too_large_before_saving_stops_the_save(make_dialog: Callable[..., ActivityDialog],
                                                             ready_ws: Workspace, tmp_path: Path) -> None:
    """If an added file is over the limit by the time of saving, nothing at all is saved and it says why."""
    ready_ws.settings.save(attachment_limit_mb=1)
    photo = png(tmp_path / "anh.png")
    dialog = make_dialog()
    dialog.form.title_edit.setText("Trao quà Tết")
    choose_channel(dialog)
    assert dialog.form.attachments.add_files([photo]) == [photo]
    photo.write_bytes(b"\0" * (2 * 1024 * 1024))
    assert not dialog.save()
    assert count_activities(ready_ws, ActivityFilter()) == 0
    assert "anh.png" in dialog.form.attachments.error_label.text()
    assert dialog.isVisible() and dialog.form.title_edit.text() == "Trao quà Tết"


def _drop(target: QWidget, paths: list[Path]) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    action, button, keys = Qt.DropAction.CopyAction, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(QPoint(10, 10), action, mime, button, keys)  # QPoint: every PySide6 6.x
    QApplication.sendEvent(target, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(10, 10), action, mime, button, keys)
    QApplication.sendEvent(target, drop)


@pytest.mark.filterwarnings("ignore:Function.*QDragEnterEvent:DeprecationWarning")
def test_dropped_photo_is_attached_with_a_thumbnail(make_dialog: Callable[..., ActivityDialog],
                                                    ready_ws: Workspace, tmp_path: Path) -> None:
    """A photo dropped on the dialog (even on a text box) is attached, shown as a thumbnail, and saved."""
    dialog = make_dialog()
    dialog.form.title_edit.setText("Trao nhà Mái ấm")
    _drop(dialog, [png(tmp_path / "truoc.png", "red")])
    _drop(dialog.form.title_edit, [png(tmp_path / "sau.png", "blue")])
    items = dialog.form.attachments.list_widget
    assert [items.item(i).text() for i in range(items.count())] == ["truoc.png", "sau.png"]
    thumb = items.item(0).icon().pixmap(96, 96).toImage()
    assert thumb.width() <= 96 and thumb.pixelColor(thumb.width() // 2, thumb.height() // 2) == QColor("red")
    assert dialog.form.title_edit.text() == "Trao nhà Mái ấm"  # the drop did not paste a path
    choose_channel(dialog)
    assert dialog.save()
    files = activity_attachments(ready_ws, str(dialog.activity_id))
    assert [f["file_name"] for f in files] == ["truoc.png", "sau.png"] and files[0]["thumbnail"]


def test_editing_shows_stored_thumbnails_and_removes_a_file(make_dialog: Callable[..., ActivityDialog],
                                                           ready_ws: Workspace, tmp_path: Path) -> None:
    """Stored photos show as thumbnails when editing; removing one and saving unlinks only that one."""
    raw = ActivityInput(occurred_on=dt.date(2026, 5, 1), title="Thăm công nhân",
                        channel_id=channel_id(ready_ws, 2026, "direct"))
    photos = [png(tmp_path / "a.png"), png(tmp_path / "b.png", "green")]
    activity_id = save_activity(ready_ws, raw, new_files=photos, today=TODAY)
    dialog = make_dialog(activity_id)
    items = dialog.form.attachments.list_widget
    assert items.count() == 2 and not items.item(0).icon().isNull()
    items.item(0).setSelected(True)
    dialog.form.attachments.remove_button.click()
    assert dialog.save()
    assert [f["file_name"] for f in activity_attachments(ready_ws, activity_id)] == ["b.png"]


def test_draft_is_offered_again_after_a_crash(make_dialog: Callable[..., ActivityDialog], ready_ws: Workspace,
                                              qtbot: QtBot) -> None:
    """What was typed is written to a draft; the next dialog for the same record offers it back."""
    first = make_dialog()
    type_text(first.form.title_edit, "Đối thoại với người lao động")
    choose_channel(first, "direct")
    path = drafts.draft_path(ready_ws, "activity-new")
    qtbot.waitUntil(path.exists, timeout=3000)
    first.hide()  # the program dies: no save, no cancel
    second = make_dialog()
    assert second.draft_bar.isVisible() and second.form.title_edit.text() == ""
    second.restore_draft_button.click()
    assert second.form.title_edit.text() == "Đối thoại với người lao động"
    assert second.form._codes[second.form.channel_combo.currentData()] == "direct"
    assert second.save()
    assert not path.exists()
    assert get_activity(ready_ws, str(second.activity_id))["title"] == "Đối thoại với người lao động"


def test_discarding_a_draft_removes_it(make_dialog: Callable[..., ActivityDialog],
                                       ready_ws: Workspace) -> None:
    """'Discard it' forgets the draft for good and leaves the form as stored."""
    activity_id = add_activity(ready_ws, "Bài gốc")
    drafts.save_draft(ready_ws, f"activity-{activity_id}", {"form": {"title": "Bản nháp"}, "revision": 1})
    dialog = make_dialog(activity_id)
    assert dialog.draft_bar.isVisible()
    dialog.discard_draft_button.click()
    assert not dialog.draft_bar.isVisible()
    assert drafts.load_draft(ready_ws, f"activity-{activity_id}") is None
    assert dialog.form.title_edit.text() == "Bài gốc"


def test_escape_with_unsaved_text_asks_first(make_dialog: Callable[..., ActivityDialog]) -> None:
    """Esc with typed text asks; No keeps the dialog and the text; Yes closes it."""
    dialog = make_dialog()
    type_text(dialog.form.title_edit, "Chưa lưu")
    answers = BoxAnswerer(NO)
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert answers.done and dialog.isVisible() and dialog.form.title_edit.text() == "Chưa lưu"
    answers = BoxAnswerer(YES)
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert answers.done and not dialog.isVisible()


def test_ctrl_s_saves_and_enter_only_moves_on(make_dialog: Callable[..., ActivityDialog],
                                              qtbot: QtBot) -> None:
    """Enter in a field moves to the next one (no accidental save); Ctrl+S saves."""
    dialog = make_dialog()
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    dialog.form.title_edit.setFocus()
    dialog.form.title_edit.setText("Tin gửi Báo Lao động")
    choose_channel(dialog, "union_press")
    QTest.keyClick(dialog.form.title_edit, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.activity_id is None
    with qtbot.waitSignal(dialog.saved):
        QTest.keyClick(dialog.form.title_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not dialog.isVisible()


def test_someone_else_saving_first_is_said_clearly(make_dialog: Callable[..., ActivityDialog],
                                                   ready_ws: Workspace) -> None:
    """A record saved elsewhere meanwhile is not overwritten silently; the typed text stays."""
    activity_id = add_activity(ready_ws, "Bài gốc")
    dialog = make_dialog(activity_id)
    row = get_activity(ready_ws, activity_id)
    other = ActivityInput(occurred_on=dt.date(2026, 5, 5), title="Sửa ở nơi khác",
                          channel_id=row["channel_id"])
    save_activity(ready_ws, other, activity_id=activity_id, expected_revision=row["revision"], today=TODAY)
    dialog.form.title_edit.setText("Sửa trong hộp thoại")
    answers = BoxAnswerer(NO)
    assert not dialog.save()
    assert "after you opened it" in answers.texts[0]
    assert dialog.form.title_edit.text() == "Sửa trong hộp thoại"
    assert get_activity(ready_ws, activity_id)["title"] == "Sửa ở nơi khác"
    answers = BoxAnswerer(YES)
    assert dialog.save()
    assert get_activity(ready_ws, activity_id)["title"] == "Sửa trong hộp thoại"


def test_grassroots_union_is_found_by_typing_without_accents(make_dialog: Callable[..., ActivityDialog],
                                                            ready_ws: Workspace, qtbot: QtBot) -> None:
    """Typing "dong da" offers "CĐCS Trường Tiểu học Đống Đa"; choosing it is what gets saved."""
    dialog = make_dialog()
    combo = dialog.form.unit_combo
    completer = combo.completer()
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    combo.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClicks(combo.line_edit, "dong da")
    matches = completer.completionModel()
    assert [matches.index(i, 0).data() for i in range(matches.rowCount())] == ["CĐCS Trường Tiểu học Đống Đa"]
    completer.popup().setCurrentIndex(matches.index(0, 0))
    QTest.keyClick(completer.popup(), Qt.Key.Key_Return)
    assert combo.currentText() == "CĐCS Trường Tiểu học Đống Đa"
    dialog.form.title_edit.setText("Tọa đàm 20/10")
    choose_channel(dialog, "direct")
    assert dialog.save()
    unit_id = get_activity(ready_ws, str(dialog.activity_id))["grassroots_unit_id"]
    assert unit_id == combo.current_id() and unit_id is not None
