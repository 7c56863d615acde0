"""Loads models in the background and reports the engine's state to the UI."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from desktop_llm.controllers.background import BackgroundOps, Failed, Outcome, Succeeded
from desktop_llm.core.errors import EngineUnavailableError
from desktop_llm.core.protocols import EngineSupervisor
from desktop_llm.core.sampling import LoadParams
from desktop_llm.ipc.engine_wire import EngineStatus

_LOAD = "load"


class EngineController(QObject):
    """Lives on the GUI thread; blocking engine calls run on BackgroundOps, and every outcome (and so every change
    to `status`) arrives back on the GUI thread. Only the newest load's outcome is reported."""

    load_started = Signal(str)  # model path
    model_loaded = Signal(object)  # EngineStatus: the engine's status after the load
    model_load_failed = Signal(str, str)  # model path, message for the user
    engine_failed = Signal(str, str)  # message, detail (the worker's last log lines)

    def __init__(self, supervisor: EngineSupervisor, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._supervisor = supervisor
        self._ops = BackgroundOps(self)
        self._shut_down = False
        self.params: LoadParams | None = None
        self.status: EngineStatus | None = None  # after the last successful load; None before one

    @property
    def supervisor(self) -> EngineSupervisor:
        return self._supervisor

    def load(self, params: LoadParams) -> None:
        """Load in the background; only the newest request's outcome is reported."""
        self.params = params
        self.load_started.emit(params.path)
        self._ops.run(_LOAD, lambda _flag: self._load(params), lambda outcome: self._on_load_done(params, outcome))

    def _load(self, params: LoadParams) -> EngineStatus:
        """On the worker thread: a broken connection becomes the crash report when the worker in fact died."""
        try:
            return self._supervisor.ensure_loaded(params)
        except EngineUnavailableError as exc:
            explained = self._supervisor.explain(exc)
            if explained is exc:
                raise
            raise explained from exc

    def _on_load_done(self, params: LoadParams, outcome: Outcome) -> None:
        if self._shut_down:
            return  # a load that outlived shutdown() is not news any more
        if isinstance(outcome, Succeeded):
            self.status = outcome.value
            self.model_loaded.emit(outcome.value)
        elif isinstance(outcome, Failed):
            self.model_load_failed.emit(params.path, outcome.message)

    def wait(self, timeout: float = 10.0) -> None:
        """Join the load in flight (tests); its outcome still arrives through the event loop."""
        self._ops.wait(timeout)

    def shutdown(self) -> None:
        """Stop the engine; returns promptly even during a load (its late outcome is dropped, not emitted)."""
        self._shut_down = True
        self._ops.cancel(_LOAD)
        self._supervisor.shutdown()

