"""The chat page's figures and feedback around the conversation: the status bar's tokens/s and context meter, what
the status line says while a reply is written, Export itself, and a short confirmation for Copy, Export and "Use
this prompt" (issue 20, items 3 and 5)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QProgressBar, QStatusBar, QWidget

from desktop_llm.controllers.chat_controller import ChatController
from desktop_llm.controllers.engine_controller import EngineController
from desktop_llm.controllers.i18n import number_text, tr
from desktop_llm.core.events import GenerationFinished
from desktop_llm.core.sampling import Adapters
from desktop_llm.ipc.engine_wire import EngineStatus
from desktop_llm.ui.chat_panel import ChatPanel
from desktop_llm.ui.export_dialog import export_conversation

FEEDBACK_MS = 4000


def writing() -> str:
    """What the status line says while a reply is written."""
    return tr("Writing a reply…")


def model_name(path: str) -> str:
    """A model as an empty chat names it: its file name without ".gguf" (a connection's model id as it is)."""
    name = Path(path).name
    return name[:-5] if name.lower().endswith(".gguf") else name


class ChatBinding(QObject):
    """GUI thread only. Builds the status bar's chat widgets and keeps them true to the open chat. It is given the
    pieces it works on, never the window (issue 19, item 3: the window and its bindings imported each other)."""

    def __init__(self, chat: ChatController, engine: EngineController, panel: ChatPanel, status_bar: QStatusBar) -> None:
        super().__init__(status_bar)
        self._chat = chat
        self._engine = engine
        self._panel = panel
        self._status_bar = status_bar
        self._model_ready = False  # counting needs a loaded model
        self._ready_text = ""
        self.status = QLabel(tr("Starting the engine…"))
        status_bar.addWidget(self.status, 1)
        self.speed = QLabel()
        self.speed.setAccessibleName(tr("Tokens per second"))
        status_bar.addPermanentWidget(self.speed)
        self.meter = QProgressBar()
        self.meter.setAccessibleName(tr("Context used"))
        # Wide enough for "131072 / 131072 context tokens" in the system font and the user's language (not a
        # pixel count that clips at 200%).
        meter_format = tr("%v / %m context tokens")
        widest = meter_format.replace("%v", "131072").replace("%m", "131072")
        self.meter.setFixedWidth(self.meter.fontMetrics().horizontalAdvance(widest) + 24)
        self.meter.setFormat(meter_format)
        self.meter.setRange(0, 1)
        self.meter.setValue(0)
        self.meter.setToolTip(tr("Tokens of the context window the open chat takes, as the model sees it"))
        status_bar.addPermanentWidget(self.meter)

    def wire(self) -> None:
        """Once the window has its panels and menus (its own handlers of these signals run first)."""
        chat = self._chat
        chat.conversation_opened.connect(self._on_chat_conversation_opened)
        chat.branch_changed.connect(lambda _nodes: self.count())
        chat.message_changed.connect(lambda _change: self.count())  # a reply saved: counted with it (busy: no-op)
        chat.context_counted.connect(self._on_chat_context_counted)
        chat.busy_changed.connect(self._on_chat_busy_changed)
        chat.reply_finished.connect(self._on_chat_reply_finished)
        self._engine.load_started.connect(self._on_engine_load_started)
        self._engine.model_loaded.connect(self._on_engine_model_loaded)
        self._engine.model_load_failed.connect(self._on_engine_model_load_failed)
        self._panel.message_copied.connect(lambda _id: self.tell(tr("Copied to the clipboard")))
        self._panel.adapter_bar.adapters_changed.connect(self._on_adapters_changed)

    def tell(self, text: str) -> None:
        self._status_bar.showMessage(text, FEEDBACK_MS)

    def count(self) -> None:
        if self._model_ready:
            self._chat.count_context()

    def use_system_prompt(self, text: str) -> None:
        chat = self._chat
        if chat.conversation is None:
            return
        chat.set_system_prompt(text)
        self.tell(tr("System prompt saved for this chat") if text.strip() else tr("System prompt cleared for this chat"))
        self.count()

    def export(self, kind: str, parent: QWidget) -> None:
        """The open chat as `kind` ("md" or "json"; "+reasoning" keeps a reasoning model's thoughts) to a file the
        user picks, confirmed in the status bar."""
        conversation = self._chat.conversation
        if conversation is not None:
            fmt, _, extra = kind.partition("+")
            self.exported(export_conversation(parent, conversation.title, fmt,
                                              lambda path: self._chat.export(fmt, extra == "reasoning", path)))

    def exported(self, path: Path | None) -> None:
        if path is not None:
            self.tell(tr("Exported to {path}").format(path=path))

    def _on_chat_conversation_opened(self, _conversation_id: int) -> None:
        self.speed.setText("")  # the speed of another chat's last reply says nothing about this one

    def _on_chat_context_counted(self, conversation_id: int, tokens: int) -> None:
        conversation = self._chat.conversation
        if conversation is not None and conversation.id == conversation_id:
            self.meter.setValue(min(tokens, self.meter.maximum()))
            self.meter.setToolTip(tr("The open chat takes {tokens} tokens of the {context}-token context").format(
                tokens=number_text(tokens), context=number_text(self.meter.maximum())))

    def _on_chat_busy_changed(self, busy: bool) -> None:
        status = self.status
        if busy:
            self._ready_text = status.text()
            status.setText(writing())
        elif status.text() == writing():
            status.setText(self._ready_text)

    def _on_chat_reply_finished(self, _reply_id: int, finished: GenerationFinished) -> None:
        stats = finished.stats
        if stats.tokens_per_s:
            self.speed.setText(tr("{speed} tok/s").format(speed=number_text(stats.tokens_per_s, 1)) + "  ")
        if stats.n_ctx:
            self.meter.setRange(0, stats.n_ctx)  # the value follows from the count of the branch, reply included

    def _on_engine_load_started(self, path: str) -> None:
        self._model_ready = False
        self._panel.set_model_name(model_name(path), loading=True)

    def _on_engine_model_loaded(self, status: EngineStatus) -> None:
        self._model_ready = True
        self._panel.set_model_name(model_name(status.model.path) if status.model else "")
        self.meter.setRange(0, (status.model.n_ctx if status.model else 1) or 1)
        self.count()

    def _on_engine_model_load_failed(self, _path: str, _message: str) -> None:
        self._panel.set_model_name("")  # the error banner says why

    def show_figures(self, shown: bool) -> None:
        """Tokens/s and the context meter are about the chat; on the other pages they mean nothing."""
        self.speed.setVisible(shown)
        self.meter.setVisible(shown)

    def _on_adapters_changed(self, _adapters: Adapters) -> None:
        self._chat.adapter_names = self._panel.adapter_bar.names()
