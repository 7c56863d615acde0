"""HTTP client for the engine's OpenAI-compatible API (the local worker, or any compatible server).

Answers are parsed through the wire schema (ipc/engine_wire.py): a status into EngineStatus, an error answer
into the typed error its code stands for, in one place (`exception_from`).
"""

from __future__ import annotations

import http.client
import json
import socket
import uuid
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any
from urllib.parse import urlsplit

from desktop_llm.core.errors import EngineRequestError, EngineUnavailableError, RequestInvalidError
from desktop_llm.core.events import ChatMessage, GenerationFinished, GenerationStats, StreamEvent, TextDelta
from desktop_llm.core.sampling import Adapters, LoadParams, SamplingParams
from desktop_llm.core.ui_text import QT_TR_NOOP
from desktop_llm.ipc.engine_wire import EngineStatus, ErrorBody, exception_from, load_body

_CONNECTION_ERRORS = (ConnectionError, http.client.HTTPException, socket.timeout, OSError)


class EngineClient:
    """Talks to one engine server. Thread-safe: every call opens its own connection."""

    def __init__(self, base_url: str, token: str = "", timeout: float = 600.0) -> None:
        parts = urlsplit(base_url)
        self._host = parts.hostname or "127.0.0.1"
        self._port = parts.port or (443 if parts.scheme == "https" else 80)
        self._https = parts.scheme == "https"
        self._prefix = parts.path.rstrip("/")
        self._token = token
        self._timeout = timeout

    def _connect(self, timeout: float | None = None) -> http.client.HTTPConnection:
        cls = http.client.HTTPSConnection if self._https else http.client.HTTPConnection
        return cls(self._host, self._port, timeout=timeout or self._timeout)

    def _headers(self, request_id: str | None = None) -> dict[str, str]:
        headers = {"Content-Type": "application/json", "Accept": "application/json"}
        if self._token:
            headers["Authorization"] = f"Bearer {self._token}"
        if request_id:
            headers["X-Request-Id"] = request_id
        return headers

    def _open(
        self, method: str, path: str, body: dict[str, Any] | None, request_id: str | None = None,
        timeout: float | None = None,
    ) -> tuple[http.client.HTTPConnection, http.client.HTTPResponse]:
        connection = self._connect(timeout)
        payload = json.dumps(body).encode("utf-8") if body is not None else None
        try:
            connection.request(method, self._prefix + path, body=payload, headers=self._headers(request_id))
            response = connection.getresponse()
        except _CONNECTION_ERRORS as exc:
            connection.close()
            raise EngineUnavailableError(QT_TR_NOOP("the engine is not answering ({kind}: {reason})"),
                                         kind=exc.__class__.__name__, reason=exc) from exc
        if response.status >= 400:
            try:
                raw = response.read()
            except _CONNECTION_ERRORS:
                raw = b""
            connection.close()
            raise exception_from(ErrorBody.parse(response.status, raw))
        return connection, response

    def _json(self, method: str, path: str, body: dict[str, Any] | None = None, timeout: float | None = None,
              request_id: str | None = None) -> Any:
        connection, response = self._open(method, path, body, request_id, timeout=timeout)
        try:
            return json.loads(response.read())
        except _CONNECTION_ERRORS as exc:
            raise EngineUnavailableError(QT_TR_NOOP("the engine stopped answering ({reason})"), reason=exc) from exc
        except json.JSONDecodeError as exc:
            raise EngineRequestError(QT_TR_NOOP("the engine sent a malformed answer: {reason}"), reason=exc) from exc
        finally:
            connection.close()

    # management (local worker extensions)

    def health(self, timeout: float = 2.0) -> bool:
        try:
            return bool(self._json("GET", "/health", timeout=timeout).get("ok"))
        except (EngineUnavailableError, EngineRequestError):
            return False

    def status(self) -> EngineStatus:
        return _status(self._json("GET", "/status", timeout=10.0))

    def load(self, params: LoadParams) -> EngineStatus:
        """Load `params` (the old model is dropped first); the engine's status with the new model."""
        return _status(self._json("POST", "/load", load_body(params)))

    def unload(self) -> None:
        self._json("POST", "/unload", {})

    def tokenize(self, text: str) -> list[int]:
        return [int(t) for t in self._json("POST", "/tokenize", {"content": text})["tokens"]]

    def count_chat(
        self, messages: Sequence[ChatMessage], template_kwargs: Mapping[str, object] | None = None,
        tools: Sequence[Mapping[str, Any]] | None = None,
    ) -> int:
        """Tokens of the prompt the model will see for `messages` (its chat template applied, with the template
        variables and tools a chat request sends: the context meter counts what the reply's prompt will be)."""
        body = {"messages": [m.to_dict() for m in messages], **_template_body(template_kwargs, tools)}
        return int(self._json("POST", "/tokenize", body)["count"])

    def count(self, text: str) -> int:
        return int(self._json("POST", "/tokenize", {"content": text})["count"])

    def cancel(self, request_id: str | None = None) -> int:
        try:
            return int(self._json("POST", "/cancel", {"id": request_id}, timeout=3.0).get("cancelled", 0))
        except (EngineUnavailableError, EngineRequestError):
            return 0

    def models(self) -> list[str]:
        return [str(m["id"]) for m in self._json("GET", "/v1/models").get("data", [])]

    # raw OpenAI-shaped requests (the public server builds the bodies: services/server/)

    def post_json(self, path: str, body: dict[str, Any], request_id: str | None = None) -> Any:
        """POST `body` and return the JSON answer; an error answer raises the typed error its code stands for."""
        return self._json("POST", path, body, request_id=request_id)

    def post_stream(self, path: str, body: dict[str, Any], request_id: str) -> Iterator[dict[str, Any]]:
        """POST a streaming request and yield its chunks as JSON objects, up to `[DONE]`; an `error` event raises
        the typed error it stands for. Closing the iterator closes the connection."""
        connection, response = self._open("POST", path, {**body, "stream": True}, request_id)
        try:
            for event, data in _sse_events(response):
                if event == "error":
                    raise exception_from(ErrorBody.parse_event(data))
                if data == "[DONE]":
                    return
                chunk = json.loads(data)
                if isinstance(chunk, dict):
                    yield chunk
        except _CONNECTION_ERRORS as exc:
            raise EngineUnavailableError(QT_TR_NOOP("the engine connection broke mid-reply ({kind})"),
                                         kind=exc.__class__.__name__) from exc
        except json.JSONDecodeError as exc:
            raise EngineRequestError(QT_TR_NOOP("the engine sent a malformed stream chunk: {reason}"), reason=exc) from exc
        finally:
            connection.close()
        raise EngineUnavailableError(QT_TR_NOOP("the engine ended the reply without finishing it"))

    # generation (OpenAI-compatible)

    def chat_stream(
        self,
        messages: Sequence[ChatMessage],
        sampling: SamplingParams,
        cancelled: Callable[[], bool] = lambda: False,
        request_id: str | None = None,
        adapters: Adapters | None = None,
        template_kwargs: Mapping[str, object] | None = None,
        tools: Sequence[Mapping[str, Any]] | None = None,
        tool_choice: str | Mapping[str, Any] | None = None,
    ) -> Iterator[StreamEvent]:
        """Stream a reply; `adapters` ((path, scale), ...) switches LoRA adapters for this request, () none;
        `template_kwargs` are extra chat template variables (enable_thinking: the Think switch); `tools` are
        OpenAI function tools the model's template writes into the prompt (the reply's text carries any calls);
        `tool_choice` (OpenAI's: "required" or a named function) forces a call by grammar."""
        body = {"messages": [m.to_dict() for m in messages], **_sampling_body(sampling, adapters),
                **_template_body(template_kwargs, tools), "stream": True}
        if tools and tool_choice is not None:
            body["tool_choice"] = tool_choice if isinstance(tool_choice, str) else dict(tool_choice)
        return self._stream("/v1/chat/completions", body, cancelled, request_id, chat=True)

    def completion_stream(
        self,
        prompt: str,
        sampling: SamplingParams,
        cancelled: Callable[[], bool] = lambda: False,
        request_id: str | None = None,
        adapters: Adapters | None = None,
    ) -> Iterator[StreamEvent]:
        body = {"prompt": prompt, **_sampling_body(sampling, adapters), "stream": True}
        return self._stream("/v1/completions", body, cancelled, request_id, chat=False)

    def _stream(
        self, path: str, body: dict[str, Any], cancelled: Callable[[], bool], request_id: str | None, chat: bool
    ) -> Iterator[StreamEvent]:
        request_id = request_id or f"req-{uuid.uuid4().hex[:12]}"
        connection, response = self._open("POST", path, body, request_id)
        got_final = False
        cancel_sent = False
        try:
            for event, data in _sse_events(response):
                if event == "error":
                    # The engine failed after it had sent the stream's headers (issue 10, item 12).
                    raise exception_from(ErrorBody.parse_event(data))
                if data == "[DONE]":
                    break
                chunk = json.loads(data)
                choice = (chunk.get("choices") or [{}])[0]
                text = (choice.get("delta") or {}).get("content") if chat else choice.get("text")
                if text and not cancel_sent:
                    yield TextDelta(text)
                if choice.get("finish_reason"):
                    timings = chunk.get("timings") or {}
                    got_final = True
                    yield GenerationFinished(
                        choice["finish_reason"],
                        GenerationStats.from_usage(chunk.get("usage") or {}, timings),
                        str(timings.get("warning") or ""),
                    )
                if cancelled() and not cancel_sent:
                    # The worker stops before its next token and still sends the final chunk with usage.
                    cancel_sent = True
                    self.cancel(request_id)
        except _CONNECTION_ERRORS as exc:
            raise EngineUnavailableError(QT_TR_NOOP("the engine connection broke mid-reply ({kind})"),
                                         kind=exc.__class__.__name__) from exc
        except json.JSONDecodeError as exc:
            raise EngineRequestError(QT_TR_NOOP("the engine sent a malformed stream chunk: {reason}"), reason=exc) from exc
        finally:
            connection.close()
        if not got_final:
            raise EngineUnavailableError(QT_TR_NOOP("the engine ended the reply without finishing it"))


def _sse_events(response: http.client.HTTPResponse) -> Iterator[tuple[str, str]]:
    """The (event type, `data:` payload) pairs of a server-sent-event stream; the type defaults to "message"."""
    data: list[str] = []
    event = "message"
    while True:
        line = response.readline()
        if not line:
            return
        text = line.decode("utf-8").rstrip("\r\n")
        if not text:
            if data:
                yield event, "\n".join(data)
            data, event = [], "message"
        elif text.startswith("data:"):
            data.append(text[5:].lstrip())
        elif text.startswith("event:"):
            event = text[6:].strip()


def _status(data: Any) -> EngineStatus:
    try:
        return EngineStatus.from_dict(data)
    except RequestInvalidError as exc:
        raise EngineRequestError(QT_TR_NOOP("the engine sent a malformed status: {reason}"), reason=exc) from exc


def _template_body(
    template_kwargs: Mapping[str, object] | None, tools: Sequence[Mapping[str, Any]] | None = None
) -> dict[str, Any]:
    """`chat_template_kwargs`, the field vLLM and llama-server take for extra template variables, and `tools`
    (OpenAI function tools the template writes into the prompt; the engine answers 400 where it cannot); each
    omitted when there are none, so a server that does not know the field never sees it."""
    body: dict[str, Any] = {"chat_template_kwargs": dict(template_kwargs)} if template_kwargs else {}
    if tools:
        body["tools"] = [dict(tool) for tool in tools]
    return body


def _sampling_body(sampling: SamplingParams, adapters: Adapters | None = None) -> dict[str, Any]:
    body: dict[str, Any] = {
        "temperature": sampling.temperature,
        "top_k": sampling.top_k,
        "top_p": sampling.top_p,
        "min_p": sampling.min_p,
        "repeat_penalty": sampling.repeat_penalty,
        "max_tokens": sampling.max_tokens,
    }
    if sampling.seed >= 0:
        body["seed"] = sampling.seed
    if sampling.stop:
        body["stop"] = list(sampling.stop)
    if adapters is not None:
        body["lora"] = [{"path": path, "scale": scale} for path, scale in adapters]
    return body

