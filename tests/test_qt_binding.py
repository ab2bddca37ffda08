"""The installed Qt binding is one the application can live on for hours of typing."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel


class _Emitter(QObject):
    fired = Signal()


def test_void_calls_do_not_leak_references_to_none(qtbot) -> None:  # type: ignore[no-untyped-def]
    """A build that drops a reference to None per void call would abort the app after enough typing."""
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(200):
        label.setText("Công đoàn")
    assert sys.getrefcount(None) - before >= -5


def test_signal_emits_do_not_leak_references_to_true() -> None:
    """A build that drops a reference to True per emit would abort with bool_dealloc."""
    emitter = _Emitter()
    before = sys.getrefcount(True)
    for _ in range(200):
        emitter.fired.emit()
    assert sys.getrefcount(True) - before >= -5


def test_pdf_and_chart_modules_are_installed() -> None:
    """QPdfView and QtCharts, which later pages use, come with the installed parts."""
    from PySide6 import QtCharts, QtPdf, QtPdfWidgets

    assert QtPdf.QPdfDocument and QtPdfWidgets.QPdfView and QtCharts.QChartView
