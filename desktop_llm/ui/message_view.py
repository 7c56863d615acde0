"""One chat message: its text (markdown once complete), branch switcher, and actions."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_llm.core.conversation import BranchPosition, MessageNode
from desktop_llm.core.markdown_html import MarkdownRenderer

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
        self.stats_label = QLabel(html.escape(stats_text))
        self.stats_label.setStyleSheet("color: gray; font-size: small;")
        header.addWidget(self.stats_label)
        header.addStretch(1)
        if branch.count > 1:
            previous = self._tool("‹", "Previous version", lambda: self.branch_requested.emit(node.id, -1))
            previous.setEnabled(branch.index > 0)
            header.addWidget(previous)
            self.branch_label = QLabel(f"{branch.index + 1}/{branch.count}")
            self.branch_label.setAccessibleName("Version")
            header.addWidget(self.branch_label)
            following = self._tool("›", "Next version", lambda: self.branch_requested.emit(node.id, 1))
            following.setEnabled(branch.index < branch.count - 1)
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

        self.body = QLabel()
        self.body.setWordWrap(True)
        self.body.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.LinksAccessibleByMouse
        )
        self.body.setOpenExternalLinks(False)  # links in model output are untrusted: never open them on a click
        self.body.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.body.setAccessibleName("Message text")
        layout.addWidget(self.body)
        self._editor: QWidget | None = None
        if node.status == "error" and not node.content:
            self.body.setTextFormat(Qt.TextFormat.PlainText)
            self.body.setText("(no reply: see the error above)")
        elif self._streaming:
            self.body.setTextFormat(Qt.TextFormat.PlainText)
            self.body.setText(self._text or "…")
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

    def append(self, text: str) -> None:
        """Streaming: plain text only, cheap enough for 30 updates a second."""
        self._text += text
        self.body.setText(self._text)

    def finish(self, stats_text: str = "") -> None:
        self._streaming = False
        self.stats_label.setText(html.escape(stats_text))
        self._render()

    def set_renderer(self, renderer: MarkdownRenderer) -> None:
        self._renderer = renderer
        if not self._streaming and self._editor is None:
            self._render()

    def _render(self) -> None:
        if self.node.role == "user":
            self.body.setTextFormat(Qt.TextFormat.PlainText)
            self.body.setText(self._text)
        else:
            self.body.setTextFormat(Qt.TextFormat.RichText)
            self.body.setText(self._renderer.render(self._text))

    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self._text)
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
