"""Plans and Mái ấm rules published by a reviewer for the units right below it, in versions."""

from __future__ import annotations

from fastapi.testclient import TestClient

from tests.hub.conftest import Tokens, bearer

PLAN = {"year": 2027, "channels": [{"code": "BT", "name": "Bản tin"}]}
RULES = {"max_support": 60000000, "province": "Hà Nội"}


def test_publish_makes_versions_and_skips_the_same_data(client: TestClient, tokens: Tokens) -> None:
    """The first publish is version 1 (201), the same data again 200 unchanged, new data version 2."""
    url, headers = "/api/v1/published/plan/2027", bearer(tokens.hn_reviewer)
    first = client.put(url, json={"data": PLAN}, headers=headers)
    assert first.status_code == 201 and first.json() == {"status": "stored", "version": 1}
    same = client.put(url, json={"data": PLAN}, headers=headers)
    assert same.status_code == 200 and same.json() == {"status": "unchanged", "version": 1}
    changed = client.put(url, json={"data": {**PLAN, "note": "sửa"}}, headers=headers)
    assert changed.json() == {"status": "stored", "version": 2}
    other_year = client.put("/api/v1/published/plan/2028", json={"data": PLAN}, headers=headers)
    assert other_year.json()["version"] == 1


def test_units_pull_what_their_parent_published(client: TestClient, tokens: Tokens) -> None:
    """A unit gets its parent's documents in order, with a cursor; another branch gets none of them."""
    headers = bearer(tokens.hn_reviewer)
    client.put("/api/v1/published/plan/2027", json={"data": PLAN}, headers=headers)
    client.put("/api/v1/published/housing_rules/2027", json={"data": RULES}, headers=headers)
    page = client.get("/api/v1/published", headers=bearer(tokens.hk)).json()
    assert [(d["kind"], d["year"], d["version"]) for d in page["documents"]] == [
        ("plan", 2027, 1), ("housing_rules", 2027, 1)]
    assert page["documents"][1]["data"] == RULES and page["more"] is False
    assert client.get("/api/v1/published", headers=bearer(tokens.lc)).json()["documents"] == []
    assert client.get("/api/v1/published", headers=bearer(tokens.hn)).json()["documents"] == []
    client.put("/api/v1/published/plan/2027", json={"data": {**PLAN, "v": 2}}, headers=headers)
    later = client.get("/api/v1/published", params={"after": page["cursor"]}, headers=bearer(tokens.bd)).json()
    assert [(d["kind"], d["version"]) for d in later["documents"]] == [("plan", 2)]


def test_published_feed_pages_with_limit(client: TestClient, tokens: Tokens) -> None:
    """limit=1 returns one document and more=true until the last."""
    headers = bearer(tokens.hn_reviewer)
    for year in (2026, 2027):
        client.put(f"/api/v1/published/plan/{year}", json={"data": PLAN}, headers=headers)
    first = client.get("/api/v1/published?limit=1", headers=bearer(tokens.hk)).json()
    assert [d["year"] for d in first["documents"]] == [2026] and first["more"] is True
    rest = client.get("/api/v1/published", params={"after": first["cursor"], "limit": 1},
                      headers=bearer(tokens.hk)).json()
    assert [d["year"] for d in rest["documents"]] == [2027] and rest["more"] is False


def test_only_reviewers_publish_known_kinds(client: TestClient, tokens: Tokens) -> None:
    """A submitting token gets 403; an unknown kind, a bad year or a body without data is 422."""
    response = client.put("/api/v1/published/plan/2027", json={"data": PLAN}, headers=bearer(tokens.hn))
    assert response.status_code == 403 and response.json()["error"] == "forbidden"
    headers = bearer(tokens.hn_reviewer)
    for url, body in (("/api/v1/published/budget/2027", {"data": PLAN}), ("/api/v1/published/plan/1999",
                      {"data": PLAN}), ("/api/v1/published/plan/2027", {"plan": PLAN})):
        response = client.put(url, json=body, headers=headers)
        assert response.status_code == 422 and response.json()["error"] == "invalid", url
