"""Wires the Train tab into the window: adapters under the chat for the selected model, Use in chat,
Compare, the model list, and letting runs go on when the window closes."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QObject, SignalInstance
from PySide6.QtWidgets import QWidget

from desktop_llm.controllers.chat_controller import ChatController
from desktop_llm.controllers.compare_controller import CompareController
from desktop_llm.controllers.model_selection import ModelSelection
from desktop_llm.controllers.training_controller import TrainingController
from desktop_llm.core.protocols import ModelCatalog
from desktop_llm.core.sampling import Adapters, LoadParams
from desktop_llm.ui.chat_panel import ChatPanel
from desktop_llm.ui.compare_dialog import CompareDialog
from desktop_llm.ui.models_page import ModelsPage
from desktop_llm.ui.training_panel import TrainingPanel


class TrainingHost(Protocol):
    """What the binding uses of the main window: its public API only (issue 19, item 3)."""

    @property
    def chat(self) -> ChatController: ...
    @property
    def chat_panel(self) -> ChatPanel: ...
    @property
    def models_page(self) -> ModelsPage | None: ...
    @property
    def closed(self) -> SignalInstance: ...
    def add_page(self, title: str, widget: QWidget) -> None: ...
    def chat_with_model(self, path: str) -> None: ...
    def show_chat(self) -> None: ...
    def window(self) -> QWidget: ...


class TrainingBinding(QObject):
    """GUI thread only; lives as long as the window (its parent)."""

    def __init__(self, host: TrainingHost, controller: TrainingController, panel: TrainingPanel,
                 compare: CompareController, catalog: ModelCatalog, selection: ModelSelection) -> None:
        super().__init__(host.window())
        self._host = host
        self._catalog = catalog
        self._selection = selection
        self.controller = controller
        self.panel = panel
        self.compare = compare
        self.dialog: CompareDialog | None = None
        self.bar = host.chat_panel.adapter_bar
        host.add_page("Train", panel)
        selection.changed.connect(self._on_selection_changed)
        controller.runs_changed.connect(self.refresh_adapters)  # a run ended (or was deleted): its adapter came (or went)
        self.bar.adapters_changed.connect(self._on_adapters_changed)
        self.bar.compare_requested.connect(self.open_compare)
        panel.use_in_chat_requested.connect(self.use_in_chat)
        if host.models_page is not None:
            library = host.models_page.library_panel
            library.adapters_for = controller.adapters_for
            library.adapter_chat_requested.connect(self.use_in_chat)
            controller.runs_changed.connect(library.refresh)
            library.refresh()
            host.models_page.library_changed.connect(self.refresh_models)
        host.closed.connect(self.shutdown)
        self.refresh_models()
        self.refresh_adapters()

    def refresh_models(self) -> None:
        self.panel.set_models(self._catalog.models(), self._selection.path)

    def refresh_adapters(self, keep: str = "") -> None:
        path = self._selection.path
        self.bar.set_adapters(self.controller.adapters_for(path) if path else [], keep)

    def _on_selection_changed(self, _params: LoadParams) -> None:
        self.refresh_adapters()

    def _on_adapters_changed(self, adapters: Adapters) -> None:
        self._host.chat.adapters = adapters

    def use_in_chat(self, base_model: str, adapter: str) -> None:
        if self._selection.path != base_model:
            self._host.chat_with_model(base_model)
        self.refresh_adapters(keep=adapter)
        self._host.show_chat()

    def open_compare(self) -> None:
        chat, params = self._host.chat, self._selection.params
        if params is None or not self.bar.adapters():
            return
        system = chat.conversation.system_prompt if chat.conversation else ""
        dialog = CompareDialog(self.compare, params, chat.sampling, self.bar.adapters(), self.bar.current_name(),
                               system, self._host.window())
        dialog.setModal(False)
        dialog.show()
        self.dialog = dialog

    def shutdown(self) -> None:
        self.compare.shutdown()  # the comparison is dropped with the window
        self.controller.shutdown()  # runs go on; the next start reattaches
