"""One training run as the app records it (the database row, without the live state of its events)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from desktop_llm.core.training_config import TrainConfig

RunStatus = Literal["running", "completed", "stopped", "failed"]


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
        return self.run_dir / "events.jsonl"

    @property
    def has_adapter(self) -> bool:
        return self.status == "completed" and bool(self.adapter_gguf) and Path(self.adapter_gguf).is_file()
