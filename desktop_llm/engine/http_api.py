"""The worker's HTTP API: OpenAI-compatible chat/completions plus load, unload, status, tokenize, cancel.

Every request needs the bearer token the parent generated; the server listens on loopback only. What goes over
the wire (the status, the load request, error codes and bodies) is defined in ipc/engine_wire.py.

Only a request's own faults are a 400 (RequestInvalidError from the request's validation, or a protocol error):
anything else that breaks inside the server is logged with its traceback to engine.log and answered with a 500
(issue 19, item 6: a KeyError or ValueError from deep inside used to become a silent 400 "invalid request").
"""

from __future__ import annotations

import collections
import hmac
import json
import logging
import select
import socket
import threading
import uuid
from collections.abc import Callable, Iterator
from dataclasses import replace
from http import HTTPStatus
from http.server import ThreadingHTTPServer
from typing import Any

from desktop_llm.core.errors import ContextOverflowError, RequestInvalidError
from desktop_llm.core.reranking import rerank_answer, rerank_request
from desktop_llm.core.sampling import SamplingParams
from desktop_llm.engine.batched_requests import HostLease, batched_events, use_adapters
from desktop_llm.engine.connections import ConnectionGuard, ConnectionLimits
from desktop_llm.engine.generation import CancelFlag, GenerationResult, generate_text
from desktop_llm.engine.model_host import ModelHost
from desktop_llm.engine.openai_request import adapters_from, chat_from, content_length, sampling_from_openai, texts_from
from desktop_llm.engine.openai_response import ResponseMeta, embeddings_answer
from desktop_llm.engine.reply_stream import ReplyWriter
from desktop_llm.engine.status_board import StatusBoard
from desktop_llm.engine.structured_output import grammar_kwargs
from desktop_llm.engine.vision import MediaTokens
from desktop_llm.ipc.engine_wire import EngineApiError, EngineStatus, ErrorBody, ErrorCode, error_for, load_params_from

log = logging.getLogger(__name__)
MAX_BODY = 64 * 1024 * 1024
BUSY_WAIT_S = 30.0


Generate = Callable[..., Iterator[str | GenerationResult]]


class EngineServer(ThreadingHTTPServer):
    """Accepts on its serve_forever thread; each admitted connection is served on a thread of its own."""

    daemon_threads = True
    allow_reuse_address = False
    request_queue_size = 64  # a burst of connections waits in the backlog, not refused by the kernel

    def __init__(
        self, port: int, token: str, host: ModelHost, limits: ConnectionLimits | None = None,
        generate: Generate = generate_text,
    ) -> None:
        super().__init__(("127.0.0.1", port), ApiHandler)
        self.token = token
        self.host = host
        self.generate = generate  # the generation loop; injected so tests can fail it mid-stream
        self.guard = ConnectionGuard(limits or ConnectionLimits())
        self.active: dict[str, CancelFlag] = {}
        # Cancels that arrived before their request did (the client cancelled while it was still sending).
        self.pre_cancelled: collections.deque[str] = collections.deque(maxlen=256)
        self.active_lock = threading.Lock()
        self.board = StatusBoard(host)

    def process_request(self, request: Any, client_address: Any) -> None:
        if not self.guard.admit(request):
            self.guard.refuse(request)
            self.shutdown_request(request)
            return
        super().process_request(request, client_address)

    def shutdown_request(self, request: Any) -> None:
        self.guard.forget(request)
        super().shutdown_request(request)

    def server_close(self) -> None:
        super().server_close()
        self.guard.close()


class ApiHandler(ReplyWriter):
    server: EngineServer
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:
        log.debug("%s " + format, self.address_string(), *args)

    def setup(self) -> None:
        super().setup()
        self.connection.settimeout(self.server.guard.limits.io_timeout_s)
        self._body_length = 0
        self._body_read = True
        self._streaming = False

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
                "/v1/embeddings": self._embeddings,
                "/v1/rerank": self._rerank,
            }
        )

    def _dispatch(self, routes: dict[str, Any]) -> None:
        self._body_read, self._body_length, self._streaming = False, 0, False
        try:
            self._framing()
            if not self._authorized():
                self.close_connection = True  # a stranger gets one answer per connection, never an idle slot
                raise EngineApiError(ErrorCode.UNAUTHORIZED, "missing or wrong bearer token")
            self.server.guard.busy(self.connection)
            route = routes.get(self.path.split("?", 1)[0])
            if route is None:
                raise EngineApiError(ErrorCode.NOT_FOUND, f"no such endpoint: {self.path[:200]}")
            route()
        except (BrokenPipeError, ConnectionResetError, TimeoutError):
            log.info("client went away during %s", self.path[:200])
            self.close_connection = True
        except Exception as exc:  # the connection must get an answer, whatever broke inside
            answer = error_for(exc)
            if answer is None:  # not the request's fault: a bug or a library failing, so it goes to the log
                log.exception("unexpected error in %s", self.path[:200])
                answer = ErrorBody.of(ErrorCode.ENGINE_ERROR, f"{type(exc).__name__}: {exc}")
            self._send_error(answer)
        finally:
            if not self.close_connection:
                self.server.guard.waiting(self.connection)

    def _framing(self) -> None:
        """Check how the body is framed before anything is read. Any answer given while a body is still
        unread closes the connection (see _send_json): left on a keep-alive connection, the body's bytes
        would be read as the next request (issue 10, item 12)."""
        if self.headers.get("Transfer-Encoding"):
            self._body_length = -1  # unknown: never reuse this connection
            raise EngineApiError(ErrorCode.UNSUPPORTED, "chunked request bodies are not supported")
        try:
            self._body_length = content_length(self.headers.get_all("Content-Length"), MAX_BODY)
        except OverflowError as exc:
            self._body_length = -1
            raise EngineApiError(ErrorCode.TOO_LARGE, str(exc)) from exc
        except RequestInvalidError as exc:
            self._body_length = -1
            raise EngineApiError(ErrorCode.INVALID_REQUEST, str(exc)) from exc
        self._body_read = self._body_length == 0

    def _authorized(self) -> bool:
        header = self.headers.get("Authorization", "")
        return hmac.compare_digest(header.encode(), f"Bearer {self.server.token}".encode())

    # plumbing

    def _body(self) -> dict[str, Any]:
        length = self._body_length
        raw = b"{}"
        if length > 0 and not self._body_read:
            self.server.guard.reading_body(self.connection)
            raw = self.rfile.read(length)
            self.server.guard.busy(self.connection)
            if len(raw) < length:
                self.close_connection = True
                raise EngineApiError(ErrorCode.INVALID_REQUEST, "the request body ended early")
            self._body_read = True
        try:
            data = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise EngineApiError(ErrorCode.INVALID_JSON, f"request body is not JSON: {exc}") from exc
        if not isinstance(data, dict):
            raise EngineApiError(ErrorCode.INVALID_JSON, "request body must be a JSON object")
        return data

    def _send_json(self, data: Any, status: int = HTTPStatus.OK) -> None:
        payload = json.dumps(data).encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        if not self._body_read or self.close_connection:
            self.send_header("Connection", "close")
            self.close_connection = True
        self.end_headers()
        self.wfile.write(payload)

    def _send_error(self, error: ErrorBody) -> None:
        try:
            if self._streaming:
                # The 200 and the event-stream headers are out: a second HTTP response here would be read as
                # stream data and the real error lost. The client raises this event as a typed error.
                self._sse_raw(error.sse_event())
                self.close_connection = True
            else:
                self._send_json(error.to_dict(), error.status)
        except OSError:
            self.close_connection = True  # the client went away: nobody left to tell

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
        self._send_json(self.server.board.current().to_dict())

    def _models(self) -> None:
        model = self.server.board.current().model
        data = [{"id": model.path, "object": "model", "owned_by": "local"}] if model and model.path else []
        self._send_json({"object": "list", "data": data})

    def _load(self) -> None:
        params = load_params_from(self._body())
        with self._acquire():
            # The old model is dropped first thing; until the new one is in, /status says so.
            with self.server.board.changing_model(loading=params.path):
                self.server.host.load(params)
            status = self.server.host.status()
        self._send_json(status.to_dict())

    def _unload(self) -> None:
        self._body()
        with self._acquire(), self.server.board.changing_model(unloading=True):
            self.server.host.unload()
        self._send_json(EngineStatus().to_dict())  # {"loaded": false}

    def _tokenize(self) -> None:
        """`content`: a text; or `messages`: a chat, counted as the model will see it (template applied, with the
        request's `tools` and `chat_template_kwargs`)."""
        body = self._body()
        with self._acquire():
            if "messages" in body:
                messages, inputs = chat_from(body)
                model = self.server.host.model
                tokens, _ = self.server.host.tokenize_chat(messages, inputs)  # exactly as a chat request does
                self._send_json({"count": len(tokens), "n_ctx": model.n_ctx})
                return
            if "content" not in body:
                raise RequestInvalidError("content (a text) or messages (a chat) is required")
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

    def _embeddings(self) -> None:  # the model in a second, embedding context (engine/embedder.py)
        texts = texts_from(self._body())
        with self._acquire():
            self._send_json(embeddings_answer(*self.server.host.embed(texts), self.server.host.model.params.path))

    def _rerank(self) -> None:  # a reranker GGUF's relevance scores by rank pooling (engine/embedder.py's Ranker)
        asked = rerank_request(self._body())
        with self._acquire():
            scores, tokens = self.server.host.rerank(asked.query, asked.documents)
            self._send_json(rerank_answer(scores, asked.top_n, tokens, self.server.host.model.params.path))

    def _acquire(self) -> HostLease:
        return HostLease(self.server.host.lock, BUSY_WAIT_S)

    def _chat(self) -> None:
        body = self._body()
        messages, inputs = chat_from(body)
        sampling = sampling_from_openai(body)
        adapters = adapters_from(body)
        with self._acquire() as lease:
            host = self.server.host
            use_adapters(host, adapters)
            self.server.board.publish(host.status())
            tokens, budget, warning = host.chat_prompt(messages, sampling.max_tokens, inputs)
            if warning:  # written in a fallback format: stop where its turns end (issue 13)
                sampling = replace(sampling, stop=tuple(dict.fromkeys((*sampling.stop, *host.fallback_stops()))))
            grammar = grammar_kwargs(body, host.model.llm, inputs.tools, host.model.header.chat_template)  # a forced call
            self._run(body, tokens, sampling, chat=True, dropped=budget.dropped, warning=warning, grammar=grammar,
                      lease=lease, adapters=adapters)

    def _completion(self) -> None:
        body = self._body()
        sampling = sampling_from_openai(body)
        adapters = adapters_from(body)
        with self._acquire() as lease:
            self.server.host.require_generative()
            use_adapters(self.server.host, adapters)
            self.server.board.publish(self.server.host.status())
            tokens = self.server.host.tokenize(str(body.get("prompt", "")), special=True)
            n_ctx = self.server.host.model.n_ctx
            if len(tokens) >= n_ctx:
                raise ContextOverflowError(f"the prompt has {len(tokens)} tokens; the context window holds {n_ctx}")
            self._run(body, tokens, sampling, chat=False, dropped=0, warning="", lease=lease, adapters=adapters)

    def _run(
        self, body: dict[str, Any], tokens: list[int], sampling: SamplingParams, chat: bool, dropped: int, warning: str,
        grammar: dict[str, Any] | None = None, lease: HostLease | None = None, adapters: Any = None,
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
            grammar = grammar_kwargs(body, model.llm) if grammar is None else grammar
            if isinstance(tokens, MediaTokens):  # images: encoded into the KV cache first (engine/vision.py)
                tokens = tokens.media.evaluate(model.llm, cancelled)
            if model.batcher is not None and lease is not None:  # slots: the host's lock was for the prompt only
                events = batched_events(model, tokens, sampling, cancelled, adapters, lease, **grammar)
            else:
                events = self.server.generate(model.llm, tokens, sampling, cancelled, **grammar)
            meta = ResponseMeta(request_id, model.params.path, chat, model.n_ctx, dropped, warning)
            if body.get("stream"):
                self._stream(events, meta)
            else:
                self._collect(events, meta)
        finally:
            with self.server.active_lock:
                self.server.active.pop(request_id, None)
