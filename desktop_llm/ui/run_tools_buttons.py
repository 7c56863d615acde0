""""Evaluate…" and "Export merged model…" on a finished run of the Train tab (issue 16), added beside the run's
other actions without the panel knowing them: the composition root calls `add_run_tools_buttons` once."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton

from desktop_llm.controllers.i18n import tr
from desktop_llm.controllers.run_tools_controller import RunToolsController
from desktop_llm.core.errors import TrainingError
from desktop_llm.ipc.training_run import TrainingRun
from desktop_llm.ui.evaluation_dialog import EvaluationDialog
from desktop_llm.ui.icons import icon
from desktop_llm.ui.merge_export_dialog import MergeExportDialog
from desktop_llm.ui.training_panel import TrainingPanel


class RunToolsButtons:
    """Lives on the GUI thread with the panel; owns its two buttons (parented to the panel's run view)."""

    def __init__(self, panel: TrainingPanel, controller: RunToolsController) -> None:
        self._panel, self._controller = panel, controller
        self.evaluate_button = QPushButton(tr("Evaluate…"))
        self.evaluate_button.setAccessibleName(tr("Evaluate"))
        self.evaluate_button.setToolTip(tr("Ask the held-out validation prompts to the base model and to the adapter, "
                                           "side by side, with an optional judge"))
        self.export_button = QPushButton(tr("Export merged model…"))
        self.export_button.setAccessibleName(tr("Export merged model"))
        self.export_button.setToolTip(tr("Merge the adapter into the base model as one GGUF in your library, with an "
                                         "Ollama Modelfile"))
        for button, slot, glyph in ((self.evaluate_button, self._evaluate, "arrow-left-right"),
                                    (self.export_button, self._export, "hard-drive")):
            button.setIcon(icon(glyph, "text"))
            button.clicked.connect(slot)
            panel.run_view.run_actions.addWidget(button)
        panel.run_list.currentItemChanged.connect(lambda *_: self.update())
        panel.controller.run_ended.connect(lambda *_: self.update())
        self.update()

    def _selected(self) -> TrainingRun | None:
        run_id = self._panel.selected_run_id()
        if not run_id:
            return None
        try:
            return self._panel.controller.run(run_id)
        except TrainingError:  # deleted meanwhile
            return None

    def update(self) -> None:
        run = self._selected()
        ready = run is not None and run.has_adapter
        self.evaluate_button.setEnabled(ready)
        self.export_button.setEnabled(ready)

    def _evaluate(self) -> None:
        run = self._selected()
        if run is not None and run.has_adapter:
            EvaluationDialog(self._controller, run, self._panel).open()

    def _export(self) -> None:
        run = self._selected()
        if run is not None and run.has_adapter:
            MergeExportDialog(self._controller, run, self._panel).open()


def add_run_tools_buttons(panel: TrainingPanel, controller: RunToolsController) -> RunToolsButtons:
    return RunToolsButtons(panel, controller)
