"""One chat message: its text (markdown once complete), branch switcher, and actions."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_llm.core.conversation import BranchPosition, MessageNode
from desktop_llm.core.markdown_html import MarkdownRenderer
from desktop_llm.ui.message_body import MessageBody
from desktop_llm.ui.thinking_view import ThinkingView

__all__ = ["MessageBody", "MessageView"]

_ROLE_NAMES = {"user": "You", "assistant": "Assistant", "system": "System"}


class MessageView(QFrame):
    """GUI thread only. Streaming text is shown plain and rendered as markdown when the reply completes."""

    copy_requested = Signal(int)  # message id (the view copies; the signal is for tests and status text)
    edit_submitted = Signal(int, str)  # user message id, new text
    regenerate_requested = Signal(int)  # assistant message id
    branch_requested = Signal(int, int)  # message id, step (-1 previous, +1 next)

    def __init__(
        self,
        node: MessageNode,
        branch: BranchPosition,
        renderer: MarkdownRenderer,
        stats_text: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.node = node
        self._renderer = renderer
        self._text = node.content
        self._streaming = node.status == "partial"
        self.setObjectName(f"message-{node.role}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(f"{_ROLE_NAMES[node.role]} message")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        self._layout = layout

        header = QHBoxLayout()
        role = QLabel(f"<b>{_ROLE_NAMES[node.role]}</b>")
        header.addWidget(role)
        self.stats_label = QLabel(stats_text)
        self.stats_label.setTextFormat(Qt.TextFormat.PlainText)  # an adapter's name is shown as typed, never as HTML
        self.stats_label.setStyleSheet("color: gray; font-size: small;")
        header.addWidget(self.stats_label)
        header.addStretch(1)
        if branch.count > 1:
            previous = self._tool("‹", "Previous version", lambda: self.branch_requested.emit(node.id, -1))
            previous.setProperty("can", branch.index > 0)
            previous.setEnabled(branch.index > 0)
            self.previous_button = previous
            header.addWidget(previous)
            self.branch_label = QLabel(f"{branch.index + 1}/{branch.count}")
            self.branch_label.setAccessibleName("Version")
            header.addWidget(self.branch_label)
            following = self._tool("›", "Next version", lambda: self.branch_requested.emit(node.id, 1))
            following.setProperty("can", branch.index < branch.count - 1)
            following.setEnabled(branch.index < branch.count - 1)
            self.next_button = following
            header.addWidget(following)
        self.copy_button = self._tool("Copy", "Copy this message", self._copy)
        header.addWidget(self.copy_button)
        if node.role == "user":
            self.edit_button = self._tool("Edit", "Edit this message and send it again", self._begin_edit)
            header.addWidget(self.edit_button)
        elif node.role == "assistant":
            self.regenerate_button = self._tool(
                "Regenerate", "Write a new reply (this one is kept)", lambda: self.regenerate_requested.emit(node.id)
            )
            header.addWidget(self.regenerate_button)
        layout.addLayout(header)

        # A reasoning model's thoughts, folded above the answer; left out of Copy (the answer is what was said).
        self.thinking = ThinkingView()
        layout.addWidget(self.thinking)
        if node.reasoning:
            self.thinking.show_saved(node.reasoning, _thinking_seconds(node))
        self.body = MessageBody()
        self.body.setAccessibleName("Message text")
        layout.addWidget(self.body)
        self._editor: QWidget | None = None
        self._busy = False
        self._show_text()

    def _show_text(self) -> None:
        if self.node.status == "error" and not self._text:
            self.body.set_plain("(no reply: see the error above)")
        elif self._streaming:
            self.body.set_plain(self._text or "…")
        else:
            self._render()

    def _tool(self, text: str, tip: str, slot: object) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.setAutoRaise(True)
        button.clicked.connect(slot)
        return button

    @property
    def text(self) -> str:
        return self._text

    def append_reasoning(self, text: str) -> None:
        """Streaming reasoning: the Thinking block opens and grows; the answer's "…" waits below it."""
        self.thinking.append(text)

    def finish_thinking(self, seconds: float) -> None:
        """The answer started: the Thinking block folds and says how long it took."""
        self.thinking.finish(seconds)

    def append(self, text: str) -> None:
        """Streaming: plain text only, cheap enough for 30 updates a second."""
        if self.thinking.live:  # an answer with no timing (a stopped reply): fold it anyway
            self.thinking.finish(None)
        if not self._text:
            self.body.set_plain("")  # drop the "…" placeholder
        self._text += text
        self.body.append_plain(text)

    def show_saved(self, node: MessageNode, stats_text: str) -> None:
        """The message as saved (a reply finished, stopped or failed): its final text, rendered once, in this
        same widget (issue 19, item 6: a reply's end no longer rebuilds the conversation's widgets)."""
        self.node = node
        self._text = node.content
        self._streaming = node.status == "partial"
        self.stats_label.setText(stats_text)
        if node.reasoning or self.thinking.isVisible():
            self.thinking.show_saved(node.reasoning, _thinking_seconds(node))
        self._show_text()

    def set_busy(self, busy: bool) -> None:
        """While a reply streams, actions that start another one cannot run: they are shown disabled."""
        self._busy = busy
        for name in ("regenerate_button", "edit_button", "previous_button", "next_button"):
            button = getattr(self, name, None)
            if button is not None:
                button.setEnabled(not busy and button.property("can") is not False)

    def set_renderer(self, renderer: MarkdownRenderer) -> None:
        self._renderer = renderer
        if not self._streaming and self._editor is None:
            self._render()

    def _render(self) -> None:
        if self.node.role == "user":
            self.body.set_plain(self._text)
        else:
            self.body.set_rich(self._renderer.render(self._text))

    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self._text)
        self.copy_button.setText("Copied")
        QTimer.singleShot(1500, self.copy_button, lambda: self.copy_button.setText("Copy"))
        self.copy_requested.emit(self.node.id)

    def _begin_edit(self) -> None:
        if self._editor is not None:
            return
        editor = QWidget()
        column = QVBoxLayout(editor)
        column.setContentsMargins(0, 0, 0, 0)
        box = QPlainTextEdit(self._text)
        box.setAccessibleName("Edit message")
        column.addWidget(box)
        row = QHBoxLayout()
        row.addStretch(1)
        cancel = QPushButton("Cancel")
        send = QPushButton("Save && send")
        send.setDefault(True)
        row.addWidget(cancel)
        row.addWidget(send)
        column.addLayout(row)
        self._layout.addWidget(editor)
        self.body.hide()
        self._editor = editor
        cancel.clicked.connect(self._end_edit)
        send.clicked.connect(lambda: self._submit_edit(box.toPlainText()))
        box.setFocus()

    def _submit_edit(self, text: str) -> None:
        self._end_edit()
        if text.strip() and text.strip() != self._text.strip():
            self.edit_submitted.emit(self.node.id, text)

    def _end_edit(self) -> None:
        if self._editor is not None:
            self._editor.deleteLater()
            self._editor = None
        self.body.show()


def _thinking_seconds(node: MessageNode) -> float | None:
    value = node.meta_dict().get("thinking_s")
    return float(value) if isinstance(value, (int, float)) else None
