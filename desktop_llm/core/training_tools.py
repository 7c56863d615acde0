"""What the Train tab asks of a finished run besides chat: its evaluation and its merged-model export. The
services implement `RunTools` (services/training/run_tools.py); the controller and the command line use it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from desktop_llm.core.training_eval import EvalTable
from desktop_llm.ipc.training_run import TrainingRun

MERGED_QUANTS = ("Q4_K_M", "Q5_K_M", "Q8_0", "F16")  # the user's picks for a merged model, smallest first
NO_JUDGE = ""
LOCAL_JUDGE = "local"  # the judge is the run's base model on the local engine


@dataclass(frozen=True)
class MergedExport:
    path: Path
    modelfile: Path
    quant: str
    size_bytes: int
    merged_tensors: int
    seconds: float


class RunTools(Protocol):
    def judges(self) -> list[tuple[str, str]]:
        """(key, label) of each judge the user may pick: NO_JUDGE, LOCAL_JUDGE, then "remote:<connection>"."""

    def evaluate(self, run: TrainingRun, judge: str, cancelled: Callable[[], bool],
                 report: Callable[[EvalTable, int], None]) -> EvalTable: ...

    def saved_evaluation(self, run: TrainingRun) -> EvalTable | None: ...

    def export_table(self, table: EvalTable, target: Path) -> Path: ...

    def export_merged(self, run: TrainingRun, quant: str, cancelled: Callable[[], bool],
                      progress: Callable[[str, float], None]) -> MergedExport: ...
