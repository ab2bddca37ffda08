"""The next `seq` of a feed, taken inside the writing transaction (see schema.py for why)."""

from __future__ import annotations

from sqlalchemy import Connection, update

from cdtt_desktop.hub.schema import sequences


def next_seq(conn: Connection, feed: str) -> int:
    return int(conn.execute(update(sequences).where(sequences.c.name == feed)
                            .values(value=sequences.c.value + 1).returning(sequences.c.value)).scalar_one())
