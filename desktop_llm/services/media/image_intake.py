"""Untrusted image bytes -> an image a vision model can take (issue 17), bounded in time and memory.

A file dropped on the composer, pasted, or attached may be anything: a renamed program, a truncated download,
a 30000x30000 header over a few kilobytes of data (a decompression bomb), an animated GIF, a phone photo
stored sideways with an EXIF rotation, a CMYK JPEG from a scanner. Each is either turned into an upright RGB
PNG or JPEG no larger than `max_side`, or refused with an ImageRejectedError naming the reason.

Runs on a worker thread (it decodes and resizes); never on the GUI thread.
"""

from __future__ import annotations

import hashlib
import io
import struct
from dataclasses import dataclass

from PIL import Image, ImageFile, ImageOps, UnidentifiedImageError

from desktop_llm.core.errors import ImageRejectedError
from desktop_llm.core.message_parts import data_url, data_url_bytes
from desktop_llm.core.ui_text import QT_TR_NOOP

MAX_FILE_BYTES = 50 * 1024 * 1024
# Far below Pillow's own bomb threshold (Image.MAX_IMAGE_PIXELS, ~89 MP, an error at twice that): a 40 MP
# image decodes to 160 MB of RGBA, which is the most we let one attachment cost. Checked from the header,
# before any pixel is decoded; Pillow's module-wide limit is left as it is (other code shares it).
MAX_PIXELS = 40_000_000
MAX_SIDE_LIMIT = 4096
# Pillow's format plugins tried on a file (its JPEG plugin also opens phones' MPO files, as format "MPO")
ACCEPTED_FORMATS = ("PNG", "JPEG", "WEBP", "GIF", "BMP")
_JPEG_QUALITY = 90
_BOMB = QT_TR_NOOP("The image is too large to open safely (it may be a decompression bomb): {reason}")


@dataclass(frozen=True)
class PreparedImage:
    """A checked, upright, downscaled RGB image: `data_url` is what a ChatMessage's `images` holds, `sha256` the
    hash of its encoded bytes (the name it is stored under), `mime` image/png or image/jpeg."""

    data_url: str
    width: int
    height: int
    sha256: str
    mime: str

    @property
    def data(self) -> bytes:
        """The encoded PNG or JPEG bytes."""
        return data_url_bytes(self.data_url)


def prepare_image(data: bytes, max_side: int = 1024) -> PreparedImage:
    """`data` (the bytes of an image file) checked, decoded, turned upright, converted to RGB and downscaled so
    neither side exceeds `max_side`; ImageRejectedError naming the reason otherwise.

    Photographs (JPEG sources) stay JPEG, everything else becomes PNG (screenshots and diagrams keep sharp edges).
    An animated GIF or WebP gives its first frame."""
    max_side = max(16, min(int(max_side), MAX_SIDE_LIMIT))
    if not data:
        raise ImageRejectedError(QT_TR_NOOP("The image is empty (0 bytes)"))
    if len(data) > MAX_FILE_BYTES:
        raise ImageRejectedError(QT_TR_NOOP("The image is {size} MB; at most {limit} MB are read"),
                                 size=f"{len(data) / 1e6:.0f}", limit=f"{MAX_FILE_BYTES // (1024 * 1024)}")
    image = _opened(data)
    try:
        width, height = image.size
        if width <= 0 or height <= 0 or width * height > MAX_PIXELS:
            raise ImageRejectedError(
                QT_TR_NOOP("The image is {width} x {height} pixels: more than {limit} million pixels is refused "
                           "(it may be a decompression bomb)"),
                width=str(width), height=str(height), limit=str(MAX_PIXELS // 1_000_000))
        is_photo = image.format in ("JPEG", "MPO")
        if is_photo:
            # decode a big JPEG at a reduced scale right away (DCT scaling): far less memory and time
            image.draft("RGB", (max_side, max_side))
        try:
            image.seek(0)  # the first frame of an animation
            image.load()
            upright = ImageOps.exif_transpose(image) or image
            rgb = _rgb(upright)
            rgb.thumbnail((max_side, max_side), Image.Resampling.LANCZOS, reducing_gap=3.0)
        except Image.DecompressionBombError as error:
            raise ImageRejectedError(_BOMB,
                                     reason=str(error)) from error
        except (OSError, ValueError, SyntaxError, EOFError, struct.error) as error:
            # Pillow's "image file is truncated", broken chunks, a bad palette or mode
            raise ImageRejectedError(QT_TR_NOOP("The image is damaged or truncated: {reason}"),
                                     reason=str(error) or type(error).__name__) from error
        except MemoryError as error:
            raise ImageRejectedError(QT_TR_NOOP("The image is too large to open in the memory available")) from error
        return _encoded(rgb, "JPEG" if is_photo else "PNG")
    finally:
        image.close()


def _opened(data: bytes) -> ImageFile.ImageFile:
    """The image's header parsed (no pixels decoded yet), of an accepted format."""
    try:
        image = Image.open(io.BytesIO(data), formats=list(ACCEPTED_FORMATS))
    except UnidentifiedImageError as error:
        raise ImageRejectedError(QT_TR_NOOP("This is not an image Desktop LLM can read (PNG, JPEG, WebP, GIF or "
                                            "BMP)")) from error
    except Image.DecompressionBombError as error:
        raise ImageRejectedError(_BOMB,
                                 reason=str(error)) from error
    except (OSError, ValueError, SyntaxError, EOFError, struct.error) as error:
        raise ImageRejectedError(QT_TR_NOOP("The image is damaged or truncated: {reason}"),
                                 reason=str(error) or type(error).__name__) from error
    return image


def _rgb(image: Image.Image) -> Image.Image:
    """RGB: transparency laid over white (models were trained on opaque images), CMYK and palettes converted."""
    if image.mode == "RGB":
        return image
    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        background = Image.new("RGB", rgba.size, (255, 255, 255))
        background.paste(rgba, mask=rgba.getchannel("A"))
        return background
    if image.mode in ("I;16", "I;16B", "I;16L", "I"):
        # 16-bit greyscale PNGs: scale to 8 bits first, convert("RGB") would clip everything to white
        return image.point(lambda value: value / 256).convert("L").convert("RGB")
    return image.convert("RGB")


def _encoded(image: Image.Image, kind: str) -> PreparedImage:
    buffer = io.BytesIO()
    if kind == "JPEG":
        image.save(buffer, "JPEG", quality=_JPEG_QUALITY, optimize=True)
        mime = "image/jpeg"
    else:
        image.save(buffer, "PNG", optimize=False)
        mime = "image/png"
    encoded = buffer.getvalue()
    return PreparedImage(data_url(encoded, mime), image.width, image.height,
                         hashlib.sha256(encoded).hexdigest(), mime)
