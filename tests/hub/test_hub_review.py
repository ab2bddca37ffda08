"""The reviewer's feed of subordinate units' items, decisions posted on them, and each unit's decisions feed."""

from __future__ import annotations

from typing import Any

from fastapi.testclient import TestClient

from tests.hub.conftest import Tokens, bearer, item_body, new_item_id, put_file, put_item


def submit(client: TestClient, token: str, count: int = 1) -> list[str]:
    ids = [new_item_id() for _ in range(count)]
    for n, item_id in enumerate(ids):
        assert put_item(client, token, item_id, item_body(f"Báo cáo {n}")).status_code == 201
    return ids


def decide(client: TestClient, token: str, *decisions: dict[str, Any]) -> Any:
    return client.post("/api/v1/review/decisions", json={"decisions": list(decisions)}, headers=bearer(token))


def test_reviewer_reads_only_the_units_right_below(client: TestClient, tokens: Tokens) -> None:
    """LDLD-HN's reviewer sees CDP-HK's and CDP-BD's items (with unit and body), not CDP-LC's nor its own."""
    photo = put_file(client, tokens.hk, b"photo")
    hk = new_item_id()
    assert put_item(client, tokens.hk, hk, item_body(files=[photo])).status_code == 201
    bd = submit(client, tokens.bd)
    submit(client, tokens.lc)
    submit(client, tokens.hn)
    feed = client.get("/api/v1/review/items", headers=bearer(tokens.hn_reviewer)).json()
    assert [(i["item_id"], i["unit"]["code"]) for i in feed["items"]] == [(hk, "CDP-HK"), (bd[0], "CDP-BD")]
    first = feed["items"][0]
    assert first["revision"] == 1 and first["title"] == "Báo cáo tháng 11/2026"
    assert first["files"][0]["sha256"] == photo and first["data"]["note"] == "Hội nghị"
    assert first["received_at"].endswith("Z") and first["content_sha256"]
    assert feed["more"] is False


def test_review_feed_pages_with_cursor_and_more(client: TestClient, tokens: Tokens) -> None:
    """limit cuts a page and sets more; the cursor resumes after the last item; an empty page keeps it."""
    ids = submit(client, tokens.hk, 5)
    headers = bearer(tokens.hn_reviewer)
    page = client.get("/api/v1/review/items?limit=2", headers=headers).json()
    seen = [i["item_id"] for i in page["items"]]
    assert len(seen) == 2 and page["more"] is True
    while page["more"]:
        page = client.get("/api/v1/review/items", params={"after": page["cursor"], "limit": 2},
                          headers=headers).json()
        seen += [i["item_id"] for i in page["items"]]
    assert seen == ids
    later = client.get("/api/v1/review/items", params={"after": page["cursor"]}, headers=headers).json()
    assert later["items"] == [] and later["cursor"] == page["cursor"] and later["more"] is False
    newer = submit(client, tokens.bd)
    assert [i["item_id"] for i in client.get("/api/v1/review/items", params={"after": page["cursor"]},
                                              headers=headers).json()["items"]] == newer


def test_unit_token_cannot_read_the_review_feed(client: TestClient, tokens: Tokens) -> None:
    """A submitting token (even the parent unit's) gets 403 on the review endpoints."""
    for token in (tokens.hk, tokens.hn):
        response = client.get("/api/v1/review/items", headers=bearer(token))
        assert response.status_code == 403 and response.json()["error"] == "forbidden"
    assert decide(client, tokens.hn).status_code == 403


def test_decisions_reach_the_unit_in_order_with_a_cursor(client: TestClient, tokens: Tokens) -> None:
    """The reviewer posts decisions; the unit pulls only its own, oldest first, and the cursor resumes."""
    hk = submit(client, tokens.hk, 2)
    bd = submit(client, tokens.bd)
    response = decide(client, tokens.hn_reviewer,
                      {"item_id": hk[0], "revision": 1, "decision": "received"},
                      {"item_id": bd[0], "revision": 1, "decision": "approved", "decided_by": "Lê Văn An"},
                      {"item_id": hk[1], "revision": 1, "decision": "returned", "comment": "Bổ sung ảnh",
                       "decided_at": "2026-12-05T02:00:00Z", "decided_by": "Lê Văn An"})
    assert response.status_code == 200 and response.json() == {"stored": 3}
    page = client.get("/api/v1/decisions", headers=bearer(tokens.hk)).json()
    assert [(d["item_id"], d["decision"]) for d in page["decisions"]] == [(hk[0], "received"), (hk[1], "returned")]
    assert page["decisions"][1] == {"item_id": hk[1], "revision": 1, "decision": "returned",
                                    "comment": "Bổ sung ảnh", "decided_at": "2026-12-05T02:00:00Z",
                                    "decided_by": "Lê Văn An"}
    assert decide(client, tokens.hn_reviewer, {"item_id": hk[0], "revision": 1, "decision": "approved"}).json() == {
        "stored": 1}
    after = client.get("/api/v1/decisions", params={"after": page["cursor"]}, headers=bearer(tokens.hk)).json()
    assert [(d["item_id"], d["decision"]) for d in after["decisions"]] == [(hk[0], "approved")]
    bd_page = client.get("/api/v1/decisions", headers=bearer(tokens.bd)).json()
    assert [d["item_id"] for d in bd_page["decisions"]] == bd


def test_decisions_feed_pages_with_limit(client: TestClient, tokens: Tokens) -> None:
    """With limit 2, three decisions come as a page with more=true and then the last one."""
    ids = submit(client, tokens.hk, 3)
    decide(client, tokens.hn_reviewer, *[{"item_id": i, "revision": 1, "decision": "received"} for i in ids])
    first = client.get("/api/v1/decisions?limit=2", headers=bearer(tokens.hk)).json()
    assert len(first["decisions"]) == 2 and first["more"] is True
    rest = client.get("/api/v1/decisions", params={"after": first["cursor"], "limit": 2},
                      headers=bearer(tokens.hk)).json()
    assert [d["item_id"] for d in first["decisions"] + rest["decisions"]] == ids and rest["more"] is False


def test_resent_decision_is_not_stored_twice(client: TestClient, tokens: Tokens) -> None:
    """Posting the same decision again (a resend after a lost answer) stores nothing new."""
    (item,) = submit(client, tokens.hk)
    decision = {"item_id": item, "revision": 1, "decision": "received", "decided_by": "An"}
    assert decide(client, tokens.hn_reviewer, decision).json() == {"stored": 1}
    assert decide(client, tokens.hn_reviewer, decision).json() == {"stored": 0}
    assert len(client.get("/api/v1/decisions", headers=bearer(tokens.hk)).json()["decisions"]) == 1


def test_returned_needs_a_comment(client: TestClient, tokens: Tokens) -> None:
    """A return without a comment is 422 and nothing of the batch is stored."""
    ids = submit(client, tokens.hk, 2)
    response = decide(client, tokens.hn_reviewer, {"item_id": ids[0], "revision": 1, "decision": "received"},
                      {"item_id": ids[1], "revision": 1, "decision": "returned", "comment": "  "})
    assert response.status_code == 422 and response.json()["error"] == "invalid"
    assert client.get("/api/v1/decisions", headers=bearer(tokens.hk)).json()["decisions"] == []


def test_deciding_an_item_not_below_is_403_and_stores_nothing(client: TestClient, tokens: Tokens) -> None:
    """A reviewer deciding on an item of a unit not right below it gets 403; the batch is not stored."""
    own = submit(client, tokens.hk)
    foreign = submit(client, tokens.lc)
    response = decide(client, tokens.hn_reviewer, {"item_id": own[0], "revision": 1, "decision": "received"},
                      {"item_id": foreign[0], "revision": 1, "decision": "approved"})
    assert response.status_code == 403 and response.json()["error"] == "forbidden"
    assert client.get("/api/v1/decisions", headers=bearer(tokens.hk)).json()["decisions"] == []


def test_deciding_an_unknown_item_is_404(client: TestClient, tokens: Tokens) -> None:
    """A decision on an item revision the hub does not have is 404."""
    (item,) = submit(client, tokens.hk)
    response = decide(client, tokens.hn_reviewer, {"item_id": item, "revision": 2, "decision": "received"})
    assert response.status_code == 404 and response.json()["error"] == "not_found"


def test_cursor_of_another_feed_is_refused(client: TestClient, tokens: Tokens) -> None:
    """A cursor is tied to its feed: another feed's cursor or garbage is 422."""
    cursor = client.get("/api/v1/published", headers=bearer(tokens.hk)).json()["cursor"]
    for bad in (cursor, "%%%", "bm9wZQ"):
        response = client.get("/api/v1/decisions", params={"after": bad}, headers=bearer(tokens.hk))
        assert response.status_code == 422 and response.json()["error"] == "invalid"
