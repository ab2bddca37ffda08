"""The hub client's error mapping and streaming, and where the hub token is kept."""

from __future__ import annotations

import json
import stat
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail

from cdtt_desktop.services import hub_token
from cdtt_desktop.services.hub_client import HubClient, HubError, HubUnavailable, TokenRejected
from cdtt_desktop.services.hub_token import TokenLocation, load_token, save_token, token_location
from cdtt_desktop.services.workspace import Workspace


def _client(handler: httpx.MockTransport) -> HubClient:
    return HubClient("http://hub.example/", "secret", transport=handler)


def _error(status: int, code: str, detail: str, **extra: object) -> httpx.Response:
    return httpx.Response(status, json={"error": code, "detail": detail, **extra})


def test_refusals_become_hub_errors_with_the_hubs_words() -> None:
    """A 4xx becomes HubError with status, code and detail; 401 is TokenRejected; missing files are listed."""
    answers = {"/api/v1/whoami": _error(401, "unauthorized", "this token has been revoked"),
               "/api/v1/items/a/revisions/1": _error(409, "missing_attachments", "2 files missing",
                                                     missing=["a" * 64, "b" * 64])}
    client = _client(httpx.MockTransport(lambda r: answers[r.url.path]))
    with pytest.raises(TokenRejected) as revoked:
        client.whoami()
    assert (revoked.value.status, revoked.value.code) == (401, "unauthorized")
    assert revoked.value.reason == "unauthorized: this token has been revoked"
    with pytest.raises(HubError) as missing:
        client.put_item("a", 1, {"type": "story"})
    assert missing.value.code == "missing_attachments" and missing.value.missing == ("a" * 64, "b" * 64)


@pytest.mark.parametrize("status", [500, 502, 503, 429])
def test_server_errors_mean_try_again_later(status: int) -> None:
    """5xx and 429 are HubUnavailable (a retry later may work), with the status in the reason."""
    client = _client(httpx.MockTransport(lambda r: httpx.Response(status, text="<html>down</html>")))
    with pytest.raises(HubUnavailable) as caught:
        client.decisions()
    assert str(status) in caught.value.reason


def test_connection_problems_and_timeouts_are_unavailable() -> None:
    """A refused connection or a timeout is HubUnavailable, never a raw httpx error."""
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused", request=request)

    def slow(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("read timed out", request=request)

    with pytest.raises(HubUnavailable, match="connection failed"):
        _client(httpx.MockTransport(refuse)).has_attachment("a" * 64)
    with pytest.raises(HubUnavailable, match="timed out"):
        _client(httpx.MockTransport(slow)).put_item("a", 1, {})


def test_an_attachment_is_streamed_with_its_length_and_progress(tmp_path: Path) -> None:
    """PUT carries Content-Length and the file's bytes in pieces; `sent` adds up to the size; the token goes."""
    source = tmp_path / "anh.jpg"
    source.write_bytes(b"x" * (2 * 1024 * 1024 + 5))
    seen: dict[str, object] = {}

    def record(request: httpx.Request) -> httpx.Response:
        seen.update(length=request.headers["content-length"], auth=request.headers["authorization"],
                    body=request.read())
        return httpx.Response(201, json={"status": "stored"})

    progress: list[int] = []
    stored = _client(httpx.MockTransport(record)).put_attachment("c" * 64, source, source.stat().st_size,
                                                                 sent=progress.append)
    assert stored is True and seen["length"] == str(source.stat().st_size) and seen["auth"] == "Bearer secret"
    assert seen["body"] == source.read_bytes() and sum(progress) == source.stat().st_size and len(progress) == 3


def test_an_items_body_goes_as_utf8_json() -> None:
    """Vietnamese text reaches the hub as UTF-8 JSON, and the answer comes back as a dict."""
    def echo(request: httpx.Request) -> httpx.Response:
        body = json.loads(request.read().decode("utf-8"))
        return httpx.Response(201, json={"status": "stored", "seq": 7, "title": body["title"]})

    answer = _client(httpx.MockTransport(echo)).put_item("id-1", 2, {"title": "Báo cáo tháng 11"})
    assert answer == {"status": "stored", "seq": 7, "title": "Báo cáo tháng 11"}


# --- the token -------------------------------------------------------------------------------------------

class MemoryKeyring(KeyringBackend):
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


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def no_keyring() -> Iterator[None]:
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


def test_with_a_keyring_the_token_never_touches_the_data_folder(ws: Workspace, memory_keyring: MemoryKeyring) -> None:
    """A usable keyring keeps the token under the app's service and the data folder's path; no file."""
    assert save_token(ws, "  tok-123 ") is TokenLocation.KEYRING
    assert memory_keyring.passwords == {(hub_token.SERVICE, str(ws.paths.root.resolve())): "tok-123"}
    assert load_token(ws) == "tok-123" and token_location(ws) is TokenLocation.KEYRING
    assert not (ws.paths.keys / hub_token.TOKEN_FILE).exists()
    save_token(ws, "")
    assert load_token(ws) == "" and memory_keyring.passwords == {}


def test_without_a_keyring_the_token_is_a_private_file(ws: Workspace, no_keyring: None) -> None:
    """The "fail" backend is not a keyring: the token goes to keys/hub-token (0600) and the location says so."""
    assert token_location(ws) is TokenLocation.FILE
    assert save_token(ws, "tok-456") is TokenLocation.FILE
    path = ws.paths.keys / hub_token.TOKEN_FILE
    assert load_token(ws) == "tok-456" and path.read_text(encoding="utf-8").strip() == "tok-456"
    if sys.platform != "win32":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_a_token_moves_from_the_file_to_a_keyring_that_appears(ws: Workspace, no_keyring: None) -> None:
    """Saving again once a keyring works moves the token there and removes the file."""
    save_token(ws, "tok-old")
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    assert save_token(ws, "tok-new") is TokenLocation.KEYRING
    assert not (ws.paths.keys / hub_token.TOKEN_FILE).exists() and load_token(ws) == "tok-new"
