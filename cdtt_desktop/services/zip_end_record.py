"""What a ZIP file's end record claims: how many members, and how large its central directory is.

Read before zipfile opens the file, because zipfile reads the whole central directory into memory: a
hostile file claiming millions of members is refused on these few bytes. The record is looked for as
zipfile looks for it (at the very end, else in the last 64 KB, where a comment may push it), and ZIP64
records are followed when the plain one says "too many to fit".
"""

from __future__ import annotations

import os
import struct
from typing import BinaryIO

_END = struct.Struct("<4s4H2LH")  # end of central directory record
_ZIP64_LOCATOR = struct.Struct("<4sLQL")
_ZIP64_END = struct.Struct("<4sQ2H2L4Q")


def declared_directory(handle: BinaryIO) -> tuple[int, int] | None:
    """The member count and central directory size the end record claims, found as zipfile finds it."""
    end = handle.seek(0, os.SEEK_END)
    start = max(0, end - _END.size - 0xFFFF)
    handle.seek(start)
    tail = handle.read()
    at = len(tail) - _END.size if tail[-_END.size:-_END.size + 4] == b"PK\x05\x06" else tail.rfind(b"PK\x05\x06")
    if at < 0 or len(tail) - at < _END.size:
        return None
    record = _END.unpack(tail[at:at + _END.size])
    count, size = record[4], record[5]
    locator_at = start + at - _ZIP64_LOCATOR.size
    if (count == 0xFFFF or size == 0xFFFFFFFF) and locator_at >= 0:
        handle.seek(locator_at)
        locator = _ZIP64_LOCATOR.unpack(handle.read(_ZIP64_LOCATOR.size))
        if locator[0] == b"PK\x06\x07":
            handle.seek(locator[2])
            raw = handle.read(_ZIP64_END.size)
            if len(raw) == _ZIP64_END.size and raw[:4] == b"PK\x06\x06":
                zip64 = _ZIP64_END.unpack(raw)
                count, size = zip64[7], zip64[8]
    return count, size
