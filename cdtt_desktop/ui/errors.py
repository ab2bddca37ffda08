"""Errors the person must see: a fatal start-up problem, and any unexpected failure later.

An unexpected exception is logged with its traceback and shown in a dialog that
says what was saved is safe; the application keeps running.
"""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

log = logging.getLogger(__name__)
translate = QCoreApplication.translate


def fatal_message(kind: str, **args: object) -> str:
    if kind == "newer":
        text = translate(
            "Errors",
            "This data folder was written by a newer version of CĐTT Desktop (schema {found}; this version "
            "knows up to {known}). Nothing was changed. Please install the newer version.\n\n{path}",
        )
    else:
        text = translate("Errors", "The data file cannot be opened. Nothing was changed.\n\n{path}\n\n{reason}")
    return text.format(**args)


def show_fatal(kind: str, **args: object) -> None:
    message = fatal_message(kind, **args)
    print(message, file=sys.stderr)
    if QApplication.instance() is not None and QApplication.platformName() not in ("offscreen", "minimal"):
        QMessageBox.critical(None, translate("Errors", "CĐTT Desktop cannot start"), message)


def show_unexpected(exc: BaseException, trace: str) -> None:
    """Log and show a failure that no code expected."""
    log.error("unexpected error: %s\n%s", exc, trace)
    text = translate("Errors", "Something went wrong. What you saved is safe; the last action may not have "
                               "finished.\n\n{error}")
    box = QMessageBox(QMessageBox.Icon.Critical, translate("Errors", "Unexpected error"), text.format(error=exc))
    box.setDetailedText(trace)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.exec()


def install_excepthook(log_folder: Path) -> None:
    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        trace = "".join(traceback.format_exception(kind, exc, tb))
        if QApplication.instance() is None:
            sys.__excepthook__(kind, exc, tb)
            return
        show_unexpected(exc, trace)

    sys.excepthook = hook
