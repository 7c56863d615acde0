"""Anthropic's Messages API on the public server: POST /v1/messages (streamed and whole) and its token count.

A Messages request is turned into the engine's chat request (system, text blocks, tool_use and tool_result blocks
become OpenAI-shaped messages, which chat templates read), and the reply into Anthropic's content blocks and
events: message_start, content_block_start/delta/stop, message_delta (stop reason and usage), message_stop.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterator
from typing import Any

from desktop_llm.core.errors import RequestInvalidError
from desktop_llm.core.message_parts import checked_url
from desktop_llm.core.server_types import PublicError
from desktop_llm.core.tool_calls import ParsedReply, parse_tool_calls, safe_prefix_length
from desktop_llm.services.server.exchange import Exchange
from desktop_llm.services.server.forwarding import new_id, post_in_turn, stream_from_engine
from desktop_llm.services.server.openai_routes import refuse_private_fields

_STOP_REASONS = {"length": "max_tokens", "tool_calls": "tool_use"}


def _blocks_text(content: Any, where: str) -> str:
    if isinstance(content, str):
        return content
    if not isinstance(content, list):
        raise PublicError(400, f"{where} must be text or a list of content blocks", param=where)
    parts = []
    for block in content:
        kind = block.get("type") if isinstance(block, dict) else None
        if kind == "text":
            parts.append(str(block.get("text", "")))
        elif kind in ("image", "document"):
            raise PublicError(400, f"{where} holds a {kind} block: the models here read text only", param=where)
        elif kind not in ("thinking", "redacted_thinking"):
            raise PublicError(400, f"{where} has a block of an unknown type {kind!r}", param=where)
    return "".join(parts)


def _image_url(block: dict[str, Any], where: str) -> str:
    """An `image` block with a base64 source as a data URL; a URL source is refused (never fetched for a client)."""
    source = block.get("source")
    if not isinstance(source, dict) or source.get("type") != "base64":
        raise PublicError(400, f"{where} holds an image that is not base64 data: only inline images are read",
                          param=where, code="unsupported_content")
    try:
        return checked_url(f"data:{source.get('media_type', '')};base64,{source.get('data', '')}", where)
    except RequestInvalidError as error:
        raise PublicError(400, str(error), param=where, code="unsupported_content") from error


def chat_messages(body: dict[str, Any]) -> list[dict[str, Any]]:
    """The Messages request as OpenAI-shaped chat messages."""
    messages: list[dict[str, Any]] = []
    system = body.get("system")
    if system:
        messages.append({"role": "system", "content": _blocks_text(system, "system")})
    raw = body.get("messages")
    if not isinstance(raw, list) or not raw:
        raise PublicError(400, "messages must be a non-empty list of {role, content}", param="messages")
    for index, item in enumerate(raw):
        where = f"messages.{index}"
        if not isinstance(item, dict) or item.get("role") not in ("user", "assistant"):
            raise PublicError(400, f"{where}.role must be user or assistant", param=f"{where}.role")
        content = item.get("content")
        blocks = content if isinstance(content, list) else [{"type": "text", "text": content or ""}]
        text_blocks = [b for b in blocks if isinstance(b, dict) and b.get("type") not in ("tool_use", "tool_result", "image")]
        images = [_image_url(b, f"{where}.content") for b in blocks if isinstance(b, dict) and b.get("type") == "image"]
        uses = [b for b in blocks if isinstance(b, dict) and b.get("type") == "tool_use"]
        results = [b for b in blocks if isinstance(b, dict) and b.get("type") == "tool_result"]
        for result in results:
            messages.append({"role": "tool", "tool_call_id": str(result.get("tool_use_id", "")),
                             "content": _blocks_text(result.get("content") or "", f"{where}.content")})
        text = _blocks_text(text_blocks, f"{where}.content")
        if images:  # OpenAI's content parts, as the engine reads them (issue 17)
            parts = [{"type": "text", "text": text}] if text else []
            messages.append({"role": item["role"], "content": parts + [
                {"type": "image_url", "image_url": {"url": url}} for url in images]})
        elif text or not (uses or results):
            message: dict[str, Any] = {"role": item["role"], "content": text}
            messages.append(message)
        if uses:
            calls = [{"id": str(u.get("id", "")), "type": "function",
                      "function": {"name": str(u.get("name", "")), "arguments": json.dumps(u.get("input") or {})}}
                     for u in uses]
            if messages and messages[-1]["role"] == "assistant" and "tool_calls" not in messages[-1]:
                messages[-1]["tool_calls"] = calls
            else:
                messages.append({"role": "assistant", "content": "", "tool_calls": calls})
    return messages


def _tools(body: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    tools = body.get("tools")
    choice = body.get("tool_choice") or {"type": "auto"}
    if not tools or (isinstance(choice, dict) and choice.get("type") == "none"):
        return {}, []
    if not isinstance(tools, list) or not all(isinstance(t, dict) and isinstance(t.get("name"), str) for t in tools):
        raise PublicError(400, "tools must be a list of {name, description, input_schema}", param="tools")
    converted = [{"type": "function", "function": {"name": t["name"], "description": str(t.get("description", "")),
                                                   "parameters": t.get("input_schema") or {"type": "object"}}}
                 for t in tools]
    kind = choice.get("type") if isinstance(choice, dict) else None
    tool_choice: Any = {"auto": "auto", "any": "required"}.get(str(kind), "auto")
    if kind == "tool":
        tool_choice = {"type": "function", "function": {"name": choice.get("name")}}
    fields: dict[str, Any] = {"tools": converted, "tool_choice": tool_choice}
    if isinstance(choice, dict) and choice.get("disable_parallel_tool_use") is True:
        fields["parallel_tool_calls"] = False
    return fields, [t["name"] for t in tools]


def _private_body(body: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    refuse_private_fields(body)
    max_tokens = body.get("max_tokens")
    if max_tokens is None:
        raise PublicError(400, "max_tokens: Field required", param="max_tokens")
    private: dict[str, Any] = {"messages": chat_messages(body), "max_tokens": max_tokens}
    for name in ("temperature", "top_p", "top_k"):
        if body.get(name) is not None:
            private[name] = body[name]
    stops = body.get("stop_sequences")
    if stops:
        private["stop"] = stops
    tools, names = _tools(body)
    private.update(tools)
    return private, names


def messages(handler: Exchange) -> None:
    body = handler.body()
    model = handler.gate.resolve(body.get("model"))
    handler.record["model"] = model.id
    private, names = _private_body(body)
    request_id = new_id("msg")
    chunks = stream_from_engine(handler, model, "/v1/chat/completions", private, request_id)
    reply = _MessageReply(handler, model.id, request_id, names)
    if body.get("stream"):
        reply.stream(chunks)
    else:
        reply.collect(chunks)


def count_tokens(handler: Exchange) -> None:
    body = handler.body()
    model = handler.gate.resolve(body.get("model"))
    handler.record["model"] = model.id
    tools, _ = _tools(body)  # the tools are part of the prompt the model sees, so they are counted
    answer = post_in_turn(handler, model, "/tokenize", {"messages": chat_messages(body), **tools})
    handler.send_json({"input_tokens": int(answer.get("count", 0))})


class _MessageReply:
    def __init__(self, handler: Exchange, model: str, message_id: str, tool_names: list[str]) -> None:
        self.handler = handler
        self.model = model
        self.id = message_id
        self.tool_names = tool_names
        self.usage = {"input_tokens": 0, "output_tokens": 0}
        self.engine_reason = "stop"

    def _take(self, chunk: dict[str, Any]) -> str:
        choice = (chunk.get("choices") or [{}])[0]
        if choice.get("finish_reason"):
            self.engine_reason = str(choice["finish_reason"])
            usage, timings = chunk.get("usage") or {}, chunk.get("timings") or {}
            self.usage = {"input_tokens": int(usage.get("prompt_tokens", 0)),
                          "output_tokens": int(usage.get("completion_tokens", 0))}
            self.handler.record.update(prompt_tokens=self.usage["input_tokens"],
                                       completion_tokens=self.usage["output_tokens"],
                                       tokens_per_s=float(timings.get("tokens_per_s", 0.0)))
        return str((choice.get("delta") or {}).get("content") or "")

    def _stop_reason(self, parsed: ParsedReply | None) -> str:
        reason = "tool_calls" if parsed is not None and parsed.calls else self.engine_reason
        self.handler.record["finish_reason"] = "cancelled" if self.engine_reason == "cancelled" else reason
        return _STOP_REASONS.get(reason, "end_turn")

    def _parsed(self, text: str) -> ParsedReply | None:
        return parse_tool_calls(text, self.tool_names) if self.tool_names else None

    def collect(self, chunks: Iterator[dict[str, Any]]) -> None:
        text = "".join(self._take(chunk) for chunk in chunks)
        parsed = self._parsed(text)
        content: list[dict[str, Any]] = []
        visible = parsed.content if parsed is not None else text
        if visible or not (parsed and parsed.calls):
            content.append({"type": "text", "text": visible})
        for call in parsed.calls if parsed else ():
            content.append({"type": "tool_use", "id": new_id("toolu")[:30], "name": call.name,
                            "input": json.loads(call.arguments)})
        self.handler.send_json({"id": self.id, "type": "message", "role": "assistant", "model": self.model,
                                "content": content, "stop_reason": self._stop_reason(parsed), "stop_sequence": None,
                                "usage": self.usage})

    def _event(self, kind: str, **data: Any) -> None:
        self.handler.sse({"type": kind, **data}, event=kind)

    def stream(self, chunks: Iterator[dict[str, Any]]) -> None:
        first = next(chunks, None)  # an error before the first chunk is still a plain error answer
        self.handler.start_stream()
        self._event("message_start", message={
            "id": self.id, "type": "message", "role": "assistant", "model": self.model, "content": [],
            "stop_reason": None, "stop_sequence": None, "usage": {"input_tokens": 0, "output_tokens": 0}})
        self._event("content_block_start", index=0, content_block={"type": "text", "text": ""})
        self._event("ping")
        held, sent = "", 0
        for chunk in itertools.chain([first] if first is not None else [], chunks):
            text = self._take(chunk)
            held += text
            safe = safe_prefix_length(held) if self.tool_names else len(held)
            if safe > sent:
                self._event("content_block_delta", index=0, delta={"type": "text_delta", "text": held[sent:safe]})
                sent = safe
        parsed = self._parsed(held)
        if not (parsed and parsed.calls) and held[sent:]:
            self._event("content_block_delta", index=0, delta={"type": "text_delta", "text": held[sent:]})
        self._event("content_block_stop", index=0)
        for index, call in enumerate(parsed.calls if parsed else (), start=1):
            self._event("content_block_start", index=index, content_block={
                "type": "tool_use", "id": new_id("toolu")[:30], "name": call.name, "input": {}})
            self._event("content_block_delta", index=index,
                        delta={"type": "input_json_delta", "partial_json": call.arguments})
            self._event("content_block_stop", index=index)
        self._event("message_delta", delta={"stop_reason": self._stop_reason(parsed), "stop_sequence": None},
                    usage={"output_tokens": self.usage["output_tokens"], "input_tokens": self.usage["input_tokens"]})
        self._event("message_stop")

