"""Writing the periodic communications report: choose the period, see its figures, edit the narrative, issue.

The figures are computed in the background (on the task's own workspace) whenever the period changes,
a moment after the last change, and on demand; only the latest result is shown. The narrative sections
start as the sentences computed from the figures; what the officer types is kept as a draft of that period
a second after each change and whenever the screen is left, and is given back when the period is chosen
again. Only the sections the officer wrote are kept: the others follow the figures.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCloseEvent, QHideEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from cdtt_desktop.domain.periods import ReportPeriod
from cdtt_desktop.paths import DataPaths
from cdtt_desktop.services.doc_common import letterhead
from cdtt_desktop.services.doc_periodic import NARRATIVE_KEYS, build_periodic_report, subject
from cdtt_desktop.services.document_files import get_issued, safe_file_name
from cdtt_desktop.services.report_drafts import load_narrative_draft, save_narrative_draft, year_campaigns
from cdtt_desktop.services.report_figures import ReportFigures, report_figures
from cdtt_desktop.services.report_narrative import default_narrative
from cdtt_desktop.services.workspace import Workspace, open_workspace
from cdtt_desktop.tasks.runner import Progress, TaskRunner
from cdtt_desktop.ui.document_flow import Builder, DocumentFlow
from cdtt_desktop.ui.notice_bar import NoticeBar
from cdtt_desktop.ui.report_figures_tree import ReportFiguresTree
from cdtt_desktop.ui.report_narrative_editor import ReportNarrativeEditor
from cdtt_desktop.ui.report_period_picker import ReportPeriodPicker

log = logging.getLogger(__name__)
COMPUTE_DELAY_MS = 300  # after the last change of the period: clicking through months computes once
DRAFT_DELAY_MS = 1000


@dataclass(frozen=True)
class _Computed:
    generation: int
    figures: ReportFigures
    defaults: dict[str, str] | None  # None when the own unit is not set up (no letterhead)


def _compute(paths: DataPaths, period: ReportPeriod, generation: int) -> _Computed:
    ws = open_workspace(paths)
    try:
        figures = report_figures(ws, period)
        try:
            head = letterhead(ws)
        except LookupError:
            return _Computed(generation, figures, None)
        return _Computed(generation, figures, default_narrative(figures, period, head))
    finally:
        ws.close()


class ReportComposer(QWidget):
    def __init__(self, ws: Workspace, runner: TaskRunner, parent: QWidget | None = None, *,
                 today: dt.date | None = None):
        super().__init__(parent)
        self.ws, self.runner = ws, runner
        self.flow = DocumentFlow(ws, runner, self, today=today)
        self.figures: ReportFigures | None = None
        self._period: ReportPeriod | None = None
        self._defaults: dict[str, str] | None = None
        self._own: set[str] = set()  # sections the officer wrote (or that came back from the draft)
        self._generation = 0  # of the figures asked for last
        self._computing = False
        self.picker = ReportPeriodPicker(lambda year: year_campaigns(ws, year), today or dt.date.today())
        self.narrative = ReportNarrativeEditor()
        self.figures_tree = ReportFiguresTree()
        self._build()
        self.compute_timer = QTimer(self, singleShot=True, interval=COMPUTE_DELAY_MS)
        self.compute_timer.timeout.connect(self.compute)
        self.draft_timer = QTimer(self, singleShot=True, interval=DRAFT_DELAY_MS)
        self.draft_timer.timeout.connect(self.write_draft)
        self.picker.period_changed.connect(self._period_changed)
        self.narrative.edited.connect(self._edited)
        self.narrative.refill_requested.connect(self.refill)
        self.flow.issued.connect(self._issued)
        self._period_changed(self.picker.period())

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(self.picker, 1)
        self.compute_button = QPushButton(self.tr("Compute figures"))
        self.charts_check = QCheckBox(self.tr("Include charts"))
        self.charts_check.setToolTip(self.tr("Add two charts after the results by channel: activities per week "
                                             "by channel, and the plan's targets added up week by week"))
        top.addWidget(self.charts_check, 0, Qt.AlignmentFlag.AlignTop)
        self.preview_button = QPushButton(self.tr("Preview"))
        self.preview_button.setToolTip(self.tr("See the report as it will be printed (Ctrl+Shift+P)"))
        self.issue_button = QPushButton(self.tr("Issue…"))
        for button in (self.compute_button, self.preview_button, self.issue_button):
            top.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        line = QHBoxLayout()
        self.subject_label = QLabel()
        self.subject_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.issued_label = QLabel()
        line.addWidget(QLabel(self.tr("Subject:")))
        line.addWidget(self.subject_label, 1)
        line.addWidget(self.issued_label)
        layout.addLayout(line)
        self.state_label = QLabel()
        self.state_label.setWordWrap(True)
        self.state_label.setProperty("role", "error")
        self.state_label.hide()
        layout.addWidget(self.state_label)
        self.notice = NoticeBar()
        layout.addWidget(self.notice)
        layout.addWidget(self._splitter(), 1)
        self.compute_button.clicked.connect(self.compute)
        self.preview_button.clicked.connect(self.preview)
        self.issue_button.clicked.connect(self.issue)
        shortcut = QShortcut(QKeySequence("Ctrl+Shift+P"), self, self.preview)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def _splitter(self) -> QSplitter:
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        self.busy_label = QLabel(self.tr("Computing the figures…"))
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)  # moving to and fro: the time it takes is not known
        self.busy_bar.setMaximumWidth(120)
        self.busy_bar.setTextVisible(False)
        head.addWidget(QLabel(self.tr("Figures of the period")), 1)
        head.addWidget(self.busy_label)
        head.addWidget(self.busy_bar)
        column.addLayout(head)
        column.addWidget(self.figures_tree, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.narrative)
        splitter.setStretchFactor(0, 1)  # half each: channel names are long, and so are the sentences
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        self._set_busy(False)
        return splitter

    # --- the period ---------------------------------------------------------------------------

    def period(self) -> ReportPeriod | None:
        return self._period

    def _period_changed(self, period: ReportPeriod | None) -> None:
        self.write_draft()  # the last words typed for the period being left
        self._period, self._defaults, self.figures = period, None, None
        self._generation += 1  # figures being computed for the period left are not shown
        self.figures_tree.clear()
        self.issued_label.clear()
        self.notice.dismiss()
        self.subject_label.setText(f"<b>{subject(period)}</b>" if period else "")
        self._load_draft()
        self._update_state()
        self.compute_timer.stop()
        self._set_busy(self._computing)
        if period is not None and self.isVisible():  # a hidden composer computes when first shown
            self.compute_timer.start()
            self._set_busy(True)

    def _load_draft(self) -> None:
        draft = load_narrative_draft(self.ws, self._period.key) if self._period else None
        sections = draft.sections if draft else {}
        self._own = set(sections)
        for key in NARRATIVE_KEYS:
            self.narrative.set_text(key, sections.get(key, ""))
        self.narrative.set_refill_enabled(False)
        self.narrative.set_waiting(self._period is not None)
        if draft is not None:
            self.notice.show_message(self.tr("Restored your unsaved text from {time}.").format(
                time=f"{draft.saved_at:%d/%m %H:%M}"), timeout_ms=0)

    # --- the figures --------------------------------------------------------------------------

    def compute(self) -> None:
        """Compute the figures of the chosen period in the background; only the latest result is shown."""
        self.compute_timer.stop()
        if self._period is None:
            return
        self._generation += 1
        if not self._computing:
            self._start_compute()

    def _start_compute(self) -> None:
        self._computing = True
        self._set_busy(True)
        paths, period, generation = self.ws.paths, self._period, self._generation
        assert period is not None

        def task(_progress: Progress) -> _Computed:
            return _compute(paths, period, generation)

        self.runner.run(task, self._computed_arrived, self._compute_failed, writes=False)

    def _computed_arrived(self, result: _Computed) -> None:
        if not shiboken6.isValid(self):
            return
        self._computing = False
        if result.generation != self._generation:  # the period changed meanwhile: compute the new one
            if self._period is not None and not self.compute_timer.isActive():
                self._start_compute()
            else:
                self._set_busy(self.compute_timer.isActive())
            return
        self._set_busy(False)
        self.figures, self._defaults = result.figures, result.defaults
        self.figures_tree.show_figures(result.figures)
        self._prefill()
        self._update_state()

    def _compute_failed(self, exc: BaseException, trace: str) -> None:
        log.error("computing report figures failed: %s\n%s", exc, trace)
        if not shiboken6.isValid(self):
            return
        self._computing = False
        self._set_busy(False)
        self.notice.show_message(self.tr("The figures could not be computed: {reason}").format(reason=exc),
                                 error=True, timeout_ms=0)

    def _set_busy(self, busy: bool) -> None:
        self.busy_label.setVisible(busy)
        self.busy_bar.setVisible(busy)
        self.figures_tree.setEnabled(not busy)

    def _update_state(self) -> None:
        problems = []
        if self.figures is not None and self._defaults is None:
            problems.append(self.tr("The unit is not set up yet, so the report has no letterhead: finish the "
                                    "set-up (Settings → Unit) before previewing or issuing."))
        if self.figures is not None and not self.figures.plan_title and self._period is not None:
            problems.append(self.tr("There is no plan for {year}: the figures are shown without targets.").format(
                year=self._period.start.year))
        self.state_label.setText("\n".join(problems))
        self.state_label.setVisible(bool(problems))
        ready = self._period is not None and not (self.figures is not None and self._defaults is None)
        self.compute_button.setEnabled(self._period is not None)
        self.preview_button.setEnabled(ready)
        self.issue_button.setEnabled(ready)

    # --- the narrative ------------------------------------------------------------------------

    def _prefill(self) -> None:
        """Put the computed sentences in every section the officer has not written."""
        defaults = self._defaults or {}
        self.narrative.set_refill_enabled(bool(defaults))
        self.narrative.set_waiting(False)
        for key in NARRATIVE_KEYS:
            if key in self._own or key not in defaults:
                continue
            if self.narrative.editors[key].document().isUndoAvailable():
                self.narrative.replace_text(key, defaults[key], by_officer=False)  # keeps Ctrl+Z
            else:
                self.narrative.set_text(key, defaults[key])

    def refill(self, key: str) -> None:
        """Put back the computed sentences of one section, as one step Ctrl+Z can undo."""
        if self._defaults and key in self._defaults:
            self.narrative.replace_text(key, self._defaults[key], by_officer=True)

    def _edited(self, key: str) -> None:
        # A section that reads as computed is not the officer's: it follows the figures.
        if self._defaults is not None and self.narrative.texts()[key] == self._defaults.get(key):
            self._own.discard(key)
        else:
            self._own.add(key)
        self.draft_timer.start()

    def write_draft(self) -> None:
        """Keep the sections the officer wrote for the current period (none: forget its draft)."""
        self.draft_timer.stop()
        if self._period is None:
            return
        texts = self.narrative.texts()
        save_narrative_draft(self.ws, self._period.key, {k: texts[k] for k in self._own})

    def narrative_snapshot(self) -> dict[str, str]:
        """What the report will say: the sections written or filled in; empty ones are computed when built."""
        texts = self.narrative.texts()
        return {k: v for k, v in texts.items() if k in self._own or v.strip()}

    # --- preview and issue --------------------------------------------------------------------

    def _document_args(self) -> tuple[Builder, dict[str, str]] | None:
        period = self._period
        if period is None:
            return None
        self.write_draft()
        narrative = self.narrative_snapshot()  # taken here, on the GUI thread, before the task starts
        charts = self.charts_check.isChecked()
        words = subject(period)
        return ((lambda ws: build_periodic_report(ws, period, narrative, charts=charts)),
                {"source": f"periodic:{period.key}", "title": self.tr("Report: {subject}").format(subject=words),
                 "file_name": safe_file_name(f"Báo cáo {words}")})

    def preview(self) -> None:
        if self.preview_button.isEnabled() and (args := self._document_args()):
            self.flow.preview(args[0], **args[1])

    def issue(self) -> None:
        if self.issue_button.isEnabled() and (args := self._document_args()):
            self.flow.issue(args[0], **args[1])

    def _issued(self, document_id: str) -> None:
        # The draft stays: the officer may issue a corrected version under a new number.
        try:
            number = get_issued(self.ws, document_id).number_text
        except LookupError:
            return
        self.issued_label.setText(self.tr("Issued as {number}").format(number=number))

    # --- never lose typed text ----------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._period is not None and self.figures is None and not self._computing \
                and not self.compute_timer.isActive():
            self.compute_timer.start()
            self._set_busy(True)

    def hideEvent(self, event: QHideEvent) -> None:
        self.write_draft()
        super().hideEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.write_draft()
        super().closeEvent(event)
