from __future__ import annotations

import io
import struct
from pathlib import Path

import gguf
import pytest

from desktop_llm.core.gguf_header import (
    FILE_TYPES,
    GGML_TYPES,
    ArraySummary,
    GGUFFormatError,
    check_complete,
    read_file_header,
    read_header,
)


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
