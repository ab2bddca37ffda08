"""Item revisions: a unit submits them (idempotently), the reviewer of its parent reads them in a feed.

An item id belongs to the unit that first submitted it. A revision is stored once: the same content again
changes nothing, other content for the same revision is a conflict. Every file the item names must have been
uploaded by the same unit first.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Engine, exc, insert, select

from cdtt_desktop.hub import cursor
from cdtt_desktop.hub.auth import Caller
from cdtt_desktop.hub.clock import utc_now
from cdtt_desktop.hub.database import reading, writing
from cdtt_desktop.hub.errors import conflict, forbidden, missing_attachments
from cdtt_desktop.hub.models import ItemBody
from cdtt_desktop.hub.schema import attachment_holders, items, units
from cdtt_desktop.hub.sequence import next_seq

FEED = "items"


def put_item(engine: Engine, caller: Caller, item_id: str, revision: int, raw: dict[str, Any],
             body: ItemBody) -> int | None:
    """Store a revision; its seq, or None when it was already there with the same content."""
    try:
        return _put_item(engine, caller, item_id, revision, raw, body)
    except exc.IntegrityError:
        # A concurrent request stored the same revision between our check and our insert: decide again.
        return _put_item(engine, caller, item_id, revision, raw, body)


def _put_item(engine: Engine, caller: Caller, item_id: str, revision: int, raw: dict[str, Any],
              body: ItemBody) -> int | None:
    text = json.dumps(raw, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    with writing(engine) as conn:
        owner = conn.execute(select(items.c.unit_id).where(items.c.item_id == item_id).limit(1)).scalar()
        if owner is not None and owner != caller.unit_id:
            raise forbidden(f"the item {item_id} was submitted by another unit")
        existing = conn.execute(select(items.c.content_sha256).where(items.c.item_id == item_id,
                                                                     items.c.revision == revision)).scalar()
        if existing is not None:
            if existing == body.content_sha256:
                return None
            raise conflict(f"revision {revision} of the item {item_id} was already submitted with other content;"
                           " a change needs a new revision")
        wanted = body.attachments()
        held = set(conn.execute(select(attachment_holders.c.sha256).where(
            attachment_holders.c.unit_id == caller.unit_id, attachment_holders.c.sha256.in_(wanted))).scalars())
        if wanted - held:
            raise missing_attachments(sorted(wanted - held))
        seq = next_seq(conn, FEED)
        conn.execute(insert(items).values(item_id=item_id, revision=revision, unit_id=caller.unit_id,
                                          type=body.type, body=text, body_size=len(text.encode("utf-8")),
                                          content_sha256=body.content_sha256, received_at=utc_now(), seq=seq))
        return seq


def review_page(engine: Engine, caller: Caller, after: str | None, limit: int,
                max_bytes: int) -> dict[str, Any]:
    """The items of the units right below the caller's, after the cursor, within `limit` and about `max_bytes`."""
    if not caller.reviewer:
        raise forbidden("reading submissions needs a reviewer token")
    last = cursor.decode(FEED, after)
    query = (select(items.c.body, items.c.body_size, items.c.item_id, items.c.revision, items.c.received_at,
                    items.c.seq, units.c.code, units.c.name)
             .join(units, units.c.id == items.c.unit_id)
             .where(units.c.parent_id == caller.unit_id, items.c.seq > last)
             .order_by(items.c.seq).limit(limit + 1))
    with reading(engine) as conn:
        rows = conn.execute(query).all()
    page: list[dict[str, Any]] = []
    size = 0
    for row in rows[:limit]:
        if page and size + row.body_size > max_bytes:
            break  # keep an answer within the JSON limit; the rest comes with the next page
        size += row.body_size
        page.append({**json.loads(row.body), "item_id": row.item_id, "revision": row.revision,
                     "unit": {"code": row.code, "name": row.name}, "received_at": row.received_at})
        last = row.seq
    return {"items": page, "cursor": cursor.encode(FEED, last), "more": len(page) < len(rows)}
