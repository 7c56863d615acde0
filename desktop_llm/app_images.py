"""Wiring of images in chat (issue 17), called once by the composition root: the chat's ChatImages gets the image
intake (services/media/image_intake.prepare_image: controllers never import services), and the composer is bound
to it. Stored images live beside the conversations (<data>/images, services/storage/image_store.py)."""

from __future__ import annotations

from typing import Any


def add_chat_images(window: Any, chat: Any) -> None:
    from desktop_llm.services.media.image_intake import prepare_image
    from desktop_llm.ui.chat_images_binding import ChatImagesBinding

    chat.images.prepare = prepare_image
    window.chat_images = ChatImagesBinding(chat.images, window.chat_panel.composer_box, chat.selection)
