"""Settings › Sync server: the address is validated and stored, the token is kept out of the settings table,
where the token is kept is said, and the connection check names the unit or says what is wrong."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import keyring
import pytest
import uvicorn
from keyring.backend import KeyringBackend
from keyring.backends import fail

from cdtt_desktop.services.hub_client import HubClient
from cdtt_desktop.services.hub_token import TokenLocation, load_token, save_token, token_location
from cdtt_desktop.services.workspace import Workspace
from cdtt_desktop.tasks.runner import TaskRunner
from cdtt_desktop.ui.hub_settings import HubSettings, valid_hub_url
from cdtt_desktop.ui.settings_page import SettingsPage

TOKEN = "cdtt-7Qm2xVb9Lr4TzE1n"
WHO = {"code": "CDP-BD", "name": "Công đoàn phường Ba Đình", "parent": "LDLD-HN", "reviewer": False}


def mock_factory(answers: dict[str, Any]) -> Any:
    """A client factory whose hub answers whoami from memory: 200 for TOKEN, 401 for any other token."""

    def handle(request: httpx.Request) -> httpx.Response:
        answers["seen"] = (str(request.url), request.headers.get("Authorization"))
        if request.headers.get("Authorization") != f"Bearer {TOKEN}":
            return httpx.Response(401, json={"error": "unauthorized", "detail": "unknown or revoked token"})
        return httpx.Response(200, json=answers.get("who", WHO))

    return lambda url, token: HubClient(url, token, transport=httpx.MockTransport(handle))


class MemoryKeyring(KeyringBackend):
    """A keyring that lives in the test, so that no test ever writes into the real one."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.passwords.pop((service, username), None)


@pytest.fixture(autouse=True)
def no_system_keyring() -> Iterator[None]:
    """Every test here sees no keyring (the data-folder file) unless it installs the memory one."""
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(before)


@dataclass
class LiveHub:
    url: str
    unit_token: str
    reviewer_token: str
    engine: Any


@pytest.fixture
def live_hub(tmp_path: Path) -> Iterator[LiveHub]:
    """The real hub application served by uvicorn on a free port of 127.0.0.1, with a district and its province."""
    from cdtt_desktop.hub.app import create_app
    from cdtt_desktop.hub.auth import add_unit
    from cdtt_desktop.hub.database import make_engine

    db_url = f"sqlite:///{tmp_path / 'hub.sqlite3'}"
    app = create_app(db_url, tmp_path / "hub-files")
    engine = make_engine(db_url)
    province = add_unit(engine, code="LDLD-HN", name="LĐLĐ thành phố Hà Nội", parent=None, reviewer=True)
    district = add_unit(engine, code="CDP-BD", name="Công đoàn phường Ba Đình", parent="LDLD-HN", reviewer=False)
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:  # uvicorn offers no signal for "listening"
        assert thread.is_alive() and time.monotonic() < deadline, "the hub did not start"
        time.sleep(0.01)
    port = server.servers[0].sockets[0].getsockname()[1]
    yield LiveHub(f"http://127.0.0.1:{port}", district.token, province.token, engine)
    server.should_exit = True
    thread.join(10)
    engine.dispose()


@pytest.fixture
def runner() -> Iterator[TaskRunner]:
    made = TaskRunner()
    yield made
    made.wait()


@pytest.fixture
def answers() -> dict[str, Any]:
    return {}


@pytest.fixture
def hub_settings(qtbot, ready_ws: Workspace, runner: TaskRunner,  # type: ignore[no-untyped-def]
                 answers: dict[str, Any]) -> HubSettings:
    widget = HubSettings(ready_ws, runner, client_factory=mock_factory(answers))
    qtbot.addWidget(widget)
    widget.show()
    return widget


def settings_rows(ws: Workspace) -> str:
    return " ".join(str(value) for row in ws.db.execute("SELECT * FROM settings").fetchall() for value in row)


def test_saving_stores_the_address_and_the_token_outside_the_settings_table(
        qtbot, hub_settings: HubSettings, ready_ws: Workspace) -> None:  # type: ignore[no-untyped-def]
    """Save stores the address (no trailing slash) as a setting and the token through hub_token only."""
    hub_settings.url_edit.setText(" https://dongbo.ldld-hanoi.vn/ ")
    hub_settings.token_edit.setText(TOKEN)
    assert hub_settings.is_modified()
    with qtbot.waitSignal(hub_settings.saved, timeout=1000):
        hub_settings.save_button.click()
    assert ready_ws.settings["hub_url"] == "https://dongbo.ldld-hanoi.vn"
    assert load_token(ready_ws) == TOKEN
    assert TOKEN not in settings_rows(ready_ws)
    assert hub_settings.token_edit.text() == "" and not hub_settings.is_modified()
    assert "replace" in hub_settings.token_edit.placeholderText()
    assert hub_settings.status_label.text() == "Saved."


def test_the_token_field_hides_what_is_typed(hub_settings: HubSettings) -> None:
    """The token is typed like a password."""
    assert hub_settings.token_edit.echoMode() == hub_settings.token_edit.EchoMode.Password


def test_a_stored_address_is_shown_and_the_token_file_is_warned_about(qtbot, ready_ws: Workspace,  # type: ignore[no-untyped-def]
                                                                      runner: TaskRunner) -> None:
    """Opening the tab shows the saved address; a token kept in the data folder is warned about in orange."""
    ready_ws.settings.save(hub_url="http://192.168.1.20:8765")
    save_token(ready_ws, TOKEN)
    widget = HubSettings(ready_ws, runner)
    qtbot.addWidget(widget)
    assert widget.url_edit.text() == "http://192.168.1.20:8765"
    assert widget.token_edit.text() == ""
    assert token_location(ready_ws) == TokenLocation.FILE
    assert "anyone using this PC account can read it" in widget.location_label.text()
    assert "#c25e00" in widget.location_label.styleSheet()


def test_with_a_system_keyring_the_token_goes_there_without_a_warning(qtbot, hub_settings: HubSettings,  # type: ignore[no-untyped-def]
                                                                     ready_ws: Workspace) -> None:
    """Where a keyring works, the token is saved in it, no file is written, and the line says so calmly."""
    memory = MemoryKeyring()
    keyring.set_keyring(memory)
    hub_settings.load()
    hub_settings.url_edit.setText("https://dongbo.vn")
    hub_settings.token_edit.setText(TOKEN)
    assert hub_settings.save()
    assert list(memory.passwords.values()) == [TOKEN]
    assert not (ready_ws.paths.keys / "hub-token").exists()
    assert hub_settings.location_label.text() == "The token is kept in the system keyring."
    assert "#c25e00" not in hub_settings.location_label.styleSheet()


@pytest.mark.parametrize("address", ["dongbo.ldld-hanoi.vn", "ftp://dongbo.vn", "https://", "http://a b.vn",
                                     "https://hub.vn:port"])
def test_an_address_without_http_is_refused(qtbot, hub_settings: HubSettings, ready_ws: Workspace,  # type: ignore[no-untyped-def]
                                            address: str) -> None:
    """Only http:// and https:// addresses with a host are saved; the field says how to write one."""
    hub_settings.url_edit.setText(address)
    with qtbot.assertNotEmitted(hub_settings.saved):
        assert hub_settings.save() is False
    assert "http://" in hub_settings.url_error.text()
    assert ready_ws.settings["hub_url"] == ""
    assert hub_settings.url_edit.text() == address  # kept, to be corrected


def test_valid_addresses() -> None:
    """Host names, IP addresses, ports and paths are fine."""
    for address in ("https://dongbo.vn", "http://192.168.1.20:8765", "https://ldld.vn/dongbo"):
        assert valid_hub_url(address), address


def test_check_connection_names_the_unit(qtbot, hub_settings: HubSettings,  # type: ignore[no-untyped-def]
                                         answers: dict[str, Any]) -> None:
    """The check asks whoami with the typed address and token, in the background, and names the unit."""
    hub_settings.url_edit.setText("http://hub.test:8765")
    hub_settings.token_edit.setText(TOKEN)
    with qtbot.waitSignal(hub_settings.checked, timeout=5000) as signal:
        hub_settings.check_button.click()
        assert not hub_settings.check_button.isEnabled()  # one check at a time
    assert signal.args == [True]
    assert answers["seen"] == ("http://hub.test:8765/api/v1/whoami", f"Bearer {TOKEN}")
    assert hub_settings.status_label.text() == "Connected: Công đoàn phường Ba Đình (CDP-BD), sending unit."
    assert hub_settings.check_button.isEnabled()


def test_check_connection_uses_the_saved_token_and_names_a_reviewer(qtbot, hub_settings: HubSettings,  # type: ignore[no-untyped-def]
                                                                    ready_ws: Workspace,
                                                                    answers: dict[str, Any]) -> None:
    """With the token field empty the saved token is used; a reviewer token says so."""
    save_token(ready_ws, TOKEN)
    answers["who"] = {**WHO, "code": "LDLD-HN", "name": "LĐLĐ thành phố Hà Nội", "reviewer": True}
    hub_settings.url_edit.setText("http://hub.test")
    with qtbot.waitSignal(hub_settings.checked, timeout=5000):
        hub_settings.check_connection()
    assert "LĐLĐ thành phố Hà Nội (LDLD-HN), reviewer" in hub_settings.status_label.text()


def test_check_connection_explains_a_refused_token(qtbot, hub_settings: HubSettings) -> None:  # type: ignore[no-untyped-def]
    """A 401 says that the token is wrong or revoked, in the interface language, in red."""
    hub_settings.url_edit.setText("http://hub.test")
    hub_settings.token_edit.setText("wrong")
    with qtbot.waitSignal(hub_settings.checked, timeout=5000) as signal:
        hub_settings.check_connection()
    assert signal.args == [False]
    assert "wrong or has been revoked" in hub_settings.status_label.text()
    assert "#b3261e" in hub_settings.status_label.styleSheet()


def test_check_connection_without_a_token_asks_for_one(qtbot, hub_settings: HubSettings) -> None:  # type: ignore[no-untyped-def]
    """Nothing is sent while the address or the token is missing."""
    hub_settings.url_edit.setText("http://hub.test")
    with qtbot.waitSignal(hub_settings.checked, timeout=1000):
        hub_settings.check_connection()
    assert "first" in hub_settings.status_label.text()


def test_an_unreachable_server_is_explained(qtbot, ready_ws: Workspace, runner: TaskRunner) -> None:  # type: ignore[no-untyped-def]
    """A closed port on this computer gives "cannot reach the server", not a crash or a frozen window."""
    widget = HubSettings(ready_ws, runner)
    qtbot.addWidget(widget)
    widget.url_edit.setText("http://127.0.0.1:9")
    widget.token_edit.setText(TOKEN)
    with qtbot.waitSignal(widget.checked, timeout=20_000):
        widget.check_connection()
    assert "Cannot reach the server" in widget.status_label.text()


def test_the_settings_page_has_the_tab_and_asks_before_losing_an_address(qtbot, ready_ws: Workspace,  # type: ignore[no-untyped-def]
                                                                         runner: TaskRunner) -> None:
    """The Sync server tab is in Settings, and an address typed but not saved counts as unsaved."""
    page = SettingsPage(ready_ws, runner)
    qtbot.addWidget(page)
    titles = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    assert "Sync server" in titles
    assert not page.has_unsaved_changes()
    page.hub_settings.url_edit.setText("https://dongbo.vn")
    assert page.has_unsaved_changes()


def test_check_connection_against_a_real_hub(qtbot, ready_ws: Workspace, runner: TaskRunner,  # type: ignore[no-untyped-def]
                                             live_hub: LiveHub) -> None:
    """Over real HTTP: the district's token names the district; the province's says reviewer; a revoked
    token is refused with the reason."""
    from cdtt_desktop.hub.auth import revoke

    widget = HubSettings(ready_ws, runner)
    qtbot.addWidget(widget)
    widget.url_edit.setText(live_hub.url + "/")
    widget.token_edit.setText(live_hub.unit_token)
    with qtbot.waitSignal(widget.checked, timeout=20_000) as signal:
        widget.check_connection()
    assert signal.args == [True]
    assert widget.status_label.text() == "Connected: Công đoàn phường Ba Đình (CDP-BD), sending unit."
    widget.token_edit.setText(live_hub.reviewer_token)
    with qtbot.waitSignal(widget.checked, timeout=20_000):
        widget.check_connection()
    assert "LĐLĐ thành phố Hà Nội (LDLD-HN), reviewer" in widget.status_label.text()
    revoke(live_hub.engine, "CDP-BD")
    widget.token_edit.setText(live_hub.unit_token)
    with qtbot.waitSignal(widget.checked, timeout=20_000) as signal:
        widget.check_connection()
    assert signal.args == [False]
    assert "wrong or has been revoked" in widget.status_label.text()
