"""Sampling and model-load parameters, with the presets the settings panel offers."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, replace
from typing import Any

KV_CACHE_TYPES: tuple[str, ...] = ("f16", "q8_0", "q4_0")
Adapters = tuple[tuple[str, float], ...]  # LoRA adapters as (GGUF path, scale)


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
        """Raise ValueError on a value llama.cpp would misbehave with."""
        if not 0.0 <= self.temperature <= 5.0:
            raise ValueError(f"temperature must be between 0 and 5, got {self.temperature}")
        if self.top_k < 0:
            raise ValueError(f"top_k must be >= 0, got {self.top_k}")
        if not 0.0 < self.top_p <= 1.0:
            raise ValueError(f"top_p must be in (0, 1], got {self.top_p}")
        if not 0.0 <= self.min_p < 1.0:
            raise ValueError(f"min_p must be in [0, 1), got {self.min_p}")
        if not 0.5 <= self.repeat_penalty <= 3.0:
            raise ValueError(f"repeat_penalty must be between 0.5 and 3, got {self.repeat_penalty}")
        if self.max_tokens < 1:
            raise ValueError(f"max_tokens must be >= 1, got {self.max_tokens}")
        return self

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["stop"] = list(self.stop)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> SamplingParams:
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        if "stop" in known:
            known["stop"] = tuple(str(s) for s in known["stop"])
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

    def validated(self) -> LoadParams:
        if self.n_ctx < 128:
            raise ValueError(f"context length must be at least 128 tokens, got {self.n_ctx}")
        if self.kv_cache_type not in KV_CACHE_TYPES:
            raise ValueError(f"KV-cache type must be one of {', '.join(KV_CACHE_TYPES)}, got {self.kv_cache_type!r}")
        if self.n_threads < 0:
            raise ValueError(f"threads must be >= 0, got {self.n_threads}")
        return self

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["lora"] = [list(item) for item in self.lora]
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> LoadParams:
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        known["lora"] = tuple((str(p), float(s)) for p, s in known.get("lora", ()))
        return cls(**known)
