"""A pure-Python GGUF header parser: metadata, tensor table, and the size the file must have.

Pure and stream-based so it serves three callers: the engine (reject a corrupt or truncated file with a
specific reason before llama.cpp sees it), the model library (metadata for the UI), and, later, the hub
(reading a remote header through HTTP Range requests). Every count and length is bounded, since the bytes
are untrusted.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field
from typing import Any, BinaryIO

GGUF_MAGIC = b"GGUF"
MAX_STRING_BYTES = 64 * 1024 * 1024
MAX_ITEMS = 50_000_000
MAX_TENSORS = 1_000_000
ARRAY_PREVIEW = 8

# ggml type id -> (name, elements per block, bytes per block); checked against gguf.GGML_QUANT_SIZES in tests.
GGML_TYPES: dict[int, tuple[str, int, int]] = {
    0: ("F32", 1, 4), 1: ("F16", 1, 2), 2: ("Q4_0", 32, 18), 3: ("Q4_1", 32, 20), 6: ("Q5_0", 32, 22),
    7: ("Q5_1", 32, 24), 8: ("Q8_0", 32, 34), 9: ("Q8_1", 32, 40), 10: ("Q2_K", 256, 84),
    11: ("Q3_K", 256, 110), 12: ("Q4_K", 256, 144), 13: ("Q5_K", 256, 176), 14: ("Q6_K", 256, 210),
    15: ("Q8_K", 256, 292), 16: ("IQ2_XXS", 256, 66), 17: ("IQ2_XS", 256, 74), 18: ("IQ3_XXS", 256, 98),
    19: ("IQ1_S", 256, 50), 20: ("IQ4_NL", 32, 18), 21: ("IQ3_S", 256, 110), 22: ("IQ2_S", 256, 82),
    23: ("IQ4_XS", 256, 136), 24: ("I8", 1, 1), 25: ("I16", 1, 2), 26: ("I32", 1, 4), 27: ("I64", 1, 8),
    28: ("F64", 1, 8), 29: ("IQ1_M", 256, 56), 30: ("BF16", 1, 2), 34: ("TQ1_0", 256, 54),
    35: ("TQ2_0", 256, 66), 39: ("MXFP4", 32, 17),
}

# general.file_type -> the quantization name people see in file names (llama.cpp's LLAMA_FTYPE_MOSTLY_*).
FILE_TYPES: dict[int, str] = {
    0: "F32", 1: "F16", 2: "Q4_0", 3: "Q4_1", 7: "Q8_0", 8: "Q5_0", 9: "Q5_1", 10: "Q2_K", 11: "Q3_K_S",
    12: "Q3_K_M", 13: "Q3_K_L", 14: "Q4_K_S", 15: "Q4_K_M", 16: "Q5_K_S", 17: "Q5_K_M", 18: "Q6_K",
    19: "IQ2_XXS", 20: "IQ2_XS", 21: "Q2_K_S", 22: "IQ3_XS", 23: "IQ3_XXS", 24: "IQ1_S", 25: "IQ4_NL",
    26: "IQ3_S", 27: "IQ3_M", 28: "IQ2_S", 29: "IQ2_M", 30: "IQ4_XS", 31: "IQ1_M", 32: "BF16",
    36: "TQ1_0", 37: "TQ2_0", 38: "MXFP4_MOE",
}

_SCALARS: dict[int, tuple[str, int]] = {
    0: ("<B", 1), 1: ("<b", 1), 2: ("<H", 2), 3: ("<h", 2), 4: ("<I", 4), 5: ("<i", 4),
    6: ("<f", 4), 7: ("<?", 1), 10: ("<Q", 8), 11: ("<q", 8), 12: ("<d", 8),
}
_STRING, _ARRAY = 8, 9


class GGUFFormatError(ValueError):
    """The bytes are not a well-formed GGUF file; the message says where and why."""


@dataclass(frozen=True)
class ArraySummary:
    """A metadata array too long to keep whole (e.g. a 150k-entry vocabulary)."""

    length: int
    preview: tuple[Any, ...]

    def __str__(self) -> str:
        items = ", ".join(repr(v) for v in self.preview)
        more = f", … ({self.length} items)" if self.length > len(self.preview) else ""
        return f"[{items}{more}]"


@dataclass(frozen=True)
class TensorInfo:
    name: str
    shape: tuple[int, ...]
    ggml_type: int
    offset: int

    @property
    def n_elements(self) -> int:
        count = 1
        for dim in self.shape:
            count *= dim
        return count

    @property
    def n_bytes(self) -> int:
        _, block, size = GGML_TYPES[self.ggml_type]
        return self.n_elements // block * size


@dataclass(frozen=True)
class GGUFHeader:
    version: int
    metadata: dict[str, Any]
    tensors: tuple[TensorInfo, ...]
    data_offset: int  # where tensor data starts, after alignment padding
    header_bytes: int = field(default=0)  # bytes of the header proper (metadata + tensor table)

    @property
    def expected_file_size(self) -> int:
        end = max((t.offset + t.n_bytes for t in self.tensors), default=0)
        return self.data_offset + end

    @property
    def architecture(self) -> str:
        return str(self.metadata.get("general.architecture", "unknown"))

    def arch_value(self, key: str, default: Any = None) -> Any:
        return self.metadata.get(f"{self.architecture}.{key}", default)

    @property
    def parameter_count(self) -> int:
        return sum(t.n_elements for t in self.tensors)

    @property
    def quantization(self) -> str:
        file_type = self.metadata.get("general.file_type")
        if isinstance(file_type, int) and file_type in FILE_TYPES:
            return FILE_TYPES[file_type]
        return "unknown"

    @property
    def context_length(self) -> int:
        return int(self.arch_value("context_length", 0) or 0)

    @property
    def chat_template(self) -> str:
        template = self.metadata.get("tokenizer.chat_template", "")
        return template if isinstance(template, str) else ""


class _Reader:
    def __init__(self, stream: BinaryIO) -> None:
        self._stream = stream
        self.position = 0

    def take(self, size: int, what: str) -> bytes:
        data = self._stream.read(size)
        if len(data) != size:
            raise GGUFFormatError(f"file ends inside the header while reading {what} at byte {self.position}")
        self.position += size
        return data

    def unpack(self, fmt: str, size: int, what: str) -> Any:
        return struct.unpack(fmt, self.take(size, what))[0]

    def u64(self, what: str) -> int:
        return int(self.unpack("<Q", 8, what))

    def string(self, what: str) -> str:
        length = self.u64(f"the length of {what}")
        if length > MAX_STRING_BYTES:
            raise GGUFFormatError(f"{what} claims {length} bytes, which is not plausible")
        raw = self.take(length, what)
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise GGUFFormatError(f"{what} is not valid UTF-8 (byte {self.position - length + exc.start})") from exc

    def value(self, value_type: int, what: str) -> Any:
        if value_type in _SCALARS:
            fmt, size = _SCALARS[value_type]
            return self.unpack(fmt, size, what)
        if value_type == _STRING:
            return self.string(what)
        if value_type == _ARRAY:
            item_type = int(self.unpack("<I", 4, f"the item type of {what}"))
            length = self.u64(f"the length of {what}")
            if length > MAX_ITEMS:
                raise GGUFFormatError(f"{what} claims {length} items, which is not plausible")
            if item_type in _SCALARS and length > ARRAY_PREVIEW:
                fmt, size = _SCALARS[item_type]
                raw = self.take(size * length, what)
                preview = struct.unpack(f"<{ARRAY_PREVIEW}{fmt[1]}", raw[: size * ARRAY_PREVIEW])
                return ArraySummary(length, preview)
            items = [self.value(item_type, f"{what}[{i}]") for i in range(length)]
            return items if length <= ARRAY_PREVIEW else ArraySummary(length, tuple(items[:ARRAY_PREVIEW]))
        raise GGUFFormatError(f"unknown value type {value_type} for {what}")


def read_header(stream: BinaryIO) -> GGUFHeader:
    """Parse a GGUF header from a stream positioned at the file's start."""
    reader = _Reader(stream)
    magic = stream.read(4)
    reader.position = len(magic)
    if magic != GGUF_MAGIC:
        if len(magic) < 4:
            raise GGUFFormatError("file is empty or shorter than a GGUF header")
        raise GGUFFormatError(f"not a GGUF file (it starts with {magic!r}, a GGUF file starts with b'GGUF')")
    version = int(reader.unpack("<I", 4, "the version"))
    if version not in (2, 3):
        raise GGUFFormatError(f"unsupported GGUF version {version} (supported: 2 and 3)")
    n_tensors = reader.u64("the tensor count")
    n_kv = reader.u64("the metadata count")
    if n_tensors > MAX_TENSORS or n_kv > MAX_TENSORS:
        raise GGUFFormatError(f"header claims {n_tensors} tensors and {n_kv} metadata keys, which is not plausible")
    metadata: dict[str, Any] = {}
    for index in range(n_kv):
        key = reader.string(f"metadata key #{index}")
        value_type = int(reader.unpack("<I", 4, f"the type of {key}"))
        metadata[key] = reader.value(value_type, key)
    tensors: list[TensorInfo] = []
    for index in range(n_tensors):
        name = reader.string(f"tensor name #{index}")
        n_dims = int(reader.unpack("<I", 4, f"the dimension count of {name}"))
        if n_dims > 8:
            raise GGUFFormatError(f"tensor {name} claims {n_dims} dimensions")
        shape = tuple(reader.u64(f"a dimension of {name}") for _ in range(n_dims))
        ggml_type = int(reader.unpack("<I", 4, f"the type of {name}"))
        if ggml_type not in GGML_TYPES:
            raise GGUFFormatError(f"tensor {name} has unknown type {ggml_type} (the file may need a newer llama.cpp)")
        offset = reader.u64(f"the offset of {name}")
        tensors.append(TensorInfo(name, shape, ggml_type, offset))
    alignment = metadata.get("general.alignment", 32)
    if not isinstance(alignment, int) or alignment <= 0 or alignment & (alignment - 1):
        raise GGUFFormatError(f"general.alignment must be a power of two, got {alignment!r}")
    header_bytes = reader.position
    data_offset = (header_bytes + alignment - 1) // alignment * alignment
    return GGUFHeader(version, metadata, tuple(tensors), data_offset, header_bytes)


def check_complete(header: GGUFHeader, file_size: int) -> None:
    """Raise GGUFFormatError when the file is shorter than its tensor table says (a cut-off download)."""
    expected = header.expected_file_size
    if file_size < expected:
        raise GGUFFormatError(
            f"file is truncated: it has {file_size:,} bytes but its tensors need {expected:,} "
            f"({(expected - file_size):,} missing); the download was probably interrupted"
        )


def read_file_header(path: str, require_complete: bool = True) -> GGUFHeader:
    """Read a local GGUF file's header and, unless told otherwise, check its tensor data is all there.

    `require_complete=False` is for the first part of a split model, whose tensor table also describes
    data in the other parts.
    """
    import os

    with open(path, "rb") as stream:
        header = read_header(stream)
    if require_complete:
        check_complete(header, os.path.getsize(path))
    return header
