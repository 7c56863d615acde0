"""Images in chat (issue 17): attached by the button, pasted or dropped; prepared off the GUI thread by the real
image intake; thumbnails in the composer and the sent message; the request carries them as data URLs (the stand-in
engine records each image's SHA-256); stored content-addressed, kept by edits, regenerations, reopening and the
Markdown export; a hostile file gives a sentence; a model without a projector refuses them and keeps them."""

from __future__ import annotations

import hashlib
import json
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDropEvent, QImage
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from desktop_llm.app_images import add_chat_images
from desktop_llm.controllers.chat_context import FitQuery
from desktop_llm.controllers.chat_images import ChatImages, projector_side
from desktop_llm.controllers.model_selection import ModelSelection
from desktop_llm.core.markdown_html import MarkdownRenderer
from desktop_llm.core.sampling import LoadParams
from desktop_llm.services.media.image_intake import prepare_image
from desktop_llm.ui.chat_images_binding import ChatImagesBinding
from desktop_llm.ui.chat_panel import ChatPanel
from desktop_llm.ui.image_viewer import ImageViewerDialog
from tests.qt.conftest import OpenWindow
from tests.standin_engine.worker import IMAGE_TOKENS, RECORD_ENV
from tests.vision_fixtures import IMAGE_SIZE, vision_projector


def png_file(folder: Path, name: str = "red.png", colour: str = "red", size: int = 40) -> Path:
    image = QImage(size, size // 2, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    path = folder / name
    assert image.save(str(path), "PNG")
    return path


@pytest.fixture
def recorded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "requests.jsonl"
    monkeypatch.setenv(RECORD_ENV, str(path))
    return path


def requests(path: Path) -> list[list[dict[str, object]]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()] if path.exists() else []


def composer_setup(qtbot: QtBot, mmproj: str = "proj.gguf") -> tuple[ChatPanel, ChatImages, ModelSelection]:
    panel = ChatPanel(MarkdownRenderer())
    qtbot.addWidget(panel)
    panel.resize(900, 600)
    panel.show()
    images = ChatImages(prepare_image, parent=panel)
    selection = ModelSelection(panel)
    selection.select(LoadParams(path="model.gguf", mmproj=mmproj))
    ChatImagesBinding(images, panel.composer_box, selection)
    return panel, images, selection


def test_attach_paste_and_drop_show_thumbnails_that_can_be_removed_and_viewed(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    panel, images, _ = composer_setup(qtbot)
    box = panel.composer_box
    assert box.images.isHidden() and not box.send_button.isEnabled()
    first = png_file(tmp_path)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *_args, **_kw: ([str(first)], ""))
    qtbot.mouseClick(box.attach_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: box.has_images, timeout=10_000)
    assert len(box.images.tiles) == 1 and not box.images.tiles[0].button.icon().isNull()
    assert box.send_button.isEnabled()  # an image alone is a message

    pasted = QMimeData()
    pasted.setImageData(QImage(30, 30, QImage.Format.Format_RGB32))
    box.editor.insertFromMimeData(pasted)
    qtbot.waitUntil(lambda: len(images.ready) == 2, timeout=10_000)
    assert box.editor.toPlainText() == ""  # attached, not pasted as text

    dropped = QMimeData()
    dropped.setUrls([QUrl.fromLocalFile(str(png_file(tmp_path, "blue.png", "blue")))])
    event = QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, dropped, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    box.editor.dropEvent(event)
    qtbot.waitUntil(lambda: len(box.images.tiles) == 3 and box.has_images, timeout=10_000)
    assert [a.name for a in images.attachments] == ["red.png", "pasted image", "blue.png"]

    viewer = ImageViewerDialog.open_for(box.images.tiles[0].item, box)
    assert viewer.picture.pixmap() is not None and not viewer.picture.pixmap().isNull()
    viewer.close()
    remove = box.images.tiles[1].remove_button
    assert remove is not None
    qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)
    assert [a.name for a in images.attachments] == ["red.png", "blue.png"] and len(box.images.tiles) == 2


def test_a_hostile_file_gives_a_sentence_in_the_composer_and_nothing_attached(qtbot: QtBot, tmp_path: Path) -> None:
    panel, images, _ = composer_setup(qtbot)
    box = panel.composer_box
    fake = tmp_path / "photo.png"
    fake.write_bytes(b"MZ\x90\x00 this is a program, not a picture" * 20)
    truncated = tmp_path / "cut.png"
    truncated.write_bytes(png_file(tmp_path, "whole.png", size=400).read_bytes()[:300])
    with qtbot.waitSignal(images.image_rejected, timeout=10_000):
        box.image_files_chosen.emit([str(fake)])
    assert images.attachments == [] and not box.image_notice.isHidden()
    assert box.image_notice.text().startswith("photo.png: ")
    with qtbot.waitSignal(images.image_rejected, timeout=10_000) as rejected:
        box.image_files_chosen.emit([str(truncated)])
    assert "cut.png" in box.image_notice.text() and rejected.args[1]
    box.image_files_chosen.emit([str(tmp_path / "gone.png")])  # a file that vanished
    qtbot.waitUntil(lambda: "gone.png" in box.image_notice.text(), timeout=10_000)
    assert images.attachments == [] and not box.send_button.isEnabled()


def test_a_model_without_a_projector_keeps_send_off_and_says_why(qtbot: QtBot, tmp_path: Path) -> None:
    panel, images, selection = composer_setup(qtbot, mmproj="")
    box = panel.composer_box
    box.editor.setPlainText("what is this?")
    assert box.send_button.isEnabled() and box.image_notice.isHidden()  # text alone goes as before
    box.image_files_chosen.emit([str(png_file(tmp_path))])
    qtbot.waitUntil(lambda: bool(images.ready), timeout=10_000)
    assert not box.send_button.isEnabled() and "cannot see images" in box.image_notice.text()
    selection.select(LoadParams(path="model.gguf", mmproj="proj.gguf"))  # a model with its projector
    assert box.send_button.isEnabled() and box.image_notice.isHidden()


def vision_window(open_window: OpenWindow, qtbot: QtBot, tmp_path: Path, mmproj: bool = True, n_ctx: int = 0):  # type: ignore[no-untyped-def]
    window = open_window()
    add_chat_images(window, window.chat)
    params = window.chat.selection.params
    assert params is not None
    projector = tmp_path / "mmproj-test.gguf"
    projector.write_bytes(b"GGUF")  # the stand-in never reads it; the app only needs it named
    with qtbot.waitSignal(window.engine.model_loaded, timeout=30_000):
        window.chat.selection.select(replace(params, mmproj=str(projector) if mmproj else "",
                                                 n_ctx=n_ctx or params.n_ctx))
    return window


def test_sent_images_reach_the_engine_are_stored_once_and_survive_branches_reopening_and_export(
        open_window: OpenWindow, qtbot: QtBot, tmp_path: Path, recorded: Path, app_paths) -> None:  # type: ignore[no-untyped-def]
    window = vision_window(open_window, qtbot, tmp_path)
    chat, panel = window.chat, window.chat_panel
    picture = png_file(tmp_path)
    chat.images.add_file(str(picture))
    qtbot.waitUntil(lambda: bool(chat.images.ready), timeout=10_000)
    with qtbot.waitSignal(chat.reply_finished, timeout=30_000):
        panel.composer.setPlainText("what colour is this?")
        panel._on_composer_submitted()
    assert chat.images.attachments == [] and panel.composer_box.images.isHidden()  # the composer starts empty
    user, reply = chat.visible_path()
    assert len(user.images) == 1
    stored = Path(user.images[0].path)
    assert stored.parent == app_paths.data_dir / "images" and stored.stem == hashlib.sha256(stored.read_bytes()).hexdigest()
    (request,) = requests(recorded)
    assert request[-1]["images"] == [stored.stem]  # the stored file's bytes, as a data URL

    # The sent message shows its thumbnail; the context meter counts the image's tokens.
    view = panel.view(user.id)
    assert view is not None
    strips = [w for w in view.findChildren(type(panel.composer_box.images)) if w.tiles]
    assert len(strips) == 1 and len(strips[0].tiles) == 1
    with qtbot.waitSignal(chat.context_counted, timeout=10_000) as counted:
        chat.count_context()
    assert counted.args[1] >= IMAGE_TOKENS

    # Regenerate and edit-and-resend keep the images: they are part of the question.
    with qtbot.waitSignal(chat.reply_finished, timeout=30_000):
        chat.regenerate(reply.id)
    with qtbot.waitSignal(chat.reply_finished, timeout=30_000):
        chat.edit_and_resend(user.id, "and now, what colour?")
    edited = chat.visible_path()[0]
    assert edited.id != user.id and edited.images[0].sha256 == stored.stem
    assert [r[-1]["images"] for r in requests(recorded)] == [[stored.stem]] * 3
    assert len(list(stored.parent.iterdir())) == 1  # one file for both questions

    # Reopened, the question still has its image; the Markdown export writes it beside the document.
    conversation = chat.conversation
    assert conversation is not None
    chat.open_conversation(conversation.id)
    assert chat.visible_path()[0].images == edited.images
    target = tmp_path / "export" / "chat.md"
    target.parent.mkdir()
    markdown = chat.export("md", target=target)
    assert f"![image 1](chat_files/{stored.name})" in markdown
    assert (target.parent / "chat_files" / stored.name).read_bytes() == stored.read_bytes()
    assert json.loads(chat.export("json"))["messages"][0]["images"][0]["file"] == stored.name

    # Deleting the chat deletes the file no other message refers to.
    chat.delete(conversation.id)
    assert not stored.exists()


def test_a_model_without_a_projector_refuses_the_images_and_keeps_them(
        open_window: OpenWindow, qtbot: QtBot, tmp_path: Path, recorded: Path) -> None:
    window = vision_window(open_window, qtbot, tmp_path, mmproj=False)
    chat = window.chat
    chat.images.add_file(str(png_file(tmp_path)))
    qtbot.waitUntil(lambda: bool(chat.images.ready), timeout=10_000)
    with qtbot.waitSignal(chat.images.send_refused) as refused:
        chat.send("what is this?")
    assert "cannot see images" in refused.args[0] and "mmproj" in refused.args[0]
    assert len(chat.images.ready) == 1 and not chat.busy  # kept in the composer, nothing sent or saved
    assert chat.visible_path() == [] and requests(recorded) == []
    assert "cannot see images" in window.chat_panel.composer_box.image_notice.text()


def test_images_that_do_not_fit_the_context_are_refused_before_sending(
        open_window: OpenWindow, qtbot: QtBot, tmp_path: Path, recorded: Path) -> None:
    """Issue 17: the image's tokens, counted by the engine as the context meter counts, against what is left of the
    context (128 tokens, half kept for the reply): said in the composer with Send off, before any request."""
    window = vision_window(open_window, qtbot, tmp_path, n_ctx=128)
    chat, box = window.chat, window.chat_panel.composer_box
    with qtbot.waitSignal(chat.images.send_refused, timeout=10_000) as refused:
        chat.images.add_file(str(png_file(tmp_path)))
    reason = refused.args[0]
    assert f"This image needs {IMAGE_TOKENS} tokens;" in reason and "left in this chat's context" in reason
    assert not box.send_button.isEnabled() and f"needs {IMAGE_TOKENS} tokens" in box.image_notice.text()
    with qtbot.waitSignal(chat.images.send_refused, timeout=10_000):
        chat.send("what is this?")
    assert chat.visible_path() == [] and requests(recorded) == [] and len(chat.images.ready) == 1  # kept, unsent
    chat.images.remove(chat.images.attachments[0].ticket)
    assert box.image_notice.isHidden()


def test_images_are_prepared_at_the_projectors_input_size(qtbot: QtBot, tmp_path: Path) -> None:
    """Issue 17: downscaled to what the projector reads (its clip.vision.image_size), not a fixed 1024 px; a projector
    that tiles or takes dynamic sizes gets the cap; an unreadable one the default."""
    projector = vision_projector(tmp_path)
    query = FitQuery(LoadParams(path="model.gguf", mmproj=str(projector)), lambda _messages: 0, "", 1000)
    images = ChatImages(prepare_image, fit=lambda: query)
    try:
        images.add_file(str(png_file(tmp_path, size=600)))  # 600 x 300
        qtbot.waitUntil(lambda: bool(images.ready), timeout=10_000)
        ready = images.ready[0]
        assert (ready.width, ready.height) == (IMAGE_SIZE, IMAGE_SIZE // 2)
    finally:
        images.shutdown()
    tiling = vision_projector(tmp_path, name="mmproj-tiles.gguf", projector_type="qwen2vl_merger")
    assert projector_side(str(tiling), 1024) == 1344
    assert projector_side(str(tmp_path / "gone.gguf"), 1024) == 1024
    (tmp_path / "junk.gguf").write_bytes(b"GGUF")
    assert projector_side(str(tmp_path / "junk.gguf"), 1024) == 1024
