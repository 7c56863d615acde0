"""Starting, following, stopping and reattaching to training worker processes (no Qt).

The worker runs detached from the app (its own session), with stdout appended to the run's events file,
so closing the window or the app does not end it and the next app start reads on where it left off.
Stopping escalates: the stop file (the worker checkpoints and ends at the next step boundary), then
terminate, then kill, each reaching the worker's whole process group (ipc/process_group.py). Whether a worker
still lives is told by its lock file (ipc/process_lock.py); how it ended, by ipc/process_outcome.py.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from desktop_llm.core.errors import TrainingError, TrainingRunBusyError
from desktop_llm.core.training_config import TrainConfig
from desktop_llm.core.ui_text import QT_TR_NOOP
from desktop_llm.ipc import process_lock
from desktop_llm.ipc.process_group import own_group_options, signal_tree
from desktop_llm.ipc.process_outcome import EndedUnseen, Exited, FailedToStart, ProcessOutcome, from_returncode, sentence
from desktop_llm.ipc.training_events import RunState, fold_events
from desktop_llm.ipc.training_run import CONFIG_FILE, LOCK_FILE, STOP_FILE, WORKER_LOG, TrainingRun
from desktop_llm.services.storage.paths import AppPaths
from desktop_llm.services.training.training_runs import TrainingRuns

TRAIN_PACKAGES = ("torch", "peft", "transformers")
RECORD_INTERVAL_S = 5.0
INSTALL_HINT = 'pip install "desktop-llm[train]"'


def training_unavailable() -> str:
    """Why training cannot run in this installation, or "" when it can (checked without importing torch)."""
    if getattr(sys, "frozen", False):
        return (
            "Training needs PyTorch, which the packaged app does not include. Install desktop-llm with pip "
            f"({INSTALL_HINT}) to fine-tune models; the rest of the app works without it."
        )
    missing = [name for name in TRAIN_PACKAGES if importlib.util.find_spec(name) is None]
    if missing:
        return (
            f"Training needs {', '.join(missing)}, which are not installed. Enable it with:\n    {INSTALL_HINT}\n"
            "(on a machine with an NVIDIA GPU, pip picks PyTorch's CUDA build). Chat, documents and models work without it."
        )
    return ""


class EventTail:
    """Reads the complete lines appended to an events file since the last read."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._offset = 0
        self._partial = b""

    def read_new(self) -> list[str]:
        try:
            with open(self.path, "rb") as handle:
                handle.seek(self._offset)
                data = handle.read()
        except FileNotFoundError:
            return []
        self._offset += len(data)
        lines = (self._partial + data).split(b"\n")
        self._partial = lines.pop()
        return [line.decode("utf-8", errors="replace") for line in lines if line.strip()]


@dataclass
class Attached:
    """A run this app is following: its process handle when this app started it, and its folded state."""

    run_id: int
    tail: EventTail
    state: RunState = field(default_factory=RunState)
    process: subprocess.Popen[bytes] | None = None
    milestone: tuple[object, ...] = ()  # what the database row last recorded, and when
    recorded_at: float = 0.0


def _slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "-", text).strip("-")[:40] or "run"


class TrainingRunner:
    def __init__(self, paths: AppPaths, runs: TrainingRuns) -> None:
        self.paths = paths
        self.runs = runs
        self.attached: dict[int, Attached] = {}

    @property
    def root(self) -> Path:
        return self.paths.data_dir / "training"

    def unavailable(self) -> str:
        return training_unavailable()

    def all_runs(self) -> list[TrainingRun]:
        return self.runs.all()

    def get(self, run_id: int) -> TrainingRun:
        return self.runs.get(run_id)

    def adapters_for(self, base_model: str) -> list[TrainingRun]:
        return self.runs.adapters_for(base_model)

    def start(self, config: TrainConfig, name: str) -> TrainingRun:
        config.validated()
        try:
            self.root.mkdir(parents=True, exist_ok=True)
            run_dir = self.root / f"{len(list(self.root.iterdir())) + 1:04d}-{_slug(name)}"
            while run_dir.exists():
                run_dir = run_dir.with_name(run_dir.name + "-x")
            run_dir.mkdir(parents=True)
            (run_dir / CONFIG_FILE).write_text(json.dumps(config.to_dict(), indent=2))
        except OSError as exc:
            raise TrainingError(QT_TR_NOOP("cannot create the run's folder in {folder}: {reason}"), folder=self.root,
                                reason=exc.strerror or exc) from exc
        run = self.runs.add(name, config, run_dir)
        self._spawn(run)
        return self.runs.get(run.id)

    def resume(self, run_id: int) -> TrainingRun:
        run = self.runs.get(run_id)
        if self.is_alive(run):
            raise TrainingRunBusyError(QT_TR_NOOP("{name} is still running"), name=run.name)
        if run.status == "completed":
            raise TrainingRunBusyError(QT_TR_NOOP("{name} has already finished"), name=run.name)
        try:
            (run.run_dir / STOP_FILE).unlink(missing_ok=True)
        except OSError as exc:
            raise TrainingError(QT_TR_NOOP("cannot resume {name}: {reason} ({folder})"), name=run.name,
                                reason=exc.strerror or exc, folder=run.run_dir) from exc
        self.runs.update(run_id, status="running", error="")
        previous = self.attach(run)
        fold_events(previous.tail.read_new(), previous.state)
        previous.state.phase, previous.state.error, previous.state.error_kind = "starting", "", ""
        self._spawn(self.runs.get(run_id), previous)
        return self.runs.get(run_id)

    def _spawn(self, run: TrainingRun, previous: Attached | None = None) -> None:
        cache = self.paths.cache_dir / "tokenizers"
        command = [sys.executable, "-m", "desktop_llm.training", str(run.run_dir), "--cache", str(cache)]
        env = dict(os.environ, PYTHONUNBUFFERED="1", TOKENIZERS_PARALLELISM="false", HF_HUB_OFFLINE="1")
        try:
            # Its own session: not ended with the app's terminal, and a stop reaches whatever it started.
            with open(run.events_file, "ab") as events, open(run.run_dir / WORKER_LOG, "ab") as log:
                process = subprocess.Popen(
                    command, stdin=subprocess.PIPE, stdout=events, stderr=log, env=env,
                    **own_group_options(detached=True),
                )
        except OSError as exc:
            message = sentence("the training process", FailedToStart(exc.strerror or str(exc)))
            self.runs.update(run.id, status="failed", error=message)
            raise TrainingError(message) from exc
        self.runs.update(run.id, pid=process.pid, status="running")
        if previous is None:
            previous = Attached(run.id, EventTail(run.events_file))
        previous.process = process
        self.attached[run.id] = previous

    # following

    def is_alive(self, run: TrainingRun) -> bool:
        attached = self.attached.get(run.id)
        if attached is not None and attached.process is not None:
            return attached.process.poll() is None
        return process_lock.is_held(run.run_dir / LOCK_FILE)

    def attach(self, run: TrainingRun) -> Attached:
        """Follow a run (a restart reattaching to a live worker, or a finished run being shown)."""
        attached = self.attached.get(run.id)
        if attached is None:
            attached = Attached(run.id, EventTail(run.events_file))
            self.attached[run.id] = attached
        return attached

    def poll(self, run_id: int) -> tuple[RunState, bool]:
        """Fold new events into the run's state and record it; returns (state, changed)."""
        run = self.runs.get(run_id)
        attached = self.attach(run)
        lines = attached.tail.read_new()
        fold_events(lines, attached.state)
        changed = bool(lines)
        state = attached.state
        if run.status == "running" and not state.finished and not self.is_alive(run):
            lines = attached.tail.read_new()  # what it wrote just before ending
            fold_events(lines, state)
            if not state.finished:
                state.fail(self._death_message(attached, state))
            changed = True
        if changed and self._worth_recording(attached):
            self._record(run, state)
        return state, changed

    @staticmethod
    def _worth_recording(attached: Attached) -> bool:
        """Ends, phase changes, checkpoints and evaluations at once; plain progress at most every few seconds.
        The live figures come from the events; the row is the summary a restarted app starts from, and each
        write is a synchronous commit."""
        state = attached.state
        milestone = (state.phase, state.checkpoint, len(state.val_loss), state.adapter_gguf, state.error)
        now = time.monotonic()
        if milestone == attached.milestone and now - attached.recorded_at < RECORD_INTERVAL_S:
            return False
        attached.milestone, attached.recorded_at = milestone, now
        return True

    def _death_message(self, attached: Attached, state: RunState) -> str:
        outcome: ProcessOutcome = EndedUnseen()  # reattached after a restart: no process handle to ask
        if attached.process is not None:
            outcome = from_returncode(attached.process.returncode)
        how = sentence("the training process", outcome)
        if isinstance(outcome, Exited):
            how += f" without finishing (details in {WORKER_LOG})"
        kept = f"; the checkpoint of step {state.step} is kept, Resume continues from it" if state.checkpoint else ""
        return how + kept

    def _record(self, run: TrainingRun, state: RunState) -> None:
        status = state.phase if state.finished else "running"
        self.runs.update(
            run.id, status=status, step=state.step, total_steps=state.total_steps,
            val_loss_before=state.val_loss_before, val_loss_after=state.best_val_loss if state.step else None,  # exported
            adapter_gguf=state.adapter_gguf, error=state.error,
        )

    def reconcile(self) -> list[TrainingRun]:
        """At app start: reattach to live workers, settle the ones that ended while the app was closed."""
        for run in self.runs.all():
            if run.status == "running":
                self.poll(run.id)
        return self.runs.all()

    # stopping

    def request_stop(self, run_id: int) -> None:
        run = self.runs.get(run_id)
        (run.run_dir / STOP_FILE).touch()
        attached = self.attached.get(run_id)
        if attached is not None and attached.process is not None and attached.process.stdin is not None:
            try:
                attached.process.stdin.write(b"stop\n")
                attached.process.stdin.flush()
            except (BrokenPipeError, OSError, ValueError):
                pass

    def terminate(self, run_id: int, hard: bool = False) -> None:
        """Escalation after a stop request went unanswered: SIGTERM, or SIGKILL when `hard`, to the worker's
        whole process group. Never raises (a worker already gone is not an error)."""
        run = self.runs.get(run_id)
        attached = self.attached.get(run_id)
        if attached is not None and attached.process is not None:
            if attached.process.poll() is None:  # not yet reaped, so its pid is still its own
                signal_tree(attached.process.pid, hard=hard)
            return
        if run.pid and self.is_alive(run):  # the lock says the worker lives, so run.pid is still it
            signal_tree(run.pid, hard=hard)

    def wait(self, run_id: int, timeout: float) -> bool:
        """Wait for a process this app started; True when it has ended."""
        attached = self.attached.get(run_id)
        if attached is None or attached.process is None:
            return True
        try:
            attached.process.wait(timeout)
            return True
        except subprocess.TimeoutExpired:
            return False

    def release(self, run_id: int) -> None:
        """Stop following a run (the process, if any, keeps running); closes our end of its stdin."""
        attached = self.attached.pop(run_id, None)
        if attached is not None and attached.process is not None and attached.process.stdin is not None:
            attached.process.stdin.close()

    def delete(self, run_id: int, remove_files: bool) -> None:
        run = self.runs.get(run_id)
        if self.is_alive(run):
            raise TrainingRunBusyError(QT_TR_NOOP("{name} is still running: stop it first"), name=run.name)
        self.release(run_id)
        self.runs.remove(run_id)
        if remove_files:
            import shutil

            shutil.rmtree(run.run_dir, ignore_errors=True)
