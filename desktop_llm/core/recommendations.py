"""Which bigger model to suggest on first run, from this machine's memory."""

from __future__ import annotations

from dataclasses import dataclass

from desktop_llm.core.fit_estimate import MemoryBudget

GiB = 1024**3


@dataclass(frozen=True)
class Suggestion:
    repo_id: str
    quantization: str
    approx_size_gb: float
    reason: str


# (memory the model should fit in, suggestion): largest first. Sizes are the Q4_K_M files'.
_TIERS = (
    (14 * GiB, Suggestion("bartowski/Qwen2.5-7B-Instruct-GGUF", "Q4_K_M", 4.7, "a capable 7B model")),
    (6 * GiB, Suggestion("bartowski/Llama-3.2-3B-Instruct-GGUF", "Q4_K_M", 2.0, "a good 3B all-rounder")),
    (3 * GiB, Suggestion("bartowski/Llama-3.2-1B-Instruct-GGUF", "Q4_K_M", 0.8, "a small but useful 1B model")),
)


def suggest_model(budget: MemoryBudget) -> Suggestion:
    """The largest recommended model that leaves room on this machine (GPU memory first, else RAM)."""
    room = budget.vram_bytes if budget.vram_bytes >= 3 * GiB else budget.ram_bytes // 2
    for needed, suggestion in _TIERS:
        if room >= needed:
            where = "your GPU" if budget.vram_bytes >= needed else "this computer's memory"
            return Suggestion(suggestion.repo_id, suggestion.quantization, suggestion.approx_size_gb,
                              f"{suggestion.reason} that fits {where}")
    small = _TIERS[-1][1]
    return Suggestion(small.repo_id, small.quantization, small.approx_size_gb, f"{small.reason}; memory is tight here")
