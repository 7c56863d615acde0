from __future__ import annotations

from desktop_llm.core.fit_estimate import MemoryBudget
from desktop_llm.core.quick_fit import quick_fit

GB = 1024**3


def test_cpu_only_machine() -> None:
    budget = MemoryBudget(ram_bytes=16 * GB, vram_bytes=0)
    small = quick_fit(94 * 1024**2, budget)  # the starter: the 512 MB floor counts for its cache
    assert small.badge == "fits" and small.needed_bytes == 94 * 1024**2 + 512 * 1024**2
    assert quick_fit(8 * GB, budget).badge == "fits"  # 10 GB of the 14.5 GB free: under three quarters
    assert quick_fit(11 * GB, budget).badge == "tight"  # 13.75 GB: loads, with the RAM nearly full
    assert quick_fit(13 * GB, budget).badge == "too big"
    assert "It should run comfortably." in small.explanation


def test_discrete_gpu_measures_against_vram_then_ram() -> None:
    budget = MemoryBudget(ram_bytes=32 * GB, vram_bytes=8 * GB, gpu_name="RTX")
    assert quick_fit(4 * GB, budget).badge == "fits"  # 5 GB in the 7.6 GB of VRAM
    assert quick_fit(12 * GB, budget).badge == "tight"  # part on the CPU
    fit = quick_fit(40 * GB, budget)
    assert fit.badge == "too big" and fit.available_bytes == 8 * GB - 400 * 1024**2


def test_unified_memory_counts_once() -> None:
    budget = MemoryBudget(ram_bytes=16 * GB, vram_bytes=16 * GB, unified=True)
    assert quick_fit(8 * GB, budget).badge == "fits"
    assert quick_fit(13 * GB, budget).badge == "too big"
