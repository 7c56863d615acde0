"""The public API server: OpenAI- and Anthropic-compatible endpoints for other programs (issue 11, part A).

It is not the engine's private API. It listens on its own port with its own key, CORS allow-list and limits,
serves only the endpoints in `ROUTES` (never /load, /unload, /cancel, adapter or file paths), and reaches the
engine through EngineGate like any other caller. The engine's private token stays inside EngineClient.

Connections are bounded as the engine's are (ipc/http_guard.py: a connection limit that evicts the longest
idle socket, deadlines for request heads and bodies), bodies by `max_body_bytes`, and the framing checks refuse
what could smuggle a second request (two Content-Lengths, Transfer-Encoding).
"""

from __future__ import annotations

import logging
import socket
import sys
import threading
from collections.abc import Callable
from http.server import ThreadingHTTPServer
from typing import Any

from desktop_llm.core.errors import ServerStartError
from desktop_llm.core.server_types import RequestRecord, ServerSettings, is_loopback
from desktop_llm.ipc.http_guard import ConnectionGuard, ConnectionLimits
from desktop_llm.services.server import anthropic_routes, openai_routes
from desktop_llm.services.server.engine_gate import Catalog, EngineGate, LoadSettings, ServerEngine
from desktop_llm.services.server.exchange import Route
from desktop_llm.services.server.public_handler import PublicHandler

log = logging.getLogger(__name__)

# (method, path) -> endpoint; nothing else is served (no /load, /unload, /cancel, /tokenize of the private API)
ROUTES: dict[tuple[str, str], Route] = {
    ("GET", "/health"): openai_routes.health,
    ("GET", "/v1/models"): openai_routes.list_models,
    ("GET", "/v1/models/{id}"): openai_routes.one_model,
    ("POST", "/v1/chat/completions"): openai_routes.chat_completions,
    ("POST", "/v1/completions"): openai_routes.completions,
    ("POST", "/v1/embeddings"): openai_routes.embeddings,
    ("POST", "/v1/messages"): anthropic_routes.messages,
    ("POST", "/v1/messages/count_tokens"): anthropic_routes.count_tokens,
}


class _Listener(ThreadingHTTPServer):
    daemon_threads = True
    # SO_REUSEADDR on POSIX only: there it just lets a restart (a new key on the Server page) bind the port over
    # its own closed connections still in TIME_WAIT, never over a live listener; on Windows it would let another
    # program take the port from under us (Windows has no TIME_WAIT bind problem to solve).
    allow_reuse_address = sys.platform != "win32"
    request_queue_size = 64

    def __init__(self, address: tuple[str, int], settings: ServerSettings, gate: EngineGate,
                 on_request: Callable[[RequestRecord], None]) -> None:
        if ":" in address[0]:
            self.address_family = socket.AF_INET6
        self.settings = settings
        self.gate = gate
        self.on_request = on_request
        self.routes = ROUTES
        self.guard = ConnectionGuard(ConnectionLimits(
            max_connections=settings.max_connections, idle_timeout_s=settings.idle_timeout_s,
            body_timeout_s=120.0, io_timeout_s=60.0))
        super().__init__(address, PublicHandler)  # binds: on failure it calls server_close, which needs the guard

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


class PublicServer:
    """start() listens and serves on a thread of its own (each connection on its own thread); stop() ends it.
    `on_request` is called on a connection's thread once per request answered (the Server page's request log)."""

    def __init__(self, engine: ServerEngine, catalog: Catalog, settings: ServerSettings,
                 on_request: Callable[[RequestRecord], None] = lambda record: None,
                 load_settings: LoadSettings | None = None) -> None:
        self.settings = settings.validated()
        self.gate = EngineGate(engine, catalog, self.settings, load_settings)
        self._on_request = on_request
        self._listener: _Listener | None = None
        self._thread: threading.Thread | None = None

    @property
    def running(self) -> bool:
        return self._listener is not None

    @property
    def port(self) -> int:
        if self._listener is None:
            raise ServerStartError("the server is not running")
        return int(self._listener.server_address[1])

    @property
    def base_url(self) -> str:
        """The URL clients use as their OpenAI base URL (with /v1), e.g. http://127.0.0.1:1234/v1."""
        host = self.settings.host
        if host in ("0.0.0.0", "::", ""):
            host = "127.0.0.1"  # listening everywhere: this machine reaches it on loopback
        if ":" in host:
            host = f"[{host}]"
        return f"http://{host}:{self.port}/v1"

    def start(self) -> None:
        if self._listener is not None:
            return
        settings = self.settings
        try:
            listener = _Listener((settings.host, settings.port), settings, self.gate, self._on_request)
        except OSError as exc:
            reason = exc.strerror or str(exc)
            if isinstance(exc, PermissionError):
                reason = "permission denied (ports below 1024 need administrator rights)"
            elif exc.errno in (98, 48, 10048):  # EADDRINUSE on Linux, macOS, Windows
                reason = "the port is in use by another program (choose another port)"
            raise ServerStartError(f"cannot listen on {settings.host}:{settings.port}: {reason}") from exc
        if not is_loopback(settings.host):
            log.warning("the API server listens on %s: reachable from the network, API key required", settings.host)
        self._listener = listener
        self.gate.start()
        self._thread = threading.Thread(target=listener.serve_forever, kwargs={"poll_interval": 0.2},
                                        daemon=True, name="public-server")
        self._thread.start()
        log.info("API server listening on %s", self.base_url)

    def stop(self) -> None:
        """Stop accepting and close the listener; replies in progress end when their connections do."""
        listener, self._listener = self._listener, None
        if listener is None:
            return
        listener.shutdown()
        listener.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)
        self._thread = None
        self.gate.stop()
