"""`cdtt hub serve | add-unit | revoke`: run the hub and manage its units' tokens.

`add_parsers(sub)` adds the `hub` command to the `cdtt` parser; each handler returns the exit code. Messages
are one line of English (the hub is run by IT staff). The database is migrated before anything else.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

DEFAULT_STORAGE = Path("cdtt-hub")
DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8765


MISSING = ("the hub needs its own packages, which a desktop installation leaves out: "
           "pip install 'cdtt-desktop[hub]' ({name} is missing)")


def _needs_hub(handler: Any) -> Any:
    """Run `handler`, or say in one line which extra to install when the hub's packages are absent."""

    def run(args: argparse.Namespace) -> int:
        try:
            return int(handler(args))
        except ModuleNotFoundError as exc:
            print(f"cdtt: {MISSING.format(name=exc.name)}", file=sys.stderr)
            return 1

    return run


def add_parsers(sub: Any) -> None:
    hub = sub.add_parser("hub", help="the sync hub: serve it, add units, revoke tokens")
    hsub = hub.add_subparsers(dest="action", required=True, metavar="ACTION")
    p = hsub.add_parser("serve", help="run the hub's HTTP service")
    _common(p)
    p.add_argument("--host", default=DEFAULT_HOST, help=f"address to listen on (default {DEFAULT_HOST})")
    p.add_argument("--port", type=int, default=DEFAULT_PORT, help=f"port (default {DEFAULT_PORT})")
    p.set_defaults(handler=_needs_hub(cmd_serve))
    p = hsub.add_parser("add-unit", help="add a unit (or give it a new token) and print the token once")
    _common(p)
    p.add_argument("--code", required=True, help="the unit's code, e.g. CDP-HK")
    p.add_argument("--name", required=True, help="the unit's name")
    p.add_argument("--parent", metavar="CODE", help="the code of the unit above it (added before)")
    p.add_argument("--reviewer", action="store_true",
                   help="a reviewer token: reads the submissions of the units below and posts decisions")
    p.set_defaults(handler=_needs_hub(cmd_add_unit))
    p = hsub.add_parser("revoke", help="revoke every token of a unit")
    _common(p)
    p.add_argument("--code", required=True)
    p.set_defaults(handler=_needs_hub(cmd_revoke))


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", metavar="URL",
                   help="database URL, e.g. postgresql://user:pass@host/db (default: sqlite in the storage folder)")
    p.add_argument("--storage", type=Path, default=DEFAULT_STORAGE, metavar="DIR",
                   help=f"folder of the attachments (default ./{DEFAULT_STORAGE})")


def database_url(args: argparse.Namespace) -> str:
    if args.db:
        return str(args.db)
    storage = Path(args.storage).resolve()
    storage.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{storage / 'hub.sqlite3'}"


def _engine(args: argparse.Namespace) -> Any:
    from cdtt_desktop.hub.database import make_engine, upgrade

    engine = make_engine(database_url(args))
    upgrade(engine)
    return engine


def cmd_serve(args: argparse.Namespace) -> int:
    import uvicorn

    from cdtt_desktop.hub.app import create_app

    app = create_app(database_url(args), Path(args.storage).resolve())
    uvicorn.run(app, host=args.host, port=args.port, log_level="info")
    return 0


def cmd_add_unit(args: argparse.Namespace) -> int:
    from cdtt_desktop.hub.auth import add_unit

    engine = _engine(args)
    try:
        issued = add_unit(engine, code=args.code.strip(), name=args.name.strip(),
                          parent=(args.parent or "").strip() or None, reviewer=args.reviewer)
    except (LookupError, ValueError) as exc:
        print(f"cdtt hub: {exc}", file=sys.stderr)
        return 1
    finally:
        engine.dispose()
    kind = "reviewer" if args.reviewer else "submitting"
    what = "added" if issued.unit_created else "kept"
    if issued.replaced:
        what += f", {issued.replaced} old {kind} token revoked"
    print(f"Unit {args.code} {what}; its new {kind} token (shown only now): {issued.token}")
    return 0


def cmd_revoke(args: argparse.Namespace) -> int:
    from cdtt_desktop.hub.auth import revoke

    engine = _engine(args)
    try:
        count = revoke(engine, args.code.strip())
    except LookupError as exc:
        print(f"cdtt hub: {exc}", file=sys.stderr)
        return 1
    finally:
        engine.dispose()
    print(f"Revoked {count} token(s) of unit {args.code}.")
    return 0
