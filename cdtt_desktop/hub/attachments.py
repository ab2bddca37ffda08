"""Attachments stored by SHA-256 under `<storage>/<first two hex digits>/<sha256>`.

An upload is streamed into a temporary file in `<storage>/tmp/` while it is hashed — never held whole in
memory, refused as soon as it passes the limit — then checked against the name it was sent under, moved into
place and committed in its own transaction, so an interrupted sync keeps every file already sent. A unit sees
(HEAD), references and reads only the files it has uploaded itself; the reviewer of its parent reads them too.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
import time
from pathlib import Path

from sqlalchemy import Engine, exc, insert, select
from starlette.requests import Request

from cdtt_desktop.hub.auth import Caller
from cdtt_desktop.hub.bodies import limited_chunks
from cdtt_desktop.hub.clock import utc_now
from cdtt_desktop.hub.database import reading, writing
from cdtt_desktop.hub.errors import invalid
from cdtt_desktop.hub.schema import attachment_holders, attachments, units

STALE_SECONDS = 24 * 3600


def path_of(storage: Path, sha256: str) -> Path:
    return storage / sha256[:2] / sha256


def temp_dir(storage: Path) -> Path:
    return storage / "tmp"


def clear_stale_temp(storage: Path) -> None:
    """Remove temporary files left by a hub stopped in the middle of an upload a day ago or more."""
    folder = temp_dir(storage)
    folder.mkdir(parents=True, exist_ok=True)
    for leftover in folder.iterdir():
        if leftover.stat().st_mtime < time.time() - STALE_SECONDS:
            leftover.unlink(missing_ok=True)


def held_size(engine: Engine, unit_id: int, sha256: str) -> int | None:
    """The file's size when the unit has uploaded it, else None (what HEAD answers)."""
    with reading(engine) as conn:
        size = conn.execute(select(attachments.c.size).join(
            attachment_holders, attachment_holders.c.sha256 == attachments.c.sha256).where(
            attachment_holders.c.unit_id == unit_id, attachment_holders.c.sha256 == sha256)).scalar()
    return None if size is None else int(size)


def readable(engine: Engine, caller: Caller, sha256: str) -> bool:
    """Held by the caller's unit, or (reviewer token) by a unit right below it."""
    query = (select(attachment_holders.c.unit_id).join(units, units.c.id == attachment_holders.c.unit_id)
             .where(attachment_holders.c.sha256 == sha256))
    if caller.reviewer:
        query = query.where((units.c.id == caller.unit_id) | (units.c.parent_id == caller.unit_id))
    else:
        query = query.where(units.c.id == caller.unit_id)
    with reading(engine) as conn:
        return conn.execute(query.limit(1)).first() is not None


async def receive(request: Request, storage: Path, sha256: str, limit: int) -> int:
    """Stream the body into the store under its hash; its size. 413 over the limit, 422 for another hash."""
    folder = temp_dir(storage)
    folder.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256()
    size = 0
    fd, name = tempfile.mkstemp(prefix=f"{sha256[:16]}-", suffix=".part", dir=folder)
    temp = Path(name)
    try:
        with os.fdopen(fd, "wb") as out:
            async for chunk in limited_chunks(request, limit):
                digest.update(chunk)
                out.write(chunk)
                size += len(chunk)
            out.flush()
            os.fsync(out.fileno())
        if digest.hexdigest() != sha256:
            raise invalid(f"the content's SHA-256 is {digest.hexdigest()}, not {sha256}")
        target = path_of(storage, sha256)
        target.parent.mkdir(parents=True, exist_ok=True)
        os.replace(temp, target)  # atomic; a concurrent upload of the same file writes the same bytes
    finally:
        temp.unlink(missing_ok=True)
    return size


def record(engine: Engine, unit_id: int, sha256: str, size: int) -> bool:
    """Commit the file and the unit holding it; False when the unit held it already."""
    now = utc_now()
    try:
        with writing(engine) as conn:
            conn.execute(insert(attachments).values(sha256=sha256, size=size, created_at=now))
    except exc.IntegrityError:
        pass  # another unit (or a concurrent request) stored the same bytes first
    try:
        with writing(engine) as conn:
            conn.execute(insert(attachment_holders).values(sha256=sha256, unit_id=unit_id, created_at=now))
    except exc.IntegrityError:
        return False
    return True
