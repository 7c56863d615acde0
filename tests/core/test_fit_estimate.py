from __future__ import annotations

from pathlib import Path

from desktop_llm.core.fit_estimate import (
    GPU_RUNTIME_OVERHEAD,
    RAM_HEADROOM,
    MemoryBudget,
    ModelShape,
    compute_bytes,
    estimate_fit,
    kv_cache_bytes,
)
from desktop_llm.core.gguf_header import read_file_header

GiB = 1024**3


def starter_shape(starter_model: Path) -> ModelShape:
    return ModelShape.from_header(read_file_header(str(starter_model)))


def test_shape_from_the_starter_header(starter_model: Path) -> None:
    shape = starter_shape(starter_model)
    assert (shape.n_layers, shape.n_embd, shape.n_head, shape.n_head_kv) == (30, 576, 9, 3)
    assert (shape.key_length, shape.value_length, shape.n_ff, shape.n_vocab) == (64, 64, 1536, 49152)
    assert shape.context_length == 8192


def test_kv_cache_by_hand(starter_model: Path) -> None:
    shape = starter_shape(starter_model)
    # 30 layers x 3 KV heads x (64 + 64) per token x 4096 tokens x 2 bytes (f16)
    assert kv_cache_bytes(shape, 4096, "f16") == 30 * 3 * 128 * 4096 * 2 == 90 * 1024**2
    assert kv_cache_bytes(shape, 4096, "q8_0") == int(30 * 3 * 128 * 4096 * 34 / 32)
    assert kv_cache_bytes(shape, 4096, "q4_0") == int(30 * 3 * 128 * 4096 * 18 / 32)


def test_compute_buffer_by_hand(starter_model: Path) -> None:
    shape = starter_shape(starter_model)
    logits = 512 * 4 * 49152
    assert compute_bytes(shape, 2048) == logits + 512 * 16 * 576  # logits outweigh 512x2048x9 scores
    assert compute_bytes(shape, 65536) == 512 * 65536 * 9 * 4 + 512 * 16 * 576
    assert compute_bytes(shape, 65536, flash_attn=True) == logits + 512 * 16 * 576


def test_verdicts(tmp_path: Path) -> None:
    from tests.gguf_fixtures import tiny_gguf

    shape = ModelShape.from_header(read_file_header(str(tiny_gguf(tmp_path / "t.gguf"))))
    weights = 4 * GiB
    gpu = MemoryBudget(ram_bytes=32 * GiB, vram_bytes=24 * GiB)
    assert estimate_fit(shape, weights, gpu, 2048).verdict == "fits on GPU"
    small_gpu = MemoryBudget(ram_bytes=32 * GiB, vram_bytes=2 * GiB + GPU_RUNTIME_OVERHEAD)
    partial = estimate_fit(shape, weights, small_gpu, 2048)
    assert partial.verdict == "partial offload" and 0 < partial.gpu_layers < shape.n_layers
    assert estimate_fit(shape, weights, MemoryBudget(ram_bytes=16 * GiB, vram_bytes=0), 2048).verdict == "CPU only"
    tight = MemoryBudget(ram_bytes=weights + RAM_HEADROOM, vram_bytes=0)
    assert estimate_fit(shape, weights, tight, 2048).verdict == "won't fit"
    mac = MemoryBudget(ram_bytes=16 * GiB, vram_bytes=12 * GiB, unified=True)
    assert estimate_fit(shape, weights, mac, 2048).verdict == "fits on GPU"


def test_context_is_capped_at_the_training_length(starter_model: Path) -> None:
    shape = starter_shape(starter_model)
    fit = estimate_fit(shape, 98_000_000, MemoryBudget(16 * GiB, 0), 1_000_000)
    assert fit.n_ctx == 8192 and fit.kv_cache_bytes == kv_cache_bytes(shape, 8192)
    assert fit.total_bytes == fit.weights_bytes + fit.kv_cache_bytes + fit.compute_bytes
