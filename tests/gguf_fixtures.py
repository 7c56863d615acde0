"""Real GGUF files made for tests: the starter model with another chat template, truncated copies."""

from __future__ import annotations

from pathlib import Path

import gguf
from gguf.scripts.gguf_new_metadata import MetadataDetails, copy_with_new_metadata


def with_chat_template(source: Path, target: Path, template: str) -> Path:
    """A copy of `source` whose tokenizer.chat_template is `template` (weights unchanged)."""
    reader = gguf.GGUFReader(source, "r")
    arch = str(reader.get_field(gguf.Keys.General.ARCHITECTURE).contents())
    writer = gguf.GGUFWriter(target, arch=arch, endianess=reader.endianess)
    details = {gguf.Keys.Tokenizer.CHAT_TEMPLATE: MetadataDetails(gguf.GGUFValueType.STRING, template)}
    copy_with_new_metadata(reader, writer, details, [])
    return target


def truncated(source: Path, target: Path, keep: int) -> Path:
    with open(source, "rb") as src, open(target, "wb") as dst:
        dst.write(src.read(keep))
    return target
