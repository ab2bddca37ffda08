"""Fixtures of the hub tests: a hub on SQLite in tmp_path, and on PostgreSQL when CDTT_TEST_PG_URL is set.

Every test gets a clean database (a new file, or a new PostgreSQL database dropped afterwards), a few units
with their tokens, and helpers to build item bodies with their content hash. `live_hub` runs the app with
uvicorn in a thread on 127.0.0.1 (the socket is bound before the thread starts, so no wait is needed).
"""

from __future__ import annotations

import hashlib
import json
import os
import socket
import threading
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import uvicorn
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy.engine import make_url

from cdtt_desktop.hub.app import create_app
from cdtt_desktop.hub.auth import add_unit
from cdtt_desktop.hub.routes import Limits

PG_URL = os.environ.get("CDTT_TEST_PG_URL", "")
BACKENDS = ["sqlite"] + (["postgresql"] if PG_URL else [])
LIMITS = Limits(json_bytes=256 * 1024, attachment_bytes=64 * 1024, page_max=50)


def _pg_admin() -> Any:
    import psycopg

    url = make_url(PG_URL)
    return psycopg.connect(url.set(drivername="postgresql").render_as_string(hide_password=False), autocommit=True)


@pytest.fixture(params=BACKENDS)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A database URL to an empty database of each backend."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'hub.sqlite3'}"
        return
    name = f"cdtt_hub_t_{uuid.uuid4().hex[:12]}"
    with _pg_admin() as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    yield make_url(PG_URL).set(database=name).render_as_string(hide_password=False)
    with _pg_admin() as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def storage(tmp_path: Path) -> Path:
    return tmp_path / "storage"


@pytest.fixture
def hub_app(db_url: str, storage: Path) -> Iterator[FastAPI]:
    app = create_app(db_url, storage, limits=LIMITS)
    yield app
    app.state.hub.engine.dispose()


@pytest.fixture
def client(hub_app: FastAPI) -> TestClient:
    return TestClient(hub_app, raise_server_exceptions=False)


@dataclass(frozen=True)
class Tokens:
    """LDLD-HN reviews CDP-HK and CDP-BD; LDLD-HP reviews CDP-LC. Each unit has a submitting token."""

    hn_reviewer: str
    hn: str
    hk: str
    bd: str
    hp_reviewer: str
    lc: str


@pytest.fixture
def tokens(hub_app: FastAPI) -> Tokens:
    engine = hub_app.state.hub.engine

    def new(code: str, parent: str | None = None, reviewer: bool = False) -> str:
        return add_unit(engine, code=code, name=f"Unit {code}", parent=parent, reviewer=reviewer).token

    hn_reviewer = new("LDLD-HN", reviewer=True)
    hn = new("LDLD-HN")
    hp_reviewer = new("LDLD-HP", reviewer=True)
    return Tokens(hn_reviewer=hn_reviewer, hn=hn, hk=new("CDP-HK", "LDLD-HN"), bd=new("CDP-BD", "LDLD-HN"),
                  hp_reviewer=hp_reviewer, lc=new("CDP-LC", "LDLD-HP"))


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def item_body(title: str = "Báo cáo tháng 11/2026", *, pdf: str | None = None, files: list[str] = (),
              **data: Any) -> dict[str, Any]:
    """An item body with its content_sha256 computed as a client would."""
    body: dict[str, Any] = {
        "type": "document", "kind": "BC", "title": title, "period": "2026-11", "number_text": "Số: 05/BC-CĐP",
        "issued_on": "2026-12-02", "data": {"members": 1200, "note": "Hội nghị", **data}, "pdf": pdf,
        "files": [{"sha256": f, "name": "anh-1.jpg", "caption": "Ảnh", "role": "photo"} for f in files],
    }
    canonical = json.dumps(body, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")
    return {**body, "content_sha256": sha(canonical)}


def new_item_id() -> str:
    return str(uuid.uuid4())


def put_file(client: Any, token: str, content: bytes) -> str:
    digest = sha(content)
    response = client.put(f"/api/v1/attachments/{digest}", content=content, headers=bearer(token))
    assert response.status_code in (200, 201), response.text
    return digest


def put_item(client: Any, token: str, item_id: str, body: dict[str, Any], revision: int = 1) -> Any:
    return client.put(f"/api/v1/items/{item_id}/revisions/{revision}", json=body, headers=bearer(token))


@pytest.fixture
def live_hub(hub_app: FastAPI) -> Iterator[str]:
    """The app served by uvicorn on 127.0.0.1 in a thread; its base URL. Stopped after the test."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    sock.listen(128)  # connections wait in the backlog until the server accepts them
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(hub_app, log_level="warning", lifespan="off"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)
    sock.close()
