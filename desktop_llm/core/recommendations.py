"""Which models to suggest: the curated list shown in Discover before any search, and the bigger model suggested on
first run from this machine's memory. Both follow the UI's language (issue 21): Chinese readers get Qwen first,
the family trained most on Chinese among small open models.

The lists are data (the tables below); the functions only pick from them."""

from __future__ import annotations

from dataclasses import dataclass

from desktop_llm.core.fit_estimate import MemoryBudget
from desktop_llm.core.ui_text import QT_TR_NOOP

GiB = 1024**3


# Where a suggestion fits (Suggestion.fits), which the welcome says in the user's language.
FITS_GPU, FITS_MEMORY, MEMORY_TIGHT = "gpu", "memory", "tight"


@dataclass(frozen=True)
class Suggestion:
    repo_id: str
    quantization: str
    approx_size_gb: float
    reason: str  # what the model is good for (a QT_TR_NOOP text: the UI translates it)
    fits: str = ""  # FITS_GPU, FITS_MEMORY or MEMORY_TIGHT; "" in the tables

    @property
    def summary(self) -> str:
        """The reason and where it fits, in English (logs, tests)."""
        where = {FITS_GPU: " that fits your GPU", FITS_MEMORY: " that fits this computer's memory",
                 MEMORY_TIGHT: "; memory is tight here"}
        return self.reason + where.get(self.fits, "")


@dataclass(frozen=True)
class CuratedModel:
    """A model of the curated list; `strong_in` names the languages (ISO 639-1) it is put first for."""

    repo_id: str
    strong_in: tuple[str, ...] = ()


# Small chat models that run on most machines, in the order shown; a language's strong models move to the front,
# keeping this order among themselves.
CURATED: tuple[CuratedModel, ...] = (
    CuratedModel("bartowski/Llama-3.2-3B-Instruct-GGUF"),
    CuratedModel("bartowski/Qwen2.5-7B-Instruct-GGUF", ("zh",)),
    CuratedModel("bartowski/google_gemma-3-4b-it-GGUF"),
    CuratedModel("bartowski/Phi-4-mini-instruct-GGUF"),
    CuratedModel("bartowski/Qwen2.5-1.5B-Instruct-GGUF", ("zh",)),
    CuratedModel("HuggingFaceTB/SmolLM2-1.7B-Instruct-GGUF"),
    CuratedModel("bartowski/Mistral-7B-Instruct-v0.3-GGUF"),
    CuratedModel("bartowski/Llama-3.2-1B-Instruct-GGUF"),
    # Shown first for Chinese; Qwen3 answers in both languages and thinks before it answers (the Think switch).
    CuratedModel("Qwen/Qwen3-4B-GGUF", ("zh",)),
    CuratedModel("bartowski/Qwen2.5-3B-Instruct-GGUF", ("zh",)),
    CuratedModel("Qwen/Qwen3-8B-GGUF", ("zh",)),
    CuratedModel("bartowski/DeepSeek-R1-Distill-Qwen-7B-GGUF", ("zh",)),
)

# Each language's first-run tiers: (memory the model should fit in, suggestion), largest first. Sizes are the
# Q4_K_M files'. A language without its own tiers gets the default ones.
_DEFAULT_TIERS = (
    (14 * GiB, Suggestion("bartowski/Qwen2.5-7B-Instruct-GGUF", "Q4_K_M", 4.7, QT_TR_NOOP("a capable 7B model"))),
    (6 * GiB, Suggestion("bartowski/Llama-3.2-3B-Instruct-GGUF", "Q4_K_M", 2.0, QT_TR_NOOP("a good 3B all-rounder"))),
    (3 * GiB, Suggestion("bartowski/Llama-3.2-1B-Instruct-GGUF", "Q4_K_M", 0.8, QT_TR_NOOP("a small but useful 1B model"))),
)
TIERS: dict[str, tuple[tuple[int, Suggestion], ...]] = {
    "": _DEFAULT_TIERS,
    "zh": (
        (14 * GiB, Suggestion("bartowski/Qwen2.5-7B-Instruct-GGUF", "Q4_K_M", 4.7,
                              QT_TR_NOOP("a capable 7B model, fluent in Chinese and English"))),
        (6 * GiB, Suggestion("bartowski/Qwen2.5-3B-Instruct-GGUF", "Q4_K_M", 1.9,
                             QT_TR_NOOP("a good 3B all-rounder, fluent in Chinese and English"))),
        (3 * GiB, Suggestion("bartowski/Qwen2.5-1.5B-Instruct-GGUF", "Q4_K_M", 1.1,
                             QT_TR_NOOP("a small but useful 1.5B model that writes Chinese well"))),
    ),
}


def language_of_locale(locale: str) -> str:
    """The ISO 639-1 language of a locale name: "zh_CN", "zh-Hant-TW", "zh" -> "zh"; "" -> ""."""
    return locale.replace("-", "_").split("_")[0].lower()


def curated_repos(locale: str = "") -> tuple[str, ...]:
    """The curated list for a UI locale ("zh_CN", "en_US", QLocale.name()): models strong in its language first."""
    language = language_of_locale(locale)
    first = [m.repo_id for m in CURATED if language and language in m.strong_in]
    return (*first, *(m.repo_id for m in CURATED if m.repo_id not in first))


def suggest_model(budget: MemoryBudget, locale: str = "") -> Suggestion:
    """The largest recommended model for the UI locale's language that leaves room on this machine (GPU memory
    first, else RAM)."""
    tiers = TIERS.get(language_of_locale(locale), _DEFAULT_TIERS)
    room = budget.vram_bytes if budget.vram_bytes >= 3 * GiB else budget.ram_bytes // 2
    for needed, suggestion in tiers:
        if room >= needed:
            fits = FITS_GPU if budget.vram_bytes >= needed else FITS_MEMORY
            return Suggestion(suggestion.repo_id, suggestion.quantization, suggestion.approx_size_gb,
                              suggestion.reason, fits)
    small = tiers[-1][1]
    return Suggestion(small.repo_id, small.quantization, small.approx_size_gb, small.reason, MEMORY_TIGHT)
