"""Health, whoami, authentication and the shape of every error body."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from cdtt_desktop.hub import items as items_module
from cdtt_desktop.hub.auth import revoke, token_hash
from tests.hub.conftest import Tokens, bearer


def test_health_needs_no_token(client: TestClient) -> None:
    """GET /health answers without a token and names the protocol version."""
    response = client.get("/api/v1/health")
    assert response.status_code == 200
    assert response.json() == {"ok": True, "protocol": 1}


def test_whoami_names_the_unit_and_its_parent(client: TestClient, tokens: Tokens) -> None:
    """whoami returns the token's unit, its parent's code and whether the token reviews."""
    assert client.get("/api/v1/whoami", headers=bearer(tokens.hk)).json() == {
        "code": "CDP-HK", "name": "Unit CDP-HK", "parent": "LDLD-HN", "reviewer": False}
    assert client.get("/api/v1/whoami", headers=bearer(tokens.hn_reviewer)).json() == {
        "code": "LDLD-HN", "name": "Unit LDLD-HN", "parent": None, "reviewer": True}


@pytest.mark.parametrize("headers", [{}, {"Authorization": "Bearer nonsense"}, {"Authorization": "Basic abc"},
                                     {"Authorization": "Bearer "}])
def test_missing_or_unknown_token_is_401(client: TestClient, tokens: Tokens, headers: dict[str, str]) -> None:
    """No token, an unknown one or another scheme: 401 unauthorized with a reason and WWW-Authenticate."""
    response = client.get("/api/v1/whoami", headers=headers)
    assert response.status_code == 401
    assert response.json()["error"] == "unauthorized" and response.json()["detail"]
    assert response.headers["www-authenticate"] == "Bearer"


def test_revoked_token_is_401(client: TestClient, tokens: Tokens) -> None:
    """After `revoke`, every token of the unit is refused, and says it was revoked."""
    assert client.get("/api/v1/whoami", headers=bearer(tokens.hk)).status_code == 200
    assert revoke(client.app.state.hub.engine, "CDP-HK") == 1
    response = client.get("/api/v1/whoami", headers=bearer(tokens.hk))
    assert response.status_code == 401
    assert "revoked" in response.json()["detail"]
    assert client.get("/api/v1/whoami", headers=bearer(tokens.bd)).status_code == 200


def test_tokens_are_stored_hashed(client: TestClient, tokens: Tokens) -> None:
    """The database holds the SHA-256 of a token, never the token."""
    from sqlalchemy import select

    from cdtt_desktop.hub.schema import tokens as tokens_table

    with client.app.state.hub.engine.connect() as conn:
        stored = set(conn.execute(select(tokens_table.c.token_sha256)).scalars())
    assert token_hash(tokens.hk) in stored and tokens.hk not in stored


def test_unknown_route_is_a_json_404(client: TestClient) -> None:
    """An unknown path answers 404 with the protocol's error body."""
    response = client.get("/api/v1/nothing-here")
    assert response.status_code == 404
    assert response.json()["error"] == "not_found" and "/api/v1/nothing-here" in response.json()["detail"]


def test_validation_error_is_a_json_422(client: TestClient, tokens: Tokens) -> None:
    """FastAPI's own validation errors use the protocol's body too, naming the field."""
    response = client.get("/api/v1/decisions?limit=0", headers=bearer(tokens.hk))
    assert response.status_code == 422
    assert response.json()["error"] == "invalid" and "limit" in response.json()["detail"]


def test_unexpected_exception_is_a_json_500(client: TestClient, tokens: Tokens, monkeypatch: pytest.MonkeyPatch,
                                            caplog: pytest.LogCaptureFixture) -> None:
    """An unexpected exception answers 500 server_error (without its text) and is logged."""
    def broken(*_args: object) -> None:
        raise RuntimeError("secret internals")

    monkeypatch.setattr(items_module, "review_page", broken)
    response = client.get("/api/v1/review/items", headers=bearer(tokens.hn_reviewer))
    assert response.status_code == 500
    assert response.json() == {"error": "server_error", "detail": "an unexpected error on the hub; it has been logged"}
    assert "secret internals" in caplog.text


def test_openapi_document_is_served(client: TestClient) -> None:
    """/openapi.json lists every endpoint and the schema of each JSON body."""
    document = client.get("/openapi.json").json()
    assert "/api/v1/items/{item_id}/revisions/{revision}" in document["paths"]
    assert "/api/v1/review/decisions" in document["paths"]
    assert {"ItemBody", "ItemFile", "DecisionsIn", "PublishIn"} <= set(document["components"]["schemas"])
    put = document["paths"]["/api/v1/items/{item_id}/revisions/{revision}"]["put"]
    assert put["requestBody"]["content"]["application/json"]["schema"] == {"$ref": "#/components/schemas/ItemBody"}
