"""OpenAI's endpoints on the public server: models, chat completions, completions, embeddings.

A public body is never forwarded as it is: the private request is built from the fields listed here, so nothing
a client sends reaches the engine's private extensions (adapter paths, its own request ids). `lora` is refused
out loud rather than ignored, so a client that meant it learns it cannot.
"""

from __future__ import annotations

import base64
import struct
import time
from collections.abc import Iterator
from typing import Any

from desktop_llm.core.errors import RequestInvalidError
from desktop_llm.core.message_parts import checked_url
from desktop_llm.core.sampling import MAX_TOKENS
from desktop_llm.core.server_types import PublicError
from desktop_llm.core.tool_calls import ParsedReply, parse_tool_calls, safe_prefix_length
from desktop_llm.services.server.engine_gate import ServedModel
from desktop_llm.services.server.exchange import Exchange
from desktop_llm.services.server.forwarding import new_id, post_in_turn, stream_from_engine

SAMPLING_FIELDS = ("temperature", "top_p", "top_k", "min_p", "repeat_penalty", "seed", "stop")
PRIVATE_ONLY = ("lora", "adapters", "lora_path", "model_path", "grammar")  # refused, never passed on
ROLES = {"system": "system", "developer": "system", "user": "user", "assistant": "assistant", "tool": "tool"}


def health(handler: Exchange) -> None:
    handler.send_json({"ok": True})


def _model_object(model: ServedModel) -> dict[str, Any]:
    info = model.info
    created = int(info.mtime) if info is not None else int(time.time())
    data: dict[str, Any] = {"id": model.id, "object": "model", "created": created, "owned_by": "desktop-llm"}
    if info is not None:
        data.update(name=info.name, architecture=info.architecture, quantization=info.quantization,
                    context_length=info.context_length, size_bytes=info.size_bytes)
    return data


def list_models(handler: Exchange) -> None:
    gate = handler.gate
    loaded = gate.engine.loaded_params
    data = []
    for model in gate.models():
        entry = _model_object(model)
        entry["loaded"] = loaded is not None and loaded.path == model.path
        data.append(entry)
    handler.send_json({"object": "list", "data": data})


def one_model(handler: Exchange) -> None:
    wanted = handler.path.split("?", 1)[0].removeprefix("/v1/models/")
    model = handler.gate.resolve(wanted) if wanted else None
    if model is None or model.id != wanted:
        raise PublicError(404, f"the model {wanted[:200]!r} does not exist here", code="model_not_found", param="model")
    handler.send_json(_model_object(model))


# requests


def refuse_private_fields(body: dict[str, Any]) -> None:
    for name in PRIVATE_ONLY:
        if name in body:
            raise PublicError(400, f"{name} cannot be set through the API: adapters and file paths are chosen in the "
                              "app, not by clients", code="unsupported_parameter", param=name)


def sampling_fields(body: dict[str, Any], max_tokens: Any) -> dict[str, Any]:
    """The sampling part of a private request; the engine checks each value and names a bad one in its 400."""
    out = {name: body[name] for name in SAMPLING_FIELDS if body.get(name) is not None}
    if isinstance(out.get("stop"), str):
        out["stop"] = [out["stop"]]
    # No max_tokens: until the model stops or the context is full, as OpenAI's API does.
    out["max_tokens"] = MAX_TOKENS if max_tokens is None else max_tokens
    n = body.get("n")
    if n not in (None, 1):
        raise PublicError(400, "n must be 1: this server generates one choice per request", param="n",
                          code="unsupported_parameter")
    return out


def message_dicts(raw: Any) -> list[dict[str, Any]]:
    """OpenAI chat messages as the engine reads them: text (and image parts as data: URLs); tool calls and results
    kept."""
    if not isinstance(raw, list) or not raw:
        raise PublicError(400, "messages must be a non-empty list of {role, content}", param="messages")
    messages: list[dict[str, Any]] = []
    for index, item in enumerate(raw):
        if not isinstance(item, dict) or item.get("role") not in ROLES:
            raise PublicError(400, f"messages[{index}] needs a role of system, developer, user, assistant or tool",
                              param=f"messages[{index}].role")
        message: dict[str, Any] = {"role": ROLES[item["role"]], "content": _text(item.get("content"), index)}
        if item.get("tool_calls"):
            message["tool_calls"] = item["tool_calls"]
        for key in ("tool_call_id", "name"):
            if isinstance(item.get(key), str) and item[key]:
                message[key] = item[key]
        messages.append(message)
    return messages


def _text(content: Any, index: int) -> str | list[dict[str, Any]]:
    """A message's content for the engine: text, or OpenAI's parts when it holds images (issue 17). Images pass
    as data: URLs only (an http URL or a path would make the server fetch or read files for a client); a model
    loaded without a projector refuses them in the engine, saying so."""
    if content is None or isinstance(content, str):
        return content or ""
    if isinstance(content, list):
        parts: list[dict[str, Any]] = []
        for part in content:
            kind = part.get("type") if isinstance(part, dict) else None
            if kind in ("text", "input_text"):
                parts.append({"type": "text", "text": str(part.get("text", ""))})
            elif kind in ("image_url", "input_image"):
                url = part.get("image_url") if kind == "image_url" else part.get("image_url", part.get("url"))
                url = url.get("url") if isinstance(url, dict) else url
                try:
                    checked = checked_url(url, f"messages[{index}].content")
                except RequestInvalidError as error:
                    raise PublicError(400, str(error), param=f"messages[{index}].content",
                                      code="unsupported_content") from error
                parts.append({"type": "image_url", "image_url": {"url": checked}})
            elif kind in ("input_audio", "file"):
                raise PublicError(400, f"messages[{index}] holds a {kind} part: the models here read text and images",
                                  param=f"messages[{index}].content", code="unsupported_content")
            else:
                raise PublicError(400, f"messages[{index}].content has a part that is not text or an image",
                                  param=f"messages[{index}].content")
        if any(part["type"] == "image_url" for part in parts):
            return parts
        return "".join(part["text"] for part in parts)
    raise PublicError(400, f"messages[{index}].content must be text or a list of text and image parts",
                      param=f"messages[{index}].content")


def tool_fields(body: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """The private request's `tools` (and `tool_choice`), and the tools' names; tool_choice "none" sends none."""
    tools = body.get("tools")
    if not tools:
        return {}, []
    if not isinstance(tools, list) or not all(isinstance(t, dict) and isinstance(t.get("function"), dict)
                                              and isinstance(t["function"].get("name"), str) for t in tools):
        raise PublicError(400, "tools must be a list of {type: function, function: {name, description, parameters}}",
                          param="tools")
    choice = body.get("tool_choice", "auto")
    if choice == "none":
        return {}, []
    names = [t["function"]["name"] for t in tools]
    if isinstance(choice, dict):
        wanted = (choice.get("function") or {}).get("name")
        if wanted not in names:
            raise PublicError(400, f"tool_choice names {wanted!r}, which is not in tools", param="tool_choice")
    elif choice not in ("auto", "required"):
        raise PublicError(400, "tool_choice must be none, auto, required or {type: function, function: {name}}",
                          param="tool_choice")
    return {"tools": tools, "tool_choice": choice}, names


# chat


def chat_completions(handler: Exchange) -> None:
    body = handler.body()
    refuse_private_fields(body)
    model = handler.gate.resolve(body.get("model"))
    handler.record["model"] = model.id
    private: dict[str, Any] = {"messages": message_dicts(body.get("messages")),
                               **sampling_fields(body, body.get("max_completion_tokens", body.get("max_tokens")))}
    tools, names = tool_fields(body)
    private.update(tools)
    # Passed on as they are: the engine checks them (core/chat_request.py) and names a bad one in its 400.
    for name in ("response_format", "chat_template_kwargs", "parallel_tool_calls"):
        if body.get(name) is not None:
            private[name] = body[name]
    if body.get("logprobs"):
        raise PublicError(400, "logprobs are not available from this server", param="logprobs",
                          code="unsupported_parameter")
    request_id = new_id("chatcmpl")
    stream = bool(body.get("stream"))
    options = body.get("stream_options") or {}
    include_usage = bool(options.get("include_usage")) if isinstance(options, dict) else False
    chunks = stream_from_engine(handler, model, "/v1/chat/completions", private, request_id)
    reply = _Reply(handler, model.id, request_id, chat=True, tool_names=names)
    if stream:
        reply.stream(chunks, include_usage)
    else:
        reply.collect(chunks)


def completions(handler: Exchange) -> None:
    body = handler.body()
    refuse_private_fields(body)
    model = handler.gate.resolve(body.get("model"))
    handler.record["model"] = model.id
    prompt = body.get("prompt", "")
    if isinstance(prompt, list) and len(prompt) == 1 and isinstance(prompt[0], str):
        prompt = prompt[0]
    if not isinstance(prompt, str):
        raise PublicError(400, "prompt must be one text (batches of prompts are not supported)", param="prompt")
    for name in ("echo", "suffix", "logprobs", "best_of"):
        if body.get(name) not in (None, False, 1 if name == "best_of" else None):
            raise PublicError(400, f"{name} is not supported by this server", param=name, code="unsupported_parameter")
    private = {"prompt": prompt, **sampling_fields(body, body.get("max_tokens", 16))}
    request_id = new_id("cmpl")
    chunks = stream_from_engine(handler, model, "/v1/completions", private, request_id)
    reply = _Reply(handler, model.id, request_id, chat=False, tool_names=[])
    options = body.get("stream_options") or {}
    if body.get("stream"):
        reply.stream(chunks, bool(options.get("include_usage")) if isinstance(options, dict) else False)
    else:
        reply.collect(chunks)


class _Reply:
    """Turns the engine's chunks into the public answer: ids and model renamed, timings dropped, tool calls parsed."""

    def __init__(self, handler: Exchange, model: str, request_id: str, chat: bool, tool_names: list[str]) -> None:
        self.handler = handler
        self.model = model
        self.id = request_id
        self.chat = chat
        self.tool_names = tool_names
        self.created = int(time.time())
        self.usage: dict[str, Any] = {}
        self.finish = "stop"

    def _final(self, chunk: dict[str, Any]) -> None:
        usage = chunk.get("usage") or {}
        timings = chunk.get("timings") or {}
        self.usage = {k: int(usage.get(k, 0)) for k in ("prompt_tokens", "completion_tokens", "total_tokens")}
        record = self.handler.record
        record.update(prompt_tokens=self.usage["prompt_tokens"], completion_tokens=self.usage["completion_tokens"],
                      tokens_per_s=float(timings.get("tokens_per_s", 0.0)))
        record.setdefault("finish_reason", self.finish)

    @staticmethod
    def _text(chunk: dict[str, Any], chat: bool) -> tuple[str, str | None]:
        choice = (chunk.get("choices") or [{}])[0]
        text = (choice.get("delta") or {}).get("content") if chat else choice.get("text")
        finish = choice.get("finish_reason")
        return str(text or ""), (str(finish) if finish else None)

    def _finish_reason(self, engine_reason: str, parsed: ParsedReply | None) -> str:
        if parsed is not None and parsed.calls:
            return "tool_calls"
        return "length" if engine_reason == "length" else "stop"

    def _parsed(self, text: str) -> ParsedReply | None:
        return parse_tool_calls(text, self.tool_names) if self.tool_names else None

    def collect(self, chunks: Iterator[dict[str, Any]]) -> None:
        parts: list[str] = []
        engine_reason = "stop"
        for chunk in chunks:
            text, finish = self._text(chunk, self.chat)
            parts.append(text)
            if finish:
                engine_reason = finish
                self._final(chunk)
        text = "".join(parts)
        parsed = self._parsed(text)
        self.finish = self._finish_reason(engine_reason, parsed)
        self.handler.record["finish_reason"] = "cancelled" if engine_reason == "cancelled" else self.finish
        choice: dict[str, Any] = {"index": 0, "finish_reason": self.finish, "logprobs": None}
        if self.chat:
            message: dict[str, Any] = {"role": "assistant", "content": parsed.content if parsed else text}
            if parsed is not None and parsed.calls:
                message["content"] = parsed.content or None
                message["tool_calls"] = _tool_calls(parsed)
            choice["message"] = message
        else:
            choice["text"] = text
        self.handler.send_json({
            "id": self.id, "object": "chat.completion" if self.chat else "text_completion", "created": self.created,
            "model": self.model, "choices": [choice], "usage": self.usage, "system_fingerprint": None})

    def _chunk(self, delta: dict[str, Any] | str, finish: str | None) -> dict[str, Any]:
        if self.chat:
            choice: dict[str, Any] = {"index": 0, "delta": delta, "finish_reason": finish, "logprobs": None}
        else:
            choice = {"index": 0, "text": delta, "finish_reason": finish, "logprobs": None}
        return {"id": self.id, "object": "chat.completion.chunk" if self.chat else "text_completion",
                "created": self.created, "model": self.model, "choices": [choice], "system_fingerprint": None}

    def stream(self, chunks: Iterator[dict[str, Any]], include_usage: bool) -> None:
        handler = self.handler
        first = next(chunks, None)  # errors before the first chunk (a load failure, a 400) are still plain answers
        handler.start_stream()
        if self.chat:
            handler.sse(self._chunk({"role": "assistant", "content": ""}, None))
        held, sent, engine_reason = "", 0, "stop"
        for chunk in _chain(first, chunks):
            text, finish = self._text(chunk, self.chat)
            if self.tool_names:
                held += text
                safe = safe_prefix_length(held)
                if safe > sent:
                    handler.sse(self._chunk(self._delta(held[sent:safe]), None))
                    sent = safe
            elif text:
                handler.sse(self._chunk(self._delta(text), None))
            if finish:
                engine_reason = finish
                self._final(chunk)
        parsed = self._parsed(held) if self.tool_names else None
        if parsed is not None and parsed.calls:
            calls = _tool_calls(parsed)
            for index, call in enumerate(calls):
                handler.sse(self._chunk({"tool_calls": [{"index": index, **call}]}, None))
        elif held[sent:]:
            handler.sse(self._chunk(self._delta(held[sent:]), None))
        self.finish = self._finish_reason(engine_reason, parsed)
        handler.record["finish_reason"] = "cancelled" if engine_reason == "cancelled" else self.finish
        handler.sse(self._chunk({} if self.chat else "", self.finish))
        if include_usage:
            usage_chunk = self._chunk({}, None)
            usage_chunk["choices"] = []
            usage_chunk["usage"] = self.usage
            handler.sse(usage_chunk)
        handler.sse(b"[DONE]")

    def _delta(self, text: str) -> dict[str, Any] | str:
        return {"content": text} if self.chat else text


def _chain(first: dict[str, Any] | None, rest: Iterator[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    if first is not None:
        yield first
        yield from rest


def _tool_calls(parsed: ParsedReply) -> list[dict[str, Any]]:
    return [{"id": new_id("call")[:29], "type": "function", "function": {"name": c.name, "arguments": c.arguments}}
            for c in parsed.calls]


# embeddings


def embeddings(handler: Exchange) -> None:
    body = handler.body()
    refuse_private_fields(body)
    model = handler.gate.resolve(body.get("model"))
    handler.record["model"] = model.id
    raw = body.get("input")
    inputs = [raw] if isinstance(raw, str) else raw
    if not isinstance(inputs, list) or not inputs or not all(isinstance(t, str) for t in inputs):
        raise PublicError(400, "input must be a text or a non-empty list of texts", param="input")
    if len(inputs) > 2048:
        raise PublicError(400, "input may hold at most 2048 texts", param="input")
    encoding = body.get("encoding_format") or "float"
    if encoding not in ("float", "base64"):
        raise PublicError(400, "encoding_format must be float or base64", param="encoding_format")
    answer = post_in_turn(handler, model, "/v1/embeddings", {"input": inputs})
    vectors = [item["embedding"] for item in answer.get("data", [])]
    dimensions = body.get("dimensions")
    if dimensions is not None and vectors and dimensions != len(vectors[0]):
        raise PublicError(400, f"this model's embeddings have {len(vectors[0])} dimensions; dimensions cannot change "
                          "them", param="dimensions")
    usage = answer.get("usage") or {}
    handler.record["prompt_tokens"] = int(usage.get("prompt_tokens", 0))
    data = [{"object": "embedding", "index": i, "embedding": _encoded(v, encoding)} for i, v in enumerate(vectors)]
    handler.send_json({"object": "list", "data": data, "model": model.id,
                       "usage": {"prompt_tokens": int(usage.get("prompt_tokens", 0)),
                                 "total_tokens": int(usage.get("total_tokens", 0))}})


def _encoded(vector: list[float], encoding: str) -> list[float] | str:
    if encoding == "base64":  # little-endian float32, as OpenAI sends it (its client asks for this by default)
        return base64.b64encode(struct.pack(f"<{len(vector)}f", *vector)).decode("ascii")
    return vector
