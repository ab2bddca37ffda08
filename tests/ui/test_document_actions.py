"""Documents started from a story, a case, the case list and the Reports page."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from cdtt_desktop.domain.housing import CaseStep
from cdtt_desktop.domain.stories import StoryStatus
from cdtt_desktop.services import documents as docs
from cdtt_desktop.services.workspace import Workspace
from cdtt_desktop.tasks.runner import TaskRunner
from cdtt_desktop.ui.document_flow import DocumentFlow
from cdtt_desktop.ui.housing_case_view import HousingCaseView
from cdtt_desktop.ui.housing_page import HousingPage
from cdtt_desktop.ui.reports_page import ReportsPage
from cdtt_desktop.ui.stories_page import StoriesPage
from tests.services.test_doc_story import person, story_with_photos


@pytest.fixture
def runner(qtbot) -> Iterator[TaskRunner]:  # type: ignore[no-untyped-def]
    tasks = TaskRunner()
    yield tasks
    tasks.wait()


def shown_preview(qtbot, flow: DocumentFlow):  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: flow.preview_dialog is not None and flow.preview_dialog.isVisible(), timeout=15000)
    return flow.preview_dialog


def test_story_view_previews_the_dossier_as_a_draft(qtbot, ready_ws: Workspace, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                    runner) -> None:
    """"Dossier as PDF…" in a sent story's view shows the unnumbered dossier; nothing is registered."""
    story_id = story_with_photos(ready_ws, tmp_path / "photos", person(), StoryStatus.READY, StoryStatus.SENT)
    page = StoriesPage(ready_ws, runner)
    qtbot.addWidget(page)
    view = page.opener.open_view(story_id)
    view.dossier_button.click()
    dialog = shown_preview(qtbot, page.opener.documents.flow)
    assert dialog.preview.page_count() >= 2
    assert "Draft" in dialog.banner_label.text()
    assert docs.list_issued(ready_ws) == []
    dialog.close()
    view.close()


def case_at(ws: Workspace, folder: Path, step: CaseStep) -> str:
    from tests.services.helpers_housing import case_at as made_case

    return made_case(ws, folder, step)


def test_case_view_offers_the_document_its_step_allows(qtbot, ready_ws: Workspace, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """At the survey step the tờ trình is offered and not the biên bản; at the handover step the reverse."""
    case_id = case_at(ready_ws, tmp_path, CaseStep.SURVEY)
    view = HousingCaseView(ready_ws, case_id)
    qtbot.addWidget(view)
    view.show()
    assert view.proposal_button.isVisible() and not view.handover_button.isVisible()
    handed = case_at(ready_ws, tmp_path / "h", CaseStep.HANDOVER)
    later = HousingCaseView(ready_ws, handed)
    qtbot.addWidget(later)
    later.show()
    assert later.handover_button.isVisible() and not later.proposal_button.isVisible()


def test_housing_page_makes_one_proposal_for_the_selected_cases(qtbot, ready_ws: Workspace,  # type: ignore[no-untyped-def]
                                                                tmp_path: Path, runner) -> None:
    """Selecting cases and pressing "Proposal (tờ trình)…" previews one tờ trình listing them all."""
    first = case_at(ready_ws, tmp_path / "a", CaseStep.SURVEY)
    second = case_at(ready_ws, tmp_path / "b", CaseStep.SURVEY)
    page = HousingPage(ready_ws, runner)
    qtbot.addWidget(page)
    page.show()
    from cdtt_desktop.ui.summary_list import select_ids

    select_ids(page.table, [first, second])
    assert page.proposal_button.isEnabled()
    page.proposal_button.click()
    dialog = shown_preview(qtbot, page.documents().flow)
    assert dialog.preview.page_count() >= 1
    dialog.close()


def test_reports_page_register_lists_documents_issued_elsewhere(qtbot, ready_ws: Workspace,  # type: ignore[no-untyped-def]
                                                               tmp_path: Path, runner) -> None:
    """A dossier issued from the stories page appears in the register when the Reports page is refreshed."""
    page = ReportsPage(ready_ws, runner)
    qtbot.addWidget(page)
    assert page.register.model.rowCount() == 0
    from cdtt_desktop.services.doc_story import build_story_dossier

    story_id = story_with_photos(ready_ws, tmp_path / "photos", person(), StoryStatus.READY)
    docs.issue(ready_ws, build_story_dossier(ready_ws, story_id), source=docs.story_source(story_id),
               on=__import__("datetime").date(2026, 5, 12))
    page.refresh()
    assert page.register.model.rowCount() == 1
