"""Supervision of the engine worker: start on demand, notice a crash, restart and reload on next use."""

from __future__ import annotations

import logging
import threading
from collections.abc import Sequence
from pathlib import Path

from desktop_llm.core.errors import EngineCrashedError, EngineUnavailableError
from desktop_llm.core.sampling import LoadParams
from desktop_llm.core.ui_text import QT_TR_NOOP
from desktop_llm.ipc.engine_wire import EngineStatus
from desktop_llm.services.engine.engine_client import EngineClient
from desktop_llm.services.engine.engine_process import EngineProcess
from desktop_llm.services.storage.paths import make_private

log = logging.getLogger(__name__)
SHUTDOWN_LOCK_TIMEOUT_S = 10.0  # once the worker is dead, a thread that held the engine lets go at once


class EngineHost:
    """Owns at most one worker process at a time. Thread-safe; calls may block (run them off the GUI thread)."""

    def __init__(self, log_dir: Path, command: Sequence[str] | None = None) -> None:
        self._log_path = log_dir / "engine.log"
        self._command = list(command) if command else None
        self._lock = threading.RLock()
        self._process: EngineProcess | None = None
        self._client: EngineClient | None = None
        self._loaded: LoadParams | None = None
        self._status: EngineStatus | None = None  # what the last load answered; None: nothing loaded since start
        self._closed = False  # set by shutdown(): no worker is started after it
        self.restarts = 0

    @property
    def log_path(self) -> Path:
        return self._log_path

    @property
    def loaded_params(self) -> LoadParams | None:
        return self._loaded

    @property
    def pid(self) -> int | None:
        return self._process.pid if self._process else None

    def client(self) -> EngineClient:
        """A client for a running worker, starting (or restarting after a crash) as needed."""
        with self._lock:
            if self._closed:
                raise EngineUnavailableError(QT_TR_NOOP("the engine has been shut down"))
            if self._process is not None and not self._process.is_alive():
                crashed = self._process.crashed_error()
                log.error("engine worker died: %s\n%s", crashed, crashed.detail)
                self._process.stop()
                self._process = None
                self._client = None
                self.restarts += 1
            if self._process is None:
                self._log_path.parent.mkdir(parents=True, exist_ok=True)
                make_private(self._log_path, create=True)  # the engine log quotes prompts (issue 10, item 17)
                process = EngineProcess(self._log_path, self._command)
                # Published before it starts, so shutdown() can stop a worker that is still starting.
                self._process = process
                try:
                    if self._closed:  # shutdown() ran between the check above and the line before
                        raise EngineUnavailableError(QT_TR_NOOP("the engine has been shut down"))
                    process.start()
                except BaseException:
                    self._process = None
                    process.stop()
                    raise
                self._client = EngineClient(process.base_url, process.token)
                self._status = None
                if self._loaded is not None:
                    # Reload what the user had before the crash, so the next request just works.
                    self._status = self._client.load(self._loaded)
            assert self._client is not None
            return self._client

    def ensure_loaded(self, params: LoadParams) -> EngineStatus:
        """Make `params` the loaded model (a no-op when it already is); returns the engine's status."""
        with self._lock:
            client = self.client()
            if self._loaded != params or self._status is None or not self._status.loaded:
                self._loaded = None
                self._status = client.load(params)
                self._loaded = params
            return self._status

    def status(self) -> EngineStatus:
        return self.client().status()

    def unload(self) -> None:
        """Unload the model (the public server's idle unload); the next ensure_loaded loads it again."""
        with self._lock:
            if self._process is None or self._loaded is None:
                return
            self._loaded = None
            self._status = None
            self.client().unload()

    def explain(self, error: EngineUnavailableError) -> EngineUnavailableError:
        """Turn a broken connection into a crash report when the worker has in fact died."""
        with self._lock:
            process = self._process
        if process is None:
            return error
        try:
            process_exit = process.returncode
            if process_exit is None:
                # The connection broke first; give the dying process a moment to be reaped.
                import time

                for _ in range(20):
                    time.sleep(0.05)
                    process_exit = process.returncode
                    if process_exit is not None:
                        break
        except OSError:
            return error
        if process_exit is None:
            return error
        return process.crashed_error()

    def kill_for_test(self) -> None:
        """SIGKILL the worker (tests and the crash-recovery benchmark)."""
        with self._lock:
            if self._process is not None and self._process.pid:
                import os
                import signal

                # Windows has no SIGKILL: there os.kill with SIGTERM is TerminateProcess, as abrupt.
                os.kill(self._process.pid, getattr(signal, "SIGKILL", signal.SIGTERM))

    def shutdown(self) -> None:
        """Stop the worker for good; returns within seconds even while another thread waits on a load.

        That thread holds the lock for as long as the worker takes to answer /load (up to the client's 600 s
        timeout), so closing the app during a load used to hang that long (issue 10, item 21). The worker is
        stopped first, without the lock: its death breaks the loading thread's connection, which then fails
        with EngineUnavailableError and lets go of the lock.

        Never raises: a worker that will not die is logged by its stop() and left behind, so the caller goes on
        to close the databases (issue 19, item 5)."""
        self._closed = True
        process = self._process
        if process is not None:
            process.stop()  # never raises; it logs a worker that survives the kill
        if not self._lock.acquire(timeout=SHUTDOWN_LOCK_TIMEOUT_S):
            log.warning("engine shutdown: a request still holds the engine after the worker stopped")
            return
        try:
            if self._process is not None:
                self._process.stop()
            self._process = None
            self._client = None
            self._loaded = None
        finally:
            self._lock.release()


__all__ = ["EngineCrashedError", "EngineHost"]
