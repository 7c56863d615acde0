"""The chat page as a new user met it in the first hour (issue 20, items 1-5; issue 10, item 21's closing
mid-reply), driven through the real window on the starter model."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from desktop_llm.core.conversation import prompt_messages
from desktop_llm.core.sampling import SamplingParams
from desktop_llm.services.storage.paths import AppPaths
from desktop_llm.ui.chat_binding import writing
from desktop_llm.ui.chat_panel import ChatPanel, stats_text
from desktop_llm.ui.main_window import MainWindow
from tests.qt.conftest import OpenWindow, add_finished_run
from tests.qt.test_main_window import send, start_long_reply

RAMBLE = SamplingParams(temperature=0.0, top_k=1, seed=0, max_tokens=60, repeat_penalty=1.0)
LONG_URL = "https://example.com/" + "/".join(f"segment{i:03d}-with-no-spaces-at-all" for i in range(10))


pytestmark = pytest.mark.usefixtures("english")  # the app's English plurals and number formats


def essay(topic: str, paragraphs: int = 7) -> str:
    sentence = f"The history of the {topic} is a long story of inventors, workshops, roads and the people who used them. "
    return "\n\n".join(f"{sentence * 5}Paragraph {n} ends here." for n in range(1, paragraphs + 1))


def open_stored_chat(window: MainWindow, exchanges: list[tuple[str, str]], meta: dict[str, object] | None = None,
                     system_prompt: str = "") -> int:
    """A conversation written straight into the window's store, then opened as a click in the sidebar would."""
    store = window.chat._store
    conversation = store.create_conversation(exchanges[0][0][:40], system_prompt)
    parent = None
    for question, answer in exchanges:
        user = store.add_message(conversation.id, parent, "user", question)
        parent = store.add_message(conversation.id, user.id, "assistant", answer, "complete", meta).id
    window.conversations.refresh()
    window.chat.open_conversation(conversation.id)
    return conversation.id


def last_message_shown(panel: ChatPanel) -> bool:
    """The scroll range ends where the messages end, and the viewport shows the end of the last message."""
    area = panel.scroll_area
    bar, viewport, content = area.verticalScrollBar(), area.viewport(), area.widget()
    views = panel.message_views()
    if not views:
        return False
    bottom = views[-1].geometry().bottom()  # in the content's coordinates
    if content.height() > viewport.height() and content.height() - bottom > 40:
        return False  # room to scroll into below the last message: the blank pane
    return bar.value() <= bottom <= bar.value() + viewport.height() + 1


def test_long_replies_keep_the_end_of_the_conversation_in_view(qtbot: QtBot, open_window: OpenWindow) -> None:
    window = open_window()
    window.resize(1280, 800)
    open_stored_chat(window, [("Write a detailed essay with several paragraphs about the history of the bicycle.",
                               essay("bicycle"))])
    panel = window.chat_panel
    qtbot.waitUntil(lambda: last_message_shown(panel), timeout=5_000)
    window.chat.sampling = RAMBLE
    panel.composer.setPlainText("Now write another long essay about the history of trains.")
    with qtbot.waitSignal(window.chat.reply_finished, timeout=120_000):
        qtbot.mouseClick(panel.send_button, Qt.MouseButton.LeftButton)
        # While it streams: the newest words are on screen, not an empty pane.
        qtbot.waitUntil(lambda: len(panel.message_views()[-1].text) > 40, timeout=60_000)
        qtbot.waitUntil(lambda: last_message_shown(panel), timeout=5_000)
    qtbot.waitUntil(lambda: last_message_shown(panel), timeout=5_000)
    assert panel.scroll_area.widget().height() > panel.scroll_area.viewport().height()  # it did overflow
    # Reading back up stops the following; the next text does not yank the reader down.
    bar = panel.scroll_area.verticalScrollBar()
    bar.setValue(0)
    panel.append_chunk(panel.message_views()[-1].node.id, " More words.")
    QApplication.processEvents()
    assert bar.value() == 0


def test_a_long_unbroken_string_wraps_instead_of_widening_the_chat(qtbot: QtBot, open_window: OpenWindow) -> None:
    window = open_window()
    window.resize(1280, 800)
    assert len(LONG_URL) > 300
    open_stored_chat(window, [(f"Open {LONG_URL} please", f"Here it is: {LONG_URL}\n\n```\n{LONG_URL}\n```")])
    panel = window.chat_panel
    area = panel.scroll_area
    qtbot.waitUntil(lambda: len(panel.message_views()) == 2 and panel.message_views()[-1].isVisible(), timeout=5_000)
    QApplication.processEvents()
    assert not area.horizontalScrollBar().isVisible()
    for view in panel.message_views():
        assert view.width() <= area.viewport().width()
        assert view.body.width() <= area.viewport().width()
        assert view.copy_button.mapTo(view, view.copy_button.rect().bottomRight()).x() <= view.width()  # on screen
        assert view.body.height() > view.body.fontMetrics().height() * 2  # it wrapped onto several lines


def meter_count(window: MainWindow) -> int:
    """What the open chat's visible branch takes in the model's context, counted by the engine itself."""
    conversation = window.chat.conversation
    assert conversation is not None
    messages = prompt_messages(conversation.system_prompt, window.chat.visible_path())
    return window.chat._engine.client().count_chat(messages) if messages else 0


def test_the_context_meter_follows_the_open_chat(qtbot: QtBot, open_window: OpenWindow) -> None:
    window = open_window()
    meter = window.context_meter
    long_id = open_stored_chat(window, [("Tell me about bicycles.", essay("bicycle", 3))])
    long_count = meter_count(window)
    assert long_count > 300
    qtbot.waitUntil(lambda: meter.value() == long_count, timeout=10_000)
    # A new chat is empty.
    qtbot.mouseClick(window.sidebar.new_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: meter.value() == 0, timeout=10_000)
    send(qtbot, window, "Name a fruit.")
    first = meter_count(window)
    qtbot.waitUntil(lambda: meter.value() == first, timeout=10_000)
    # A branch switch counts the branch shown.
    window.chat.sampling = SamplingParams(seed=11, max_tokens=60, temperature=1.2)
    with qtbot.waitSignal(window.chat.reply_finished, timeout=60_000):
        window.chat.regenerate()
    second = meter_count(window)
    qtbot.waitUntil(lambda: meter.value() == second, timeout=10_000)
    reply = window.chat_panel.message_views()[-1]
    reply.branch_requested.emit(reply.node.id, -1)
    qtbot.waitUntil(lambda: meter.value() == first, timeout=10_000)
    # Opening another chat counts that one.
    window.chat.open_conversation(long_id)
    qtbot.waitUntil(lambda: meter.value() == long_count, timeout=10_000)
    # Tokens/s and the meter show on the chat only.
    assert window.speed_label.isVisibleTo(window) and meter.isVisibleTo(window)
    window.tabs.setCurrentIndex(1)
    assert not window.speed_label.isVisibleTo(window) and not meter.isVisibleTo(window)
    window.tabs.setCurrentIndex(0)
    assert meter.isVisibleTo(window)
    # And after a restart, the chat that opens is counted once the model is loaded.
    window.close()
    again = open_window()
    qtbot.waitUntil(lambda: again.context_meter.value() == meter_count(again) > 0, timeout=20_000)


def test_the_overflow_notice_and_the_error_banner_show_plain_text(qtbot: QtBot, open_window: OpenWindow) -> None:
    window = open_window()
    panel = window.chat_panel
    open_stored_chat(window, [("First question.", "First answer."), ("Second question.", "Second answer.")],
                     meta={"dropped_messages": 2})
    text = panel.notice.text()
    assert panel.notice.isVisibleTo(window)
    assert "left out of the model's view" in text and "&#x27;" not in text
    assert "system prompt" not in text  # this chat has none
    open_stored_chat(window, [("A question.", "An answer.")], meta={"dropped_messages": 1},
                     system_prompt="You are terse.")
    assert "1 earlier message did not fit" in panel.notice.text() and "(the system prompt was kept)" in panel.notice.text()
    panel.show_error("Can't load <b>model</b> & co.")
    assert panel.error_banner.text() == "Can't load <b>model</b> & co."
    assert panel.error_banner.textFormat() == Qt.TextFormat.PlainText


def test_while_a_reply_streams_regenerate_is_off_and_the_status_says_so(qtbot: QtBot, open_window: OpenWindow) -> None:
    window = open_window()
    send(qtbot, window, "Name a fruit.")
    assert window.chat_panel.message_views()[-1].regenerate_button.isEnabled()
    start_long_reply(qtbot, window)
    views = window.chat_panel.message_views()
    assert [v.node.role for v in views] == ["user", "assistant", "user", "assistant"]
    assert not any(v.regenerate_button.isEnabled() for v in views if v.node.role == "assistant")
    assert not any(v.edit_button.isEnabled() for v in views if v.node.role == "user")
    assert window.model_status.text() == writing()
    with qtbot.waitSignal(window.chat.reply_finished, timeout=30_000):
        window.chat.stop()
    views = window.chat_panel.message_views()
    assert all(v.regenerate_button.isEnabled() for v in views if v.node.role == "assistant")
    assert window.model_status.text().startswith("Ready")


def test_right_click_leaves_the_open_chat_highlighted(qtbot: QtBot, open_window: OpenWindow) -> None:
    window = open_window()
    other = open_stored_chat(window, [("Other chat.", "Yes.")])
    shown = open_stored_chat(window, [("Shown chat.", "Yes.")])
    sidebar = window.sidebar
    rect = sidebar.list.visualRect(window.conversations.index(window.conversations.row_of(other)))
    qtbot.mousePress(sidebar.list.viewport(), Qt.MouseButton.RightButton, pos=rect.center())
    qtbot.mouseRelease(sidebar.list.viewport(), Qt.MouseButton.RightButton, pos=rect.center())

    def close_menu() -> None:
        popup = QApplication.activePopupWidget()
        if popup is not None:
            popup.close()

    QTimer.singleShot(200, close_menu)
    sidebar._on_list_context_menu(QPoint(rect.center()))
    selected = [i.data(Qt.ItemDataRole.UserRole + 1) for i in sidebar.list.selectionModel().selectedIndexes()]
    assert selected == [shown] and window.chat.conversation.id == shown


def test_new_chat_reuses_an_empty_one(qtbot: QtBot, open_window: OpenWindow) -> None:
    window = open_window()
    window.activateWindow()
    assert window.conversations.rowCount() == 1  # the empty chat opened at first launch
    for _ in range(3):
        qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.conversations.rowCount() == 1
    send(qtbot, window, "Say hello.")
    used = window.chat.conversation.id
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.conversations.rowCount() == 2 and window.chat.conversation.id != used
    assert window.chat_panel.message_views() == []


def test_copy_export_and_use_this_prompt_say_they_worked(
    qtbot: QtBot, open_window: OpenWindow, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    window = open_window()
    send(qtbot, window, "Name a fruit.")
    status = window.statusBar()
    reply = window.chat_panel.message_views()[-1]
    qtbot.mouseClick(reply.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == reply.text
    assert "Copied" in status.currentMessage() and reply.copy_button.toolTip() == "Copied"  # the check mark's tip
    window.settings_panel.system_prompt.setPlainText("Answer like a pirate.")
    qtbot.mouseClick(window.settings_panel.save_prompt, Qt.MouseButton.LeftButton)
    assert "System prompt saved" in status.currentMessage()
    assert window.chat.conversation.system_prompt == "Answer like a pirate."
    target = tmp_path / "chat.md"
    # The save dialog is the platform's; the answer it would give is stood in for.
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), "Markdown (*.md)"))
    window.export_chat("md")
    assert "## You\n\nName a fruit." in target.read_text(encoding="utf-8")
    assert status.currentMessage() == f"Exported to {target}"


def test_the_adapter_choice_survives_a_restart_and_replies_use_the_run_name(
    open_window: OpenWindow, app_paths: AppPaths, starter_model: Path, tmp_path: Path
) -> None:
    add_finished_run(app_paths, starter_model, tmp_path / "0001-pirate", "Pirate voice")
    adapter = tmp_path / "0001-pirate" / "adapter.gguf"
    window = open_window()
    bar = window.chat_panel.adapter_bar
    bar.combo.setCurrentIndex(1)
    bar.combo.activated.emit(1)  # as a user's pick
    assert window.chat.adapters == ((str(adapter), 1.0),)
    from desktop_llm.controllers.chat_controller import adapter_meta

    meta = adapter_meta(window.chat.adapters, window.chat.adapter_names)
    assert "LoRA: Pirate voice ×1.0" in stats_text(meta)
    # Replies saved before names were recorded show the run's name, not its folder.
    assert "LoRA: pirate ×1" in stats_text({"adapters": [{"path": str(adapter), "scale": 1}]})
    window.close()
    again = open_window()
    assert again.chat_panel.adapter_bar.current_path() == str(adapter)
    assert again.chat.adapters == ((str(adapter), 1.0),)
    # Choosing the base model is remembered too.
    bar = again.chat_panel.adapter_bar
    bar.combo.setCurrentIndex(0)
    bar.combo.activated.emit(0)
    again.close()
    third = open_window()
    assert third.chat_panel.adapter_bar.current_path() == "" and third.chat.adapters == ()


def test_closing_mid_reply_keeps_the_reply_as_far_as_it_was_shown(qtbot: QtBot, open_window: OpenWindow) -> None:
    window = open_window()
    start_long_reply(qtbot, window)
    qtbot.waitUntil(lambda: len(window.chat_panel.message_views()[-1].text) > 20, timeout=30_000)
    shown = window.chat_panel.message_views()[-1].text
    store, conversation = window.chat._store, window.chat.conversation.id
    window.close()  # no event is processed between the close and the read: as when the app has quit
    reply = store.messages(conversation)[-1]
    assert reply.role == "assistant" and reply.content == shown
    assert reply.status == "complete" and json.loads(reply.meta)["finish_reason"] == "cancelled"
    again = open_window()
    assert again.chat_panel.message_views()[-1].text == shown
    assert "stopped" in again.chat_panel.message_views()[-1].stats_label.text()
