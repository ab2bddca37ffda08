"""The periodic report composer: period picker, figures in the background, narrative drafts, preview and issue."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPlainTextEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from cdtt_desktop.domain.document_model import all_text
from cdtt_desktop.domain.periods import month_period
from cdtt_desktop.services import documents
from cdtt_desktop.services.doc_common import letterhead
from cdtt_desktop.services.doc_periodic import build_periodic_report
from cdtt_desktop.services.report_drafts import load_narrative_draft, narrative_draft_key, save_narrative_draft
from cdtt_desktop.services.report_figures import report_figures
from cdtt_desktop.services.report_narrative import default_narrative
from cdtt_desktop.services.workspace import Workspace
from cdtt_desktop.tasks.runner import TaskRunner
from cdtt_desktop.ui.document_flow import DocumentFlow
from cdtt_desktop.ui.report_composer import ReportComposer
from tests.ui.activity_helpers import add_activity

JUNE_3 = dt.date(2026, 6, 3)  # the May report is written in early June
TYPED = "Đơn vị đã làm tốt việc đưa tin về cơ sở."


@pytest.fixture
def runner() -> Iterator[TaskRunner]:
    tasks = TaskRunner()
    yield tasks
    tasks.wait()


def make(qtbot: QtBot, ws: Workspace, runner: TaskRunner, today: dt.date = JUNE_3, *,
         wait: bool = True) -> ReportComposer:
    composer = ReportComposer(ws, runner, today=today)
    qtbot.addWidget(composer)
    composer.resize(1200, 700)
    composer.show()
    if wait:
        wait_figures(qtbot, composer)
    return composer


def wait_figures(qtbot: QtBot, composer: ReportComposer) -> None:
    period = composer.period()
    assert period is not None
    qtbot.waitUntil(lambda: composer.figures is not None and composer.figures.period == period, timeout=10_000)


def type_text(editor: QPlainTextEdit, text: str, *, at_end: bool = True) -> None:
    """Type like a person, one key at a time (keyClicks cannot send Vietnamese letters)."""
    editor.setFocus()
    if at_end:
        editor.moveCursor(editor.textCursor().MoveOperation.End)
    for ch in text:
        if ch == "\n":
            QTest.keyClick(editor, Qt.Key.Key_Return)
        else:
            QTest.sendKeyEvent(QTest.KeyAction.Click, editor, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier)


def choose_month(composer: ReportComposer, month: int) -> None:
    composer.picker.month_combo.setCurrentIndex(month - 1)


def tree_texts(composer: ReportComposer) -> list[str]:
    tree, out = composer.figures_tree, []
    for i in range(tree.topLevelItemCount()):
        section = tree.topLevelItem(i)
        out += [" | ".join(section.child(j).text(c) for c in range(4)) for j in range(section.childCount())]
    return out


def test_default_period_is_the_previous_month(qtbot: QtBot, ready_ws: Workspace, runner: TaskRunner) -> None:
    """The usual report is sent early in the next month, so the month before `today` is chosen at first."""
    composer = make(qtbot, ready_ws, runner, today=dt.date(2026, 1, 10), wait=False)
    assert composer.picker.kind() == "month"
    assert composer.period() == month_period(2025, 12)
    assert "Kết quả công tác truyền thông tháng 12 năm 2025" in composer.subject_label.text()


def test_each_kind_shows_its_own_second_list(qtbot: QtBot, ready_ws: Workspace, runner: TaskRunner) -> None:
    """Month, quarter, half-year and campaign show their list, a year none; the subject follows the choice."""
    composer = make(qtbot, ready_ws, runner, wait=False)
    picker = composer.picker
    lists = {"month": picker.month_combo, "quarter": picker.quarter_combo, "half": picker.half_combo,
             "campaign": picker.campaign_combo}
    expected = {"month": "2026-05", "quarter": "2026-Q2", "half": "2026-H1", "year": "2026"}
    for kind in ("quarter", "half", "year", "campaign", "month"):
        picker.set_kind(kind)
        assert {k for k, w in lists.items() if w.isVisibleTo(composer)} == ({kind} if kind != "year" else set())
        period = composer.period()
        assert period is not None
        if kind == "campaign":
            assert period.key == f"campaign:{picker.campaign_combo.currentData()}"
            assert picker.campaign_combo.count() > 0
        else:
            assert period.key == expected[kind]
        assert period.label in composer.subject_label.text()


def test_a_year_without_plan_has_no_campaign_to_choose(qtbot: QtBot, ready_ws: Workspace,
                                                        runner: TaskRunner) -> None:
    """Choosing campaigns in a year without a plan says so, creates no plan, and leaves nothing to issue."""
    composer = make(qtbot, ready_ws, runner, wait=False)
    composer.picker.set_kind("campaign")
    composer.picker.year_box.setValue(2031)
    assert composer.period() is None
    assert "2031" in composer.picker.problem_label.text() and composer.picker.problem_label.isVisibleTo(composer)
    assert not composer.preview_button.isEnabled() and not composer.issue_button.isEnabled()
    assert ready_ws.plans.plan_for_year(2031) is None


def test_figures_are_computed_in_the_background_and_shown(qtbot: QtBot, ready_ws: Workspace,
                                                          runner: TaskRunner) -> None:
    """The figures of the chosen period appear in the tree; the busy sign goes away when they arrive."""
    for n in range(3):
        add_activity(ready_ws, f"Bài đăng số {n}", day=dt.date(2026, 5, 5), channel="social_media")
    add_activity(ready_ws, "Bài tháng Tư", day=dt.date(2026, 4, 20), channel="social_media")
    composer = make(qtbot, ready_ws, runner)
    assert composer.figures is not None and composer.figures.totals.activities == 3
    assert not composer.busy_bar.isVisibleTo(composer)
    social = next(row for row in tree_texts(composer) if row.startswith("Mạng xã hội"))
    assert social.split(" | ")[1] == "3"
    choose_month(composer, 4)
    assert composer.busy_bar.isVisibleTo(composer)
    wait_figures(qtbot, composer)
    assert composer.figures.totals.activities == 1


def test_only_the_figures_of_the_last_choice_are_shown(qtbot: QtBot, ready_ws: Workspace,
                                                       runner: TaskRunner) -> None:
    """Clicking through several months computes and shows the last one, never a period left behind."""
    composer = make(qtbot, ready_ws, runner)
    for month in (4, 3, 2):
        choose_month(composer, month)
        composer.compute()
    wait_figures(qtbot, composer)
    runner.wait()
    qtbot.wait(10)
    assert composer.figures is not None and composer.figures.period.key == "2026-02"


def test_narrative_is_prefilled_from_the_figures(qtbot: QtBot, ready_ws: Workspace, runner: TaskRunner) -> None:
    """Every section starts with the sentences computed from the period's figures."""
    add_activity(ready_ws, "Tọa đàm", day=dt.date(2026, 5, 6), channel="direct")
    composer = make(qtbot, ready_ws, runner)
    period = month_period(2026, 5)
    expected = default_narrative(report_figures(ready_ws, period), period, letterhead(ready_ws))
    assert composer.narrative.texts() == expected
    assert "tháng 5 năm 2026" in composer.narrative.texts()["situation"]


def test_typed_text_comes_back_with_its_period(qtbot: QtBot, ready_ws: Workspace, runner: TaskRunner) -> None:
    """Text typed for May is kept while April is open and given back, with a notice, when May is chosen again."""
    composer = make(qtbot, ready_ws, runner)
    strengths = composer.narrative.editors["strengths"]
    type_text(strengths, " " + TYPED)
    mine = strengths.toPlainText()
    choose_month(composer, 4)
    wait_figures(qtbot, composer)
    assert TYPED not in composer.narrative.texts()["strengths"]
    assert "tháng 4 năm 2026" in composer.narrative.texts()["situation"]
    choose_month(composer, 5)
    assert strengths.toPlainText() == mine
    assert "Restored your unsaved text" in composer.notice.label.text()
    wait_figures(qtbot, composer)
    assert strengths.toPlainText() == mine  # the figures do not overwrite what the officer wrote
    assert "tháng 5 năm 2026" in composer.narrative.texts()["situation"]


def test_typed_text_is_saved_a_moment_after_typing(qtbot: QtBot, ready_ws: Workspace, runner: TaskRunner) -> None:
    """The draft of the period is written about a second after the last key, with only the officer's part."""
    composer = make(qtbot, ready_ws, runner)
    type_text(composer.narrative.editors["proposals"], TYPED)
    qtbot.waitUntil(lambda: load_narrative_draft(ready_ws, "2026-05") is not None, timeout=3000)
    draft = load_narrative_draft(ready_ws, "2026-05")
    assert draft is not None and set(draft.sections) == {"proposals"} and TYPED in draft.sections["proposals"]


def test_leaving_the_screen_saves_at_once(qtbot: QtBot, ready_ws: Workspace, runner: TaskRunner) -> None:
    """Another tab, or closing the window the composer is in, writes the draft without waiting for the timer."""
    composer = make(qtbot, ready_ws, runner)
    type_text(composer.narrative.editors["causes"], TYPED)
    composer.hide()
    draft = load_narrative_draft(ready_ws, "2026-05")
    assert draft is not None and TYPED in draft.sections["causes"]
    window = QWidget()
    qtbot.addWidget(window)
    QVBoxLayout(window).addWidget(composer)
    composer.show()  # shown again, as when its tab is chosen again
    window.show()
    type_text(composer.narrative.editors["causes"], " Lần hai.")
    window.close()
    draft = load_narrative_draft(ready_ws, "2026-05")
    assert draft is not None and draft.sections["causes"].endswith("Lần hai.")
    composer.setParent(None)  # qtbot closes it on its own


def test_refill_can_be_undone(qtbot: QtBot, ready_ws: Workspace, runner: TaskRunner) -> None:
    """"Refill from figures" puts the computed sentences back, and Ctrl+Z gives the officer's text back."""
    composer = make(qtbot, ready_ws, runner)
    editor = composer.narrative.editors["weaknesses"]
    computed = editor.toPlainText()
    editor.selectAll()
    type_text(editor, TYPED, at_end=False)
    assert editor.toPlainText() == TYPED
    composer.narrative.refill_buttons["weaknesses"].click()
    assert editor.toPlainText() == computed
    editor.undo()
    assert editor.toPlainText() == TYPED
    composer.write_draft()
    draft = load_narrative_draft(ready_ws, "2026-05")
    assert draft is not None and draft.sections == {"weaknesses": TYPED}


def test_a_draft_is_restored_when_the_composer_opens(qtbot: QtBot, ready_ws: Workspace,
                                                     runner: TaskRunner) -> None:
    """A draft left by an earlier session (a crash, a power cut) is loaded for its period and kept."""
    save_narrative_draft(ready_ws, "2026-05", {"situation": TYPED})
    composer = make(qtbot, ready_ws, runner)
    assert composer.narrative.texts()["situation"] == TYPED
    assert composer.narrative.texts()["strengths"]  # the other parts come from the figures
    assert "Restored your unsaved text" in composer.notice.label.text()


def capture(monkeypatch: pytest.MonkeyPatch, method: str) -> list[tuple[Any, dict[str, Any]]]:
    calls: list[tuple[Any, dict[str, Any]]] = []
    monkeypatch.setattr(DocumentFlow, method, lambda self, build, **kw: calls.append((build, kw)))
    return calls


def test_preview_builds_the_report_with_the_typed_narrative(qtbot: QtBot, ready_ws: Workspace, runner: TaskRunner,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """The builder handed to the preview makes the report of the period with what the officer typed."""
    calls = capture(monkeypatch, "preview")
    composer = make(qtbot, ready_ws, runner)
    type_text(composer.narrative.editors["next_steps"], "\n" + TYPED)
    QTest.keyClick(composer.narrative.editors["next_steps"], Qt.Key.Key_P,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert len(calls) == 1
    build, args = calls[0]
    assert args["source"] == "periodic:2026-05" and args["file_name"].endswith(".pdf")
    type_text(composer.narrative.editors["next_steps"], " thêm sau")  # after the click: not in the snapshot
    texts = all_text(build(ready_ws), JUNE_3)
    assert TYPED in texts and not any("thêm sau" in t for t in texts)
    assert "Kết quả công tác truyền thông tháng 5 năm 2026" in texts


def test_issue_hands_over_the_campaign_report(qtbot: QtBot, ready_ws: Workspace, runner: TaskRunner,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """Issuing a campaign's report names its source by the campaign and keeps the officer's text."""
    calls = capture(monkeypatch, "issue")
    composer = make(qtbot, ready_ws, runner)
    composer.picker.set_kind("campaign")
    wait_figures(qtbot, composer)
    composer.narrative.editors["proposals"].setPlainText(TYPED)
    composer.issue_button.click()
    build, args = calls[0]
    period = composer.period()
    assert period is not None and args["source"] == f"periodic:{period.key}"
    assert TYPED in all_text(build(ready_ws), JUNE_3)


def test_after_issuing_the_number_is_shown_and_the_draft_kept(qtbot: QtBot, ready_ws: Workspace,
                                                               runner: TaskRunner) -> None:
    """Once issued, the composer says under which number; the officer's text stays for a corrected version."""
    composer = make(qtbot, ready_ws, runner)
    type_text(composer.narrative.editors["situation"], TYPED)
    composer.write_draft()
    document = build_periodic_report(ready_ws, month_period(2026, 5), composer.narrative_snapshot())
    issued = documents.issue(ready_ws, document, source="periodic:2026-05", on=JUNE_3)
    composer.flow.issued.emit(issued.id)
    assert issued.number_text in composer.issued_label.text()
    assert load_narrative_draft(ready_ws, "2026-05") is not None


def test_without_own_unit_nothing_can_be_issued(qtbot: QtBot, ws: Workspace, runner: TaskRunner) -> None:
    """Before the set-up the figures still show, without targets, and the composer says what is missing."""
    composer = make(qtbot, ws, runner)
    text = composer.state_label.text()
    assert "not set up" in text and "no plan for 2026" in text
    assert not composer.preview_button.isEnabled() and not composer.issue_button.isEnabled()


def test_draft_keys_are_plain_file_names() -> None:
    """A campaign's period key becomes a draft key the drafts folder accepts."""
    assert narrative_draft_key("2026-11") == "report-periodic-2026-11"
    assert narrative_draft_key("campaign:ab-12") == "report-periodic-campaign-ab-12"


@pytest.mark.parametrize("key", ["2026-10", "2026-Q3", "2026-H1", "2025", "2026-02"])
def test_the_picker_shows_a_period_given_by_its_key(qtbot, ready_ws: Workspace, key: str) -> None:  # type: ignore[no-untyped-def]
    """A "report due" to-do names its period by key; the picker shows exactly that period."""
    from cdtt_desktop.services.report_drafts import YearCampaigns
    from cdtt_desktop.ui.report_period_picker import ReportPeriodPicker

    picker = ReportPeriodPicker(lambda _year: YearCampaigns(True, ()), dt.date(2026, 11, 29))
    qtbot.addWidget(picker)
    assert picker.select_period(key)
    assert picker.period() is not None and picker.period().key == key
    assert not picker.select_period("2026-13")


def test_a_report_due_todo_opens_the_composer_on_its_period(qtbot, ready_ws: Workspace) -> None:  # type: ignore[no-untyped-def]
    """The main window's open_record("reports", "2026-Q3") shows the Reports page with Q3 2026 chosen."""
    from cdtt_desktop.ui.main_window import MainWindow
    from cdtt_desktop.ui.reports_page import ReportsPage

    runner = TaskRunner()
    window = MainWindow(ready_ws, runner)
    qtbot.addWidget(window)
    window.show()
    window.open_record("reports", "2026-Q3")
    page = window.current_page()
    assert isinstance(page, ReportsPage) and page.tabs.currentWidget() is page.composer
    assert page.composer.picker.period() is not None and page.composer.picker.period().key == "2026-Q3"
    runner.wait()
