"""Training runs for the panel: start, follow (a timer reads the events files), stop with escalation, resume.

Nothing here blocks the GUI thread for long: starting spawns a process, following reads the bytes appended
to a small file. A run keeps going when the panel or the window closes (shutdown only stops following);
the next start of the app reattaches to it through `restore`.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from desktop_llm.controllers.i18n import tr
from desktop_llm.core.conversation import ConversationTree
from desktop_llm.core.errors import TrainingError, TrainingRunNotFoundError
from desktop_llm.core.protocols import ConversationRepository, TrainingService
from desktop_llm.core.training_config import TrainConfig
from desktop_llm.core.training_data import conversations_to_jsonl
from desktop_llm.core.training_plan import continue_config
from desktop_llm.ipc.training_events import RunState
from desktop_llm.ipc.training_run import TrainingRun

log = logging.getLogger(__name__)
POLL_MS = 300
TERMINATE_AFTER_MS = 90_000  # a step on a CPU can take a while; then SIGTERM
KILL_AFTER_MS = 15_000  # after SIGTERM


class TrainingController(QObject):
    runs_changed = Signal()
    run_updated = Signal(int)  # run id: new events folded into its state
    run_ended = Signal(int, str, str)  # run id, phase (completed/stopped/failed), message

    def __init__(
        self, service: TrainingService, conversations: ConversationRepository | None = None, parent: QObject | None = None,
        terminate_after_ms: int = TERMINATE_AFTER_MS, kill_after_ms: int = KILL_AFTER_MS,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._conversations = conversations
        self._following: set[int] = set()
        # Each start or resume of a run is a new attempt; a stop's escalation timers belong to the attempt they
        # were started for, so a run stopped and quickly resumed is not terminated by the old stop's timer
        # (issue 10, item 19).
        self._attempts: dict[int, int] = {}
        self._terminate_after_ms = terminate_after_ms
        self._kill_after_ms = kill_after_ms
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._tick)

    def unavailable(self) -> str:
        return self._service.unavailable()

    def runs(self) -> list[TrainingRun]:
        return self._service.all_runs()

    def run(self, run_id: int) -> TrainingRun:
        return self._service.get(run_id)

    def adapters_for(self, base_model: str) -> list[TrainingRun]:
        return self._service.adapters_for(base_model)

    def is_running(self, run_id: int) -> bool:
        return run_id in self._following

    def state(self, run_id: int) -> RunState:
        """The run's state folded from its events (the service keeps it and reads only what was appended)."""
        return self._service.poll(run_id)[0]

    def restore(self) -> None:
        """At start: settle runs that ended while the app was closed, follow the ones still running."""
        for run in self._service.reconcile():
            if run.status == "running":
                self._follow(run.id)
        self.runs_changed.emit()

    def start(self, config: TrainConfig, name: str) -> int:
        run = self._service.start(config, name)
        self._follow(run.id)
        self.runs_changed.emit()
        return run.id

    def resume(self, run_id: int) -> None:
        self._service.resume(run_id)
        self._follow(run_id)
        self.runs_changed.emit()

    def train_longer(self, run_id: int, steps: int = 0) -> int:
        """Continue a finished run for `steps` more steps (0: as many as it took), as a new run that starts from
        its best adapter; the finished run and its adapter stay as they are (issue 16)."""
        run = self._service.get(run_id)
        if run.status != "completed":
            raise TrainingError(tr("only a finished run can be trained longer; Resume continues a stopped one"))
        config = continue_config(run.config, str(run.run_dir), steps or run.step or run.total_steps)
        return self.start(config, tr("{name} (longer)").format(name=run.name))

    def stop(self, run_id: int) -> None:
        """Stop at the next step boundary (a checkpoint is kept); escalate if the worker does not answer."""
        self._service.request_stop(run_id)
        attempt = self._attempts.get(run_id, 0)
        QTimer.singleShot(self._terminate_after_ms, self, lambda: self._escalate(run_id, attempt, hard=False))

    def _escalate(self, run_id: int, attempt: int, hard: bool) -> None:
        if run_id not in self._following or self._attempts.get(run_id, 0) != attempt:
            return  # it stopped in time, or this timer belongs to an attempt that has since ended
        log.warning("training run %d did not stop in time: %s", run_id, "killing" if hard else "terminating")
        self._service.terminate(run_id, hard=hard)
        if not hard:
            QTimer.singleShot(self._kill_after_ms, self, lambda: self._escalate(run_id, attempt, hard=True))

    def delete(self, run_id: int, remove_files: bool) -> None:
        self._service.delete(run_id, remove_files)
        self.runs_changed.emit()

    def _follow(self, run_id: int) -> None:
        self._following.add(run_id)
        self._attempts[run_id] = self._attempts.get(run_id, 0) + 1
        if not self._timer.isActive():
            self._timer.start()

    def _tick(self) -> None:
        for run_id in list(self._following):
            try:
                state, changed = self._service.poll(run_id)
            except TrainingRunNotFoundError:  # deleted meanwhile (another window, or the command line)
                self._following.discard(run_id)
                continue
            if changed:
                self.run_updated.emit(run_id)
            if state.finished:
                self._following.discard(run_id)
                self._service.release(run_id)
                self.run_ended.emit(run_id, state.phase, state.error or state.message)
                self.runs_changed.emit()
        if not self._following:
            self._timer.stop()

    def shutdown(self) -> None:
        """The window is closing: stop following; running workers carry on and are reattached next time."""
        self._timer.stop()
        for run_id in list(self._following):
            self._service.release(run_id)
        self._following.clear()

    def write_conversation_dataset(self, conversation_ids: list[int], target: Path) -> int:
        """Saved conversations as chat JSONL (each one's current branch); returns the number written. Raises
        TrainingError when the file cannot be written."""
        if self._conversations is None:
            raise TrainingError(tr("saved conversations are not available here"))
        chats = []
        for conversation_id in conversation_ids:
            conversation = self._conversations.conversation(conversation_id)
            tree = ConversationTree(self._conversations.messages(conversation_id))
            leaf = conversation.current_leaf_id if conversation.current_leaf_id in tree else tree.default_leaf()
            chats.append((conversation.system_prompt, tree.path_to(leaf)))
        lines = conversations_to_jsonl(chats)
        try:
            target.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
        except OSError as exc:
            raise TrainingError(tr("cannot write {path}: {reason}").format(path=target, reason=exc.strerror or exc)) from exc
        return len(lines)
