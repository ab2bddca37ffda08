"""Published plans and Mái ấm rules: a reviewer publishes a new version for the units right below it.

Versions count from 1 per publisher, kind and year. Publishing the same data as the latest version changes
nothing. A unit pulls what its parent published after its cursor, oldest first: applying them in order leaves
the latest version of each.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from sqlalchemy import Engine, func, insert, select

from cdtt_desktop.hub import cursor
from cdtt_desktop.hub.auth import Caller
from cdtt_desktop.hub.bodies import canonical_json
from cdtt_desktop.hub.clock import utc_now
from cdtt_desktop.hub.database import reading, writing
from cdtt_desktop.hub.errors import forbidden
from cdtt_desktop.hub.schema import published
from cdtt_desktop.hub.sequence import next_seq

FEED = "published"


def publish(engine: Engine, caller: Caller, kind: str, year: int, data: dict[str, Any]) -> tuple[int, bool]:
    """(version, stored): the new version, or the latest one when its data is the same."""
    if not caller.reviewer:
        raise forbidden("publishing needs a reviewer token")
    raw = canonical_json(data)
    digest = hashlib.sha256(raw).hexdigest()
    mine = (published.c.publisher_unit_id == caller.unit_id, published.c.kind == kind, published.c.year == year)
    with writing(engine) as conn:
        seq = next_seq(conn, FEED)  # first: it serialises publishers (versions never collide); gaps are harmless
        latest = conn.execute(select(published.c.version, published.c.data_sha256).where(*mine)
                              .order_by(published.c.version.desc()).limit(1)).first()
        if latest is not None and latest.data_sha256 == digest:
            return int(latest.version), False
        version = 1 + int(conn.execute(select(func.coalesce(func.max(published.c.version), 0))
                                       .where(*mine)).scalar_one())
        conn.execute(insert(published).values(publisher_unit_id=caller.unit_id, kind=kind, year=year,
                                              version=version, data=raw.decode("utf-8"), data_sha256=digest,
                                              published_at=utc_now(), seq=seq))
    return version, True


def published_page(engine: Engine, caller: Caller, after: str | None, limit: int) -> dict[str, Any]:
    """What the caller's parent published after the cursor (nothing for a unit without a parent)."""
    last = cursor.decode(FEED, after)
    rows: list[Any] = []
    if caller.parent_id is not None:
        with reading(engine) as conn:
            rows = list(conn.execute(select(published).where(published.c.publisher_unit_id == caller.parent_id,
                                                             published.c.seq > last)
                                     .order_by(published.c.seq).limit(limit + 1)))
    page = rows[:limit]
    if page:
        last = page[-1].seq
    out = [{"kind": r.kind, "year": r.year, "data": json.loads(r.data), "version": r.version,
            "published_at": r.published_at} for r in page]
    return {"documents": out, "cursor": cursor.encode(FEED, last), "more": len(rows) > limit}
