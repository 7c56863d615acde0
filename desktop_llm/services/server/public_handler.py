"""One connection of the public API server: framing, the API key, CORS, routing, error answers, the request log.

The endpoints themselves are in openai_routes.py and anthropic_routes.py; they use the plumbing here (`body`,
`send_json`, `start_stream`, `sse`, `client_gone`) and fill in `record` for the request log.
"""

from __future__ import annotations

import hmac
import json
import logging
import select
import socket
import time
from collections.abc import Callable
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler
from typing import Any, Protocol

from desktop_llm.core.errors import (
    ChatTemplateError,
    ContextOverflowError,
    DesktopLlmError,
    EngineRequestError,
    EngineUnavailableError,
    ModelLoadError,
    ModelNotLoadedError,
    RequestInvalidError,
)
from desktop_llm.core.server_types import ApiFlavor, PublicError, RequestRecord, ServerSettings
from desktop_llm.ipc.http_guard import ConnectionGuard, content_length
from desktop_llm.services.server.engine_gate import EngineGate
from desktop_llm.services.server.exchange import Route

log = logging.getLogger(__name__)


class Listener(Protocol):
    """What the handler needs of its server (public_server._Listener)."""

    settings: ServerSettings
    gate: EngineGate
    guard: ConnectionGuard
    on_request: Callable[[RequestRecord], None]
    routes: dict[tuple[str, str], Route]


class PublicHandler(BaseHTTPRequestHandler):
    server: Listener  # type: ignore[assignment]
    protocol_version = "HTTP/1.1"
    server_version = "desktop-llm"
    sys_version = ""

    def log_message(self, format: str, *args: Any) -> None:
        log.debug("%s " + format, self.address_string(), *args)

    def setup(self) -> None:
        super().setup()
        self.connection.settimeout(self.server.guard.limits.io_timeout_s)
        self._body_length, self._body_read, self._streaming = 0, True, False
        self.flavor: ApiFlavor = "openai"
        self.record: dict[str, Any] = {}

    def do_GET(self) -> None:
        self._dispatch("GET")

    def do_POST(self) -> None:
        self._dispatch("POST")

    def do_OPTIONS(self) -> None:
        self._dispatch("OPTIONS")

    def do_PUT(self) -> None:
        self._dispatch("PUT")

    def do_DELETE(self) -> None:
        self._dispatch("DELETE")

    def do_PATCH(self) -> None:
        self._dispatch("PATCH")

    def do_HEAD(self) -> None:
        self._dispatch("HEAD")

    # dispatch

    def _dispatch(self, method: str) -> None:
        started, clock = time.time(), time.perf_counter()
        self._body_read, self._body_length, self._streaming = False, 0, False
        path = self.path.split("?", 1)[0]
        self.flavor = "anthropic" if path.startswith("/v1/messages") else "openai"
        self.record = {"model": "", "status": 0, "error": ""}
        try:
            self._framing()
            if method == "OPTIONS":
                self._preflight()
                return
            self._authorize()
            self.server.guard.busy(self.connection)
            routes = self.server.routes
            route = routes.get((method, path))
            if route is None and path.startswith("/v1/models/") and method == "GET":
                route = routes.get(("GET", "/v1/models/{id}"))
            if route is None:
                if any(p == path for _, p in routes):
                    raise PublicError(405, f"{method} is not allowed on {path[:200]}", code="method_not_allowed")
                raise PublicError(404, f"no such endpoint: {path[:200]}", code="not_found")
            route(self)
        except (BrokenPipeError, ConnectionResetError, TimeoutError):
            log.info("client %s went away during %s", self.address_string(), path[:200])
            self.record.setdefault("finish_reason", "cancelled")
            self.record["status"] = self.record["status"] or 499  # nginx's "client closed request"
            self.close_connection = True
        except Exception as exc:  # every request gets an answer, whatever broke inside
            error = public_error_for(exc)
            if error.status >= 500 and not isinstance(exc, (PublicError, EngineUnavailableError)):
                log.exception("unexpected error in %s", path[:200])
            self.record["error"] = error.message
            self.send_error_answer(error)
        finally:
            if not self.close_connection:
                self.server.guard.waiting(self.connection)
            self._deliver(started, time.perf_counter() - clock, method, path)

    def _framing(self) -> None:
        """How the body is framed, checked before anything is read; an answer while a body is unread closes the
        connection, or its bytes would be read as the next request."""
        if self.headers.get("Transfer-Encoding"):
            self._body_length = -1
            raise PublicError(411, "send the body with a Content-Length (chunked bodies are not accepted)",
                              code="length_required")
        try:
            self._body_length = content_length(self.headers.get_all("Content-Length"), self.server.settings.max_body_bytes)
        except OverflowError as exc:
            self._body_length = -1
            raise PublicError(413, str(exc), code="request_too_large") from exc
        except RequestInvalidError as exc:
            self._body_length = -1
            raise PublicError(400, str(exc), code="invalid_content_length") from exc
        self._body_read = self._body_length == 0

    def _authorize(self) -> None:
        settings = self.server.settings
        if not settings.key_required:
            return
        bearer = self.headers.get("Authorization", "")
        offered = bearer[7:].strip() if bearer[:7].lower() == "bearer " else self.headers.get("x-api-key", "")
        if not hmac.compare_digest(offered.encode(), settings.api_key.encode()) or not settings.api_key:
            self.close_connection = True  # a stranger gets one answer per connection
            raise PublicError(401, "missing or wrong API key: send it as 'Authorization: Bearer KEY' (OpenAI) or "
                              "'x-api-key: KEY' (Anthropic)", type="invalid_request_error", code="invalid_api_key")

    def _allowed_origin(self) -> str | None:
        origin = self.headers.get("Origin")
        allowed = self.server.settings.cors_origins
        if not origin or not allowed:
            return None
        if "*" in allowed:
            return "*"
        return origin if origin.rstrip("/").lower() in allowed else None

    def _preflight(self) -> None:
        origin = self._allowed_origin()
        if origin is None:
            raise PublicError(403, "this origin may not call the server (add it to the CORS allow-list)",
                              type="permission_error", code="cors_origin_refused")
        self.send_response(HTTPStatus.NO_CONTENT)
        self.send_header("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
        self.send_header("Access-Control-Allow-Headers",
                         self.headers.get("Access-Control-Request-Headers") or "authorization, content-type, x-api-key")
        self.send_header("Access-Control-Max-Age", "600")
        self.send_header("Content-Length", "0")
        if not self._body_read:
            self.send_header("Connection", "close")
            self.close_connection = True
        self.end_headers()
        self.record["status"] = 204

    def end_headers(self) -> None:
        origin = self._allowed_origin() if hasattr(self, "record") else None
        if origin is not None:
            self.send_header("Access-Control-Allow-Origin", origin)
            self.send_header("Vary", "Origin")
        super().end_headers()

    def _deliver(self, started: float, duration: float, method: str, path: str) -> None:
        r = self.record
        record = RequestRecord(
            started=started, client=f"{self.client_address[0]}:{self.client_address[1]}", method=method,
            endpoint=path[:200], model=str(r.get("model", "")), status=int(r.get("status") or 0),
            duration_s=round(duration, 4), prompt_tokens=int(r.get("prompt_tokens", 0)),
            completion_tokens=int(r.get("completion_tokens", 0)), tokens_per_s=float(r.get("tokens_per_s", 0.0)),
            stream=bool(r.get("stream", False)), finish_reason=str(r.get("finish_reason", "")),
            error=str(r.get("error", "")))
        try:
            self.server.on_request(record)
        except Exception:  # the log's consumer must not break the server
            log.exception("the request-log callback failed")

    # plumbing for the routes (the Exchange protocol)

    @property
    def gate(self) -> EngineGate:
        return self.server.gate

    @property
    def settings(self) -> ServerSettings:
        return self.server.settings

    def body(self) -> dict[str, Any]:
        raw = b"{}"
        if self._body_length > 0 and not self._body_read:
            self.server.guard.reading_body(self.connection)
            raw = self.rfile.read(self._body_length)
            self.server.guard.busy(self.connection)
            if len(raw) < self._body_length:
                self.close_connection = True
                raise PublicError(400, "the request body ended early")
            self._body_read = True
        try:
            data = json.loads(raw)
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise PublicError(400, f"the request body is not JSON: {exc}", code="invalid_json") from exc
        if not isinstance(data, dict):
            raise PublicError(400, "the request body must be a JSON object", code="invalid_json")
        return data

    def send_json(self, data: Any, status: int = HTTPStatus.OK, headers: dict[str, str] | None = None) -> None:
        payload = json.dumps(data, ensure_ascii=False).encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        if not self._body_read or self.close_connection:
            self.send_header("Connection", "close")
            self.close_connection = True
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(payload)
        self.record["status"] = status

    def send_error_answer(self, error: PublicError) -> None:
        try:
            if self._streaming:
                # The 200 is out: the error goes as an event in the stream (both clients raise it).
                payload = error.body(self.flavor)
                if self.flavor == "anthropic":
                    self.sse(payload, event="error")
                else:
                    self.sse(payload)
                self.close_connection = True
                return
            headers = {"Retry-After": str(error.retry_after_s)} if error.retry_after_s else {}
            self.send_json(error.body(self.flavor), error.status, headers)
        except OSError:
            self.close_connection = True

    def start_stream(self) -> None:
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Cache-Control", "no-cache")
        self.send_header("Connection", "close")
        self.end_headers()
        self.close_connection = True
        self._streaming = True
        self.record["status"] = 200
        self.record["stream"] = True

    def sse(self, data: Any, event: str | None = None) -> None:
        head = f"event: {event}\n".encode() if event else b""
        payload = data if isinstance(data, bytes) else json.dumps(data, ensure_ascii=False).encode("utf-8")
        self.wfile.write(head + b"data: " + payload + b"\n\n")
        self.wfile.flush()

    def client_gone(self) -> bool:
        """True when the client closed its end: readable with nothing to read."""
        try:
            readable, _, _ = select.select([self.connection], [], [], 0)
            return bool(readable) and self.connection.recv(1, socket.MSG_PEEK) == b""
        except (OSError, ValueError):
            return True


def public_error_for(exc: BaseException) -> PublicError:
    """The answer for an exception: the engine's typed errors mapped onto OpenAI's statuses and types."""
    if isinstance(exc, PublicError):
        return exc
    message = str(exc)
    if isinstance(exc, ContextOverflowError):
        return PublicError(400, message, code="context_length_exceeded", param="messages")
    if isinstance(exc, (RequestInvalidError, ChatTemplateError)):
        return PublicError(400, message)
    if isinstance(exc, ModelLoadError):
        return PublicError(500, f"the model could not be loaded: {message}", type="server_error",
                           code="model_load_failed")
    if isinstance(exc, ModelNotLoadedError):
        return PublicError(503, message, type="server_error", code="model_not_loaded", retry_after_s=2)
    if isinstance(exc, EngineRequestError):
        if exc.code == "busy":
            return PublicError(503, "the engine is busy; try again", type="server_error", code="engine_busy",
                               retry_after_s=5)
        status = exc.status if 400 <= exc.status < 600 else 500
        return PublicError(status, message, type="invalid_request_error" if status < 500 else "server_error",
                           code=exc.code)
    if isinstance(exc, EngineUnavailableError):
        return PublicError(503, f"the engine is not available: {message}", type="server_error",
                           code="engine_unavailable", retry_after_s=5)
    if isinstance(exc, DesktopLlmError):
        return PublicError(500, message, type="server_error", code="engine_error")
    return PublicError(500, f"internal error ({type(exc).__name__}); see the app's log", type="server_error",
                       code="internal_error")
