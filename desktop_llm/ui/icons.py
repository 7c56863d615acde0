"""Icons from Lucide (ISC licence, resources/icons/LICENSE), drawn in the theme's colours at any size.

Each icon is the SVG's `currentColor` filled in at paint time from the application palette, so one QIcon
follows a theme change and every device pixel ratio without being made again.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QIconEngine, QImage, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

# The names the app uses (a test checks each has its file); Lucide's own names, so new ones are easy to add.
NAMES = (
    "send", "square", "copy", "pencil", "refresh-cw", "paperclip", "settings", "trash-2", "chevron-left",
    "chevron-right", "chevron-down", "chevron-up", "plus", "search", "message-square", "file-text", "languages",
    "compass", "download", "library", "graduation-cap", "server", "x", "check", "circle-alert", "info", "sparkles",
    "brain", "folder-open", "cpu", "sliders-horizontal", "panel-right", "hard-drive", "star", "clock", "play",
    "pause", "rotate-ccw", "arrow-left-right", "clipboard-paste", "library-big", "folder-plus", "file-plus", "image-plus",
)


_FOLDER = Path(__file__).resolve().parent.parent / "resources" / "icons"


@cache
def _renderer(name: str, color: str) -> QSvgRenderer:
    """The icon's SVG with its colour filled in, parsed once: an icon is painted on every hover and repaint, and a
    theme has a handful of colours."""
    svg = (_FOLDER / f"{name}.svg").read_bytes().replace(b"currentColor", color.encode())
    return QSvgRenderer(QByteArray(svg))


def _color(role: str, mode: QIcon.Mode) -> QColor:
    palette = QApplication.palette()
    if mode == QIcon.Mode.Disabled:
        return palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText)
    if role == "on-accent":
        return palette.color(QPalette.ColorRole.HighlightedText)
    if role == "accent":
        return palette.color(QPalette.ColorRole.Highlight)
    return palette.color(QPalette.ColorRole.ButtonText)


class _SvgEngine(QIconEngine):
    def __init__(self, name: str, role: str) -> None:
        super().__init__()
        self._name, self._role = name, role

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        _renderer(self._name, _color(self._role, mode).name()).render(painter, rect)

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        self.paint(painter, QRect(QPoint(0, 0), size), mode, state)
        painter.end()
        return QPixmap.fromImage(image)

    def clone(self) -> QIconEngine:
        return _SvgEngine(self._name, self._role)


def icon(name: str, role: str = "text") -> QIcon:
    """Lucide's `name` in the text colour (`role` "accent" or "on-accent" for the accent and what sits on it)."""
    if name not in NAMES:
        raise KeyError(f"no icon named {name!r}; add its Lucide SVG to resources/icons and NAMES")
    return QIcon(_SvgEngine(name, role))
