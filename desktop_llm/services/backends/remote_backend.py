"""A connection as a backend (issue 11, part B): probe what the server is and can do, and serve the controllers
through the same EngineSupervisor protocol as the local engine (core/protocols.py)."""

from __future__ import annotations

import logging
import threading
from dataclasses import replace
from typing import Any

from desktop_llm.core.connections import DEFAULT_REMOTE_CONTEXT, Connection, ConnectionStatus, ServerInfo, TokenizeDialect
from desktop_llm.core.errors import (
    DesktopLlmError,
    EngineRequestError,
    EngineUnavailableError,
    ModelNotLoadedError,
    RemoteAuthError,
    RemoteModelNotFoundError,
    RemoteUnavailableError,
)
from desktop_llm.core.sampling import LoadParams
from desktop_llm.core.ui_text import QT_TR_NOOP
from desktop_llm.ipc.engine_wire import EngineStatus, ModelStatus, ProcessInfo
from desktop_llm.services.backends.connection_store import ConnectionStore
from desktop_llm.services.backends.remote import RemoteClient

log = logging.getLogger(__name__)
PROBE_TIMEOUT_S = 5.0
BATCHING_SLOTS = 16  # vLLM batches continuously: this many requests at once keeps it busy without a queue
_KINDS = {"vllm": "vllm", "llamacpp": "llama-server", "me": "llama-cpp-python", "library": "ollama",
          "ollama": "ollama", "organization_owner": "lm-studio", "desktop-llm": "desktop-llm"}


def probe(base_url: str, api_key: str, name: str = "", stall_timeout_s: float = PROBE_TIMEOUT_S) -> ServerInfo:
    """Ask the server what it serves and can do: its models (and their context, where listed), llama-server's
    /props (context and slots), and which tokenize endpoint answers. Raises RemoteAuthError, RemoteUnavailableError
    and the other remote errors when /v1/models itself fails."""
    client = RemoteClient(base_url, api_key, "", ServerInfo(), name, stall_timeout_s=min(stall_timeout_s, PROBE_TIMEOUT_S))
    listing = client.request("GET", "/v1/models")
    data = listing.get("data", []) if isinstance(listing, dict) else []
    models = tuple(str(m["id"]) for m in data if isinstance(m, dict) and "id" in m)
    model_ctx = {str(m["id"]): int(m["max_model_len"]) for m in data
                 if isinstance(m, dict) and isinstance(m.get("max_model_len"), int)}
    owners = {str(m.get("owned_by", "")) for m in data if isinstance(m, dict)}
    kind = next((_KINDS[o] for o in owners if o in _KINDS), "")
    n_ctx, slots = 0, 1
    props = _optional(client, "GET", "/props", None)
    if isinstance(props, dict):
        settings = props.get("default_generation_settings") or {}
        n_ctx = int(settings.get("n_ctx") or props.get("n_ctx") or 0)
        slots = int(props.get("total_slots") or 1)
        kind = kind or "llama-server"
    if kind == "vllm":
        slots = BATCHING_SLOTS
    first = models[0] if models else ""
    tokenize, counts_chat = _tokenize_dialect(client, first)
    return ServerInfo(models, n_ctx, tokenize, counts_chat, max(1, slots), None, kind, model_ctx)


def _tokenize_dialect(client: RemoteClient, model: str) -> tuple[TokenizeDialect, bool]:
    answer = _optional(client, "POST", "/tokenize", {"content": "Hello"})
    if isinstance(answer, dict) and isinstance(answer.get("tokens"), list) and "count" in answer:
        chat = _optional(client, "POST", "/tokenize", {"messages": [{"role": "user", "content": "Hello"}]})
        return "desktop-llm", isinstance(chat, dict) and "count" in chat
    if isinstance(answer, dict) and isinstance(answer.get("tokens"), list):
        return "llama-server", False
    answer = _optional(client, "POST", "/tokenize", {"model": model, "prompt": "Hello"})
    if isinstance(answer, dict) and "count" in answer:
        chat = _optional(client, "POST", "/tokenize", {"model": model,
                                                       "messages": [{"role": "user", "content": "Hello"}]})
        return "vllm", isinstance(chat, dict) and "count" in chat
    answer = _optional(client, "POST", "/extras/tokenize", {"input": "Hello", "model": model})
    if isinstance(answer, dict) and isinstance(answer.get("tokens"), list):
        return "llama-cpp-python", False
    return "", False


def _optional(client: RemoteClient, method: str, path: str, body: dict[str, Any] | None) -> Any:
    """An endpoint only some servers have: its answer, or None when this one has not got it."""
    try:
        return client.request(method, path, body)
    except RemoteAuthError:
        raise
    except (EngineRequestError, EngineUnavailableError) as exc:
        log.debug("%s %s: %s", method, path, exc)
        return None


class RemoteBackend:
    """One connection as an EngineSupervisor: `ensure_loaded` picks one of its models (no load: the server has it
    loaded) and returns a status with the server's context; `client` is a RemoteClient for that model.
    Thread-safe."""

    def __init__(self, connection: Connection, api_key: str) -> None:
        self.connection = connection.validated()
        self._api_key = api_key
        self._lock = threading.Lock()
        self._client: RemoteClient | None = None
        self._params: LoadParams | None = None
        self._status: EngineStatus | None = None

    def probe(self) -> ServerInfo:
        c = self.connection
        return probe(c.base_url, self._api_key, c.name, c.stall_timeout_s)

    def ensure_loaded(self, params: LoadParams) -> EngineStatus:
        with self._lock:
            if self._params == params and self._status is not None:
                return self._status
            info = self.probe()
            model = params.path or (info.models[0] if info.models else "")
            if model not in info.models:
                served = ", ".join(info.models[:8]) or "no model"
                raise RemoteModelNotFoundError(QT_TR_NOOP("{name} does not serve {model}; it serves {served}"),
                                               "model_not_found", 404, name=self.connection.name, model=repr(model),
                                               served=served)
            c = self.connection
            n_ctx = c.context_length or info.model_ctx.get(model) or info.n_ctx or DEFAULT_REMOTE_CONTEXT
            info = replace(info, n_ctx=n_ctx, parallel_slots=c.concurrency or info.parallel_slots)
            self._client = RemoteClient(c.base_url, self._api_key, model, info, c.name, c.stall_timeout_s)
            self._params = params
            self._status = EngineStatus(
                process=ProcessInfo(f"remote: {c.name}", False, info.kind or "OpenAI-compatible", 0, 0, 0),
                model=ModelStatus(path=model, n_ctx=n_ctx, n_gpu_layers=0, layers_offloaded=0, n_layers=0,
                                  model_size_bytes=0, load_ms=0.0, chat_template_warning="",
                                  architecture=info.kind, adapters=(), quantization=""),
            )
            return self._status

    def client(self) -> RemoteClient:
        with self._lock:
            if self._client is None:
                raise ModelNotLoadedError(QT_TR_NOOP("no model of {name} is chosen yet"), name=self.connection.name)
            return self._client

    def explain(self, error: EngineUnavailableError) -> EngineUnavailableError:
        return error  # a remote error already says what happened; there is no local process to ask

    def shutdown(self) -> None:
        with self._lock:
            client = self._client
        if client is not None:
            client.cancel(None)


class RemoteBackends:
    """The saved connections as backends, and their status for the model picker. Thread-safe."""

    def __init__(self, store: ConnectionStore) -> None:
        self.store = store
        self._lock = threading.Lock()
        self._backends: dict[str, tuple[Connection, str, RemoteBackend]] = {}

    def backend(self, name: str) -> RemoteBackend:
        """The backend of connection `name`, the same object while its settings and key stay the same."""
        connection = self.store.get(name)
        key = self.store.api_key(name)
        with self._lock:
            cached = self._backends.get(name)
            if cached is not None and cached[0] == connection and cached[1] == key:
                return cached[2]
            backend = RemoteBackend(connection, key)
            self._backends[name] = (connection, key, backend)
            return backend

    def all(self) -> list[Connection]:
        return self.store.all()

    def add(self, connection: Connection, api_key: str = "", replace: bool = False) -> Connection:
        return self.store.add(connection, api_key, replace)

    def remove(self, name: str) -> None:
        self.store.remove(name)

    def status(self, connection: Connection) -> ConnectionStatus:
        return self.test(connection, self.store.api_key(connection.name))

    def test(self, connection: Connection, api_key: str) -> ConnectionStatus:
        """Probe `connection` with `api_key` (seconds at most): reachable with its models, 401, offline, or an
        error; saved or not (the dialog's Test button asks before saving)."""
        try:
            connection = connection.validated()
            info = probe(connection.base_url, api_key, connection.name)
        except RemoteAuthError as exc:
            return ConnectionStatus(connection.name, connection.base_url, "unauthorized", (), str(exc))
        except RemoteUnavailableError as exc:
            return ConnectionStatus(connection.name, connection.base_url, "offline", (), str(exc))
        except DesktopLlmError as exc:
            return ConnectionStatus(connection.name, connection.base_url, "error", (), str(exc))
        return ConnectionStatus(connection.name, connection.base_url, "reachable", info.models)

    def statuses(self) -> list[ConnectionStatus]:
        return [self.status(connection) for connection in self.store.all()]

    def shutdown(self) -> None:
        with self._lock:
            backends = [entry[2] for entry in self._backends.values()]
        for backend in backends:
            backend.shutdown()
