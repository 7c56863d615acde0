from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop_llm.app import Services, build_main_window, build_services
from desktop_llm.core.sampling import SamplingParams
from desktop_llm.core.training_config import TrainConfig
from desktop_llm.services.storage.paths import AppPaths
from desktop_llm.services.training.training_runner import TrainingRunner
from desktop_llm.services.training.training_runs import TrainingRuns
from desktop_llm.ui import translators
from desktop_llm.ui.main_window import MainWindow
from tests.standin_engine import standin_command

FAST = SamplingParams(temperature=0.0, top_k=1, seed=0, max_tokens=40, repeat_penalty=1.0)

OpenWindow = Callable[[], MainWindow]


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    """The app's English translation and locale, as the app runs in English whatever the machine's locale: plural
    forms ("1 token", "2 pieces were") and grouped numbers ("5,012"). Modules that check such text use it with
    `pytestmark = pytest.mark.usefixtures("english")`; the .qm is built by `scripts/i18n.py build` (dev.py runs it)."""
    translator = QTranslator()
    assert translator.load(translators.qm_file("en").stem, str(translators.TRANSLATIONS)), "run scripts/i18n.py build"
    qapp.installTranslator(translator)
    before = QLocale()
    QLocale.setDefault(QLocale("en_US"))
    yield
    QLocale.setDefault(before)
    qapp.removeTranslator(translator)


@pytest.fixture
def open_window(qtbot: QtBot, app_paths: AppPaths) -> Iterator[OpenWindow]:
    """Opens the real app (real database, the stand-in engine worker: tests/standin_engine) on the test's app
    paths; closes it all afterwards."""
    yield from _windows(qtbot, app_paths, standin_command())


@pytest.fixture
def open_real_window(qtbot: QtBot, app_paths: AppPaths) -> Iterator[OpenWindow]:
    """open_window with the real engine worker on the starter model, for tests about real replies (mark them
    slow: tests/conftest.py fails a test that asks for this without the mark)."""
    yield from _windows(qtbot, app_paths, None)


def _windows(qtbot: QtBot, app_paths: AppPaths, engine_command: list[str] | None) -> Iterator[OpenWindow]:
    opened: list[tuple[MainWindow, Services]] = []

    def factory() -> MainWindow:
        services = build_services(app_paths, engine_command)
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


@pytest.fixture
def runner(app_paths: AppPaths) -> Iterator[TrainingRunner]:
    """The real training runner on the test's database; every run it attached is ended and released afterwards."""
    app_paths.ensure()
    runs = TrainingRuns(app_paths.database_file)
    service = TrainingRunner(app_paths, runs)
    yield service
    for run_id in list(service.attached):
        if service.is_alive(service.get(run_id)):
            service.terminate(run_id, hard=True)
        service.wait(run_id, 30)
        service.release(run_id)
    runs.close()


def add_finished_run(app_paths: AppPaths, model: Path, folder: Path, name: str, **fields: Any) -> None:
    """A completed training run's record with an adapter file, as the chat's adapter list and the Library see it
    (the file is only listed, never loaded: loading adapters is the engine tests' business)."""
    adapter = folder / "adapter.gguf"
    adapter.parent.mkdir(parents=True)
    adapter.write_bytes(b"GGUF")
    runs = TrainingRuns(app_paths.database_file)
    config = TrainConfig(base_model=str(model), data_path=str(folder / "d.jsonl"), rank=8)
    run = runs.add(name, config, folder)
    runs.update(run.id, status="completed", step=30, total_steps=30, adapter_gguf=str(adapter), **fields)
    runs.close()
