"""Attachments: stored by SHA-256, streamed and checked, each committed alone, seen only by their holders."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from fastapi.testclient import TestClient

from tests.hub.conftest import LIMITS, Tokens, bearer, put_file, sha

PHOTO = "ảnh hội nghị ".encode() * 100


def stored_files(storage: Path) -> list[Path]:
    return [p for p in storage.rglob("*") if p.is_file() and p.parent.name != "tmp" and p.name != "hub.sqlite3"]


def test_upload_stores_under_its_hash_then_answers_200(client: TestClient, tokens: Tokens, storage: Path) -> None:
    """The first PUT stores the bytes under <aa>/<sha256> (201); the same again is 200 unchanged."""
    digest = sha(PHOTO)
    first = client.put(f"/api/v1/attachments/{digest}", content=PHOTO, headers=bearer(tokens.hk))
    assert first.status_code == 201
    assert first.json() == {"status": "stored", "sha256": digest, "size": len(PHOTO)}
    assert (storage / digest[:2] / digest).read_bytes() == PHOTO
    again = client.put(f"/api/v1/attachments/{digest}", content=PHOTO, headers=bearer(tokens.hk))
    assert again.status_code == 200 and again.json()["status"] == "unchanged"
    assert not list((storage / "tmp").iterdir())


def test_wrong_hash_is_422_and_stores_nothing(client: TestClient, tokens: Tokens, storage: Path) -> None:
    """Bytes whose SHA-256 is not the one in the path are refused and leave no file."""
    response = client.put(f"/api/v1/attachments/{'0' * 64}", content=PHOTO, headers=bearer(tokens.hk))
    assert response.status_code == 422
    assert response.json()["error"] == "invalid" and sha(PHOTO) in response.json()["detail"]
    assert stored_files(storage) == [] and not list((storage / "tmp").iterdir())
    assert client.head(f"/api/v1/attachments/{'0' * 64}", headers=bearer(tokens.hk)).status_code == 404


def test_over_the_limit_by_length_is_413(client: TestClient, tokens: Tokens, storage: Path) -> None:
    """A declared length over the limit is refused before reading, and nothing is stored."""
    big = b"x" * (LIMITS.attachment_bytes + 1)
    response = client.put(f"/api/v1/attachments/{sha(big)}", content=big, headers=bearer(tokens.hk))
    assert response.status_code == 413 and response.json()["error"] == "too_large"
    assert stored_files(storage) == []


def test_over_the_limit_while_streaming_is_413(client: TestClient, tokens: Tokens, storage: Path) -> None:
    """A chunked body (no length) is cut off as soon as it passes the limit, leaving no file behind."""
    chunk = b"y" * 8192
    count = LIMITS.attachment_bytes // len(chunk) + 2

    def chunks() -> Iterator[bytes]:
        yield from [chunk] * count

    digest = sha(chunk * count)
    response = client.put(f"/api/v1/attachments/{digest}", content=chunks(), headers=bearer(tokens.hk))
    assert response.status_code == 413 and response.json()["error"] == "too_large"
    assert stored_files(storage) == [] and not list((storage / "tmp").iterdir())
    assert client.head(f"/api/v1/attachments/{digest}", headers=bearer(tokens.hk)).status_code == 404


def test_head_answers_for_the_units_own_files(client: TestClient, tokens: Tokens) -> None:
    """HEAD is 200 for a file the unit uploaded, 404 otherwise — also when another unit has it."""
    digest = sha(PHOTO)
    assert client.head(f"/api/v1/attachments/{digest}", headers=bearer(tokens.hk)).status_code == 404
    put_file(client, tokens.hk, PHOTO)
    present = client.head(f"/api/v1/attachments/{digest}", headers=bearer(tokens.hk))
    assert present.status_code == 200 and present.headers["content-length"] == str(len(PHOTO))
    assert client.head(f"/api/v1/attachments/{digest}", headers=bearer(tokens.bd)).status_code == 404


def test_same_file_from_a_second_unit_is_stored_once(client: TestClient, tokens: Tokens, storage: Path) -> None:
    """A second unit uploading the same bytes gets 201 (now it holds them); the store keeps one copy."""
    put_file(client, tokens.hk, PHOTO)
    response = client.put(f"/api/v1/attachments/{sha(PHOTO)}", content=PHOTO, headers=bearer(tokens.bd))
    assert response.status_code == 201
    assert len(stored_files(storage)) == 1


def test_get_for_holder_and_its_parents_reviewer_only(client: TestClient, tokens: Tokens) -> None:
    """The bytes go to the unit that uploaded them and the reviewer above it; anyone else gets 404."""
    digest = put_file(client, tokens.hk, PHOTO)
    assert client.get(f"/api/v1/attachments/{digest}", headers=bearer(tokens.hk)).content == PHOTO
    assert client.get(f"/api/v1/attachments/{digest}", headers=bearer(tokens.hn_reviewer)).content == PHOTO
    for other in (tokens.bd, tokens.hn, tokens.hp_reviewer):
        response = client.get(f"/api/v1/attachments/{digest}", headers=bearer(other))
        assert response.status_code == 404 and response.json()["error"] == "not_found"


def test_bad_hash_in_path_is_422(client: TestClient, tokens: Tokens) -> None:
    """A path that is not 64 lowercase hex digits is refused as invalid."""
    response = client.put("/api/v1/attachments/ABC", content=b"x", headers=bearer(tokens.hk))
    assert response.status_code == 422 and response.json()["error"] == "invalid"


def test_upload_needs_a_token(client: TestClient, storage: Path) -> None:
    """Without a token nothing is read or stored."""
    response = client.put(f"/api/v1/attachments/{sha(PHOTO)}", content=PHOTO)
    assert response.status_code == 401
    assert stored_files(storage) == []
