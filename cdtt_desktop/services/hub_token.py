"""Where the hub token is kept: the system keyring when there is a usable one, else a file in the data folder.

The keyring entry is service "CĐTT Desktop", user name the data folder's path, so two data folders on one
PC keep two tokens. A keyring is usable when its backend is neither keyring's "fail" nor "null" backend
(what a PC without Credential Manager / Secret Service gets) and it accepts the password. Otherwise the
token goes to `<data>/keys/hub-token`, readable by its owner only (0600), and `token_location` says
"file" so the window can warn that anyone who copies the data folder copies the token.
"""

from __future__ import annotations

import contextlib
import os
from enum import Enum

from cdtt_desktop.services.workspace import Workspace

SERVICE = "CĐTT Desktop"
TOKEN_FILE = "hub-token"


class TokenLocation(Enum):
    KEYRING = "keyring"
    FILE = "file"


def _keyring() -> object | None:
    """The keyring backend when it is a real one, else None."""
    try:
        import keyring
        from keyring.backends import fail, null
    except ImportError:
        return None
    try:
        backend = keyring.get_keyring()
    except Exception:  # a broken keyring configuration must not stop the app  # noqa: BLE001
        return None
    if isinstance(backend, fail.Keyring | null.Keyring):
        return None
    try:
        usable = float(backend.priority) > 0
    except Exception:  # noqa: BLE001
        usable = False
    return backend if usable else None


def _username(ws: Workspace) -> str:
    return str(ws.paths.root.resolve())


def save_token(ws: Workspace, token: str) -> TokenLocation:
    """Keep `token` (an empty one forgets it); where it went."""
    token = token.strip()
    if not token:
        delete_token(ws)
        return token_location(ws)
    backend = _keyring()
    if backend is not None:
        try:
            backend.set_password(SERVICE, _username(ws), token)  # type: ignore[attr-defined]
        except Exception:  # locked or refusing keyring: fall back to the file  # noqa: BLE001
            pass
        else:
            _remove_file(ws)
            return TokenLocation.KEYRING
    _write_file(ws, token)
    return TokenLocation.FILE


def load_token(ws: Workspace) -> str:
    """The token kept for this data folder, '' when there is none."""
    backend = _keyring()
    if backend is not None:
        try:
            value = backend.get_password(SERVICE, _username(ws))  # type: ignore[attr-defined]
        except Exception:  # noqa: BLE001
            value = None
        if value:
            return str(value)
    path = ws.paths.keys / TOKEN_FILE
    try:
        return path.read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        return ""


def delete_token(ws: Workspace) -> None:
    backend = _keyring()
    if backend is not None:
        with contextlib.suppress(Exception):
            backend.delete_password(SERVICE, _username(ws))  # type: ignore[attr-defined]
    _remove_file(ws)


def token_location(ws: Workspace) -> TokenLocation:
    """Where the token is (or would go): the file when one is there or no keyring is usable."""
    if (ws.paths.keys / TOKEN_FILE).exists() or _keyring() is None:
        return TokenLocation.FILE
    return TokenLocation.KEYRING


def _write_file(ws: Workspace, token: str) -> None:
    ws.paths.keys.mkdir(parents=True, exist_ok=True)
    path = ws.paths.keys / TOKEN_FILE
    temporary = path.with_name(TOKEN_FILE + ".part")
    temporary.unlink(missing_ok=True)
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        out.write(token + "\n")
    os.replace(temporary, path)
    with contextlib.suppress(OSError):
        os.chmod(path, 0o600)


def _remove_file(ws: Workspace) -> None:
    (ws.paths.keys / TOKEN_FILE).unlink(missing_ok=True)
