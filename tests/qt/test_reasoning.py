"""A reasoning reply in the window (issue 13, part 2), on the stand-in engine, which answers a message asking it
to "think" with a `<think>…</think>` block first: the Thinking block streams open, folds with "Thought for N s"
when the answer starts, opens by click and by keyboard, stays folded for saved replies, and is left out of Copy and
exports unless asked for."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from desktop_llm.core.conversation import prompt_messages
from desktop_llm.services.storage.paths import AppPaths
from desktop_llm.ui.main_window import MainWindow
from desktop_llm.ui.message_view import MessageView
from desktop_llm.ui.thinking_view import thought_text
from tests.qt.conftest import OpenWindow, _windows
from tests.standin_engine import standin_command

REASONING = "The user wants me to think first . Let me weigh it step by step before answering ."
ANSWER = "This is the stand-in engine's reply to: Please think about the weather"


@pytest.fixture
def open_slow_window(qtbot: QtBot, app_paths: AppPaths) -> Iterator[OpenWindow]:
    """The window on a stand-in that writes a word every 40 ms, so a test can look at the reply mid-stream."""
    yield from _windows(qtbot, app_paths, standin_command("--token-delay", "0.04"))


def reply_view(window: MainWindow) -> MessageView:
    return window.chat_panel.message_views()[-1]


def test_thinking_block_streams_then_folds_and_is_kept_apart(qtbot: QtBot, open_slow_window: OpenWindow) -> None:
    window = open_slow_window()
    window.chat.send("Please think about the weather")
    qtbot.waitUntil(lambda: len(window.chat_panel.message_views()) == 2 and reply_view(window).thinking.text != "")
    view = reply_view(window)
    # Live: open, growing, and no answer yet.
    assert view.thinking.isVisible() and view.thinking.live and view.thinking.expanded
    assert view.thinking.header.text() == "Thinking…" and view.text == ""
    assert "<think>" not in view.thinking.text
    seen: list[float] = []
    window.chat.thinking_finished.connect(lambda _id, seconds: seen.append(seconds))
    qtbot.waitUntil(lambda: not view.thinking.live, timeout=10_000)
    # The answer started: folded, timed.
    assert not view.thinking.expanded and view.thinking.header.text().startswith("Thought for ")
    assert not view.thinking.body.isVisible()
    qtbot.waitUntil(lambda: not window.chat.busy, timeout=10_000)
    assert len(seen) == 1 and seen[0] > 0
    saved = window.chat.visible_path()[-1]
    assert (saved.content, saved.reasoning) == (ANSWER, REASONING)
    assert saved.meta_dict()["thinking_s"] == round(seen[0], 1)
    assert view.text == ANSWER and view.thinking.text == REASONING
    assert view.thinking.header.text() == thought_text(saved.meta_dict()["thinking_s"])
    assert not view.thinking.expanded and "collapsed" in view.thinking.header.accessibleName()
    # Tokens/s counts every generated word, reasoning included (the stand-in's token is a word).
    words = len(f"<think>\n{REASONING}\n</think>\n\n{ANSWER}".split())
    assert saved.meta_dict()["completion_tokens"] == words

    # Opened by a click, and by the keyboard (Space and Enter on the focused header), with what it says.
    qtbot.mouseClick(view.thinking.header, Qt.MouseButton.LeftButton)
    assert view.thinking.expanded and view.thinking.body.isVisible()
    assert "expanded" in view.thinking.header.accessibleName()
    view.thinking.header.setFocus()
    qtbot.keyClick(view.thinking.header, Qt.Key.Key_Space)
    assert not view.thinking.expanded
    qtbot.keyClick(view.thinking.header, Qt.Key.Key_Return)
    assert view.thinking.expanded

    # Copy takes the answer only.
    view.copy_button.click()
    assert QGuiApplication.clipboard().text() == ANSWER

    # Exports leave it out unless asked.
    markdown = window.chat.export("md")
    assert ANSWER in markdown and "weigh it" not in markdown and "<think>" not in markdown
    with_reasoning = window.chat.export("md", include_reasoning=True)
    assert "> **Thinking**" in with_reasoning and f"> {REASONING}" in with_reasoning
    assert with_reasoning.index("weigh it") < with_reasoning.index(ANSWER)
    plain_json = json.loads(window.chat.export("json"))
    assert all("reasoning_content" not in m for m in plain_json["messages"])
    full_json = json.loads(window.chat.export("json", include_reasoning=True))
    assert full_json["messages"][-1]["reasoning_content"] == REASONING

    # The next turn hands the reasoning to the template as reasoning_content (it decides to keep or drop it).
    assert window.chat.conversation is not None
    sent = prompt_messages(window.chat.conversation.system_prompt, window.chat.visible_path())
    assert sent[-1].content == ANSWER and sent[-1].reasoning_content == REASONING


def test_saved_replies_show_the_block_folded(qtbot: QtBot, open_window: OpenWindow) -> None:
    window = open_window()
    window.chat.send("Could you think it over")
    qtbot.waitUntil(lambda: not window.chat.busy, timeout=10_000)
    conversation = window.chat.conversation
    assert conversation is not None
    window.chat.new_conversation()
    window.chat.open_conversation(conversation.id)  # the branch is drawn anew from the store
    view = reply_view(window)
    assert not view.thinking.isHidden() and not view.thinking.expanded and not view.thinking.live
    assert view.thinking.text == REASONING and view.thinking.header.text().startswith("Thought for ")
    assert view.text.startswith("This is the stand-in engine's reply to: Could you think it over")
    # A reply without reasoning has no block.
    window.chat.send("And now plainly")
    qtbot.waitUntil(lambda: not window.chat.busy, timeout=10_000)
    assert reply_view(window).thinking.isHidden()


def test_thought_text() -> None:
    assert thought_text(1.44) == "Thought for 1.4 s"
    assert thought_text(12.4) == "Thought for 12 s"
    assert thought_text(125) == "Thought for 2 min 5 s"
    assert thought_text(None) == "Thoughts"
