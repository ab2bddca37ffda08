"""`cdtt sync`: send the waiting items to the hub and pull decisions, plan and rules, without the window.

The hub address and token come from the data folder (Settings) unless given; a token given here is used for
this run only and never stored.
"""

from __future__ import annotations

import argparse
from typing import Any

from cdtt_desktop.cli import CliError, _require_setup, _translator, _workspace


def add_parsers(sub: Any) -> None:
    p = sub.add_parser("sync", help="send waiting items to the hub; pull decisions, plan and rules")
    p.add_argument("--hub", metavar="URL", help="the hub's address (default: the one in Settings)")
    p.add_argument("--token", metavar="T", help="the unit's token (default: the stored one)")
    p.set_defaults(handler=_cmd_sync)


def _cmd_sync(args: argparse.Namespace) -> int:
    from cdtt_desktop.services.hub_client import HubClient, HubError, HubUnavailable
    from cdtt_desktop.services.hub_token import load_token
    from cdtt_desktop.services.sync_round import sync_round

    ws = _workspace(args)
    _require_setup(ws)
    translate = _translator(ws.settings["language"])
    url = args.hub or str(ws.settings["hub_url"])
    token = args.token or load_token(ws)
    if not url or not token:
        raise CliError(translate("Cli", "No hub address or token: set them in Settings, or give --hub and --token."))
    try:
        report = sync_round(ws, HubClient(url, token))
    except HubUnavailable as exc:
        raise CliError(translate("Cli", "The hub cannot be reached: {reason}").format(reason=exc)) from exc
    except HubError as exc:
        raise CliError(translate("Cli", "The hub refused: {reason}").format(reason=exc)) from exc
    print(translate("Cli", "Sent {sent}, unchanged {same}, failed {failed}, quarantined {quarantined}; "
                           "{decisions} decisions received.").format(
        sent=report.sent, same=report.unchanged, failed=report.failed, quarantined=report.quarantined,
        decisions=report.decisions_applied))
    if report.review_added or report.decisions_pushed or report.published:
        print(translate("Cli", "Receiving: {added} items into the inbox, {pushed} decisions sent, published: {what}.")
              .format(added=report.review_added, pushed=report.decisions_pushed,
                      what=", ".join(report.published) or "—"))
    for item, reason in report.errors:
        print(f"  {item}: {reason}")
    return 1 if report.failed or report.quarantined else 0
