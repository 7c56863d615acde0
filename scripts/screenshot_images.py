"""The 'images' scene group of scripts/screenshots.py (issue 17): a question with a picture, as sent and stored,
an answer under it, the composer holding two more attached, and the image viewer. The starter model has no vision
projector, so the composer also shows the refusal it gives; the answer is written into the chat, not generated."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QLinearGradient, QPainter, QPolygonF

ANSWER = ("A red-and-white lighthouse on a rocky point at sunset: the sun is low over the sea on the left, and a "
          "few birds fly over the water.")


def lighthouse(path: Path, width: int = 640, height: int = 420, hue: int = 25) -> Path:
    """A small painted picture (sky, sun, sea, a lighthouse), so the shots show an image that reads as one."""
    image = QImage(width, height, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    sky = QLinearGradient(0, 0, 0, height * 0.6)
    sky.setColorAt(0, QColor.fromHsv((hue + 200) % 360, 120, 200))
    sky.setColorAt(1, QColor.fromHsv(hue, 160, 250))
    painter.fillRect(QRectF(0, 0, width, height * 0.6), sky)
    painter.setBrush(QColor.fromHsv((hue + 15) % 360, 200, 255))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(QPointF(width * 0.25, height * 0.55), 46, 46)
    painter.fillRect(QRectF(0, height * 0.6, width, height * 0.4), QColor.fromHsv(210, 170, 130))
    painter.setBrush(QColor(70, 60, 55))
    painter.drawPolygon(QPolygonF([QPointF(width * 0.55, height), QPointF(width * 0.68, height * 0.72),
                                   QPointF(width * 0.86, height * 0.7), QPointF(width, height * 0.8),
                                   QPointF(width, height)]))
    for n in range(6):
        painter.setBrush(QColor("#d8322c") if n % 2 == 0 else QColor("#f4f1ea"))
        top = height * (0.22 + n * 0.08)
        painter.drawRect(QRectF(width * 0.74, top, width * 0.07, height * 0.08))
    painter.setBrush(QColor(255, 236, 160))
    painter.drawRect(QRectF(width * 0.735, height * 0.16, width * 0.08, height * 0.06))
    painter.end()
    image.save(str(path), "JPEG" if path.suffix == ".jpg" else "PNG")
    return path


def images_scene(scenes: Any) -> None:
    """Scenes.images: see the module's docstring."""
    from desktop_llm.core.message_images import NewImage
    from desktop_llm.core.message_parts import data_url
    from desktop_llm.ui.image_viewer import ImageViewerDialog

    window, tmp = scenes.window, scenes.tmp
    if not hasattr(window, "chat_images"):  # until the composition root calls it (app_images.add_chat_images)
        from desktop_llm.app_images import add_chat_images

        add_chat_images(window, window.chat)
    scenes.chat_page()
    chat = window.chat
    conversation = chat.new_conversation()
    sent = lighthouse(tmp / "lighthouse.png")
    history = chat._history  # written as a sent question and its answer would be (the starter model cannot see)
    question, _ = history.add(None, "user", "What is in this picture?",
                              images=[NewImage(data_url(sent.read_bytes(), "image/png"), 640, 420)])
    history.add(question.id, "assistant", ANSWER, meta={"model": chat.selection.path or "SmolLM2"})
    chat.rename(conversation.id, "What is in this picture?")
    chat.open_conversation(conversation.id)
    for name, hue in (("harbour.png", 180), ("dusk.jpg", 280)):
        chat.images.add_file(str(lighthouse(tmp / name, 480, 320, hue)))
    scenes.wait(20, lambda: len(chat.images.ready) == 2)
    window.chat_panel.composer.setPlainText("And these two: which one was taken later in the day?")
    scenes.wait(0.5)
    scenes.camera.shoot("chat-images", readme="chat-images")
    view = window.chat_panel.view(question.id)
    strip = next(s for s in view.findChildren(type(window.chat_panel.composer_box.images)) if s.tiles)
    viewer = ImageViewerDialog.open_for(strip.tiles[0].item, window)
    scenes.wait(0.3)
    scenes.camera.shoot("image-viewer")
    viewer.close()
    chat.images.clear()
    window.chat_panel.composer.clear()
