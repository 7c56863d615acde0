"""Wiring of “Make a dataset” (issue 16), called once by the composition root (app.py is at its size limit): the
maker on the app's data folder and (when the Knowledge page exists) its knowledge base, its controller on the
window's backends and model selection, and the dialog opened from the Train page; a saved dataset becomes the Train
form's data file, and “Saved conversations” in the dialog is the Train page's own flow."""

from __future__ import annotations

from typing import Any


def add_dataset_maker(window: Any, services: Any, backends: Any, selection: Any, panel: Any) -> Any:
    """`services`: app.Services (its paths); `backends`: the BackendRouter (the local engine or a connection, as the
    selection says); `selection`: the window's ModelSelection; `panel`: the TrainingPanel. Call it after
    add_knowledge_and_tools, so collections are offered. Returns the DatasetController (kept as
    `window.dataset_maker`); stopped when the window closes."""
    from PySide6.QtCore import Qt

    from desktop_llm.controllers.dataset_controller import DatasetController
    from desktop_llm.services.training.dataset_maker import DatasetMaker
    from desktop_llm.ui.dataset_dialog import DatasetDialog

    knowledge = getattr(getattr(window, "knowledge", None), "knowledge_base", None)
    controller = DatasetController(DatasetMaker(services.paths.data_dir, knowledge), backends, selection, window)
    window.closed.connect(controller.shutdown)
    opened: list[DatasetDialog] = []

    def open_dialog() -> None:
        if opened:  # one at a time: the one open comes to the front
            opened[0].raise_()
            opened[0].activateWindow()
            return
        dialog = DatasetDialog(controller, window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.dataset_saved.connect(panel.form.set_data_path)
        dialog.dataset_saved.connect(lambda _path: panel.show_form())
        dialog.conversations_requested.connect(panel.form.dataset_from_conversations_requested)
        dialog.finished.connect(lambda _result: opened.clear())
        opened.append(dialog)
        dialog.open()

    panel.make_dataset_requested.connect(open_dialog)
    window.dataset_maker = controller
    window.open_dataset_dialog = open_dialog  # tests and a later menu entry
    return controller


def add_run_tools(window: Any, services: Any, backends: Any, panel: Any, library: Any) -> Any:
    """Evaluate… and Export merged model… on a finished run (issue 16): the run tools on the window's backends (the
    judge may be a connection) and the models folder (a merged model lands there; the library rescans)."""
    from desktop_llm.controllers.run_tools_controller import RunToolsController
    from desktop_llm.services.training.run_tools import TrainingRunTools
    from desktop_llm.ui.run_tools_buttons import add_run_tools_buttons

    controller = RunToolsController(TrainingRunTools(backends, services.paths.models_dir), window,
                                    models_changed=library.refresh)
    window.closed.connect(controller.shutdown)
    window.run_tools = add_run_tools_buttons(panel, controller)
    return controller


def add_training_tools(window: Any, services: Any, backends: Any, selection: Any, panel: Any, library: Any) -> None:
    """What the Train page offers besides a run: Make a dataset, and Evaluate/Export on a finished run."""
    add_dataset_maker(window, services, backends, selection, panel)
    add_run_tools(window, services, backends, panel, library)
