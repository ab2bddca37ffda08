"""Cursors of the feeds: opaque strings that carry the feed's name and the last `seq` a client has seen.

A cursor of one feed is refused by another, and a client never needs to read one: it stores the string and
sends it back. An absent or empty cursor means "from the start".
"""

from __future__ import annotations

import base64
import binascii

from cdtt_desktop.hub.errors import invalid


def encode(feed: str, seq: int) -> str:
    return base64.urlsafe_b64encode(f"{feed}:{seq}".encode("ascii")).decode("ascii").rstrip("=")


def decode(feed: str, cursor: str | None) -> int:
    """The last seen seq of `feed` (0 from the start); 422 for a cursor that is not one of this feed's."""
    if not cursor:
        return 0
    try:
        text = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode("ascii")
        name, _, number = text.partition(":")
        seq = int(number)
    except (binascii.Error, UnicodeDecodeError, ValueError):
        raise invalid("the cursor is not one this hub gave") from None
    if name != feed or seq < 0:
        raise invalid(f"the cursor is not one of the {feed} feed")
    return seq
