"""Wires the Train tab into the window: adapters under the chat for the selected model, Use in chat,
Compare, the model list, and letting runs go on when the window closes."""

from __future__ import annotations

from typing import Any

from desktop_llm.controllers.compare_controller import CompareController
from desktop_llm.controllers.training_controller import TrainingController
from desktop_llm.core.sampling import Adapters
from desktop_llm.ui.compare_dialog import CompareDialog
from desktop_llm.ui.training_panel import TrainingPanel


class TrainingBinding:
    def __init__(self, window: Any, controller: TrainingController, panel: TrainingPanel, compare: CompareController) -> None:
        self.window = window
        self.controller = controller
        self.panel = panel
        self.compare = compare
        self.bar = window.chat_panel.adapter_bar
        window.tabs.addTab(panel, "Train")
        window.model_selected.connect(lambda _params: self.refresh_adapters())
        controller.runs_changed.connect(self.refresh_adapters)  # a run ended (or was deleted): its adapter came (or went)
        self.bar.adapters_changed.connect(self._on_adapters_changed)
        self.bar.compare_requested.connect(self.open_compare)
        panel.use_in_chat_requested.connect(self.use_in_chat)
        if window.models_page is not None:
            library = window.models_page.library_panel
            library.adapters_for = controller.adapters_for
            library.adapter_chat_requested.connect(self.use_in_chat)
            controller.runs_changed.connect(library.refresh)
            library.refresh()
            window.models_page.library_changed.connect(self.refresh_models)
        window.close_hooks.append(self.shutdown)
        self.refresh_models()
        self.refresh_adapters()

    def refresh_models(self) -> None:
        params = self.window.chat.load_params
        self.panel.set_models(self.window._catalog.models(), params.path if params else "")

    def refresh_adapters(self, keep: str = "") -> None:
        params = self.window.chat.load_params
        self.bar.set_adapters(self.controller.adapters_for(params.path) if params else [], keep)

    def _on_adapters_changed(self, adapters: Adapters) -> None:
        self.window.chat.adapters = adapters

    def use_in_chat(self, base_model: str, adapter: str) -> None:
        params = self.window.chat.load_params
        if params is None or params.path != base_model:
            self.window._on_models_chat_requested(base_model)
        self.refresh_adapters(keep=adapter)
        self.window.tabs.setCurrentIndex(0)

    def open_compare(self) -> None:
        chat = self.window.chat
        if chat.load_params is None or not self.bar.adapters():
            return
        system = chat.conversation.system_prompt if chat.conversation else ""
        dialog = CompareDialog(self.compare, chat.load_params, chat.sampling, self.bar.adapters(), self.bar.current_name(),
                               system, self.window)
        dialog.setModal(False)
        dialog.show()
        self.dialog = dialog

    def shutdown(self) -> None:
        self.compare.stop()
        self.controller.shutdown()  # runs go on; the next start reattaches
