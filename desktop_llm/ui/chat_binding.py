"""The chat page's figures and feedback around the conversation: the status bar's tokens/s and context meter, what
the status line says while a reply is written, a short confirmation for Copy, Export and "Use this prompt", and
the LoRA adapter remembered across restarts (issue 20, items 3 and 5)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QProgressBar

from desktop_llm.core.events import GenerationFinished
from desktop_llm.core.sampling import Adapters
from desktop_llm.ipc.engine_wire import EngineStatus

if TYPE_CHECKING:
    from desktop_llm.ui.main_window import MainWindow

WRITING = "Writing a reply…"
FEEDBACK_MS = 4000


class ChatBinding(QObject):
    """GUI thread only. Builds the status bar's chat widgets on the window and keeps them true to the open chat."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._model_ready = False  # counting needs a loaded model
        self._ready_text = ""
        status = window.statusBar()
        window.model_status = QLabel("Starting the engine…")
        status.addWidget(window.model_status, 1)
        self.speed = window.speed_label = QLabel()
        self.speed.setAccessibleName("Tokens per second")
        status.addPermanentWidget(self.speed)
        self.meter = window.context_meter = QProgressBar()
        self.meter.setAccessibleName("Context used")
        self.meter.setFixedWidth(230)
        self.meter.setFormat("%v / %m context tokens")
        self.meter.setRange(0, 1)
        self.meter.setValue(0)
        self.meter.setToolTip("Tokens of the context window the open chat takes, as the model sees it")
        status.addPermanentWidget(self.meter)

    def wire(self) -> None:
        """Once the window has its panels and menus."""
        window, chat = self._window, self._window.chat
        chat.conversation_opened.connect(self._on_chat_conversation_opened)
        chat.branch_changed.connect(lambda _nodes: self.count())
        chat.message_changed.connect(lambda _change: self.count())  # a reply saved: counted with it (busy: no-op)
        chat.context_counted.connect(self._on_chat_context_counted)
        chat.busy_changed.connect(self._on_chat_busy_changed)
        chat.reply_finished.connect(self._on_chat_reply_finished)
        window.engine.load_started.connect(self._on_engine_load_started)
        window.engine.model_loaded.connect(self._on_engine_model_loaded)
        window.tabs.currentChanged.connect(self._on_tabs_current_changed)
        window.chat_panel.message_copied.connect(lambda _id: self.tell("Copied to the clipboard"))
        bar = window.chat_panel.adapter_bar
        bar.preferred = window.settings.chat_adapter
        bar.adapter_chosen.connect(self._on_adapter_chosen)
        bar.adapters_changed.connect(self._on_adapters_changed)

    def tell(self, text: str) -> None:
        self._window.statusBar().showMessage(text, FEEDBACK_MS)

    def count(self) -> None:
        if self._model_ready:
            self._window.chat.count_context()

    def use_system_prompt(self, text: str) -> None:
        chat = self._window.chat
        if chat.conversation is None:
            return
        chat.set_system_prompt(text)
        self.tell("System prompt saved for this chat" if text.strip() else "System prompt cleared for this chat")
        self.count()

    def exported(self, path: Path | None) -> None:
        if path is not None:
            self.tell(f"Exported to {path}")

    def _on_chat_conversation_opened(self, _conversation_id: int) -> None:
        self.speed.setText("")  # the speed of another chat's last reply says nothing about this one

    def _on_chat_context_counted(self, conversation_id: int, tokens: int) -> None:
        conversation = self._window.chat.conversation
        if conversation is not None and conversation.id == conversation_id:
            self.meter.setValue(min(tokens, self.meter.maximum()))
            self.meter.setToolTip(f"The open chat takes {tokens} tokens of the {self.meter.maximum()}-token context")

    def _on_chat_busy_changed(self, busy: bool) -> None:
        status = self._window.model_status
        if busy:
            self._ready_text = status.text()
            status.setText(WRITING)
        elif status.text() == WRITING:
            status.setText(self._ready_text)

    def _on_chat_reply_finished(self, _reply_id: int, finished: GenerationFinished) -> None:
        stats = finished.stats
        if stats.tokens_per_s:
            self.speed.setText(f"{stats.tokens_per_s:.1f} tok/s  ")
        if stats.n_ctx:
            self.meter.setRange(0, stats.n_ctx)  # the value follows from the count of the branch, reply included

    def _on_engine_load_started(self, _path: str) -> None:
        self._model_ready = False

    def _on_engine_model_loaded(self, status: EngineStatus) -> None:
        self._model_ready = True
        self.meter.setRange(0, (status.model.n_ctx if status.model else 1) or 1)
        self.count()

    def _on_tabs_current_changed(self, index: int) -> None:
        # Tokens/s and the context meter are about the chat; on the other pages they mean nothing.
        on_chat = index == 0
        self.speed.setVisible(on_chat)
        self.meter.setVisible(on_chat)

    def _on_adapter_chosen(self, path: str) -> None:
        window = self._window
        if window.settings.chat_adapter != path:
            window._save_settings(replace(window.settings, chat_adapter=path))

    def _on_adapters_changed(self, _adapters: Adapters) -> None:
        self._window.chat.adapter_names = self._window.chat_panel.adapter_bar.names()
