"""A real hub on 127.0.0.1 for the sync tests, run by uvicorn in a thread, and the faults a network makes.

Server-side faults (`Faults`, an ASGI middleware around the hub's app): answer 500/503 to the next requests
whose path matches, or delay answers (a slow server: the request is handled after the delay, so a client
that gave up may still have had its item stored). Client-side faults (`FaultTransport`, wrapping httpx's
transport): cut the connection after part of an attachment's body was sent (the hub sees a truncated
upload), or lose the answer after the hub handled the request (the client must send again).

With `CDTT_TEST_PG_URL` set, the `hub` fixture also runs on PostgreSQL: each hub gets a schema of its own.
"""

from __future__ import annotations

import asyncio
import json
import os
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx
import pytest
import uvicorn
from sqlalchemy import create_engine, text

from cdtt_desktop.hub import auth
from cdtt_desktop.hub.app import create_app
from cdtt_desktop.hub.database import normalise_url
from cdtt_desktop.services.hub_client import HubClient

PG_ENV = "CDTT_TEST_PG_URL"
BACKENDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.skipif(
    not os.environ.get(PG_ENV), reason=f"{PG_ENV} is not set"))]

Asgi = Callable[..., Any]


@dataclass
class Faults:
    """What the hub does wrong next; shared between the test's thread and the server's."""

    lock: threading.Lock = field(default_factory=threading.Lock)
    failures: list[tuple[int, str]] = field(default_factory=list)  # (status, path part), used once each
    delay: float = 0.0
    delay_path: str = ""
    answered: list[tuple[str, str, int]] = field(default_factory=list)  # (method, path, status) as sent

    def fail(self, status: int, path_part: str = "", times: int = 1) -> None:
        with self.lock:
            self.failures.extend([(status, path_part)] * times)

    def slow(self, seconds: float, path_part: str = "") -> None:
        with self.lock:
            self.delay, self.delay_path = seconds, path_part

    def _take(self, path: str) -> int | None:
        with self.lock:
            for number, (status, part) in enumerate(self.failures):
                if part in path:
                    del self.failures[number]
                    return status
        return None


class FaultMiddleware:
    def __init__(self, app: Asgi, faults: Faults):
        self.app, self.faults = app, faults

    async def __call__(self, scope: dict[str, Any], receive: Asgi, send: Asgi) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path, faults = scope["path"], self.faults
        if faults.delay and faults.delay_path in path:
            await asyncio.sleep(faults.delay)
        status = faults._take(path)

        async def recording_send(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                with faults.lock:
                    faults.answered.append((scope["method"], path, int(message["status"])))
            await send(message)

        if status is None:
            await self.app(scope, receive, recording_send)
            return
        while (await receive()).get("more_body"):
            pass  # read the whole request first, as a real proxy answering 5xx would
        body = json.dumps({"error": "server_error", "detail": "injected failure"}).encode()
        await recording_send({"type": "http.response.start", "status": status,
                              "headers": [(b"content-type", b"application/json")]})
        await send({"type": "http.response.body", "body": body})


class _CutStream(httpx.SyncByteStream):
    """Sends the first `limit` bytes of the body, then the connection "drops"."""

    def __init__(self, inner: Any, limit: int):
        self.inner, self.limit = inner, limit

    def __iter__(self) -> Iterator[bytes]:
        sent = 0
        for piece in self.inner:
            if sent + len(piece) >= self.limit:
                yield piece[:self.limit - sent]
                raise httpx.WriteError("connection cut in the middle of the upload")
            sent += len(piece)
            yield piece


class FaultTransport(httpx.BaseTransport):
    """httpx's own transport with faults on the client's side of the wire, and a log of what went out."""

    def __init__(self) -> None:
        self.inner = httpx.HTTPTransport()
        self.sent: list[tuple[str, str]] = []  # (method, path) of every request that started
        self.cuts: list[list[Any]] = []  # [path part, bytes to send before the cut, matching PUTs to let pass]
        self.losses: list[str] = []  # path parts whose next answer is lost

    def cut_upload(self, after_bytes: int, path_part: str = "/attachments/", *, nth: int = 1) -> None:
        """Cut the `nth` PUT whose path matches, after `after_bytes` bytes of its body."""
        self.cuts.append([path_part, after_bytes, nth - 1])

    def lose_answer(self, path_part: str) -> None:
        self.losses.append(path_part)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path
        self.sent.append((request.method, path))
        cut = next((c for c in self.cuts if c[0] in path and request.method == "PUT"), None)
        if cut is not None and cut[2] > 0:
            cut[2] -= 1
        elif cut is not None:
            self.cuts.remove(cut)
            request.stream = _CutStream(request.stream, cut[1])
        response = self.inner.handle_request(request)
        lost = next((p for p in self.losses if p in path), None)
        if lost is not None:
            self.losses.remove(lost)
            response.read()
            response.close()
            raise httpx.ReadError("the connection dropped before the answer arrived")
        return response

    def close(self) -> None:
        self.inner.close()

    def uploads(self) -> list[str]:
        """The SHA-256 of every attachment PUT that started, in order."""
        return [p.rsplit("/", 1)[1] for m, p in self.sent if m == "PUT" and "/attachments/" in p]


class HubServer:
    """The hub's app behind `FaultMiddleware`, served by uvicorn on a free port of 127.0.0.1."""

    def __init__(self, db_url: str, storage: Path):
        self.storage = storage
        self.app = create_app(db_url, storage)
        self.faults = Faults()
        config = uvicorn.Config(FaultMiddleware(self.app, self.faults), host="127.0.0.1", port=0,
                                log_level="warning", lifespan="on")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def start(self) -> None:
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:  # uvicorn signals nothing else from its thread
            if not self.thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the hub did not start")
            time.sleep(0.01)

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(20)

    @property
    def url(self) -> str:
        port = self.server.servers[0].sockets[0].getsockname()[1]
        return f"http://127.0.0.1:{port}"

    @property
    def engine(self) -> Any:
        return self.app.state.hub.engine

    def add_unit(self, code: str, name: str, parent: str | None = None, *, reviewer: bool = False) -> str:
        """The unit's new token."""
        return auth.add_unit(self.engine, code=code, name=name, parent=parent, reviewer=reviewer).token

    def revoke(self, code: str) -> None:
        auth.revoke(self.engine, code)

    def client(self, token: str, *, timeout: float = 10, transport: FaultTransport | None = None) -> HubClient:
        return HubClient(self.url, token, timeout=timeout, transport=transport or FaultTransport())

    def stored_files(self) -> set[str]:
        """The SHA-256 of every attachment file the hub keeps."""
        return {p.name for p in self.storage.glob("??/*") if p.is_file() and len(p.name) == 64}

    def item_count(self) -> int:
        with self.engine.connect() as conn:
            return int(conn.execute(text("SELECT count(*) FROM items")).scalar_one())


@contextmanager
def _pg_schema(base_url: str) -> Iterator[str]:
    """A schema of its own on the PostgreSQL server, as the search path of the URL it yields."""
    schema = f"sync_{uuid.uuid4().hex[:12]}"
    admin = create_engine(normalise_url(base_url))
    with admin.begin() as conn:
        conn.execute(text(f"CREATE SCHEMA {schema}"))
    separator = "&" if "?" in base_url else "?"
    try:
        yield f"{base_url}{separator}options={quote(f'-csearch_path={schema}')}"
    finally:
        with admin.begin() as conn:
            conn.execute(text(f"DROP SCHEMA {schema} CASCADE"))
        admin.dispose()


@contextmanager
def running_hub(backend: str, storage: Path) -> Iterator[HubServer]:
    if backend == "postgresql":
        with _pg_schema(os.environ[PG_ENV]) as url:
            hub = HubServer(url, storage)
            hub.start()
            try:
                yield hub
            finally:
                hub.stop()
                hub.engine.dispose()
        return
    hub = HubServer(f"sqlite:///{storage / 'hub.sqlite3'}", storage)
    hub.start()
    try:
        yield hub
    finally:
        hub.stop()


@pytest.fixture(params=BACKENDS)
def hub(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[HubServer]:
    """A running hub (SQLite, and PostgreSQL when CDTT_TEST_PG_URL is set)."""
    with running_hub(request.param, tmp_path / "hub") as server:
        yield server


@dataclass(frozen=True)
class Accounts:
    """A province (reviewer) and one of its districts on the hub, with their tokens."""

    province_code: str
    district_code: str
    reviewer_token: str
    district_token: str


def add_accounts(hub: HubServer) -> Accounts:
    reviewer = hub.add_unit("LDLD-HN", "Liên đoàn Lao động thành phố Hà Nội", reviewer=True)
    district = hub.add_unit("CDP-BD", "Công đoàn phường Ba Đình", parent="LDLD-HN")
    return Accounts("LDLD-HN", "CDP-BD", reviewer, district)
