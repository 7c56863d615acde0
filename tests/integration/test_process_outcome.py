"""One process outcome and a hardened stop (issue 19, item 5): the sentences, a worker that ignores SIGTERM (and
the grandchild it started) killed, and a worker that cannot be killed not keeping the databases open."""

from __future__ import annotations

import logging
import os
import signal
import sqlite3
import sys
import time
from pathlib import Path

import pytest

from desktop_llm.ipc import process_group
from desktop_llm.ipc.process_outcome import (
    EndedUnseen,
    Exited,
    FailedToStart,
    Killed,
    StillRunning,
    TimedOut,
    from_returncode,
    sentence,
)
from desktop_llm.services.engine import engine_process
from desktop_llm.services.engine.engine_process import ENGINE_SIGNAL_HINTS, EngineProcess
from desktop_llm.services.storage.paths import AppPaths

posix_only = pytest.mark.skipif(os.name == "nt", reason="signals and process groups are POSIX here")

# A worker that answers the handshake, then ignores SIGTERM and its stdin closing; it starts a grandchild that
# ignores SIGTERM too and writes the grandchild's pid to argv[1].
STUBBORN_WORKER = """
import json, signal, subprocess, sys, time
signal.signal(signal.SIGTERM, signal.SIG_IGN)
child = subprocess.Popen([sys.executable, "-c",
    "import signal, time; signal.signal(signal.SIGTERM, signal.SIG_IGN); time.sleep(600)"])
with open(sys.argv[1], "w") as handle:
    handle.write(str(child.pid))
print(json.dumps({"event": "listening", "port": 1}), flush=True)
while True:
    time.sleep(1)
"""


def stubborn_worker(tmp_path: Path) -> tuple[list[str], Path]:
    script = tmp_path / "stubborn_worker.py"
    script.write_text(STUBBORN_WORKER)
    pid_file = tmp_path / "grandchild.pid"
    return [sys.executable, str(script), str(pid_file)], pid_file


def is_gone(pid: int) -> bool:
    """True once `pid` has ended (a zombie waiting for a reaper that is not us counts as ended)."""
    try:
        with open(f"/proc/{pid}/stat") as handle:
            return handle.read().rsplit(")", 1)[1].split()[0] == "Z"
    except FileNotFoundError:
        return True
    except OSError:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return True
        return False


def wait_gone(pid: int, timeout: float = 10) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if is_gone(pid):
            return True
        time.sleep(0.05)
    return False


# the sentences


def test_a_return_code_is_an_exit_a_signal_or_still_running() -> None:
    assert from_returncode(None) == StillRunning()
    assert from_returncode(0) == Exited(0)
    assert from_returncode(3) == Exited(3)
    assert from_returncode(-signal.SIGSEGV) == Killed(signal.SIGSEGV)


def test_each_outcome_has_a_sentence_for_the_user() -> None:
    assert sentence("the engine", Exited(3)) == "the engine exited with code 3"
    assert sentence("it", StillRunning()) == "it is still running"
    assert sentence("the engine", TimedOut(120)) == "the engine did not start within 120 s"
    assert sentence("the engine", TimedOut(3, "stop")) == "the engine did not stop within 3 s"
    assert sentence("the engine", FailedToStart("[Errno 2] No such file")) == (
        "the engine could not be started: [Errno 2] No such file")
    assert sentence("the training process", EndedUnseen()) == (
        "the training process ended while the app was closed (the computer may have restarted)")


def test_a_signal_is_named_with_what_it_probably_means() -> None:
    killed = sentence("the training process", Killed(signal.SIGKILL))
    assert killed == "the training process was stopped by SIGKILL (killed: by the user, or by the system when memory ran out)"
    # each worker adds what a signal means for it; the common ones stay
    assert sentence("it", Killed(signal.SIGSEGV), ENGINE_SIGNAL_HINTS) == "it was stopped by SIGSEGV (a crash inside llama.cpp)"
    assert sentence("it", Killed(signal.SIGSEGV)) == "it was stopped by SIGSEGV"
    assert "SIGKILL (killed" in sentence("it", Killed(signal.SIGKILL), ENGINE_SIGNAL_HINTS)
    assert Killed(250).describe() == "was stopped by signal 250"


def test_a_windows_crash_code_is_told_as_a_crash() -> None:
    assert Exited(0xC0000005).describe() == "crashed with an access violation (exit code 0xc0000005)"
    assert Exited(1).describe() == "exited with code 1"


# the stop


@posix_only
def test_a_worker_that_ignores_sigterm_is_killed_with_its_grandchild(tmp_path: Path) -> None:
    command, pid_file = stubborn_worker(tmp_path)
    process = EngineProcess(tmp_path / "engine.log", command)
    process.start(timeout=30)
    grandchild = int(pid_file.read_text())
    started = time.monotonic()
    outcome = process.stop(grace=0.5)
    assert outcome == Killed(signal.SIGKILL), outcome
    assert time.monotonic() - started < 10
    assert wait_gone(grandchild), "the grandchild outlived the stop"
    assert process.stop() == outcome  # a second stop returns at once with the same outcome


@posix_only
def test_a_worker_that_ends_leaves_no_grandchild_behind(tmp_path: Path) -> None:
    script = tmp_path / "leaves_a_child.py"
    script.write_text(
        "import json, subprocess, sys\n"
        "child = subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(600)'], stdout=subprocess.DEVNULL)\n"
        "open(sys.argv[1], 'w').write(str(child.pid))\n"
        "print(json.dumps({'event': 'listening', 'port': 1}), flush=True)\n"
        "sys.stdin.read()\n"
    )
    pid_file = tmp_path / "child.pid"
    process = EngineProcess(tmp_path / "engine.log", [sys.executable, str(script), str(pid_file)])
    process.start(timeout=30)
    assert process.stop(grace=5) == Exited(0)  # closing stdin was enough for the worker itself
    assert wait_gone(int(pid_file.read_text())), "the worker's child outlived it"


@posix_only
@pytest.mark.allow_error_logs
def test_a_worker_that_cannot_be_killed_does_not_keep_the_databases_open(
    tmp_path: Path, app_paths: AppPaths, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    from desktop_llm.app import build_services

    command, pid_file = stubborn_worker(tmp_path)
    services = build_services(app_paths, engine_command=command)
    services.engine.client()  # starts the worker
    pid = services.engine.pid
    assert pid is not None
    grandchild = int(pid_file.read_text())
    # Signals that never land stand in for a process the system cannot kill (stuck in the kernel, say).
    monkeypatch.setattr(process_group, "_send", lambda pid, hard: None)
    monkeypatch.setattr(engine_process, "STOP_GRACE_S", 0.2)
    try:
        started = time.monotonic()
        services.close()  # must not raise
        assert time.monotonic() - started < 10
        assert not is_gone(pid)
        for table in (services.store, services.downloads, services.history, services.training_runs):
            with pytest.raises(sqlite3.ProgrammingError):  # closed
                table._db.execute("SELECT 1")
        survived = [r for r in caplog.records if r.levelno >= logging.ERROR and "survived SIGKILL" in r.getMessage()]
        assert survived, "the worker left running was not logged"
    finally:
        monkeypatch.undo()
        os.killpg(pid, signal.SIGKILL)
        try:
            os.waitpid(pid, 0)
        except ChildProcessError:
            pass  # reaped by subprocess already
        assert wait_gone(grandchild)
