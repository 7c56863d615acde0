"""Images of a user's message (issue 17): what a message keeps of each (its stored file's name and size) and the
`data:` URLs they travel in (ChatMessage.images, OpenAI's image_url parts).

A message image is stored once per content, as `<data>/images/<sha256>.<ext>` (services/storage/image_store.py),
so two messages with the same picture (an edit, a regenerate's branch, the same screenshot pasted twice) share one
file, which is deleted when no message refers to it any more.
"""

from __future__ import annotations

import base64
import binascii
import re
from dataclasses import dataclass

# The formats images are stored and sent in: services/media/image_intake writes PNG (transparency, screenshots) or
# JPEG (photos); the others are read on the way in and never stored as they came.
EXTENSIONS = {"image/png": "png", "image/jpeg": "jpg", "image/webp": "webp", "image/gif": "gif"}
MAX_IMAGES_PER_MESSAGE = 16  # more than any model's context holds at ~250-1,500 tokens an image
_DATA_URL = re.compile(r"^data:(image/[a-z0-9.+-]+);base64,", re.IGNORECASE)
_SHA256 = re.compile(r"^[0-9a-f]{64}$")


class DataUrlError(ValueError):
    """A `data:` URL that is not a base64 image of a known format."""


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
    """The stored file's extension for an image type; raises DataUrlError for one the app does not store."""
    try:
        return EXTENSIONS[mime.lower()]
    except KeyError:
        raise DataUrlError(f"not an image type the app stores: {mime!r}") from None


def is_sha256(text: str) -> bool:
    """A stored image's name is its hex SHA-256, never a path (it is joined to the images folder)."""
    return bool(_SHA256.match(text))


def split_data_url(url: str) -> tuple[str, bytes]:
    """(mime, bytes) of a base64 image data URL; raises DataUrlError for anything else."""
    match = _DATA_URL.match(url)
    if match is None:
        raise DataUrlError("not a base64 image data: URL")
    mime = match.group(1).lower()
    extension(mime)
    try:
        return mime, base64.b64decode(url[match.end():], validate=True)
    except (binascii.Error, ValueError) as exc:
        raise DataUrlError(f"the image's base64 is damaged: {exc}") from exc


def data_url(mime: str, data: bytes) -> str:
    return f"data:{mime};base64,{base64.b64encode(data).decode('ascii')}"
