"""The library is listed off the GUI thread, and no model file keeps the window from opening (issue 10, item 4)."""

from __future__ import annotations

import threading
from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop_llm.controllers.library_controller import LibraryController
from desktop_llm.core.model_info import ModelInfo
from desktop_llm.services.models.model_library import STARTER_NAME, ModelLibrary
from desktop_llm.services.storage.paths import AppPaths
from tests.hostile.gguf import HOSTILE_HEADERS, write_all
from tests.qt.conftest import OpenWindow


class _GatedLibrary(ModelLibrary):
    """The real library, whose listing waits for a gate and notes the thread it ran on."""

    def __init__(self, models_dir: Path, starter: Path) -> None:
        super().__init__(models_dir, models_dir / "index.json", starter)
        self.gate = threading.Event()
        self.threads: list[threading.Thread] = []

    def models(self) -> list[ModelInfo]:
        self.threads.append(threading.current_thread())
        assert self.gate.wait(30)
        return super().models()


def test_the_scan_runs_on_a_background_thread_and_the_gui_goes_on(qtbot: QtBot, tmp_path: Path,
                                                                  starter_model: Path) -> None:
    write_all(tmp_path / "models", ["string_context_length"])
    library = _GatedLibrary(tmp_path / "models", starter_model)
    controller = LibraryController(library)
    assert [m.name for m in controller.models()] == [STARTER_NAME]  # the starter at once, before any scan
    controller.refresh()  # returns while the scan waits at the gate: the GUI thread is not in it
    qtbot.waitUntil(lambda: bool(library.threads))
    assert controller.scanning() and library.threads[0] is not threading.main_thread()
    with qtbot.waitSignal(controller.models_listed, timeout=30_000) as listed:
        library.gate.set()
    models = {m.name: m for m in listed.args[0]}
    assert "llama.context_length must be" in models["string_context_length"].error
    assert controller.models() == listed.args[0]


def test_the_window_opens_with_hostile_model_files_listed_as_broken(qtbot: QtBot, open_window: OpenWindow,
                                                                   app_paths: AppPaths) -> None:
    written = write_all(app_paths.models_dir)
    window = open_window()
    page = window.models_page
    assert page is not None
    panel = page.library_panel
    qtbot.waitUntil(lambda: panel.table.rowCount() == 1 + len(HOSTILE_HEADERS), timeout=30_000)
    rows = {panel.table.item(row, 0).text(): row for row in range(panel.table.rowCount())}
    for path in written:
        cell = panel.table.item(rows[path.stem], 1)
        assert cell.text().startswith("broken: ") and panel.table.columnSpan(rows[path.stem], 1) == 5
        assert HOSTILE_HEADERS[path.stem][1] in cell.toolTip() or HOSTILE_HEADERS[path.stem][1] in cell.text()
    assert [window.model_combo.itemText(i).split(" · ")[0] for i in range(window.model_combo.count())] == [STARTER_NAME]
    doomed = written[0]
    panel.delete_model(str(doomed))  # what Delete… does once confirmed
    assert not doomed.exists()
    assert panel.table.rowCount() == len(HOSTILE_HEADERS)
    qtbot.waitUntil(lambda: not page.library.scanning(), timeout=30_000)
    assert doomed.stem not in {m.name for m in page.library.models()}
