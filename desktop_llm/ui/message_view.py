"""One chat message: its text (markdown once complete), branch switcher, and actions.

Drawn as a readable column (issue 15): at most design.CHAT_COLUMN_MAX wide and centred, the user's turns as a
tinted bubble on the right that hugs its text, the model's as text on the page under a small header line (the
model's name, its stats). The actions sit in a row under the message, shown while the pointer is over it or
the keyboard is in it; they stay in the Tab order and keep their room when faded, so nothing jumps.
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QEnterEvent, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGraphicsOpacityEffect,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QSpacerItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_llm.controllers.i18n import tr
from desktop_llm.core.conversation import BranchPosition, MessageNode
from desktop_llm.core.markdown_html import MarkdownRenderer
from desktop_llm.ui import design
from desktop_llm.ui.code_block_view import CodeBlockView, show_copied
from desktop_llm.ui.image_strip import message_strip
from desktop_llm.ui.image_viewer import ImageViewerDialog
from desktop_llm.ui.message_body import MessageBody, MessageColumn, UserBubble
from desktop_llm.ui.message_editor import MessageEditor
from desktop_llm.ui.page_chrome import icon_button
from desktop_llm.ui.sources_view import SourcesView
from desktop_llm.ui.thinking_view import ThinkingView
from desktop_llm.ui.tool_call_view import ToolCallsView

__all__ = ["MessageBody", "MessageView"]

BUBBLE_SHARE = 0.75  # the user's bubble is at most this share of the column


def role_name(role: str) -> str:
    return {"user": tr("You"), "assistant": tr("Assistant"), "system": tr("System")}[role]


def _message_name(role: str) -> str:
    """A message's accessible name, by its role."""
    return {"user": tr("Your message"), "assistant": tr("Assistant message"), "system": tr("System message")}[role]


def _copy_tip() -> str:
    return tr("Copy this message")


def author_name(node: MessageNode) -> str:
    """Who wrote it, as its header says: the model's file name without .gguf (or a server's model id) for a
    reply, else the role's name."""
    if node.role != "assistant":
        return role_name(node.role)
    model = node.meta_dict().get("model")
    if isinstance(model, str) and model.strip():
        name = model.replace("\\", "/").rstrip("/").rsplit("/", 1)[-1]
        return name[: -len(".gguf")] if name.lower().endswith(".gguf") else name
    return role_name("assistant")


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
        self._editor: QWidget | None = None
        self._busy = False
        self._extras: list[QWidget] = []  # the segments after the first: code blocks and the prose between them
        self.setObjectName("message")
        self.setAccessibleName(_message_name(node.role))
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, design.SPACE["s"], 0, design.SPACE["xs"])
        outer.setSpacing(0)
        # Preferred spacers beside an Expanding column: the column takes the width up to its maximum, the
        # spacers share what is left, so it is centred (stretch factors would never let it fill a narrow view).
        outer.addSpacerItem(QSpacerItem(0, 0, QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum))
        self._column = MessageColumn(self._on_column_resized)
        outer.addWidget(self._column)
        outer.addSpacerItem(QSpacerItem(0, 0, QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum))
        layout = QVBoxLayout(self._column)
        layout.setContentsMargins(design.SPACE["m"], 0, design.SPACE["m"], 0)
        layout.setSpacing(design.SPACE["xs"])
        self._layout = layout

        self.body = MessageBody()
        self.body.setAccessibleName(tr("Message text"))
        self.role_label = QLabel(author_name(node))
        self.role_label.setTextFormat(Qt.TextFormat.PlainText)
        self.role_label.setProperty("kind", "author")
        self.stats_label = QLabel(stats_text)
        self.stats_label.setTextFormat(Qt.TextFormat.PlainText)  # an adapter's name is shown as typed, never as HTML
        self.stats_label.setProperty("kind", "muted")
        # A reasoning model's thoughts, folded above the answer; left out of Copy (the answer is what was said).
        self.thinking = ThinkingView()
        self._bubble: UserBubble | None = None
        self.sources: SourcesView | None = None  # a reply's sources, when knowledge was attached (issue 12)
        if node.role == "user":
            self.role_label.setParent(self)
            self.role_label.hide()  # the bubble says whose turn it is; screen readers read the accessible name
            self.stats_label.setParent(self)
            self.stats_label.hide()
            self.thinking.setParent(self)
            self._bubble = UserBubble(self.body)
            if node.images:  # the question's images above its bubble, a click shows one (issue 17)
                layout.addWidget(message_strip(node.images, lambda item: ImageViewerDialog.open_for(item, self)))
            row = QHBoxLayout()  # layouts, not widgets, in the column: each widget is a round of the event loop more
            row.addSpacerItem(QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum))
            row.addWidget(self._bubble)
            layout.addLayout(row)
        else:
            header = QHBoxLayout()
            header.setSpacing(design.SPACE["s"])
            header.addWidget(self.role_label)
            header.addWidget(self.stats_label, 1)
            layout.addLayout(header)
            self._segments = QVBoxLayout()
            self._segments.setSpacing(design.SPACE["s"])
            self._segments.addWidget(self.thinking)
            self.tools = ToolCallsView()  # the reply's tool calls, before its answer (issue 14; replies only)
            self._segments.addWidget(self.tools)
            self._segments.addWidget(self.body)
            layout.addLayout(self._segments)
            self.sources = SourcesView()
            self.sources.show_meta(node.meta_dict())
            self.tools.show_meta(node.meta_dict())
            layout.addWidget(self.sources)
            if node.reasoning:
                self.thinking.show_saved(node.reasoning, _thinking_seconds(node))
        layout.addWidget(self._build_actions(node, branch))
        QApplication.instance().focusChanged.connect(self._on_app_focus_changed)  # type: ignore[union-attr]
        self._show_text()

    # -- the action row ---------------------------------------------------------------------------------------

    def _build_actions(self, node: MessageNode, branch: BranchPosition) -> QWidget:
        row_widget = QWidget()
        row = QHBoxLayout(row_widget)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(design.SPACE["xs"] // 2)
        self._actions = QWidget()  # faded out unless hovered or focused
        actions = QHBoxLayout(self._actions)
        actions.setContentsMargins(0, 0, 0, 0)
        actions.setSpacing(design.SPACE["xs"] // 2)
        self.copy_button = icon_button(name="copy", tip=_copy_tip(), on_click=self._copy)
        actions.addWidget(self.copy_button)
        self._buttons: list[QToolButton] = [self.copy_button]
        if node.role == "user":
            self.edit_button = icon_button(name="pencil", tip=tr("Edit this message and send it again"),
                                           on_click=self._begin_edit)
            actions.addWidget(self.edit_button)
            self._buttons.append(self.edit_button)
        elif node.role == "assistant":
            self.regenerate_button = icon_button(name="refresh-cw", tip=tr("Write a new reply (this one is kept)"),
                                                 on_click=lambda: self.regenerate_requested.emit(node.id))
            actions.addWidget(self.regenerate_button)
            self._buttons.append(self.regenerate_button)
        self._fade = QGraphicsOpacityEffect(self._actions)
        self._fade.setOpacity(0.0)
        self._actions.setGraphicsEffect(self._fade)
        switcher = self._build_switcher(node, branch)
        if node.role == "user":  # under the bubble, on the right: [actions][< 2/3 >]
            row.addStretch(1)
            row.addWidget(self._actions)
            if switcher is not None:
                row.addWidget(switcher)
        else:  # under the reply, on the left: [< 2/3 >][actions]
            if switcher is not None:
                row.addWidget(switcher)
            row.addWidget(self._actions)
            row.addStretch(1)
        self._action_row = row_widget
        return row_widget

    def _build_switcher(self, node: MessageNode, branch: BranchPosition) -> QWidget | None:
        """The "< 2/3 >" branch switcher, always shown when there is more than one version."""
        if branch.count <= 1:
            return None
        switcher = QWidget()
        row = QHBoxLayout(switcher)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        self.previous_button = icon_button(name="chevron-left", tip=tr("Previous version"),
                                           on_click=lambda: self.branch_requested.emit(node.id, -1))
        self.previous_button.setProperty("can", branch.index > 0)
        self.previous_button.setEnabled(branch.index > 0)
        self.branch_label = QLabel(f"{branch.index + 1}/{branch.count}")
        self.branch_label.setProperty("kind", "muted")
        self.branch_label.setAccessibleName(tr("Version"))
        self.next_button = icon_button(name="chevron-right", tip=tr("Next version"),
                                       on_click=lambda: self.branch_requested.emit(node.id, 1))
        self.next_button.setProperty("can", branch.index < branch.count - 1)
        self.next_button.setEnabled(branch.index < branch.count - 1)
        row.addWidget(self.previous_button)
        row.addWidget(self.branch_label)
        row.addWidget(self.next_button)
        self._switcher_buttons = [self.previous_button, self.next_button]
        return switcher

    @property
    def actions_shown(self) -> bool:
        """The copy, edit and regenerate buttons are drawn (the pointer is over the message or the keyboard in it)."""
        return self._fade.opacity() > 0.0

    def _update_actions(self) -> None:
        focus = QApplication.focusWidget()
        shown = self.underMouse() or (focus is not None and self.isAncestorOf(focus))
        self._fade.setOpacity(1.0 if shown else 0.0)

    def enterEvent(self, event: QEnterEvent) -> None:
        super().enterEvent(event)
        self._update_actions()

    def leaveEvent(self, event: QEvent) -> None:
        super().leaveEvent(event)
        self._update_actions()

    def _on_app_focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        if any(w is not None and (w is self or self.isAncestorOf(w)) for w in (old, new)):
            self._update_actions()

    def _chain_tab_order(self) -> None:
        """Tab goes through the message in reading order: reasoning, text, code blocks, then the actions (code
        blocks are made after the actions, so Qt's default order would put them last)."""
        stops: list[QWidget] = [self.thinking.header, self.body]
        for extra in self._extras:
            stops.extend(extra.focus_widgets() if isinstance(extra, CodeBlockView) else [extra])
        actions = list(self._buttons)
        switcher = list(getattr(self, "_switcher_buttons", []))
        stops.extend(actions + switcher if self.node.role == "user" else switcher + actions)
        for first, second in pairwise(stops):
            QWidget.setTabOrder(first, second)

    # -- the text ---------------------------------------------------------------------------------------------

    def _on_column_resized(self, width: int) -> None:
        if self._bubble is not None:
            self._bubble.setMaximumWidth(max(int(width * BUBBLE_SHARE), 1))

    def _show_text(self) -> None:
        if self.node.status == "error" and not self._text:
            self._set_plain(tr("(no reply: see the error above)"))
        elif self._streaming:
            self._set_plain(self._text or "…")
        else:
            self._render()

    def _set_plain(self, text: str) -> None:
        self._clear_extras()
        self.body.show()
        self.body.set_plain(text)
        if self._bubble is not None:
            self._bubble.text_changed(text)

    def _clear_extras(self) -> None:
        for extra in self._extras:
            self._segments.removeWidget(extra)
            extra.hide()
            extra.deleteLater()
        self._extras.clear()

    @property
    def text(self) -> str:
        return self._text

    def code_blocks(self) -> list[CodeBlockView]:
        """The finished reply's code blocks, in order."""
        return [extra for extra in self._extras if isinstance(extra, CodeBlockView)]

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
        self.role_label.setText(author_name(node))
        self.stats_label.setText(stats_text)
        if node.reasoning or self.thinking.isVisible():
            self.thinking.show_saved(node.reasoning, _thinking_seconds(node))
        self._show_text()
        if self.sources is not None:
            self.sources.show_meta(node.meta_dict())
            self.tools.show_meta(node.meta_dict())

    def set_busy(self, busy: bool) -> None:
        """While a reply streams, actions that start another one cannot run: they are shown disabled."""
        self._busy = busy
        for name in ("regenerate_button", "edit_button", "previous_button", "next_button"):
            button = getattr(self, name, None)
            if button is not None:
                button.setEnabled(not busy and button.property("can") is not False)

    def set_renderer(self, renderer: MarkdownRenderer) -> None:
        self._renderer = renderer
        if not self._streaming and self._editor is None and not (self.node.status == "error" and not self._text):
            self._render()

    def _render(self) -> None:
        if self.node.role == "user":
            self._set_plain(self._text)
            self._chain_tab_order()
            return
        self._clear_extras()
        segments = self._renderer.segments(self._text)
        first = segments[0] if segments and segments[0].kind == "prose" else None
        self.body.set_rich(first.html if first is not None else "")
        self.body.setVisible(first is not None or not segments)  # a reply that opens with code has no text first
        for segment in segments[1:] if first is not None else segments:
            if segment.kind == "code":
                extra: QWidget = CodeBlockView(segment.code, segment.language, segment.html)
            else:
                prose = MessageBody()
                prose.setAccessibleName(tr("Message text"))
                prose.set_rich(segment.html)
                extra = prose
            self._segments.addWidget(extra)
            self._extras.append(extra)
        self._chain_tab_order()

    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self._text)
        show_copied(self.copy_button, _copy_tip())
        self.copy_requested.emit(self.node.id)

    # -- editing a question -----------------------------------------------------------------------------------

    def _begin_edit(self) -> None:
        if self._editor is not None:
            return
        editor = MessageEditor(self._text)
        editor.submitted.connect(self._submit_edit)
        editor.cancelled.connect(self._end_edit)
        self._layout.insertWidget(self._layout.indexOf(self._action_row), editor)
        self._bubble.hide()  # type: ignore[union-attr]
        self._action_row.hide()
        self._editor = editor
        editor.box.setFocus()

    def _submit_edit(self, text: str) -> None:
        self._end_edit()
        if text.strip() and text.strip() != self._text.strip():
            self.edit_submitted.emit(self.node.id, text)

    def _end_edit(self) -> None:
        if self._editor is None:
            return
        self._editor.hide()
        self._editor.deleteLater()
        self._editor = None
        self._bubble.show()  # type: ignore[union-attr]
        self._action_row.show()
        self.edit_button.setFocus()  # the keyboard comes back to where it left


def _thinking_seconds(node: MessageNode) -> float | None:
    value = node.meta_dict().get("thinking_s")
    return float(value) if isinstance(value, (int, float)) else None
