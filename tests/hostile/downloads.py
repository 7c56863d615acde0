"""Hostile repositories and partial files for the downloader, generated rather than stored.

Each generator says which defect it reproduces (issue 10 items 1-3).
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

# Repo-relative paths a hub could list that must never become a path outside the repository's library folder,
# or a name some OS cannot store (the final path is keyed by the whole repo path since issue 10 item 3).
UNSAFE_REPO_PATHS = (
    "../escape.gguf",
    "Q4/../../escape.gguf",
    "/etc/escape.gguf",
    "Q4//model.gguf",
    "./model.gguf",
    "..",
    "",
    "C:/Windows/escape.gguf",
    "Q4\\..\\..\\escape.gguf",
    "model.gguf\x00.txt",
    "NUL.gguf",
    "trailing-dot./model.gguf",
    "model.gguf ",
)

SAFE_REPO_PATHS = ("model.gguf", "Q4/model.gguf", "deep/er/tiny-Q2_K-00001-of-00002.gguf", "..model.gguf")


def random_payload(size: int, seed: int) -> bytes:
    """Distinct bytes per seed (not a model: the downloader does not care what it fetches)."""
    out = bytearray()
    counter = 0
    while len(out) < size:
        out += hashlib.sha256(f"{seed}:{counter}".encode()).digest() * 64  # 2 KiB per round, cheap
        counter += 1
    return bytes(out[:size])


def same_basename_files(size: int = 3 * 1024 * 1024) -> dict[str, bytes]:
    """Two different files named `model.gguf` in two folders of one repository (item 3: they were one file)."""
    return {"Q4/model.gguf": random_payload(size, 4), "Q8/model.gguf": random_payload(size + 1, 8)}


def flip_byte_on_disk(path: Path, offset: int) -> None:
    """Corrupt one byte of a file in place, as a second writer or a bad disk would (item 1: the hash was taken
    from the stream, so corruption on disk went unnoticed)."""
    with open(path, "r+b") as handle:
        handle.seek(offset)
        byte = handle.read(1)
        handle.seek(offset)
        handle.write(bytes([byte[0] ^ 0xFF]))
        handle.flush()
        os.fsync(handle.fileno())


def stale_copy(path: Path, like: bytes) -> None:
    """A file of the right size but the wrong bytes where the library keeps a download (item 3: it was returned
    unchecked)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(bytes(b ^ 0x5A for b in like))
