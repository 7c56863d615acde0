"""The app's API server loads a library model a request names with the projector the Library paired it with
(issue 17: app.add_server_page's load_settings passes `mmproj`), so an image part reaches a model that can see; the
stand-in engine refuses images to a model loaded without one, as the real engine does."""

from __future__ import annotations

import base64
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from desktop_llm.core.server_types import model_id
from tests.gguf_fixtures import tiny_gguf
from tests.projector_fixtures import tiny_projector
from tests.qt.conftest import OpenWindow
from tests.qt.test_server_panel import call, free_port, server_page, start, stop, use_port


def png_url() -> str:
    image = QImage(32, 24, QImage.Format.Format_RGB32)
    image.fill(QColor("green"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, "PNG")
    return "data:image/png;base64," + base64.b64encode(bytes(data.data())).decode()


def ask(url: str, model: str) -> tuple[int, object]:
    return call(url, "POST", "/v1/chat/completions", {"model": model, "max_tokens": 8, "messages": [
        {"role": "user", "content": [{"type": "text", "text": "what colour is this?"},
                                     {"type": "image_url", "image_url": {"url": png_url()}}]}]})


def test_a_requested_library_model_loads_with_its_projector(qtbot: QtBot, open_window: OpenWindow,
                                                            tmp_path: Path) -> None:
    window = open_window()
    library = window.models_page.library_panel
    seeing = tiny_gguf(tmp_path / "models" / "seeing.gguf", n_embd=64)
    blind = tiny_gguf(tmp_path / "models" / "blind.gguf", n_embd=64)
    for model in (seeing, blind):
        library._catalog.import_file(model)
    assert library.set_projector(str(seeing.resolve()), str(tiny_projector(tmp_path / "p" / "mmproj.gguf")))
    page = server_page(window)
    use_port(page, free_port())
    url = start(qtbot, page)
    try:
        status, body = ask(url, model_id(str(seeing.resolve())))
        assert status == 200, body  # loaded for the request, with its projector: it takes the image
        status, body = ask(url, model_id(str(blind.resolve())))
        assert status == 400 and "cannot see images" in str(body)  # no projector paired: refused, not dropped
    finally:
        stop(qtbot, page)
