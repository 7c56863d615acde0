"""How much memory a LoRA fine-tune needs, before it starts: weights + LoRA + optimizer + activations.

The model is shaped from its GGUF header (core/fit_estimate.ModelShape). Weights are dequantized for
training (2 bytes a parameter in bf16/fp16 on a GPU, 4 in fp32 on a CPU). LoRA parameters are kept in fp32
with their gradient and AdamW's two moments (16 bytes each). Activations are what autograd keeps per token
and layer without gradient checkpointing (inputs of the norms, projections and MLP), plus the logits over
the vocabulary, which dominate for small models with large vocabularies (fp32 logits, their gradient and
the log-softmax).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from desktop_llm.core.fit_estimate import ModelShape
from desktop_llm.core.training_config import TrainConfig

GPU_CONTEXT_BYTES = 600 * 1024**2  # CUDA context, cuBLAS workspaces, allocator slack
CPU_RUNTIME_BYTES = 700 * 1024**2  # torch + transformers in the worker process


@dataclass(frozen=True)
class TrainingMemory:
    weights: int
    lora: int
    optimizer: int
    activations: int
    runtime: int

    @property
    def total(self) -> int:
        return self.weights + self.lora + self.optimizer + self.activations + self.runtime

    def describe(self) -> str:
        gib = 1024**3
        return (
            f"≈ {self.total / gib:.1f} GiB: weights {self.weights / gib:.2f}, LoRA {self.lora / gib:.3f}, "
            f"optimizer {self.optimizer / gib:.3f}, activations {self.activations / gib:.2f}, "
            f"runtime {self.runtime / gib:.2f}"
        )


def module_dims(shape: ModelShape) -> dict[str, tuple[int, int]]:
    """(in, out) features of each LoRA target module in one transformer block."""
    q_out = shape.n_head * shape.key_length
    kv_out = shape.n_head_kv * shape.key_length
    v_out = shape.n_head_kv * shape.value_length
    return {
        "q_proj": (shape.n_embd, q_out),
        "k_proj": (shape.n_embd, kv_out),
        "v_proj": (shape.n_embd, v_out),
        "o_proj": (shape.n_head * shape.value_length, shape.n_embd),
        "gate_proj": (shape.n_embd, shape.n_ff),
        "up_proj": (shape.n_embd, shape.n_ff),
        "down_proj": (shape.n_ff, shape.n_embd),
    }


def lora_parameter_count(shape: ModelShape, config: TrainConfig) -> int:
    dims = module_dims(shape)
    per_layer = sum(config.rank * (dims[m][0] + dims[m][1]) for m in config.target_modules if m in dims)
    return per_layer * shape.n_layers


def estimate_training_memory(shape: ModelShape, n_params: int, config: TrainConfig, on_gpu: bool) -> TrainingMemory:
    weight_bytes = 2 if on_gpu else 4
    lora_params = lora_parameter_count(shape, config)
    tokens = config.batch_size * config.max_seq_len
    per_token_layer = weight_bytes * (16 * shape.n_embd + 3 * shape.n_ff)
    logits = tokens * shape.n_vocab * 12
    return TrainingMemory(
        weights=n_params * weight_bytes,
        lora=lora_params * 8,  # fp32 weights and gradients
        optimizer=lora_params * 8,  # AdamW's two fp32 moments
        activations=tokens * per_token_layer * shape.n_layers + logits,
        runtime=GPU_CONTEXT_BYTES if on_gpu else CPU_RUNTIME_BYTES,
    )


def fitting_config(
    shape: ModelShape, n_params: int, config: TrainConfig, on_gpu: bool, available: int
) -> TrainConfig | None:
    """The given config if it fits in `available` bytes, else smaller batch (kept by more accumulation) then
    shorter sequences that do; None when even batch 1 at 128 tokens does not fit."""
    candidate = config
    while estimate_training_memory(shape, n_params, candidate, on_gpu).total > available:
        if candidate.batch_size > 1:
            half = candidate.batch_size // 2
            accum = candidate.grad_accum * candidate.batch_size // half
            candidate = replace(candidate, batch_size=half, grad_accum=accum)
        elif candidate.max_seq_len > 128:
            candidate = replace(candidate, max_seq_len=max(128, candidate.max_seq_len // 2))
        else:
            return None
    return candidate
