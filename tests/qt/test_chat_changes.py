"""Change records instead of full reloads (issue 19, item 6): a send adds two message widgets and moves one row of
the conversation list; it neither rebuilds the widgets already shown nor reads the list back from the store.

The chat controller, the chat panel and the conversation list are wired here as the window wires them, on the
real store, with an in-process engine that streams a fixed reply (nothing here is about what a model says)."""

from __future__ import annotations

import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from pytestqt.qtbot import QtBot

from desktop_llm.controllers.chat_controller import ChatController
from desktop_llm.controllers.conversation_list_model import ConversationListModel
from desktop_llm.core.chat_changes import (
    ConversationAdded,
    ConversationChange,
    ConversationRemoved,
    ConversationRenamed,
    MessageChange,
    MessageUpdated,
)
from desktop_llm.core.conversation import Conversation
from desktop_llm.core.errors import DesktopLlmError, EngineUnavailableError
from desktop_llm.core.events import ChatMessage, GenerationFinished, GenerationStats, StreamEvent, TextDelta
from desktop_llm.core.markdown_html import MarkdownRenderer
from desktop_llm.core.sampling import Adapters, LoadParams, SamplingParams
from desktop_llm.services.storage.conversation_store import ConversationStore
from desktop_llm.services.storage.paths import AppPaths
from desktop_llm.ui import chat_panel as chat_panel_module
from desktop_llm.ui.chat_panel import ChatPanel
from desktop_llm.ui.message_view import MessageView
from tests.qt.conftest import OpenWindow

pytestmark = pytest.mark.usefixtures("english")  # plural forms ("4 tokens") as the app shows them

REPLY = ["Paris ", "is the ", "**capital** ", "of France."]


class CountingStore:
    """The real store, counting the calls made to it (a spy that implements ConversationRepository)."""

    def __init__(self, store: ConversationStore) -> None:
        self._store = store
        self.calls: Counter[str] = Counter()

    def __getattr__(self, name: str) -> Any:
        method = getattr(self._store, name)

        def counted(*args: Any, **kwargs: Any) -> Any:
            self.calls[name] += 1
            return method(*args, **kwargs)

        return counted


class ScriptedEngine:
    """An EngineSupervisor and ChatEngine in one: streams REPLY (or raises `error`), counts a branch by messages."""

    def __init__(self) -> None:
        self.error: DesktopLlmError | None = None

    def client(self) -> ScriptedEngine:
        return self

    def ensure_loaded(self, params: LoadParams) -> dict[str, Any]:
        return {}

    def explain(self, error: EngineUnavailableError) -> EngineUnavailableError:
        return error

    def shutdown(self) -> None:
        pass

    def chat_stream(
        self,
        messages: Sequence[ChatMessage],
        sampling: SamplingParams,
        cancelled: Callable[[], bool] = lambda: False,
        request_id: str | None = None,
        adapters: Adapters | None = None,
        template_kwargs: object = None,
    ) -> Iterator[StreamEvent]:
        if self.error is not None:
            raise self.error
        for piece in REPLY:
            time.sleep(0.01)
            yield TextDelta(piece)
        yield GenerationFinished("stop", GenerationStats(prompt_tokens=9, completion_tokens=4, tokens_per_s=50.0))

    def cancel(self, request_id: str | None = None) -> int:
        return 0

    def tokenize(self, text: str) -> list[int]:
        return list(range(len(text.split())))

    def count(self, text: str) -> int:
        return len(text.split())

    def count_chat(self, messages: Sequence[ChatMessage], template_kwargs: object = None) -> int:
        return len(messages)


class Chat:
    """The controller, the panel and the list wired as MainWindow wires them."""

    def __init__(self, qtbot: QtBot, store: CountingStore, engine: ScriptedEngine) -> None:
        self.store, self.engine = store, engine
        self.controller = ChatController(store, engine)  # type: ignore[arg-type]
        self.controller.selection.select(LoadParams(path="model.gguf"))
        self.panel = ChatPanel(MarkdownRenderer())
        qtbot.addWidget(self.panel)
        self.model = ConversationListModel(store)  # type: ignore[arg-type]
        self.model.refresh()
        chat, panel = self.controller, self.panel
        chat.branch_changed.connect(lambda nodes: panel.show_branch(nodes, chat.tree))
        chat.message_changed.connect(panel.apply_change)
        chat.conversation_changed.connect(self.model.apply)
        chat.chunk_received.connect(panel.append_chunk)
        chat.busy_changed.connect(panel.set_busy)
        self.changes: list[MessageChange | ConversationChange] = []
        chat.message_changed.connect(self.changes.append)
        chat.conversation_changed.connect(self.changes.append)

    def send(self, qtbot: QtBot, text: str) -> None:
        with qtbot.waitSignal(self.controller.reply_finished, timeout=10_000):
            self.controller.send(text)

    def stored_titles(self) -> list[str]:
        return [c.title for c in self.store._store.list_conversations()]

    def shown_titles(self) -> list[str]:
        return [self.model.data(self.model.index(row)) for row in range(self.model.rowCount())]


@pytest.fixture
def chat(qtbot: QtBot, app_paths: AppPaths) -> Iterator[Chat]:
    store = ConversationStore(app_paths.database_file)
    opened = Chat(qtbot, CountingStore(store), ScriptedEngine())
    yield opened
    opened.controller.shutdown()
    # The reply and its /cancel run on BackgroundOps threads (op-<lane>); the store closes once they are gone.
    qtbot.waitUntil(lambda: not any(t.name.startswith("op-chat-") for t in threading.enumerate()), timeout=5_000)
    store.close()


def stored_chat(chat: Chat, title: str, exchanges: int) -> Conversation:
    """A conversation written straight into the store, listed and opened as a click in the sidebar would."""
    store = chat.store._store
    conversation = store.create_conversation(title)
    parent = None
    for n in range(exchanges):
        user = store.add_message(conversation.id, parent, "user", f"Question {n}")
        parent = store.add_message(conversation.id, user.id, "assistant", f"Answer {n}").id
    chat.model.refresh()
    chat.controller.open_conversation(conversation.id)
    return conversation


class CountedView(MessageView):
    made = 0

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        CountedView.made += 1
        super().__init__(*args, **kwargs)


def test_a_send_adds_the_two_new_widgets_and_keeps_the_others(
    qtbot: QtBot, chat: Chat, monkeypatch: pytest.MonkeyPatch
) -> None:
    stored_chat(chat, "Geography", exchanges=2)
    before = chat.panel.message_views()
    assert len(before) == 4
    monkeypatch.setattr(chat_panel_module, "MessageView", CountedView)
    CountedView.made = 0
    destroyed: list[int] = []
    for view in before:
        view.destroyed.connect(lambda *_args, n=view.node.id: destroyed.append(n))
    streaming: list[MessageView | None] = []
    chat.controller.reply_started.connect(lambda reply_id: streaming.append(chat.panel.view(reply_id)))
    chat.send(qtbot, "What is the capital of France?")
    after = chat.panel.message_views()
    assert CountedView.made == 2  # the new question and its reply, nothing else
    assert len(after) == 6 and all(a is b for a, b in zip(after[:4], before, strict=False))
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # a rebuild's deleteLater would run here
    assert destroyed == []
    # The reply streamed into the widget made for it, which then showed the saved reply, rendered once.
    reply = after[-1]
    assert streaming == [reply] and reply.text == "".join(REPLY)
    assert "<b>capital</b>" in reply.body.toHtml() or "font-weight" in reply.body.toHtml()
    assert "4 tokens" in reply.stats_label.text() and "50.0 tok/s" in reply.stats_label.text()
    assert reply.node.status == "complete" and after[-2].text == "What is the capital of France?"


def test_a_send_reads_neither_the_conversation_list_nor_the_messages_back(qtbot: QtBot, chat: Chat) -> None:
    older = stored_chat(chat, "Older", exchanges=1)
    stored_chat(chat, "Newer", exchanges=1)
    chat.controller.open_conversation(older.id)
    assert chat.shown_titles() == ["Newer", "Older"]
    chat.store.calls.clear()
    with qtbot.assertNotEmitted(chat.model.modelReset), qtbot.waitSignal(chat.model.rowsMoved):
        chat.send(qtbot, "One more question.")
    assert chat.store.calls["list_conversations"] == 0
    assert chat.store.calls["messages"] == 0  # the tree follows the writes instead
    assert chat.shown_titles() == ["Older", "Newer"] == chat.stored_titles()
    assert chat.controller.tree.node(chat.panel.message_views()[-1].node.id).content == "".join(REPLY)


def test_the_conversation_list_model_stays_well_behaved_through_changes(  # type: ignore[no-untyped-def]
    qtbot: QtBot, chat: Chat, qtmodeltester
) -> None:
    qtmodeltester.check(chat.model)  # its tester stays attached and checks every change below
    first = stored_chat(chat, "First", exchanges=1)
    controller = chat.controller
    controller.new_conversation()  # added at the top
    assert chat.shown_titles() == chat.stored_titles() == ["New chat", "First"]
    chat.send(qtbot, "Hello there")  # renamed from its first message, touched twice
    assert chat.shown_titles() == chat.stored_titles() == ["Hello there", "First"]
    with qtbot.waitSignal(chat.model.rowsMoved):
        controller.rename(first.id, "First, renamed")
    assert chat.shown_titles() == chat.stored_titles() == ["First, renamed", "Hello there"]
    with qtbot.waitSignal(chat.model.rowsMoved):
        controller.set_system_prompt("Be brief.")  # saved on the open chat: it moves up as the store has it
    assert chat.shown_titles() == chat.stored_titles() == ["Hello there", "First, renamed"]
    controller.new_conversation()
    controller.new_conversation()  # the empty one is reused: nothing added
    assert chat.shown_titles() == chat.stored_titles() == ["New chat", "Hello there", "First, renamed"]
    with qtbot.waitSignal(chat.model.rowsRemoved):
        controller.delete(first.id)
    assert chat.shown_titles() == chat.stored_titles() == ["New chat", "Hello there"]
    qtmodeltester.check(chat.model)
    kinds = Counter(type(c) for c in chat.changes)
    assert kinds[ConversationAdded] == 2 and kinds[ConversationRemoved] == 1 and kinds[ConversationRenamed] == 2


def test_a_search_shows_what_the_store_finds_after_a_change(qtbot: QtBot, chat: Chat) -> None:
    stored_chat(chat, "Weather", exchanges=1)
    chat.controller.new_conversation()
    chat.model.set_search("volcano")
    assert chat.shown_titles() == []
    # Whether a chat matches depends on its messages' text: under a search the list is read again.
    chat.send(qtbot, "Tell me about a volcano")
    assert chat.shown_titles() == ["Tell me about a volcano"]


def test_regenerate_and_edit_replace_only_the_widgets_of_the_new_version(qtbot: QtBot, chat: Chat) -> None:
    stored_chat(chat, "Fruit", exchanges=1)
    chat.send(qtbot, "Name a fruit.")
    question, old_reply = chat.panel.message_views()[2:]
    with qtbot.waitSignal(chat.controller.reply_finished, timeout=10_000):
        chat.controller.regenerate()
    views = chat.panel.message_views()
    assert len(views) == 4 and views[2] is question and views[3] is not old_reply
    assert views[3].branch_label.text() == "2/2" and views[3].text == "".join(REPLY)
    first_question = views[0]
    with qtbot.waitSignal(chat.controller.reply_finished, timeout=10_000):
        chat.controller.edit_and_resend(question.node.id, "Name a vegetable.")
    views = chat.panel.message_views()
    assert views[0] is first_question and len(views) == 4
    assert views[2].text == "Name a vegetable." and views[2].branch_label.text() == "2/2"
    # Switching back to the first version redraws the branch (everything on it changes).
    with qtbot.waitSignal(chat.controller.branch_changed):
        chat.controller.switch_branch(views[2].node.id, -1)
    assert [v.text for v in chat.panel.message_views()[2:]] == ["Name a fruit.", "".join(REPLY)]
    assert all(v is not first_question for v in chat.panel.message_views())


def test_a_failed_reply_is_shown_in_the_widget_made_for_it(qtbot: QtBot, chat: Chat) -> None:
    stored_chat(chat, "Trouble", exchanges=1)
    chat.engine.error = DesktopLlmError("The model could not be loaded.")
    made: list[MessageView | None] = []
    chat.controller.reply_started.connect(lambda reply_id: made.append(chat.panel.view(reply_id)))
    with qtbot.waitSignal(chat.controller.reply_failed, timeout=10_000):
        chat.controller.send("Hello?")
    reply = chat.panel.message_views()[-1]
    assert made == [reply] and reply.node.status == "error"
    assert reply.body.toPlainText() == "(no reply: see the error above)"
    saved = [c for c in chat.changes if isinstance(c, MessageUpdated)]
    assert len(saved) == 1 and saved[0].message.id == reply.node.id


def test_the_records_of_a_send_come_while_busy_and_the_saved_reply_after(qtbot: QtBot, chat: Chat) -> None:
    """The context is counted after a reply, never while one starts (the engine is busy with it)."""
    stored_chat(chat, "Busy", exchanges=1)
    busy_at: list[tuple[str, bool]] = []
    chat.controller.message_changed.connect(lambda c: busy_at.append((type(c).__name__, chat.controller.busy)))
    chat.send(qtbot, "Count me.")
    assert busy_at == [("MessageAdded", True), ("MessageAdded", True), ("MessageUpdated", False)]


def test_a_send_in_the_window_adds_two_widgets_and_reads_no_list(
    qtbot: QtBot, open_window: OpenWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window()
    with qtbot.waitSignal(window.chat.reply_finished, timeout=60_000):
        window.chat.send("Say hello.")
    before = window.chat_panel.message_views()
    store = window.chat._store
    listed: list[str] = []
    real_list = store.list_conversations
    monkeypatch.setattr(store, "list_conversations", lambda search="": listed.append(search) or real_list(search))
    with qtbot.assertNotEmitted(window.conversations.modelReset):
        with qtbot.waitSignal(window.chat.reply_finished, timeout=60_000):
            window.chat.send("Say goodbye.")
    after = window.chat_panel.message_views()
    assert len(after) == 4 and after[:2] == before and all(a is b for a, b in zip(after, before, strict=False))
    assert listed == []
    assert window.conversations.data(window.conversations.index(0)) == "Say hello."
