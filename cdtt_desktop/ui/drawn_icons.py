"""Small icons drawn in code, so that no icon file or emoji font is needed on old office PCs."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap


def paperclip_icon(size: int = 16, color: str = "#555") -> QIcon:
    """A paperclip, for "has attached files"."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    s = size / 16
    path = QPainterPath(QPointF(10.5 * s, 5 * s))
    path.lineTo(10.5 * s, 11.5 * s)
    path.arcTo(5.5 * s, 9 * s, 5 * s, 5 * s, 0, -180)
    path.lineTo(5.5 * s, 3.5 * s)
    path.arcTo(5.5 * s, 1 * s, 7 * s, 5 * s, 180, -180)
    path.lineTo(12.5 * s, 11 * s)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor(color), 1.4 * s, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    painter.drawPath(path)
    painter.end()
    return QIcon(pixmap)
