"""Fixtures of the command-line tests: two data folders that exchange items, a district with a report and a
story to send and its province. Both speak English, so that messages can be compared word for word.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from cdtt_desktop.services.workspace import Workspace
from tests.services.test_outbox import issue_report, ready_story, set_up_unit


@pytest.fixture
def district(ready_ws: Workspace, tmp_path: Path) -> Path:
    """A district with an issued November report and a finalised story, nothing sent yet."""
    issue_report(ready_ws)
    ready_story(ready_ws, tmp_path / "photos")
    ready_ws.settings.save(language="en")
    return ready_ws.paths.root


@pytest.fixture
def province(tmp_path: Path) -> Iterator[Path]:
    """The district's parent body, set up and empty."""
    ws = set_up_unit(tmp_path / "province", "Liên đoàn Lao động thành phố Hà Nội", "Tổng Liên đoàn Lao động Việt Nam",
                     "LĐLĐ")
    ws.settings.save(language="en")
    folder = ws.paths.root
    ws.close()
    yield folder
