from __future__ import annotations

import io
import struct
import tracemalloc
from pathlib import Path

import gguf
import pytest

from desktop_llm.core.gguf_header import (
    FILE_TYPES,
    GGML_TYPES,
    MAX_NESTING,
    MAX_WALKED_ITEMS,
    ArraySummary,
    GGUFFormatError,
    GGUFLimitError,
    GGUFValueTypeError,
    check_complete,
    read_file_header,
    read_header,
)
from tests.hostile import gguf as hostile
from tests.hostile.gguf import HOSTILE_HEADERS


def test_type_table_matches_the_gguf_library() -> None:
    for type_id, (name, block, size) in GGML_TYPES.items():
        quant = gguf.GGMLQuantizationType(type_id)
        assert quant.name == name
        assert gguf.GGML_QUANT_SIZES[quant] == (block, size)


def test_file_type_names_match_llama_cpp() -> None:
    for number, name in FILE_TYPES.items():
        assert gguf.LlamaFileType(number).name.removeprefix("MOSTLY_").removeprefix("ALL_") == name


def test_starter_model_header(starter_model: Path) -> None:
    header = read_file_header(str(starter_model))
    assert header.architecture == "llama"
    assert header.arch_value("block_count") == 30
    assert header.context_length == 8192
    assert header.quantization == "Q4_1"
    assert header.expected_file_size == starter_model.stat().st_size
    assert "im_start" in header.chat_template
    tokens = header.metadata["tokenizer.ggml.tokens"]
    assert isinstance(tokens, ArraySummary) and tokens.length == 49152
    assert 130e6 < header.parameter_count < 140e6


def test_truncated_file_reports_missing_bytes(starter_model: Path, tmp_path: Path) -> None:
    cut = tmp_path / "cut.gguf"
    cut.write_bytes(starter_model.read_bytes()[:50_000_000])
    with pytest.raises(GGUFFormatError, match="truncated"):
        read_file_header(str(cut))


def test_file_cut_inside_the_header(starter_model: Path) -> None:
    with pytest.raises(GGUFFormatError, match="ends inside the header"):
        read_header(io.BytesIO(starter_model.read_bytes()[:4000]))


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (b"PK\x03\x04" + b"\0" * 100, "not a GGUF file"),
        (b"GGUF" + struct.pack("<I", 9) + b"\0" * 16, "unsupported GGUF version 9"),
        (b"GGUF" + struct.pack("<IQQ", 3, 2**40, 0), "not plausible"),
        (b"GGUF" + struct.pack("<IQQ", 3, 0, 1) + struct.pack("<Q", 2**40), "not plausible"),
    ],
)
def test_garbage_is_rejected_with_a_reason(data: bytes, message: str) -> None:
    with pytest.raises(GGUFFormatError, match=message):
        read_header(io.BytesIO(data))


def test_check_complete_accepts_exact_size(starter_model: Path) -> None:
    with open(starter_model, "rb") as handle:
        header = read_header(handle)
    check_complete(header, header.expected_file_size)


# Hostile headers (issue 10, item 4): every malformation is a GGUFFormatError of its own kind, never
# ValueError from int(), RecursionError or an allocation the size of a claim.


@pytest.mark.parametrize("name", sorted(HOSTILE_HEADERS))
def test_hostile_header_is_refused_with_a_format_error(name: str, tmp_path: Path) -> None:
    make, words = HOSTILE_HEADERS[name]
    data = make()
    with pytest.raises(GGUFFormatError, match=words):
        read_header(io.BytesIO(data), len(data))
    path = tmp_path / f"{name}.gguf"
    path.write_bytes(data)
    with pytest.raises(GGUFFormatError, match=words):
        read_file_header(str(path))


def test_a_string_where_a_count_belongs_is_a_value_type_error() -> None:
    with pytest.raises(GGUFValueTypeError, match=r"llama.context_length must be a non-negative integer.*'4096k'"):
        read_header(io.BytesIO(hostile.string_context_length()))


def test_deep_nesting_is_a_limit_error_and_shallow_nesting_parses() -> None:
    with pytest.raises(GGUFLimitError, match="deep"):
        read_header(io.BytesIO(hostile.nested_arrays(1000)))
    header = read_header(io.BytesIO(hostile.nested_arrays(MAX_NESTING)))
    assert header.metadata["hostile.nested"] == [[[]]]


def test_57_mb_of_empty_arrays_is_refused_without_allocating_for_them() -> None:
    data = hostile.many_empty_arrays(4_750_000)  # the reported file: 416 MB and 14 s to parse
    tracemalloc.start()
    try:
        with pytest.raises(GGUFLimitError, match="arrays inside arrays"):
            read_header(io.BytesIO(data), len(data))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 2 * 1024 * 1024


def test_a_long_scalar_array_is_skipped_in_chunks_not_held(tmp_path: Path) -> None:
    count = 6_000_000  # 48 MB of uint64: parsed with a preview, never read whole into memory
    payload = struct.pack("<IQ", hostile.UINT64, count) + bytes(8 * count)
    data = hostile.header([*hostile.llama_keys(), hostile.kv("big.array", hostile.ARRAY, payload)])
    tracemalloc.start()
    try:
        header = read_header(io.BytesIO(data), len(data))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert header.metadata["big.array"] == ArraySummary(count, (0,) * 8)
    assert peak < 4 * 1024 * 1024


def test_counts_are_bounded_when_the_size_is_unknown() -> None:
    # A remote header (read through HTTP Range) has no known size: the walk budget refuses the claim at once.
    with pytest.raises(GGUFLimitError, match="strings"):
        read_header(io.BytesIO(hostile.many_strings_claim(MAX_WALKED_ITEMS + 1)))


def test_metadata_kept_in_memory_is_bounded() -> None:
    data = hostile.big_kept_strings(5, 15 * 1024 * 1024)
    with pytest.raises(GGUFLimitError, match="MB of metadata"):
        read_header(io.BytesIO(data), len(data))


def test_per_layer_counts_and_long_vocabularies_are_accepted() -> None:
    per_layer = struct.pack("<IQ", hostile.INT32, 3) + struct.pack("<3i", 8, 8, 4)
    tokens = struct.pack("<IQ", hostile.STRING, 300_000) + hostile.gguf_string("tok") * 300_000
    data = hostile.header([*hostile.llama_keys(), hostile.kv("llama.attention.head_count", hostile.ARRAY, per_layer),
                           hostile.kv("tokenizer.ggml.tokens", hostile.ARRAY, tokens)])
    header = read_header(io.BytesIO(data), len(data))
    assert header.arch_value("attention.head_count") == [8, 8, 4]
    assert header.metadata["tokenizer.ggml.tokens"] == ArraySummary(300_000, ("tok",) * 8)
    assert header.context_length == 4096
