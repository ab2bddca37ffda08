"""`create_app(db_url, storage)`: the hub as a FastAPI application, its database migrated on creation.

Every error leaves as `{"error": code, "detail": ...}` — the hub's own refusals, unknown routes, FastAPI's
validation errors and unexpected exceptions (logged) alike — so a client always has a reason to show.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.utils import get_openapi
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from cdtt_desktop.hub import PROTOCOL
from cdtt_desktop.hub.attachments import clear_stale_temp
from cdtt_desktop.hub.bodies import describe_errors
from cdtt_desktop.hub.database import make_engine, upgrade
from cdtt_desktop.hub.errors import HubError
from cdtt_desktop.hub.routes import BODY_MODELS, Hub, Limits, router

log = logging.getLogger("cdtt_desktop.hub")

_CODES = {401: "unauthorized", 403: "forbidden", 404: "not_found", 409: "conflict", 413: "too_large"}


def create_app(db_url: str, storage: Path, *, limits: Limits | None = None) -> FastAPI:
    storage.mkdir(parents=True, exist_ok=True)
    clear_stale_temp(storage)
    engine = make_engine(db_url)
    upgrade(engine)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        engine.dispose()

    app = FastAPI(title="CĐTT sync hub", version=str(PROTOCOL), lifespan=lifespan,
                  description="Protocol v1 between CĐTT Desktop installations and their hub: docs/sync-protocol.md")
    app.state.hub = Hub(engine=engine, storage=storage, limits=limits or Limits())
    _install_error_handlers(app)
    app.include_router(router, prefix="/api/v1")
    _document_bodies(app)
    return app


def _error(status: int, code: str, detail: str, **extra: Any) -> JSONResponse:
    headers = {"WWW-Authenticate": "Bearer"} if status == 401 else None
    return JSONResponse({"error": code, "detail": detail, **extra}, status_code=status, headers=headers)


def _install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(HubError)
    async def hub_error(_request: Request, exc: HubError) -> JSONResponse:
        return _error(exc.status, exc.code, exc.detail, **exc.extra)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        code = _CODES.get(exc.status_code, "server_error" if exc.status_code >= 500 else "invalid")
        return _error(exc.status_code, code, f"{request.method} {request.url.path}: {exc.detail}")

    @app.exception_handler(RequestValidationError)
    async def validation_error(_request: Request, exc: RequestValidationError) -> JSONResponse:
        return _error(422, "invalid", describe_errors(exc.errors()))

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unexpected error on %s %s", request.method, request.url.path, exc_info=exc)
        return _error(500, "server_error", "an unexpected error on the hub; it has been logged")


def _document_bodies(app: FastAPI) -> None:
    """The JSON bodies are read by the hub itself (limits, exact hashing); list their schemas in the document."""

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            schema = get_openapi(title=app.title, version=app.version, description=app.description,
                                 routes=app.routes)
            components = schema.setdefault("components", {}).setdefault("schemas", {})
            for model in BODY_MODELS:
                found = model.model_json_schema(ref_template="#/components/schemas/{model}")
                components.update(found.pop("$defs", {}))
                components[model.__name__] = found
            app.openapi_schema = schema
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
