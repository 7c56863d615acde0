"""Starting, watching and stopping the engine worker child process."""

from __future__ import annotations

import json
import logging
import os
import queue
import re
import secrets
import subprocess
import sys
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from typing import IO, Any

from desktop_llm.core.errors import EngineCrashedError, EngineUnavailableError
from desktop_llm.core.ui_text import QT_TR_NOOP
from desktop_llm.ipc.process_group import own_group_options, stop_process
from desktop_llm.ipc.process_outcome import (
    ProcessOutcome,
    SignalHints,
    from_returncode,
)

log = logging.getLogger(__name__)
TOKEN_ENV = "DESKTOP_LLM_ENGINE_TOKEN"
STARTUP_TIMEOUT_S = 120.0
STOP_GRACE_S = 3.0  # each of the stop's three steps (stdin closed, SIGTERM, SIGKILL) waits this long
LOG_MAX_BYTES = 5 * 1024 * 1024  # engine.log is rotated at a start once it is this big (issue 10, item 21)
LOG_BACKUPS = 2  # engine.log.1 and engine.log.2 are kept
TAIL_WINDOW_BYTES = 65536  # how much of this run's end the crash report reads

# What llama-cpp-python prints on every load and request with verbose=True (which the engine needs: without
# it, llama-cpp-python redirects the process's file descriptors), and the engine's own routine log lines. A
# crash report shows what is left: the error lines, a traceback, llama.cpp's assertion.
_NOISE = re.compile(
    r"^(?:Model metadata: |Available chat formats from metadata|Using gguf chat template|Using chat [a-z_]+: "
    r"|Using fallback chat format: |Llama\.generate: |llama_perf_\w+: |\w+ : .*\| \w+ = \d"
    r"|\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d+ \S+ (?:DEBUG|INFO) )"
)
MAX_TAIL_LINE = 400  # characters of one line in a crash report


def meaningful_lines(text: str) -> list[str]:
    """The lines of engine log text that can explain a failure (llama-cpp-python's load dump left out)."""
    kept = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("--- engine start") or _NOISE.match(line):
            continue
        kept.append(line if len(line) <= MAX_TAIL_LINE else line[: MAX_TAIL_LINE - 1] + "…")
    return kept


def rotate_log(path: Path, max_bytes: int = LOG_MAX_BYTES, backups: int = LOG_BACKUPS) -> None:
    """engine.log -> engine.log.1 -> … -> engine.log.N (dropped) once it holds max_bytes or more."""
    try:
        if path.stat().st_size < max_bytes:
            return
        for index in range(backups, 0, -1):
            older = path.with_name(f"{path.name}.{index}")
            newer = path if index == 1 else path.with_name(f"{path.name}.{index - 1}")
            if newer.exists():
                os.replace(newer, older)
    except OSError as exc:  # a missing log, or (Windows) another process holding it open: keep appending
        log.debug("engine log not rotated: %s", exc)


def default_worker_command() -> list[str]:
    """The worker's command line; a frozen app re-runs its own executable in worker mode."""
    if getattr(sys, "frozen", False):
        return [sys.executable, "--worker", "engine", "--watch-stdin"]
    return [sys.executable, "-m", "desktop_llm.engine", "--watch-stdin"]


# What a signal that ended the engine worker probably means (ipc/process_outcome.py has the common ones).
ENGINE_SIGNAL_HINTS: SignalHints = {
    "SIGSEGV": "(a crash inside llama.cpp)",
    "SIGABRT": "(llama.cpp aborted, e.g. an assertion or GPU out of memory)",
}


class EngineProcess:
    """One run of the worker process. Thread-safe for is_alive/stop; start once."""

    def __init__(self, log_path: Path, command: Sequence[str] | None = None, log_max_bytes: int = LOG_MAX_BYTES) -> None:
        self._log_path = log_path
        self._log_max_bytes = log_max_bytes
        self._run_offset = 0  # where this run's lines start in the log (earlier runs' lines explain nothing)
        self._command = list(command or default_worker_command())
        self.token = secrets.token_urlsafe(32)
        self.port = 0
        self.backend = "unknown"
        self.gpu_offload = False
        self._proc: subprocess.Popen[bytes] | None = None
        self._log_file: IO[bytes] | None = None
        self._stop_lock = threading.Lock()
        self._stopped: ProcessOutcome | None = None  # how stop() left it: a second stop() does not wait again

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def pid(self) -> int | None:
        return self._proc.pid if self._proc else None

    def start(self, timeout: float = STARTUP_TIMEOUT_S) -> None:
        self._log_path.parent.mkdir(parents=True, exist_ok=True)
        rotate_log(self._log_path, self._log_max_bytes)
        self._log_file = open(self._log_path, "ab")
        self._log_file.write(f"\n--- engine start {time.strftime('%Y-%m-%d %H:%M:%S')} ---\n".encode())
        self._log_file.flush()
        self._run_offset = self._log_file.tell()
        env = dict(os.environ, **{TOKEN_ENV: self.token, "PYTHONUNBUFFERED": "1"})
        try:
            # A group of its own, so stop() ends the template sandbox it starts too (issue 19, item 5).
            self._proc = subprocess.Popen(
                self._command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self._log_file,
                env=env, **own_group_options(),
            )
        except OSError as exc:
            raise EngineUnavailableError(QT_TR_NOOP("the engine could not be started: {reason}"), reason=exc) from exc
        handshake = self._read_handshake(timeout)
        self.port = int(handshake["port"])
        self.backend = str(handshake.get("backend", "unknown"))
        self.gpu_offload = bool(handshake.get("gpu_offload", False))
        log.info("engine worker pid %s listening on port %d (%s)", self._proc.pid, self.port, self.backend)

    def _read_handshake(self, timeout: float) -> dict[str, Any]:
        assert self._proc is not None and self._proc.stdout is not None
        lines: queue.Queue[bytes] = queue.Queue()
        stdout = self._proc.stdout

        def pump() -> None:
            # Runs until the worker (and anything it started that holds the pipe) is gone; the pipe is closed
            # here, not in stop(): closing it while this thread reads would wait for the read (issue 19, item 5).
            with stdout:
                for line in stdout:
                    lines.put(line)
            lines.put(b"")

        threading.Thread(target=pump, daemon=True, name="engine-stdout").start()
        deadline = time.monotonic() + timeout
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                self.stop()
                raise EngineUnavailableError(QT_TR_NOOP("the engine did not start within {seconds} s"), seconds=f"{timeout:.0f}")
            try:
                line = lines.get(timeout=min(remaining, 0.5))
            except queue.Empty:
                if self._proc.poll() is not None:
                    raise self.crashed_error(QT_TR_NOOP("the engine failed to start: it {outcome}")) from None
                continue
            if not line:
                try:
                    self._proc.wait(timeout=5)
                except subprocess.TimeoutExpired:
                    pass  # it closed its stdout but lives on: the caller's stop() ends it
                raise self.crashed_error(QT_TR_NOOP("the engine failed to start: it {outcome}"))
            try:
                message = json.loads(line)
            except json.JSONDecodeError:
                continue  # a library printed to stdout before we did
            if isinstance(message, dict) and message.get("event") == "listening":
                return message

    def is_alive(self) -> bool:
        return self._proc is not None and self._proc.poll() is None

    @property
    def returncode(self) -> int | None:
        return self._proc.poll() if self._proc else None

    @property
    def outcome(self) -> ProcessOutcome:
        return from_returncode(self.returncode)

    def log_tail(self, lines: int = 12) -> str:
        """The last meaningful lines this run wrote to the log (see meaningful_lines)."""
        try:
            with open(self._log_path, "rb") as handle:
                end = handle.seek(0, os.SEEK_END)
                start = max(self._run_offset, end - TAIL_WINDOW_BYTES)
                if start >= end:
                    return ""
                handle.seek(start)
                text = handle.read(end - start).decode("utf-8", errors="replace")
        except OSError:
            return ""
        if start > self._run_offset:
            text = text.split("\n", 1)[1] if "\n" in text else ""  # the window began mid-line
        return "\n".join(meaningful_lines(text)[-lines:])

    def crashed_error(self, template: str = QT_TR_NOOP("the engine stopped unexpectedly: it {outcome}")) -> EngineCrashedError:
        """The crash report: `template` is translatable; how the process ended (process_outcome) stays English."""
        return EngineCrashedError(template, self.log_tail(), outcome=self.outcome.describe(ENGINE_SIGNAL_HINTS))

    def stop(self, grace: float | None = None) -> ProcessOutcome:
        """Close stdin (the worker exits by itself), then terminate, then kill its group; returns how it ended.
        Never raises, and a second call does not wait again: a worker that survives the kill is logged and left,
        so the app still closes its databases (issue 19, item 5)."""
        with self._stop_lock:
            proc = self._proc
            if proc is None:
                return from_returncode(None)
            if self._stopped is None:
                self._stopped = stop_process(
                    proc, "the engine worker", ask=self._close_stdin, grace=STOP_GRACE_S if grace is None else grace
                )
                try:
                    self._close_stdin()
                except OSError:
                    pass
                if self._log_file:
                    self._log_file.close()
                    self._log_file = None
            return self._stopped

    def _close_stdin(self) -> None:
        if self._proc is not None and self._proc.stdin and not self._proc.stdin.closed:
            self._proc.stdin.close()
