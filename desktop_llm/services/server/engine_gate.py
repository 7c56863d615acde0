"""The public server's way to the engine: which models it serves, loading them on demand, one request at a time.

The engine serves one generation at a time; the app's own chat uses it too. Public requests line up here first
come first served (a FIFO with a bounded wait, so a request never waits forever and the client hears 503 with
Retry-After), and the one at the head loads the model it names, with that model's load settings, before it
generates. A model the server loaded is unloaded after `idle_unload_s` without a request.
"""

from __future__ import annotations

import collections
import contextlib
import logging
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from desktop_llm.core.model_info import ModelInfo
from desktop_llm.core.sampling import LoadParams
from desktop_llm.core.server_types import PublicError, ServerSettings, model_id
from desktop_llm.ipc.engine_wire import EngineStatus

log = logging.getLogger(__name__)
CATALOG_TTL_S = 5.0  # the library is read from disk at most this often (a scan reads every file's header)


class RawEngine(Protocol):
    """What the public server needs of an engine client (services/engine/engine_client.EngineClient)."""

    def post_json(self, path: str, body: dict[str, Any], request_id: str | None = None) -> Any: ...

    def post_stream(self, path: str, body: dict[str, Any], request_id: str) -> Iterator[dict[str, Any]]: ...

    def cancel(self, request_id: str | None = None) -> int: ...


class ServerEngine(Protocol):
    """What the public server needs of the engine supervisor (services/engine/engine_host.EngineHost)."""

    @property
    def loaded_params(self) -> LoadParams | None: ...

    def client(self) -> Any: ...  # a RawEngine

    def ensure_loaded(self, params: LoadParams) -> EngineStatus: ...

    def unload(self) -> None: ...


class Catalog(Protocol):
    def models(self) -> list[ModelInfo]: ...


LoadSettings = Callable[[ModelInfo], LoadParams]


@dataclass(frozen=True)
class ServedModel:
    id: str
    path: str
    info: ModelInfo | None  # None: loaded from outside the library (`serve --model FILE`)


class QueueTimeout(Exception):
    """The request waited `queue_wait_s` (or its client went away) before the engine was free."""


class FifoTurns:
    """First come, first served turns at the engine. Thread-safe."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._queue: collections.deque[object] = collections.deque()
        self._holder: object | None = None

    @property
    def waiting(self) -> int:
        with self._cond:
            return len(self._queue)

    @contextlib.contextmanager
    def turn(self, timeout: float, gone: Callable[[], bool] = lambda: False) -> Iterator[None]:
        ticket = object()
        deadline = time.monotonic() + timeout
        with self._cond:
            self._queue.append(ticket)
            while self._holder is not None or self._queue[0] is not ticket:
                remaining = deadline - time.monotonic()
                if remaining <= 0 or gone():
                    self._queue.remove(ticket)
                    self._cond.notify_all()
                    raise QueueTimeout
                self._cond.wait(min(remaining, 0.25))  # wakes to notice a client that went away
            self._queue.popleft()
            self._holder = ticket
        try:
            yield
        finally:
            with self._cond:
                self._holder = None
                self._cond.notify_all()


class EngineGate:
    """Models by public id, loading on demand, turns and idle unloading. Thread-safe; owns one idle-unload thread
    between start() and stop()."""

    def __init__(self, engine: ServerEngine, catalog: Catalog, settings: ServerSettings,
                 load_settings: LoadSettings | None = None, clock: Callable[[], float] = time.monotonic) -> None:
        self.engine = engine
        self._catalog = catalog
        self._settings = settings
        self._load_settings = load_settings or self._default_load
        self._clock = clock
        self.turns = FifoTurns()
        self._lock = threading.Lock()
        self._cached: tuple[float, list[ModelInfo]] | None = None
        self._ours: LoadParams | None = None  # the model this server loaded (only that one is idle-unloaded)
        self._last_used = clock()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    # models

    def models(self) -> list[ServedModel]:
        """The library's usable models by id (a name taken twice gets -2, -3 in path order), plus the loaded model
        when it is not in the library. Projector files are left out: they are loaded with their model."""
        now = self._clock()
        with self._lock:
            if self._cached is None or now - self._cached[0] > CATALOG_TTL_S:
                # A vision projector (role 'projector') is half of a model, never a model to ask (issue 17)
                self._cached = (now, [m for m in self._catalog.models() if not m.error and m.role != "projector"])
            infos = self._cached[1]
        served: list[ServedModel] = []
        taken: set[str] = set()
        for info in sorted(infos, key=lambda m: m.path):
            served.append(ServedModel(_unique(model_id(Path(info.path).name), taken), info.path, info))
        loaded = self.engine.loaded_params
        if loaded is not None and all(m.path != loaded.path for m in served):
            served.append(ServedModel(_unique(model_id(Path(loaded.path).name), taken), loaded.path, None))
        return served

    def resolve(self, name: object) -> ServedModel:
        """The model a request names; no name (or "default"): the default model, else the loaded one, else the
        first. Unknown: a 404 listing what there is."""
        models = self.models()
        if name is not None and not isinstance(name, str):
            raise PublicError(400, "model must be a string (a model id from GET /v1/models)", param="model")
        wanted = (name or "").strip()
        if not wanted or wanted == "default":
            wanted = self._settings.default_model
            loaded = self.engine.loaded_params
            if not wanted and loaded is not None:
                return next((m for m in models if m.path == loaded.path), models[0]) if models else _no_models()
            if not wanted:
                return models[0] if models else _no_models()
        for model in models:
            if wanted in (model.id, model.id.removesuffix(".gguf")) or (model.info and wanted == model.info.name):
                return model
        known = ", ".join(m.id for m in models[:20]) or "none"
        raise PublicError(404, f"the model {wanted[:200]!r} does not exist here; models: {known}",
                          code="model_not_found", param="model")

    def load(self, model: ServedModel) -> EngineStatus:
        """Make `model` the engine's model (call during a turn). A model already loaded keeps its parameters: the
        app may have loaded it with a longer context than a fresh load would use."""
        loaded = self.engine.loaded_params
        if loaded is not None and loaded.path == model.path:
            params = loaded
        elif model.info is not None:
            params = self._load_settings(model.info)
        else:
            params = LoadParams(path=model.path, n_ctx=self._settings.n_ctx)
        status = self.engine.ensure_loaded(params)
        with self._lock:
            if loaded is None or loaded.path != model.path:
                self._ours = params
            self._last_used = self._clock()
        return status

    def touch(self) -> None:
        with self._lock:
            self._last_used = self._clock()

    def _default_load(self, info: ModelInfo) -> LoadParams:
        n_ctx = self._settings.n_ctx
        if info.context_length:
            n_ctx = max(128, min(n_ctx, info.context_length))
        return LoadParams(path=info.path, n_ctx=n_ctx, mmproj=info.mmproj)  # with its projector: it can see (issue 17)

    # idle unload

    def start(self) -> None:
        if self._settings.idle_unload_s > 0 and self._thread is None:
            self._stop.clear()
            self._thread = threading.Thread(target=self._watch_idle, daemon=True, name="server-idle-unload")
            self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join(timeout=5)
        self._thread = None

    def _watch_idle(self) -> None:
        period = max(0.05, min(1.0, self._settings.idle_unload_s / 4))
        while not self._stop.wait(period):
            try:
                self.unload_if_idle()
            except Exception:  # the engine may be gone (app closing): log it, keep watching
                log.exception("idle unload failed")

    def unload_if_idle(self) -> bool:
        with self._lock:
            ours, idle = self._ours, self._clock() - self._last_used
        if ours is None or idle < self._settings.idle_unload_s or self.turns.waiting:
            return False
        with self.turns.turn(timeout=0.0):  # never waits: a request in progress means the model is in use
            with self._lock:
                if self._ours != ours or self._clock() - self._last_used < self._settings.idle_unload_s:
                    return False
                self._ours = None
            if self.engine.loaded_params != ours:
                return False  # someone else (the app) has loaded another model meanwhile: not ours to unload
            log.info("unloading %s: no request for %.0f s", Path(ours.path).name, idle)
            self.engine.unload()
            return True


def _unique(name: str, taken: set[str]) -> str:
    candidate, n = name, 1
    while candidate in taken:
        n += 1
        candidate = f"{name}-{n}"
    taken.add(candidate)
    return candidate


def _no_models() -> ServedModel:
    raise PublicError(404, "no model is available: add one to the library first", code="model_not_found",
                      param="model")


def model_ids(models: Sequence[ServedModel]) -> list[str]:
    return [m.id for m in models]
