"""Every refusal of the hub as one exception type, rendered as `{"error": code, "detail": ...}`."""

from __future__ import annotations

from typing import Any


class HubError(Exception):
    """A refusal with its HTTP status, its protocol code, an English detail and optional extra fields."""

    def __init__(self, status: int, code: str, detail: str, **extra: Any) -> None:
        super().__init__(detail)
        self.status = status
        self.code = code
        self.detail = detail
        self.extra = extra

    def body(self) -> dict[str, Any]:
        return {"error": self.code, "detail": self.detail, **self.extra}


def unauthorized(detail: str) -> HubError:
    return HubError(401, "unauthorized", detail)


def forbidden(detail: str) -> HubError:
    return HubError(403, "forbidden", detail)


def not_found(detail: str) -> HubError:
    return HubError(404, "not_found", detail)


def conflict(detail: str) -> HubError:
    return HubError(409, "conflict", detail)


def too_large(detail: str) -> HubError:
    return HubError(413, "too_large", detail)


def invalid(detail: str) -> HubError:
    return HubError(422, "invalid", detail)


def missing_attachments(missing: list[str]) -> HubError:
    return HubError(409, "missing_attachments", f"{len(missing)} attachment(s) must be uploaded first",
                    missing=missing)
