"""A chat message's images as they cross the wire (issue 17): OpenAI's content parts in, data URLs out.

Only `data:image/...;base64,` URLs are accepted. An `http://` URL would make the engine fetch for whoever sends
a request, and a file path would let an API client read the user's files through the model: both are refused
with a RequestInvalidError naming the part, never fetched and never dropped silently.
"""

from __future__ import annotations

import base64
import binascii
import re
from typing import Any

from desktop_llm.core.errors import ImageRejectedError, RequestInvalidError
from desktop_llm.core.ui_text import QT_TR_NOOP

# llama.cpp's mtmd_default_marker(): where an image goes in the rendered prompt; mtmd_tokenize replaces each
# occurrence with the image's chunk (and the projector's own wrapping tokens, such as idefics3's <fake_token_…>)
MEDIA_MARKER = "<__media__>"
MAX_IMAGES = 16  # per request: each costs hundreds of tokens and a projector pass
MAX_DATA_URL_CHARS = 40 * 1024 * 1024  # base64 of a 30 MB file; the app sends images downscaled to ~1 MB
_DATA_URL = re.compile(r"data:(image/[a-z0-9.+-]+);base64,", re.IGNORECASE)
NO_VISION = QT_TR_NOOP("This model cannot see images: load it with its vision projector (mmproj file)")


def content_of(content: Any, where: str) -> tuple[str, tuple[str, ...]]:
    """A message's text and its image data URLs, from a plain string, null, or OpenAI's list of content parts
    (`text` and `image_url` parts, in any order; the images are shown before the text). `where` names the
    message in errors ("messages[2]")."""
    if content is None or isinstance(content, str):
        return content or "", ()
    if not isinstance(content, list):
        raise RequestInvalidError(f"{where}.content must be text or a list of content parts")
    texts: list[str] = []
    images: list[str] = []
    for index, part in enumerate(content):
        kind = part.get("type") if isinstance(part, dict) else None
        if kind == "text":
            texts.append(str(part.get("text", "")))
        elif kind == "image_url":
            images.append(checked_url(_url_of(part.get("image_url")), f"{where}.content[{index}]"))
        else:
            raise RequestInvalidError(f"{where}.content[{index}] must be a text or image_url part, "
                                      f"got {str(kind)[:40]!r}")
    if len(images) > MAX_IMAGES:
        raise RequestInvalidError(f"{where} holds {len(images)} images; at most {MAX_IMAGES} are read")
    return "".join(texts), tuple(images)


def _url_of(value: Any) -> Any:
    # OpenAI sends {"url": ..., "detail": ...}; some clients send the URL itself as the value
    return value.get("url") if isinstance(value, dict) else value


def checked_url(url: Any, where: str) -> str:
    """`url` if it is a data:image/...;base64 URL of a bounded size; RequestInvalidError otherwise."""
    if not isinstance(url, str) or not _DATA_URL.match(url):
        shown = str(url)[:60] if url is not None else "nothing"
        raise RequestInvalidError(f"{where}: only data:image/...;base64 URLs are accepted (images are sent inline, "
                                  f"never fetched or read from a path), got {shown!r}")
    if len(url) > MAX_DATA_URL_CHARS:
        raise RequestInvalidError(f"{where}: the image is {len(url) // (1024 * 1024)} MB of base64; "
                                  f"at most {MAX_DATA_URL_CHARS // (1024 * 1024)} MB are read")
    return url


def data_url_bytes(url: str) -> bytes:
    """The bytes inside a data:image/...;base64 URL (ImageRejectedError if it is not one or not base64)."""
    match = _DATA_URL.match(url)
    if match is None or len(url) > MAX_DATA_URL_CHARS:
        raise ImageRejectedError(QT_TR_NOOP("The image is not a data:image base64 URL of at most 40 MB"))
    try:
        return base64.b64decode(url[match.end():], validate=True)
    except (binascii.Error, ValueError) as error:
        raise ImageRejectedError(QT_TR_NOOP("The image's base64 data is damaged: {reason}"),
                                 reason=str(error)) from error


def data_url(data: bytes, mime: str) -> str:
    return f"data:{mime};base64,{base64.b64encode(data).decode('ascii')}"


def template_content(text: str, image_count: int) -> str:
    """A message's content as a chat template renders it: one media marker per image, then the text.

    llama-server does the same (a string with markers rather than `{"type": "image"}` parts): a text model's
    template knows nothing of parts, and mtmd adds the projector's own image tokens around each marker."""
    if not image_count:
        return text
    return "".join(MEDIA_MARKER + "\n" for _ in range(image_count)) + text
