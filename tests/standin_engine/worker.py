"""The stand-in engine worker: the real worker's wire schema, canned deterministic text, no llama.cpp.

Qt and controller tests need *an* engine that starts in a fraction of a second, not the starter model's
prose (issue 19, item 7). This process speaks what `engine/server_worker.py` and `engine/http_api.py` speak:
the `listening` handshake line on stdout, the bearer token from DESKTOP_LLM_ENGINE_TOKEN, exit when stdin
closes, /health, /status, /v1/models, /load, /unload, /tokenize, /cancel, /v1/chat/completions and
/v1/completions (streamed as SSE or whole), and errors in the engine's body format with its codes.
tests/engine_contract.py holds both workers to the same assertions.

What it answers (deterministic, so tests can rely on it):
- a token is a whitespace-separated word; a text's ids are a BOS (1) followed by one id per word;
- a chat reply is "This is the stand-in engine's reply to: <first six words of the last message>", sent a word
  at a time every --token-delay seconds; when the last message asks for something "long", the reply goes on
  until max_tokens (finish "length"), so tests can stop or cancel it midway; when it asks the model to "think",
  the reply first reasons in a `<think>…</think>` block (THINKING words, then the same answer), as a reasoning
  model does (issue 13, part 2), unless the request's `chat_template_kwargs` say `enable_thinking: false`: then, as
  Qwen3's template does, the prompt holds an empty think block (EMPTY_THINK_TOKENS more) and the reply no reasoning;
- /load reads the GGUF header like the real engine (the same errors for missing, truncated and non-GGUF files)
  and reports the header's layers and architecture and the file's size.
"""

from __future__ import annotations

import argparse
import collections
import hashlib
import hmac
import importlib.metadata
import json
import os
import re
import select
import socket
import sys
import threading
import time
import uuid
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

if __name__ == "__main__" and __package__ in (None, ""):
    # Run as a script by path (EngineHost's command): the checkout's root must be importable for desktop_llm.
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from desktop_llm.core.context_budget import fit_messages, reply_reserve
from desktop_llm.core.errors import ContextOverflowError, ImageRejectedError, ModelLoadError, ModelNotLoadedError
from desktop_llm.core.events import ChatMessage
from desktop_llm.core.fit_estimate import ModelShape, compute_bytes, kv_cache_bytes
from desktop_llm.core.gguf_header import GGUFFormatError, GGUFHeader, read_file_header
from desktop_llm.core.message_parts import NO_VISION, data_url_bytes
from desktop_llm.core.sampling import LoadParams, SamplingParams
from desktop_llm.engine.openai_request import adapters_from, content_length, messages_from, sampling_from_openai
from desktop_llm.ipc.engine_wire import (
    EngineApiError,
    EngineStatus,
    ErrorBody,
    ErrorCode,
    ModelStatus,
    ProcessInfo,
    error_for,
    load_params_from,
)

TOKEN_ENV = "DESKTOP_LLM_ENGINE_TOKEN"
RECORD_ENV = "DESKTOP_LLM_STANDIN_RECORD"  # a file the stand-in appends each chat request's messages to (tests)
MAX_BODY = 64 * 1024 * 1024
BUSY_WAIT_S = 30.0
STREAM_FLUSH_S = 0.02
CHAT_OVERHEAD = 4  # tokens a chat template adds around each message (ChatML: <|im_start|>role\n … <|im_end|>\n)
LONG = re.compile(r"\blong\b", re.IGNORECASE)
THINK = re.compile(r"\bthink\b", re.IGNORECASE)
TOOL_CALL = re.compile(r"\bcall ([A-Za-z0-9_-]+)(?: (\{.*\}))?", re.DOTALL)  # "call calculator {...}": tool_answer
THINKING = "<think>\nThe user wants me to think first . Let me weigh it step by step before answering .\n</think>\n\n"
EMPTY_THINK_TOKENS = 2  # "<think>\n\n</think>" written into the prompt when thinking is off
# The installed package's version, read without importing llama.cpp (the About dialog shows it).
LLAMA_CPP_VERSION = importlib.metadata.version("llama-cpp-python")
FILLER = "and the story goes on from there".split()
IMAGE_TOKENS = 64  # what an image costs in the stand-in's count (a small projector's patch grid)


def word_ids(text: str) -> list[int]:
    return [1] + [2 + (sum(word.encode("utf-8")) % 49_000) for word in text.split()]


def chat_count(messages: list[ChatMessage]) -> int:
    """Tokens of a chat as the stand-in's "template" renders it: each message's words plus its frame (and
    IMAGE_TOKENS an image, as a projector's chunk would take), a BOS and the assistant's header."""
    return 1 + sum(len(m.content.split()) + CHAT_OVERHEAD + IMAGE_TOKENS * len(m.images) for m in messages) \
        + CHAT_OVERHEAD - 1


def check_vision(model: Model, messages: list[ChatMessage]) -> None:
    """A model loaded without a projector refuses images, as the real engine does (issue 17)."""
    if any(m.images for m in messages) and not model.params.mmproj:
        raise ImageRejectedError(NO_VISION)


def thinking_of(body: dict[str, Any]) -> bool:
    """The request's Think switch: off only when its chat_template_kwargs say enable_thinking false."""
    kwargs = body.get("chat_template_kwargs")
    return not (isinstance(kwargs, dict) and kwargs.get("enable_thinking") is False)


def reply_pieces(request: str, max_tokens: int, thinking: bool = True) -> tuple[list[str], bool]:
    """The reply's tokens (each a word with its leading space) and whether it ends by itself (False: it runs on
    to max_tokens)."""
    words = f"This is the stand-in engine's reply to: {' '.join(request.split()[:6])}".split()
    runs_on = bool(LONG.search(request))
    while runs_on and len(words) < max_tokens:
        words += FILLER
    pieces = [w if i == 0 else " " + w for i, w in enumerate(words)]
    if thinking and THINK.search(request):
        pieces = [*re.findall(r"\s*\S+", THINKING.rstrip()), "\n\n" + pieces[0], *pieces[1:]]
    return pieces, not runs_on


class Model:
    def __init__(self, params: LoadParams, header: GGUFHeader, load_ms: float) -> None:
        self.params = params
        self.header = header
        self.load_ms = load_ms
        self.n_layers = int(header.arch_value("block_count", 0) or 0)
        self.adapters: tuple[tuple[str, float], ...] = ()


class StandinServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = False

    def __init__(self, port: int, token: str, token_delay: float, idle_timeout: float) -> None:
        super().__init__(("127.0.0.1", port), Handler)
        self.token = token
        self.token_delay = token_delay
        self.idle_timeout = idle_timeout
        self.model: Model | None = None
        self.lock = threading.Lock()  # one model, one user at a time, as in the real worker
        self.published: dict[str, Any] = self.status()
        self.active: dict[str, threading.Event] = {}
        self.pre_cancelled: collections.deque[str] = collections.deque(maxlen=256)
        self.active_lock = threading.Lock()

    def loaded(self) -> Model:
        if self.model is None:
            raise ModelNotLoadedError("no model is loaded")
        return self.model

    def process(self) -> ProcessInfo:
        return ProcessInfo(backend="CPU", gpu_offload_supported=False, llama_cpp_version=LLAMA_CPP_VERSION,
                           rss_bytes=0, peak_rss_bytes=0, pid=os.getpid())

    def status(self) -> dict[str, Any]:
        model = self.model
        if model is None:
            return EngineStatus(process=self.process()).to_dict()
        n_ctx = model.params.n_ctx
        try:
            shape = ModelShape.from_header(model.header)
            kv, compute = kv_cache_bytes(shape, n_ctx), compute_bytes(shape, n_ctx)
        except (KeyError, ValueError, TypeError, ZeroDivisionError):
            kv = compute = None
        return EngineStatus(process=self.process(), model=ModelStatus(
            path=model.params.path, n_ctx=n_ctx, n_gpu_layers=model.params.n_gpu_layers, layers_offloaded=0,
            n_layers=model.n_layers, model_size_bytes=Path(model.params.path).stat().st_size,
            load_ms=round(model.load_ms, 1), chat_template_warning="", architecture=model.header.architecture,
            adapters=model.adapters, quantization=model.header.quantization, kv_cache_bytes=kv, compute_bytes=compute,
            reads_tools="tools" in (model.header.chat_template or ""),  # as the real engine says of its template
        )).to_dict()

    def load(self, params: LoadParams) -> None:
        started = time.perf_counter()
        path = Path(params.path)
        if not path.is_file():
            raise ModelLoadError(f"model file not found: {path}")
        try:
            header = read_file_header(str(path))
        except GGUFFormatError as exc:
            raise ModelLoadError(f"{path.name}: {exc}") from exc
        except OSError as exc:
            raise ModelLoadError(f"{path.name}: cannot read the file ({exc.strerror or exc})") from exc
        self.model = None
        model = Model(params, header, (time.perf_counter() - started) * 1000.0)
        self.model = model
        try:
            self.use_adapters(params.lora)
        except ModelLoadError:
            self.model = None
            raise

    def use_adapters(self, wanted: tuple[tuple[str, float], ...] | None) -> None:
        model = self.loaded()
        wanted = model.params.lora if wanted is None else tuple((str(p), float(s)) for p, s in wanted)
        for path, _ in wanted:
            name = Path(path).name
            try:
                header = read_file_header(path)
            except FileNotFoundError as exc:
                raise ModelLoadError(f"LoRA adapter not found: {path}") from exc
            except (GGUFFormatError, OSError) as exc:
                raise ModelLoadError(f"{name} is not a usable GGUF adapter: {exc}") from exc
            if header.metadata.get("general.type") != "adapter":
                raise ModelLoadError(f"{name} is a model, not a LoRA adapter")
        model.adapters = wanted


class Handler(BaseHTTPRequestHandler):
    server: StandinServer
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:
        pass  # the real worker logs requests at DEBUG only

    def setup(self) -> None:
        super().setup()
        self.connection.settimeout(max(self.server.idle_timeout, 1.0) * 20)
        self._body_length, self._body_read, self._streaming = 0, True, False

    def do_GET(self) -> None:
        self._dispatch({"/v1/models": self._models, "/status": self._status, "/health": self._health})

    def do_POST(self) -> None:
        self._dispatch({"/v1/chat/completions": self._chat, "/v1/completions": self._completion, "/load": self._load,
                        "/unload": self._unload, "/tokenize": self._tokenize, "/cancel": self._cancel})

    def _dispatch(self, routes: dict[str, Any]) -> None:
        self._body_read, self._body_length, self._streaming = False, 0, False
        try:
            if self.headers.get("Transfer-Encoding"):
                self._body_length = -1
                raise EngineApiError(ErrorCode.UNSUPPORTED, "chunked request bodies are not supported")
            try:
                self._body_length = content_length(self.headers.get_all("Content-Length"), MAX_BODY)
            except OverflowError as exc:
                self._body_length = -1
                raise EngineApiError(ErrorCode.TOO_LARGE, str(exc)) from exc
            except ValueError as exc:
                self._body_length = -1
                raise EngineApiError(ErrorCode.INVALID_REQUEST, str(exc)) from exc
            self._body_read = self._body_length == 0
            header = self.headers.get("Authorization", "")
            if not hmac.compare_digest(header.encode(), f"Bearer {self.server.token}".encode()):
                self.close_connection = True
                raise EngineApiError(ErrorCode.UNAUTHORIZED, "missing or wrong bearer token")
            route = routes.get(self.path.split("?", 1)[0])
            if route is None:
                raise EngineApiError(ErrorCode.NOT_FOUND, f"no such endpoint: {self.path[:200]}")
            route()
        except (BrokenPipeError, ConnectionResetError, TimeoutError):
            self.close_connection = True
        except Exception as exc:  # the wire schema's one table decides the answer, as in the real server
            self._send_error(error_for(exc) or ErrorBody.of(ErrorCode.ENGINE_ERROR, f"{type(exc).__name__}: {exc}"))

    def _body(self) -> dict[str, Any]:
        raw = b"{}"
        if self._body_length > 0 and not self._body_read:
            raw = self.rfile.read(self._body_length)
            if len(raw) < self._body_length:
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
                self._sse_raw(error.sse_event())
                self.close_connection = True
            else:
                self._send_json(error.to_dict(), error.status)
        except OSError:
            self.close_connection = True

    def _sse_raw(self, payload: bytes) -> None:
        self.wfile.write(payload)
        self.wfile.flush()

    def _client_gone(self) -> bool:
        try:
            readable, _, _ = select.select([self.connection], [], [], 0)
            return bool(readable) and self.connection.recv(1, socket.MSG_PEEK) == b""
        except (OSError, ValueError):
            return True

    def _acquire(self) -> _Held:
        if not self.server.lock.acquire(timeout=BUSY_WAIT_S):
            raise EngineApiError(ErrorCode.BUSY, "the engine is busy with another request")
        return _Held(self.server)

    # endpoints

    def _health(self) -> None:
        self._send_json({"ok": True})

    def _status(self) -> None:
        if self.server.lock.acquire(blocking=False):
            try:
                self.server.published = self.server.status()
            finally:
                self.server.lock.release()
            self._send_json({**self.server.published, "busy": False})
        else:
            self._send_json({**self.server.published, "busy": True})

    def _models(self) -> None:
        model = self.server.model
        self._send_json({"object": "list", "data": [{"id": model.params.path, "object": "model", "owned_by": "local"}]
                         if model else []})

    def _load(self) -> None:
        params = load_params_from(self._body())
        with self._acquire():
            self.server.published = EngineStatus(process=self.server.process(), loading=params.path).to_dict()
            self.server.load(params)
            status = self.server.status()
        self._send_json(status)

    def _unload(self) -> None:
        self._body()
        with self._acquire():
            self.server.model = None
        self._send_json({"loaded": False})

    def _tokenize(self) -> None:
        body = self._body()
        with self._acquire():
            model = self.server.loaded()
            if "messages" in body:
                extra = 0 if thinking_of(body) else EMPTY_THINK_TOKENS
                check_vision(model, messages := messages_from(body))
                self._send_json({"count": chat_count(messages) + extra, "n_ctx": model.params.n_ctx})
                return
            tokens = word_ids(str(body["content"]))
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

    def _chat(self) -> None:
        body = self._body()
        messages = messages_from(body)
        sampling = sampling_from_openai(body)
        adapters = adapters_from(body)
        with self._acquire():
            self.server.use_adapters(adapters)
            check_vision(self.server.loaded(), messages)
            n_ctx = self.server.loaded().params.n_ctx
            budget = fit_messages(messages, chat_count, n_ctx, reply_reserve(n_ctx, sampling.max_tokens))
            _record(budget.messages)
            last = budget.messages[-1].content if budget.messages else ""
            extra = 0 if thinking_of(body) else EMPTY_THINK_TOKENS
            answer = tool_answer(body, budget.messages)
            self._run(body, chat_count(budget.messages) + extra, last, sampling, chat=True, dropped=budget.dropped,
                      canned=answer)

    def _completion(self) -> None:
        body = self._body()
        sampling = sampling_from_openai(body)
        adapters = adapters_from(body)
        with self._acquire():
            self.server.use_adapters(adapters)
            prompt = str(body.get("prompt", ""))
            count, n_ctx = len(word_ids(prompt)), self.server.loaded().params.n_ctx
            if count >= n_ctx:
                raise ContextOverflowError(f"the prompt has {count} tokens; the context window holds {n_ctx}")
            self._run(body, count, prompt, sampling, chat=False, dropped=0)

    def _run(self, body: dict[str, Any], prompt_tokens: int, request: str, sampling: SamplingParams, chat: bool,
             dropped: int, canned: str | None = None) -> None:
        request_id = self.headers.get("X-Request-Id") or f"req-{uuid.uuid4().hex[:12]}"
        flag = threading.Event()
        with self.server.active_lock:
            self.server.active[request_id] = flag
            if request_id in self.server.pre_cancelled:
                flag.set()
        model = self.server.loaded()
        meta = {"id": request_id, "object": "chat.completion.chunk" if chat else "text_completion",
                "created": int(time.time()), "model": model.params.path}
        try:
            max_tokens = max(0, min(sampling.max_tokens, model.params.n_ctx - prompt_tokens))
            pieces, ends = reply_pieces(request, max_tokens, thinking_of(body) or not chat)
            if canned is not None:  # a tool call, or the answer after a tool's result (tool_answer)
                pieces, ends = re.findall(r"\s*\S+", canned), True
            text = "".join(pieces[:max_tokens])
            cut = min((i for i in (text.find(s) for s in sampling.stop if s) if i >= 0), default=-1)
            finish = "stop" if cut >= 0 or (ends and len(pieces) <= max_tokens) else "length"
            if cut >= 0:
                pieces = re.findall(r"\s*\S+|\s+", text[:cut])
            self._generate(body, meta, pieces[:max_tokens], finish, flag, prompt_tokens, model.params.n_ctx, dropped, chat)
        finally:
            with self.server.active_lock:
                self.server.active.pop(request_id, None)

    def _generate(self, body: dict[str, Any], meta: dict[str, Any], pieces: list[str], finish: str,
                  flag: threading.Event, prompt_tokens: int, n_ctx: int, dropped: int, chat: bool) -> None:
        stream = bool(body.get("stream"))
        if stream:
            self.send_response(HTTPStatus.OK)
            for name, value in (("Content-Type", "text/event-stream"), ("Cache-Control", "no-cache"),
                                ("Connection", "close"), ("X-Request-Id", meta["id"])):
                self.send_header(name, value)
            self.end_headers()
            self.close_connection = True
            self._streaming = True
        started = time.perf_counter()
        first_at: float | None = None
        sent: list[str] = []
        pending: list[str] = []
        last_flush = 0.0
        for piece in pieces:
            if flag.is_set() or self._client_gone():
                finish = "cancelled"
                break
            time.sleep(self.server.token_delay)
            first_at = first_at or time.perf_counter()
            sent.append(piece)
            pending.append(piece)
            if stream and time.perf_counter() - last_flush >= STREAM_FLUSH_S:
                self._sse(self._chunk(meta, "".join(pending), None, chat))
                pending.clear()
                last_flush = time.perf_counter()
        elapsed = time.perf_counter() - (first_at or started)
        usage = {
            "usage": {"prompt_tokens": prompt_tokens, "completion_tokens": len(sent),
                      "total_tokens": prompt_tokens + len(sent)},
            "timings": {"ttft_ms": round(((first_at or started) - started) * 1000.0, 2) or 0.01,
                        "tokens_per_s": round(len(sent) / elapsed, 2) if sent and elapsed > 0 else 0.0,
                        "n_ctx": n_ctx, "dropped_messages": dropped, "warning": ""},
        }
        if not stream:
            choice: dict[str, Any] = {"index": 0, "finish_reason": finish}
            if chat:
                choice["message"] = {"role": "assistant", "content": "".join(sent)}
            else:
                choice["text"] = "".join(sent)
            meta = {**meta, "object": "chat.completion" if chat else "text_completion"}
            self._send_json({**meta, "choices": [choice], **usage})
            return
        if pending:
            self._sse(self._chunk(meta, "".join(pending), None, chat))
        self._sse({**self._chunk(meta, "", finish, chat), **usage})
        self._sse_raw(b"data: [DONE]\n\n")

    @staticmethod
    def _chunk(meta: dict[str, Any], text: str, finish: str | None, chat: bool) -> dict[str, Any]:
        if chat:
            choice: dict[str, Any] = {"index": 0, "delta": {"content": text} if text else {}, "finish_reason": finish}
        else:
            choice = {"index": 0, "text": text, "finish_reason": finish}
        return {**meta, "choices": [choice]}

    def _sse(self, data: dict[str, Any]) -> None:
        self._sse_raw(b"data: " + json.dumps(data, ensure_ascii=False).encode("utf-8") + b"\n\n")


class _Held:
    def __init__(self, server: StandinServer) -> None:
        self._server = server

    def __enter__(self) -> None:
        return None

    def __exit__(self, *exc: object) -> None:
        self._server.published = self._server.status()
        self._server.lock.release()


def tool_answer(body: dict[str, Any], messages: list[ChatMessage]) -> str | None:
    """A request with `tools` (issue 14): a user message "call NAME {json}" naming an offered tool is answered with
    that call in the Hermes format (`<tool_call>{"name", "arguments"}</tool_call>`, which core/tool_calls parses);
    the request after a tool's result, with "The tool said: " and the result's first words. None otherwise."""
    offered = {t.get("function", {}).get("name") for t in body.get("tools") or [] if isinstance(t, dict)}
    if not offered or not messages:
        return None
    last = messages[-1]
    if last.role == "tool":
        return f"The tool said: {' '.join(last.content.split()[:8])}"
    match = TOOL_CALL.search(last.content) if last.role == "user" else None
    if match is None or match.group(1) not in offered:
        return None
    arguments = json.loads(match.group(2)) if match.group(2) else {}
    return f"<tool_call>\n{json.dumps({'name': match.group(1), 'arguments': arguments})}\n</tool_call>"


def _record(messages: list[ChatMessage]) -> None:
    """Append the chat as the model would read it (after the context budget) to RECORD_ENV's file, one JSON line a
    request, so tests can check what a prompt carried (the knowledge passages of issue 12)."""
    path = os.environ.get(RECORD_ENV)
    if path:
        with open(path, "a", encoding="utf-8") as handle:
            handle.write(json.dumps([{"role": m.role, "content": m.content,  # and a tool round's fields (issue 14)
                                       **{k: v for k, v in m.to_dict().items() if k in ("tool_calls", "tool_call_id")},
                                       # the images as the SHA-256 of the bytes each data URL carries (issue 17)
                                       **({"images": [hashlib.sha256(data_url_bytes(u)).hexdigest() for u in m.images]}
                                          if m.images else {})}
                                      for m in messages]) + "\n")


def _exit_when_stdin_closes() -> None:
    try:
        while sys.stdin.buffer.read(1024):
            pass
    except (OSError, ValueError):
        pass
    os._exit(0)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="standin-engine")
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--watch-stdin", action="store_true")
    parser.add_argument("--max-connections", type=int, default=64)  # accepted for the real worker's command line
    parser.add_argument("--idle-timeout", type=float, default=15.0)
    parser.add_argument("--token-delay", type=float, default=0.01, help="seconds per generated word")
    args = parser.parse_args(argv)
    token = os.environ.get(TOKEN_ENV, "")
    if len(token) < 16:
        print(f"{TOKEN_ENV} must hold a token of at least 16 characters", file=sys.stderr)
        return 2
    server = StandinServer(args.port, token, args.token_delay, args.idle_timeout)
    if args.watch_stdin:
        threading.Thread(target=_exit_when_stdin_closes, daemon=True, name="stdin-watch").start()
    print(json.dumps({"event": "listening", "port": server.server_address[1], "pid": os.getpid(),
                      "backend": "CPU", "gpu_offload": False}), flush=True)
    try:
        server.serve_forever(poll_interval=0.2)
    finally:
        server.server_close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
