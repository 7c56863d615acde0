"""The chat reply, its /cancel and the adapter comparison run on BackgroundOps (issue 19, item 1): their text and
their end reach the GUI thread, a reply that was stopped and dropped sends nothing more, and the engine's
explanation of a lost worker is made off the GUI thread.

A gated in-process engine sends the first piece of a reply, then waits for the test before sending the rest (and
sends it whatever the cancel flag says, as a chunk already on its way when the stop came would arrive)."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Sequence

import pytest
from pytestqt.qtbot import QtBot

from desktop_llm.controllers.chat_controller import ChatController
from desktop_llm.controllers.compare_controller import ADAPTER, BASE, COMPARE_SEED, CompareController
from desktop_llm.core.errors import EngineCrashedError, EngineUnavailableError
from desktop_llm.core.events import ChatMessage, GenerationFinished, GenerationStats, StreamEvent, TextDelta
from desktop_llm.core.sampling import Adapters, LoadParams, SamplingParams
from desktop_llm.services.storage.conversation_store import ConversationStore
from desktop_llm.services.storage.paths import AppPaths

PIECES = ("Paris ", "is the ", "capital.")
ADAPTERS: Adapters = (("runs/geo/adapter.gguf", 1.0),)


def on_gui_thread() -> bool:
    return threading.current_thread() is threading.main_thread()


class GatedEngine:
    """An EngineSupervisor and ChatEngine in one (a fake of the Protocols, no process)."""

    def __init__(self) -> None:
        self.gate = threading.Event()  # set: each stream goes on past its first piece
        self.lost: EngineUnavailableError | None = None  # raised after the first piece: the worker died
        self.requests: list[tuple[str, Adapters, int]] = []  # request id, adapters, seed
        self.cancelled_ids: list[str] = []
        self.explained_on_gui_thread: list[bool] = []

    def client(self) -> GatedEngine:
        return self

    def ensure_loaded(self, params: LoadParams) -> None:
        return None

    def explain(self, error: EngineUnavailableError) -> EngineUnavailableError:
        self.explained_on_gui_thread.append(on_gui_thread())
        return EngineCrashedError("The engine stopped (killed by SIGKILL).", "llama: out of memory")

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
        self.requests.append((request_id or "", tuple(adapters or ()), sampling.seed))
        yield TextDelta(PIECES[0])
        assert self.gate.wait(5), "the test never let the stream go on"
        if self.lost is not None:
            raise self.lost
        for piece in PIECES[1:]:
            yield TextDelta(piece)
        stats = GenerationStats(prompt_tokens=5, completion_tokens=len(PIECES), tokens_per_s=20.0)
        yield GenerationFinished("cancelled" if cancelled() else "stop", stats)

    def cancel(self, request_id: str | None = None) -> int:
        self.cancelled_ids.append(request_id or "")
        return 1


def wait_for_ops(qtbot: QtBot) -> None:
    """BackgroundOps threads are named op-<lane>; once they are gone, what they queued is delivered by a wait."""
    qtbot.waitUntil(lambda: not any(t.name.startswith("op-") for t in threading.enumerate()), timeout=5_000)
    qtbot.wait(50)


@pytest.fixture
def store(app_paths: AppPaths) -> Iterator[ConversationStore]:
    opened = ConversationStore(app_paths.database_file)
    yield opened
    opened.close()


@pytest.fixture
def gated() -> Iterator[GatedEngine]:
    gated = GatedEngine()
    yield gated
    gated.gate.set()  # whatever a test left waiting ends


@pytest.fixture
def chat(qtbot: QtBot, store: ConversationStore, gated: GatedEngine) -> Iterator[ChatController]:
    controller = ChatController(store, gated)  # type: ignore[arg-type]
    controller.selection.select(LoadParams(path="model.gguf"))
    yield controller
    gated.gate.set()
    controller.shutdown()
    wait_for_ops(qtbot)


def start_reply(qtbot: QtBot, chat: ChatController) -> int:
    """Send a question and wait for the first piece of the reply; the reply's id."""
    with qtbot.waitSignal(chat.chunk_received, timeout=5_000) as first:
        chat.send("What is the capital of France?")
    assert first.args[1] == PIECES[0]
    return int(first.args[0])


def test_a_late_chunk_of_a_stopped_reply_is_dropped(
    qtbot: QtBot, chat: ChatController, store: ConversationStore, gated: GatedEngine
) -> None:
    reply_id = start_reply(qtbot, chat)
    assert chat.conversation is not None
    conversation_id = chat.conversation.id
    chat.shutdown()  # the window closes: the reply is saved as shown, stopped, and its op dropped
    assert not chat.busy
    with qtbot.assertNotEmitted(chat.chunk_received), qtbot.assertNotEmitted(chat.reply_finished), \
            qtbot.assertNotEmitted(chat.reply_failed), qtbot.assertNotEmitted(chat.message_changed):
        gated.gate.set()  # the rest of the reply, and its end, arrive after the stop
        wait_for_ops(qtbot)
    reply = next(m for m in store.messages(conversation_id) if m.id == reply_id)
    assert reply.content == PIECES[0] and reply.status == "complete"
    assert reply.meta_dict()["finish_reason"] == "cancelled"
    assert gated.cancelled_ids == [gated.requests[0][0]]  # the engine heard the /cancel, sent in the background


def test_a_stopped_reply_ends_as_cancelled_and_keeps_what_arrived_on_the_gui_thread(
    qtbot: QtBot, chat: ChatController, store: ConversationStore, gated: GatedEngine
) -> None:
    shown: list[tuple[str, bool]] = []
    chat.chunk_received.connect(lambda _id, text: shown.append((text, on_gui_thread())))
    reply_id = start_reply(qtbot, chat)
    chat.stop()
    assert chat.busy  # until the engine says how the reply ended
    ends: list[GenerationFinished] = []
    chat.reply_finished.connect(lambda _id, end: ends.append(end))
    with qtbot.waitSignals([chat.busy_changed, chat.reply_finished], order="strict", timeout=5_000):
        gated.gate.set()
    [finished] = ends
    assert isinstance(finished, GenerationFinished) and finished.finish_reason == "cancelled"
    assert not chat.busy and all(gui for _text, gui in shown)
    saved = chat.tree.node(reply_id)
    assert saved.content == "".join(text for text, _gui in shown) and saved.status == "complete"
    meta = saved.meta_dict()
    assert meta["finish_reason"] == "cancelled" and meta["completion_tokens"] == len(PIECES)
    qtbot.waitUntil(lambda: gated.cancelled_ids == [gated.requests[0][0]], timeout=5_000)


def test_a_lost_engine_is_explained_off_the_gui_thread_and_the_reply_kept(
    qtbot: QtBot, chat: ChatController, gated: GatedEngine
) -> None:
    gated.lost = EngineUnavailableError("the engine connection broke mid-reply")
    reply_id = start_reply(qtbot, chat)
    with qtbot.waitSignal(chat.reply_failed, timeout=5_000) as failed:
        gated.gate.set()
    failed_id, message, detail = failed.args
    assert failed_id == reply_id and gated.explained_on_gui_thread == [False]
    assert message == ("The engine stopped (killed by SIGKILL). "
                       "Your conversation is safe; the engine restarts on the next message.")
    assert detail == "llama: out of memory"
    saved = chat.tree.node(reply_id)
    assert saved.content == PIECES[0] and saved.status == "error" and saved.meta_dict()["error"] == message
    assert not chat.busy


@pytest.fixture
def compare(qtbot: QtBot, gated: GatedEngine) -> Iterator[CompareController]:
    controller = CompareController(gated)  # type: ignore[arg-type]
    yield controller
    gated.gate.set()
    controller.shutdown()
    wait_for_ops(qtbot)


def run_compare(compare: CompareController) -> None:
    compare.run([ChatMessage("user", "Capital of France?")], SamplingParams(seed=-1), LoadParams(path="model.gguf"),
                ADAPTERS)


def test_compare_delivers_its_reports_on_the_gui_thread_in_order(
    qtbot: QtBot, compare: CompareController, gated: GatedEngine
) -> None:
    gated.gate.set()
    got: list[tuple[str, int, object, bool]] = []
    compare.chunk.connect(lambda side, text: got.append(("chunk", side, text, on_gui_thread())))
    compare.side_finished.connect(lambda side, end: got.append(("finished", side, end.finish_reason, on_gui_thread())))
    with qtbot.assertNotEmitted(compare.failed), qtbot.waitSignal(compare.done, timeout=5_000):
        run_compare(compare)
        assert compare.busy
    assert not compare.busy and all(gui for *_rest, gui in got)
    for side in (BASE, ADAPTER):
        mine = [(kind, value) for kind, s, value, _gui in got if s == side]
        assert mine == [*(("chunk", piece) for piece in PIECES), ("finished", "stop")]
    assert [s for _kind, s, _value, _gui in got] == [BASE] * 4 + [ADAPTER] * 4  # the base model first
    # Both sides with the same seed, the adapter only on the second.
    assert [(adapters, seed) for _id, adapters, seed in gated.requests] == [((), COMPARE_SEED), (ADAPTERS, COMPARE_SEED)]


def test_compare_explains_a_lost_engine_off_the_gui_thread(
    qtbot: QtBot, compare: CompareController, gated: GatedEngine
) -> None:
    gated.lost = EngineUnavailableError("the engine connection broke mid-reply")
    gated.gate.set()
    messages: list[str] = []
    compare.failed.connect(messages.append)
    with qtbot.waitSignals([compare.failed, compare.done], order="strict", timeout=5_000):
        run_compare(compare)
    assert messages == ["The engine stopped (killed by SIGKILL)."]
    assert gated.explained_on_gui_thread == [False]


def test_a_stopped_compare_ends_and_a_closed_one_says_nothing_more(
    qtbot: QtBot, compare: CompareController, gated: GatedEngine
) -> None:
    with qtbot.waitSignal(compare.chunk, timeout=5_000):
        run_compare(compare)
    with qtbot.waitSignal(compare.done, timeout=5_000):
        compare.stop()
        gated.gate.set()
    assert [adapters for _id, adapters, _seed in gated.requests] == [()]  # the adapter's side never started
    gated.gate.clear()
    with qtbot.waitSignal(compare.chunk, timeout=5_000):
        run_compare(compare)
    with qtbot.assertNotEmitted(compare.chunk), qtbot.assertNotEmitted(compare.side_finished), \
            qtbot.assertNotEmitted(compare.done):
        compare.shutdown()  # the window closes mid-comparison
        gated.gate.set()
        wait_for_ops(qtbot)
