"""Previewing and issuing documents from the window: background work, the issue dialog, plain messages."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QDate, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from cdtt_desktop.domain.document_model import OfficialDocument, Paragraph
from cdtt_desktop.domain.messages import REQUIRED, Problem, ValidationError
from cdtt_desktop.domain.official import DocKind
from cdtt_desktop.services import documents as docs
from cdtt_desktop.services.doc_common import letterhead, signature, upward_recipients
from cdtt_desktop.services.workspace import Workspace
from cdtt_desktop.storage.database import transaction
from cdtt_desktop.tasks.runner import TaskRunner
from cdtt_desktop.ui.document_flow import DocumentFlow
from cdtt_desktop.ui.issue_dialog import IssueDialog
from tests.conftest import TODAY

SOURCE = "periodic:2026-04"
SENTENCE = ("Trong tháng, Công đoàn phường đã phối hợp với các công đoàn cơ sở tổ chức tuyên truyền về chế độ, "
            "chính sách đối với người lao động, phát hành bản tin và cập nhật thông tin trên trang mạng xã hội.")


def report(ws: Workspace, text: str = "Nội dung báo cáo.", *, paragraphs: int = 1,
           kind: DocKind = DocKind.REPORT) -> OfficialDocument:
    """A report of the set-up unit; `paragraphs` long paragraphs make it run over several pages."""
    head = letterhead(ws)
    body = (Paragraph(text),) + tuple(Paragraph(f"{i + 1}. {SENTENCE}") for i in range(paragraphs - 1))
    return OfficialDocument(
        kind=kind, parent_body=head.parent_body, issuer=head.issuer, issuer_abbreviation=head.issuer_abbreviation,
        place=head.place, subject="Kết quả công tác truyền thông tháng 4 năm 2026", blocks=body,
        signature=signature(ws), recipients=upward_recipients(head))


@pytest.fixture
def runner(qtbot) -> Iterator[TaskRunner]:  # type: ignore[no-untyped-def]
    task_runner = TaskRunner()
    yield task_runner
    task_runner.wait()


@pytest.fixture
def flow(qtbot, ready_ws: Workspace, runner: TaskRunner) -> DocumentFlow:  # type: ignore[no-untyped-def]
    window = QWidget()
    qtbot.addWidget(window)
    return DocumentFlow(ready_ws, runner, window, today=TODAY)


@pytest.fixture(autouse=True)
def close_windows() -> Iterator[None]:
    """Previews and messages open without blocking; close whatever a test left open."""
    yield
    for widget in QApplication.topLevelWidgets():
        if widget.isWindow() and widget.isVisible():
            widget.close()


def visible_messages() -> list[str]:
    return [w.text() for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]


def wait_preview(qtbot, flow: DocumentFlow):  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: flow.preview_dialog is not None and not flow.busy, timeout=20_000)
    assert flow.preview_dialog is not None
    return flow.preview_dialog


def issue_through_dialog(qtbot, flow: DocumentFlow, build, number: int | None = None) -> str:  # type: ignore[no-untyped-def]
    """Start issuing, accept the issue dialog (with `number` if given); the id issued."""
    flow.issue(build, source=SOURCE, title="Báo cáo", file_name="bao-cao.pdf")
    qtbot.waitUntil(lambda: flow.issue_dialog is not None and flow.issue_dialog.isVisible(), timeout=20_000)
    dialog = flow.issue_dialog
    assert dialog is not None
    if number is not None:
        dialog.number_spin.setValue(number)
    with qtbot.waitSignal(flow.issued, timeout=20_000) as signal:
        dialog.issue_button.click()
    return str(signal.args[0])


def test_preview_draws_a_draft_in_the_background_and_registers_nothing(qtbot, flow: DocumentFlow,
                                                                      ready_ws: Workspace) -> None:  # type: ignore[no-untyped-def]
    """The draft opens with the draft banner, every page and an Issue… button; the register stays empty."""
    flow.preview(lambda ws: report(ws, paragraphs=30), source=SOURCE, title="Báo cáo tháng 4",
                 file_name="bao-cao.pdf")
    assert flow.busy and flow.preview_dialog is None  # the call returned before the document was made
    dialog = wait_preview(qtbot, flow)
    assert dialog.banner_label.text() == "Draft — not numbered yet"
    assert dialog.preview.page_count() >= 2
    assert dialog.windowTitle() == "Báo cáo tháng 4"
    assert [b.text() for b in dialog.buttons.buttons() if b.text() == "Issue…"]
    assert docs.list_issued(ready_ws) == []


def test_the_window_keeps_answering_while_a_document_is_built(qtbot, flow: DocumentFlow) -> None:  # type: ignore[no-untyped-def]
    """While the builder works, the GUI thread still runs timers; the renderer's progress arrives."""
    release, ticks, seen = threading.Event(), [], []
    flow._progressed = lambda done, total: seen.append((done, total))  # type: ignore[method-assign]

    def slow(ws: Workspace) -> OfficialDocument:
        release.wait(10)
        return report(ws)

    flow.preview(slow, source=SOURCE, title="Báo cáo", file_name="bao-cao.pdf")
    QTimer.singleShot(10, lambda: ticks.append(1))
    qtbot.waitUntil(lambda: ticks == [1])
    assert flow.busy and flow.progress_dialog is not None
    release.set()
    wait_preview(qtbot, flow)
    assert seen and seen[-1][0] == seen[-1][1] > 0
    assert flow.progress_dialog is None


def test_issuing_from_the_draft_numbers_it_shows_the_issued_pdf_and_closes_the_draft(
        qtbot, flow: DocumentFlow, ready_ws: Workspace) -> None:  # type: ignore[no-untyped-def]
    """Issue… on the draft asks for the number, issues in the background and shows number, date and hash."""
    flow.preview(lambda ws: report(ws), source=SOURCE, title="Báo cáo", file_name="bao-cao.pdf")
    draft = wait_preview(qtbot, flow)
    [issue_button] = [b for b in draft.buttons.buttons() if b.text() == "Issue…"]
    issue_button.click()
    qtbot.waitUntil(lambda: flow.issue_dialog is not None and flow.issue_dialog.isVisible(), timeout=20_000)
    assert flow.issue_dialog is not None
    with qtbot.waitSignal(flow.issued, timeout=20_000) as signal:
        flow.issue_dialog.issue_button.click()
    [issued] = docs.list_issued(ready_ws)
    assert signal.args == [issued.id] and issued.number_text == "Số: 01/BC-CĐP" and issued.issued_on == TODAY
    shown = wait_preview(qtbot, flow)
    assert shown is not draft and not draft.isVisible()
    assert shown.banner_label.text() == f"Số: 01/BC-CĐP · issued on 12/05/2026 · SHA-256 {issued.pdf_sha256[:12]}…"
    assert shown.preview.data == docs.open_issued(ready_ws, issued.id)
    assert shown.preview.file_name == "01-BC-CĐP - bao-cao.pdf"
    assert shown.windowTitle() == "Số: 01/BC-CĐP — Báo cáo"


def test_reopening_shows_the_very_bytes_issued(qtbot, flow: DocumentFlow, ready_ws: Workspace) -> None:  # type: ignore[no-untyped-def]
    """open_issued hands the preview the issued bytes, with the same pages."""
    issued = docs.issue(ready_ws, report(ready_ws, paragraphs=30), source=SOURCE, on=TODAY)
    flow.open_issued(issued.id)
    dialog = wait_preview(qtbot, flow)
    assert dialog.preview.data == issued.file.read_bytes()
    assert dialog.preview.page_count() == issued.pages
    assert dialog.banner_label.text().startswith("Số: 01/BC-CĐP · issued on 12/05/2026")
    assert dialog.windowTitle() == "Số: 01/BC-CĐP — Kết quả công tác truyền thông tháng 4 năm 2026"


def test_issuing_the_same_content_again_says_it_is_reopened_unchanged(qtbot, flow: DocumentFlow,
                                                                      ready_ws: Workspace) -> None:  # type: ignore[no-untyped-def]
    """No number is asked for; the note names the number and date it was issued with; nothing new is added."""
    first = docs.issue(ready_ws, report(ready_ws), source=SOURCE, on=TODAY.replace(day=5))
    with qtbot.waitSignal(flow.issued, timeout=20_000):
        flow.issue(lambda ws: report(ws), source=SOURCE, title="Báo cáo", file_name="bao-cao.pdf")
    assert flow.issue_dialog is None
    dialog = wait_preview(qtbot, flow)
    assert dialog.note_label.text() == ("This content was already issued as Số: 01/BC-CĐP on 05/05/2026; "
                                        "it is reopened unchanged.")
    assert dialog.preview.data == first.file.read_bytes()
    assert len(docs.list_issued(ready_ws)) == 1


def test_characters_the_font_cannot_print_are_named(qtbot, flow: DocumentFlow) -> None:  # type: ignore[no-untyped-def]
    """An emoji in the content is left out of the PDF, and the officer is told which one."""
    issue_through_dialog(qtbot, flow, lambda ws: report(ws, "Hội thao vui 🎉 lắm."))
    dialog = wait_preview(qtbot, flow)
    assert dialog.note_label.text().endswith("cannot print them: 🎉")
    assert not dialog.note_label.isHidden()


def test_a_number_taken_meanwhile_is_told_plainly(qtbot, flow: DocumentFlow, ready_ws: Workspace) -> None:  # type: ignore[no-untyped-def]
    """When another document takes the number while the dialog is open, the officer reads why nothing was issued."""
    flow.issue(lambda ws: report(ws), source=SOURCE, title="Báo cáo", file_name="bao-cao.pdf")
    qtbot.waitUntil(lambda: flow.issue_dialog is not None and flow.issue_dialog.isVisible(), timeout=20_000)
    docs.issue(ready_ws, report(ready_ws, "Báo cáo khác."), source="periodic:2026-03", on=TODAY)
    assert flow.issue_dialog is not None
    flow.issue_dialog.issue_button.click()
    qtbot.waitUntil(lambda: bool(visible_messages()), timeout=20_000)
    assert visible_messages() == ["Số: 01/BC-CĐP is already in the register. Choose another number and issue again."]
    assert len(docs.list_issued(ready_ws)) == 1


@pytest.mark.parametrize(("error", "expected"), [
    (ValidationError([Problem("period", REQUIRED)]), "This field is required."),
    (LookupError("no own unit: finish the set-up first"), "Details: no own unit: finish the set-up first"),
    (ValueError("'x': there is no campaign with this id"), "The document cannot be made: 'x': there is no campaign"),
    (OSError(28, "No space left on device"), "The file could not be read or written: No space left on device"),
])
def test_builder_errors_are_shown_as_messages(qtbot, flow: DocumentFlow, ready_ws: Workspace,
                                              error: Exception, expected: str) -> None:  # type: ignore[no-untyped-def]
    """A builder's refusal reaches the officer as a message box with its text, never a traceback."""
    def build(_ws: Workspace) -> OfficialDocument:
        raise error

    flow.preview(build, source=SOURCE, title="Báo cáo", file_name="bao-cao.pdf")
    qtbot.waitUntil(lambda: bool(visible_messages()), timeout=20_000)
    [text] = visible_messages()
    assert expected in text and "Traceback" not in text
    assert not flow.busy and flow.preview_dialog is None


def test_a_damaged_document_is_reported_not_shown(qtbot, flow: DocumentFlow, ready_ws: Workspace) -> None:  # type: ignore[no-untyped-def]
    """A file that cannot be restored identically gives a message naming the document."""
    issued = docs.issue(ready_ws, report(ready_ws), source=SOURCE, on=TODAY)
    with transaction(ready_ws.db):
        ready_ws.db.execute("UPDATE documents SET pdf_sha256 = ? WHERE id = ?", ["0" * 64, issued.id])
    flow.open_issued(issued.id)
    qtbot.waitUntil(lambda: bool(visible_messages()), timeout=20_000)
    [text] = visible_messages()
    assert text.startswith("The file of Số: 01/BC-CĐP was changed or removed")
    assert flow.preview_dialog is None


# --- the issue dialog ---------------------------------------------------------------------------------


def open_issue_dialog(qtbot, ws: Workspace) -> IssueDialog:  # type: ignore[no-untyped-def]
    dialog = IssueDialog(ws, report(ws), today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_issue_dialog_proposes_the_next_free_number_and_shows_the_printed_line(qtbot, ready_ws: Workspace) -> None:  # type: ignore[no-untyped-def]
    """After 01 and 02, the dialog proposes 03 and shows 'Số: 03/BC-CĐP — Hà Nội, ngày 12 tháng 5 năm 2026'."""
    for n, text in enumerate(("Một.", "Hai.")):
        docs.issue(ready_ws, report(ready_ws, text), source=f"periodic:2026-0{n + 1}", on=TODAY)
    dialog = open_issue_dialog(qtbot, ready_ws)
    assert dialog.number() == 3 and dialog.number_spin.text() == "03"
    assert dialog.line_label.text() == "Số: 03/BC-CĐP — Hà Nội, ngày 12 tháng 5 năm 2026"
    assert dialog.issue_button.isEnabled() and dialog.notice_label.text() == ""


def test_a_taken_number_disables_issuing(qtbot, ready_ws: Workspace) -> None:  # type: ignore[no-untyped-def]
    """Choosing a number already in the register shows a warning and disables Issue."""
    docs.issue(ready_ws, report(ready_ws), source=SOURCE, on=TODAY)
    dialog = open_issue_dialog(qtbot, ready_ws)
    dialog.number_spin.setValue(1)
    assert not dialog.issue_button.isEnabled()
    assert dialog.notice_label.text() == "Số: 01/BC-CĐP of 2026 is already in the register. Choose another number."
    dialog.number_spin.setValue(2)
    assert dialog.issue_button.isEnabled() and dialog.notice_label.text() == ""


def test_skipping_numbers_is_pointed_out(qtbot, ready_ws: Workspace) -> None:  # type: ignore[no-untyped-def]
    """A number beyond the next one says which numbers will stay unused."""
    dialog = open_issue_dialog(qtbot, ready_ws)
    dialog.number_spin.setValue(4)
    assert dialog.notice_label.text().startswith("Numbers 01 to 03 of 2026 will be left unused.")
    dialog.number_spin.setValue(2)
    assert dialog.notice_label.text().startswith("Number 01 of 2026 will be left unused.")
    dialog.number_spin.setValue(1)
    assert dialog.notice_label.text() == "" and dialog.issue_button.isEnabled()


def test_the_issue_date_is_never_in_the_future_and_each_year_has_its_series(qtbot, ready_ws: Workspace) -> None:  # type: ignore[no-untyped-def]
    """The date cannot pass today; moving to last year proposes that year's next number."""
    docs.issue(ready_ws, report(ready_ws), source=SOURCE, on=TODAY)
    dialog = open_issue_dialog(qtbot, ready_ws)
    assert dialog.date_edit.maximumDate() == QDate(2026, 5, 12) and dialog.date_edit.displayFormat() == "dd/MM/yyyy"
    dialog.date_edit.setDate(QDate(2026, 6, 1))
    assert dialog.issued_on() == TODAY
    assert dialog.number() == 2
    dialog.date_edit.setDate(QDate(2025, 12, 30))
    assert dialog.number() == 1
    assert dialog.line_label.text() == "Số: 01/BC-CĐP — Hà Nội, ngày 30 tháng 12 năm 2025"


def test_a_document_without_the_signers_name_cannot_be_issued(qtbot, ready_ws: Workspace) -> None:  # type: ignore[no-untyped-def]
    """With no signer's name in Settings, the dialog says where to enter it and Issue stays disabled."""
    ready_ws.settings.save(signer_name="")
    dialog = open_issue_dialog(qtbot, ready_ws)
    assert not dialog.issue_button.isEnabled()
    assert "signer's name is missing" in dialog.notice_label.text()
    ready_ws.settings.save(signer_name="Trần Văn Bình")
    dialog = open_issue_dialog(qtbot, ready_ws)
    assert dialog.issue_button.isEnabled() and dialog.signers() == "TM. BAN THƯỜNG VỤ / CHỦ TỊCH / Trần Văn Bình"
