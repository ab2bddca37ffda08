"""Run plain functions in the background; success, failure and progress arrive on the GUI thread.

A task gets plain data (and a `progress(done, total)` callable) and returns plain
data; it never touches a widget. Work that writes the database goes to a pool
of one thread, so writes are serialised; other work may run in parallel.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

Progress = Callable[[int, int], None]


class _Signals(QObject):
    succeeded = Signal(object)
    failed = Signal(object, str)
    progressed = Signal(int, int)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[Progress], Any], signals: _Signals):
        super().__init__()
        self.fn = fn
        self.signals = signals

    @Slot()
    def run(self) -> None:
        try:
            result = self.fn(self.signals.progressed.emit)
        except BaseException as exc:  # noqa: BLE001 - every failure must reach the GUI
            self.signals.failed.emit(exc, traceback.format_exc())
        else:
            self.signals.succeeded.emit(result)


class TaskRunner(QObject):
    """`run(fn, on_success, on_failure, progress=..., writes=True)`."""

    def __init__(self, on_unhandled: Callable[[BaseException, str], None] | None = None,
                 parent: QObject | None = None):
        super().__init__(parent)
        self._writer_pool = QThreadPool(self)
        self._writer_pool.setMaxThreadCount(1)
        self._reader_pool = QThreadPool(self)
        self._reader_pool.setMaxThreadCount(2)
        self._on_unhandled = on_unhandled
        self._live: set[_Signals] = set()

    def run(
        self,
        fn: Callable[[Progress], Any],
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[BaseException, str], None] | None = None,
        *,
        progress: Callable[[int, int], None] | None = None,
        writes: bool = True,
    ) -> None:
        signals = _Signals()
        self._live.add(signals)  # keep the QObject alive until the job reports back

        def finished() -> None:
            self._live.discard(signals)

        def succeeded(result: Any) -> None:
            finished()
            if on_success:
                on_success(result)

        def failed(exc: BaseException, trace: str) -> None:
            finished()
            handler = on_failure or self._on_unhandled
            if handler:
                handler(exc, trace)

        signals.succeeded.connect(succeeded)
        signals.failed.connect(failed)
        if progress:
            signals.progressed.connect(progress)
        pool = self._writer_pool if writes else self._reader_pool
        pool.start(_Job(fn, signals))

    def wait(self, msecs: int = 30_000) -> bool:
        """Wait for all running work (used at shutdown and in tests)."""
        return self._writer_pool.waitForDone(msecs) and self._reader_pool.waitForDone(msecs)
