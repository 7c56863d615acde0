"""A finished run's evaluation and merged-model export, each in the background with progress and Stop/Cancel.

The work is RunTools' (core/training_tools.py, implemented in services); this only moves it off the GUI thread
and turns its reports and outcomes into signals.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from desktop_llm.controllers.background import BackgroundOps, CancelFlag, Failed, Outcome, Succeeded
from desktop_llm.core.training_eval import EvalTable
from desktop_llm.core.training_tools import MergedExport, RunTools
from desktop_llm.ipc.training_run import TrainingRun

EVAL_LANE, EXPORT_LANE = "evaluate", "export-merged"


class RunToolsController(QObject):
    """Lives on the GUI thread; signals arrive there."""

    evaluation_progressed = Signal(object, int)  # EvalTable so far, total steps (rows + verdicts)
    evaluation_finished = Signal(object)  # EvalTable (complete, or incomplete after Stop)
    evaluation_failed = Signal(str)  # message for the user
    export_progressed = Signal(str, float)  # phase ("merging" / "quantizing"), fraction 0..1
    export_finished = Signal(object)  # MergedExport
    export_failed = Signal(str)  # message for the user
    export_cancelled = Signal()  # the user's Cancel took effect: nothing was left behind

    def __init__(self, tools: RunTools, parent: QObject | None = None, ops: BackgroundOps | None = None,
                 models_changed: Callable[[], None] = lambda: None) -> None:
        super().__init__(parent)
        self._tools = tools
        self._ops = ops or BackgroundOps(self)
        self._models_changed = models_changed  # the library rescans: the merged model is listed
        self._last_table: EvalTable | None = None

    def judges(self) -> list[tuple[str, str]]:
        return self._tools.judges()

    def saved_evaluation(self, run: TrainingRun) -> EvalTable | None:
        return self._tools.saved_evaluation(run)

    def export_table(self, table: EvalTable, target: Path) -> Path:
        return self._tools.export_table(table, target)

    @property
    def evaluating(self) -> bool:
        return self._ops.busy(EVAL_LANE)

    @property
    def exporting(self) -> bool:
        return self._ops.busy(EXPORT_LANE)

    def evaluate(self, run: TrainingRun, judge: str) -> None:
        if self.evaluating:
            return
        tools = self._tools

        def work(flag: CancelFlag, report: Callable[[tuple[EvalTable, int]], None]) -> EvalTable:
            return tools.evaluate(run, judge, lambda: flag.cancelled, lambda table, total: report((table, total)))

        self._ops.run_reporting(EVAL_LANE, work, self._on_evaluation_done, self._on_evaluation_reported,
                                cancel_drops_result=False)

    def stop_evaluation(self) -> None:
        self._ops.cancel(EVAL_LANE)

    def export_merged(self, run: TrainingRun, quant: str) -> None:
        if self.exporting:
            return
        tools = self._tools

        def work(flag: CancelFlag, report: Callable[[tuple[str, float]], None]) -> MergedExport:
            return tools.export_merged(run, quant, lambda: flag.cancelled, lambda phase, done: report((phase, done)))

        self._ops.run_reporting(EXPORT_LANE, work, self._on_export_done,
                                lambda value: self.export_progressed.emit(*value))

    def cancel_export(self) -> None:
        self._ops.cancel(EXPORT_LANE)

    def shutdown(self) -> None:
        self._ops.shutdown()

    def wait(self, timeout: float = 10.0) -> None:
        self._ops.wait(timeout)

    def _on_evaluation_reported(self, value: tuple[EvalTable, int]) -> None:
        self._last_table = value[0]
        self.evaluation_progressed.emit(value[0], value[1])

    def _on_evaluation_done(self, outcome: Outcome) -> None:
        if isinstance(outcome, Succeeded):
            self.evaluation_finished.emit(outcome.value)
        elif isinstance(outcome, Failed):
            self.evaluation_failed.emit(outcome.message)
        elif self._last_table is not None:  # stopped: what was done is saved and shown
            self.evaluation_finished.emit(self._last_table)

    def _on_export_done(self, outcome: Outcome) -> None:
        if isinstance(outcome, Succeeded):
            self._models_changed()
            self.export_finished.emit(outcome.value)
        elif isinstance(outcome, Failed):
            self.export_failed.emit(outcome.message)
        else:
            self.export_cancelled.emit()
