"""Re-pairing the chat's model with another projector in the Library (issue 17) loads it again with that
projector, so it sees images (and the Summarize page's scanned-pages box follows); taking the projector away loads
it text-only. The library, its pairing checks and the engine worker are real (the stand-in never reads the
projector's weights: a tiny projector of the starter's embedding size is enough)."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from tests.projector_fixtures import tiny_projector
from tests.qt.conftest import OpenWindow

STARTER_EMBEDDING = 576  # SmolLM2-135M's n_embd: the projector's output size must match it


def test_a_new_projector_for_the_chosen_model_reloads_it(qtbot: QtBot, open_window: OpenWindow, tmp_path: Path) -> None:
    window = open_window()
    selection, library = window.chat.selection, window.models_page.library_panel
    params = selection.params
    assert params is not None and params.mmproj == ""
    summarize = window.page("Summarize")
    assert not summarize.read_scans.isEnabled()
    projector = tiny_projector(tmp_path / "mine" / "mmproj-smol-f16.gguf", output_dim=STARTER_EMBEDDING)
    loads: list[str] = []
    selection.changed.connect(lambda p: loads.append(p.mmproj))

    with qtbot.waitSignal(window.engine.model_loaded, timeout=30_000) as loaded:
        assert library.set_projector(params.path, str(projector))
    assert len(loads) == 1 and Path(loads[0]).resolve() == projector.resolve()
    after = selection.params
    assert after is not None and after.path == params.path and after.n_ctx == params.n_ctx
    assert loaded.args[0].model.path == params.path  # the engine's own answer: loaded again
    assert summarize.read_scans.isEnabled()

    # Listing the library again without a change loads nothing.
    window.refresh_models()
    assert len(loads) == 1

    with qtbot.waitSignal(window.engine.model_loaded, timeout=30_000):
        assert library.set_projector(params.path, "")  # none: text only
    assert loads[-1] == "" and selection.params is not None and selection.params.mmproj == ""
    assert not summarize.read_scans.isEnabled()
