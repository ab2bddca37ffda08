"""`cdtt outbox`, `cdtt export`, `cdtt verify` and `cdtt import`: upward bundles without the window.

`export` writes a signed bundle of the chosen (or every waiting) item; `verify` says what a bundle holds and
whether its signature and every hash hold (exit 1 if not), without writing anything; `import` takes a
submission into the inbox (and switches the receiving role on) or applies a receipt to the outbox.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from cdtt_desktop.cli import CliError, _require_setup, _translator, _workspace


def add_parsers(sub: Any) -> None:
    p = sub.add_parser("outbox", help="items to send upward and what became of them")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_cmd_outbox)
    p = sub.add_parser("export", help="write a signed bundle of items for the upper level")
    p.add_argument("--out", type=Path, required=True, help="the bundle file, e.g. goi.cdtt.zip")
    p.add_argument("--item", action="append", metavar="ID", help="an item to send (default: every waiting one)")
    p.set_defaults(handler=_cmd_export)
    p = sub.add_parser("verify", help="check a bundle's signature and hashes and say what it holds")
    p.add_argument("file", type=Path)
    p.set_defaults(handler=_cmd_verify)
    p = sub.add_parser("import", help="import a submission into the inbox, or a receipt into the outbox")
    p.add_argument("file", type=Path)
    p.add_argument("--accept-new-key", action="store_true",
                   help="the sending unit really has a new key (say so only after checking its fingerprint)")
    p.set_defaults(handler=_cmd_import)


def _bundle_error(exc: Exception, translate: Any) -> CliError:
    return CliError(exc.render(translate) if hasattr(exc, "render") else str(exc))


def _cmd_outbox(args: argparse.Namespace) -> int:
    from cdtt_desktop.formatting import date
    from cdtt_desktop.services.outbox import list_outbox

    ws = _workspace(args)
    items = list_outbox(ws)
    if args.json:
        print(json.dumps([{"id": i.id, "revision": i.revision, "type": i.type, "kind": i.kind, "title": i.title,
                           "period": i.period, "number_text": i.number_text, "state": i.state,
                           "sent_at": i.sent_at, "bundle_id": i.bundle_id, "comment": i.comment}
                          for i in items], ensure_ascii=False, indent=2))
        return 0
    for i in items:
        sent = date(i.sent_at[:10]) if i.sent_at else ""
        print("\t".join([i.id, i.state, i.number_text or i.kind, i.title, sent, i.comment]))
    return 0


def _progress(label: str) -> Any:
    def show(done: int, total: int) -> None:
        if sys.stderr.isatty() and total:
            print(f"\r{label} {done * 100 // total}%", end="", file=sys.stderr, flush=True)

    return show


def _cmd_export(args: argparse.Namespace) -> int:
    from cdtt_desktop.domain.bundle_format import BundleError
    from cdtt_desktop.formatting import number
    from cdtt_desktop.services.outbox import export_submission

    ws = _workspace(args)
    _require_setup(ws)
    translate = _translator(ws.settings["language"])
    try:
        result = export_submission(ws, args.out, args.item, progress=_progress(str(args.out)))
    except BundleError as exc:
        raise _bundle_error(exc, translate) from exc
    except LookupError as exc:
        raise CliError(translate("Cli", "No item to send with the id {id}.").format(id=exc.args[0] if exc.args
                                                                                      else "")) from exc
    except ValueError as exc:
        raise CliError(translate("Cli", "Nothing to send: every finalised item has already left.")) from exc
    except OSError as exc:
        raise CliError(translate("Cli", "Cannot write {file}: {reason}").format(file=args.out,
                                                                               reason=exc.strerror)) from exc
    if sys.stderr.isatty():
        print(file=sys.stderr)
    print(translate("Cli", "Wrote {file}: {items} items, {size} bytes.").format(
        file=result.path, items=len(result.items), size=number(result.size)))
    print(f"SHA-256 {result.sha256}")
    return 0


def _cmd_verify(args: argparse.Namespace) -> int:
    from cdtt_desktop.domain.bundle_format import BundleError
    from cdtt_desktop.services.bundle_read import describe, read_bundle

    translate = _translator(_language(args))
    try:
        bundle = read_bundle(args.file)
    except BundleError as exc:
        raise _bundle_error(exc, translate) from exc
    except OSError as exc:
        raise CliError(translate("Cli", "Cannot read {file}: {reason}").format(file=args.file,
                                                                              reason=exc.strerror)) from exc
    for line in describe(bundle, translate):
        print(line)
    print(translate("Cli", "Signature and every SHA-256 hold."))
    return 0


def _language(args: argparse.Namespace) -> str:
    """The data folder's interface language when it exists; `verify` never creates a folder."""
    from cdtt_desktop.paths import resolve_data_dir

    if not resolve_data_dir(args.data_dir).database.is_file():
        return "vi"
    return str(_workspace(args).settings["language"])


def _cmd_import(args: argparse.Namespace) -> int:
    from cdtt_desktop.domain.bundle_format import BundleError
    from cdtt_desktop.services.inbox import import_bundle

    ws = _workspace(args)
    _require_setup(ws)
    translate = _translator(ws.settings["language"])
    try:
        result = import_bundle(ws, args.file, accept_new_key=args.accept_new_key)
    except BundleError as exc:
        raise _bundle_error(exc, translate) from exc
    except OSError as exc:
        raise CliError(translate("Cli", "Cannot read {file}: {reason}").format(file=args.file,
                                                                              reason=exc.strerror)) from exc
    if getattr(result, "already", False):
        print(translate("Cli", "This bundle was imported before; nothing changed."))
    elif result.kind == "receipt":
        print(translate("Cli", "Receipt from {unit}: {count} decisions applied.").format(
            unit=result.sender_name, count=result.decisions_applied))
    else:
        print(translate("Cli", "Submission from {unit}: {added} items added to the inbox, {same} already there.")
              .format(unit=result.sender_name, added=result.added, same=result.unchanged))
    print(translate("Cli", "Sender's key: {fingerprint}").format(fingerprint=result.fingerprint))
    if str(result.pin_state) == "first_contact":
        print(translate("Cli", "First bundle from this unit: its key is now trusted. Read the fingerprint above "
                               "to its officer by phone to be sure the bundle is really theirs."))
    return 0
