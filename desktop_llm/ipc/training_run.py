"""One training run as the app records it (the database row, without the live state of its events)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from desktop_llm.core.training_config import TrainConfig

RunStatus = Literal["running", "completed", "stopped", "failed"]

# A run folder, shared by the app that starts and follows a run and the worker that trains it.
CONFIG_FILE = "config.json"  # the TrainConfig, written by the app, read by the worker
EVENTS_FILE = "events.jsonl"  # the worker's stdout
WORKER_LOG = "worker.log"  # the worker's stderr
STOP_FILE = "stop"  # created by the app: stop at the next step boundary
LOCK_FILE = "worker.lock"  # held by the worker for as long as it lives
ADAPTER_FILE = "adapter.gguf"


@dataclass(frozen=True)
class TrainingRun:
    id: int
    name: str
    base_model: str
    config: TrainConfig
    run_dir: Path
    status: RunStatus
    pid: int
    step: int
    total_steps: int
    val_loss_before: float | None
    val_loss_after: float | None
    adapter_gguf: str
    error: str
    created_at: float

    @property
    def events_file(self) -> Path:
        return self.run_dir / EVENTS_FILE

    @property
    def val_loss_change(self) -> str:
        """"val loss 1.97 → 0.03", or "" when the run has no validation before and after."""
        if self.val_loss_before is None or self.val_loss_after is None:
            return ""
        return f"val loss {self.val_loss_before:.2f} → {self.val_loss_after:.2f}"

    @property
    def has_adapter(self) -> bool:
        return self.status == "completed" and bool(self.adapter_gguf) and Path(self.adapter_gguf).is_file()
