"""Item revisions: idempotent by id, revision and content hash; their files first; one unit per item id."""

from __future__ import annotations

import json

from fastapi.testclient import TestClient

from tests.hub.conftest import LIMITS, Tokens, bearer, item_body, new_item_id, put_file, put_item, sha


def test_new_item_is_201_and_the_same_again_200(client: TestClient, tokens: Tokens) -> None:
    """A new revision is stored (201 with its seq); sending it again changes nothing (200 unchanged)."""
    item_id, body = new_item_id(), item_body()
    first = put_item(client, tokens.hk, item_id, body)
    assert first.status_code == 201
    assert first.json()["status"] == "stored" and first.json()["seq"] >= 1
    again = put_item(client, tokens.hk, item_id, body)
    assert again.status_code == 200 and again.json() == {"status": "unchanged"}
    feed = client.get("/api/v1/review/items", headers=bearer(tokens.hn_reviewer)).json()
    assert [i["item_id"] for i in feed["items"]] == [item_id]


def test_other_content_for_the_same_revision_is_409(client: TestClient, tokens: Tokens) -> None:
    """Other content under a revision already submitted is a conflict that says so; a new revision is fine."""
    item_id = new_item_id()
    assert put_item(client, tokens.hk, item_id, item_body("Lần đầu")).status_code == 201
    response = put_item(client, tokens.hk, item_id, item_body("Sửa lại"))
    assert response.status_code == 409
    assert response.json()["error"] == "conflict" and "already submitted with other content" in response.json()[
        "detail"]
    assert put_item(client, tokens.hk, item_id, item_body("Sửa lại"), revision=2).status_code == 201


def test_missing_attachments_are_listed(client: TestClient, tokens: Tokens) -> None:
    """An item naming files the unit has not uploaded is 409 missing_attachments with their hashes."""
    pdf = put_file(client, tokens.hk, b"%PDF-1.7 report")
    photo_a, photo_b = sha(b"photo a"), sha(b"photo b")
    body = item_body(pdf=pdf, files=[photo_b, photo_a])
    response = put_item(client, tokens.hk, new_item_id(), body)
    assert response.status_code == 409
    assert response.json()["error"] == "missing_attachments"
    assert response.json()["missing"] == sorted([photo_a, photo_b])
    put_file(client, tokens.hk, b"photo a")
    put_file(client, tokens.hk, b"photo b")
    assert put_item(client, tokens.hk, new_item_id(), body).status_code == 201


def test_another_units_file_is_missing_for_this_unit(client: TestClient, tokens: Tokens) -> None:
    """A file uploaded only by another unit cannot be referenced: it counts as missing."""
    photo = put_file(client, tokens.bd, b"photo of BD")
    response = put_item(client, tokens.hk, new_item_id(), item_body(files=[photo]))
    assert response.status_code == 409 and response.json()["missing"] == [photo]


def test_wrong_content_hash_is_422(client: TestClient, tokens: Tokens) -> None:
    """The hub recomputes content_sha256 from the body and refuses a body that does not match."""
    body = {**item_body(), "title": "changed after hashing"}
    response = put_item(client, tokens.hk, new_item_id(), body)
    assert response.status_code == 422
    assert response.json()["error"] == "invalid" and "content_sha256" in response.json()["detail"]


def test_hash_ignores_spacing_and_key_order(client: TestClient, tokens: Tokens) -> None:
    """The hash is of the canonical form, so a body sent with other spacing and key order is accepted."""
    body = item_body()
    text = "{\n" + ",\n".join(f'  "{k}": {json.dumps(v, ensure_ascii=True)}'
                               for k, v in reversed(body.items())) + "\n}"
    response = client.put(f"/api/v1/items/{new_item_id()}/revisions/1", content=text.encode(),
                          headers={**bearer(tokens.hk), "Content-Type": "application/json"})
    assert response.status_code == 201, response.text


def test_item_of_another_unit_is_403(client: TestClient, tokens: Tokens) -> None:
    """An item id first submitted by one unit cannot be submitted by another, under any revision."""
    item_id = new_item_id()
    assert put_item(client, tokens.hk, item_id, item_body()).status_code == 201
    for revision in (1, 2):
        response = put_item(client, tokens.bd, item_id, item_body("BD"), revision=revision)
        assert response.status_code == 403 and response.json()["error"] == "forbidden"


def test_malformed_bodies_are_422(client: TestClient, tokens: Tokens) -> None:
    """Not JSON, a repeated key, a wrong field type: each is 422 invalid with a reason."""
    url = f"/api/v1/items/{new_item_id()}/revisions/1"
    headers = {**bearer(tokens.hk), "Content-Type": "application/json"}
    cases = [b"{not json", b'{"type": "document", "type": "story"}', b"[1, 2]"]
    for raw in cases:
        response = client.put(url, content=raw, headers=headers)
        assert response.status_code == 422 and response.json()["error"] == "invalid", raw
    wrong = item_body()
    wrong["type"] = "video"
    response = put_item(client, tokens.hk, new_item_id(), wrong)
    assert response.status_code == 422 and "type" in response.json()["detail"]


def test_json_body_over_the_limit_is_413(client: TestClient, tokens: Tokens) -> None:
    """A JSON body over its limit is refused with too_large."""
    body = item_body(note="x" * (LIMITS.json_bytes + 1))
    response = put_item(client, tokens.hk, new_item_id(), body)
    assert response.status_code == 413 and response.json()["error"] == "too_large"
