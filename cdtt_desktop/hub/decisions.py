"""Decisions: the reviewer of a parent unit posts them on its subordinate units' items; each unit pulls its own.

A batch is all or nothing: every decision is checked (the item revision is on the hub, its unit is right
below the reviewer's, a return has a comment) before any is stored. A decision equal to the latest one on the
same item revision (decision, comment, officer) is a resend and is not stored again.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, insert, select

from cdtt_desktop.hub import cursor
from cdtt_desktop.hub.auth import Caller
from cdtt_desktop.hub.clock import utc_now
from cdtt_desktop.hub.database import reading, writing
from cdtt_desktop.hub.errors import forbidden, invalid, not_found
from cdtt_desktop.hub.models import DecisionIn
from cdtt_desktop.hub.schema import decisions, items, units
from cdtt_desktop.hub.sequence import next_seq

FEED = "decisions"


def post_decisions(engine: Engine, caller: Caller, batch: list[DecisionIn]) -> int:
    """Store the batch; how many decisions were new."""
    if not caller.reviewer:
        raise forbidden("posting decisions needs a reviewer token")
    for d in batch:
        if d.decision == "returned" and not d.comment.strip():
            raise invalid(f"returning the item {d.item_id} needs a comment saying what to complete")
    stored = 0
    with writing(engine) as conn:
        targets = [_target(conn, caller, d) for d in batch]
        for d, (row_id, unit_id) in zip(batch, targets, strict=True):
            latest = conn.execute(select(decisions.c.decision, decisions.c.comment, decisions.c.decided_by)
                                  .where(decisions.c.item_row_id == row_id)
                                  .order_by(decisions.c.seq.desc()).limit(1)).first()
            if latest is not None and tuple(latest) == (d.decision, d.comment, d.decided_by):
                continue
            conn.execute(insert(decisions).values(
                item_row_id=row_id, unit_id=unit_id, reviewer_unit_id=caller.unit_id, decision=d.decision,
                comment=d.comment, decided_at=d.decided_at or utc_now(), decided_by=d.decided_by,
                seq=next_seq(conn, FEED)))
            stored += 1
    return stored


def _target(conn: Any, caller: Caller, d: DecisionIn) -> tuple[int, int]:
    row = conn.execute(select(items.c.id, items.c.unit_id, units.c.parent_id)
                       .join(units, units.c.id == items.c.unit_id)
                       .where(items.c.item_id == d.item_id, items.c.revision == d.revision)).first()
    if row is None:
        raise not_found(f"revision {d.revision} of the item {d.item_id} is not on the hub")
    if row.parent_id != caller.unit_id:
        raise forbidden(f"the item {d.item_id} belongs to a unit that is not below {caller.code}")
    return int(row.id), int(row.unit_id)


def decisions_page(engine: Engine, caller: Caller, after: str | None, limit: int) -> dict[str, Any]:
    """The decisions on the caller's own items, after the cursor, oldest first."""
    last = cursor.decode(FEED, after)
    query = (select(items.c.item_id, items.c.revision, decisions.c.decision, decisions.c.comment,
                    decisions.c.decided_at, decisions.c.decided_by, decisions.c.seq)
             .join(items, items.c.id == decisions.c.item_row_id)
             .where(decisions.c.unit_id == caller.unit_id, decisions.c.seq > last)
             .order_by(decisions.c.seq).limit(limit + 1))
    with reading(engine) as conn:
        rows = conn.execute(query).all()
    page = rows[:limit]
    if page:
        last = page[-1].seq
    out = [{"item_id": r.item_id, "revision": r.revision, "decision": r.decision, "comment": r.comment,
            "decided_at": r.decided_at, "decided_by": r.decided_by} for r in page]
    return {"decisions": out, "cursor": cursor.encode(FEED, last), "more": len(rows) > limit}
