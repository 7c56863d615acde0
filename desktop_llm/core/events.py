"""What a generation produces, as immutable values that cross threads and processes."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

Role = Literal["system", "user", "assistant"]
FinishReason = Literal["stop", "length", "cancelled", "error"]


@dataclass(frozen=True)
class ChatMessage:
    role: Role
    content: str

    def to_dict(self) -> dict[str, str]:
        return {"role": self.role, "content": self.content}


@dataclass(frozen=True)
class GenerationStats:
    """Usage and timings of one finished generation, as reported in the stream's final chunk."""

    prompt_tokens: int = 0
    completion_tokens: int = 0
    ttft_ms: float = 0.0
    tokens_per_s: float = 0.0
    n_ctx: int = 0
    dropped_messages: int = 0

    @classmethod
    def from_usage(cls, usage: dict[str, Any], timings: dict[str, Any]) -> GenerationStats:
        return cls(
            prompt_tokens=int(usage.get("prompt_tokens", 0)),
            completion_tokens=int(usage.get("completion_tokens", 0)),
            ttft_ms=float(timings.get("ttft_ms", 0.0)),
            tokens_per_s=float(timings.get("tokens_per_s", 0.0)),
            n_ctx=int(timings.get("n_ctx", 0)),
            dropped_messages=int(timings.get("dropped_messages", 0)),
        )

    @property
    def context_used(self) -> int:
        return self.prompt_tokens + self.completion_tokens


@dataclass(frozen=True)
class TextDelta:
    """A piece of generated text, already valid UTF-8 and free of stop strings."""

    text: str


@dataclass(frozen=True)
class GenerationFinished:
    finish_reason: FinishReason
    stats: GenerationStats
    warning: str = ""


StreamEvent = TextDelta | GenerationFinished
