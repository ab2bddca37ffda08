"""The installation's Ed25519 key, and the keys of the other units this one trusts.

Each installation makes its own key on first use (the set-up calls it) and signs every bundle it sends.
The fingerprint is what two officers read to each other on the phone to be sure. The receiving side
pins the key of each sending unit at first contact; a bundle signed by another key is refused until an
officer accepts the new key explicitly (a reinstalled PC makes a new key; so would an impostor).
"""

from __future__ import annotations

import base64
import hashlib
import os
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from cdtt_desktop.services.workspace import Workspace
from cdtt_desktop.storage.records import utc_now

KEY_FILE = "installation-ed25519.pem"


class PinState(StrEnum):
    FIRST_CONTACT = "first_contact"
    KNOWN = "known"
    CHANGED = "changed"


class KeyChangedError(ValueError):
    """The unit signed with a key other than the one pinned for it."""

    def __init__(self, unit_name: str, pinned: str, offered: str):
        super().__init__(f"{unit_name}: signed with key {offered}, but {pinned} is pinned")
        self.unit_name, self.pinned, self.offered = unit_name, pinned, offered


@dataclass(frozen=True)
class TrustedKey:
    sender_id: str
    unit_name: str
    role: str  # 'lower' (sends submissions to us) or 'upper' (sends us receipts)
    public_key: str
    fingerprint: str
    pinned_at: str
    offered_key: str | None  # a different key seen since, waiting for an officer's decision


def key_path(ws: Workspace) -> Path:
    return ws.paths.keys / KEY_FILE


def installation_key(ws: Workspace) -> Ed25519PrivateKey:
    """The installation's private key, made (and written with owner-only access) on first use."""
    path = key_path(ws)
    if path.is_file():
        loaded = serialization.load_pem_private_key(path.read_bytes(), password=None)
        if not isinstance(loaded, Ed25519PrivateKey):
            raise ValueError(f"{path} does not hold an Ed25519 key")
        return loaded
    key = Ed25519PrivateKey.generate()
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                            serialization.NoEncryption())
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(".part")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "wb") as out:
        out.write(pem)
        out.flush()
        os.fsync(out.fileno())
    os.replace(temporary, path)
    return key


def public_key_text(key: Ed25519PrivateKey | Ed25519PublicKey) -> str:
    """The raw 32-byte public key in base64, as bundles carry it."""
    public = key.public_key() if isinstance(key, Ed25519PrivateKey) else key
    raw = public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return base64.b64encode(raw).decode("ascii")


def fingerprint(public_key: str) -> str:
    """'SHA256:3F2A 9C01 …': the first 16 bytes of the SHA-256 of the raw key, in groups of four."""
    digest = hashlib.sha256(base64.b64decode(public_key)).hexdigest()[:32].upper()
    return "SHA256:" + " ".join(digest[i:i + 4] for i in range(0, len(digest), 4))


def own_fingerprint(ws: Workspace) -> str:
    return fingerprint(public_key_text(installation_key(ws)))


def sign(key: Ed25519PrivateKey, data: bytes) -> str:
    return base64.b64encode(key.sign(data)).decode("ascii")


def verify(public_key: str, data: bytes, signature: str) -> bool:
    """True when `signature` (base64) is the key's signature of `data`; never raises on bad input."""
    try:
        raw, sig = base64.b64decode(public_key, validate=True), base64.b64decode(signature, validate=True)
        Ed25519PublicKey.from_public_bytes(raw).verify(sig, data)
    except (InvalidSignature, ValueError):
        return False
    return True


def trusted(ws: Workspace, sender_id: str) -> TrustedKey | None:
    row = ws.db.execute("SELECT sender_id, unit_name, role, public_key, fingerprint, pinned_at, offered_key "
                        "FROM trusted_keys WHERE sender_id = ?", [sender_id]).fetchone()
    return TrustedKey(*row) if row else None


def all_trusted(ws: Workspace) -> list[TrustedKey]:
    rows = ws.db.execute("SELECT sender_id, unit_name, role, public_key, fingerprint, pinned_at, offered_key "
                         "FROM trusted_keys ORDER BY role, unit_name").fetchall()
    return [TrustedKey(*row) for row in rows]


def check_sender(ws: Workspace, sender_id: str, public_key: str) -> PinState:
    known = trusted(ws, sender_id)
    if known is None:
        return PinState.FIRST_CONTACT
    return PinState.KNOWN if known.public_key == public_key else PinState.CHANGED


def pin_sender(ws: Workspace, sender_id: str, unit_name: str, public_key: str, *, role: str,
               accept_new_key: bool = False) -> PinState:
    """Pin the sender's key at first contact; a changed key raises KeyChangedError (and is remembered as
    offered) unless `accept_new_key`, when it replaces the pinned one. Call inside the import's transaction."""
    state = check_sender(ws, sender_id, public_key)
    now = utc_now()
    if state is PinState.FIRST_CONTACT:
        ws.db.execute("INSERT INTO trusted_keys (sender_id, unit_name, role, public_key, fingerprint, pinned_at) "
                      "VALUES (?, ?, ?, ?, ?, ?)", [sender_id, unit_name, role, public_key, fingerprint(public_key),
                                                    now])
    elif state is PinState.CHANGED and accept_new_key:
        ws.db.execute("UPDATE trusted_keys SET public_key = ?, fingerprint = ?, pinned_at = ?, unit_name = ?, "
                      "offered_key = NULL, offered_at = NULL WHERE sender_id = ?",
                      [public_key, fingerprint(public_key), now, unit_name, sender_id])
    elif state is PinState.CHANGED:
        known = trusted(ws, sender_id)
        assert known is not None
        raise KeyChangedError(known.unit_name, known.fingerprint, fingerprint(public_key))
    return state


def remember_offered_key(ws: Workspace, sender_id: str, public_key: str) -> None:
    """Keep a refused new key beside the pinned one, so Settings can show it for a decision."""
    ws.db.execute("UPDATE trusted_keys SET offered_key = ?, offered_at = ? WHERE sender_id = ?",
                  [public_key, utc_now(), sender_id])
    ws.db.conn.commit()
