"""Tools in chat (issue 14) on the real window with the stand-in engine: a model with a tool template (Qwen 2.5's)
answers "call calculator {...}" with a Hermes <tool_call>, and the result with "The tool said: …". The approval card
(allow once, deny, allow for this chat), the call blocks, Stop while waiting, the rounds kept in the reply's meta
(reopened, regenerated, in the next prompt), and the switch disabled with its reason for a model without tools."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from desktop_llm.app_tools import ToolCatalog
from desktop_llm.controllers.chat_context import count_prompt, estimate_tools, prompt_extras
from desktop_llm.controllers.chat_tools import ChatTools, unsupported_reason
from desktop_llm.core.errors import EngineRequestError
from desktop_llm.core.events import ChatMessage
from desktop_llm.core.retrieval import KNOWLEDGE_SHARE
from desktop_llm.core.sampling import LoadParams, SamplingParams
from desktop_llm.core.tool_meta import rounds_from_meta
from desktop_llm.services.storage.chat_tool_store import ChatToolStore
from desktop_llm.services.storage.paths import AppPaths
from desktop_llm.ui.main_window import MainWindow
from tests.gguf_fixtures import recommending_gguf, with_chat_template
from tests.qt.conftest import OpenWindow
from tests.qt.test_think_switch import choose
from tests.standin_engine.worker import RECORD_ENV

TEMPLATES = Path(__file__).parents[1] / "fixtures" / "chat_templates"
ASK = 'call calculator {"expression": "6*7"}'


@pytest.fixture
def recorded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "requests.jsonl"
    monkeypatch.setenv(RECORD_ENV, str(path))
    return path


def requests(path: Path) -> list[list[dict[str, Any]]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()] if path.exists() else []


def tool_window(qtbot: QtBot, open_window: OpenWindow, app_paths: AppPaths, tmp_path: Path,
                monkeypatch: pytest.MonkeyPatch) -> tuple[MainWindow, ChatTools]:
    monkeypatch.setattr("tqdm.tqdm.monitor_interval", 0)
    base = recommending_gguf(tmp_path / "base.gguf", {}, name="Qwen2.5-0.5B-Instruct")
    qwen = with_chat_template(base, app_paths.models_dir / "qwen2.5.gguf",
                              (TEMPLATES / "Qwen-Qwen2.5-7B-Instruct.jinja").read_text())
    window = open_window()
    tools = window.chat_tools  # wired by app_features, as the app does
    choose(qtbot, window, qwen)
    return window, tools


def ask(qtbot: QtBot, window: MainWindow, tools: ChatTools, text: str) -> Any:
    """Send `text`; the approval card that appears for its call."""
    with qtbot.waitSignal(tools.approval_requested, timeout=30_000) as blocker:
        window.chat.send(text)
    view = window.chat_panel.tool_calls(blocker.args[0])
    assert view is not None
    (card,) = view.cards()
    return card


def test_calls_are_approved_shown_stored_and_seen_again_by_the_model(
        qtbot: QtBot, open_window: OpenWindow, app_paths: AppPaths, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        recorded: Path) -> None:
    window, tools = tool_window(qtbot, open_window, app_paths, tmp_path, monkeypatch)
    chat, panel, chip = window.chat, window.chat_panel, window.chat_panel.tools_chip
    assert chip.isEnabled() and chip.text() == "Tools" and "calculator" in [s.name for s in chip.specs]
    chip._fill_menu()
    chip.boxes["calculator"].setChecked(True)  # as the user ticks it: a chat is opened and its state stored
    conversation = chat.conversation
    assert conversation is not None and tools.state.enabled == ("calculator",) and "1" in chip.text()

    # Allow once: the block shows the call, the model reads the result, the reply's content is the final answer.
    card = ask(qtbot, window, tools, ASK)
    assert '"expression": "6*7"' in card.arguments.code and card.allow_once.focusPolicy() != 0
    with qtbot.waitSignal(chat.reply_finished, timeout=30_000):
        card.allow_once.click()
    reply = chat.visible_path()[-1]
    assert reply.content == "The tool said: 42"
    (round_,) = rounds_from_meta(reply.meta_dict())
    (call,) = round_.calls
    assert (call.name, call.status, call.content, call.decision) == ("calculator", "ok", "42", "allow_once")
    block = panel.tool_calls(reply.id)
    assert block is not None and not block.isHidden() and next(iter(block.calls.values())).header.text().startswith(
        "calculator · done")
    _first, second = requests(recorded)
    assert second[-2]["tool_calls"][0]["function"]["name"] == "calculator"
    assert second[-1] == {"role": "tool", "content": "42", "tool_call_id": call.id}

    # Deny: the model is told so.
    card = ask(qtbot, window, tools, 'call calculator {"expression": "1+1"}')
    with qtbot.waitSignal(chat.reply_finished, timeout=30_000):
        card.deny.click()
    reply = chat.visible_path()[-1]
    assert reply.content.startswith("The tool said: The user denied this call.")
    assert rounds_from_meta(reply.meta_dict())[0].calls[0].status == "denied"
    # The next prompt carries the earlier replies' calls, expanded before their answers.
    earlier = requests(recorded)[-1]
    assert [m["role"] for m in earlier][:6] == ["user", "assistant", "tool", "assistant", "user", "assistant"]

    # Allow for this chat: stored with the chat, and the next call runs without a card.
    card = ask(qtbot, window, tools, ASK)
    with qtbot.waitSignal(chat.reply_finished, timeout=30_000):
        card.allow_chat.click()
    assert tools.state.allowed == ("calculator",)
    assert ChatToolStore(app_paths.database_file).state(conversation.id).allowed == ("calculator",)
    asked: list[object] = []
    tools.approval_requested.connect(lambda *args: asked.append(args))
    with qtbot.waitSignal(chat.reply_finished, timeout=30_000):
        chat.send(ASK)
    assert asked == [] and rounds_from_meta(chat.visible_path()[-1].meta_dict())[0].calls[0].decision == "allow_chat"

    # Regenerate keeps working (the chat's allowance holds), and a reopened chat shows its blocks again.
    with qtbot.waitSignal(chat.reply_finished, timeout=30_000):
        chat.regenerate()
    reply = chat.visible_path()[-1]
    assert reply.content == "The tool said: 42" and rounds_from_meta(reply.meta_dict())
    chat.open_conversation(conversation.id)
    reopened = panel.tool_calls(reply.id)
    assert reopened is not None and not reopened.isHidden() and len(reopened.calls) == 1
    assert tools.state.enabled == ("calculator",)  # read back from the store
    assert "**Tool call** `calculator`" in chat.export("md")

    # Stop while the card waits: the call ends as stopped, the reply as cancelled, the card is gone.
    tools.forget_allowed()
    card = ask(qtbot, window, tools, ASK)
    with qtbot.waitSignal(chat.reply_finished, timeout=30_000):
        panel.stop_button.click()
    reply = chat.visible_path()[-1]
    assert reply.meta_dict()["finish_reason"] == "cancelled"
    (call,) = rounds_from_meta(reply.meta_dict())[0].calls
    assert call.status == "cancelled" and call.decision == "deny"
    assert panel.tool_calls(reply.id).cards() == []  # type: ignore[union-attr]
    assert not chat.busy


def test_the_switch_is_disabled_with_its_reason_for_a_model_without_tools(
        qtbot: QtBot, open_window: OpenWindow, app_paths: AppPaths, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, recorded: Path) -> None:
    monkeypatch.setattr("tqdm.tqdm.monitor_interval", 0)
    plain = recommending_gguf(app_paths.models_dir / "plain.gguf", {})
    window = open_window()
    tools = window.chat_tools  # wired by app_features, as the app does
    chip = window.chat_panel.tools_chip
    tools.set_enabled(["calculator"])
    qtbot.waitUntil(lambda: window.model_combo.findData(str(plain)) >= 0, timeout=30_000)
    with qtbot.waitSignal(tools.support_changed, timeout=30_000, check_params_cb=lambda ok, _why: not ok):
        window.chat_with_model(str(plain))
    assert not chip.isEnabled() and chip.toolTip() == unsupported_reason() and chip.text() == "Tools"
    # A reply goes without tools (nothing offered to a template that cannot take them).
    with qtbot.waitSignal(window.chat.reply_finished, timeout=30_000):
        window.chat.send(ASK)
    assert window.chat.visible_path()[-1].content.startswith("This is the stand-in engine's reply")
    assert rounds_from_meta(window.chat.visible_path()[-1].meta_dict()) == ()


class _SecondStreamFails:
    """The stand-in engine's client, refusing the loop's second request (the one after the tool's result), as an
    engine that failed mid-reply does."""

    def __init__(self, client: Any) -> None:
        self._client = client
        self._streams = 0

    def __getattr__(self, name: str) -> Any:
        return getattr(self._client, name)

    def chat_stream(self, *args: Any, **kwargs: Any) -> Any:
        self._streams += 1
        if self._streams > 1:
            raise EngineRequestError("the engine refused the request")
        return self._client.chat_stream(*args, **kwargs)


class _FailingCatalog(ToolCatalog):
    def runner(self, conversation_id: int, state: Any) -> Any:
        run = super().runner(conversation_id, state)
        return lambda client, *args, **kwargs: run(_SecondStreamFails(client), *args, **kwargs)


def own_tools(window: MainWindow, app_paths: AppPaths, catalog: ToolCatalog) -> ChatTools:
    """ChatTools on the window's chat with `catalog`; every call allowed once as its card is asked."""
    store = ChatToolStore(app_paths.database_file)
    window.closed.connect(store.close)
    tools = ChatTools(window.chat, store, catalog)
    window.closed.connect(tools.shutdown)
    tools.approval_requested.connect(lambda _reply_id, ticket: ticket.answer("allow_once"))
    return tools


def test_a_reply_that_fails_after_a_tool_round_keeps_the_round(
        qtbot: QtBot, open_window: OpenWindow, app_paths: AppPaths, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    window, _wired = tool_window(qtbot, open_window, app_paths, tmp_path, monkeypatch)
    tools = own_tools(window, app_paths, _FailingCatalog())
    tools.set_enabled(["calculator"])
    with qtbot.waitSignal(window.chat.reply_failed, timeout=30_000):
        window.chat.send(ASK)
    reply = window.chat.visible_path()[-1]
    assert reply.status == "error" and "refused" in reply.meta_dict()["error"]
    (round_,) = rounds_from_meta(reply.meta_dict())  # the call ran: the user sees it
    (call,) = round_.calls
    assert (call.name, call.status, call.content, call.decision) == ("calculator", "ok", "42", "allow_once")
    assert tools.pending == {} and not window.chat.busy


def test_each_chat_has_its_own_scratch_folder_removed_with_the_chat(
        qtbot: QtBot, open_window: OpenWindow, app_paths: AppPaths, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    window, _wired = tool_window(qtbot, open_window, app_paths, tmp_path, monkeypatch)
    root = app_paths.data_dir / "scratch"
    catalog = ToolCatalog(scratch_root=root)
    assert "run_python" in [spec.name for spec in catalog.specs()] and not root.exists()  # nothing made before a run
    # The app's own ChatTools (its sandbox works in <data>/scratch/<chat id>): a second one on the same chat would
    # remove the deleted chat's folder too, racing the first.
    tools = _wired
    tools.approval_requested.connect(lambda _reply_id, ticket: ticket.answer("allow_once"))
    tools.set_enabled(["run_python"])
    first = window.chat.conversation
    assert first is not None
    code = json.dumps({"code": "open('note.txt', 'w').write('kept')"})
    with qtbot.waitSignal(window.chat.reply_finished, timeout=60_000):
        window.chat.send(f"call run_python {code}")
    assert rounds_from_meta(window.chat.visible_path()[-1].meta_dict())[0].calls[0].status == "ok"
    folder = root / str(first.id)
    assert (folder / "note.txt").read_text() == "kept"
    if os.name != "nt":
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700  # private to the user
    # Another chat writes in a folder of its own.
    window.chat.new_conversation()
    tools.set_enabled(["run_python"])
    second = window.chat.conversation
    assert second is not None and second.id != first.id
    with qtbot.waitSignal(window.chat.reply_finished, timeout=60_000):
        window.chat.send("call run_python " + json.dumps({"code": "import os; print(sorted(os.listdir('.')))"}))
    assert rounds_from_meta(window.chat.visible_path()[-1].meta_dict())[0].calls[0].content.count("note.txt") == 0
    # Deleting the first chat removes its folder (in the background), the other chat's stays.
    window.chat.delete(first.id)
    qtbot.waitUntil(lambda: not folder.exists(), timeout=10_000)
    assert (root / str(second.id)).is_dir()


class _Counter:
    """count_chat as an engine answers it here: a token per word, the tools' definitions a token per 4 characters
    of their JSON; `takes_tools=False`: a counter that cannot render tools (it refuses them)."""

    def __init__(self, takes_tools: bool = True) -> None:
        self.takes_tools = takes_tools

    def count_chat(self, messages: Any, template_kwargs: Any = None, tools: Any = None) -> int:
        if tools and not self.takes_tools:
            raise EngineRequestError("this server's /tokenize takes no tools")
        return sum(len(m.content.split()) for m in messages) + (len(json.dumps(list(tools))) // 4 if tools else 0)


def test_the_context_meter_counts_the_tools_or_the_knowledge_share() -> None:
    messages = [ChatMessage("user", "what is six times seven")]
    calculator = {"type": "function", "function": {"name": "calculator", "parameters": {"type": "object"}}}
    tools = SimpleNamespace(context_tools=lambda: [calculator])
    no_tools = SimpleNamespace(context_tools=lambda: [])
    knowledge = SimpleNamespace(attached=["a collection"])
    load = LoadParams("model.gguf", n_ctx=4096)
    sampling = SamplingParams(max_tokens=1024)

    def count(chat_tools: Any, chat_knowledge: Any, client: Any = None) -> int:
        chat = SimpleNamespace(tools=chat_tools, knowledge=chat_knowledge, load_params=load, sampling=sampling,
                               thinking=True)
        return count_prompt(client or _Counter(), messages, {}, prompt_extras(chat))

    assert count(None, None) == count(no_tools, SimpleNamespace(attached=[])) == 5
    # Tools on: their definitions as the engine counts them; a counter that cannot take them estimates their JSON.
    assert count(tools, None) == 5 + len(json.dumps([calculator])) // 4
    assert count(tools, None, _Counter(takes_tools=False)) == 5 + estimate_tools([calculator])
    # Tools on with collections attached: the reply runs the tool loop, which sends no passages.
    assert count(tools, knowledge) == count(tools, None)
    # Collections attached: the passages' share of the prompt's room (the context less the reply's reserve).
    assert count(no_tools, knowledge) == 5 + int((4096 - 1024) * KNOWLEDGE_SHARE)
    # A branch that fills the room leaves no share to reserve beyond it.
    long = [ChatMessage("user", "word " * 3_000)]
    chat = SimpleNamespace(tools=no_tools, knowledge=knowledge, load_params=load, sampling=sampling, thinking=True)
    assert count_prompt(_Counter(), long, {}, prompt_extras(chat)) == 4096 - 1024
