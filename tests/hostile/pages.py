"""Hostile inputs for the pages a new user opens first (issue 20, items 10 and 12): files that are not what their
name says, and GGUF metadata that tries to pass for markup or to widen the inspector."""

from __future__ import annotations

import struct
from pathlib import Path

from tests.hostile.gguf import STRING, UINT32, gguf_string, header, kv, llama_keys

# What a user may pick in "Import .gguf…" by mistake, with what the refusal must show of its first bytes.
NOT_GGUF: dict[str, tuple[bytes, str]] = {
    "notes.gguf": (b"this is a text file, not a model\n", '"this"'),
    "archive.gguf": (b"PK\x03\x04" + bytes(60), "50 4B 03 04"),
    "image.gguf": (b"\x89PNG\r\n\x1a\n" + bytes(60), "89 50 4E 47"),
    "utf16.gguf": ("GGUF".encode("utf-16"), "FF FE 47 00"),
}


def write_not_gguf(folder: Path) -> dict[Path, str]:
    """Each NOT_GGUF file under `folder`, mapped to the text its refusal must contain."""
    folder.mkdir(parents=True, exist_ok=True)
    written = {}
    for name, (data, shown) in NOT_GGUF.items():
        path = folder / name
        path.write_bytes(data)
        written[path] = shown
    return written


HTML_KEY = "<b>bold</b><img src='file:///etc/passwd'>"
LONG_KEY = "general." + "very_long_key_" * 40  # ~570 characters


def markup_and_long_keys() -> bytes:
    """A complete file (padded to the data alignment) whose keys and values look like HTML, and one key far wider
    than any screen."""
    data = header([
        *llama_keys(),
        kv(HTML_KEY, STRING, gguf_string("<a href='https://example.com'>click</a>")),
        kv(LONG_KEY, UINT32, struct.pack("<I", 7)),
        kv("tokenizer.chat_template", STRING, gguf_string("{%- for m in messages %}{{ m.content }}{% endfor -%}")),
    ])
    return data + bytes(-len(data) % 32)
