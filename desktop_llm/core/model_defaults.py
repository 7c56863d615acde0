"""A model's own defaults: the sampling its GGUF file recommends, else its family's published settings, and the
user's changes for that model on top, each value with where it came from (issue 13, part 4).

Pure: the caller reads the header (core/gguf_header.py) and the settings; nothing here touches a file.
Order, highest first: the user's change for this model, the file's `general.sampling.*`, the family's published
default, the user's setting for all models, desktop-llm's own default.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from typing import Any, Literal

from desktop_llm.core.gguf_header import GGUFHeader
from desktop_llm.core.sampling import SamplingParams
from desktop_llm.core.settings_schema import LOAD_FIELDS, SAMPLING_FIELDS, LoadDefaults, ModelOverrides

Source = Literal["user", "file", "family", "global", "app"]
Number = int | float

# general.sampling.* as gguf-py names them (gguf/constants.py, Keys.General.SAMPLING_*; written by
# convert_hf_to_gguf.py from a model's generation_config.json). llama.cpp applies them in common/common.cpp
# (common_init_from_params) unless the user set the value, and ignores a value it cannot parse; so do we: a key of
# the wrong type or out of range is left out with a note, it never makes the file unreadable. The type checks live
# here rather than in the header parser, whose _KNOWN_KEYS refuse the whole file on a wrong type.
SAMPLING_PREFIX = "general.sampling."
_FILE_KEYS: dict[str, tuple[str, str]] = {  # key suffix -> (SamplingParams field, "int" | "float")
    "temp": ("temperature", "float"), "top_k": ("top_k", "int"), "top_p": ("top_p", "float"),
    "min_p": ("min_p", "float"), "penalty_repeat": ("repeat_penalty", "float"),
}
# Read by llama.cpp but not offered by our sampler chain (engine/generation.py): shown as a note, not applied.
_UNSUPPORTED_KEYS = ("sequence", "xtc_probability", "xtc_threshold", "penalty_last_n", "mirostat", "mirostat_tau",
                     "mirostat_eta")


@dataclass(frozen=True)
class Family:
    """A model family's published sampling settings; `source` is where they are published."""

    name: str  # shown as "<name>'s published default"
    sampling: Mapping[str, Number]
    source: str
    non_thinking: Mapping[str, Number] | None = None  # a model with two modes: the settings without reasoning


# First match wins, so the specific names (a DeepSeek-R1 distill is a Qwen2 or Llama file) come before the broad
# ones. `pattern` is searched in "architecture name basename finetune file-name", lowercased.
_FAMILIES: tuple[tuple[str, Family], ...] = (
    (r"deepseek[-_ ]?r1", Family(
        "DeepSeek-R1", {"temperature": 0.6, "top_p": 0.95},
        "https://huggingface.co/deepseek-ai/DeepSeek-R1-Distill-Qwen-7B#usage-recommendations")),
    (r"\bqwq\b", Family(
        "QwQ", {"temperature": 0.6, "top_p": 0.95, "top_k": 40, "min_p": 0.0},
        "https://huggingface.co/Qwen/QwQ-32B#usage-guidelines")),
    (r"qwen3[-_ ]?coder", Family(
        "Qwen3-Coder", {"temperature": 0.7, "top_p": 0.8, "top_k": 20, "repeat_penalty": 1.05},
        "https://huggingface.co/Qwen/Qwen3-Coder-30B-A3B-Instruct#best-practices")),
    (r"qwen3.*instruct[-_ ]?2507", Family(  # the 2507 Instruct models never reason
        "Qwen3-2507 Instruct", {"temperature": 0.7, "top_p": 0.8, "top_k": 20, "min_p": 0.0},
        "https://huggingface.co/Qwen/Qwen3-30B-A3B-Instruct-2507#best-practices")),
    (r"qwen3", Family(
        "Qwen3", {"temperature": 0.6, "top_p": 0.95, "top_k": 20, "min_p": 0.0},
        "https://huggingface.co/Qwen/Qwen3-8B#best-practices",
        non_thinking={"temperature": 0.7, "top_p": 0.8, "top_k": 20, "min_p": 0.0})),
    (r"qwen2\.5", Family(
        "Qwen2.5", {"temperature": 0.7, "top_p": 0.8, "top_k": 20, "repeat_penalty": 1.05},
        "https://huggingface.co/Qwen/Qwen2.5-7B-Instruct/blob/main/generation_config.json")),
    # Gemma 3's generation_config.json has top_k 64 and top_p 0.95; temperature 1.0 and no repeat penalty are the
    # Gemma team's settings as Unsloth relays them (https://docs.unsloth.ai/basics/gemma-3-how-to-run-and-fine-tune).
    (r"^gemma3", Family(
        "Gemma 3", {"temperature": 1.0, "top_k": 64, "top_p": 0.95, "repeat_penalty": 1.0},
        "https://huggingface.co/google/gemma-3-4b-it/blob/main/generation_config.json")),
    (r"mistral[-_ ]?small", Family(
        "Mistral Small", {"temperature": 0.15},
        "https://huggingface.co/mistralai/Mistral-Small-3.1-24B-Instruct-2503 (\"a relatively low temperature, "
        "such as temperature=0.15\")")),
    (r"phi[-_ ]?4.*reasoning", Family(
        "Phi-4-reasoning", {"temperature": 0.8, "top_k": 50, "top_p": 0.95},
        "https://huggingface.co/microsoft/Phi-4-reasoning#usage")),
    (r"^gpt-oss", Family(
        "gpt-oss", {"temperature": 1.0, "top_p": 1.0, "top_k": 0, "min_p": 0.0},
        "https://github.com/openai/gpt-oss#recommended-sampling-parameters")),
    (r"^llama .*(llama[-_ ]?3|meta[-_ ]llama[-_ ]3)", Family(
        "Llama 3", {"temperature": 0.6, "top_p": 0.9},
        "https://huggingface.co/meta-llama/Llama-3.1-8B-Instruct/blob/main/generation_config.json")),
)


@dataclass(frozen=True)
class ModelDefaults:
    """What one model file recommends, before anything the user chose."""

    file_sampling: Mapping[str, Number] = field(default_factory=dict)  # SamplingParams field -> the file's value
    family: Family | None = None
    context_length: int = 0  # what the model was trained for (0: unknown)
    notes: tuple[str, ...] = ()  # recommendations the app cannot apply, or values it refused, in words


def family_for(identity: str) -> Family | None:
    """The family whose published settings apply to a model described by `identity` (see _FAMILIES)."""
    text = identity.lower()
    return next((family for pattern, family in _FAMILIES if re.search(pattern, text)), None)


def _identity(header: GGUFHeader, file_name: str) -> str:
    parts = [header.architecture]
    for key in ("general.name", "general.basename", "general.finetune"):
        value = header.metadata.get(key)
        parts.append(value if isinstance(value, str) else "")
    return " ".join([*parts, file_name])


def file_sampling(metadata: Mapping[str, Any]) -> tuple[dict[str, Number], tuple[str, ...]]:
    """The `general.sampling.*` values the app can apply, checked as SamplingParams checks them, and notes on
    the rest (a wrong type, out of range, or a sampler desktop-llm does not offer)."""
    values: dict[str, Number] = {}
    notes: list[str] = []
    for suffix, (name, kind) in _FILE_KEYS.items():
        key = SAMPLING_PREFIX + suffix
        if key not in metadata:
            continue
        value = metadata[key]
        if isinstance(value, float) and kind == "int" and math.isfinite(value) and value.is_integer():
            value = int(value)
        wanted = (int,) if kind == "int" else (int, float)
        if isinstance(value, bool) or not isinstance(value, wanted):
            notes.append(f"{key} is not {'an integer' if kind == 'int' else 'a number'} ({str(value)[:20]!r}); "
                         "ignored")
            continue
        candidate: dict[str, Any] = {name: value}
        try:
            SamplingParams(**candidate).validated()
        except ValueError as exc:
            notes.append(f"{key} ignored: {exc}")
            continue
        # GGUF keeps these as float32, so 0.4 reads back as 0.4000000059604645: keep the digits that were meant.
        values[name] = float(f"{value:.6g}") if kind == "float" else int(value)
    unsupported = [suffix for suffix in _UNSUPPORTED_KEYS if SAMPLING_PREFIX + suffix in metadata]
    if unsupported:
        notes.append("the file also recommends " + ", ".join(
            f"{s}={str(metadata[SAMPLING_PREFIX + s])[:30]}" for s in unsupported) + ", which desktop-llm's "
            "sampler does not offer")
    return values, tuple(notes)


def defaults_from_header(header: GGUFHeader, file_name: str = "") -> ModelDefaults:
    values, notes = file_sampling(header.metadata)
    return ModelDefaults(values, family_for(_identity(header, file_name)), header.context_length, notes)


def source_label(source: Source, family: Family | None = None) -> str:
    """Where a value came from, as the settings panel shows it."""
    if source == "family" and family is not None:
        return f"{family.name}'s published default"
    return {"user": "your change", "file": "from the model file", "family": "the family's published default",
            "global": "your setting for all models", "app": "desktop-llm's default"}[source]


@dataclass(frozen=True)
class ModelSettings:
    """The settings one model runs with, and where each value came from (field name -> Source)."""

    sampling: SamplingParams
    load: LoadDefaults
    sources: Mapping[str, Source]
    family: Family | None = None

    def label(self, name: str) -> str:
        return source_label(self.sources.get(name, "app"), self.family)

    def summary(self) -> str:
        """One line on what the defaults are based on, for the panel's heading."""
        kinds = set(self.sources.values())
        said = ["the model file"] if "file" in kinds else []
        if "family" in kinds and self.family is not None:
            said.append(f"{self.family.name}'s published defaults")
        if "user" in kinds:
            said.append("your changes")
        return "Based on " + (" and ".join(said) if said else "desktop-llm's defaults")


def model_settings(
    defaults: ModelDefaults, overrides: ModelOverrides, base_sampling: SamplingParams, base_load: LoadDefaults,
    thinking: bool = True,
) -> ModelSettings:
    """The model's values: each field from the highest layer that has one (see the module docstring).

    `thinking`: the mode the model answers in, for a family whose settings differ by mode (Qwen3)."""
    app_sampling, app_load = SamplingParams(), LoadDefaults()
    sources: dict[str, Source] = {}
    family = defaults.family
    family_values: Mapping[str, Number] = {}
    if family is not None:
        family_values = family.sampling if thinking or family.non_thinking is None else family.non_thinking
    sampling: dict[str, Any] = {}
    for name in SAMPLING_FIELDS:
        base = getattr(base_sampling, name)
        layers: tuple[tuple[Source, Mapping[str, Any]], ...] = (
            ("user", overrides.sampling), ("file", defaults.file_sampling), ("family", family_values))
        source, value = next(((kind, values[name]) for kind, values in layers if name in values),
                             ("app" if base == getattr(app_sampling, name) else "global", base))
        sampling[name], sources[name] = value, source
    load: dict[str, Any] = {}
    for name in LOAD_FIELDS:
        base = getattr(base_load, name)
        source = "app" if base == getattr(app_load, name) else "global"
        value = base
        if name == "n_ctx" and 128 <= defaults.context_length < base:  # never more than the model was trained for
            source, value = "file", defaults.context_length
        if name in overrides.load:
            source, value = "user", overrides.load[name]
        load[name], sources[name] = value, source
    return ModelSettings(replace(base_sampling, **sampling), LoadDefaults(**load), sources, family)


def _same(a: Any, b: Any) -> bool:
    """Equal as the panel shows them: its spin boxes keep two decimals, so 0.123 from a file reads back as 0.12."""
    if isinstance(a, float) or isinstance(b, float):
        return isinstance(a, (int, float)) and isinstance(b, (int, float)) and round(a, 2) == round(b, 2)
    return bool(a == b)


def changes_from(chosen: SamplingParams, load: LoadDefaults | None, defaults: ModelSettings) -> ModelOverrides:
    """The user's changes: the values in `chosen` (and `load`, when given) that differ from the model's defaults.
    A value set back to its default stops being a change."""
    sampling = {f.name: getattr(chosen, f.name) for f in fields(SamplingParams)
                if f.name in SAMPLING_FIELDS and not _same(getattr(chosen, f.name), getattr(defaults.sampling, f.name))}
    loads = {} if load is None else {name: getattr(load, name) for name in LOAD_FIELDS
                                     if not _same(getattr(load, name), getattr(defaults.load, name))}
    return ModelOverrides(sampling=sampling, load=loads)
