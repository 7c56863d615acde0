"""How much memory a LoRA fine-tune needs, before it starts: weights + LoRA + optimizer + activations.

The model is shaped from its GGUF header (core/fit_estimate.ModelShape). Weights are dequantized for
training (2 bytes a parameter in bf16/fp16 on a GPU, 4 in fp32 on a CPU). LoRA parameters are kept in fp32
with their gradient and AdamW's two moments (16 bytes each). Activations are what autograd keeps per token
and layer without gradient checkpointing (inputs of the norms, projections and MLP), plus the logits over
the vocabulary, which dominate for small models with large vocabularies (fp32 logits, their gradient and
the log-softmax).

Activations scale with the tokens of one micro-batch as the trainer really builds it: batches are padded to
their longest example (training/data_prep.collate), not to the maximum sequence length, and examples longer
than that are cut. So the estimate takes the examples' own lengths (ExampleLengths): the batch that holds the
longest example is the peak, `min(batch, examples) x min(longest, max_seq_len)` tokens. The form has no
tokenizer (it lives in the training worker), so it estimates tokens from characters, erring high: an ASCII
token is counted as 3 characters and any other character as 1.5 tokens, plus the chat template's tokens
around each message. Against SmolLM2's tokenizer that counts English prose and code 1.0-1.3x high, German
1.0x, Russian 1.6x and Chinese 0.9x (byte-level BPE spends 1.65 tokens on a Chinese character; larger
vocabularies spend about 1). Without data the estimate assumes full batches of maximum-length examples, the
worst case. (Issue 20, item 6: the old estimate always assumed that worst case and said 9.8 GiB for a run
that peaked at 1.5 GiB; tests/training/test_memory_estimate.py holds it to the measured peak.)

Issue 16's options: a 4-bit base (QLoRA) keeps the blocks' linear weights in NF4, about 0.55 bytes a parameter
with its double-quantized scales, while the embeddings and the output head stay in 16 bits, and one layer is
dequantized at a time in the forward pass. Gradient checkpointing keeps only each block's input (one vector a
token and layer) and recomputes one block at a time in the backward pass. With data parallelism each GPU holds the
whole model and trains its own micro-batches of `batch_size`, plus NCCL's buffers and the gradient bucket: the
estimate is per GPU. Ranks on the CPU share its RAM, so there the estimate covers all of them.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, fields, replace

from desktop_llm.core.fit_estimate import ModelShape
from desktop_llm.core.training_config import TrainConfig

GPU_CONTEXT_BYTES = 600 * 1024**2  # CUDA context, cuBLAS workspaces, allocator slack
CPU_RUNTIME_BYTES = 700 * 1024**2  # torch + transformers in the worker process
ASCII_CHARS_PER_TOKEN = 3  # English BPE averages about 3.7-3.8 characters a token: 3 errs high
OTHER_TOKENS_PER_CHAR = 1.5  # accented, Cyrillic, CJK: 0.6-1.7 tokens a character, by tokenizer and script
TEMPLATE_TOKENS_PER_MESSAGE = 8  # role headers and end markers (ChatML: 5, Llama 3: 5, Gemma: 5)
NF4_BYTES_PER_PARAM = 0.55  # 4 bits + an fp8 scale per 64 weights + fp32 scales of those per 256 blocks (bnb)
DATA_PARALLEL_BYTES = 384 * 1024**2  # NCCL's channels and buffers per GPU, the process group's store
GRADIENT_BUCKET_PARAMS = 16 * 1024**2  # training/distributed.BUCKET_ELEMENTS: fp32 gradients summed at a time


def estimate_tokens(text: str) -> int:
    """Tokens of `text` without a tokenizer, erring high (the module's docstring says how much)."""
    ascii_chars = len(text.encode("ascii", "ignore"))
    return math.ceil(ascii_chars / ASCII_CHARS_PER_TOKEN + (len(text) - ascii_chars) * OTHER_TOKENS_PER_CHAR)


@dataclass(frozen=True)
class ExampleLengths:
    """The token lengths of a data set's examples, counted by a tokenizer or estimated (`estimated`)."""

    tokens: tuple[int, ...]
    estimated: bool = True

    @classmethod
    def of_messages(cls, examples: Sequence[Sequence[str]], template_tokens: int = 0) -> ExampleLengths:
        """Estimated from each example's message texts, the template's tokens per message, and `template_tokens`
        more per example (what the template adds once, such as a default system prompt)."""
        return cls(tuple(
            sum(estimate_tokens(text) + TEMPLATE_TOKENS_PER_MESSAGE for text in messages) + template_tokens
            for messages in examples
        ))

    @property
    def longest(self) -> int:
        return max(self.tokens, default=0)

    def peak_batch_tokens(self, batch_size: int, max_seq_len: int) -> int:
        """Tokens in the largest micro-batch: the one padded to the longest example (cut at max_seq_len)."""
        if not self.tokens:
            return batch_size * max_seq_len
        return min(batch_size, len(self.tokens)) * min(self.longest, max_seq_len)


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


def estimate_training_memory(
    shape: ModelShape, n_params: int, config: TrainConfig, on_gpu: bool, lengths: ExampleLengths | None = None
) -> TrainingMemory:
    """The peak of a run; `lengths` are the data's examples (None: assume full batches of max_seq_len)."""
    weight_bytes = 2 if on_gpu else 4
    lora_params = lora_parameter_count(shape, config)
    tokens = (lengths or ExampleLengths(())).peak_batch_tokens(config.batch_size, config.max_seq_len)
    per_token_layer = weight_bytes * (16 * shape.n_embd + 3 * shape.n_ff)
    logits = tokens * shape.n_vocab * 12
    if config.gradient_checkpointing:  # every block's input, and one block's activations at a time
        layers = tokens * (weight_bytes * shape.n_embd * shape.n_layers + per_token_layer)
    else:
        layers = tokens * per_token_layer * shape.n_layers
    weights = n_params * weight_bytes
    runtime = GPU_CONTEXT_BYTES if on_gpu else CPU_RUNTIME_BYTES
    if config.quantized_base and on_gpu:
        unquantized = min(n_params, 2 * shape.n_vocab * shape.n_embd)  # embeddings and output head
        weights = math.ceil((n_params - unquantized) * NF4_BYTES_PER_PARAM) + unquantized * weight_bytes
        runtime += 2 * shape.n_embd * shape.n_ff * weight_bytes  # a dequantized weight and its gradient's input
    if config.gpus > 1 and on_gpu:
        runtime += DATA_PARALLEL_BYTES + min(lora_params, GRADIENT_BUCKET_PARAMS) * 4
    memory = TrainingMemory(
        weights=weights,
        lora=lora_params * 8,  # fp32 weights and gradients
        optimizer=lora_params * 8,  # AdamW's two fp32 moments
        activations=layers + logits,
        runtime=runtime,
    )
    if config.gpus > 1 and not on_gpu:  # the ranks share the machine's RAM
        memory = TrainingMemory(*(config.gpus * getattr(memory, f.name) for f in fields(TrainingMemory)))
    return memory


def fitting_config(
    shape: ModelShape, n_params: int, config: TrainConfig, on_gpu: bool, available: int,
    lengths: ExampleLengths | None = None, can_quantize: bool = False,
) -> TrainConfig | None:
    """The given config if it fits in `available` bytes, else one that does: gradient checkpointing first (it
    costs time, not quality), then a smaller batch (kept by more accumulation), then a 4-bit base when
    `can_quantize` (a CUDA GPU), then shorter sequences; None when even that does not fit."""
    candidate = config
    while estimate_training_memory(shape, n_params, candidate, on_gpu, lengths).total > available:
        if not candidate.gradient_checkpointing:
            candidate = replace(candidate, gradient_checkpointing=True)
        elif candidate.batch_size > 1:
            half = candidate.batch_size // 2
            accum = candidate.grad_accum * candidate.batch_size // half
            candidate = replace(candidate, batch_size=half, grad_accum=accum)
        elif can_quantize and on_gpu and not candidate.quantized_base:
            candidate = replace(candidate, quantized_base=True)
        elif candidate.max_seq_len > 128:
            candidate = replace(candidate, max_seq_len=max(128, candidate.max_seq_len // 2))
        else:
            return None
    return candidate
