"""Sending the outbox through the sync hub, item by item, and pulling back what the upper level decided.

Each item has a state in `sync_items`: waiting (no row yet, or never tried) → sending → sent, or failed
(with the reason, the number of attempts and when to try again) or quarantined (the hub refused it for
good: 409 conflict, or 403 — the item belongs to another unit — with the hub's words). An item is due
when it is waiting, was left "sending" by an interrupted run, or failed and its next attempt has come.

For each due item: every file (PDF, photos) is checked with HEAD and the missing ones uploaded one by one,
then the item itself. A connection cut in the middle of a file therefore costs that one file: the next
run finds the others on the hub and resumes with the first one missing. The hub keys items by id,
revision and content hash, so sending again after a lost answer gives "unchanged", never a duplicate.
One item's failure never stops the others. A revoked token (401) stops the run at once: `TokenRejected`
is raised after the item in flight is marked failed with the reason; every other state is left as it is.

Retries back off exponentially with full jitter: the next attempt comes a random time between 1 s and
min(1 h, 30 s × 2^(attempts−1)) later, so many units that lost the hub together do not return together.

After the items, `sync_pull` pulls the decisions and the published plan and rules (see its docstring).
"""

from __future__ import annotations

import datetime as dt
import json
import random
from collections.abc import Callable
from dataclasses import dataclass, field

from cdtt_desktop.services.exchange_apply import mark_sent
from cdtt_desktop.services.hub_client import HubClient, HubError, HubUnavailable, TokenRejected
from cdtt_desktop.services.hub_items import HubItem, hub_item
from cdtt_desktop.services.outbox import SENDABLE, WAITING, Cancelled, OutboxItem, Progress, list_outbox
from cdtt_desktop.services.workspace import Workspace
from cdtt_desktop.storage.database import transaction
from cdtt_desktop.storage.records import Row
from cdtt_desktop.storage.sync_repo import SyncRepo

SYNC_STATES = ("waiting", "sending", "sent", "failed", "quarantined")
BACKOFF_BASE = 30.0  # seconds
BACKOFF_CAP = 3600.0
QUARANTINE_CODES = frozenset({"conflict"})  # with any 403: the hub will never take this revision


@dataclass(frozen=True)
class SyncState:
    state: str  # one of SYNC_STATES
    attempts: int
    last_error: str
    next_attempt_at: str | None  # ISO UTC, as stored
    updated_at: str


@dataclass
class SyncReport:
    sent: int = 0
    unchanged: int = 0  # the hub had them already (a resend after a lost answer)
    failed: int = 0
    quarantined: int = 0
    decisions_applied: int = 0
    published_applied: int = 0
    errors: list[tuple[str, str]] = field(default_factory=list)  # (item id, or "decisions"/"published", reason)
    published_skipped: list[tuple[str, int, str]] = field(default_factory=list)  # (kind, year, why)
    # The receiving side's part (sync_round.py, for a reviewer token): items pulled into the inbox,
    # decisions posted, plan and rules published.
    review_added: int = 0
    decisions_pushed: int = 0
    published: list[str] = field(default_factory=list)


def stamp(moment: dt.datetime) -> str:
    """A time as sync_items stores it (the records' format, so strings compare in time order)."""
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def backoff(attempts: int, rng: Callable[[], float] = random.random) -> float:
    """Seconds before the next attempt after `attempts` failures: full jitter, at least 1 s."""
    ceiling = min(BACKOFF_CAP, BACKOFF_BASE * 2 ** max(0, attempts - 1))
    return max(1.0, ceiling * rng())


def item_states(ws: Workspace) -> dict[tuple[str, int], SyncState]:
    """The hub state of every item that met it; an outbox item missing here is waiting (or left by USB)."""
    return {key: SyncState(state=r["state"], attempts=int(r["attempts"]), last_error=r["last_error"],
                           next_attempt_at=r["next_attempt_at"], updated_at=r["updated_at"])
            for key, r in SyncRepo(ws.db).rows().items()}


def due_items(ws: Workspace, now: dt.datetime) -> list[OutboxItem]:
    """The items to send now, oldest first."""
    rows, moment, due = SyncRepo(ws.db).rows(), stamp(now), []
    for item in reversed(list_outbox(ws)):
        row = rows.get((item.id, item.revision))
        if row is None:
            if item.state == WAITING:
                due.append(item)
            continue
        if row["state"] in ("sent", "quarantined") or item.state not in SENDABLE:
            continue
        if row["state"] == "failed" and row["next_attempt_at"] and row["next_attempt_at"] > moment:
            continue
        due.append(item)
    return due


class _Bytes:
    """Progress over the bytes of the run: files uploaded or found on the hub, and item bodies."""

    def __init__(self, total: int, progress: Progress | None):
        self.done, self.total, self.progress = 0, total, progress

    def add(self, n: int) -> None:
        self.done = min(self.total, self.done + n)
        if self.progress:
            self.progress(self.done, self.total)


def sync_once(ws: Workspace, client: HubClient, *, now: dt.datetime | None = None, progress: Progress | None = None,
              cancelled: Cancelled | None = None) -> SyncReport:
    """Send every due item, then pull decisions and the published plan and rules (see the module docstring).

    Raises TokenRejected (a HubError) when the hub refuses the token; every other failure is in the report.
    """
    from cdtt_desktop.services.sync_pull import pull_decisions, pull_published

    now = now or dt.datetime.now(dt.UTC)
    report = SyncReport()
    prepared = [_prepare(ws, item, now, report) for item in due_items(ws, now)]
    ready = [p for p in prepared if p is not None]
    meter = _Bytes(sum(p.size + _body_size(p) for p in ready), progress)
    for hub in ready:
        if cancelled and cancelled():
            return report
        _send(ws, client, hub, now, report, meter, cancelled)
    pull_decisions(ws, client, report)
    pull_published(ws, client, report)
    return report


def _body_size(hub: HubItem) -> int:
    return len(json.dumps(hub.body, ensure_ascii=False).encode("utf-8"))


def _prepare(ws: Workspace, item: OutboxItem, now: dt.datetime, report: SyncReport) -> HubItem | None:
    try:
        return hub_item(ws, item)
    except (OSError, LookupError, ValueError) as exc:  # a PDF that cannot be drawn again, a missing photo
        _failed(ws, item, f"cannot prepare the item: {exc}", now, report, SyncRepo(ws.db).get(item.id, item.revision))
        return None


def _send(ws: Workspace, client: HubClient, hub: HubItem, now: dt.datetime, report: SyncReport, meter: _Bytes,
          cancelled: Cancelled | None) -> None:
    item, repo = hub.item, SyncRepo(ws.db)
    before = repo.get(item.id, item.revision)
    attempts = int(before["attempts"]) if before else 0
    repo.put(item.id, item.revision, state="sending", attempts=attempts,
             last_error=before["last_error"] if before else "")
    try:
        for member in hub.files:
            if cancelled and cancelled():
                repo.restore(before, item.id, item.revision)
                return
            if client.has_attachment(member.sha256):
                meter.add(member.size)
            else:
                client.put_attachment(member.sha256, member.source, member.size, sent=meter.add)
        answer = _put_item(client, hub)
    except TokenRejected as exc:
        repo.put(item.id, item.revision, state="failed", attempts=attempts + 1, last_error=exc.reason)
        raise
    except HubUnavailable as exc:
        _failed(ws, item, exc.reason, now, report, before)
    except HubError as exc:
        if exc.status == 403 or (exc.status == 409 and exc.code in QUARANTINE_CODES):
            repo.put(item.id, item.revision, state="quarantined", attempts=attempts + 1, last_error=exc.reason)
            report.quarantined += 1
            report.errors.append((item.id, exc.reason))
        else:  # 413, 422, missing_attachments…: it may go through once the cause is fixed
            _failed(ws, item, exc.reason, now, report, before)
    except OSError as exc:  # a local file vanished or cannot be read
        _failed(ws, item, f"cannot read a file: {exc}", now, report, before)
    else:
        meter.add(_body_size(hub))
        _sent(ws, hub, answer, report)


def _put_item(client: HubClient, hub: HubItem) -> dict[str, object]:
    """The item; when the hub still misses files it said it had (held by another unit), those files and the
    item once more."""
    missing: tuple[str, ...] = ()
    try:
        return client.put_item(hub.item.id, hub.item.revision, hub.body)
    except HubError as exc:
        if exc.code != "missing_attachments" or not exc.missing:
            raise
        missing = exc.missing
    by_sha = {m.sha256: m for m in hub.files}
    for sha in missing:
        if sha in by_sha:
            client.put_attachment(sha, by_sha[sha].source, by_sha[sha].size)
    return client.put_item(hub.item.id, hub.item.revision, hub.body)


def _sent(ws: Workspace, hub: HubItem, answer: dict[str, object], report: SyncReport) -> None:
    item = hub.item
    seq = answer.get("seq")
    with transaction(ws.db):
        mark_sent(ws, item, f"hub:{seq}" if seq is not None else "hub")
        SyncRepo(ws.db).put(item.id, item.revision, state="sent", attempts=0)
    if answer.get("status") == "unchanged":
        report.unchanged += 1
    else:
        report.sent += 1


def _failed(ws: Workspace, item: OutboxItem, reason: str, now: dt.datetime, report: SyncReport,
            before: Row | None) -> None:
    attempts = (int(before["attempts"]) if before else 0) + 1
    retry = now + dt.timedelta(seconds=backoff(attempts))
    SyncRepo(ws.db).put(item.id, item.revision, state="failed", attempts=attempts, last_error=reason,
                        next_attempt_at=stamp(retry))
    report.failed += 1
    report.errors.append((item.id, reason))
