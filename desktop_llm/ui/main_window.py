"""The main window: conversations on the left, the chat in the middle, settings on the right."""

from __future__ import annotations

import html
import logging
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QLabel,
    QMainWindow,
    QMenu,
    QProgressBar,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QToolBar,
    QWidget,
)

from desktop_llm.controllers.chat_controller import ChatController
from desktop_llm.controllers.conversation_list_model import ConversationListModel
from desktop_llm.controllers.engine_controller import EngineController
from desktop_llm.core.chat_changes import ConversationChange, MessageChange
from desktop_llm.core.conversation import MessageNode
from desktop_llm.core.events import GenerationFinished
from desktop_llm.core.markdown_html import MarkdownRenderer
from desktop_llm.core.model_info import human_size
from desktop_llm.core.protocols import ModelCatalog, SettingsRepository
from desktop_llm.core.sampling import LoadParams, SamplingParams
from desktop_llm.core.settings_schema import AppSettings, LoadDefaults
from desktop_llm.ipc.engine_wire import EngineStatus, ModelStatus
from desktop_llm.ui.chat_binding import ChatBinding
from desktop_llm.ui.chat_panel import ChatPanel
from desktop_llm.ui.export_dialog import export_conversation
from desktop_llm.ui.main_menus import build_menus
from desktop_llm.ui.models_page import ModelsPage
from desktop_llm.ui.settings_panel import SettingsPanel
from desktop_llm.ui.sidebar_panel import SidebarPanel

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    """GUI thread only. Wires panels to controllers; holds no state the controllers own."""

    model_selected = Signal(object)  # LoadParams of the model chosen for chat, summaries and translations

    # Set by main_menus.build_menus and AppMenus.
    file_menu: QMenu
    view_menu: QMenu
    new_action: QAction
    quit_action: QAction
    send_action: QAction
    stop_action: QAction
    regenerate_action: QAction
    search_action: QAction
    settings_action: QAction
    preferences_action: QAction
    about_action: QAction
    app_menus: Any
    # Set by ChatBinding (the status bar).
    model_status: QLabel
    speed_label: QLabel
    context_meter: QProgressBar
    training_binding: Any
    open_files: Callable[[Sequence[str]], None]  # set by app.build_main_window: files a launch was asked to open

    def __init__(
        self,
        chat: ChatController,
        engine: EngineController,
        conversations: ConversationListModel,
        catalog: ModelCatalog,
        settings_store: SettingsRepository,
        settings: AppSettings,
        models_page: ModelsPage | None = None,
        document_tabs: Sequence[tuple[str, QWidget]] = (),
    ) -> None:
        super().__init__()
        self.chat = chat
        self.engine = engine
        self.conversations = conversations
        self._catalog = catalog
        self._settings_store = settings_store
        self.settings = settings
        self.close_hooks: list[Callable[[], None]] = []  # run when the window closes (e.g. stop following training)
        self.setWindowTitle("desktop-llm")
        self.resize(1200, 800)

        self.sidebar = SidebarPanel(conversations)
        self.chat_panel = ChatPanel(MarkdownRenderer())
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(self.chat_panel)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([260, 940])
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.splitter, "Chat")
        for title, widget in document_tabs:
            self.tabs.addTab(widget, title)
        self.models_page = models_page
        if models_page is not None:
            for title, widget in models_page.tabs():
                self.tabs.addTab(widget, title)
            models_page.library_changed.connect(self.refresh_models)
            models_page.chat_requested.connect(self._on_models_chat_requested)
            models_page.default_requested.connect(self._on_models_default_requested)
            models_page.download_started.connect(lambda _: self.tabs.setCurrentWidget(models_page.downloads_panel))
            models_page.library_panel.default_path = settings.default_model_path
        self.setCentralWidget(self.tabs)
        self._dock_wanted = True
        self._tab_was_chat = True
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)

        self.settings_panel = SettingsPanel()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.settings_panel)
        self.settings_dock = QDockWidget("Settings", self)
        self.settings_dock.setObjectName("settings-dock")
        self.settings_dock.setWidget(scroll)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.settings_dock)

        self._build_toolbar()
        self.chat_binding = ChatBinding(self)  # the status bar's chat figures and the chat's feedback
        build_menus(self)
        self._connect()
        self.chat_binding.wire()

        self.settings_panel.set_sampling(settings.sampling)
        self.settings_panel.set_load_defaults(settings.load)
        chat.sampling = settings.sampling
        chat.default_system_prompt = settings.default_system_prompt
        self._restore_geometry()
        self.refresh_models()
        conversations.refresh()
        existing = chat.conversations()
        if existing:
            chat.open_conversation(existing[0].id)
        else:
            chat.new_conversation()

    # construction

    def _build_toolbar(self) -> None:
        bar = QToolBar("Model")
        bar.setObjectName("model-toolbar")
        bar.setMovable(False)
        bar.addWidget(QLabel(" Model: "))
        self.model_combo = QComboBox()
        self.model_combo.setMinimumWidth(360)
        self.model_combo.setAccessibleName("Model")
        self.model_combo.setToolTip("The model that answers in chat")
        bar.addWidget(self.model_combo)
        self.backend_label = QLabel()
        self.backend_label.setAccessibleName("Backend")
        bar.addWidget(self.backend_label)
        self.addToolBar(bar)

    def _connect(self) -> None:
        chat, panel = self.chat, self.chat_panel
        self.sidebar.new_requested.connect(chat.new_conversation)
        self.sidebar.open_requested.connect(chat.open_conversation)
        self.sidebar.rename_requested.connect(chat.rename)
        self.sidebar.delete_requested.connect(chat.delete)
        panel.send_requested.connect(self._on_panel_send)
        panel.stop_requested.connect(chat.stop)
        panel.regenerate_requested.connect(lambda mid: chat.regenerate(mid or None))
        panel.edit_requested.connect(chat.edit_and_resend)
        panel.branch_requested.connect(chat.switch_branch)
        chat.conversation_changed.connect(self._on_chat_conversation_changed)
        chat.message_changed.connect(self._on_chat_message_changed)
        chat.conversation_opened.connect(self._on_chat_conversation_opened)
        chat.branch_changed.connect(self._on_chat_branch_changed)
        chat.chunk_received.connect(panel.append_chunk)
        chat.reply_finished.connect(self._on_chat_reply_finished)
        chat.reply_failed.connect(self._on_chat_reply_failed)
        chat.busy_changed.connect(panel.set_busy)
        self.settings_panel.sampling_changed.connect(self._on_settings_sampling_changed)
        self.settings_panel.system_prompt_edited.connect(self.chat_binding.use_system_prompt)
        self.settings_panel.load_settings_applied.connect(self._on_settings_load_applied)
        self.model_combo.activated.connect(self._on_model_combo_activated)
        self.engine.load_started.connect(self._on_engine_load_started)
        self.engine.model_loaded.connect(self._on_engine_model_loaded)
        self.engine.model_load_failed.connect(self._on_engine_model_load_failed)

    # models

    def refresh_models(self) -> None:
        models = [m for m in self._catalog.models() if not m.error]
        current = self.chat.load_params.path if self.chat.load_params else ""
        self.model_combo.clear()
        for info in models:
            label = f"{info.name} · {info.parameter_label} · {info.quantization} · {human_size(info.size_bytes)}"
            self.model_combo.addItem(label, info.path)
        wanted = current or self.settings.default_model_path
        index = self.model_combo.findData(wanted) if wanted else -1
        if index < 0 and models:
            index = 0
        if index >= 0:
            self.model_combo.setCurrentIndex(index)
            if str(self.model_combo.itemData(index)) != current:
                self._select_model(str(self.model_combo.itemData(index)))
        else:
            self.model_status.setText("No model in the library yet.")

    def _select_model(self, path: str) -> None:
        load = self.settings.load
        params = LoadParams(
            path=path, n_ctx=load.n_ctx, n_gpu_layers=load.n_gpu_layers, flash_attn=load.flash_attn,
            kv_cache_type=load.kv_cache_type, n_threads=load.n_threads,
        )
        self.chat.load_params = params
        self.model_selected.emit(params)
        self.engine.load(params)

    def _on_tabs_current_changed(self, index: int) -> None:
        # The settings dock is about chat; on the model pages it only takes room.
        if index == 0:
            self.settings_dock.setVisible(self._dock_wanted)
            self._tab_was_chat = True
            return
        if self._tab_was_chat:
            self._dock_wanted = self.settings_dock.isVisible()
        self._tab_was_chat = False
        self.settings_dock.setVisible(False)

    def _on_models_chat_requested(self, path: str) -> None:
        self.refresh_models()
        index = self.model_combo.findData(path)
        if index >= 0:
            self.model_combo.setCurrentIndex(index)
            self._on_model_combo_activated(index)
        self.tabs.setCurrentIndex(0)

    def _on_models_default_requested(self, path: str) -> None:
        self._save_settings(replace(self.settings, default_model_path=path))

    def _on_model_combo_activated(self, index: int) -> None:
        path = str(self.model_combo.itemData(index))
        self._save_settings(replace(self.settings, default_model_path=path))
        self._select_model(path)

    def _on_engine_load_started(self, path: str) -> None:
        self.model_status.setText(f"Loading {Path(path).name}…")

    def _on_engine_model_loaded(self, status: EngineStatus) -> None:
        process, model = status.process, status.model
        if process is None or model is None:  # an answer to /load always has both
            return
        backend = process.backend
        offloaded, layers = model.layers_offloaded, model.n_layers
        gpu = f"{offloaded}/{layers} layers on GPU" if process.gpu_offload_supported else "no GPU offload"
        self.backend_label.setText(f"  Backend: {backend} ({gpu})")
        self.settings_panel.engine_info.setText(
            f"llama.cpp {html.escape(process.llama_cpp_version)} · {backend} · {gpu}<br>"
            f"Model {self._model_file_size(model)}, engine memory "
            f"{human_size(process.rss_bytes)}, loaded in {model.load_ms:.0f} ms"
        )
        self.model_status.setText(f"Ready: {Path(model.path).name} · context {model.n_ctx}")
        self.chat_panel.show_notice(model.chat_template_warning)

    def _model_file_size(self, model: ModelStatus) -> str:
        """The file's size, as the model picker and the Library show it; llama.cpp's own figure counts only the
        weights and read 92.1 MB beside the picker's 93.8 MB for the starter (issue 20, item 10)."""
        size = next((m.size_bytes for m in self._catalog.models() if m.path == model.path), 0)
        return human_size(size or model.model_size_bytes)

    def _on_engine_model_load_failed(self, path: str, message: str) -> None:
        self.model_status.setText(f"Could not load {Path(path).name}")
        self.chat_panel.show_error(message)

    # chat

    def _on_panel_send(self, text: str) -> None:
        self.chat_panel.clear_error()
        self.chat.send(text)

    def _on_chat_conversation_changed(self, change: ConversationChange) -> None:
        self.conversations.apply(change)  # one row, not the whole list read back (issue 19, item 6)
        if self.chat.conversation:
            self.sidebar.select(self.chat.conversation.id)

    def _on_chat_message_changed(self, change: MessageChange) -> None:
        conversation = self.chat.conversation
        self.chat_panel.apply_change(change, bool(conversation and conversation.system_prompt.strip()))

    def _on_chat_conversation_opened(self, conversation_id: int) -> None:
        self.sidebar.select(conversation_id)
        conversation = self.chat.conversation
        self.settings_panel.system_prompt.setPlainText(conversation.system_prompt if conversation else "")
        self.chat_panel.clear_error()

    def _on_chat_branch_changed(self, nodes: list[MessageNode]) -> None:
        conversation = self.chat.conversation
        self.chat_panel.show_branch(nodes, self.chat.tree, bool(conversation and conversation.system_prompt.strip()))

    def _on_chat_reply_finished(self, _reply_id: int, finished: GenerationFinished) -> None:
        # The reply was already drawn as saved, stats included (its MessageUpdated record); tokens/s and the
        # context meter: ChatBinding.
        if finished.warning:
            self.chat_panel.show_notice(finished.warning)

    def _on_chat_reply_failed(self, reply_id: int, message: str, detail: str) -> None:
        self.chat_panel.show_error(message, detail)

    def _on_settings_sampling_changed(self, params: SamplingParams) -> None:
        self.chat.sampling = params
        self._save_settings(replace(self.settings, sampling=params))

    def _on_settings_load_applied(self, load: LoadDefaults) -> None:
        self._save_settings(replace(self.settings, load=load))
        if self.chat.load_params is not None:
            self._select_model(self.chat.load_params.path)

    # commands

    def _focus_search(self) -> None:
        self.sidebar.search.setFocus()
        self.sidebar.search.selectAll()

    def _current_index(self) -> Any:
        if self.chat.conversation is None:
            return None
        row = self.conversations.row_of(self.chat.conversation.id)
        return self.conversations.index(row) if row >= 0 else None

    def _rename_current(self) -> None:
        index = self._current_index()
        if index is not None:
            self.sidebar.ask_rename(index)

    def _delete_current(self) -> None:
        index = self._current_index()
        if index is not None:
            self.sidebar.ask_delete(index)

    def _export(self, kind: str) -> None:
        if self.chat.conversation is not None:
            path = export_conversation(self, self.chat.conversation.title, kind, lambda: self.chat.export(kind))
            self.chat_binding.exported(path)

    # persistence

    def _save_settings(self, settings: AppSettings) -> None:
        self.settings = settings
        try:
            self._settings_store.save(settings)
        except Exception as exc:  # a full disk must not take the window down
            log.error("could not save settings: %s", exc)
            self.statusBar().showMessage(f"Settings not saved: {exc}", 8000)

    def _restore_geometry(self) -> None:
        if self.settings.window_geometry:
            self.restoreGeometry(QByteArray.fromBase64(self.settings.window_geometry.encode()))
        if self.settings.splitter_state:
            self.splitter.restoreState(QByteArray.fromBase64(self.settings.splitter_state.encode()))

    def bring_to_front(self) -> None:
        """Show the window raised and focused (a second launch asked for it; issue 10, item 14)."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.chat.shutdown()  # saves the reply as far as it was shown
        for hook in self.close_hooks:
            hook()
        if self.models_page is not None:
            self.models_page.downloads.shutdown()  # paused; they resume at the next start
        geometry = bytes(self.saveGeometry().toBase64().data()).decode()
        splitter = bytes(self.splitter.saveState().toBase64().data()).decode()
        self._save_settings(replace(self.settings, window_geometry=geometry, splitter_state=splitter))
        super().closeEvent(event)


__all__ = ["MainWindow", "QWidget"]
