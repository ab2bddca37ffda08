"""The sync hub's HTTP API (protocol v1, docs/sync-protocol.md) as plain method calls.

Each method is one request. An answer the hub gives on purpose (a 4xx with its JSON body) becomes
`HubError(status, code, detail)`; a revoked or unknown token is its subclass `TokenRejected`. Anything that
says "try again later" — no connection, a timeout, a cut connection, a 5xx — becomes `HubUnavailable(reason)`,
so the caller can schedule a retry without caring which. The system proxy is honoured (`trust_env`, which on
Windows reads the registry through urllib) unless a transport is given.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx

API = "/api/v1"
CHUNK = 1024 * 1024  # attachments go up and down in 1 MB pieces, never whole in memory


class HubUnavailable(Exception):  # noqa: N818 (the protocol's name)
    """The hub could not be reached or could not answer now (connection, timeout, 5xx): try again later."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


class HubError(Exception):
    """The hub refused the request and said why (4xx with `{"error", "detail"}`)."""

    def __init__(self, status: int, code: str, detail: str, missing: tuple[str, ...] = ()):
        super().__init__(f"{status} {code}: {detail}")
        self.status, self.code, self.detail, self.missing = status, code, detail, missing

    @property
    def reason(self) -> str:
        return f"{self.code}: {self.detail}" if self.detail else self.code


class TokenRejected(HubError):  # noqa: N818
    """401: the token is missing, unknown or revoked; nothing more can be done until it is replaced."""


def _refusal(response: httpx.Response) -> HubError:
    try:
        body = response.json()
    except ValueError:
        body = {}
    if not isinstance(body, dict):
        body = {}
    code = str(body.get("error") or f"http_{response.status_code}")
    detail = str(body.get("detail") or response.reason_phrase or "")
    missing = tuple(str(m) for m in body.get("missing") or ())
    kind = TokenRejected if response.status_code == 401 else HubError
    return kind(response.status_code, code, detail, missing)


def _check(response: httpx.Response) -> httpx.Response:
    if response.status_code >= 500 or response.status_code == 429:
        try:
            detail = str(response.json().get("detail") or "")
        except (ValueError, AttributeError):
            detail = ""
        status = f"HTTP {response.status_code} {response.reason_phrase}"
        raise HubUnavailable(f"{status}: {detail}" if detail else status)
    if response.status_code >= 400:
        raise _refusal(response)
    return response


class HubClient:
    """One hub, one token. `transport` replaces the network (tests); `timeout` is per read/write, seconds."""

    def __init__(self, base_url: str, token: str, *, timeout: float = 30,
                 transport: httpx.BaseTransport | None = None):
        self.base_url = base_url.rstrip("/")
        self._http = httpx.Client(base_url=self.base_url + API, timeout=httpx.Timeout(timeout), transport=transport,
                                  trust_env=True, headers={"Authorization": f"Bearer {token}"})

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> HubClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _send(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        try:
            return _check(self._http.request(method, path, **kwargs))
        except httpx.TimeoutException as exc:
            raise HubUnavailable(f"timed out ({type(exc).__name__})") from exc
        except httpx.TransportError as exc:
            raise HubUnavailable(f"connection failed: {exc or type(exc).__name__}") from exc

    def _json(self, method: str, path: str, **kwargs: Any) -> dict[str, Any]:
        response = self._send(method, path, **kwargs)
        try:
            body = response.json()
        except ValueError as exc:
            raise HubUnavailable(f"the hub's answer to {path} is not JSON") from exc
        if not isinstance(body, dict):
            raise HubUnavailable(f"the hub's answer to {path} is not a JSON object")
        return body

    # --- every token ---------------------------------------------------------------------------------------

    def health(self) -> dict[str, Any]:
        return self._json("GET", "/health")

    def whoami(self) -> dict[str, Any]:
        """{"code", "name", "parent", "reviewer"} of the token's unit."""
        return self._json("GET", "/whoami")

    def has_attachment(self, sha256: str) -> bool:
        response = self._http_head(f"/attachments/{sha256}")
        return response.status_code == 200

    def _http_head(self, path: str) -> httpx.Response:
        try:
            response = self._http.head(path)
        except httpx.TimeoutException as exc:
            raise HubUnavailable(f"timed out ({type(exc).__name__})") from exc
        except httpx.TransportError as exc:
            raise HubUnavailable(f"connection failed: {exc or type(exc).__name__}") from exc
        if response.status_code == 404:
            return response
        if response.status_code == 401:  # a HEAD answer has no body to say why
            raise TokenRejected(401, "unauthorized", "the token is missing, unknown or revoked")
        return _check(response)

    def put_attachment(self, sha256: str, source: Path | bytes, size: int, *,
                       sent: Callable[[int], None] | None = None) -> bool:
        """Upload one file (streamed); True when the hub stored it, False when it had it. `sent(n)` after each
        piece of n bytes."""
        response = self._send("PUT", f"/attachments/{sha256}", content=_pieces(source, sent),
                              headers={"Content-Length": str(size), "Content-Type": "application/octet-stream"})
        return response.status_code == 201

    def get_attachment(self, sha256: str, target: Path) -> None:
        """Download one file into `target` (streamed); the caller checks its hash."""
        try:
            with self._http.stream("GET", f"/attachments/{sha256}") as response:
                if response.status_code >= 400:
                    response.read()
                    _check(response)
                with target.open("wb") as out:
                    for piece in response.iter_bytes(CHUNK):
                        out.write(piece)
        except httpx.TimeoutException as exc:
            raise HubUnavailable(f"timed out ({type(exc).__name__})") from exc
        except httpx.TransportError as exc:
            raise HubUnavailable(f"connection failed: {exc or type(exc).__name__}") from exc

    def put_item(self, item_id: str, revision: int, body: dict[str, Any]) -> dict[str, Any]:
        """{"status": "stored", "seq": n} or {"status": "unchanged"}; HubError 409/403/422 otherwise."""
        raw = json.dumps(body, ensure_ascii=False).encode("utf-8")
        return self._json("PUT", f"/items/{item_id}/revisions/{revision}", content=raw,
                          headers={"Content-Type": "application/json"})

    def decisions(self, after: str = "", limit: int = 100) -> dict[str, Any]:
        return self._json("GET", "/decisions", params=_page(after, limit))

    def published(self, after: str = "") -> dict[str, Any]:
        return self._json("GET", "/published", params=_page(after, None))

    # --- a reviewer token ----------------------------------------------------------------------------------

    def review_items(self, after: str = "", limit: int = 100) -> dict[str, Any]:
        return self._json("GET", "/review/items", params=_page(after, limit))

    def post_decisions(self, decisions: list[dict[str, Any]]) -> int:
        return int(self._json("POST", "/review/decisions", json={"decisions": decisions}).get("stored", 0))

    def publish(self, kind: str, year: int, data: dict[str, Any]) -> dict[str, Any]:
        return self._json("PUT", f"/published/{kind}/{year}", json={"data": data})


def _page(after: str, limit: int | None) -> dict[str, str | int]:
    params: dict[str, str | int] = {"after": after} if after else {}
    if limit is not None:
        params["limit"] = limit
    return params


def _pieces(source: Path | bytes, sent: Callable[[int], None] | None) -> Iterator[bytes]:
    if isinstance(source, bytes):
        for start in range(0, len(source), CHUNK):
            piece = source[start:start + CHUNK]
            yield piece
            if sent:
                sent(len(piece))
        return
    with source.open("rb") as handle:
        while piece := handle.read(CHUNK):
            yield piece
            if sent:
                sent(len(piece))
