"""Per-model settings in the window (issue 13, part 4), on the stand-in engine: a model's file recommendations are
its defaults, the user's change for model A survives a switch to B and back, and Reset brings the file's values."""

from __future__ import annotations

import json
from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop_llm.services.storage.paths import AppPaths
from desktop_llm.ui.main_window import MainWindow
from tests.gguf_fixtures import recommending_gguf
from tests.qt.conftest import OpenWindow


def choose(qtbot: QtBot, window: MainWindow, path: Path, temperature: float) -> None:
    """Pick `path` as the toolbar does and wait until it is loaded and its settings (read off the GUI thread)
    are shown."""
    qtbot.waitUntil(lambda: window.model_combo.findData(str(path)) >= 0, timeout=30_000)
    window.chat_with_model(str(path))
    qtbot.waitUntil(lambda: window.model_status.text() == f"Ready: {path.name} · context "
                    f"{window.model_settings.load_for(str(path)).n_ctx}", timeout=30_000)
    qtbot.waitUntil(lambda: abs(window.settings_panel.temperature.value() - temperature) < 1e-6, timeout=10_000)


def test_a_change_is_remembered_per_model_and_reset_restores_the_file(
    qtbot: QtBot, open_window: OpenWindow, app_paths: AppPaths
) -> None:
    model_a = recommending_gguf(app_paths.models_dir / "a.gguf", {"temp": 0.4, "top_k": 30, "min_p": 0.0},
                                context_length=8192)
    model_b = recommending_gguf(app_paths.models_dir / "b.gguf", {"temp": 0.9}, context_length=2048)
    window = open_window()
    panel, sources = window.settings_panel, window.settings_panel.sources

    choose(qtbot, window, model_a, 0.4)
    assert (panel.top_k.value(), panel.min_p.value()) == (30, 0.0)
    assert sources["temperature"].text() == sources["top_k"].text() == "from the model file"
    assert sources["top_p"].text() == "desktop-llm's default"
    assert window.chat.sampling.temperature == 0.4 and window.chat.sampling.top_k == 30
    assert not panel.reset_defaults.isEnabled() and panel.defaults_info.text() == "Based on the model file"

    panel.temperature.setValue(1.3)  # as typed: the panel emits the new sampling
    assert window.chat.sampling.temperature == 1.3 and sources["temperature"].text() == "your change"
    assert sources["top_k"].text() == "from the model file" and panel.reset_defaults.isEnabled()

    choose(qtbot, window, model_b, 0.9)
    assert sources["temperature"].text() == "from the model file" and window.chat.sampling.temperature == 0.9
    assert panel.top_k.value() == 40 and sources["top_k"].text() == "desktop-llm's default"
    # B was trained for 2048 tokens: it is loaded with that context, not the 4096 of every model.
    assert panel.n_ctx.value() == 2048 and sources["n_ctx"].text() == "from the model file"
    assert window.model_status.text() == "Ready: b.gguf · context 2048"

    choose(qtbot, window, model_a, 1.3)
    assert window.chat.sampling.temperature == 1.3 and panel.top_k.value() == 30
    assert sources["temperature"].text() == "your change"
    saved = json.loads(app_paths.settings_file.read_text())["model_overrides"]
    assert saved[str(model_a)]["sampling"] == {"temperature": 1.3} and str(model_b) not in saved

    # A load change for A is A's alone, and reloads it.
    panel.n_ctx.setValue(1024)
    panel.apply_load.click()
    qtbot.waitUntil(lambda: window.model_status.text() == "Ready: a.gguf · context 1024", timeout=30_000)
    assert sources["n_ctx"].text() == "your change" and window.model_settings.load_for(str(model_b)).n_ctx == 2048

    panel.reset_defaults.click()
    qtbot.waitUntil(lambda: window.model_status.text() == "Ready: a.gguf · context 4096", timeout=30_000)
    assert panel.temperature.value() == 0.4 and window.chat.sampling.temperature == 0.4
    assert sources["temperature"].text() == "from the model file" and not panel.reset_defaults.isEnabled()
    assert str(model_a) not in json.loads(app_paths.settings_file.read_text())["model_overrides"]
