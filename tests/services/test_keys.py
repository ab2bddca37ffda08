"""The installation key and the pinning of other units' keys."""

from __future__ import annotations

import os
import stat

import pytest

from cdtt_desktop.services import keys
from cdtt_desktop.services.workspace import Workspace


def test_setup_makes_one_key_readable_only_by_its_owner(ready_ws: Workspace) -> None:
    """The set-up writes the installation key once; later calls read the same key back."""
    path = keys.key_path(ready_ws)
    assert path.is_file()
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    first = keys.public_key_text(keys.installation_key(ready_ws))
    assert keys.public_key_text(keys.installation_key(ready_ws)) == first
    assert keys.own_fingerprint(ready_ws).startswith("SHA256:") and len(keys.own_fingerprint(ready_ws)) == 46


def test_signatures_verify_and_tampering_fails(ready_ws: Workspace) -> None:
    """A signature holds for its data and key only; garbage never raises."""
    key = keys.installation_key(ready_ws)
    public = keys.public_key_text(key)
    signature = keys.sign(key, b"manifest")
    assert keys.verify(public, b"manifest", signature)
    assert not keys.verify(public, b"manifesT", signature)
    other = keys.public_key_text(keys.Ed25519PrivateKey.generate())
    assert not keys.verify(other, b"manifest", signature)
    assert not keys.verify("not base64!", b"manifest", signature) and not keys.verify(public, b"m", "%%")


def test_a_sender_is_pinned_at_first_contact_and_a_new_key_is_refused_until_accepted(ws: Workspace) -> None:
    """First contact pins; the same key is known; another key raises until accepted explicitly."""
    first = keys.public_key_text(keys.Ed25519PrivateKey.generate())
    second = keys.public_key_text(keys.Ed25519PrivateKey.generate())
    assert keys.pin_sender(ws, "u1", "CĐ phường Ba Đình", first, role="lower") is keys.PinState.FIRST_CONTACT
    assert keys.pin_sender(ws, "u1", "CĐ phường Ba Đình", first, role="lower") is keys.PinState.KNOWN
    with pytest.raises(keys.KeyChangedError) as changed:
        keys.pin_sender(ws, "u1", "CĐ phường Ba Đình", second, role="lower")
    assert changed.value.offered == keys.fingerprint(second)
    keys.remember_offered_key(ws, "u1", second)
    pinned = keys.trusted(ws, "u1")
    assert pinned is not None and pinned.public_key == first and pinned.offered_key == second
    assert keys.pin_sender(ws, "u1", "CĐ phường Ba Đình", second, role="lower",
                           accept_new_key=True) is keys.PinState.CHANGED
    pinned = keys.trusted(ws, "u1")
    assert pinned is not None and pinned.public_key == second and pinned.offered_key is None
