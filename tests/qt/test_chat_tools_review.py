"""Tools in chat, defects found in review: pre-approval judged without asking the catalog again (MCP servers), 'Allow
for this chat' kept for the reply's own chat, and the window's close waiting for a deleted chat's scratch folder."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from desktop_llm.app_tools import ToolCatalog
from desktop_llm.core.tool_meta import rounds_from_meta
from desktop_llm.core.tool_types import ToolSpec
from desktop_llm.services.storage.chat_tool_store import ChatToolStore
from desktop_llm.services.storage.paths import AppPaths
from tests.qt.conftest import OpenWindow
from tests.qt.test_chat_tools import ASK, own_tools, tool_window


class _CountingCatalog(ToolCatalog):
    """The real catalog, counting how often a worker thread lists its tools (with MCP servers: each asked, maybe
    started; the GUI thread's context meter lists them too, and is not counted)."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.listed = 0

    def specs(self) -> list[ToolSpec]:
        self.listed += threading.current_thread() is not threading.main_thread()
        return super().specs()


def test_an_always_allowed_call_is_judged_by_the_spec_in_hand(
        qtbot: QtBot, open_window: OpenWindow, app_paths: AppPaths, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    window, _wired = tool_window(qtbot, open_window, app_paths, tmp_path, monkeypatch)
    catalog = _CountingCatalog()
    tools = own_tools(window, app_paths, catalog)
    tools.set_enabled(["calculator"])
    tools.set_always_allowed(["calculator"])  # read-only: runs without a card
    asked: list[object] = []
    tools.approval_requested.connect(lambda *args: asked.append(args))
    with qtbot.waitSignal(window.chat.reply_finished, timeout=30_000):
        window.chat.send(ASK)
    (call,) = rounds_from_meta(window.chat.visible_path()[-1].meta_dict())[0].calls
    assert (call.status, call.decision) == ("ok", "always") and asked == []
    assert catalog.listed == 0  # the worker thread never listed the tools (MCP servers) again


def test_allow_for_this_chat_is_kept_for_the_replys_chat(
        qtbot: QtBot, open_window: OpenWindow, app_paths: AppPaths, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    window, _wired = tool_window(qtbot, open_window, app_paths, tmp_path, monkeypatch)
    store = ChatToolStore(app_paths.database_file)
    window.closed.connect(store.close)
    tools = own_tools(window, app_paths, ToolCatalog())
    tools.approval_requested.disconnect()  # own_tools allows once; here the user switches chats, then answers
    tools.set_enabled(["calculator"])
    first = window.chat.conversation
    assert first is not None
    second_ids: list[int] = []

    def answer_from_another_chat(_reply_id: int, ticket: Any) -> None:
        second_ids.append(window.chat.new_conversation().id)  # another chat is open when the answer comes
        ticket.answer("allow_chat")

    tools.approval_requested.connect(answer_from_another_chat)
    with qtbot.waitSignal(window.chat.reply_finished, timeout=30_000):
        window.chat.send(ASK)
    (second,) = second_ids
    assert second != first.id
    assert store.state(first.id).allowed == ("calculator",)  # the reply's chat
    assert store.state(second).allowed == () and tools.state.allowed == ()  # not the chat open meanwhile


def test_closing_waits_for_a_deleted_chats_scratch_folder(
        qtbot: QtBot, open_window: OpenWindow, app_paths: AppPaths, tmp_path: Path) -> None:
    window = open_window()
    root = tmp_path / "scratch"
    released, started = threading.Event(), threading.Event()

    class Gated(ToolCatalog):
        def forget(self, conversation_id: int) -> None:
            started.set()
            released.wait(30)  # the removal is under way when the window closes
            super().forget(conversation_id)

    tools = own_tools(window, app_paths, Gated(scratch_root=root))
    conversation = window.chat.new_conversation()
    folder = root / str(conversation.id)
    folder.mkdir(parents=True)
    for n in range(2000):  # a folder the model's code filled: removing it takes a moment
        (folder / f"f{n}.txt").write_text("x")
    window.chat.delete(conversation.id)
    assert started.wait(30)
    released.set()
    tools.shutdown()
    assert not folder.exists()  # shutdown returned only once the folder was gone
