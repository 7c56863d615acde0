"""Worker processes in a process group of their own, stopped ask -> terminate -> kill, grandchildren included.

Every worker (engine, training) starts as the leader of a new session (POSIX) or process group (Windows), so
a stop reaches what it started too (the engine's chat-template sandbox, a tokenizer's helpers) and a Ctrl+C in
the app's terminal does not reach it. Stopping never raises: a process that outlives the kill is logged and
reported as still running, so the caller (the app closing) carries on and closes its databases (issue 19,
item 5; as qutebrowser's guiprocess.py and Dangerzone's isolation_provider/base.py).
"""

from __future__ import annotations

import logging
import os
import signal
import subprocess
from collections.abc import Callable
from typing import Any

from desktop_llm.ipc.process_outcome import ProcessOutcome, StillRunning, from_returncode

log = logging.getLogger(__name__)


def own_group_options(detached: bool = False) -> dict[str, Any]:
    """Popen keyword arguments that make the child lead a group of its own. `detached`: it also outlives the
    app's console (the training worker, which keeps running when the app closes)."""
    if os.name == "nt":
        flags = subprocess.CREATE_NEW_PROCESS_GROUP  # type: ignore[attr-defined]
        # DETACHED_PROCESS has no console at all; CREATE_NO_WINDOW keeps a hidden one (they exclude each other).
        flags |= subprocess.DETACHED_PROCESS if detached else subprocess.CREATE_NO_WINDOW  # type: ignore[attr-defined]
        return {"creationflags": flags}
    return {"start_new_session": True}


def _send(pid: int, hard: bool) -> None:
    """SIGTERM, or SIGKILL when `hard`, to the group `pid` leads; to `pid` alone when it leads none.
    On Windows: TerminateProcess, or with `hard` taskkill /T, which ends the whole tree."""
    if os.name == "nt":
        if hard:
            done = subprocess.run(["taskkill", "/F", "/T", "/PID", str(pid)], capture_output=True, timeout=10)
            if done.returncode == 0:
                return
        os.kill(pid, signal.SIGTERM)  # TerminateProcess on Windows
        return
    number = signal.SIGKILL if hard else signal.SIGTERM
    try:
        leads_group = os.getpgid(pid) == pid
    except ProcessLookupError:
        leads_group = True  # the leader is gone; its group may live on (a grandchild)
    if leads_group:
        os.killpg(pid, number)
    else:
        os.kill(pid, number)


def signal_tree(pid: int, hard: bool = False) -> bool:
    """Terminate (or kill) the process `pid` and its group; False when there was nothing to signal. Never raises."""
    try:
        _send(pid, hard)
        return True
    except (ProcessLookupError, PermissionError):
        return False  # gone already (or reused by a process that is not ours)
    except (OSError, subprocess.SubprocessError) as exc:
        log.warning("could not signal process %d: %s", pid, exc)
        return False


def _wait(process: subprocess.Popen[bytes], timeout: float) -> bool:
    try:
        process.wait(timeout=timeout)
        return True
    except subprocess.TimeoutExpired:
        return False


def stop_process(
    process: subprocess.Popen[bytes], name: str, ask: Callable[[], None] | None = None, grace: float = 3.0
) -> ProcessOutcome:
    """`ask` it to end (close its stdin, touch a stop file), then terminate, then kill, waiting `grace` seconds
    after each; then kill what is left of its group. Returns how it ended; never raises."""
    if process.poll() is None:
        steps: list[tuple[str, Callable[[], object]]] = [
            ("terminating", lambda: signal_tree(process.pid)),
            ("killing", lambda: signal_tree(process.pid, hard=True)),
        ]
        if ask is not None:
            steps.insert(0, ("asking", ask))
        for what, step in steps:
            if what != "asking":
                log.warning("%s (pid %d) did not end within %.1f s: %s it", name, process.pid, grace, what)
            try:
                step()
            except OSError as exc:  # a closed pipe or a gone file: the next step decides
                log.debug("%s: %s failed: %s", name, what, exc)
            if _wait(process, grace):
                break
    outcome = from_returncode(process.poll())
    if isinstance(outcome, StillRunning):
        log.error("%s (pid %d) survived SIGKILL; left running", name, process.pid)
    elif os.name != "nt":
        # Whatever it started may outlive it in its group (the engine's template sandbox): end that too.
        signal_tree(process.pid, hard=True)
    return outcome
