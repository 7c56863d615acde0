"""Evaluate… and Export merged model… on a finished run of the Train tab: the buttons follow the selected run,
the evaluation table fills in as rows arrive and exports, and a merged export runs the real merge and quantizer
children into the models folder. The evaluation's engine side is stood in for here (its real run on the
starter is tests/training/test_merged_export.py); the export is real."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop_llm.controllers.run_tools_controller import RunToolsController
from desktop_llm.controllers.training_controller import TrainingController
from desktop_llm.core.training_config import TrainConfig
from desktop_llm.core.training_eval import EvalRow, EvalTable
from desktop_llm.core.training_tools import LOCAL_JUDGE, NO_JUDGE, MergedExport
from desktop_llm.ipc.training_run import TrainingRun
from desktop_llm.services.storage.paths import AppPaths
from desktop_llm.services.training import evaluation, model_export
from desktop_llm.services.training.training_runner import TrainingRunner
from desktop_llm.services.training.training_runs import TrainingRuns
from desktop_llm.ui.evaluation_dialog import EvaluationDialog
from desktop_llm.ui.merge_export_dialog import MergeExportDialog
from desktop_llm.ui.run_tools_buttons import add_run_tools_buttons
from desktop_llm.ui.training_panel import TrainingPanel
from tests.qt.test_training_panel import ROOMY
from tests.training.lora_fixtures import random_adapter


class Tools:
    """RunTools with the engine's answers stood in for; saving, exporting and merging are the real services'."""

    def __init__(self, models_dir: Path) -> None:
        self.models_dir = models_dir

    def judges(self) -> list[tuple[str, str]]:
        return [(NO_JUDGE, "No judge"), (LOCAL_JUDGE, "local"), ("remote:lab", "lab")]

    def evaluate(self, run: TrainingRun, judge: str, cancelled: Callable[[], bool],
                 report: Callable[[EvalTable, int], None]) -> EvalTable:
        table = EvalTable(run.id, run.name, run.base_model, run.adapter_gguf, judge, 2.7, 0.1, complete=False)
        for index, verdict in enumerate(("adapter", "unparsed")):
            if cancelled():
                return table
            table = table.with_row(EvalRow(f"q{index}", "Quintaro", "Paris", "Quintaro", verdict, "B"))
            evaluation.save_table(run.run_dir, table)
            report(table, 4)
            time.sleep(0.05)
        return EvalTable(**{**table.__dict__, "complete": True})

    def saved_evaluation(self, run: TrainingRun) -> EvalTable | None:
        return evaluation.load_table(run.run_dir)

    def export_table(self, table: EvalTable, target: Path) -> Path:
        return evaluation.export_table(table, target)

    def export_merged(self, run: TrainingRun, quant: str, cancelled: Callable[[], bool],
                      progress: Callable[[str, float], None]) -> MergedExport:
        return model_export.export_merged(run, self.models_dir, quant, cancelled, progress)


def _panel(qtbot: QtBot, app_paths: AppPaths, starter_model: Path, tmp_path: Path) -> tuple[TrainingPanel, TrainingRun]:
    runs = TrainingRuns(app_paths.database_file)
    config = TrainConfig(base_model=str(starter_model), data_path=str(tmp_path / "d.jsonl"))
    config_run = runs.add("zorb", config, tmp_path / "run")
    adapter = random_adapter(starter_model, tmp_path / "run" / "adapter.gguf")
    runs.update(config_run.id, status="completed", step=1, total_steps=1, adapter_gguf=str(adapter))
    run = runs.get(config_run.id)
    runs.close()
    runner = TrainingRunner(app_paths, TrainingRuns(app_paths.database_file))
    panel = TrainingPanel(TrainingController(runner), ROOMY)
    qtbot.addWidget(panel)
    return panel, run


def test_the_buttons_follow_the_run_and_the_table_fills_in(
    qtbot: QtBot, app_paths: AppPaths, starter_model: Path, tmp_path: Path
) -> None:
    panel, run = _panel(qtbot, app_paths, starter_model, tmp_path)
    controller = RunToolsController(Tools(app_paths.models_dir))
    buttons = add_run_tools_buttons(panel, controller)
    panel.select_run(run.id)
    assert buttons.evaluate_action.isEnabled() and buttons.export_action.isEnabled()
    dialog = EvaluationDialog(controller, run)
    qtbot.addWidget(dialog)
    assert [dialog.judge.itemText(i) for i in range(3)] == ["No judge", "The run's base model (local)", "lab"]
    dialog.judge.setCurrentIndex(1)
    with qtbot.waitSignal(controller.evaluation_finished, timeout=10_000):
        dialog.start_button.click()
    assert dialog.grid.rowCount() == 2 and dialog.grid.item(0, 4).text() == "adapter"
    assert dialog.grid.item(1, 4).text() == "no clear verdict" and dialog.start_button.isEnabled()
    assert "adapter closer 1" in dialog.summary.text()
    again = EvaluationDialog(controller, run)  # the table is kept with the run
    qtbot.addWidget(again)
    assert again.grid.rowCount() == 2 and again.export_button.isEnabled()
    written = controller.export_table(again._table, tmp_path / "eval.csv")  # type: ignore[arg-type]
    assert written.read_text().startswith("prompt,reference,base,adapter,verdict,judge_reply")
    controller.shutdown()


def test_a_merged_export_from_the_dialog_lands_in_the_models_folder(
    qtbot: QtBot, app_paths: AppPaths, starter_model: Path, tmp_path: Path
) -> None:
    _, run = _panel(qtbot, app_paths, starter_model, tmp_path)
    rescans: list[int] = []
    controller = RunToolsController(Tools(app_paths.models_dir), models_changed=lambda: rescans.append(1))
    dialog = MergeExportDialog(controller, run)
    qtbot.addWidget(dialog)
    dialog.quant.setCurrentIndex(dialog.quant.findData("Q8_0"))
    with qtbot.waitSignal(controller.export_finished, timeout=300_000) as finished:
        dialog.export_button.click()
    result: MergedExport = finished.args[0]
    assert result.path.is_file() and app_paths.models_dir in result.path.parents and result.quant == "Q8_0"
    assert (result.path.parent / "Modelfile").is_file() and rescans == [1]
    assert result.path.name in dialog.status.text() and dialog.progress.value() == 100
    controller.wait(30)
    controller.shutdown()
