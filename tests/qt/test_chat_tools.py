"""Tools in chat (issue 14) on the real window with the stand-in engine: a model with a tool template (Qwen 2.5's)
answers "call calculator {...}" with a Hermes <tool_call>, and the result with "The tool said: …". The approval card
(allow once, deny, allow for this chat), the call blocks, Stop while waiting, the rounds kept in the reply's meta
(reopened, regenerated, in the next prompt), and the switch disabled with its reason for a model without tools."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from desktop_llm.controllers.chat_tools import ChatTools, unsupported_reason
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
