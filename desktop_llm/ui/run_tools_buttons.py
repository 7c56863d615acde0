""""Evaluate…" and "Export merged model…" on a finished run of the Train tab (issue 16), added beside the run's
other actions without the panel knowing them: the composition root calls `add_run_tools_buttons` once."""

from __future__ import annotations

from PySide6.QtWidgets import QMenu, QPushButton

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
        # In one "More" menu: the run's row of buttons (Stop, Resume, Train longer, Use in chat, Delete) already
        # filled a 1024-px window; two more made the Train page wider than the window (the layout tests).
        self.more_button = QPushButton(tr("More"))
        self.more_button.setAccessibleName(tr("More actions for this run"))
        self.more_button.setIcon(icon("chevron-down", "text"))
        menu = QMenu(self.more_button)
        self.evaluate_action = menu.addAction(icon("arrow-left-right", "text"), tr("Evaluate…"))
        self.evaluate_action.setToolTip(tr("Ask the held-out validation prompts to the base model and to the adapter, "
                                           "side by side, with an optional judge"))
        self.evaluate_action.triggered.connect(self._evaluate)
        self.export_action = menu.addAction(icon("hard-drive", "text"), tr("Export merged model…"))
        self.export_action.setToolTip(tr("Merge the adapter into the base model as one GGUF in your library, with an "
                                         "Ollama Modelfile"))
        self.export_action.triggered.connect(self._export)
        menu.setToolTipsVisible(True)
        self.more_button.setMenu(menu)
        panel.run_view.run_actions.addWidget(self.more_button)
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
        self.evaluate_action.setEnabled(ready)
        self.export_action.setEnabled(ready)
        self.more_button.setEnabled(ready)

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
