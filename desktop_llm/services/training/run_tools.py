"""RunTools (core/training_tools.py) over the real parts: the backend router (the local engine and the saved
connections) for evaluation and its judge, and the models folder for merged exports."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from desktop_llm.core.errors import EngineUnavailableError, TrainingError
from desktop_llm.core.protocols import EngineSupervisor
from desktop_llm.core.sampling import LoadParams
from desktop_llm.core.training_eval import EvalTable
from desktop_llm.core.training_tools import LOCAL_JUDGE, NO_JUDGE, MergedExport
from desktop_llm.core.ui_text import QT_TR_NOOP
from desktop_llm.ipc.training_run import TrainingRun
from desktop_llm.services.backends.router import BackendRouter
from desktop_llm.services.training import evaluation, model_export

REMOTE_PREFIX = "remote:"


class TrainingRunTools:
    """Thread-safe as its parts are: the methods that work block, and are called off the GUI thread."""

    def __init__(self, router: BackendRouter, models_dir: Path, n_ctx: int = 4096) -> None:
        self._router = router
        self._models_dir = models_dir
        self._n_ctx = n_ctx

    def judges(self) -> list[tuple[str, str]]:
        choices = [(NO_JUDGE, "No judge"), (LOCAL_JUDGE, "The run's base model (local)")]
        choices += [(REMOTE_PREFIX + c.name, c.name) for c in self._router.remotes.all()]
        return choices

    def _load(self, run: TrainingRun) -> LoadParams:
        return LoadParams(path=run.base_model, n_ctx=self._n_ctx)

    def judge_for(self, run: TrainingRun, key: str) -> evaluation.Judge | None:
        if key == NO_JUDGE:
            return None
        if key == LOCAL_JUDGE:
            return evaluation.Judge(self._router.local, self._load(run), Path(run.base_model).name)
        if key.startswith(REMOTE_PREFIX):
            name = key[len(REMOTE_PREFIX):]
            backend: EngineSupervisor = self._router.remotes.backend(name)
            # "" = the server's first model (RemoteBackend.ensure_loaded)
            return evaluation.Judge(backend, LoadParams(path="", backend=name), name, local=False)
        raise TrainingError(QT_TR_NOOP("unknown judge {judge}"), judge=key)

    def evaluate(self, run: TrainingRun, judge: str, cancelled: Callable[[], bool],
                 report: Callable[[EvalTable, int], None]) -> EvalTable:
        # The local engine directly, not the router: evaluating must not switch the chat's active backend.
        try:
            return evaluation.evaluate(run, self._router.local, self._load(run), self.judge_for(run, judge), cancelled,
                                       report)
        except EngineUnavailableError as exc:  # a dead worker is explained (its crash report), here, off the GUI
            raise self._router.local.explain(exc) from exc

    def saved_evaluation(self, run: TrainingRun) -> EvalTable | None:
        return evaluation.load_table(run.run_dir)

    def export_table(self, table: EvalTable, target: Path) -> Path:
        return evaluation.export_table(table, target)

    def export_merged(self, run: TrainingRun, quant: str, cancelled: Callable[[], bool],
                      progress: Callable[[str, float], None]) -> MergedExport:
        result = model_export.export_merged(run, self._models_dir, quant, cancelled, progress)
        model_export.write_adapter_modelfile(run)  # the adapter export gets its Modelfile too
        return result
