"""A pure-Python GGUF header parser: metadata, tensor table, and the size the file must have.

Pure and stream-based so it serves three callers: the engine (reject a corrupt or truncated file with a
specific reason before llama.cpp sees it), the model library (metadata for the UI), and the hub (a remote
header through HTTP Range requests). The bytes are untrusted: every count, depth and kept byte is bounded.
"""

from __future__ import annotations

import math
import struct
from dataclasses import dataclass, field
from typing import Any, BinaryIO

from desktop_llm.core.errors import DesktopLlmError
from desktop_llm.core.ui_text import QT_TR_NOOP

GGUF_MAGIC = b"GGUF"
# Bounds on what a header may ask of the parser (issue 10, item 4: 57 MB of empty arrays once cost 416 MB and
# 14 s, and deeply nested arrays raised RecursionError). Each is far above what real models use: the largest
# vocabularies have about 260k tokens and a million merges; llama.cpp itself reads no nested arrays at all.
MAX_STRING_BYTES = 64 * 1024 * 1024
MAX_NAME_BYTES = 64 * 1024  # a metadata key or a tensor name
MAX_KEYS = 65_536
MAX_TENSORS = 1_000_000
MAX_ITEMS = 50_000_000  # in one array; scalar arrays are skipped in chunks, never held
MAX_NESTING = 3  # arrays inside arrays inside arrays
MAX_WALKED_ITEMS = 2_000_000  # strings and arrays in arrays, in the whole header (real vocabularies: under 1.5 M)
MAX_NESTED_ARRAYS = 65_536  # arrays inside arrays, in the whole header
MAX_METADATA_BYTES = 64 * 1024 * 1024  # what the parsed header keeps: keys, strings, previews, the tensor table
ARRAY_PREVIEW = 8
_CHUNK = 64 * 1024
_SKIP_CHUNK = 1024 * 1024

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
_INTEGERS = frozenset({0, 1, 2, 3, 4, 5, 10, 11})
_TYPE_NAMES = {0: "uint8", 1: "int8", 2: "uint16", 3: "int16", 4: "uint32", 5: "int32", 6: "float32", 7: "bool",
               8: "string", 9: "array", 10: "uint64", 11: "int64", 12: "float64"}

# The keys the app reads, and the types they must have: a string where a count belongs made `int()` raise out of
# the library listing, so the window never opened (issue 10, item 4). "count": a non-negative integer; "counts":
# that or an array of integers (per-layer values); "strings": an array of strings.
_KNOWN_KEYS: dict[str, str] = {
    "general.architecture": "string", "general.type": "string", "general.name": "string",
    "general.alignment": "count", "general.file_type": "count", "tokenizer.chat_template": "string",
    "tokenizer.ggml.model": "string", "tokenizer.ggml.tokens": "strings",
}
_ARCH_KEYS: dict[str, str] = {
    "context_length": "count", "block_count": "count", "embedding_length": "count", "vocab_size": "count",
    "expert_count": "count", "expert_used_count": "count", "attention.key_length": "count",
    "attention.value_length": "count", "feed_forward_length": "counts", "attention.head_count": "counts",
    "attention.head_count_kv": "counts",
}
_KIND_TEXT = {"count": "a non-negative integer", "counts": "an integer or an array of integers",
              "string": "a string", "strings": "an array of strings"}
_KEEP_OVERHEAD = 64  # what one kept Python object costs beyond its bytes, charged to the memory budget


class GGUFFormatError(DesktopLlmError, ValueError):
    """Not a well-formed GGUF file; the message says where and why (often a translatable template, issue 21)."""


class GGUFLimitError(GGUFFormatError):
    """The header asks for more than any real model needs (nesting, counts, memory): a corrupt or hostile file."""


class GGUFValueTypeError(GGUFFormatError):
    """A key the app reads holds a value of the wrong type (e.g. a string for `llama.context_length`)."""


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
        return math.prod(self.shape)

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
        value = self.arch_value("context_length", 0)
        return value if isinstance(value, int) else 0

    @property
    def chat_template(self) -> str:
        template = self.metadata.get("tokenizer.chat_template", "")
        return template if isinstance(template, str) else ""


class _Reader:
    """Reads the header through its own buffer, and keeps the budgets: items walked one by one, nested arrays,
    and the bytes the parsed header will hold. Long arrays are skipped in chunks, never held whole."""

    def __init__(self, stream: BinaryIO, size: int | None) -> None:
        self._stream = stream
        self._size = size  # total bytes, when known: claims beyond it are refused before reading
        self._buffer = b""
        self._at = 0  # next unread byte of _buffer
        self.position = 0  # offset in the file of the next unread byte
        self._kept = self._walked = self._nested = 0
        self.item_type = -1

    def _short(self, what: str) -> GGUFFormatError:
        return GGUFFormatError(QT_TR_NOOP("file ends inside the header while reading {what} at byte {position}"),
                               what=what, position=self.position)

    def take(self, size: int, what: str) -> bytes:
        if len(self._buffer) - self._at < size:
            parts, have = [self._buffer[self._at :]], len(self._buffer) - self._at
            while have < size:
                chunk = self._stream.read(max(size - have, _CHUNK))
                if not chunk:
                    raise self._short(what)
                parts.append(chunk)
                have += len(chunk)
            self._buffer, self._at = b"".join(parts), 0
        data = self._buffer[self._at : self._at + size]
        self._at += size
        self.position += size
        return data

    def skip(self, size: int, what: str) -> None:
        available = len(self._buffer) - self._at
        if size <= available:
            self._at += size
            self.position += size
            return
        self.position += available
        self._buffer, self._at = b"", 0
        remaining = size - available
        while remaining:
            chunk = self._stream.read(min(remaining, _SKIP_CHUNK))
            if not chunk:
                raise self._short(what)
            remaining -= len(chunk)
            self.position += len(chunk)

    def unpack(self, fmt: str, size: int, what: str) -> Any:
        return struct.unpack(fmt, self.take(size, what))[0]

    def u64(self, what: str) -> int:
        return int(self.unpack("<Q", 8, what))

    def need(self, size: int, what: str) -> None:
        """Refuse a claim the rest of the file cannot hold (an absurd count), before reading or allocating."""
        if self._size is not None and size > self._size - self.position:
            left = f"{self._size - self.position:,}"
            raise GGUFFormatError(QT_TR_NOOP("{what} claims {size} bytes but the file has only {left} left: it is "
                                             "corrupt or cut short"), what=what, size=f"{size:,}", left=left)

    def charge(self, size: int, what: str) -> None:
        self._kept += size + _KEEP_OVERHEAD
        if self._kept > MAX_METADATA_BYTES:
            raise GGUFLimitError(
                f"the header holds more than {MAX_METADATA_BYTES // 2**20} MB of metadata (at {what}), "
                "far more than any model needs"
            )

    def walk(self, count: int, what: str, nested: bool) -> None:
        self._walked += count
        self._nested += count if nested else 0
        if self._walked > MAX_WALKED_ITEMS or self._nested > MAX_NESTED_ARRAYS:
            raise GGUFLimitError(f"{what} brings the header over {MAX_WALKED_ITEMS:,} strings or "
                                 f"{MAX_NESTED_ARRAYS:,} arrays inside arrays, far more than any model has")

    def string(self, what: str, keep: bool = True, limit: int = MAX_STRING_BYTES) -> str:
        length = self.u64(f"the length of {what}")
        if length > limit:
            raise GGUFLimitError(f"{what} claims {length:,} bytes, which is not plausible")
        self.need(length, what)
        if not keep:
            self.skip(length, what)
            return ""
        self.charge(length, what)
        raw = self.take(length, what)
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise GGUFFormatError(f"{what} is not valid UTF-8 (byte {self.position - length + exc.start})") from exc

    def value(self, value_type: int, what: str, depth: int = 0, keep: bool = True) -> Any:
        if value_type in _SCALARS:
            fmt, size = _SCALARS[value_type]
            return self.unpack(fmt, size, what) if keep else self.skip(size, what)
        if value_type == _STRING:
            return self.string(what, keep)
        if value_type == _ARRAY:
            return self.array(what, depth, keep)
        raise GGUFFormatError(f"unknown value type {value_type} for {what}")

    def array(self, what: str, depth: int, keep: bool) -> Any:
        if depth >= MAX_NESTING:
            raise GGUFLimitError(f"{what} nests arrays more than {MAX_NESTING} deep, which no model does")
        item_type = int(self.unpack("<I", 4, f"the item type of {what}"))
        length = self.u64(f"the length of {what}")
        if length > MAX_ITEMS:
            raise GGUFLimitError(f"{what} claims {length:,} items, which is not plausible")
        shown = min(length, ARRAY_PREVIEW) if keep else 0
        if item_type in _SCALARS:
            fmt, size = _SCALARS[item_type]
            self.need(size * length, what)
            preview = struct.unpack(f"<{shown}{fmt[1]}", self.take(size * shown, what))
            self.skip(size * (length - shown), what)
        elif item_type in (_STRING, _ARRAY):
            self.need((8 if item_type == _STRING else 12) * length, what)  # the smallest item of that type
            self.walk(length, what, nested=item_type == _ARRAY)
            preview = tuple(self.value(item_type, f"{what}[{i}]", depth + 1) for i in range(shown))
            for index in range(shown, length):
                if item_type == _STRING:
                    self.string(f"{what}[{index}]", keep=False)
                else:
                    self.array(f"{what}[{index}]", depth + 1, keep=False)
        else:
            raise GGUFFormatError(f"unknown item type {item_type} in {what}")
        self.item_type = item_type  # of the outermost array last read: for the known-key type check
        if not keep:
            return None
        self.charge(_KEEP_OVERHEAD * shown, what)
        return list(preview) if length <= ARRAY_PREVIEW else ArraySummary(length, preview)


def _check_known_types(metadata: dict[str, Any], types: dict[str, tuple[int, int]]) -> None:
    """Refuse a wrong type for a key the app reads, with a typed error naming the key, instead of letting
    `int()` or arithmetic fail later in whichever caller touches it first."""
    architecture = metadata.get("general.architecture")
    wanted = dict(_KNOWN_KEYS)
    if isinstance(architecture, str):
        wanted.update({f"{architecture}.{suffix}": kind for suffix, kind in _ARCH_KEYS.items()})
    for key, kind in wanted.items():
        if key not in types:
            continue
        value_type, item_type = types[key]
        value = metadata[key]
        ok = {
            "count": value_type in _INTEGERS and value >= 0,
            "counts": value_type in _INTEGERS or (value_type == _ARRAY and item_type in _INTEGERS),
            "string": value_type == _STRING,
            "strings": value_type == _ARRAY and item_type == _STRING,
        }[kind]
        if not ok:
            stored = f"an array of {_TYPE_NAMES.get(item_type)}" if value_type == _ARRAY else _TYPE_NAMES[value_type]
            shown = (str(value) if isinstance(value, ArraySummary) else repr(value))[:40]
            raise GGUFValueTypeError(f"{key} must be {_KIND_TEXT[kind]}, but the file holds {stored} {shown}: the file is "
                                     "corrupt or was written by a broken converter")


def read_header(stream: BinaryIO, size: int | None = None) -> GGUFHeader:
    """Parse a GGUF header from a stream positioned at the file's start (`size`: the file's, when known).

    Every malformation raises GGUFFormatError (GGUFLimitError or GGUFValueTypeError for the specific kinds),
    and nothing else: the memory held is bounded by MAX_METADATA_BYTES, the work by the item budgets."""
    reader = _Reader(stream, size)
    magic = stream.read(4)
    reader.position = len(magic)
    if magic != GGUF_MAGIC:
        if len(magic) < 4:
            raise GGUFFormatError(QT_TR_NOOP("file is empty or shorter than a GGUF header"))
        shown = f'"{magic.decode()}"' if all(32 <= b < 127 for b in magic) else f"the bytes {magic.hex(' ').upper()}"
        raise GGUFFormatError(QT_TR_NOOP('not a GGUF file (it starts with {shown}; a GGUF file starts with "GGUF")'), shown=shown)
    version = int(reader.unpack("<I", 4, "the version"))
    if version not in (2, 3):
        raise GGUFFormatError(QT_TR_NOOP("unsupported GGUF version {version} (supported: 2 and 3)"), version=version)
    n_tensors = reader.u64("the tensor count")
    n_kv = reader.u64("the metadata count")
    if n_tensors > MAX_TENSORS or n_kv > MAX_KEYS:
        raise GGUFLimitError(f"header claims {n_tensors} tensors and {n_kv} metadata keys, which is not plausible")
    metadata: dict[str, Any] = {}
    types: dict[str, tuple[int, int]] = {}
    for index in range(n_kv):
        key = reader.string(f"metadata key #{index}", limit=MAX_NAME_BYTES)
        if key in metadata:
            raise GGUFFormatError(f"metadata key {key!r} appears twice")
        value_type = int(reader.unpack("<I", 4, f"the type of {key}"))
        metadata[key] = reader.value(value_type, key)
        types[key] = (value_type, reader.item_type if value_type == _ARRAY else -1)
    _check_known_types(metadata, types)
    tensors: list[TensorInfo] = []
    for index in range(n_tensors):
        name = reader.string(f"tensor name #{index}", limit=MAX_NAME_BYTES)
        n_dims = int(reader.unpack("<I", 4, f"the dimension count of {name}"))
        if n_dims > 8:
            raise GGUFFormatError(f"tensor {name} claims {n_dims} dimensions")
        shape = tuple(reader.u64(f"a dimension of {name}") for _ in range(n_dims))
        if math.prod(shape) >= 2**63:  # ggml counts elements in int64
            raise GGUFFormatError(f"tensor {name} claims {math.prod(shape):,} elements, which overflows ggml's counts")
        ggml_type = int(reader.unpack("<I", 4, f"the type of {name}"))
        if ggml_type not in GGML_TYPES:
            raise GGUFFormatError(f"tensor {name} has unknown type {ggml_type} (the file may need a newer llama.cpp)")
        offset = reader.u64(f"the offset of {name}")
        reader.charge(_KEEP_OVERHEAD * (2 + n_dims), f"tensor {name}")
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
        raise GGUFFormatError(QT_TR_NOOP("file is truncated: it has {size} bytes but its tensors need {expected} ({missing} "
                                         "missing); the download was probably interrupted"), size=f"{file_size:,}",
                              expected=f"{expected:,}", missing=f"{(expected - file_size):,}")


def read_file_header(path: str, require_complete: bool = True) -> GGUFHeader:
    """Read a local GGUF file's header and, unless told otherwise, check its tensor data is all there.

    `require_complete=False` is for the first part of a split model, whose tensor table also describes
    data in the other parts.
    """
    import os

    with open(path, "rb") as stream:
        size = os.fstat(stream.fileno()).st_size
        header = read_header(stream, size)
    if require_complete:
        check_complete(header, size)
    return header
