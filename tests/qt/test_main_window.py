"""The real window, driven like a user: type, send, watch the reply stream in, stop, regenerate, restart."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop_llm.controllers.conversation_list_model import ConversationListModel
from desktop_llm.core.sampling import SamplingParams
from tests.qt.conftest import OpenWindow


def send(qtbot: QtBot, window, text: str, timeout: int = 60_000) -> object:  # type: ignore[no-untyped-def]
    window.chat_panel.composer.setPlainText(text)
    with qtbot.waitSignal(window.chat.reply_finished, timeout=timeout) as finished:
        qtbot.mouseClick(window.chat_panel.send_button, Qt.MouseButton.LeftButton)
    return finished.args[1]


def start_long_reply(qtbot: QtBot, window) -> None:  # type: ignore[no-untyped-def]
    """Send a prompt with a long answer and wait until its first words have arrived."""
    window.chat.sampling = SamplingParams(max_tokens=2000, seed=5)
    window.chat_panel.composer.setPlainText("Write a very long essay about the history of Rome.")
    with qtbot.waitSignal(window.chat.chunk_received, timeout=60_000):
        qtbot.mouseClick(window.chat_panel.send_button, Qt.MouseButton.LeftButton)


def test_first_launch_has_the_starter_model_selected(open_window: OpenWindow) -> None:
    window = open_window()
    assert "starter" in window.model_combo.currentText()
    assert "Backend: CPU" in window.backend_label.text() or "Backend:" in window.backend_label.text()
    assert window.conversations.rowCount() == 1  # an empty chat is ready


def test_type_a_message_and_receive_a_streamed_reply(qtbot: QtBot, open_window: OpenWindow) -> None:
    window = open_window()
    chunks: list[str] = []
    window.chat.chunk_received.connect(lambda _id, text: chunks.append(text))
    finished = send(qtbot, window, "What is the capital of France?")
    assert finished.finish_reason in ("stop", "length")
    views = window.chat_panel.message_views()
    assert [v.node.role for v in views] == ["user", "assistant"]
    assert len(views[1].text.strip()) > 3 and "\ufffd" not in views[1].text
    assert "".join(chunks) == views[1].text and len(chunks) >= 1
    assert "tok/s" in window.speed_label.text()
    qtbot.waitUntil(lambda: window.context_meter.value() > 0, timeout=10_000)  # counted off the GUI thread
    assert window.context_meter.maximum() == 4096
    # saved: the user's message and the finished reply
    stored = window.chat._store.messages(window.chat.conversation.id)
    assert [(m.role, m.status) for m in stored] == [("user", "complete"), ("assistant", "complete")]
    assert json.loads(stored[1].meta)["finish_reason"] == finished.finish_reason
    assert window.conversations.data(window.conversations.index(0)) == "What is the capital of France?"


def test_stop_a_reply(qtbot: QtBot, open_window: OpenWindow) -> None:
    window = open_window()
    start_long_reply(qtbot, window)
    assert window.chat_panel.stop_button.isEnabled() and not window.chat_panel.send_button.isEnabled()
    with qtbot.waitSignal(window.chat.reply_finished, timeout=30_000) as finished:
        qtbot.mouseClick(window.chat_panel.stop_button, Qt.MouseButton.LeftButton)
    assert finished.args[1].finish_reason == "cancelled"
    # Send is back in Stop's place, on as soon as there is something to send.
    assert window.chat_panel.send_button.isVisible() and not window.chat_panel.stop_button.isVisible()
    window.chat_panel.composer.setPlainText("Thanks.")
    assert window.chat_panel.send_button.isEnabled()
    reply = window.chat._store.messages(window.chat.conversation.id)[-1]
    assert reply.status == "complete" and 0 < len(reply.content)
    assert json.loads(reply.meta)["finish_reason"] == "cancelled"
    assert "stopped" in window.chat_panel.message_views()[-1].stats_label.text()


def test_regenerate_keeps_the_old_reply_as_a_branch(qtbot: QtBot, open_window: OpenWindow) -> None:
    window = open_window()
    send(qtbot, window, "Name a fruit.")
    first = window.chat_panel.message_views()[-1].text
    window.chat.sampling = SamplingParams(seed=11, max_tokens=40, temperature=1.2)
    with qtbot.waitSignal(window.chat.reply_finished, timeout=60_000):
        window.chat_panel.message_views()[-1].regenerate_button.click()  # the reply's own Regenerate
    views = window.chat_panel.message_views()
    assert len(views) == 2 and views[-1].branch_label.text() == "2/2"
    with qtbot.waitSignal(window.chat.branch_changed):
        views[-1].branch_requested.emit(views[-1].node.id, -1)
    back = window.chat_panel.message_views()[-1]
    assert back.branch_label.text() == "1/2" and back.text == first


def test_edit_and_resend_creates_a_branch(qtbot: QtBot, open_window: OpenWindow) -> None:
    window = open_window()
    send(qtbot, window, "Name a fruit.")
    user_view = window.chat_panel.message_views()[0]
    with qtbot.waitSignal(window.chat.reply_finished, timeout=60_000):
        user_view.edit_submitted.emit(user_view.node.id, "Name a vegetable.")
    views = window.chat_panel.message_views()
    assert views[0].text == "Name a vegetable." and views[0].branch_label.text() == "2/2"
    assert len(window.chat._store.messages(window.chat.conversation.id)) == 4


def test_switch_conversations_and_search(qtbot: QtBot, open_window: OpenWindow) -> None:
    window = open_window()
    send(qtbot, window, "What is the capital of France?")
    first_id = window.chat.conversation.id
    qtbot.mouseClick(window.sidebar.new_button, Qt.MouseButton.LeftButton)
    assert window.chat_panel.message_views() == []
    send(qtbot, window, "Say hello.")
    assert window.conversations.rowCount() == 2
    row = window.conversations.row_of(first_id)
    index = window.conversations.index(row)
    qtbot.mouseClick(window.sidebar.list.viewport(), Qt.MouseButton.LeftButton,
                     pos=window.sidebar.list.visualRect(index).center())
    assert window.chat.conversation.id == first_id
    assert window.chat_panel.message_views()[0].text == "What is the capital of France?"
    qtbot.keyClicks(window.sidebar.search, "hello")
    assert window.conversations.rowCount() == 1


def test_restart_the_app_and_find_the_history(qtbot: QtBot, open_window: OpenWindow) -> None:
    window = open_window()
    send(qtbot, window, "What is the capital of France?")
    reply = window.chat_panel.message_views()[-1].text
    window.close()
    again = open_window()
    assert again.conversations.rowCount() == 1
    views = again.chat_panel.message_views()
    assert [v.text for v in views] == ["What is the capital of France?", reply]


def test_conversation_list_model_is_a_well_behaved_qt_model(qtmodeltester, open_window: OpenWindow) -> None:  # type: ignore[no-untyped-def]
    window = open_window()
    model: ConversationListModel = window.conversations
    window.chat.new_conversation()
    qtmodeltester.check(model)


@pytest.mark.allow_error_logs
def test_engine_crash_mid_reply_is_shown_and_the_next_message_works(qtbot: QtBot, open_window: OpenWindow) -> None:
    window = open_window()
    start_long_reply(qtbot, window)
    with qtbot.waitSignal(window.chat.reply_failed, timeout=30_000) as failed:
        window.chat._engine.kill_for_test()
    assert "SIGKILL" in failed.args[1] and "conversation is safe" in failed.args[1]
    assert window.chat_panel.error_banner.isVisible()
    # Details show the engine log's meaningful lines of this run, when it has any (a SIGKILL may leave none).
    assert window.chat_panel.details_button.isVisible() == bool(failed.args[2])
    stored = window.chat._store.messages(window.chat.conversation.id)
    assert [m.role for m in stored] == ["user", "assistant"] and stored[1].status == "error"
    assert stored[1].content  # the text that had arrived is kept
    window.chat.sampling = SamplingParams(temperature=0.0, top_k=1, max_tokens=20)
    finished = send(qtbot, window, "Say hello.")
    assert finished.finish_reason in ("stop", "length")
    assert not window.chat_panel.error_banner.isVisible()
