"""When to sync with the hub, and running it in the background: on request (F9), every five minutes, and
when the network comes back.

Only one sync runs at a time; a request that arrives during a sync is remembered and runs once the first
ends, so nothing typed or issued meanwhile waits five minutes. The sync opens its own workspace in the
task runner's writing thread, so the window never waits for the network or the database.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from cdtt_desktop.services.workspace import Workspace, open_workspace
from cdtt_desktop.tasks.runner import Progress, TaskRunner

if TYPE_CHECKING:
    from cdtt_desktop.services.hub_client import HubClient

INTERVAL_MS = 5 * 60 * 1000
START_DELAY_MS = 20_000  # the window's first sync: after start-up, not during it
ClientFactory = Callable[[str, str], "HubClient"]
SyncFunction = Callable[..., Any]


class NoTokenError(Exception):
    """A hub address is set but no access token is saved."""


def default_client(base_url: str, token: str) -> HubClient:
    from cdtt_desktop.services.hub_client import HubClient

    return HubClient(base_url, token)


def default_sync(ws: Workspace, client: HubClient, **kwargs: Any) -> Any:
    from cdtt_desktop.services.sync_round import sync_round

    return sync_round(ws, client, **kwargs)


def default_token(ws: Workspace) -> str | None:
    from cdtt_desktop.services.hub_token import load_token

    return load_token(ws)


class SyncController(QObject):
    """`sync_now()`; signals `started`, `progressed(done, total)`, `finished(report)`, `failed(reason)`."""

    started = Signal()
    progressed = Signal(int, int)
    finished = Signal(object)
    failed = Signal(str)

    def __init__(self, ws: Workspace, runner: TaskRunner, parent: QObject | None = None, *,
                 client_factory: ClientFactory | None = None, sync: SyncFunction | None = None,
                 token: Callable[[Workspace], str | None] | None = None, interval_ms: int = INTERVAL_MS,
                 start_delay_ms: int | None = None):
        super().__init__(parent)
        self.ws, self.runner = ws, runner
        self._client_factory = client_factory or default_client
        self._sync = sync or default_sync
        self._token = token or default_token
        self._busy = False
        self._pending = False
        self._cancel = threading.Event()
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.sync_now)
        self.timer.start()
        self.start_timer: QTimer | None = None
        if start_delay_ms is not None:  # a child timer, so that it dies with the controller
            self.start_timer = QTimer(self)
            self.start_timer.setSingleShot(True)
            self.start_timer.timeout.connect(self.sync_now)
            self.start_timer.start(start_delay_ms)
        self._online: bool | None = None
        self._watch_network()

    # --- triggers -------------------------------------------------------------------------------

    def _watch_network(self) -> None:
        """Sync when the computer comes back online; without a backend the timer and F9 still work."""
        from PySide6.QtNetwork import QNetworkInformation

        if QNetworkInformation.instance() is None and not QNetworkInformation.loadDefaultBackend():
            return
        info = QNetworkInformation.instance()
        if info is None:
            return
        self._online = info.reachability() == QNetworkInformation.Reachability.Online
        info.reachabilityChanged.connect(self.reachability_changed)

    @Slot(object)
    def reachability_changed(self, reachability: Any) -> None:
        from PySide6.QtNetwork import QNetworkInformation

        online = reachability == QNetworkInformation.Reachability.Online
        came_back = online and self._online is not True
        self._online = online
        if came_back:
            self.sync_now()

    def hub_url(self) -> str:
        return str(self.ws.settings["hub_url"]).strip()

    def is_busy(self) -> bool:
        return self._busy

    @Slot()
    def sync_now(self) -> bool:
        """Start a sync, or queue one after the running sync; False when no hub address is set."""
        url = self.hub_url()
        if not url:
            return False
        if self._busy:
            self._pending = True
            return True
        self._busy = True
        self._pending = False
        self._cancel.clear()
        self.started.emit()
        self.runner.run(self._work(url), self._succeeded, self._failed, progress=self.progressed.emit, writes=True)
        return True

    def stop(self) -> None:
        """At close: no new sync, and the running one stops after the item it is sending."""
        self.timer.stop()
        if self.start_timer is not None:
            self.start_timer.stop()
        self._pending = False
        self._cancel.set()

    # --- the task -------------------------------------------------------------------------------

    def _work(self, url: str) -> Callable[[Progress], Any]:
        paths, client_factory, sync, token_of, cancel = (self.ws.paths, self._client_factory, self._sync,
                                                         self._token, self._cancel)

        def work(progress: Progress) -> Any:
            ws = open_workspace(paths)
            try:
                token = token_of(ws)  # read here: a keyring may be slow to answer
                if not token:
                    raise NoTokenError
                client = client_factory(url, token)
                try:
                    return sync(ws, client, progress=progress, cancelled=cancel.is_set)
                finally:
                    close = getattr(client, "close", None)
                    if callable(close):
                        close()
            finally:
                ws.close()

        return work

    def _succeeded(self, report: Any) -> None:
        self._busy = False
        self.finished.emit(report)
        self._next()

    def _failed(self, exc: BaseException, _trace: str) -> None:
        self._busy = False
        self.failed.emit(self.reason(exc))
        self._next()

    def _next(self) -> None:
        if self._pending and not self._cancel.is_set():
            self.sync_now()

    def reason(self, exc: BaseException) -> str:
        """What went wrong, in the interface language."""
        from cdtt_desktop.services.hub_client import HubError, HubUnavailable

        if isinstance(exc, NoTokenError):
            return self.tr("No access token is saved: enter it in Settings › Sync server.")
        if isinstance(exc, HubUnavailable):
            return self.tr("The sync server cannot be reached; it will be tried again later.")
        if isinstance(exc, HubError) and exc.status == 401:
            return self.tr("The sync server refused the access token (wrong or revoked).")
        if isinstance(exc, HubError):
            return self.tr("The sync server answered with an error: {detail}").format(detail=exc.detail)
        return self.tr("Sync stopped by an unexpected error: {error}").format(error=str(exc) or type(exc).__name__)
