"""prepare_image on real and hostile image files, made with Pillow in the test (issue 17)."""

from __future__ import annotations

import io
import struct
import zlib

import pytest
from PIL import Image

from desktop_llm.core.errors import ImageRejectedError
from desktop_llm.core.message_parts import data_url_bytes
from desktop_llm.services.media.image_intake import prepare_image


def _saved(image: Image.Image, fmt: str, **options: object) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, fmt, **options)
    return buffer.getvalue()


def _decoded(url: str) -> Image.Image:
    return Image.open(io.BytesIO(data_url_bytes(url)))


def test_a_png_is_downscaled_keeping_its_shape_and_stays_png() -> None:
    prepared = prepare_image(_saved(Image.new("RGB", (2000, 1000), (10, 200, 30)), "PNG"), max_side=512)
    assert (prepared.width, prepared.height) == (512, 256)
    assert prepared.mime == "image/png" and prepared.data_url.startswith("data:image/png;base64,")
    image = _decoded(prepared.data_url)
    assert image.format == "PNG" and image.size == (512, 256) and image.mode == "RGB"
    import hashlib
    assert prepared.sha256 == hashlib.sha256(prepared.data).hexdigest()


def test_a_small_image_is_not_upscaled_and_the_same_bytes_give_the_same_hash() -> None:
    data = _saved(Image.new("RGB", (40, 30), (1, 2, 3)), "PNG")
    first, second = prepare_image(data), prepare_image(data)
    assert (first.width, first.height) == (40, 30)
    assert first.sha256 == second.sha256


def test_a_jpeg_stays_jpeg() -> None:
    prepared = prepare_image(_saved(Image.new("RGB", (300, 200), (200, 10, 10)), "JPEG"))
    assert prepared.mime == "image/jpeg" and _decoded(prepared.data_url).format == "JPEG"


def test_a_cmyk_jpeg_becomes_rgb() -> None:
    prepared = prepare_image(_saved(Image.new("CMYK", (64, 48), (0, 255, 255, 0)), "JPEG"))
    image = _decoded(prepared.data_url)
    assert image.mode == "RGB"
    red, green, blue = image.getpixel((32, 24))  # type: ignore[misc]
    assert red > 200 and green < 60 and blue < 60


def test_exif_rotation_is_applied() -> None:
    exif = Image.Exif()
    exif[0x0112] = 6  # orientation: rotate 90 degrees clockwise to view
    data = _saved(Image.new("RGB", (200, 100), (0, 0, 255)), "JPEG", exif=exif)
    prepared = prepare_image(data)
    assert (prepared.width, prepared.height) == (100, 200)


def test_an_animated_gif_gives_its_first_frame() -> None:
    frames = [Image.new("RGB", (32, 32), colour) for colour in ((255, 0, 0), (0, 255, 0), (0, 0, 255))]
    data = _saved(frames[0], "GIF", save_all=True, append_images=frames[1:], duration=100, loop=0)
    image = _decoded(prepare_image(data).data_url)
    red, green, blue = image.getpixel((5, 5))  # type: ignore[misc]
    assert red > 200 and green < 50 and blue < 50


def test_webp_and_transparency_over_white() -> None:
    transparent = Image.new("RGBA", (50, 40), (0, 0, 0, 0))
    prepared = prepare_image(_saved(transparent, "WEBP", lossless=True))
    assert prepared.mime == "image/png"
    assert _decoded(prepared.data_url).convert("RGB").getpixel((10, 10)) == (255, 255, 255)


def test_a_16_bit_greyscale_png_keeps_its_greys() -> None:
    grey = Image.new("I;16", (20, 20), 32768)
    image = _decoded(prepare_image(_saved(grey, "PNG")).data_url)
    value = image.getpixel((3, 3))[0]  # type: ignore[index]
    assert 100 < value < 160


def _png_header_only(width: int, height: int) -> bytes:
    """A PNG whose header claims width x height, with one tiny compressed row of data behind it."""
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\0" * 100)) + chunk(b"IEND", b"")


def test_a_30000_square_header_is_refused_before_decoding() -> None:
    with pytest.raises(ImageRejectedError, match="decompression bomb"):
        prepare_image(_png_header_only(30000, 30000))
    with pytest.raises(ImageRejectedError, match="8000 x 6000"):
        prepare_image(_png_header_only(8000, 6000))


def test_a_decompression_bomb_is_refused() -> None:
    # 10000 x 10000 of zeros: a few hundred kB compressed, 300 MB decoded
    bomb = _saved(Image.new("L", (10000, 10000), 0), "PNG", optimize=True)
    assert len(bomb) < 2_000_000
    with pytest.raises(ImageRejectedError, match="decompression bomb"):
        prepare_image(bomb)


def test_a_truncated_png_is_refused() -> None:
    whole = _saved(Image.effect_noise((256, 256), 50).convert("RGB"), "PNG")
    with pytest.raises(ImageRejectedError, match="damaged or truncated"):
        prepare_image(whole[: len(whole) // 2])


def test_not_an_image_is_refused() -> None:
    with pytest.raises(ImageRejectedError, match="not an image"):
        prepare_image(b"\x7fELF" + b"\0" * 200)
    with pytest.raises(ImageRejectedError, match="empty"):
        prepare_image(b"")


def test_a_pdf_renamed_to_png_and_a_tiff_are_refused() -> None:
    with pytest.raises(ImageRejectedError):
        prepare_image(b"%PDF-1.4\n" + b"x" * 100)
    with pytest.raises(ImageRejectedError, match="not an image"):
        prepare_image(_saved(Image.new("RGB", (10, 10)), "TIFF"))
