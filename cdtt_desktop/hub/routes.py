"""The endpoints of protocol v1 (docs/sync-protocol.md). Handlers are thin: the rules live in the modules below.

Database work runs in FastAPI's thread pool (plain `def` handlers and dependencies); bodies are read in the
event loop, within their limits, after the token has been checked.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path as FsPath
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query, Request, Response
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import FileResponse, JSONResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel
from sqlalchemy import Engine

from cdtt_desktop.hub import PROTOCOL, attachments, decisions, items, published
from cdtt_desktop.hub.auth import Caller, authenticate
from cdtt_desktop.hub.bodies import content_sha256, parse_object, read_limited, validate
from cdtt_desktop.hub.errors import invalid, not_found
from cdtt_desktop.hub.models import (
    AttachmentStatus,
    DecisionsIn,
    DecisionsPage,
    ErrorBody,
    Health,
    ItemBody,
    Kind,
    PublishedPage,
    PublishIn,
    PublishStatus,
    ReviewPage,
    Status,
    StoredCount,
    Whoami,
)

MB = 1024 * 1024
SHA256 = r"^[0-9a-f]{64}$"
ITEM_ID = r"^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$"
BODY_MODELS: list[type[BaseModel]] = [ItemBody, DecisionsIn, PublishIn]


@dataclass(frozen=True)
class Limits:
    json_bytes: int = 16 * MB
    attachment_bytes: int = 64 * MB
    page_max: int = 500


@dataclass(frozen=True)
class Hub:
    engine: Engine
    storage: FsPath
    limits: Limits


_ERRORS: dict[int | str, dict[str, Any]] = {s: {"model": ErrorBody} for s in (401, 403, 404, 409, 413, 422)}
router = APIRouter(responses=_ERRORS)
_bearer = HTTPBearer(auto_error=False, description="the unit's token: Authorization: Bearer <token>")


def get_hub(request: Request) -> Hub:
    hub: Hub = request.app.state.hub
    return hub


def get_caller(request: Request, hub: Annotated[Hub, Depends(get_hub)],
               _doc: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]) -> Caller:
    return authenticate(hub.engine, request.headers.get("authorization"))


async def json_body(request: Request, hub: Annotated[Hub, Depends(get_hub)],
                    _caller: Annotated[Caller, Depends(get_caller)]) -> dict[str, Any]:
    """The body as a JSON object, read only once the token has been accepted."""
    return parse_object(await read_limited(request, hub.limits.json_bytes))


HubDep = Annotated[Hub, Depends(get_hub)]
CallerDep = Annotated[Caller, Depends(get_caller)]
BodyDep = Annotated[dict[str, Any], Depends(json_body)]
After = Annotated[str | None, Query(description="the cursor of the previous answer; absent: from the start")]
PageLimit = Annotated[int, Query(ge=1, description="at most this many entries (the hub caps it)")]
Sha = Annotated[str, Path(pattern=SHA256)]


def _body(model: type[BaseModel]) -> dict[str, Any]:
    ref = {"$ref": f"#/components/schemas/{model.__name__}"}
    return {"requestBody": {"required": True, "content": {"application/json": {"schema": ref}}}}


def _limit(hub: Hub, limit: int) -> int:
    return min(limit, hub.limits.page_max)


@router.get("/health", response_model=Health)
def health() -> dict[str, Any]:
    return {"ok": True, "protocol": PROTOCOL}


@router.get("/whoami", response_model=Whoami)
def whoami(caller: CallerDep) -> dict[str, Any]:
    return {"code": caller.code, "name": caller.name, "parent": caller.parent_code, "reviewer": caller.reviewer}


@router.head("/attachments/{sha256}", responses={200: {"description": "the unit has uploaded this file"}})
def attachment_present(sha256: Sha, hub: HubDep, caller: CallerDep) -> Response:
    size = attachments.held_size(hub.engine, caller.unit_id, sha256)
    if size is None:
        raise not_found(f"the attachment {sha256} has not been uploaded by {caller.code}")
    return Response(status_code=200, headers={"Content-Length": str(size)})


@router.get("/attachments/{sha256}", response_class=FileResponse)
def attachment_bytes(sha256: Sha, hub: HubDep, caller: CallerDep) -> FileResponse:
    path = attachments.path_of(hub.storage, sha256)
    if not attachments.readable(hub.engine, caller, sha256) or not path.is_file():
        raise not_found(f"no attachment {sha256} that {caller.code} may read")
    return FileResponse(path, media_type="application/octet-stream")


@router.put("/attachments/{sha256}", status_code=201, response_model=AttachmentStatus,
            openapi_extra={"requestBody": {"required": True, "content": {"application/octet-stream": {
                "schema": {"type": "string", "format": "binary"}}}}})
async def attachment_upload(sha256: Sha, request: Request, hub: HubDep, caller: CallerDep) -> JSONResponse:
    size = await run_in_threadpool(attachments.held_size, hub.engine, caller.unit_id, sha256)
    if size is not None:  # a resend: the unit proved it holds these bytes before, nothing to read
        return JSONResponse({"status": "unchanged", "sha256": sha256, "size": size}, status_code=200)
    size = await attachments.receive(request, hub.storage, sha256, hub.limits.attachment_bytes)
    stored = await run_in_threadpool(attachments.record, hub.engine, caller.unit_id, sha256, size)
    return JSONResponse({"status": "stored" if stored else "unchanged", "sha256": sha256, "size": size},
                        status_code=201 if stored else 200)


@router.put("/items/{item_id}/revisions/{revision}", status_code=201, response_model=Status,
            openapi_extra=_body(ItemBody))
def item_upload(item_id: Annotated[str, Path(pattern=ITEM_ID)], revision: Annotated[int, Path(ge=1)],
                hub: HubDep, caller: CallerDep, raw: BodyDep) -> JSONResponse:
    body = validate(ItemBody, raw)
    computed = content_sha256(raw)
    if computed != body.content_sha256:
        raise invalid(f"content_sha256 is {body.content_sha256} but the body hashes to {computed}")
    seq = items.put_item(hub.engine, caller, item_id, revision, raw, body)
    if seq is None:
        return JSONResponse({"status": "unchanged"}, status_code=200)
    return JSONResponse({"status": "stored", "seq": seq}, status_code=201)


@router.get("/decisions", response_model=DecisionsPage)
def decisions_feed(hub: HubDep, caller: CallerDep, after: After = None, limit: PageLimit = 100) -> dict[str, Any]:
    return decisions.decisions_page(hub.engine, caller, after, _limit(hub, limit))


@router.get("/published", response_model=PublishedPage)
def published_feed(hub: HubDep, caller: CallerDep, after: After = None, limit: PageLimit = 100) -> dict[str, Any]:
    return published.published_page(hub.engine, caller, after, _limit(hub, limit))


@router.put("/published/{kind}/{year}", status_code=201, response_model=PublishStatus,
            openapi_extra=_body(PublishIn))
def publish(kind: Kind, year: Annotated[int, Path(ge=2000, le=2100)], hub: HubDep, caller: CallerDep,
            raw: BodyDep) -> JSONResponse:
    body = validate(PublishIn, raw)
    version, stored = published.publish(hub.engine, caller, kind, year, body.data)
    return JSONResponse({"status": "stored" if stored else "unchanged", "version": version},
                        status_code=201 if stored else 200)


@router.get("/review/items", response_model=ReviewPage)
def review_feed(hub: HubDep, caller: CallerDep, after: After = None, limit: PageLimit = 100) -> dict[str, Any]:
    return items.review_page(hub.engine, caller, after, _limit(hub, limit), hub.limits.json_bytes)


@router.post("/review/decisions", response_model=StoredCount, openapi_extra=_body(DecisionsIn))
def review_decide(hub: HubDep, caller: CallerDep, raw: BodyDep) -> dict[str, Any]:
    batch = validate(DecisionsIn, raw)
    return {"stored": decisions.post_decisions(hub.engine, caller, batch.decisions)}
