"""A client for another OpenAI-compatible server (issue 11, part B): vLLM, llama-server, llama-cpp-python's
server, Ollama's /v1, LM Studio, another desktop-llm, a hosted provider.

It is the engine client (services/engine/engine_client.py) with what a server on the network needs on top: its
answers mapped to specific typed errors (offline, 401, 404 model, 429 with Retry-After, 5xx, a reset or a stall
mid-reply, context exceeded), a stall timeout on every read, cancel by hanging up (a remote server has no /cancel
of ours), token counts from whichever tokenize endpoint the server has, else a generous estimate.
"""

from __future__ import annotations

import http.client
import json
import logging
import re
import socket
import threading
import time
import uuid
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any

from desktop_llm.core.connections import ServerInfo, estimate_chat_tokens, estimate_tokens
from desktop_llm.core.errors import (
    DesktopLlmError,
    EngineRequestError,
    RemoteAuthError,
    RemoteContextExceededError,
    RemoteModelNotFoundError,
    RemoteRateLimitedError,
    RemoteServerError,
    RemoteStalledError,
    RemoteStreamCutError,
    RemoteUnavailableError,
    RemoteUnsupportedError,
)
from desktop_llm.core.events import ChatMessage, FinishReason, GenerationFinished, GenerationStats, StreamEvent, TextDelta
from desktop_llm.core.sampling import Adapters, SamplingParams
from desktop_llm.core.ui_text import QT_TR_NOOP
from desktop_llm.ipc.engine_wire import ErrorBody
from desktop_llm.services.engine.engine_client import EngineClient, _sampling_body, _sse_events

log = logging.getLogger(__name__)
FIRST_ANSWER_TIMEOUT_S = 600.0
_NETWORK_ERRORS = (ConnectionError, http.client.HTTPException, OSError)
# Sampling fields beyond OpenAI's own: llama.cpp, vLLM, Ollama and desktop-llm take them; a strict server
# (api.openai.com) answers 400 "Unrecognized request argument", and then they are left out from there on.
_EXTENSIONS = ("top_k", "min_p", "repeat_penalty")
_CONTEXT_WORDS = re.compile(r"context (length|window|size)|maximum context|exceed", re.IGNORECASE)
_FINISH: dict[str, FinishReason] = {"stop": "stop", "length": "length", "tool_calls": "stop", "function_call": "stop",
                                    "eos": "stop", "content_filter": "error", "cancelled": "cancelled"}


class RemoteClient(EngineClient):
    """Talks to one model on one server. Thread-safe: every call opens its own connection."""

    def __init__(self, base_url: str, api_key: str, model: str, info: ServerInfo, name: str = "",
                 stall_timeout_s: float = 60.0) -> None:
        # Until the answer's headers arrive, a server may be queueing the request behind others (llama-cpp-python's
        # server holds one lock; a fanned-out job sends several): that wait gets FIRST_ANSWER_TIMEOUT_S, and only
        # a silence after the first byte counts as a stall.
        super().__init__(base_url, api_key, timeout=max(stall_timeout_s, FIRST_ANSWER_TIMEOUT_S))
        self.base_url = base_url
        self.model = model
        self.info = info
        self.name = name or base_url
        self.stall_timeout_s = stall_timeout_s
        self._strict = False  # set once the server refused the sampling extensions
        self._lock = threading.Lock()
        self._live: dict[str, http.client.HTTPConnection] = {}
        self._cancelled: set[str] = set()

    @property
    def parallel_requests(self) -> int:
        """How many requests this server runs at once (read by the document jobs to fan out)."""
        return self.info.parallel_slots

    # HTTP, with a network server's failures told apart

    def _headers(self, request_id: str | None = None) -> dict[str, str]:
        # No X-Request-Id: that id is our engine's, and llama-cpp-python's server (starlette-context) answers a
        # value that is not a UUID with an empty 400.
        return super()._headers(None)

    def _open(
        self, method: str, path: str, body: dict[str, Any] | None, request_id: str | None = None,
        timeout: float | None = None,
    ) -> tuple[http.client.HTTPConnection, http.client.HTTPResponse]:
        connection = self._connect(timeout)
        if request_id:
            with self._lock:
                self._live[request_id] = connection
        payload = json.dumps(body).encode("utf-8") if body is not None else None
        try:
            connection.request(method, self._prefix + path, body=payload, headers=self._headers(request_id))
            sock = connection.sock  # getresponse() hands it to the response (and forgets it) on Connection: close
            response = connection.getresponse()
            if sock is not None:
                sock.settimeout(self.stall_timeout_s)
        except TimeoutError as exc:
            self._forget(request_id, connection)
            raise RemoteStalledError(QT_TR_NOOP("{name} accepted the request but sent nothing for {seconds} s: the "
                                                "server is stalled or overloaded"), name=self.name,
                                     seconds=f"{self._timeout:g}") from exc
        except _NETWORK_ERRORS as exc:
            self._forget(request_id, connection)
            raise RemoteUnavailableError(QT_TR_NOOP("cannot reach {name} at {address}: {reason}. Is the server running, "
                                                    "and the address right?"), name=self.name, address=self.base_url,
                                         reason=_reason(exc)) from exc
        if response.status >= 400:
            try:
                raw = response.read()
            except _NETWORK_ERRORS:
                raw = b""
            self._forget(request_id, connection)
            raise self._error(response.status, raw, response.getheader("Retry-After"), path)
        return connection, response

    def _forget(self, request_id: str | None, connection: http.client.HTTPConnection) -> None:
        connection.close()
        if request_id:
            with self._lock:
                self._live.pop(request_id, None)

    def _error(self, status: int, raw: bytes, retry_after: str | None, path: str) -> DesktopLlmError:
        body = ErrorBody.parse(status, raw)
        said = body.message.strip()[:300]
        if status in (401, 403):
            return RemoteAuthError(QT_TR_NOOP("{name} refused the API key ({http}): {said}. Check the key in "
                                              "Connections (or the variable named with --api-key-env)"), body.code,
                                   status, name=self.name, http=status, said=said)
        if status == 404 and path.startswith("/v1/"):
            models = ", ".join(self.info.models[:8]) or "none listed"
            return RemoteModelNotFoundError(QT_TR_NOOP("{name} does not serve {model} ({said}); it serves: {models}"),
                                            body.code, status, name=self.name, model=repr(self.model), said=said,
                                            models=models)
        if status == 429:
            return RemoteRateLimitedError(QT_TR_NOOP("{name} says too many requests (429): {said}"),
                                          _seconds(retry_after), name=self.name, said=said)
        if status >= 500:
            return RemoteServerError(QT_TR_NOOP("{name} failed with {http}: {said}"), status, name=self.name,
                                     http=status, said=said)
        if body.code == "context_length_exceeded" or (status in (400, 413) and _CONTEXT_WORDS.search(said)):
            return RemoteContextExceededError(QT_TR_NOOP("{name}: the request does not fit the model's context: {said}"),
                                              name=self.name, said=said)
        return EngineRequestError(QT_TR_NOOP("{name} refused the request ({http}): {said}"), body.code, status,
                                  name=self.name, http=status, said=said)

    def _json(self, method: str, path: str, body: dict[str, Any] | None = None, timeout: float | None = None,
              request_id: str | None = None) -> Any:
        connection, response = self._open(method, path, body, request_id, timeout=timeout)
        try:
            return json.loads(response.read())
        except TimeoutError as exc:
            raise RemoteStalledError(QT_TR_NOOP("{name} stopped sending in the middle of an answer"), name=self.name) from exc
        except _NETWORK_ERRORS as exc:
            raise RemoteStreamCutError(QT_TR_NOOP("{name} broke off its answer: {reason}"), name=self.name,
                                       reason=_reason(exc)) from exc
        except json.JSONDecodeError as exc:
            raise EngineRequestError(QT_TR_NOOP("{name} sent a malformed answer: {reason}"), name=self.name,
                                     reason=exc) from exc
        finally:
            connection.close()

    def request(self, method: str, path: str, body: dict[str, Any] | None = None) -> Any:
        """One JSON request to the server (the probe's), its failures typed as for any other."""
        return self._json(method, path, body)

    # token counts: the server's own where it has an endpoint, else an estimate

    def tokenize(self, text: str) -> list[int]:
        dialect = self.info.tokenize
        if dialect in ("desktop-llm", "llama-server"):
            return [int(t) for t in self._json("POST", "/tokenize", {"content": text})["tokens"]]
        if dialect == "vllm":
            return [int(t) for t in self._json("POST", "/tokenize", {"model": self.model, "prompt": text})["tokens"]]
        if dialect == "llama-cpp-python":
            return [int(t) for t in self._json("POST", "/extras/tokenize", {"input": text, "model": self.model})["tokens"]]
        raise RemoteUnsupportedError(QT_TR_NOOP("{name} has no tokenize endpoint; token counts there are estimates"),
                                     name=self.name)

    def count(self, text: str) -> int:
        if not self.info.tokenize:
            return estimate_tokens(text)
        if self.info.tokenize == "vllm":
            return int(self._json("POST", "/tokenize", {"model": self.model, "prompt": text,
                                                        "add_special_tokens": False})["count"])
        if self.info.tokenize == "llama-cpp-python":
            return int(self._json("POST", "/extras/tokenize/count", {"input": text, "model": self.model})["count"])
        return len(self.tokenize(text))

    def count_chat(self, messages: Sequence[ChatMessage], template_kwargs: Mapping[str, object] | None = None,
                   tools: Sequence[Mapping[str, Any]] | None = None) -> int:
        extra: dict[str, Any] = {"chat_template_kwargs": dict(template_kwargs)} if template_kwargs else {}
        if tools:  # as chat_stream sends them (vLLM's /tokenize takes both)
            extra["tools"] = [dict(tool) for tool in tools]
        if self.info.counts_chat and self.info.tokenize == "vllm":
            return int(self._json("POST", "/tokenize", {"model": self.model,
                                                        "messages": [m.to_dict() for m in messages], **extra})["count"])
        if self.info.counts_chat:
            return int(self._json("POST", "/tokenize", {"messages": [m.to_dict() for m in messages], **extra})["count"])
        if not self.info.tokenize:
            return estimate_chat_tokens([m.content for m in messages])
        # Exact contents, the template's share guessed: role markers and separators around each message.
        return estimate_chat_tokens([]) + sum(self.count(m.content) + 8 for m in messages)

    # generation

    def cancel(self, request_id: str | None = None) -> int:
        """Hang up on `request_id` (all requests when None): the server stops when it sees the disconnect."""
        with self._lock:
            ids = [request_id] if request_id else list(self._live)
            live = [(rid, self._live.get(rid)) for rid in ids]
            self._cancelled.update(ids)
        for _rid, connection in live:
            if connection is not None and connection.sock is not None:
                try:
                    connection.sock.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass
        return sum(1 for _rid, c in live if c is not None)

    def models(self) -> list[str]:
        return [str(m["id"]) for m in self._json("GET", "/v1/models").get("data", [])]

    def chat_stream(
        self, messages: Sequence[ChatMessage], sampling: SamplingParams, cancelled: Callable[[], bool] = lambda: False,
        request_id: str | None = None, adapters: Adapters | None = None,
        template_kwargs: Mapping[str, object] | None = None, tools: Sequence[Mapping[str, Any]] | None = None,
        tool_choice: str | Mapping[str, Any] | None = None,
    ) -> Iterator[StreamEvent]:
        if adapters:
            raise RemoteUnsupportedError(QT_TR_NOOP("LoRA adapters apply to a local model only; {name} serves its own"),
                                         name=self.name)
        body = {"model": self.model, "messages": [m.to_dict() for m in messages], **self._sampling(sampling),
                "stream": True, "stream_options": {"include_usage": True}}
        if template_kwargs:  # vLLM's and llama-server's field for extra template variables (enable_thinking)
            body["chat_template_kwargs"] = dict(template_kwargs)
        if tools:
            body["tools"] = [dict(tool) for tool in tools]
            if tool_choice is not None:  # OpenAI's field, as servers with tools take it
                body["tool_choice"] = tool_choice if isinstance(tool_choice, str) else dict(tool_choice)
        return self._remote_stream("/v1/chat/completions", body, cancelled, request_id or f"req-{uuid.uuid4().hex[:12]}")

    def completion_stream(
        self, prompt: str, sampling: SamplingParams, cancelled: Callable[[], bool] = lambda: False,
        request_id: str | None = None, adapters: Adapters | None = None,
    ) -> Iterator[StreamEvent]:
        if adapters:
            raise RemoteUnsupportedError(QT_TR_NOOP("LoRA adapters apply to a local model only; {name} serves its own"),
                                         name=self.name)
        body = {"model": self.model, "prompt": prompt, **self._sampling(sampling), "stream": True}
        return self._remote_stream("/v1/completions", body, cancelled, request_id or f"req-{uuid.uuid4().hex[:12]}")

    def _sampling(self, sampling: SamplingParams) -> dict[str, Any]:
        body = _sampling_body(sampling)
        if self._strict:
            for key in _EXTENSIONS:
                body.pop(key, None)
        return body

    def _remote_stream(self, path: str, body: dict[str, Any], cancelled: Callable[[], bool],
                       request_id: str) -> Iterator[StreamEvent]:
        try:
            connection, response = self._open("POST", path, body, request_id)
        except EngineRequestError as exc:
            if self._strict or exc.status != 400 or not any(key in str(exc) for key in _EXTENSIONS):
                raise
            log.info("%s refuses llama.cpp's sampling fields; sending OpenAI's only from now on", self.name)
            self._strict = True
            for key in _EXTENSIONS:
                body.pop(key, None)
            connection, response = self._open("POST", path, body, request_id)
        return self._events(connection, response, body, cancelled, request_id, chat=path.endswith("chat/completions"))

    def _events(self, connection: http.client.HTTPConnection, response: http.client.HTTPResponse, body: dict[str, Any],
                cancelled: Callable[[], bool], request_id: str, chat: bool) -> Iterator[StreamEvent]:
        started = time.monotonic()
        first = 0.0
        pieces = 0
        finish: str | None = None
        usage: dict[str, Any] = {}
        try:
            for event, data in _sse_events(response):
                if event == "error":
                    parsed = ErrorBody.parse_event(data)
                    raise self._error(parsed.status, data.encode("utf-8"), None, "/v1/")
                if data == "[DONE]":
                    break
                chunk = json.loads(data)
                if isinstance(chunk, dict) and "error" in chunk and not chunk.get("choices"):
                    raise self._error(int(chunk["error"].get("status") or 500) if isinstance(chunk["error"], dict)
                                      else 500, data.encode("utf-8"), None, "/v1/")
                usage = chunk.get("usage") or usage
                choice = (chunk.get("choices") or [{}])[0]
                text = (choice.get("delta") or {}).get("content") if chat else choice.get("text")
                if text:
                    first = first or time.monotonic()
                    pieces += 1
                    yield TextDelta(text)
                finish = choice.get("finish_reason") or finish
                if cancelled() or request_id in self._cancelled:
                    break
        except TimeoutError as exc:
            if not self._was_cancelled(request_id, cancelled):
                raise RemoteStalledError(QT_TR_NOOP("{name} stopped sending for {seconds} s in the middle of the reply; "
                                                    "what arrived is kept"), name=self.name,
                                         seconds=f"{self.stall_timeout_s:g}") from exc
        except _NETWORK_ERRORS as exc:
            if not self._was_cancelled(request_id, cancelled):
                raise RemoteStreamCutError(QT_TR_NOOP("the connection to {name} broke mid-reply ({reason}); what "
                                                      "arrived is kept"), name=self.name, reason=_reason(exc)) from exc
        except json.JSONDecodeError as exc:
            raise EngineRequestError(QT_TR_NOOP("{name} sent a malformed stream chunk: {reason}"), name=self.name,
                                     reason=exc) from exc
        finally:
            self._forget(request_id, connection)
        was_cancelled = self._was_cancelled(request_id, cancelled)
        with self._lock:
            self._cancelled.discard(request_id)
        if finish is None and not was_cancelled:
            raise RemoteStreamCutError(QT_TR_NOOP("{name} ended the reply without finishing it (another request may "
                                                  "have interrupted it); what arrived is kept"), name=self.name)
        completion = int(usage.get("completion_tokens") or pieces)
        decode_s = time.monotonic() - (first or started)
        stats = GenerationStats(
            prompt_tokens=int(usage.get("prompt_tokens") or 0), completion_tokens=completion,
            ttft_ms=((first or time.monotonic()) - started) * 1000,
            tokens_per_s=(completion - 1) / decode_s if completion > 1 and decode_s > 0 else 0.0,
            n_ctx=self.info.n_ctx)
        reason: FinishReason = "cancelled" if was_cancelled else _FINISH.get(str(finish), "stop")
        yield GenerationFinished(reason, stats)

    def _was_cancelled(self, request_id: str, cancelled: Callable[[], bool]) -> bool:
        with self._lock:
            return request_id in self._cancelled or cancelled()


def _reason(exc: BaseException) -> str:
    if isinstance(exc, ConnectionRefusedError):
        return "connection refused"
    if isinstance(exc, ConnectionResetError):
        return "connection reset by the server"
    if isinstance(exc, socket.gaierror):
        return "the host name does not resolve"
    return f"{exc.__class__.__name__}: {exc}" if str(exc) else exc.__class__.__name__


def _seconds(retry_after: str | None) -> float | None:
    """Retry-After in seconds: a number (an HTTP date is rare from API servers and taken as unknown)."""
    try:
        return max(0.0, float(retry_after)) if retry_after else None
    except ValueError:
        return None
