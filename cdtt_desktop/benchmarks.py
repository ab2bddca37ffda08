"""Speed figures: `python -m cdtt_desktop.benchmarks [--activities N] [--keep DIR]`.

Builds a data folder with N demo activities (default 100,000; reused from
`--keep DIR` when it already holds them), then measures, each in a fresh
process: the application's cold start (`--startup-check`) against a bare
PySide6 window, opening the activity page, search as you type, and peak memory; then the annual report
and a story dossier with twenty photos (benchmarks_documents.py).
It prints the figures beside their targets; it asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

RUNS = 5  # start-up on a shared VM varies by ±50 ms from run to run: the median of five holds
_ERROR_LINE = re.compile(r"^[\w.]+(Error|Exception|Interrupt)\b")
QUERY = "tuyen truyen cong nhan"
TARGETS = {"start_ms": 1000.0, "ratio": 2.5, "page_ms": 300.0, "keystroke_ms": 50.0, "memory_mb": 300.0,
           "report_ms": 3000.0, "dossier_ms": 3000.0, "dossier_mb": 10.0, "export_ratio": 0.5,
           "export_peak_mb": 200.0}

# The baseline: the least a PySide6 application does to show a window, timed the way app.py times itself.
BARE_WINDOW = """
import time
_STARTED = time.perf_counter()
import sys
from PySide6.QtWidgets import QApplication, QMainWindow
from PySide6.QtTest import QTest
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1200, 760)
window.show()
QTest.qWaitForWindowExposed(window, 5000)
app.processEvents()
print(f"startup_ms={(time.perf_counter() - _STARTED) * 1000:.0f}")
window.close()
"""


# --- the data folder ----------------------------------------------------------------------------


def prepare_data(folder: Path, activities: int) -> str:
    """Make sure `folder` holds at least `activities` live activities; says what was done."""
    from cdtt_desktop.paths import DataPaths
    from cdtt_desktop.services.demo import generate_demo_data
    from cdtt_desktop.services.workspace import open_workspace

    ws = open_workspace(DataPaths(folder))
    try:
        have = ws.activities.live_count()
        if have >= activities:
            return f"reused: {have:,} activities"
        started = time.perf_counter()

        def progress(done: int, total: int) -> None:
            print(f"\r  generating demo data: {done:,}/{total:,}", end="", file=sys.stderr, flush=True)

        generate_demo_data(ws, activities=activities - have, seed=have + 1, progress=progress)
        print(file=sys.stderr)
        return f"{activities - have:,} activities generated in {time.perf_counter() - started:.1f} s"
    finally:
        ws.close()


# --- running children ---------------------------------------------------------------------------


def _child_env(offscreen: bool) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("CDTT_DATA_DIR", None)
    if offscreen:
        env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def needs_offscreen() -> bool:
    """True on a Linux machine without a display (a CI box): the windows are then drawn offscreen."""
    if os.environ.get("QT_QPA_PLATFORM"):
        return os.environ["QT_QPA_PLATFORM"] == "offscreen"
    has_display = os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    return sys.platform.startswith("linux") and not has_display


def run_child(args: Sequence[str], *, offscreen: bool, timeout: float = 120) -> tuple[str, float]:
    """Run a Python child; returns its output and its wall time in ms. Raises when it fails."""
    started = time.perf_counter()
    done = subprocess.run([sys.executable, *args], capture_output=True, text=True, encoding="utf-8",
                          env=_child_env(offscreen), timeout=timeout, check=False)
    wall = (time.perf_counter() - started) * 1000
    if done.returncode != 0:
        errors = [line for line in done.stderr.splitlines() if _ERROR_LINE.match(line)]
        raise RuntimeError(f"{' '.join(args[:3])} exited {done.returncode}: "
                           + (" / ".join(errors) or done.stderr.strip()[-300:]))
    return done.stdout, wall


def _startup_ms(output: str) -> float:
    found = re.search(r"startup_ms=(-?\d+)", output)
    if not found:
        raise RuntimeError(f"no startup_ms in: {output.strip()[-300:]}")
    return float(found[1])


def measure_starts(folder: Path, offscreen: bool) -> dict[str, float]:
    """Median start-up of the application and of a bare window, run alternately."""
    app, app_wall, bare, bare_wall = [], [], [], []
    for _ in range(RUNS):
        out, wall = run_child(["-m", "cdtt_desktop", "--data-dir", str(folder), "--startup-check"],
                              offscreen=offscreen)
        app.append(_startup_ms(out))
        app_wall.append(wall)
        out, wall = run_child(["-c", BARE_WINDOW], offscreen=offscreen)
        bare.append(_startup_ms(out))
        bare_wall.append(wall)
    med = statistics.median
    return {"start_ms": med(app), "start_wall_ms": med(app_wall), "bare_ms": med(bare),
            "bare_wall_ms": med(bare_wall)}


def measure_page(folder: Path) -> dict[str, Any]:
    out, _wall = run_child(["-m", "cdtt_desktop.benchmarks", "--page-child", str(folder)], offscreen=True)
    lines = [line for line in out.splitlines() if line.startswith("{")]
    if not lines:
        raise RuntimeError(f"the page child printed no figures: {out.strip()[-300:]}")
    return json.loads(lines[-1])  # type: ignore[no-any-return]


# --- inside the page child ----------------------------------------------------------------------


def peak_memory_mb() -> float:
    """This process's peak resident memory."""
    try:
        import resource
    except ImportError:  # Windows
        import psutil

        info = psutil.Process().memory_info()
        return float(getattr(info, "peak_wset", info.rss)) / 2**20
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 2**20 if sys.platform == "darwin" else peak / 2**10  # bytes on macOS, KiB elsewhere


def page_child(folder: str) -> None:
    """Open the main window on `folder`, time the activity page and typing a search, print JSON."""
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from cdtt_desktop import formatting, i18n
    from cdtt_desktop.paths import DataPaths
    from cdtt_desktop.services.workspace import open_workspace
    from cdtt_desktop.tasks.runner import TaskRunner
    from cdtt_desktop.ui.main_window import MainWindow

    def wait_until(condition: Callable[[], bool], timeout: float = 5.0) -> bool:
        """Wait in a real event loop, as the application does: QTest.qWait keeps the interpreter lock while it
        sleeps, which starves the background tasks whose results are being timed."""
        if condition():
            return True
        deadline = time.perf_counter() + timeout
        loop = QEventLoop()
        timer = QTimer()
        timer.setInterval(1)
        timer.timeout.connect(lambda: (condition() or time.perf_counter() > deadline) and loop.quit())
        timer.start()
        loop.exec()
        timer.stop()
        return condition()

    app = QApplication(sys.argv[:1])
    i18n.install("vi")
    formatting.set_locale("vi")
    ws = open_workspace(DataPaths(Path(folder)))
    window = MainWindow(ws, TaskRunner())
    window.show()
    QTest.qWaitForWindowExposed(window, 5000)
    shown = time.perf_counter()
    app.processEvents()
    overview: Any = window.show_page("overview")
    wait_until(lambda: overview.dashboard is not None)
    overview_ms = (time.perf_counter() - shown) * 1000
    before, started = overview.dashboard, time.perf_counter()
    overview.refresh()  # as after an edit: the figures are computed again in the background
    refresh_gui_ms = (time.perf_counter() - started) * 1000
    wait_until(lambda: overview.dashboard is not before)
    refresh_ms = (time.perf_counter() - started) * 1000

    started = time.perf_counter()
    page: Any = window.show_page("activities")
    loaded = wait_until(lambda: page.model.rowCount() > 0)
    app.processEvents()  # let the table paint its first rows
    page_ms = (time.perf_counter() - started) * 1000

    updates = [0]

    def updated(*_args: object) -> None:
        updates[0] += 1

    def grew_past(mark: int) -> Callable[[], bool]:
        return lambda: updates[0] > mark

    for signal in (page.model.modelReset, page.model.layoutChanged, page.model.rowsInserted):
        signal.connect(updated)
    keystrokes: list[float] = []
    for end in range(1, len(QUERY) + 1):
        text, before = QUERY[:end], updates[0]
        started = time.perf_counter()
        page.search_edit.setText(text)
        page.apply_search_now()
        wait_until(grew_past(before), timeout=2.0)
        app.processEvents()
        if not text.endswith(" "):  # a trailing space does not change the search
            keystrokes.append((time.perf_counter() - started) * 1000)
    result = {"page_ms": page_ms, "loaded": loaded, "keystrokes": keystrokes, "found": page.model.rowCount(),
              "memory_mb": peak_memory_mb(), "overview_ms": overview_ms, "refresh_gui_ms": refresh_gui_ms,
              "refresh_ms": refresh_ms}
    print(json.dumps(result))
    window.close()
    ws.close()


# --- the report ---------------------------------------------------------------------------------


def _verdict(value: float | None, target: float) -> str:
    return "n/a" if value is None else ("PASS" if value <= target else "OVER")


def report(figures: dict[str, Any], header: list[str]) -> str:
    start, bare, page = figures.get("start_ms"), figures.get("bare_ms"), figures.get("page") or {}
    page_ms, memory = page.get("page_ms"), page.get("memory_mb")
    ratio = start / bare if start and bare else None
    keys = page.get("keystrokes")
    worst = max(keys) if keys else None
    rows: list[tuple[str, str, str, str]] = [
        ("Cold start, app (startup_ms, median)", _ms(start), f"≤ {TARGETS['start_ms']:.0f} ms",
         _verdict(start, TARGETS["start_ms"])),
        ("  same, whole process (wall)", _ms(figures.get("start_wall_ms")), "", ""),
        ("Bare PySide6 window (startup_ms, median)", _ms(bare), "", ""),
        ("  same, whole process (wall)", _ms(figures.get("bare_wall_ms")), "", ""),
        ("App start / bare window", f"{ratio:.2f}×" if ratio else "–", f"≤ {TARGETS['ratio']}×",
         _verdict(ratio, TARGETS["ratio"])),
        ("Open the activity page", _ms(page_ms), f"≤ {TARGETS['page_ms']:.0f} ms",
         _verdict(page_ms, TARGETS["page_ms"])),
        (f'Search as you type "{QUERY}", worst key', _ms(worst), f"≤ {TARGETS['keystroke_ms']:.0f} ms",
         _verdict(worst, TARGETS["keystroke_ms"])),
        ("  median keystroke", _ms(statistics.median(keys) if keys else None), "", ""),
        ("Peak memory, window + activity page (RSS)", _mb(memory), f"≤ {TARGETS['memory_mb']:.0f} MB",
         _verdict(memory, TARGETS["memory_mb"])),
        ("Tổng quan: its figures after the window shows", _ms(page.get("overview_ms")),
         f"≤ {TARGETS['page_ms']:.0f} ms", _verdict(page.get("overview_ms"), TARGETS["page_ms"])),
        ("  refresh after an edit, time on the GUI thread", _ms(page.get("refresh_gui_ms")), "", ""),
        ("  refresh after an edit, until new figures", _ms(page.get("refresh_ms")), "", ""),
    ]
    from cdtt_desktop.benchmarks_bundles import bundle_rows
    from cdtt_desktop.benchmarks_documents import document_rows

    rows += document_rows(figures.get("documents") or {}, TARGETS)
    rows += bundle_rows(figures.get("bundles") or {}, TARGETS)
    width = max(len(r[0]) for r in rows)
    lines = [*header, "", f"{'Measure':<{width}}  {'Value':>9}  {'Target':<11}  Result"]
    lines += [f"{name:<{width}}  {value:>9}  {target:<11}  {verdict}".rstrip()
              for name, value, target, verdict in rows]
    if keys:
        typed = [QUERY[:end] for end in range(1, len(QUERY) + 1) if not QUERY[:end].endswith(" ")]
        each = (f"{t[-1]} {ms:.0f}" for t, ms in zip(typed, keys, strict=False))
        lines.append("Each key (ms): " + ", ".join(each))
    lines += [f"Note: {n}" for n in figures.get("notes", [])]
    return "\n".join(lines)


def _ms(value: float | None) -> str:
    return "–" if value is None else f"{value:.0f} ms"


def _mb(value: float | None) -> str:
    return "–" if value is None else f"{value:.0f} MB"


def _header(activities: int, prepared: str, folder: Path, offscreen: bool) -> list[str]:
    from cdtt_desktop import __version__
    from cdtt_desktop.services.doctor import pyside_version

    return [f"CĐTT Desktop {__version__} benchmarks: {activities:,} activities · Python "
            f"{platform.python_version()} · PySide6 {pyside_version()} · {os.cpu_count()} CPUs · "
            f"Qt platform: {'offscreen' if offscreen else 'native'}",
            f"Data folder: {folder} ({prepared})"]


def run(activities: int, folder: Path, bundle_mb: int = 2048) -> str:
    prepared = prepare_data(folder, activities)
    offscreen = needs_offscreen()
    figures: dict[str, Any] = {"notes": []}
    try:
        figures.update(measure_starts(folder, offscreen))
    except (RuntimeError, subprocess.TimeoutExpired) as exc:
        figures["notes"].append(f"start-up not measured: {exc}")
    try:
        figures["page"] = measure_page(folder)
    except (RuntimeError, subprocess.TimeoutExpired) as exc:
        figures["notes"].append(f"activity page not measured: {exc}")
    try:
        from cdtt_desktop.benchmarks_documents import measure_documents

        figures["documents"] = measure_documents(folder)
    except (RuntimeError, OSError) as exc:
        figures["notes"].append(f"documents not measured: {exc}")
    if bundle_mb:
        try:
            from cdtt_desktop.benchmarks_bundles import measure_export

            figures["bundles"] = measure_export(bundle_mb)
        except (RuntimeError, OSError, subprocess.CalledProcessError) as exc:
            figures["notes"].append(f"bundle export not measured: {exc}")
    if figures.get("page") and not figures["page"].get("loaded"):
        figures["notes"].append("the activity page showed no rows within 5 s")
    return report(figures, _header(activities, prepared, folder, offscreen))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m cdtt_desktop.benchmarks",
                                     description="Speed figures of CĐTT Desktop against their targets.")
    parser.add_argument("--activities", type=int, default=100_000, metavar="N")
    parser.add_argument("--keep", type=Path, metavar="DIR", help="data folder to build once and reuse")
    parser.add_argument("--bundle-mb", type=int, default=2048, metavar="MB",
                        help="photos to export in the bundle measure (0 skips it)")
    parser.add_argument("--page-child", metavar="DIR", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.page_child:
        page_child(args.page_child)
        return 0
    if args.keep:
        print(run(args.activities, args.keep.expanduser().absolute(), args.bundle_mb))
        return 0
    with tempfile.TemporaryDirectory(prefix="cdtt-bench-") as folder:
        print(run(args.activities, Path(folder), args.bundle_mb))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
