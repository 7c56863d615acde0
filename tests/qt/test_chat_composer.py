"""The chat page around the messages (issue 15, "Chat"): the composer that grows with its text and holds Send,
which turns into Stop while a reply streams; the empty state with its example prompts; the context line."""

from __future__ import annotations

import itertools

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop_llm.core.context_budget import OVERFLOW_POLICY_TEXT
from desktop_llm.core.markdown_html import MarkdownRenderer
from desktop_llm.core.sampling import SamplingParams
from desktop_llm.ui import design
from desktop_llm.ui.chat_empty_view import examples, greeting
from desktop_llm.ui.chat_panel import ChatPanel
from desktop_llm.ui.composer_view import MAX_LINES
from tests.qt.conftest import OpenWindow


def shown_panel(qtbot: QtBot, width: int = 900, height: int = 600) -> ChatPanel:
    panel = ChatPanel(MarkdownRenderer())
    qtbot.addWidget(panel)
    panel.resize(width, height)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def test_the_composer_grows_with_its_lines_up_to_a_cap_then_scrolls(qtbot: QtBot) -> None:
    panel = shown_panel(qtbot)
    editor = panel.composer
    heights, scrolls = [], []
    for lines in range(1, MAX_LINES + 4):
        editor.setPlainText("\n".join(f"line {n}" for n in range(lines)))
        QApplication.processEvents()
        heights.append(editor.height())
        scrolls.append(editor.verticalScrollBar().isVisible())
    one_line = heights[0]
    line = editor.line_height()  # the UI font's, or a CJK fallback's where that is taller
    assert line >= editor.fontMetrics().lineSpacing()
    assert one_line < 3 * line  # one line tall when it holds one line
    # Each line up to the cap adds one line's height, and every line shows without a scroll bar...
    assert [b - a for a, b in itertools.pairwise(heights[:MAX_LINES])] == [line] * (MAX_LINES - 1)
    assert scrolls[:MAX_LINES] == [False] * MAX_LINES
    # ...then the height stays and the text scrolls inside the field.
    assert heights[MAX_LINES - 1:] == [heights[MAX_LINES - 1]] * 4
    assert scrolls[MAX_LINES:] == [True] * 3 and editor.verticalScrollBar().maximum() > 0
    editor.clear()
    QApplication.processEvents()
    assert editor.height() == one_line and not editor.verticalScrollBar().isVisible()


def test_a_long_line_that_wraps_grows_the_composer_too(qtbot: QtBot) -> None:
    panel = shown_panel(qtbot, width=600)
    one_line = panel.composer.height()
    panel.composer.setPlainText("word " * 60)  # one paragraph, several lines on screen
    QApplication.processEvents()
    assert panel.composer.height() > one_line


def test_enter_sends_and_shift_enter_starts_a_new_line(qtbot: QtBot) -> None:
    panel = shown_panel(qtbot)
    panel.composer.setFocus()
    qtbot.keyClicks(panel.composer, "first")
    qtbot.keyClick(panel.composer, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(panel.composer, "second")
    assert panel.composer.toPlainText() == "first\nsecond"
    with qtbot.waitSignal(panel.send_requested) as sent:
        qtbot.keyClick(panel.composer, Qt.Key.Key_Return)
    assert sent.args == ["first\nsecond"] and panel.composer.toPlainText() == ""


def test_send_sits_inside_the_composer_and_is_off_for_an_empty_message(qtbot: QtBot) -> None:
    panel = shown_panel(qtbot)
    box = panel.composer_box
    assert box.objectName() == "composer" and box.isAncestorOf(panel.send_button) and box.isAncestorOf(panel.composer)
    assert panel.send_button.property("kind") == "send" and panel.send_button.accessibleName() == "Send"
    assert panel.send_button.toolTip() and not panel.send_button.isEnabled()
    with qtbot.assertNotEmitted(panel.send_requested):
        qtbot.keyClick(panel.composer, Qt.Key.Key_Return)
        panel.composer.setPlainText("   ")
        qtbot.keyClick(panel.composer, Qt.Key.Key_Return)
    panel.composer.setPlainText("Hello")
    assert panel.send_button.isEnabled()
    # Tab leaves the field for Send (a keyboard user can reach it).
    panel.activateWindow()
    qtbot.waitUntil(panel.isActiveWindow)
    panel.composer.setFocus()
    qtbot.waitUntil(panel.composer.hasFocus)
    qtbot.keyClick(panel.composer, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is panel.send_button


def test_the_composer_and_the_empty_state_sit_in_the_centred_reading_column(qtbot: QtBot) -> None:
    panel = shown_panel(qtbot, width=1800, height=800)
    QApplication.processEvents()
    box = panel.composer_box
    assert box.width() <= design.CHAT_COLUMN_MAX
    centre = box.mapTo(panel, box.rect().center()).x()
    assert abs(centre - panel.width() / 2) <= 2
    empty = panel.empty_state.content
    assert empty.width() <= design.CHAT_COLUMN_MAX
    scroll = panel.scroll_area.viewport()
    assert abs(empty.mapTo(scroll, empty.rect().center()).x() - scroll.width() / 2) <= 2
    assert not panel.scroll_area.horizontalScrollBar().isVisible()


def test_the_context_policy_line_is_short_and_muted_with_the_whole_policy_in_its_tooltip(qtbot: QtBot) -> None:
    panel = shown_panel(qtbot)
    assert panel.policy_label.property("kind") == "muted"
    assert len(panel.policy_label.text()) < 90 and panel.policy_label.toolTip() == OVERFLOW_POLICY_TEXT


def test_banners_take_their_tones(qtbot: QtBot) -> None:
    panel = shown_panel(qtbot)
    panel.show_notice("2 earlier messages did not fit.")
    panel.show_error("The engine stopped.", "log line")
    assert panel.notice.property("tone") == "warning" and panel.notice.isVisible()
    assert panel.error_banner.property("tone") == "danger" and panel.details_button.isVisible()
    assert "background" not in panel.notice.styleSheet() + panel.error_banner.styleSheet()  # the design's colours
    panel.clear_error()
    panel.show_notice("")
    assert not panel.error_banner.isVisible() and not panel.details_button.isVisible() and not panel.notice.isVisible()


def test_an_example_prompt_fills_the_composer_and_focuses_it_without_sending(qtbot: QtBot) -> None:
    panel = shown_panel(qtbot)
    chips = panel.empty_state.chips
    assert [chip.text() for chip in chips] == [label for label, _icon, _text in examples()]
    assert 3 <= len(chips) <= 4 and all(chip.property("kind") == "chip" and chip.accessibleName() for chip in chips)
    panel.activateWindow()
    qtbot.waitUntil(panel.isActiveWindow)
    with qtbot.assertNotEmitted(panel.send_requested):
        qtbot.mouseClick(chips[2], Qt.MouseButton.LeftButton)
    assert panel.composer.toPlainText() == examples()[2][2]
    assert panel.composer.hasFocus()
    assert panel.composer.textCursor().position() == len(examples()[2][2])  # typing goes on where the start ends
    qtbot.keyClicks(panel.composer, "adds two numbers")
    assert panel.composer.toPlainText() == "Write a Python function that adds two numbers"


def test_an_empty_chat_greets_names_the_model_and_hides_once_a_message_is_sent(
    qtbot: QtBot, open_window: OpenWindow
) -> None:
    window = open_window()
    panel = window.chat_panel
    empty = panel.empty_state
    assert empty.isVisible() and panel.message_views() == []
    assert empty.greeting.text() == greeting() and empty.greeting.property("kind") == "display"
    model = window.chat.selection.path.rsplit("/", 1)[-1].removesuffix(".gguf")
    assert model in empty.model_label.text() and "stays on this computer" in empty.model_label.text()
    assert empty.model_label.property("kind") == "muted"
    panel.composer.setPlainText("Say hello.")
    with qtbot.waitSignal(window.chat.reply_finished, timeout=60_000):
        qtbot.keyClick(panel.composer, Qt.Key.Key_Return)
    assert not empty.isVisible() and len(panel.message_views()) == 2
    qtbot.mouseClick(window.sidebar.new_button, Qt.MouseButton.LeftButton)  # a new chat is empty again
    assert empty.isVisible() and panel.message_views() == []


def test_send_turns_into_stop_while_a_reply_streams_and_back(qtbot: QtBot, open_window: OpenWindow) -> None:
    window = open_window()
    panel = window.chat_panel
    assert panel.send_button.isVisibleTo(window) and not panel.stop_button.isVisibleTo(window)
    window.chat.sampling = SamplingParams(max_tokens=2000, seed=5)
    panel.composer.setPlainText("Write a very long essay about the history of Rome.")
    with qtbot.waitSignal(window.chat.chunk_received, timeout=60_000):
        qtbot.mouseClick(panel.send_button, Qt.MouseButton.LeftButton)
    # Streaming: Stop is where Send was, inside the composer; Send is gone (and off, so Enter sends nothing).
    assert panel.stop_button.isVisible() and panel.stop_button.isEnabled() and not panel.send_button.isVisible()
    assert panel.composer_box.isAncestorOf(panel.stop_button) and panel.stop_button.accessibleName() == "Stop"
    panel.composer.setPlainText("The next question, typed while the reply is written")
    with qtbot.assertNotEmitted(panel.send_requested):
        qtbot.keyClick(panel.composer, Qt.Key.Key_Return)
    with qtbot.waitSignal(window.chat.reply_finished, timeout=30_000) as finished:
        qtbot.mouseClick(panel.stop_button, Qt.MouseButton.LeftButton)
    assert finished.args[1].finish_reason == "cancelled"
    assert panel.send_button.isVisible() and panel.send_button.isEnabled() and not panel.stop_button.isVisible()
    assert panel.composer.toPlainText() == "The next question, typed while the reply is written"  # kept
