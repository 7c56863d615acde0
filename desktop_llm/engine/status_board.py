"""What /status and /v1/models report while another request holds the model.

They used to read the model without its lock, so during /load or /unload they saw a model half replaced
(a closed llama context, or the old path with the new parameters; issue 10, item 13). Taking the lock
instead would make /status wait behind a whole reply. So whoever holds the lock publishes the status here
at each change, and readers get a fresh status when the model is free, else the last one published.
"""

from __future__ import annotations

import contextlib
import dataclasses
import threading
from collections.abc import Iterator

from desktop_llm.engine.model_host import ModelHost
from desktop_llm.ipc.engine_wire import EngineStatus


class StatusBoard:
    """The engine's last published status. Thread-safe; publish only while holding the host's lock."""

    def __init__(self, host: ModelHost) -> None:
        self._host = host
        self._lock = threading.Lock()
        self._published: EngineStatus = host.status()

    def publish(self, status: EngineStatus) -> None:
        with self._lock:
            self._published = status

    @contextlib.contextmanager
    def changing_model(self, loading: str = "", unloading: bool = False) -> Iterator[None]:
        """Around a load or unload: no model is usable meanwhile (the process part stays true; `loading` names
        the model on its way in), then whatever came of it."""
        self.publish(EngineStatus(self._host.status().process, None, loading=loading, unloading=unloading))
        try:
            yield
        finally:
            self.publish(self._host.status())

    def current(self) -> EngineStatus:
        """Fresh when the model is free (`busy` false), else the last status published (`busy` true)."""
        if self._host.lock.acquire(blocking=False):
            try:
                fresh = self._host.status()
                self.publish(fresh)
            finally:
                self._host.lock.release()
            return dataclasses.replace(fresh, busy=False)
        with self._lock:
            return dataclasses.replace(self._published, busy=True)
