"""Light, dark, or whichever the system shows: one palette and one stylesheet (ui/design.py) for all pages."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QStyleFactory

from desktop_llm.ui import design

THEMES = ("system", "light", "dark")


class ThemeManager(QObject):
    """Fusion with the design system's palette and stylesheet; "system" follows the platform's light or dark
    scheme, live. GUI thread only."""

    changed = Signal(bool)  # is_dark, after every apply (renderers and pages that draw colours themselves)

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        self.current = "system"
        self._dark = False
        self._base_pt = app.font().pointSizeF() if app.font().pointSizeF() > 0 else 10.0
        hints = QGuiApplication.styleHints()
        hints.colorSchemeChanged.connect(self._system_changed)

    def apply(self, name: str) -> None:
        name = name if name in THEMES else "system"
        self.current = name
        fusion = QStyleFactory.create("Fusion")
        if fusion is not None and self._app.style().name().lower() != "fusion":
            self._app.setStyle(fusion)
        self._dark = name == "dark" or (name == "system" and _system_is_dark())
        c = design.colors(self._dark)
        self._app.setPalette(design.palette(c))
        self._app.setStyleSheet(design.stylesheet(c, self._base_pt))
        self.changed.emit(self._dark)

    def _system_changed(self, _scheme: Qt.ColorScheme) -> None:
        if self.current == "system":
            self.apply("system")

    @property
    def is_dark(self) -> bool:
        return self._dark


def _system_is_dark() -> bool:
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark
