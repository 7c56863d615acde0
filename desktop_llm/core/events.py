"""What a generation produces, as immutable values that cross threads and processes."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

Role = Literal["system", "user", "assistant", "tool"]
FinishReason = Literal["stop", "length", "cancelled", "error"]


@dataclass(frozen=True)
class ChatMessage:
    """One message of a chat, as a chat template reads it (transformers' message dicts).

    Besides role and content, the fields a template may read (issue 13; for reasoning replies and tool calls):
    `reasoning_content`, an assistant reply's reasoning (templates usually drop it from past turns; it is also
    handed to templates as `thinking`, see core/template_context.py); `tool_calls`, an assistant's calls in
    OpenAI's shape as JSON data ({"id", "type": "function", "function": {"name", "arguments"}}); and for a
    "tool" message, the `tool_call_id` it answers and the tool's `name`. Empty fields are left out of `to_dict`,
    as transformers drops None values.

    `images` (issue 17): the message's images, each a `data:image/...;base64,` URL (PNG or JPEG, already
    checked and downscaled by services/media/image_intake.py), shown to the model before the text. In
    `to_dict` (the engine's wire, the public API, remote servers) such a message's content is OpenAI's list of
    parts, `[{"type": "text", ...}, {"type": "image_url", "image_url": {"url": ...}}, ...]`; a chat template
    sees each image as the vision marker in the text (core/chat_template.py).
    """

    role: Role
    content: str
    reasoning_content: str = ""
    tool_calls: tuple[Mapping[str, Any], ...] = ()
    tool_call_id: str = ""
    name: str = ""
    images: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        plain: dict[str, Any] = {"role": self.role, "content": self.content}
        if self.reasoning_content:
            plain["reasoning_content"] = self.reasoning_content
        if self.tool_calls:
            plain["tool_calls"] = [dict(call) for call in self.tool_calls]
        if self.tool_call_id:
            plain["tool_call_id"] = self.tool_call_id
        if self.name:
            plain["name"] = self.name
        if self.images:
            text = [{"type": "text", "text": self.content}] if self.content else []
            plain["content"] = text + [{"type": "image_url", "image_url": {"url": url}} for url in self.images]
        return plain


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
