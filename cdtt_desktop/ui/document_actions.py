"""The documents a story or a case can be made into, started from its page or its view.

Each action previews a draft through `DocumentFlow` (from which the officer issues it); the source keys
are the command line's, so a document issued here and one issued by `cdtt report` are the same entry.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from cdtt_desktop.services import documents as docs
from cdtt_desktop.services.workspace import Workspace
from cdtt_desktop.tasks.runner import TaskRunner
from cdtt_desktop.ui.document_flow import DocumentFlow


class DocumentActions(QObject):
    def __init__(self, ws: Workspace, runner: TaskRunner, window: QWidget):
        super().__init__(window)
        self.flow = DocumentFlow(ws, runner, window)

    def story_dossier(self, story_id: str) -> None:
        from cdtt_desktop.services.doc_story import build_story_dossier

        self.flow.preview(lambda ws: build_story_dossier(ws, story_id), source=docs.story_source(story_id),
                          title=self.tr("Story dossier"), file_name="ho-so-mo-hinh.pdf")

    def case_proposal(self, case_ids: list[str]) -> None:
        from cdtt_desktop.services.doc_housing import build_proposal

        ids = sorted(set(case_ids))
        self.flow.preview(lambda ws: build_proposal(ws, ids), source=docs.proposal_source(ids),
                          title=self.tr("Proposal for support (tờ trình)"), file_name="to-trinh-mai-am.pdf")

    def case_handover(self, case_id: str) -> None:
        from cdtt_desktop.services.doc_housing import build_handover

        self.flow.preview(lambda ws: build_handover(ws, case_id), source=docs.handover_source(case_id),
                          title=self.tr("Handover record (biên bản)"), file_name="bien-ban-ban-giao.pdf")
