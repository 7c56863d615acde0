"""The backend the chosen model runs on (DESIGN.md "Opening the box"): the local engine, or a connection.

It implements EngineSupervisor (core/protocols.py), so the chat, document, compare and engine controllers take it
in place of the engine host and never know which one answers: `ensure_loaded` with a LoadParams whose `backend`
names a connection makes that connection's backend the active one; an empty `backend` is the local engine.
"""

from __future__ import annotations

import threading
from pathlib import Path

from desktop_llm.core.errors import EngineUnavailableError
from desktop_llm.core.protocols import ChatEngine, EngineSupervisor
from desktop_llm.core.sampling import LoadParams
from desktop_llm.ipc.engine_wire import EngineStatus
from desktop_llm.services.backends.connection_store import ConnectionStore
from desktop_llm.services.backends.remote_backend import RemoteBackends


class BackendRouter:
    """Thread-safe. The active backend is the one of the newest `ensure_loaded` (there is one model selection)."""

    def __init__(self, local: EngineSupervisor, remotes: RemoteBackends) -> None:
        self.local = local
        self.remotes = remotes
        self._lock = threading.Lock()
        self._active: EngineSupervisor = local

    def backend_for(self, params: LoadParams) -> EngineSupervisor:
        return self.remotes.backend(params.backend) if params.backend else self.local

    @property
    def active(self) -> EngineSupervisor:
        with self._lock:
            return self._active

    def ensure_loaded(self, params: LoadParams) -> EngineStatus:
        backend = self.backend_for(params)
        with self._lock:
            self._active = backend
        return backend.ensure_loaded(params)

    def client(self) -> ChatEngine:
        return self.active.client()

    def explain(self, error: EngineUnavailableError) -> EngineUnavailableError:
        return self.active.explain(error)

    def kill_for_test(self) -> None:
        """Kill the local engine worker (tests and the crash-recovery benchmark reach the engine through here)."""
        kill = getattr(self.local, "kill_for_test", None)
        if kill is not None:
            kill()

    def shutdown(self) -> None:
        try:
            self.remotes.shutdown()
        finally:
            self.local.shutdown()


def router_with_connections(local: EngineSupervisor, config_dir: Path) -> BackendRouter:
    """The router over `local` and the connections saved in `config_dir` (keys in the system keychain, else the
    private file): what the composition root builds."""
    return BackendRouter(local, RemoteBackends(ConnectionStore(config_dir)))
