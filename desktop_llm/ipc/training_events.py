"""The training worker's JSON-line events and the run state they add up to.

The worker prints one JSON object per line (`{"event": "progress", ...}`); the launcher sends them to the
run's events file. The panel, the CLI and a reattaching app all fold the same lines into a RunState, so a
run that was watched live and one replayed after a restart look the same.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from typing import Any, Literal

Phase = Literal["starting", "loading", "training", "exporting", "completed", "stopped", "failed"]
TERMINAL_PHASES: frozenset[str] = frozenset({"completed", "stopped", "failed"})
EVENT_KINDS = ("log", "started", "progress", "eval", "checkpoint", "exported", "finished", "error")


def event_line(name: str, /, **data: Any) -> str:
    """One event as the worker writes it: compact JSON, non-finite floats as null."""
    clean = {k: (None if isinstance(v, float) and not math.isfinite(v) else v) for k, v in data.items()}
    return json.dumps({"event": name, **clean}, ensure_ascii=False, separators=(",", ":"))


def parse_event(line: str) -> dict[str, Any] | None:
    """A decoded event, or None for a line that is not one (a library printing to stdout, a torn last line)."""
    line = line.strip()
    if not line.startswith("{"):
        return None
    try:
        data = json.loads(line)
    except json.JSONDecodeError:
        return None
    if not isinstance(data, dict) or data.get("event") not in EVENT_KINDS:
        return None
    return data


@dataclass
class RunState:
    phase: Phase = "starting"
    message: str = ""
    device: str = ""
    step: int = 0
    total_steps: int = 0
    epoch: float = 0.0
    train_loss: list[tuple[int, float]] = field(default_factory=list)
    val_loss: list[tuple[int, float]] = field(default_factory=list)
    learning_rate: float = 0.0
    tokens_per_s: float = 0.0
    memory_bytes: int = 0
    eta_s: float | None = None
    checkpoint: str = ""
    adapter_gguf: str = ""
    peft_dir: str = ""
    error: str = ""
    error_kind: str = ""
    warnings: list[str] = field(default_factory=list)  # shown for the whole run (e.g. training on the CPU)
    info: dict[str, Any] = field(default_factory=dict)

    @property
    def finished(self) -> bool:
        return self.phase in TERMINAL_PHASES

    @property
    def val_loss_before(self) -> float | None:
        return self.val_loss[0][1] if self.val_loss and self.val_loss[0][0] == 0 else None

    @property
    def best_val_loss(self) -> float | None:
        """The exported adapter's validation loss: the best evaluation's when the worker named it."""
        best = self.info.get("best_val_loss")
        return float(best) if isinstance(best, (int, float)) else self.val_loss_after

    @property
    def val_loss_after(self) -> float | None:
        if not self.val_loss or (self.val_loss[-1][0] == 0 and self.step > 0):
            return None
        return self.val_loss[-1][1]

    def apply(self, event: dict[str, Any]) -> None:
        kind = event.get("event")
        if kind == "log":
            self.message = str(event.get("message", ""))
            if event.get("warning") and self.message not in self.warnings:
                self.warnings.append(self.message)
            if event.get("phase") in ("loading", "exporting"):
                self.phase = event["phase"]
        elif kind == "started":
            self.phase = "training"
            self.message = ""  # the loading messages are over (they stayed on screen during training)
            self.device = str(event.get("device", ""))
            self.total_steps = int(event.get("total_steps") or 0)
            self.step = int(event.get("resumed_from_step") or 0)
            self.info.update({k: v for k, v in event.items() if k != "event"})
        elif kind == "progress":
            self.phase = "training"
            self.step = int(event.get("step") or 0)
            self.total_steps = int(event.get("total_steps") or self.total_steps)
            self.epoch = float(event.get("epoch") or 0.0)
            loss = event.get("loss")
            if isinstance(loss, (int, float)):
                self._record(self.train_loss, self.step, float(loss))
            self.learning_rate = float(event.get("lr") or 0.0)
            self.tokens_per_s = float(event.get("tokens_per_s") or 0.0)
            self.memory_bytes = int(event.get("memory_bytes") or 0)
            eta = event.get("eta_s")
            self.eta_s = float(eta) if isinstance(eta, (int, float)) else None
        elif kind == "eval":
            loss = event.get("val_loss")
            if isinstance(loss, (int, float)):
                self._record(self.val_loss, int(event.get("step") or 0), float(loss))
        elif kind == "checkpoint":
            self.checkpoint = str(event.get("path", ""))
        elif kind == "exported":
            self.adapter_gguf = str(event.get("gguf", ""))
            self.peft_dir = str(event.get("peft_dir", ""))
        elif kind == "finished":
            self.phase = "completed" if event.get("status") == "completed" else "stopped"
            self.step = int(event.get("step") or self.step)
            self.message = str(event.get("message", "")) or self.message
            # Issue 16: the best evaluation (its adapter is the one exported) and why the run ended early.
            self.info.update({k: event[k] for k in ("early_stop", "best_step", "best_val_loss") if k in event})
        elif kind == "error":
            self.phase = "failed"
            self.error = str(event.get("message", "the training failed"))
            self.error_kind = str(event.get("kind", "crash"))

    @staticmethod
    def _record(series: list[tuple[int, float]], step: int, value: float) -> None:
        # A resumed run repeats the steps after its checkpoint: the newer value replaces the older tail.
        while series and series[-1][0] >= step:
            series.pop()
        series.append((step, value))

    def fail(self, message: str, kind: str = "crash") -> None:
        """The worker died without a final event (killed, crashed): record why."""
        if not self.finished:
            self.phase = "failed"
            self.error = message
            self.error_kind = kind


def fold_events(lines: list[str], state: RunState | None = None) -> RunState:
    state = state or RunState()
    for line in lines:
        event = parse_event(line)
        if event is not None:
            state.apply(event)
    return state


def format_duration(seconds: float | None) -> str:
    """h:mm:ss for an ETA; "—" when unknown."""
    if seconds is None:
        return "—"
    whole = int(seconds)
    return f"{whole // 3600}:{whole // 60 % 60:02d}:{whole % 60:02d}"


def perplexity(loss: float | None) -> float | None:
    if loss is None:
        return None
    return math.exp(min(loss, 50.0))
