"""Training runs in the app database: what was asked, where its files are, and how it stands or ended."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

from desktop_llm.core.errors import TrainingRunNotFoundError
from desktop_llm.core.training_config import TrainConfig
from desktop_llm.core.ui_text import QT_TR_NOOP
from desktop_llm.ipc.training_run import TrainingRun
from desktop_llm.services.storage.database import DatabaseTable

_COLUMNS = (
    "id, name, base_model, config, run_dir, status, pid, step, total_steps, val_loss_before, val_loss_after, "
    "adapter_gguf, error, created_at"
)
_UPDATABLE = frozenset({"status", "pid", "step", "total_steps", "val_loss_before", "val_loss_after", "adapter_gguf", "error"})


class TrainingRuns(DatabaseTable):
    """Thread-safe (one lock around one connection)."""

    def add(self, name: str, config: TrainConfig, run_dir: Path) -> TrainingRun:
        now = time.time()
        with self._lock:
            cursor = self._db.execute(
                "INSERT INTO training_runs (name, base_model, config, run_dir, status, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, 'running', ?, ?)",
                (name, config.base_model, json.dumps(config.to_dict()), str(run_dir), now, now),
            )
            new_id = int(cursor.lastrowid or 0)
        return self.get(new_id)

    def update(self, run_id: int, **values: Any) -> None:
        unknown = set(values) - _UPDATABLE
        if unknown:
            raise ValueError(f"cannot update {', '.join(sorted(unknown))}")
        self._update_row("training_runs", run_id, values)

    def get(self, run_id: int) -> TrainingRun:
        with self._lock:
            row = self._db.execute(f"SELECT {_COLUMNS} FROM training_runs WHERE id=?", (run_id,)).fetchone()
        if row is None:
            raise TrainingRunNotFoundError(QT_TR_NOOP("training run {id} no longer exists (it was deleted)"), id=run_id)
        return _run(row)

    def all(self) -> list[TrainingRun]:
        with self._lock:
            rows = self._db.execute(f"SELECT {_COLUMNS} FROM training_runs ORDER BY id DESC").fetchall()
        runs = []
        for row in rows:
            try:
                runs.append(_run(row))
            except (ValueError, TypeError, KeyError):
                continue  # a damaged row is left out, not the whole list
        return runs

    def adapters_for(self, base_model: str) -> list[TrainingRun]:
        """Finished runs on this base model whose GGUF adapter is on disk, newest first."""
        return [r for r in self.all() if r.base_model == base_model and r.has_adapter]

    def remove(self, run_id: int) -> None:
        with self._lock:
            self._db.execute("DELETE FROM training_runs WHERE id=?", (run_id,))


def _run(row: tuple[Any, ...]) -> TrainingRun:
    (rid, name, base, config, run_dir, status, pid, step, total, before, after, adapter, error, created) = row
    return TrainingRun(
        id=int(rid), name=str(name), base_model=str(base), config=TrainConfig.from_dict(json.loads(config)),
        run_dir=Path(run_dir), status=status, pid=int(pid), step=int(step), total_steps=int(total),
        val_loss_before=None if before is None else float(before), val_loss_after=None if after is None else float(after),
        adapter_gguf=str(adapter), error=str(error), created_at=float(created),
    )
