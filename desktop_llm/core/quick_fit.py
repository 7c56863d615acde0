"""A quick "will it run here?" for a model already in the library, from its file size alone: the model picker's
badge (fits / tight / too big).

The exact estimate (core/fit_estimate.py) needs the GGUF's shape, read from the file's header; the picker lists
every model at once and must not read headers on the GUI thread. Weights are the file's size; the KV cache and
compute buffers at a default context (4,096 tokens) vary with the model's shape: about an eighth of the weights for
an 8B model with grouped-query attention (f16 KV: 0.5 GB beside 4.6 GB at Q4_K_M), as much as the weights for the
smallest ones (the starter: about 90 MB of KV beside a 94 MB file). A quarter of the weights, at least 512 MB,
covers both; the badge is a rough guide, and Discover shows the exact estimate before a download.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from desktop_llm.core.fit_estimate import GPU_RUNTIME_OVERHEAD, RAM_HEADROOM, MemoryBudget
from desktop_llm.core.model_info import human_size

Badge = Literal["fits", "tight", "too big"]
CONTEXT_ALLOWANCE = 0.25  # KV cache and compute at a default context, as a share of the weights
MIN_ALLOWANCE = 512 * 1024**2  # ... and at least this much (small models have large caches for their size)
CPU_COMFORT = 0.75  # on the CPU alone a model that takes more than this share of the free RAM leaves the OS short


@dataclass(frozen=True)
class QuickFit:
    badge: Badge
    needed_bytes: int
    available_bytes: int  # the fast memory it was measured against (VRAM with a GPU, else RAM)

    @property
    def explanation(self) -> str:
        return (f"About {human_size(self.needed_bytes)} needed with a default context, "
                f"{human_size(self.available_bytes)} available. {_SAYS[self.badge]}")


_SAYS: dict[Badge, str] = {
    "fits": "It should run comfortably.",
    "tight": "It should load, but slowly or with little room left (part of it on the CPU, or most of the RAM).",
    "too big": "It is unlikely to load on this computer.",
}


def quick_fit(size_bytes: int, budget: MemoryBudget) -> QuickFit:
    needed = size_bytes + max(int(size_bytes * CONTEXT_ALLOWANCE), MIN_ALLOWANCE)
    ram = max(0, budget.ram_bytes - RAM_HEADROOM)
    vram = max(0, budget.vram_bytes - GPU_RUNTIME_OVERHEAD) if not budget.unified else 0
    if vram:
        if needed <= vram:
            return QuickFit("fits", needed, vram)
        return QuickFit("tight" if needed <= vram + ram else "too big", needed, vram)
    if needed <= ram * CPU_COMFORT:
        return QuickFit("fits", needed, ram)
    return QuickFit("tight" if needed <= ram else "too big", needed, ram)
