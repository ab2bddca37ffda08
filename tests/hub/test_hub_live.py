"""A real hub served by uvicorn on 127.0.0.1: the whole road of an item over HTTP."""

from __future__ import annotations

import httpx
from fastapi import FastAPI

from cdtt_desktop.hub.auth import add_unit
from tests.hub.conftest import item_body, new_item_id, sha


def test_item_travels_up_and_its_decision_down(live_hub: str, hub_app: FastAPI) -> None:
    """Over real HTTP: health, a streamed attachment, an item, the reviewer's feed, a decision pulled."""
    engine = hub_app.state.hub.engine
    reviewer = add_unit(engine, code="LDLD-HN", name="LĐLĐ Hà Nội", parent=None, reviewer=True).token
    unit = add_unit(engine, code="CDP-HK", name="CĐ Hoàn Kiếm", parent="LDLD-HN", reviewer=False).token
    photo = b"\xff\xd8 photo " * 2000
    with httpx.Client(base_url=f"{live_hub}/api/v1", timeout=10) as http:
        assert http.get("/health").json() == {"ok": True, "protocol": 1}
        up = {"Authorization": f"Bearer {unit}"}
        chunks = (photo[i:i + 4096] for i in range(0, len(photo), 4096))
        assert http.put(f"/attachments/{sha(photo)}", content=chunks, headers=up).status_code == 201
        assert http.head(f"/attachments/{sha(photo)}", headers=up).status_code == 200
        item_id = new_item_id()
        put = http.put(f"/items/{item_id}/revisions/1", json=item_body(files=[sha(photo)]), headers=up)
        assert put.status_code == 201
        down = {"Authorization": f"Bearer {reviewer}"}
        feed = http.get("/review/items", headers=down).json()
        assert [i["item_id"] for i in feed["items"]] == [item_id]
        assert http.get(f"/attachments/{sha(photo)}", headers=down).content == photo
        decision = {"item_id": item_id, "revision": 1, "decision": "approved", "decided_by": "Lê Văn An"}
        assert http.post("/review/decisions", json={"decisions": [decision]}, headers=down).json() == {"stored": 1}
        pulled = http.get("/decisions", headers=up).json()["decisions"]
        assert [(d["item_id"], d["decision"]) for d in pulled] == [(item_id, "approved")]
        assert http.get("/nowhere").json()["error"] == "not_found"
