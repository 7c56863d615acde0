"""Will this GGUF run well here? Memory needed for weights, KV cache and compute, against RAM and VRAM.

Estimates follow llama.cpp's allocations: weights are the tensor data of the file; the KV cache holds K and
V for every layer and context position (k/v head sizes times KV heads, at the KV-cache type's bytes per
element: exact, tested against llama.cpp's own report), once per slot (n_parallel sequences each with n_ctx
positions of their own, issue 18); the compute buffer is sized for one micro-batch of 512
tokens (within a few percent of llama.cpp's report on the starter model).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from desktop_llm.core.gguf_header import GGUFHeader

Verdict = Literal["fits on GPU", "partial offload", "CPU only", "won't fit"]
KV_BYTES_PER_ELEMENT = {"f16": 2.0, "q8_0": 34 / 32, "q4_0": 18 / 32}
UBATCH = 512
GPU_RUNTIME_OVERHEAD = 400 * 1024**2  # CUDA/Metal context and driver allocations
RAM_HEADROOM = 1536 * 1024**2  # the OS and the app itself
# A vision projector's image encoder needs a compute buffer for one image beside its weights: llama.cpp's clip
# warm-up reserves from ~60 MB (SmolVLM's 512 px) to ~700 MB (Qwen2.5-VL at its largest); a middle value.
PROJECTOR_COMPUTE = 256 * 1024**2


@dataclass(frozen=True)
class ModelShape:
    n_layers: int
    n_embd: int
    n_head: int
    n_head_kv: int
    key_length: int
    value_length: int
    n_ff: int
    n_vocab: int
    context_length: int

    @classmethod
    def from_header(cls, header: GGUFHeader) -> ModelShape:
        def value(key: str, default: int = 0) -> int:
            raw = header.arch_value(key, default)
            if isinstance(raw, list):  # per-layer values (some hybrid models): use the largest
                raw = max(raw) if raw else default
            try:
                return int(raw)
            except (TypeError, ValueError):
                return default

        n_embd = value("embedding_length")
        n_head = value("attention.head_count", 1) or 1
        head_dim = n_embd // n_head if n_head else 0
        vocab = header.metadata.get("tokenizer.ggml.tokens")
        n_vocab = value("vocab_size") or int(getattr(vocab, "length", 0) or (len(vocab) if isinstance(vocab, list) else 0))
        return cls(
            n_layers=value("block_count"),
            n_embd=n_embd,
            n_head=n_head,
            n_head_kv=value("attention.head_count_kv", n_head) or n_head,
            key_length=value("attention.key_length", head_dim) or head_dim,
            value_length=value("attention.value_length", head_dim) or head_dim,
            n_ff=value("feed_forward_length"),
            n_vocab=n_vocab,
            context_length=header.context_length,
        )


@dataclass(frozen=True)
class MemoryBudget:
    ram_bytes: int
    vram_bytes: int  # 0 when there is no usable GPU
    unified: bool = False  # Apple silicon: the GPU uses system memory
    gpu_name: str = ""
    gpu_count: int = 0  # NVIDIA GPUs (data-parallel training can use them all; a model loads on the first)


@dataclass(frozen=True)
class FitEstimate:
    weights_bytes: int
    kv_cache_bytes: int
    compute_bytes: int
    verdict: Verdict
    gpu_layers: int  # layers that fit on the GPU (n_layers for "fits on GPU", 0 for CPU only)
    n_ctx: int
    projector_bytes: int = 0  # a vision projector's weights and image compute buffer (issue 17); 0 without one

    @property
    def total_bytes(self) -> int:
        return self.weights_bytes + self.kv_cache_bytes + self.compute_bytes + self.projector_bytes


def kv_cache_bytes(shape: ModelShape, n_ctx: int, kv_type: str = "f16", n_parallel: int = 1) -> int:
    per_token = shape.n_layers * shape.n_head_kv * (shape.key_length + shape.value_length)
    return int(per_token * n_ctx * max(1, n_parallel) * KV_BYTES_PER_ELEMENT[kv_type])


def compute_bytes(shape: ModelShape, n_ctx: int, flash_attn: bool = False) -> int:
    """llama.cpp's graph allocator reuses memory: the largest of the logits and (without flash attention) the
    attention scores dominates, plus a few embedding-sized activations."""
    ubatch = min(UBATCH, n_ctx)
    logits = ubatch * 4 * shape.n_vocab
    scores = 0 if flash_attn else ubatch * n_ctx * shape.n_head * 4
    return max(logits, scores) + ubatch * 4 * 4 * shape.n_embd


def estimate_fit(
    shape: ModelShape,
    weights_bytes: int,
    budget: MemoryBudget,
    n_ctx: int,
    kv_type: str = "f16",
    flash_attn: bool = False,
    projector_file_bytes: int = 0,
    n_parallel: int = 1,
) -> FitEstimate:
    """`projector_file_bytes`: the size of a vision projector loaded beside the model (0: none). llama.cpp puts the
    whole projector where the GPU is (it is not split by layers), so it counts against VRAM before any layer.
    `n_parallel`: slots, each with n_ctx positions of KV cache of its own (issue 18)."""
    n_ctx = min(n_ctx, shape.context_length) if shape.context_length else n_ctx
    kv = kv_cache_bytes(shape, n_ctx, kv_type, n_parallel)
    compute = compute_bytes(shape, n_ctx, flash_attn)
    projector = projector_file_bytes + PROJECTOR_COMPUTE if projector_file_bytes > 0 else 0
    compute += projector  # placed like the compute buffer: on the GPU when there is one, else in RAM
    total = weights_bytes + kv + compute
    ram = max(0, budget.ram_bytes - RAM_HEADROOM)
    vram = max(0, budget.vram_bytes - GPU_RUNTIME_OVERHEAD)

    def result(verdict: Verdict, layers: int) -> FitEstimate:
        return FitEstimate(weights_bytes, kv, compute - projector, verdict, layers, n_ctx, projector)

    if vram and total <= vram:
        return result("fits on GPU", shape.n_layers)
    if vram and shape.n_layers and not budget.unified:
        per_layer = (weights_bytes + kv) / shape.n_layers
        layers = int((vram - compute) // per_layer) if vram > compute else 0
        layers = max(0, min(layers, shape.n_layers - 1))
        if layers > 0 and total - layers * per_layer <= ram:
            return result("partial offload", layers)
    if total <= ram:
        return result("CPU only", 0)
    return result("won't fit", 0)
