"""The composition root of the window: `cdtt-desktop [--data-dir DIR] [--startup-check]`."""

from __future__ import annotations

import time

_STARTED = time.perf_counter()

import argparse  # noqa: E402 - the clock above must start before the heavy imports
import logging  # noqa: E402
import sys  # noqa: E402
from collections.abc import Sequence  # noqa: E402

from cdtt_desktop import APP_ID, APP_NAME, __version__  # noqa: E402
from cdtt_desktop.paths import resolve_data_dir  # noqa: E402

log = logging.getLogger(__name__)


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="cdtt-desktop", description=APP_NAME)
    parser.add_argument("--version", action="version", version=f"cdtt-desktop {__version__}")
    parser.add_argument("--data-dir", metavar="DIR",
                        help="data folder (default: $CDTT_DATA_DIR or the user data folder)")
    parser.add_argument("--startup-check", action="store_true",
                        help="show the main window with its data, print startup_ms=<n> and exit")
    return parser.parse_args(argv)


def _setup_logging(folder) -> None:  # type: ignore[no-untyped-def]
    folder.mkdir(parents=True, exist_ok=True)
    logging.basicConfig(filename=str(folder / "cdtt-desktop.log"), level=logging.INFO,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s", encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    paths = resolve_data_dir(args.data_dir)

    from PySide6.QtWidgets import QApplication

    from cdtt_desktop import formatting, i18n
    from cdtt_desktop.services.workspace import SchemaTooNewError, open_workspace
    from cdtt_desktop.ui.errors import install_excepthook, show_fatal

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setDesktopFileName(APP_ID)
    from cdtt_desktop.ui.style import apply_style

    apply_style(app)
    i18n.install("vi")
    try:
        ws = open_workspace(paths)
    except SchemaTooNewError as exc:
        show_fatal("newer", found=exc.found, known=exc.known, path=str(paths.database))
        return 1
    except Exception as exc:  # the folder is unusable: say why, never crash silently
        show_fatal("unreadable", path=str(paths.database), reason=str(exc))
        return 1
    _setup_logging(paths.logs)
    language = ws.settings["language"]
    i18n.install(language)
    formatting.set_locale(language)

    from cdtt_desktop.services.setup import is_set_up
    from cdtt_desktop.tasks.runner import TaskRunner
    from cdtt_desktop.ui.main_window import MainWindow

    runner = TaskRunner()
    install_excepthook(paths.logs)
    if not is_set_up(ws):
        if args.startup_check:
            print("startup_ms=-1 (data folder not set up)")
            return 1
        from cdtt_desktop.ui.setup_wizard import SetupWizard

        wizard = SetupWizard(ws, runner)
        if not wizard.exec():
            return 0
    window = MainWindow(ws, runner)
    window.show()
    if args.startup_check:
        return _startup_check(app, window)
    code = app.exec()
    ws.close()
    return code


def _startup_check(app, window) -> int:  # type: ignore[no-untyped-def]
    """Wait until the window is exposed and painted, then report the time since start."""
    from PySide6.QtTest import QTest

    QTest.qWaitForWindowExposed(window, 5000)
    app.processEvents()
    elapsed = (time.perf_counter() - _STARTED) * 1000
    print(f"startup_ms={elapsed:.0f}")
    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
