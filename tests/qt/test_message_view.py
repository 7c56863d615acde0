"""Chat messages as a readable column (issue 15): the user's bubble, the model's reply with its code blocks,
actions under each message for the pointer and the keyboard, and nothing that makes the page scroll sideways."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QScrollArea, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from desktop_llm.core.conversation import BranchPosition, MessageNode
from desktop_llm.core.markdown_html import MarkdownRenderer
from desktop_llm.ui import design
from desktop_llm.ui.code_block_view import CodeBlockView
from desktop_llm.ui.message_view import BUBBLE_SHARE, MessageView, author_name

LONG_WORD = "https://example.org/" + "a1b2c3d4" * 60
CODE = 'def greet(name):\n    return f"Hello, {name}!"  # <b>not html</b> & more\n\n\nprint(greet("you"))'
REPLY = f"Here is the function:\n\n```python\n{CODE}\n```\n\nAnd the **shell** line:\n\n```bash\necho hi\n```\n"
LONG_CODE = "x = [" + ", ".join(str(n) for n in range(400)) + "]"

Make = Callable[..., MessageView]
ONLY = BranchPosition(0, 1)  # the one version there is


def node(role: str, text: str, status: str = "complete", meta: dict[str, object] | None = None,
         message_id: int = 1) -> MessageNode:
    return MessageNode(message_id, 1, None, role, text, 0.0, status, json.dumps(meta or {}))  # type: ignore[arg-type]


class Conversation(QScrollArea):
    """A scroll area like the chat's: the messages stacked in a resizable widget."""

    def __init__(self) -> None:
        super().__init__()
        self.setWidgetResizable(True)
        content = QWidget()
        self.column = QVBoxLayout(content)
        self.column.addStretch(1)
        self.setWidget(content)

    def add(self, view: MessageView) -> MessageView:
        self.column.insertWidget(self.column.count() - 1, view)
        return view


@pytest.fixture
def conversation(qtbot: QtBot) -> Conversation:
    area = Conversation()
    qtbot.addWidget(area)
    area.resize(1000, 700)
    area.show()
    qtbot.waitExposed(area)
    return area


@pytest.fixture
def make(conversation: Conversation) -> Make:
    def factory(role: str, text: str, status: str = "complete", branch: BranchPosition = ONLY,
                meta: dict[str, object] | None = None, message_id: int = 1) -> MessageView:
        view = conversation.add(MessageView(node(role, text, status, meta, message_id), branch, MarkdownRenderer()))
        QApplication.processEvents()
        return view
    return factory


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def test_a_code_block_has_its_language_and_copies_exactly_its_code(qtbot: QtBot, make: Make) -> None:
    reply = make("assistant", REPLY)
    blocks = reply.code_blocks()
    assert [b.language_label.text() for b in blocks] == ["python", "bash"]
    assert all(b.objectName() == "code-block" for b in blocks)
    QGuiApplication.clipboard().setText("something else")
    with qtbot.waitSignal(blocks[0].copied) as copied:
        qtbot.mouseClick(blocks[0].copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == CODE == copied.args[0]  # no fence, no label, no HTML
    assert blocks[0].copy_button.toolTip() == "Copied"  # with a check mark for a moment
    qtbot.waitUntil(lambda: blocks[0].copy_button.toolTip() == "Copy code", timeout=3_000)
    blocks[1].copy_button.click()
    assert QGuiApplication.clipboard().text() == "echo hi"
    # The message's own copy takes the whole reply as written.
    reply.copy_button.click()
    assert QGuiApplication.clipboard().text() == REPLY
    # The prose around the blocks is shown in order: text, block, text, block.
    assert "Here is the function" in reply.body.toPlainText()
    assert "shell" in reply._extras[1].toPlainText() and reply._extras[2] is blocks[1]  # type: ignore[attr-defined]


def test_a_streaming_reply_stays_plain_until_it_is_saved(make: Make) -> None:
    reply = make("assistant", "", status="partial")
    reply.append(REPLY)
    assert reply.code_blocks() == [] and "```python" in reply.body.toPlainText()
    reply.show_saved(node("assistant", REPLY), "12 tokens")
    settle()
    assert len(reply.code_blocks()) == 2 and "```" not in reply.body.toPlainText()
    assert reply.stats_label.text() == "12 tokens" and reply.stats_label.property("kind") == "muted"


def test_a_reply_is_headed_by_the_model_that_wrote_it(make: Make) -> None:
    reply = make("assistant", "Hi", meta={"model": "/models/Qwen2.5-0.5B-Instruct-Q4_K_M.gguf"})
    assert reply.role_label.text() == "Qwen2.5-0.5B-Instruct-Q4_K_M"
    assert author_name(node("assistant", "x", meta={"model": "gpt-4.1"})) == "gpt-4.1"  # a server's model id
    assert author_name(node("assistant", "x")) == "Assistant"
    assert not make("user", "Hello", message_id=2).role_label.isVisible()  # the bubble needs no name


def test_a_short_question_is_a_bubble_on_the_right_narrower_than_the_column(make: Make) -> None:
    short = make("user", "Hi there!")
    long = make("user", "A long question " * 40, message_id=2)
    settle()
    column = short._column
    assert column.width() == design.CHAT_COLUMN_MAX  # the view is wider: the column stops at the reading width
    bubble = short._bubble
    assert bubble is not None and bubble.objectName() == "message-user"
    assert bubble.width() < column.width() / 3
    assert bubble.width() >= bubble.sizeHint().width()  # the text fits on one line
    assert short.body.height() < short.body.fontMetrics().lineSpacing() * 2
    right = bubble.mapTo(column, QPoint(bubble.width(), 0)).x()
    assert column.width() - right <= design.SPACE["m"] + 1  # on the right of the column
    assert long._bubble is not None and long._bubble.width() <= column.width() * BUBBLE_SHARE + 1


def test_the_column_is_centred_in_a_wide_view_and_fills_a_narrow_one(conversation: Conversation, make: Make) -> None:
    reply = make("assistant", "Hello")
    left = reply._column.mapTo(reply, QPoint(0, 0)).x()
    assert abs(left - (reply.width() - reply._column.width()) / 2) <= 1
    conversation.resize(500, 600)
    settle()
    assert reply._column.width() == reply.width()


def test_actions_show_for_the_pointer_and_the_keyboard_and_are_reached_by_tab(
    qtbot: QtBot, conversation: Conversation, make: Make
) -> None:
    reply = make("assistant", "Plain answer without links.", branch=BranchPosition(1, 3))
    conversation.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is conversation)
    reply.body.setFocus()
    qtbot.waitUntil(lambda: reply.body.hasFocus())
    seen: list[QWidget] = []
    for _ in range(5):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
        if QApplication.focusWidget() is reply.copy_button:
            assert reply.actions_shown  # drawn while the keyboard is on them
    assert seen[:4] == [reply.previous_button, reply.next_button, reply.copy_button, reply.regenerate_button]
    # Leaving the message fades them again; their room stays, so nothing below moves.
    height = reply.height()
    conversation.setFocus()
    qtbot.waitUntil(lambda: not reply.actions_shown)
    assert reply.height() == height and reply.copy_button.isVisible()
    assert reply.branch_label.isVisible() and reply.branch_label.text() == "2/3"  # the switcher always shows


def test_the_switcher_and_the_actions_keep_their_signals(qtbot: QtBot, make: Make) -> None:
    reply = make("assistant", "Answer", branch=BranchPosition(1, 3))
    with qtbot.waitSignal(reply.branch_requested) as step:
        reply.previous_button.click()
    assert step.args == [1, -1]
    with qtbot.waitSignal(reply.regenerate_requested) as regenerate:
        reply.regenerate_button.click()
    assert regenerate.args == [1]
    reply.set_busy(True)
    assert not reply.regenerate_button.isEnabled() and not reply.next_button.isEnabled()
    reply.set_busy(False)
    assert reply.next_button.isEnabled()


def test_editing_a_question_sends_the_new_text_and_escape_cancels(
    qtbot: QtBot, conversation: Conversation, make: Make
) -> None:
    question = make("user", "Name a fruit.")
    conversation.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is conversation)
    question.edit_button.click()
    editor = question._editor
    assert editor is not None and not question._bubble.isVisible()
    editor.box.setPlainText("Name a vegetable.")  # type: ignore[attr-defined]
    with qtbot.waitSignal(question.edit_submitted) as edited:
        editor.send_button.click()  # type: ignore[attr-defined]
    assert edited.args == [1, "Name a vegetable."]
    settle()
    assert question._editor is None and question._bubble.isVisible()
    question.edit_button.click()
    box = question._editor.box  # type: ignore[union-attr]
    qtbot.waitUntil(box.hasFocus)
    with qtbot.assertNotEmitted(question.edit_submitted):
        qtbot.keyClick(box, Qt.Key.Key_Escape)
    assert question._editor is None and question.text == "Name a fruit."
    assert question.edit_button.hasFocus()  # the keyboard is back where it was


def test_a_long_unbroken_line_in_prose_wraps_without_a_sideways_scroll_bar(
    conversation: Conversation, make: Make
) -> None:
    conversation.resize(700, 600)
    views = [make("user", f"Open {LONG_WORD}"), make("assistant", f"See {LONG_WORD} there.", message_id=2)]
    settle()
    assert conversation.horizontalScrollBar().maximum() == 0 and not conversation.horizontalScrollBar().isVisible()
    for view in views:
        assert view.width() <= conversation.viewport().width()
        assert view.body.mapTo(view, QPoint(view.body.width(), 0)).x() <= view.width()
        assert view.body.height() > view.body.fontMetrics().lineSpacing() * 2  # it wrapped


def test_a_long_code_line_scrolls_inside_its_block_only(conversation: Conversation, make: Make) -> None:
    conversation.resize(700, 600)
    reply = make("assistant", f"Look:\n\n```python\n{LONG_CODE}\n```\n")
    settle()
    block: CodeBlockView = reply.code_blocks()[0]
    bar = block.text.horizontalScrollBar()
    assert bar.isVisible() and bar.maximum() > 0  # the block scrolls sideways
    assert block.mapTo(reply, QPoint(block.width(), 0)).x() <= reply.width()
    assert not conversation.horizontalScrollBar().isVisible() and conversation.horizontalScrollBar().maximum() == 0
    # The code is one line, and the block is tall enough for it and its scroll bar.
    line = block.text.fontMetrics().lineSpacing()
    assert line + bar.height() <= block.text.height() < line * 2 + bar.height() + 2 * design.SPACE["m"]


def test_code_blocks_follow_the_theme_renderer(make: Make) -> None:
    reply = make("assistant", "```python\nx = 1\n```")
    assert not reply.body.isVisible() and len(reply.code_blocks()) == 1  # it opens with code: no empty text first
    first = reply.code_blocks()[0]
    reply.set_renderer(MarkdownRenderer(dark=True))
    settle()
    again = reply.code_blocks()
    assert len(again) == 1 and again[0] is not first and again[0].code == "x = 1"
    assert "#d4d4d4" in again[0].text.toHtml().lower() or "#f8f8f2" in again[0].text.toHtml().lower()
