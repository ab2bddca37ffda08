"""The application's look: one small style sheet over the platform style.

Large, well-spaced navigation and readable type matter more than decoration on
old office screens (often 1366×768).
"""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

STYLE_SHEET = """
QListWidget#navigation {
    background: #16365c;
    color: #ffffff;
    border: none;
    font-size: 11pt;
    padding-top: 8px;
    outline: 0;
}
QListWidget#navigation::item {
    padding: 9px 14px;
    border-left: 4px solid transparent;
}
QListWidget#navigation::item:hover {
    background: #21497a;
}
QListWidget#navigation::item:selected {
    background: #ffffff;
    color: #16365c;
    border-left: 4px solid #c8102e;
    font-weight: bold;
}
QLabel[role="heading"] {
    font-size: 15pt;
    font-weight: bold;
    color: #16365c;
}
QLabel[role="error"] {
    color: #b00020;
}
QGroupBox {
    font-weight: bold;
    margin-top: 14px;
}
QGroupBox::title {
    subcontrol-origin: margin;
    left: 8px;
    padding: 0 4px;
}
"""


def apply_style(app: QApplication) -> None:
    font = QFont(app.font())
    if font.pointSizeF() < 10:
        font.setPointSizeF(10)
    app.setFont(font)
    app.setStyleSheet(STYLE_SHEET)
