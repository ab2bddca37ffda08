"""A crash in the middle of the story wizard loses nothing saved: the process is killed (SIGKILL) after an
autosave, and the next start offers the draft with the typed Vietnamese text intact."""

from __future__ import annotations

import os
import selectors
import signal
import subprocess
import sys
import time
import unicodedata
from pathlib import Path

from pytestqt.qtbot import QtBot

from cdtt_desktop.paths import ENV_DATA_DIR, DataPaths
from cdtt_desktop.services import stories as service
from cdtt_desktop.services.workspace import Workspace, open_workspace
from cdtt_desktop.tasks.runner import TaskRunner
from cdtt_desktop.ui.stories_page import StoriesPage
from cdtt_desktop.ui.story_pages import SUBJECT

ROOT = Path(__file__).resolve().parents[2]
NAME = "Nguyễn Thị Hường"
POSITION = "Tổ trưởng tổ may, Xí nghiệp 3"

# Opens the wizard on a new story, types into the subject step as a person would, lets the 30-second
# autosave fire, says so, and waits to be killed.
CHILD = """
import sys, time
from pathlib import Path
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
app = QApplication([])
from cdtt_desktop.domain.stories import StoryKind
from cdtt_desktop.paths import DataPaths
from cdtt_desktop.services import stories
from cdtt_desktop.services.workspace import open_workspace
from cdtt_desktop.tasks.runner import TaskRunner
from cdtt_desktop.ui.story_wizard import StoryWizard
ws = open_workspace(DataPaths(Path(sys.argv[1])))
wizard = StoryWizard(ws, TaskRunner(), stories.new_story(ws, StoryKind.PRACTICE))
wizard.show()
wizard.kind_page.kind_buttons[StoryKind.PERSON].click()
wizard.next()
def type_text(widget, text):
    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch,
                           Qt.KeyboardModifier.NoModifier)
type_text(wizard.subject_page.editor("person_name"), %(name)s)
type_text(wizard.subject_page.editor("position"), %(position)s)
wizard.autosave_timer.timeout.emit()
print("SAVED", wizard.story_id, flush=True)
time.sleep(600)
"""


def _wait_for_line(process: subprocess.Popen[str], prefix: str, timeout: float = 60) -> str:
    """The first line of the child's output that starts with `prefix` (fails after `timeout` seconds)."""
    assert process.stdout is not None
    selector = selectors.DefaultSelector()
    selector.register(process.stdout, selectors.EVENT_READ)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if selector.select(timeout=deadline - time.monotonic()):
            line = process.stdout.readline()
            if line.startswith(prefix):
                return line
            assert line, f"the child ended early: {process.stderr.read() if process.stderr else ''}"
    raise AssertionError(f"no {prefix!r} within {timeout} s")


def test_killed_mid_wizard_the_draft_is_offered_with_its_text(qtbot: QtBot, ready_ws: Workspace,
                                                               data_dir: Path) -> None:
    """SIGKILL after the autosave: the next start lists the draft and resumes it with the Vietnamese text."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", ENV_DATA_DIR: str(data_dir),
           "PYTHONPATH": str(ROOT), "PYTHONIOENCODING": "utf-8"}
    code = CHILD % {"name": ascii(NAME), "position": ascii(POSITION)}
    child = subprocess.Popen([sys.executable, "-c", code, str(data_dir)], cwd=ROOT, env=env, text=True,
                             encoding="utf-8", stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        story_id = _wait_for_line(child, "SAVED").split()[1]
    finally:
        child.kill()  # SIGKILL: no clean-up, no close event, no last save
        child.wait(30)
    if sys.platform != "win32":
        assert child.returncode == -signal.SIGKILL
    again = open_workspace(DataPaths(data_dir))  # the next start
    try:
        drafts = service.unfinished_drafts(again)
        assert [d.id for d in drafts] == [story_id]
        content = service.get_story(again, story_id).content
        assert content.person_name == unicodedata.normalize("NFC", NAME) and content.position == POSITION
        page = StoriesPage(again, TaskRunner())
        qtbot.addWidget(page)
        page.show()
        assert list(page.drafts_bar.buttons) == [story_id]
        page.drafts_bar.buttons[story_id].click()
        wizard = page.wizard
        assert wizard is not None and wizard.currentId() == SUBJECT
        assert wizard.subject_page.editor("person_name").text() == NAME  # type: ignore[attr-defined]
        wizard.done(0)
    finally:
        again.close()
