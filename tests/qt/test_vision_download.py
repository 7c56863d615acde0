"""Discover and a vision repo (issue 17): the badge, the projector offered with each file, one download of both,
and the library pairing them; through the real hub client, downloader, SQLite records and library."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop_llm.controllers.download_controller import DownloadController
from desktop_llm.controllers.hub_controller import HubController
from desktop_llm.controllers.library_controller import LibraryController
from desktop_llm.core.fit_estimate import MemoryBudget
from desktop_llm.services.models.download_records import DownloadRecords
from desktop_llm.services.models.downloader import Downloader
from desktop_llm.services.models.hub_client import HubClient
from desktop_llm.services.models.model_library import ModelLibrary
from desktop_llm.ui.hub_panel import HubPanel
from tests.fake_hub import add_vision_repo
from tests.gguf_fixtures import tiny_gguf
from tests.projector_fixtures import tiny_projector


def test_a_vision_repo_is_badged_and_its_projector_comes_in_the_same_download(  # type: ignore[no-untyped-def]
        qtbot: QtBot, fake_hub, tmp_path: Path) -> None:
    model = tiny_gguf(tmp_path / "src" / "m.gguf", n_embd=64).read_bytes()
    projector = tiny_projector(tmp_path / "src" / "p.gguf", output_dim=64).read_bytes()
    repo = add_vision_repo(fake_hub, model, projector,
                           other_projector=tiny_projector(tmp_path / "src" / "o.gguf", output_dim=32).read_bytes())
    client = HubClient()
    hub = HubController(client, MemoryBudget(ram_bytes=16 * 1024**3, vram_bytes=0))
    panel = HubPanel(hub, ())
    qtbot.addWidget(panel)
    library = LibraryController(ModelLibrary(tmp_path / "models", tmp_path / "models" / "index.json"))
    records = DownloadRecords(tmp_path / "app.db")
    downloads = DownloadController(records, Downloader(client, tmp_path / "models"), library)
    panel.download_requested.connect(downloads.start)
    try:
        with qtbot.waitSignal(hub.page_loaded, timeout=10_000):
            panel.open_repo(repo)
        assert not panel.vision_badge.isHidden() and panel.vision_badge.text() == "Vision"
        # The matching projector is offered by default: the F16 one of this model, not the other model's.
        assert panel.projector.currentData() == "auto" and panel.projector.count() == 5
        row = next(r for r in range(panel.files.rowCount()) if panel.files.item(r, 1).text() == "vis-Q4_K_M.gguf")
        choice = next(c for c in panel._page.choices if c.name == "vis-Q4_K_M.gguf")  # type: ignore[union-attr]
        offered = panel.projector_for(choice)
        assert offered is not None and offered.path == "mmproj-vis-f16.gguf"
        assert "projector" in panel.files.item(row, 2).text()
        fit = panel.estimate(choice)
        assert fit is not None and fit.projector_bytes > len(projector)
        assert "Vision projector" in panel.files.item(row, 3).toolTip()

        with qtbot.waitSignal(downloads.finished, timeout=30_000) as finished:
            qtbot.mouseClick(panel.files.cellWidget(row, 5), Qt.MouseButton.LeftButton)
        [record] = downloads.records()
        assert [f.path for f in record.files] == ["vis-Q4_K_M.gguf", "mmproj-vis-f16.gguf"]
        assert record.total_bytes == len(model) + len(projector) and record.status == "done"
        folder = tmp_path / "models" / "tests__Vision-GGUF"
        assert finished.args[1] == str(folder / "vis-Q4_K_M.gguf")
        assert (folder / "mmproj-vis-f16.gguf").read_bytes() == projector
        with qtbot.waitSignal(library.models_listed, timeout=10_000):
            library.refresh()
        models = {Path(m.path).name: m for m in library.models()}
        assert models["vis-Q4_K_M.gguf"].mmproj == str(folder / "mmproj-vis-f16.gguf")
        assert models["mmproj-vis-f16.gguf"].role == "projector"

        # "None: text only" downloads the model alone.
        panel.projector.setCurrentIndex(panel.projector.findData(""))
        assert panel.projector_for(choice) is None and "projector" not in panel.files.item(row, 2).text()
    finally:
        downloads.shutdown()
        hub.shutdown()
        hub.wait()
        library.shutdown()
        records.close()


def test_a_repo_without_projectors_shows_no_vision(qtbot: QtBot, fake_hub) -> None:  # type: ignore[no-untyped-def]
    hub = HubController(HubClient(), MemoryBudget(ram_bytes=16 * 1024**3, vram_bytes=0))
    panel = HubPanel(hub, ())
    qtbot.addWidget(panel)
    try:
        with qtbot.waitSignal(hub.page_loaded, timeout=10_000):
            panel.open_repo("tests/Tiny-GGUF")
        assert panel.vision_badge.isHidden() and panel.projector.count() == 0
        assert panel.projector_for(panel._page.choices[0]) is None  # type: ignore[union-attr]
    finally:
        hub.shutdown()
        hub.wait()
