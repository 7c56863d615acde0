"""Sampling and model-load parameters, with the presets the settings panel offers."""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, field, replace
from typing import Any

from desktop_llm.core.errors import RequestInvalidError
from desktop_llm.core.ui_text import QT_TR_NOOP

KV_CACHE_TYPES: tuple[str, ...] = ("f16", "q8_0", "q4_0")
Adapters = tuple[tuple[str, float], ...]  # LoRA adapters as (GGUF path, scale)

# Upper bounds that no real setting reaches but that keep every value inside what llama.cpp's C types hold
# (a seed is a uint32, counts are int32): beyond them ctypes raised OverflowError deep in a request, a 500
# instead of a 400 naming the field (issue 10, item 13).
MAX_TOP_K = 1_000_000  # larger than any vocabulary; top_k above the vocabulary means "all tokens"
MAX_SEED = 2**32 - 1
MAX_TOKENS = 1 << 24
MAX_CONTEXT = 1 << 24  # 16 M tokens: above every released model's context length
MAX_GPU_LAYERS = 100_000
MAX_THREADS = 1024
MAX_STOP_STRINGS = 64
MAX_STOP_LENGTH = 1024  # the stop matcher's work per token grows with the longest stop string
MAX_ADAPTER_SCALE = 100.0
MAX_PARALLEL = 16  # slots per context: each holds its own n_ctx of KV cache, so memory grows with every one


def checked_int(name: str, value: object, low: int, high: int) -> int:
    """`value` as an int within [low, high]; a whole float (512.0) counts, a bool or a string does not."""
    if isinstance(value, float) and math.isfinite(value) and value.is_integer():
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int):
        raise RequestInvalidError(QT_TR_NOOP("{name} must be an integer, got {value}"), name=name, value=_shown(value))
    if not low <= value <= high:
        raise RequestInvalidError(QT_TR_NOOP("{name} must be between {low} and {high}, got {value}"), name=name, low=low,
                                  high=high, value=_shown(value))
    return value


def checked_float(name: str, value: object, low: float, high: float, low_open: bool = False,
                  high_open: bool = False) -> float:
    """`value` as a finite float within the range (NaN and infinities are refused, never compared)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise RequestInvalidError(QT_TR_NOOP("{name} must be a number, got {value}"), name=name, value=_shown(value))
    number = float(value)
    if not math.isfinite(number):
        raise RequestInvalidError(QT_TR_NOOP("{name} must be a finite number, got {value}"), name=name,
                                  value=_shown(value))
    too_low = number <= low if low_open else number < low
    too_high = number >= high if high_open else number > high
    if too_low or too_high:
        interval = f"{'(' if low_open else '['}{low:g}, {high:g}{')' if high_open else ']'}"
        raise RequestInvalidError(QT_TR_NOOP("{name} must be in {interval}, got {value}"), name=name, interval=interval,
                                  value=_shown(value))
    return number


def _shown(value: object) -> str:
    """A value for an error message, cut short: a hostile request may send a 4,000-digit number."""
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


@dataclass(frozen=True)
class SamplingParams:
    """How the next token is chosen; maps one to one onto llama.cpp's native sampler chain."""

    temperature: float = 0.7
    top_k: int = 40
    top_p: float = 0.95
    min_p: float = 0.05
    repeat_penalty: float = 1.1
    seed: int = -1  # -1: a new random seed for every request
    max_tokens: int = 1024
    stop: tuple[str, ...] = ()

    def validated(self) -> SamplingParams:
        """These parameters with every value type- and range-checked (else RequestInvalidError naming the field).

        Values may come from JSON, so a string, a bool, NaN or a 400-digit number must be refused here rather
        than reach llama.cpp; whole floats (512.0) become ints.
        """
        stop = self.stop
        if isinstance(stop, str) or not isinstance(stop, (tuple, list)):
            raise RequestInvalidError(f"stop must be a list of strings, got {_shown(stop)}")
        if len(stop) > MAX_STOP_STRINGS:
            raise RequestInvalidError(f"stop may hold at most {MAX_STOP_STRINGS} strings, got {len(stop)}")
        for item in stop:
            if not isinstance(item, str):
                raise RequestInvalidError(f"stop must be a list of strings, got {_shown(item)} in it")
            if len(item) > MAX_STOP_LENGTH:
                raise RequestInvalidError(f"a stop string may be at most {MAX_STOP_LENGTH} characters, got {len(item)}")
        return replace(
            self,
            temperature=checked_float("temperature", self.temperature, 0.0, 5.0),
            top_k=checked_int("top_k", self.top_k, 0, MAX_TOP_K),
            top_p=checked_float("top_p", self.top_p, 0.0, 1.0, low_open=True),
            min_p=checked_float("min_p", self.min_p, 0.0, 1.0, high_open=True),
            repeat_penalty=checked_float("repeat_penalty", self.repeat_penalty, 0.5, 3.0),
            seed=checked_int("seed", self.seed, -1, MAX_SEED),
            max_tokens=checked_int("max_tokens", self.max_tokens, 1, MAX_TOKENS),
            stop=tuple(stop),
        )

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["stop"] = list(self.stop)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> SamplingParams:
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        if isinstance(known.get("stop"), list):
            known["stop"] = tuple(known["stop"])  # validated() checks the items
        return cls(**known)


SAMPLING_PRESETS: dict[str, SamplingParams] = {
    "Balanced": SamplingParams(),
    "Precise": SamplingParams(temperature=0.2, top_k=20, top_p=0.9, min_p=0.1, repeat_penalty=1.05),
    "Creative": SamplingParams(temperature=1.0, top_k=100, top_p=0.98, min_p=0.02, repeat_penalty=1.1),
    "Deterministic": SamplingParams(temperature=0.0, top_k=1, top_p=1.0, min_p=0.0, repeat_penalty=1.0, seed=0),
}


def preset_name_for(params: SamplingParams) -> str | None:
    """The preset these parameters equal (ignoring max_tokens and stop), if any."""
    for name, preset in SAMPLING_PRESETS.items():
        if replace(params, max_tokens=preset.max_tokens, stop=preset.stop) == preset:
            return name
    return None


@dataclass(frozen=True)
class LoadParams:
    """How a model file is loaded into the engine."""

    path: str
    n_ctx: int = 4096
    n_gpu_layers: int = -1  # -1: offload every layer the backend can take
    flash_attn: bool = False
    kv_cache_type: str = "f16"
    n_threads: int = 0  # 0: let the engine choose from the CPU count
    lora: Adapters = field(default=())
    # "" for the local engine; else the name of a connection (issue 11, part B), and `path` is a model id there
    backend: str = ""
    # The vision projector GGUF (`mmproj*.gguf`) loaded beside the model (issue 17); "" = no vision
    mmproj: str = ""
    # Slots (issue 18): sequences decoded together in one context, each with n_ctx tokens of its own KV cache
    n_parallel: int = 1

    def validated(self) -> LoadParams:
        """These parameters type- and range-checked (RequestInvalidError naming the field otherwise)."""
        if not isinstance(self.path, str) or not self.path:
            raise RequestInvalidError(f"path must be a file path, got {_shown(self.path)}")
        if not isinstance(self.flash_attn, bool):
            raise RequestInvalidError(f"flash_attn must be true or false, got {_shown(self.flash_attn)}")
        if not isinstance(self.mmproj, str):
            raise RequestInvalidError(f"mmproj must be a file path or empty, got {_shown(self.mmproj)}")
        if self.kv_cache_type not in KV_CACHE_TYPES:
            raise RequestInvalidError(
                f"KV-cache type must be one of {', '.join(KV_CACHE_TYPES)}, got {_shown(self.kv_cache_type)}")
        return replace(
            self,
            n_ctx=checked_int("n_ctx", self.n_ctx, 128, MAX_CONTEXT),
            n_gpu_layers=checked_int("n_gpu_layers", self.n_gpu_layers, -1, MAX_GPU_LAYERS),
            n_threads=checked_int("n_threads", self.n_threads, 0, MAX_THREADS),
            n_parallel=checked_int("n_parallel", self.n_parallel, 1, MAX_PARALLEL),
            lora=tuple(
                (path, checked_float("lora scale", scale, -MAX_ADAPTER_SCALE, MAX_ADAPTER_SCALE))
                for path, scale in self.lora
            ),
        )

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["lora"] = [list(item) for item in self.lora]
        if not self.backend:
            del data["backend"]  # the engine's /load body stays as it was
        if not self.mmproj:
            del data["mmproj"]
        if self.n_parallel == 1:
            del data["n_parallel"]
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> LoadParams:
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        if "path" not in known:  # else cls() raised a TypeError, which the engine would answer with a 500
            raise RequestInvalidError("path must be a file path, got nothing")
        lora = known.get("lora") or ()
        if not isinstance(lora, (list, tuple)) or not all(isinstance(item, (list, tuple)) and len(item) == 2
                                                           for item in lora):
            raise RequestInvalidError("lora must be a list of [path, scale] pairs")
        known["lora"] = tuple((str(path), scale) for path, scale in lora)
        return cls(**known)
