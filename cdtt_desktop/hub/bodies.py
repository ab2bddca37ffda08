"""Request bodies: read within the size limit, parsed strictly, hashed in the canonical form.

The size is checked from Content-Length before a byte is read and again while reading (a chunked body has
no length). The canonical form of a JSON value is UTF-8 JSON with sorted keys, no whitespace and no `\\u`
escapes but those JSON requires — the form the desktop hashes too — so the hub recomputes `content_sha256`
from what it parsed, whatever spacing or key order the client sent.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import AsyncIterator
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError
from starlette.requests import Request

from cdtt_desktop.hub.errors import invalid, too_large

M = TypeVar("M", bound=BaseModel)


def canonical_json(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def content_sha256(body: dict[str, Any]) -> str:
    """The SHA-256 of the canonical JSON of an item body without its `content_sha256` field."""
    return hashlib.sha256(canonical_json({k: v for k, v in body.items() if k != "content_sha256"})).hexdigest()


def check_length(request: Request, limit: int) -> None:
    """413 when the declared length is over the limit (nothing has been read yet)."""
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > limit:
        raise too_large(f"the body is {declared} bytes; the limit is {limit}")


async def limited_chunks(request: Request, limit: int) -> AsyncIterator[bytes]:
    """The body's chunks, raising 413 as soon as their total passes the limit."""
    check_length(request, limit)
    total = 0
    async for chunk in request.stream():
        total += len(chunk)
        if total > limit:
            raise too_large(f"the body is over the limit of {limit} bytes")
        yield chunk


async def read_limited(request: Request, limit: int) -> bytes:
    return b"".join([chunk async for chunk in limited_chunks(request, limit)])


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise ValueError(f"the key {key!r} appears twice")
        result[key] = value
    return result


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def parse_object(raw: bytes) -> dict[str, Any]:
    """The body as a JSON object: UTF-8, no repeated key, no NaN/Infinity; 422 otherwise."""
    try:
        value = json.loads(raw.decode("utf-8"), object_pairs_hook=_no_duplicates, parse_constant=_no_constant)
    except UnicodeDecodeError:
        raise invalid("the body is not UTF-8") from None
    except ValueError as exc:
        raise invalid(f"the body is not valid JSON: {exc}") from None
    if not isinstance(value, dict):
        raise invalid("the body must be a JSON object")
    return value


def validate(model: type[M], value: dict[str, Any]) -> M:
    try:
        return model.model_validate(value)
    except ValidationError as exc:
        raise invalid(describe_errors(exc.errors())) from None


def describe_errors(errors: Any) -> str:
    """One line naming each wrong field: 'files.0.sha256: String should match pattern ...'."""
    parts = []
    for error in list(errors)[:5]:
        where = ".".join(str(p) for p in error.get("loc", ()) if p != "body") or "body"
        parts.append(f"{where}: {error.get('msg', 'invalid')}")
    return "; ".join(parts)
