"""The worker's HTTP API: OpenAI-compatible chat/completions plus load, unload, status, tokenize, cancel.

Every request needs the bearer token the parent generated; the server listens on loopback only.
"""

from __future__ import annotations

import collections
import hmac
import json
import logging
import select
import socket
import threading
import time
import uuid
from collections.abc import Iterator
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from desktop_llm.core.errors import (
    ChatTemplateError,
    ContextOverflowError,
    DesktopLlmError,
    ModelLoadError,
    ModelNotLoadedError,
)
from desktop_llm.core.events import ChatMessage
from desktop_llm.core.sampling import LoadParams, SamplingParams
from desktop_llm.engine.generation import CancelFlag, GenerationResult, generate_text
from desktop_llm.engine.model_host import ModelHost

log = logging.getLogger(__name__)
MAX_BODY = 64 * 1024 * 1024
BUSY_WAIT_S = 30.0
STREAM_FLUSH_S = 0.02  # the GUI shows at most ~30 updates a second, so 50 chunks a second lose nothing


class ApiError(Exception):
    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.code = code


class EngineServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = False

    def __init__(self, port: int, token: str, host: ModelHost) -> None:
        super().__init__(("127.0.0.1", port), ApiHandler)
        self.token = token
        self.host = host
        self.active: dict[str, CancelFlag] = {}
        # Cancels that arrived before their request did (the client cancelled while it was still sending).
        self.pre_cancelled: collections.deque[str] = collections.deque(maxlen=256)
        self.active_lock = threading.Lock()


class ApiHandler(BaseHTTPRequestHandler):
    server: EngineServer
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:
        log.debug("%s " + format, self.address_string(), *args)

    # dispatch

    def do_GET(self) -> None:
        self._dispatch({"/v1/models": self._models, "/status": self._status, "/health": self._health})

    def do_POST(self) -> None:
        self._dispatch(
            {
                "/v1/chat/completions": self._chat,
                "/v1/completions": self._completion,
                "/load": self._load,
                "/unload": self._unload,
                "/tokenize": self._tokenize,
                "/cancel": self._cancel,
            }
        )

    def _dispatch(self, routes: dict[str, Any]) -> None:
        try:
            if not self._authorized():
                raise ApiError(HTTPStatus.UNAUTHORIZED, "unauthorized", "missing or wrong bearer token")
            route = routes.get(self.path.split("?", 1)[0])
            if route is None:
                raise ApiError(HTTPStatus.NOT_FOUND, "not_found", f"no such endpoint: {self.path}")
            route()
        except ApiError as exc:
            self._send_error(exc.status, exc.code, str(exc))
        except ModelNotLoadedError as exc:
            self._send_error(HTTPStatus.CONFLICT, "model_not_loaded", str(exc))
        except ModelLoadError as exc:
            self._send_error(HTTPStatus.UNPROCESSABLE_ENTITY, "model_load_failed", str(exc))
        except (ContextOverflowError, ChatTemplateError) as exc:
            self._send_error(HTTPStatus.BAD_REQUEST, "context_overflow" if isinstance(
                exc, ContextOverflowError) else "chat_template", str(exc))
        except (ValueError, TypeError, KeyError) as exc:
            self._send_error(HTTPStatus.BAD_REQUEST, "invalid_request", f"invalid request: {exc}")
        except DesktopLlmError as exc:
            self._send_error(HTTPStatus.INTERNAL_SERVER_ERROR, "engine_error", str(exc))
        except (BrokenPipeError, ConnectionResetError):
            log.info("client went away during %s", self.path)
        except Exception as exc:  # the connection must get an answer, whatever broke inside
            log.exception("unexpected error in %s", self.path)
            self._send_error(HTTPStatus.INTERNAL_SERVER_ERROR, "engine_error", f"{type(exc).__name__}: {exc}")

    def _authorized(self) -> bool:
        header = self.headers.get("Authorization", "")
        return hmac.compare_digest(header.encode(), f"Bearer {self.server.token}".encode())

    # plumbing

    def _body(self) -> dict[str, Any]:
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_BODY:
            raise ApiError(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, "too_large", "request body too large")
        raw = self.rfile.read(length) if length else b"{}"
        try:
            data = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise ApiError(HTTPStatus.BAD_REQUEST, "invalid_json", f"request body is not JSON: {exc}") from exc
        if not isinstance(data, dict):
            raise ApiError(HTTPStatus.BAD_REQUEST, "invalid_json", "request body must be a JSON object")
        return data

    def _send_json(self, data: Any, status: int = HTTPStatus.OK) -> None:
        payload = json.dumps(data).encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def _send_error(self, status: int, code: str, message: str) -> None:
        try:
            self._send_json({"error": {"message": message, "type": code, "code": code}}, status)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def _client_gone(self) -> bool:
        """True when the client closed its end: readable with nothing to read."""
        try:
            readable, _, _ = select.select([self.connection], [], [], 0)
            return bool(readable) and self.connection.recv(1, socket.MSG_PEEK) == b""
        except (OSError, ValueError):
            return True

    # endpoints

    def _health(self) -> None:
        self._send_json({"ok": True})

    def _status(self) -> None:
        self._send_json(self.server.host.status())

    def _models(self) -> None:
        host = self.server.host
        data = [{"id": host.model.params.path, "object": "model", "owned_by": "local"}] if host.loaded else []
        self._send_json({"object": "list", "data": data})

    def _load(self) -> None:
        params = LoadParams.from_dict(self._body())
        with self._acquire():
            self.server.host.load(params)
            status = self.server.host.status()
        self._send_json(status)

    def _unload(self) -> None:
        self._body()
        with self._acquire():
            self.server.host.unload()
        self._send_json({"loaded": False})

    def _tokenize(self) -> None:
        """`content`: a text; or `messages`: a chat, counted as the model will see it (template applied)."""
        body = self._body()
        with self._acquire():
            if "messages" in body:
                messages = _messages(body)
                model = self.server.host.model
                tokens, _ = self.server.host.tokenize_chat(messages)  # exactly as a chat request tokenizes it
                self._send_json({"count": len(tokens), "n_ctx": model.llm.n_ctx()})
                return
            tokens = self.server.host.tokenize(str(body["content"]), special=bool(body.get("special", False)))
        self._send_json({"tokens": tokens, "count": len(tokens)})

    def _cancel(self) -> None:
        request_id = self._body().get("id")
        with self.server.active_lock:
            flags = [f for rid, f in self.server.active.items() if request_id in (None, rid)]
            if request_id and not flags:
                self.server.pre_cancelled.append(str(request_id))
        for flag in flags:
            flag.set()
        self._send_json({"cancelled": len(flags)})

    def _acquire(self) -> _Held:
        if not self.server.host.lock.acquire(timeout=BUSY_WAIT_S):
            raise ApiError(HTTPStatus.SERVICE_UNAVAILABLE, "busy", "the engine is busy with another request")
        return _Held(self.server.host.lock)

    def _chat(self) -> None:
        body = self._body()
        messages = _messages(body)
        sampling = _sampling_from_openai(body)
        with self._acquire():
            host = self.server.host
            host.use_adapters(_adapters(body))
            tokens, budget, warning = host.chat_prompt(messages, sampling.max_tokens)
            self._run(body, tokens, sampling, chat=True, dropped=budget.dropped, warning=warning)

    def _completion(self) -> None:
        body = self._body()
        sampling = _sampling_from_openai(body)
        with self._acquire():
            self.server.host.use_adapters(_adapters(body))
            tokens = self.server.host.tokenize(str(body.get("prompt", "")), special=True)
            n_ctx = self.server.host.model.llm.n_ctx()
            if len(tokens) >= n_ctx:
                raise ContextOverflowError(f"the prompt has {len(tokens)} tokens; the context window holds {n_ctx}")
            self._run(body, tokens, sampling, chat=False, dropped=0, warning="")

    def _run(
        self, body: dict[str, Any], tokens: list[int], sampling: SamplingParams, chat: bool, dropped: int, warning: str
    ) -> None:
        request_id = self.headers.get("X-Request-Id") or f"req-{uuid.uuid4().hex[:12]}"
        flag = CancelFlag()
        with self.server.active_lock:
            self.server.active[request_id] = flag
            if request_id in self.server.pre_cancelled:
                flag.set()
        model = self.server.host.model
        cancelled = lambda: flag() or self._client_gone()  # noqa: E731 - checked before every token
        try:
            events = generate_text(model.llm, tokens, sampling, cancelled)
            meta = _Meta(request_id, model.params.path, chat, model.llm.n_ctx(), dropped, warning)
            if body.get("stream"):
                self._stream(events, meta)
            else:
                self._collect(events, meta)
        finally:
            with self.server.active_lock:
                self.server.active.pop(request_id, None)

    def _stream(self, events: Iterator[str | GenerationResult], meta: _Meta) -> None:
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Cache-Control", "no-cache")
        self.send_header("Connection", "close")
        self.send_header("X-Request-Id", meta.request_id)
        self.end_headers()
        self.close_connection = True
        pending: list[str] = []
        last_flush = 0.0
        for event in events:
            if isinstance(event, GenerationResult):
                if pending:
                    self._sse(meta.chunk("".join(pending), None))
                final = meta.chunk("", event.finish_reason)
                final.update(meta.usage(event))
                self._sse(final)
                self._sse_raw(b"data: [DONE]\n\n")
                continue
            pending.append(event)
            now = time.perf_counter()
            # Coalesce: one chunk per STREAM_FLUSH_S at most. Per-token writes cost a syscall here and a wake-up
            # in the client, which on a small CPU steals time from llama.cpp's own threads.
            if now - last_flush >= STREAM_FLUSH_S:
                self._sse(meta.chunk("".join(pending), None))
                pending.clear()
                last_flush = now

    def _sse(self, data: dict[str, Any]) -> None:
        self._sse_raw(b"data: " + json.dumps(data, ensure_ascii=False).encode("utf-8") + b"\n\n")

    def _sse_raw(self, payload: bytes) -> None:
        self.wfile.write(payload)
        self.wfile.flush()

    def _collect(self, events: Iterator[str | GenerationResult], meta: _Meta) -> None:
        parts: list[str] = []
        result: GenerationResult | None = None
        for event in events:
            if isinstance(event, GenerationResult):
                result = event
            else:
                parts.append(event)
        assert result is not None
        text = "".join(parts)
        choice: dict[str, Any] = {"index": 0, "finish_reason": result.finish_reason}
        if meta.chat:
            choice["message"] = {"role": "assistant", "content": text}
        else:
            choice["text"] = text
        response = {
            "id": meta.request_id,
            "object": "chat.completion" if meta.chat else "text_completion",
            "created": int(time.time()),
            "model": meta.model,
            "choices": [choice],
        }
        response.update(meta.usage(result))
        self._send_json(response)


class _Held:
    def __init__(self, lock: threading.Lock) -> None:
        self._lock = lock

    def __enter__(self) -> None:
        return None

    def __exit__(self, *exc: object) -> None:
        self._lock.release()


class _Meta:
    def __init__(self, request_id: str, model: str, chat: bool, n_ctx: int, dropped: int, warning: str) -> None:
        self.request_id = request_id
        self.model = model
        self.chat = chat
        self.n_ctx = n_ctx
        self.dropped = dropped
        self.warning = warning
        self.created = int(time.time())

    def chunk(self, text: str, finish: str | None) -> dict[str, Any]:
        if self.chat:
            choice: dict[str, Any] = {"index": 0, "delta": {"content": text} if text else {}, "finish_reason": finish}
        else:
            choice = {"index": 0, "text": text, "finish_reason": finish}
        return {
            "id": self.request_id,
            "object": "chat.completion.chunk" if self.chat else "text_completion",
            "created": self.created,
            "model": self.model,
            "choices": [choice],
        }

    def usage(self, result: GenerationResult) -> dict[str, Any]:
        return {
            "usage": {
                "prompt_tokens": result.prompt_tokens,
                "completion_tokens": result.completion_tokens,
                "total_tokens": result.prompt_tokens + result.completion_tokens,
            },
            "timings": {
                "ttft_ms": round(result.ttft_ms, 2),
                "tokens_per_s": round(result.tokens_per_s, 2),
                "n_ctx": self.n_ctx,
                "dropped_messages": self.dropped,
                "warning": self.warning,
            },
        }


def _messages(body: dict[str, Any]) -> list[ChatMessage]:
    """The request's chat messages (OpenAI shape); a missing content is empty text."""
    return [ChatMessage(str(m["role"]), str(m.get("content") or "")) for m in body["messages"]]  # type: ignore[arg-type]


def _adapters(body: dict[str, Any]) -> tuple[tuple[str, float], ...] | None:
    """The request's LoRA adapters (`"lora": [{"path": ..., "scale": ...}]`); None: the model's load-time ones."""
    raw = body.get("lora")
    if raw is None:
        return None
    if not isinstance(raw, list):
        raise ApiError(HTTPStatus.BAD_REQUEST, "invalid_request", "lora must be a list of {path, scale}")
    try:
        return tuple((str(item["path"]), float(item.get("scale", 1.0))) for item in raw)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ApiError(HTTPStatus.BAD_REQUEST, "invalid_request", f"bad lora entry: {exc}") from exc


def _sampling_from_openai(body: dict[str, Any]) -> SamplingParams:
    """OpenAI's field names, plus llama.cpp's extras (top_k, min_p, repeat_penalty)."""
    defaults = SamplingParams()
    stop = body.get("stop") or ()
    if isinstance(stop, str):
        stop = (stop,)
    seed = body.get("seed")
    return SamplingParams(
        temperature=float(body.get("temperature", defaults.temperature)),
        top_k=int(body.get("top_k", defaults.top_k)),
        top_p=float(body.get("top_p", defaults.top_p)),
        min_p=float(body.get("min_p", defaults.min_p)),
        repeat_penalty=float(body.get("repeat_penalty", defaults.repeat_penalty)),
        seed=int(seed) if seed is not None else -1,
        max_tokens=int(body.get("max_tokens") or body.get("max_completion_tokens") or defaults.max_tokens),
        stop=tuple(str(s) for s in stop),
    ).validated()
