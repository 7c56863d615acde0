"""Reading an OpenAI-shaped request body into the engine's own types, refusing what does not fit.

Every value comes from JSON and may be hostile: a string where a number belongs, `1e400` (infinity), NaN, a
4,000-digit integer. Each is refused here or in SamplingParams.validated() with a RequestInvalidError that
names the field, which the server answers with 400 (issue 10, item 13: these used to reach llama.cpp's ctypes
calls and come back as a 500, and `max_tokens: 0` silently became 1024).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from desktop_llm.core.chat_request import ToolRequest, template_kwargs_from, tools_from, with_tool_fields
from desktop_llm.core.errors import RequestInvalidError
from desktop_llm.core.events import ChatMessage
from desktop_llm.core.message_parts import content_of
from desktop_llm.core.sampling import MAX_ADAPTER_SCALE, SamplingParams, checked_float
from desktop_llm.ipc.http_guard import content_length as content_length  # the workers import it from here


@dataclass(frozen=True)
class TemplateInputs:
    """What a chat's template renders beside the messages: the offered tools and extra template variables.
    A chat request and a token count of it read the same fields, so they count the prompt the model will see."""

    tools: ToolRequest = field(default_factory=ToolRequest)
    kwargs: dict[str, Any] = field(default_factory=dict)


def template_inputs_from(body: dict[str, Any]) -> TemplateInputs:
    """`tools`, `tool_choice` and `chat_template_kwargs`, checked (core/chat_request.py)."""
    return TemplateInputs(tools_from(body), template_kwargs_from(body))


def chat_from(body: dict[str, Any]) -> tuple[list[ChatMessage], TemplateInputs]:
    """A chat request's messages and what its template renders beside them (a chat and its token count alike)."""
    return messages_from(body), template_inputs_from(body)


def messages_from(body: dict[str, Any]) -> list[ChatMessage]:
    """The request's chat messages (OpenAI shape); a missing content is empty text. An assistant's `tool_calls`
    and a tool result's `tool_call_id` and `name` are kept for the template; image parts become the message's
    `images` (data: URLs only; any other URL, or a part of another type, is a RequestInvalidError)."""
    raw = body.get("messages")
    if not isinstance(raw, list):
        raise RequestInvalidError("messages must be a list of {role, content}")
    messages = []
    for index, item in enumerate(raw):
        if not isinstance(item, dict):
            raise RequestInvalidError(f"messages[{index}] must be an object with role and content")
        role = item.get("role")
        if not isinstance(role, str) or not role:
            raise RequestInvalidError(f"messages[{index}].role must be a string, got {str(role)[:40]!r}")
        # OpenAI's content parts: text, and images as data: URLs only (issue 17; core/message_parts.py)
        content, images = content_of(item.get("content"), f"messages[{index}]")
        # A past reply's reasoning, under the names clients send it (vLLM and llama-server: reasoning_content);
        # the template decides whether to render it (issue 13, part 2).
        reasoning = next((item[key] for key in ("reasoning_content", "reasoning", "thinking")
                          if isinstance(item.get(key), str)), "")
        message = ChatMessage(role, content, reasoning_content=reasoning, images=images)  # type: ignore[arg-type]
        messages.append(with_tool_fields(message, item, index))
    return messages


def adapters_from(body: dict[str, Any]) -> tuple[tuple[str, float], ...] | None:
    """The request's LoRA adapters (`"lora": [{"path": ..., "scale": ...}]`); None: the model's load-time ones."""
    raw = body.get("lora")
    if raw is None:
        return None
    if not isinstance(raw, list) or not all(isinstance(item, dict) and "path" in item for item in raw):
        raise RequestInvalidError("lora must be a list of {path, scale}")
    return tuple(
        (str(item["path"]), checked_float("lora scale", item.get("scale", 1.0), -MAX_ADAPTER_SCALE, MAX_ADAPTER_SCALE))
        for item in raw
    )


def sampling_from_openai(body: dict[str, Any]) -> SamplingParams:
    """OpenAI's field names, plus llama.cpp's extras (top_k, min_p, repeat_penalty); null means the default.

    Values are passed on unconverted: SamplingParams.validated() checks types and ranges, naming the field.
    """
    defaults = SamplingParams()

    def pick(*names: str) -> Any:
        for name in names:
            if body.get(name) is not None:
                return body[name]
        return getattr(defaults, names[0])

    stop = body.get("stop")
    if stop is None:
        stop = ()
    elif isinstance(stop, str):
        stop = (stop,)
    elif isinstance(stop, list):
        stop = tuple(stop)
    return SamplingParams(
        temperature=pick("temperature"),
        top_k=pick("top_k"),
        top_p=pick("top_p"),
        min_p=pick("min_p"),
        repeat_penalty=pick("repeat_penalty"),
        seed=pick("seed"),
        # Explicit None checks: `or` turned max_tokens 0 into the default of 1024.
        max_tokens=pick("max_tokens", "max_completion_tokens"),
        stop=stop,
    ).validated()


def texts_from(body: dict[str, Any]) -> list[str]:
    """The texts of an embeddings request (`input`: one text or a list of them)."""
    raw = body.get("input")
    texts = [raw] if isinstance(raw, str) else raw
    if not isinstance(texts, list) or not texts or not all(isinstance(t, str) for t in texts):
        raise RequestInvalidError("input must be a text or a non-empty list of texts")
    return texts
