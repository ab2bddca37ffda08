"""Units and their bearer tokens: made, looked up and revoked.

A token is 32 random bytes (URL-safe base64) shown once; the hub keeps only its SHA-256, so a copy of the
database gives no usable token. A unit has at most one live token of each kind (submitting, reviewer): adding
the unit again replaces that kind's token, so a lost token is replaced in one command.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass

from sqlalchemy import Engine, insert, select, update

from cdtt_desktop.hub.clock import utc_now
from cdtt_desktop.hub.database import reading, writing
from cdtt_desktop.hub.errors import unauthorized
from cdtt_desktop.hub.schema import tokens, units


@dataclass(frozen=True)
class Caller:
    """Who a request comes from: the unit of its token, its parent, and whether the token reviews."""

    unit_id: int
    code: str
    name: str
    parent_id: int | None
    parent_code: str | None
    reviewer: bool


@dataclass(frozen=True)
class IssuedToken:
    token: str
    unit_created: bool
    replaced: int


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def bearer_token(header: str | None) -> str:
    if not header:
        raise unauthorized("missing Authorization header (expected 'Bearer <token>')")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise unauthorized("the Authorization header must be 'Bearer <token>'")
    return token.strip()


def authenticate(engine: Engine, header: str | None) -> Caller:
    """The caller of a request, or 401 for a missing, unknown or revoked token."""
    digest = token_hash(bearer_token(header))
    parent = units.alias("parent")
    query = (select(tokens.c.token_sha256, tokens.c.revoked_at, tokens.c.reviewer, units.c.id, units.c.code,
                    units.c.name, units.c.parent_id, parent.c.code.label("parent_code"))
             .join(units, units.c.id == tokens.c.unit_id)
             .outerjoin(parent, parent.c.id == units.c.parent_id)
             .where(tokens.c.token_sha256 == digest))
    with reading(engine) as conn:
        row = conn.execute(query).first()
    # The lookup is by digest; comparing the digests again in constant time keeps the check itself even.
    if row is None or not hmac.compare_digest(row.token_sha256, digest):
        raise unauthorized("unknown token")
    if row.revoked_at is not None:
        raise unauthorized("this token has been revoked")
    return Caller(unit_id=row.id, code=row.code, name=row.name, parent_id=row.parent_id,
                  parent_code=row.parent_code, reviewer=bool(row.reviewer))


def add_unit(engine: Engine, *, code: str, name: str, parent: str | None, reviewer: bool) -> IssuedToken:
    """Create the unit (or update its name and parent) and give it a new token of the asked kind."""
    token = secrets.token_urlsafe(32)
    now = utc_now()
    with writing(engine) as conn:
        parent_id = None
        if parent:
            parent_id = conn.execute(select(units.c.id).where(units.c.code == parent)).scalar()
            if parent_id is None:
                raise LookupError(f"no unit with the code {parent}: add the parent unit first")
        unit_id = conn.execute(select(units.c.id).where(units.c.code == code)).scalar()
        created = unit_id is None
        if unit_id is None:
            unit_id = conn.execute(insert(units).values(code=code, name=name, parent_id=parent_id, created_at=now)
                                   .returning(units.c.id)).scalar_one()
        else:
            if parent_id == unit_id:
                raise ValueError("a unit cannot be its own parent")
            conn.execute(update(units).where(units.c.id == unit_id).values(name=name, parent_id=parent_id))
        replaced = conn.execute(update(tokens).where(tokens.c.unit_id == unit_id, tokens.c.reviewer == reviewer,
                                                     tokens.c.revoked_at.is_(None)).values(revoked_at=now)).rowcount
        conn.execute(insert(tokens).values(unit_id=unit_id, token_sha256=token_hash(token), reviewer=reviewer,
                                           created_at=now))
    return IssuedToken(token=token, unit_created=created, replaced=replaced)


def revoke(engine: Engine, code: str) -> int:
    """Revoke every live token of the unit; the number revoked. LookupError for an unknown unit."""
    with writing(engine) as conn:
        unit_id = conn.execute(select(units.c.id).where(units.c.code == code)).scalar()
        if unit_id is None:
            raise LookupError(f"no unit with the code {code}")
        return conn.execute(update(tokens).where(tokens.c.unit_id == unit_id, tokens.c.revoked_at.is_(None))
                            .values(revoked_at=utc_now())).rowcount
