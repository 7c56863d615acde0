"""Images of a user's message (issue 17): what a message keeps of each (its stored file's name and size) and the
`data:` URLs they travel in (ChatMessage.images, OpenAI's image_url parts).

A message image is stored once per content, as `<data>/images/<sha256>.<ext>` (services/storage/image_store.py),
so two messages with the same picture (an edit, a regenerate's branch, the same screenshot pasted twice) share one
file, which is deleted when no message refers to it any more.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop_llm.core.errors import ImageRejectedError
from desktop_llm.core.message_parts import MAX_IMAGES, data_url_bytes
from desktop_llm.core.ui_text import QT_TR_NOOP

# The formats images are stored and sent in: services/media/image_intake writes PNG (transparency, screenshots) or
# JPEG (photos); the others are read on the way in and never stored as they came.
EXTENSIONS = {"image/png": "png", "image/jpeg": "jpg", "image/webp": "webp", "image/gif": "gif"}
MAX_IMAGES_PER_MESSAGE = MAX_IMAGES  # what the engine reads of one message
_DATA_URL = re.compile(r"^data:(image/[a-z0-9.+-]+);base64,", re.IGNORECASE)
_SHA256 = re.compile(r"^[0-9a-f]{64}$")


@dataclass(frozen=True)
class MessageImage:
    """One image of a saved message: its content's SHA-256 and type name the stored file; `path` is where the
    store keeps it (filled in by the store when it reads the message, so views need no store to show it)."""

    sha256: str
    mime: str
    width: int = 0
    height: int = 0
    path: str = ""

    @property
    def file_name(self) -> str:
        return f"{self.sha256}.{extension(self.mime)}"


@dataclass(frozen=True)
class NewImage:
    """An image being attached to a message: as the app prepared it (downscaled, a PNG or JPEG data URL)."""

    data_url: str
    width: int = 0
    height: int = 0


def extension(mime: str) -> str:
    """The stored file's extension for an image type; raises ImageRejectedError for one the app does not store."""
    try:
        return EXTENSIONS[mime.lower()]
    except KeyError:
        raise ImageRejectedError(QT_TR_NOOP("{kind} is not an image type Desktop LLM stores"),
                                 kind=mime[:40]) from None


def is_sha256(text: str) -> bool:
    """A stored image's name is its hex SHA-256, never a path (it is joined to the images folder)."""
    return bool(_SHA256.match(text))


def split_data_url(url: str) -> tuple[str, bytes]:
    """(mime, bytes) of a base64 image data URL of a type the app stores; ImageRejectedError for anything else."""
    data = data_url_bytes(url)  # the URL's shape, size and base64 checked (core/message_parts.py)
    match = _DATA_URL.match(url)
    assert match is not None  # data_url_bytes accepted it
    mime = match.group(1).lower()
    extension(mime)
    return mime, data
