"""Images in chat (issue 17), between the composer and ChatImages: what the user attaches goes to the controller
(read and prepared off the GUI thread), its attachments come back as thumbnails, a refused image as a line in the
composer, and a model that cannot see images keeps Send off while images are attached, saying why."""

from __future__ import annotations

from PySide6.QtCore import QObject

from desktop_llm.controllers.chat_images import Attachment, ChatImages
from desktop_llm.controllers.model_selection import ModelSelection
from desktop_llm.core.errors import ImageRejectedError
from desktop_llm.core.message_parts import data_url_bytes
from desktop_llm.ui.composer_view import ComposerView
from desktop_llm.ui.image_strip import StripItem


class ChatImagesBinding(QObject):
    """GUI thread only; a child of the composer (it goes with it)."""

    def __init__(self, images: ChatImages, composer: ComposerView, selection: ModelSelection) -> None:
        super().__init__(composer)
        self._images = images
        self._composer = composer
        self._selection = selection
        composer.image_files_chosen.connect(self._on_composer_files)
        composer.image_pasted.connect(lambda data: images.add_bytes(bytes(data)))
        composer.image_removed.connect(images.remove)
        images.attachments_changed.connect(self._on_attachments_changed)
        images.image_rejected.connect(self._on_image_rejected)
        images.send_refused.connect(composer.set_images_blocked)
        selection.changed.connect(self._on_selection_changed)
        self._on_attachments_changed(images.attachments)

    def _on_composer_files(self, paths: list[str]) -> None:
        for path in paths:
            self._images.add_file(path)

    def _on_attachments_changed(self, attachments: list[Attachment]) -> None:
        self._composer.show_attachments([_item(a) for a in attachments])
        self._check_model()

    def _on_image_rejected(self, name: str, reason: str) -> None:
        self._composer.show_image_problem(f"{name}: {reason}")

    def _on_selection_changed(self, _params: object) -> None:
        self._check_model()
        self._images.check_fit()  # another model: another context and image cost

    def _check_model(self) -> None:
        self._composer.set_images_blocked(self._images.refusal(self._selection.params, bool(self._images.attachments)))


def _item(attachment: Attachment) -> StripItem:
    source: bytes | None = None
    if attachment.image is not None:
        try:
            source = data_url_bytes(attachment.image.data_url)
        except ImageRejectedError:  # made by image_intake a moment ago: cannot happen, shown as an empty tile
            source = b""
    return StripItem(attachment.ticket, attachment.name, source)
