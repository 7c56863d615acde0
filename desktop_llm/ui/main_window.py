"""The main window: the page rail on the left, then the conversations and the chat; the model picker on top; the
chat's settings in a dock on the right, hidden until asked for (issue 15)."""

from __future__ import annotations

import html
import logging
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import QDockWidget, QMainWindow, QSplitter, QWidget

from desktop_llm.controllers.chat_controller import ChatController
from desktop_llm.controllers.conversation_list_model import ConversationListModel
from desktop_llm.controllers.engine_controller import EngineController
from desktop_llm.controllers.i18n import error_text, number_text, size_text, tr
from desktop_llm.controllers.model_defaults_controller import ModelDefaultsController
from desktop_llm.controllers.model_selection import ModelSelection
from desktop_llm.core.chat_changes import ConversationChange, MessageChange
from desktop_llm.core.conversation import MessageNode
from desktop_llm.core.events import GenerationFinished
from desktop_llm.core.markdown_html import MarkdownRenderer
from desktop_llm.core.protocols import ModelCatalog, SettingsRepository
from desktop_llm.core.settings_schema import MAX_RECENT_MODELS, AppSettings
from desktop_llm.ipc.engine_wire import EngineStatus, ModelStatus
from desktop_llm.ui.chat_binding import ChatBinding
from desktop_llm.ui.chat_panel import ChatPanel
from desktop_llm.ui.main_menus import AppMenus, MenuContext, build_menu_bar, menu_specs
from desktop_llm.ui.model_picker import ModelPickerBar
from desktop_llm.ui.model_settings_binding import ModelSettingsBinding
from desktop_llm.ui.models_page import ModelsPage
from desktop_llm.ui.page_stack import PageStack
from desktop_llm.ui.settings_panel import SettingsPanel
from desktop_llm.ui.sidebar_panel import SidebarPanel
from desktop_llm.ui.window_layout import add_settings_toggle, list_pages_in_view_menu, restore_layout, saved_layout

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    """GUI thread only. Wires panels to controllers; holds no state the controllers own. Everything outside the
    class (the composition root, the menus, the bindings) uses its public API (issue 19, item 3)."""

    closed = Signal()  # none: the window is closing, before its settings are saved (stop what follows it)

    def __init__(
        self,
        chat: ChatController,
        engine: EngineController,
        conversations: ConversationListModel,
        catalog: ModelCatalog,
        selection: ModelSelection,
        settings_store: SettingsRepository,
        settings: AppSettings,
        menu_context: MenuContext,
        models_page: ModelsPage | None = None,
        document_tabs: Sequence[tuple[str, QWidget]] = (),
        open_document: Callable[[Path], None] | None = None,
        model_defaults: ModelDefaultsController | None = None,
    ) -> None:
        super().__init__()
        self.chat = chat
        self.engine = engine
        self.conversations = conversations
        self._catalog = catalog
        self._selection = selection
        self._settings_store = settings_store
        self._settings = settings
        self._open_document = open_document  # a file a launch was asked to open that is not a model
        self.setWindowTitle(tr("desktop-llm"))
        self.resize(1200, 800)

        self.sidebar = SidebarPanel(conversations)
        self.chat_panel = ChatPanel(MarkdownRenderer())
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(self.chat_panel)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([260, 940])
        self.pages = PageStack()  # the rail and the pages; `tabs` holds the pages (its tab bar hidden)
        self.tabs = self.pages.tabs
        self.add_page("Chat", self.splitter)
        self._document_pages = [widget for _title, widget in document_tabs]
        for title, widget in document_tabs:
            self.add_page(title, widget)
        self.models_page = models_page
        if models_page is not None:
            for title, widget in models_page.tabs():
                self.add_page(title, widget)
            models_page.library_changed.connect(self.refresh_models)
            models_page.chat_requested.connect(self.chat_with_model)
            models_page.default_requested.connect(self._on_models_default_requested)
            models_page.download_started.connect(lambda _: self.show_page(models_page.downloads_panel))
            models_page.discover_requested.connect(lambda: self.show_page(models_page.hub_panel))
            models_page.show_default_model(settings.default_model_path)
        self.setCentralWidget(self.pages)
        self._dock_wanted = True
        self._tab_was_chat = True
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)

        self.settings_panel = SettingsPanel()
        self.settings_dock = self.add_dock(tr("Settings"), "settings-dock", self.settings_panel.scrollable())
        # Each model's own settings, remembered per model (issue 13, part 4); chat.sampling is set from it.
        self.model_settings = ModelSettingsBinding(self.settings_panel, selection, chat, model_defaults
                                                   or ModelDefaultsController(self), catalog, self, self)

        self.picker = ModelPickerBar(selection, budget=menu_context.budget)
        self.model_combo, self.backend_label = self.picker.combo, self.picker.backend_label
        self.addToolBar(self.picker)
        self.settings_button = add_settings_toggle(self.picker, self.settings_dock)
        # The status bar's chat figures and the chat's feedback.
        self.chat_binding = binding = ChatBinding(chat, engine, self.chat_panel, self.statusBar())
        self.model_status, self.speed_label, self.context_meter = binding.status, binding.speed, binding.meter
        self.app_menus = AppMenus(self, menu_context, catalog)  # the window-level dialogs
        menus, self._actions = build_menu_bar(self, menu_specs(self, self.settings_dock.toggleViewAction(), self.app_menus))
        self.file_menu, self.view_menu = menus["&File"], menus["&View"]
        list_pages_in_view_menu(self.view_menu, self.pages)
        self.new_action, self.quit_action = self.action("new"), self.action("quit")
        self.send_action, self.stop_action = self.action("send"), self.action("stop")
        self.regenerate_action, self.search_action = self.action("regenerate"), self.action("search")
        self.settings_action, self.preferences_action = self.action("settings_panel"), self.action("preferences")
        self.about_action = self.action("about")
        self.app_menus.apply_theme(settings.theme)
        self._connect()
        self.chat_binding.wire()
        self.chat_panel.adapter_bar.preferred = settings.chat_adapter
        self.chat_panel.adapter_bar.adapter_chosen.connect(self._on_adapter_bar_adapter_chosen)

        chat.default_system_prompt = settings.default_system_prompt
        restore_layout(self, settings, self.splitter, self.settings_dock)
        self._dock_wanted = not self.settings_dock.isHidden()
        self.refresh_models()
        conversations.refresh()
        existing = chat.conversations()
        if existing:
            chat.open_conversation(existing[0].id)
        else:
            chat.new_conversation()

    # public API: pages, docks, actions, settings, files

    @property
    def settings(self) -> AppSettings:
        return self._settings

    def add_page(self, title: str, widget: QWidget, icon_name: str | None = None) -> None:
        """A page of the window, with its button on the rail and its View-menu entry (Ctrl+1…9 in order): Chat
        first, then the document pages, the model pages, Train and Server."""
        self.pages.add_page(title, widget, icon_name)

    def add_dock(self, title: str, name: str, widget: QWidget) -> QDockWidget:
        """A panel beside the pages (on the right); `name` keeps its place in the saved window state."""
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        return dock

    def page(self, title: str) -> QWidget | None:  # by its English title ("Summarize") in any language
        return self.pages.page(title)

    def show_page(self, widget: QWidget) -> None:
        self.tabs.setCurrentWidget(widget)

    def show_chat(self) -> None:
        self.tabs.setCurrentIndex(0)

    def action(self, key: str) -> QAction:
        """A menu action by its key in main_menus.menu_specs."""
        return self._actions[key]

    def save_settings(self, settings: AppSettings) -> None:
        self._settings = settings
        try:
            self._settings_store.save(settings)
        except Exception as exc:  # a full disk must not take the window down
            log.error("could not save settings: %s", exc)
            self.statusBar().showMessage(tr("Settings not saved: {error}").format(error=error_text(exc)), 8000)

    def open_files(self, files: Sequence[str]) -> None:
        """Files a launch was asked to open: a model goes to the Library, anything else to the first document
        page (Summarize)."""
        for name in files:
            if name.lower().endswith(".gguf"):
                if self.models_page is not None:
                    self.show_page(self.models_page.library_panel)
                    self.models_page.library_panel.import_path(Path(name))
            elif self._open_document is not None:
                if self._document_pages:
                    self.show_page(self._document_pages[0])
                self._open_document(Path(name))

    # construction

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
        chat.reasoning_received.connect(panel.append_reasoning)
        chat.thinking_finished.connect(panel.finish_thinking)
        chat.reply_finished.connect(self._on_chat_reply_finished)
        chat.reply_failed.connect(self._on_chat_reply_failed)
        chat.busy_changed.connect(panel.set_busy)
        # The Think switch (issue 13, part 2): offered where the template reads enable_thinking, kept per model, and
        # the context meter counts the prompt as the switch renders it.
        chat.reasoning_format_read.connect(lambda _path, fmt: panel.show_think_switch(fmt.reads_enable_thinking))
        self.model_settings.thinking_shown.connect(panel.set_thinking)
        panel.thinking_toggled.connect(self.model_settings.set_thinking)
        panel.thinking_toggled.connect(lambda _on: self.chat_binding.count())
        self.settings_panel.system_prompt_edited.connect(self.chat_binding.use_system_prompt)
        self.picker.model_picked.connect(self._on_picker_model_picked)
        self.picker.discover_requested.connect(self._on_picker_discover_requested)
        self._selection.changed.connect(self.engine.load)
        self.engine.load_started.connect(self._on_engine_load_started)
        self.engine.model_loaded.connect(self._on_engine_model_loaded)
        self.engine.model_load_failed.connect(self._on_engine_model_load_failed)

    # models

    def refresh_models(self) -> None:
        current, models = self._selection.path, self._catalog.models()
        shown = self.picker.list_models([m for m in models if not m.error and m.role == "chat"],
                                        current or self.settings.default_model_path, self.settings.recent_models)
        if not shown:
            self.model_status.setText(tr("No model in the library yet."))
        elif shown != current or self._selection.repaired(models):  # another projector (issue 17): load again
            self.select_model(shown)

    def select_model(self, path: str) -> None:
        """Choose `path` for chat, loaded with its load settings; everything that follows the selection hears it."""
        load = self.model_settings.load_for(path)
        # A vision model loads with the projector the library paired it with (issue 17); from memory, no file read.
        mmproj = next((m.mmproj for m in self._catalog.models() if m.path == path), "")
        self._selection.select_paired(load.params_for(path, mmproj=mmproj))

    def reload_model(self) -> None:
        """Load the chosen model again with the load settings as they are now."""
        if self._selection.params is not None:
            self.select_model(self._selection.path)

    def chat_with_model(self, path: str) -> None:
        """Choose `path` (as picking it in the toolbar does) and show the chat."""
        self.refresh_models()
        if self.picker.show_model(path):
            self._on_picker_model_picked(path)
        self.show_chat()

    def _on_tabs_current_changed(self, index: int) -> None:
        self.chat_binding.show_figures(index == 0)
        # The settings dock is about chat; on the model pages it only takes room.
        if index == 0:
            self.settings_dock.setVisible(self._dock_wanted)
            self._tab_was_chat = True
            return
        if self._tab_was_chat:
            self._dock_wanted = not self.settings_dock.isHidden()
        self._tab_was_chat = False
        self.settings_dock.setVisible(False)

    def _on_models_default_requested(self, path: str) -> None:
        self.save_settings(replace(self.settings, default_model_path=path))

    def _on_picker_model_picked(self, path: str) -> None:
        recent = (path, *(p for p in self.settings.recent_models if p != path))[:MAX_RECENT_MODELS]
        self.save_settings(replace(self.settings, default_model_path=path, recent_models=recent))
        self.select_model(path)

    def _on_picker_discover_requested(self) -> None:
        if self.models_page is not None:
            self.show_page(self.models_page.hub_panel)
            self.models_page.hub_panel.query.setFocus()

    def _on_engine_load_started(self, path: str) -> None:
        self.model_status.setText(tr("Loading {name}…").format(name=Path(path).name))

    def _on_engine_model_loaded(self, status: EngineStatus) -> None:
        process, model = status.process, status.model
        if process is None or model is None:  # an answer to /load always has both
            return
        backend = process.backend
        offloaded, layers = model.layers_offloaded, model.n_layers
        gpu = (tr("{offloaded}/{layers} layers on GPU").format(offloaded=offloaded, layers=layers)
               if process.gpu_offload_supported else tr("no GPU offload"))
        self.backend_label.setText("  " + tr("Backend: {backend} ({gpu})").format(backend=backend, gpu=gpu))
        self.settings_panel.engine_info.setText(tr(
            "llama.cpp {version} · {backend} · {gpu}<br>Model {size}, engine memory {memory}, loaded in {ms} ms").format(
            version=html.escape(process.llama_cpp_version), backend=backend, gpu=gpu, size=self._model_file_size(model),
            memory=size_text(process.rss_bytes), ms=number_text(model.load_ms)))
        self.model_status.setText(tr("Ready: {name} · context {n_ctx}").format(name=Path(model.path).name, n_ctx=model.n_ctx))
        self.chat_panel.show_notice(model.chat_template_warning)

    def _model_file_size(self, model: ModelStatus) -> str:
        """The file's size, as the model picker and the Library show it; llama.cpp's own figure counts only the
        weights and read 92.1 MB beside the picker's 93.8 MB for the starter (issue 20, item 10)."""
        size = next((m.size_bytes for m in self._catalog.models() if m.path == model.path), 0)
        return size_text(size or model.model_size_bytes)

    def _on_engine_model_load_failed(self, path: str, message: str) -> None:
        self.model_status.setText(tr("Could not load {name}").format(name=Path(path).name))
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

    def _on_adapter_bar_adapter_chosen(self, path: str) -> None:
        # remembered across restarts (issue 20, item 5)
        if self.settings.chat_adapter != path:
            self.save_settings(replace(self.settings, chat_adapter=path))

    # commands (the menus trigger them)

    def send(self) -> None:
        """Send what the composer holds, as its Send button does (and only when that button is on)."""
        self.chat_panel.send_button.click()

    def focus_search(self) -> None:
        self.sidebar.focus_search()

    def rename_current_chat(self) -> None:
        if self.chat.conversation is not None:
            self.sidebar.ask_rename_conversation(self.chat.conversation.id)

    def delete_current_chat(self) -> None:
        if self.chat.conversation is not None:
            self.sidebar.ask_delete_conversation(self.chat.conversation.id)

    def export_chat(self, kind: str) -> None:
        """The open chat to a file the user picks (File → Export)."""
        self.chat_binding.export(kind, self)

    # persistence

    def bring_to_front(self) -> None:
        """Show the window raised and focused (a second launch asked for it; issue 10, item 14)."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.chat.shutdown()  # saves the reply as far as it was shown
        self.closed.emit()
        if self.models_page is not None:
            self.models_page.downloads.shutdown()  # paused; they resume at the next start
        wanted = self._dock_wanted if not self._tab_was_chat else not self.settings_dock.isHidden()
        self.save_settings(saved_layout(self, self.settings, self.splitter, self.settings_dock, wanted))
        super().closeEvent(event)


__all__ = ["MainWindow", "QWidget"]
