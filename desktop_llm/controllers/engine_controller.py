"""Loads models in the background and reports the engine's state to the UI."""

from __future__ import annotations

import logging
import threading
from typing import Any

from PySide6.QtCore import QObject, Signal

from desktop_llm.core.errors import DesktopLlmError, EngineUnavailableError
from desktop_llm.core.protocols import EngineSupervisor
from desktop_llm.core.sampling import LoadParams

log = logging.getLogger(__name__)


class EngineController(QObject):
    """Lives on the GUI thread; blocking engine calls run on short-lived daemon threads."""

    load_started = Signal(str)  # model path
    model_loaded = Signal(dict)  # the engine's status after the load
    model_load_failed = Signal(str, str)  # model path, message for the user
    engine_failed = Signal(str, str)  # message, detail (the worker's last log lines)

    def __init__(self, supervisor: EngineSupervisor, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._supervisor = supervisor
        self._load_serial = 0
        self.params: LoadParams | None = None
        self.status: dict[str, Any] = {}

    @property
    def supervisor(self) -> EngineSupervisor:
        return self._supervisor

    def load(self, params: LoadParams) -> None:
        """Load in the background; only the newest request's outcome is reported."""
        self._load_serial += 1
        serial = self._load_serial
        self.params = params
        self.load_started.emit(params.path)
        threading.Thread(target=self._load, args=(serial, params), daemon=True, name="engine-load").start()

    def _load(self, serial: int, params: LoadParams) -> None:
        try:
            status = self._supervisor.ensure_loaded(params)
        except EngineUnavailableError as exc:
            explained = self._supervisor.explain(exc)
            if serial == self._load_serial:
                self.model_load_failed.emit(params.path, str(explained))
            return
        except (DesktopLlmError, ValueError) as exc:
            if serial == self._load_serial:
                self.model_load_failed.emit(params.path, str(exc))
            return
        except Exception as exc:  # never let a background failure vanish
            log.exception("unexpected error while loading %s", params.path)
            if serial == self._load_serial:
                self.model_load_failed.emit(params.path, f"unexpected error: {exc}")
            return
        if serial == self._load_serial:
            self.status = status
            self.model_loaded.emit(status)

    def shutdown(self) -> None:
        """Stop the engine; returns promptly even during a load (its late outcome is dropped, not emitted)."""
        self._load_serial += 1  # the load in flight, if any, is now stale
        self._supervisor.shutdown()
