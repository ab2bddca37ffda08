"""The composer's "Include charts" box: the report built for preview and issue has charts only when ticked."""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.qtbot import QtBot

from cdtt_desktop.domain.document_model import Chart
from cdtt_desktop.services.workspace import Workspace
from cdtt_desktop.tasks.runner import TaskRunner
from tests.ui.activity_helpers import add_activity
from tests.ui.test_report_composer import capture, make, runner  # noqa: F401  (runner is a fixture)


def test_ticking_include_charts_builds_the_report_with_charts(qtbot: QtBot, ready_ws: Workspace,
                                                             runner: TaskRunner,  # noqa: F811
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """Unticked (the default) the builder makes no chart; ticked, the report of the period carries its charts."""
    add_activity(ready_ws, "Tọa đàm", dt.date(2026, 5, 12))
    calls = capture(monkeypatch, "preview")
    composer = make(qtbot, ready_ws, runner)
    assert not composer.charts_check.isChecked()
    composer.preview()
    composer.charts_check.setChecked(True)
    composer.preview()
    plain, charted = (build(ready_ws) for build, _args in calls)
    assert not any(isinstance(b, Chart) for b in plain.blocks)
    assert [b.chart_type for b in charted.blocks if isinstance(b, Chart)] == ["bars", "lines"]
