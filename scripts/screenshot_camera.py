"""The camera of scripts/screenshots.py: takes the window at every size and theme, with its popups and dialogs."""

from __future__ import annotations

import time
import traceback
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QPoint, QRect, Qt
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from tests.layout_fit import offenders

SIZES = ((1024, 640), (1280, 800), (1920, 1080))
THEMES = ("light", "dark")
README_SIZE = (1280, 800)


def pump(app: QApplication, seconds: float, until: object = None) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        app.processEvents()
        # Outside app.exec() deleteLater() never runs by itself; a real event loop would delete these widgets.
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        if until is not None and until():  # type: ignore[operator]
            return
        time.sleep(0.01)


class Camera:
    """Takes a scene at every size and theme. `readme` names the 1280x800 light shot in OUT (None: only the
    folders); `prepare` runs after each resize (a popup reopened where its button now is)."""

    def __init__(self, app: QApplication, window: QWidget, out: Path, readme_only: bool = False) -> None:
        self.app, self.window, self.out = app, window, out
        self.readme_only = readme_only  # only the README set, straight in OUT (no folder per size and theme)
        self.failed: list[str] = []
        self.problems: list[str] = []  # tests/layout_fit.py's findings on each shot, for OUT/layout-problems.txt
        self.too_small: set[str] = set()  # sizes the window could not take (tests/qt/test_layout_fit.py says why)

    def shoot(self, scene: str, readme: str | None = None, dark_readme: str | None = None,
              prepare: Callable[[], None] | None = None) -> None:
        for theme in THEMES:  # light sizes, then dark: a theme switch restyles every widget, sizes are cheap
            if self.readme_only and not (readme if theme == "light" else dark_readme):
                continue
            self.window.app_menus.apply_theme(theme)  # type: ignore[attr-defined]
            for width, height in [README_SIZE] if self.readme_only else SIZES:
                pump(self.app, 0.1)  # a dock just hidden lowers the window's minimum only once its layout ran
                self.window.resize(width, height)
                pump(self.app, 0.25)
                if (self.window.width(), self.window.height()) != (width, height):  # its minimum size is larger
                    self.too_small.add(f"{scene} at {width}x{height} (it is {self.window.width()}x{self.window.height()})")
                if prepare is not None:
                    prepare()
                    pump(self.app, 0.15)
                picture = composite(self.window)
                # The layout check on the states the tests do not reach (tables full of results, a running server).
                for offender in offenders(self.window, f"{width}x{height} {theme} {scene}"):
                    self.problems.append(str(offender))
                if not self.readme_only:
                    folder = self.out / f"{width}x{height}-{theme}"
                    folder.mkdir(parents=True, exist_ok=True)
                    picture.save(str(folder / f"{scene}.png"))
                if (width, height) == README_SIZE:
                    name = readme if theme == "light" else dark_readme
                    if name:
                        picture.save(str(self.out / f"{name}.png"))
        self.window.app_menus.apply_theme("light")  # type: ignore[attr-defined]
        self.window.resize(*README_SIZE)
        pump(self.app, 0.1)
        print(f"  {scene}", flush=True)

    def run(self, name: str, scene: Callable[[], None]) -> None:
        started = time.monotonic()
        print(f"{name}…", flush=True)
        try:
            scene()
        except Exception:  # one broken scene must not cost the others' pictures; reported, and the exit code says
            traceback.print_exc()
            self.failed.append(name)
        print(f"{name}: {time.monotonic() - started:.0f} s", flush=True)


def composite(window: QWidget) -> QPixmap:
    """The window's picture with its visible popups and dialogs painted where they are on screen (a grab of the
    window alone leaves them out). Dialogs are centred over the window first, as Qt places them when shown."""
    picture = window.grab()
    painter = QPainter(picture)
    origin = window.mapToGlobal(QPoint(0, 0))
    for top in QApplication.topLevelWidgets():
        owner = top.parentWidget()
        if top is window or not top.isVisible() or owner is None or owner.window() is not window:
            continue
        if isinstance(top, QDialog):
            top.move(window.geometry().center() - top.rect().center())
            QApplication.processEvents()
        if isinstance(top, QDialog) or top.windowType() in (Qt.WindowType.Popup, Qt.WindowType.Tool):
            # A window's grab leaves out what the platform draws: its background where the widget does not
            # fill it, and (under xvfb, without a window manager) any frame; a thin border stands in for it.
            place = QRect(top.mapToGlobal(QPoint(0, 0)) - origin, top.size())
            painter.fillRect(place, top.palette().window())
            painter.drawPixmap(place.topLeft(), top.grab())
            painter.setPen(top.palette().mid().color())
            painter.drawRect(place.adjusted(0, 0, -1, -1))
    painter.end()
    return picture
