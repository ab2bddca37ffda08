"""The hub's one way of writing a time: ISO 8601 in UTC ending in Z, to the second."""

from __future__ import annotations

import datetime as dt


def utc_now() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
