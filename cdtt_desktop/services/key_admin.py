"""An officer's decision on a new key offered by a unit whose key is pinned: take it, or keep the old one.

A bundle signed with another key is refused and its key is kept aside as "offered" (services.keys). The
officer checks it by phone with the other unit, then accepts it here (it replaces the pinned key, so the
next bundle imports) or rejects it (the offer is forgotten, the old key stays). Both leave an audit row.
"""

from __future__ import annotations

import json

from cdtt_desktop.services import keys
from cdtt_desktop.services.workspace import Workspace
from cdtt_desktop.storage.database import transaction
from cdtt_desktop.storage.records import utc_now


class NoOfferedKeyError(LookupError):
    """The unit is not pinned, or no other key was offered for it."""


def _offered(ws: Workspace, sender_id: str) -> keys.TrustedKey:
    known = keys.trusted(ws, sender_id)
    if known is None or not known.offered_key:
        raise NoOfferedKeyError(sender_id)
    return known


def _audit(ws: Workspace, sender_id: str, changes: dict[str, str]) -> None:
    ws.db.execute("INSERT INTO audit_log (at, actor, table_name, record_id, action, changes) "
                  "VALUES (?, ?, 'trusted_keys', ?, 'update', ?)",
                  [utc_now(), ws.officer(), sender_id, json.dumps(changes, ensure_ascii=False)])


def accept_offered_key(ws: Workspace, sender_id: str) -> keys.TrustedKey:
    """Pin the key the unit offered in place of the old one; the pinned key as it now is."""
    known = _offered(ws, sender_id)
    offered = str(known.offered_key)
    new_fingerprint = keys.fingerprint(offered)
    with transaction(ws.db):
        ws.db.execute("UPDATE trusted_keys SET public_key = ?, fingerprint = ?, pinned_at = ?, offered_key = NULL, "
                      "offered_at = NULL WHERE sender_id = ?", [offered, new_fingerprint, utc_now(), sender_id])
        _audit(ws, sender_id, {"fingerprint": new_fingerprint, "replaced": known.fingerprint})
    accepted = keys.trusted(ws, sender_id)
    assert accepted is not None
    return accepted


def reject_offered_key(ws: Workspace, sender_id: str) -> None:
    """Forget the offered key; the pinned one stays, and bundles signed with the other are still refused."""
    known = _offered(ws, sender_id)
    with transaction(ws.db):
        ws.db.execute("UPDATE trusted_keys SET offered_key = NULL, offered_at = NULL WHERE sender_id = ?",
                      [sender_id])
        _audit(ws, sender_id, {"rejected": keys.fingerprint(str(known.offered_key))})


def offered_fingerprint(key: keys.TrustedKey) -> str:
    """The fingerprint of the key offered for a pinned unit ('' when none)."""
    return keys.fingerprint(key.offered_key) if key.offered_key else ""
