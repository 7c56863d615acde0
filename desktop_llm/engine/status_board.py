"""What /status and /v1/models report while another request holds the model.

They used to read the model without its lock, so during /load or /unload they saw a model half replaced
(a closed llama context, or the old path with the new parameters; issue 10, item 13). Taking the lock
instead would make /status wait behind a whole reply. So whoever holds the lock publishes the status here
at each change, and readers get a fresh status when the model is free, else the last one published.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from typing import Any

from desktop_llm.engine.model_host import ModelHost

# What status() says about the process rather than the model: still true while a model is being swapped.
_PROCESS_KEYS = ("backend", "gpu_offload_supported", "llama_cpp_version", "rss_bytes", "peak_rss_bytes", "pid")


class StatusBoard:
    """The engine's last published status. Thread-safe; publish only while holding the host's lock."""

    def __init__(self, host: ModelHost) -> None:
        self._host = host
        self._lock = threading.Lock()
        self._published: dict[str, Any] = host.status()

    def publish(self, status: dict[str, Any]) -> None:
        with self._lock:
            self._published = dict(status)

    @contextlib.contextmanager
    def changing_model(self, **note: object) -> Iterator[None]:
        """Around a load or unload: no model is usable meanwhile (`note` says why), then whatever came of it."""
        process = {k: v for k, v in self._host.status().items() if k in _PROCESS_KEYS}
        self.publish({**process, "loaded": False, **note})
        try:
            yield
        finally:
            self.publish(self._host.status())

    def current(self) -> dict[str, Any]:
        """Fresh when the model is free (`busy` false), else the last status published (`busy` true)."""
        if self._host.lock.acquire(blocking=False):
            try:
                fresh = self._host.status()
                self.publish(fresh)
            finally:
                self._host.lock.release()
            return {**fresh, "busy": False}
        with self._lock:
            return {**self._published, "busy": True}
