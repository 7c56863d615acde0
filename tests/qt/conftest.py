from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from pytestqt.qtbot import QtBot

from desktop_llm.app import Services, build_main_window, build_services
from desktop_llm.core.sampling import SamplingParams
from desktop_llm.services.paths import AppPaths
from desktop_llm.ui.main_window import MainWindow

FAST = SamplingParams(temperature=0.0, top_k=1, seed=0, max_tokens=40, repeat_penalty=1.0)

OpenWindow = Callable[[], MainWindow]


@pytest.fixture
def open_window(qtbot: QtBot, app_paths: AppPaths) -> Iterator[OpenWindow]:
    """Opens the real app (real worker, real database) on the test's app paths; closes it all afterwards."""
    opened: list[tuple[MainWindow, Services]] = []

    def factory() -> MainWindow:
        services = build_services(app_paths)
        window = build_main_window(services)
        qtbot.addWidget(window)
        window.show()
        opened.append((window, services))
        qtbot.waitUntil(lambda: window.model_status.text().startswith("Ready"), timeout=60_000)
        window.chat.sampling = FAST
        return window

    yield factory
    for window, services in opened:
        window.chat.stop()
        qtbot.waitUntil(lambda w=window: not w.chat.busy, timeout=30_000)
        window.close()
        services.close()
