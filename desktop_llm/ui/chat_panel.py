"""The conversation view: messages (or, for an empty chat, a greeting with example prompts), notices, and the
composer with Send / Stop inside it. Regenerate is on each reply (MessageView) and in the Chat menu (Ctrl+R)."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QTextCursor
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_llm.controllers.i18n import number_text, tr
from desktop_llm.core.chat_changes import MessageAdded, MessageChange, MessageRemoved, MessageUpdated
from desktop_llm.core.conversation import BranchPosition, ConversationTree, MessageNode
from desktop_llm.core.markdown_html import MarkdownRenderer
from desktop_llm.ui import design
from desktop_llm.ui.adapter_bar import AdapterBar
from desktop_llm.ui.chat_empty_view import ChatEmptyView
from desktop_llm.ui.composer_view import ComposerView, image_files_of, local_files
from desktop_llm.ui.icons import icon
from desktop_llm.ui.knowledge_attach import KnowledgeAttachView
from desktop_llm.ui.message_view import MessageView
from desktop_llm.ui.page_chrome import Banner
from desktop_llm.ui.tool_call_view import ToolCallsView
from desktop_llm.ui.tools_chip import ToolsChip


def policy_short() -> str:
    """Under the composer: the context policy in a few words (policy_text(), the whole sentence, is its tooltip)."""
    return tr("Long chats leave out their oldest messages first; the system prompt stays.")


def policy_text() -> str:
    """core.context_budget.OVERFLOW_POLICY_TEXT in the user's language."""
    return tr("When a chat outgrows the context, the oldest messages are left out (the system prompt stays).")


def stats_text(meta: dict[str, object]) -> str:
    speed = meta.get("tokens_per_s")
    tokens = meta.get("completion_tokens")
    parts: list[str] = []
    if tokens:
        parts.append(tr("%n token(s)", None, int(str(tokens))))  # n positional: lupdate then sees a plural
    if speed:
        parts.append(tr("{speed} tok/s").format(speed=number_text(float(str(speed)), 1)))
    adapters = meta.get("adapters")
    if isinstance(adapters, list) and adapters:
        names = ", ".join(f"{adapter_name(a)} ×{a.get('scale', 1)}" for a in adapters if isinstance(a, dict))
        parts.append(tr("LoRA: {names}").format(names=names))
    if meta.get("finish_reason") == "cancelled":
        parts.append(tr("stopped"))
    elif meta.get("finish_reason") == "length":
        parts.append(tr("cut at the length limit"))
    return " · ".join(parts)  # empty for replies saved before stats existed


def adapter_name(adapter: dict[str, object]) -> str:
    """The run's name, as the adapter picker shows it; replies saved before names were recorded only have the
    path, whose run folder is "<number>-<name>" (issue 20, item 5: replies said "0001-pirate", the picker "pirate")."""
    name = adapter.get("name")
    if isinstance(name, str) and name:
        return name
    folder = Path(str(adapter.get("path", ""))).parent.name
    return re.sub(r"^\d+-", "", folder) or tr("adapter")


def overflow_notice(dropped: int, has_system_prompt: bool) -> str:
    """What the chat says when the oldest messages were left out of what the model saw."""
    if not dropped:
        return ""
    if has_system_prompt:
        return tr("%n earlier message(s) did not fit in the context window and were left out of the model's view "
                  "(the system prompt was kept).", None, dropped)
    return tr("%n earlier message(s) did not fit in the context window and were left out of the model's view.",
              None, dropped)


class ChatPanel(QWidget):
    """GUI thread only; shows what the chat controller says and turns clicks into its requests."""

    send_requested = Signal(str)  # the composer's text
    stop_requested = Signal()
    regenerate_requested = Signal(int)  # assistant message id (0: the last one)
    edit_requested = Signal(int, str)  # user message id, new text
    branch_requested = Signal(int, int)  # message id, step
    message_copied = Signal(int)  # message id whose text went to the clipboard
    thinking_toggled = Signal(bool)  # the Think switch turned on (True) or off by the user
    file_dropped = Signal(str)  # a local file dropped on the conversation or the composer (accept_file_drops)

    def __init__(self, renderer: MarkdownRenderer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._renderer = renderer
        self._views: dict[int, MessageView] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)

        # The messages. Each MessageView centres its own content in the reading column; the empty state is
        # centred here, vertically too, by the stretch above it (given room only while the chat is empty).
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setAccessibleName(tr("Conversation"))
        self._container = QWidget()
        self._column = QVBoxLayout(self._container)
        self._column.addStretch(0)
        self.empty_state = ChatEmptyView()
        self.empty_state.prompt_chosen.connect(self._on_empty_state_prompt_chosen)
        self._column.addWidget(self.empty_state)
        self._column.addStretch(1)
        self.scroll_area.setWidget(self._container)
        layout.addWidget(self.scroll_area, 1)

        # Below the messages, in the same centred column: banners, the LoRA switch, the composer, its footer.
        bottom = QWidget()
        bottom.setMaximumWidth(design.CHAT_COLUMN_MAX)
        column = QVBoxLayout(bottom)
        s = design.SPACE
        column.setContentsMargins(s["l"], s["s"], s["l"], s["s"])
        column.setSpacing(s["s"])
        # Both banners show plain text: it was escaped for a label that does not read HTML, which put
        # "model&#x27;s view" on screen (issue 20, item 4).
        self.notice = Banner()
        self.notice.setAccessibleName(tr("Notice"))
        column.addWidget(self.notice)
        errors = QHBoxLayout()
        errors.setSpacing(s["s"])
        self.error_banner = Banner()
        self.error_banner.setAccessibleName(tr("Error"))
        errors.addWidget(self.error_banner, 1)
        self._error_detail = ""
        self.details_button = QPushButton(tr("Details…"))
        self.details_button.setAccessibleName(tr("Error details"))
        self.details_button.setToolTip(tr("The engine log's lines about this error"))
        self.details_button.setVisible(False)
        self.details_button.clicked.connect(self._show_error_detail)
        errors.addWidget(self.details_button, 0, Qt.AlignmentFlag.AlignVCenter)
        column.addLayout(errors)
        self.adapter_bar = AdapterBar()
        column.addWidget(self.adapter_bar)
        self.composer_box = ComposerView()
        self.composer = self.composer_box.editor
        self.send_button = self.composer_box.send_button
        self.stop_button = self.composer_box.stop_button
        self.composer_box.send_clicked.connect(self._on_composer_submitted)
        self.composer_box.stop_clicked.connect(self.stop_requested)
        self.composer.files_dropped.connect(self._on_files_dropped)
        column.addWidget(self.composer_box)
        # The Think switch, shown only for a model whose template reads `enable_thinking` (Qwen3 and the like):
        # off, the model answers without reasoning first (issue 13, part 2). Remembered per model.
        self.think_button = QToolButton()
        self.think_button.setText(tr("Think: on"))
        self.think_button.setIcon(icon("brain"))
        self.think_button.setIconSize(QSize(design.ICON["s"], design.ICON["s"]))
        self.think_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.think_button.setProperty("kind", "icon")
        self.think_button.setCheckable(True)
        self.think_button.setChecked(True)
        self.think_button.setVisible(False)
        self.think_button.setAccessibleName(tr("Think before answering"))
        self.think_button.setToolTip(tr("Let the model reason before it answers (its template's enable_thinking); "
                                        "remembered for this model"))
        self.think_button.toggled.connect(self._on_think_button_toggled)
        footer = QHBoxLayout()
        footer.setContentsMargins(s["xs"], 0, s["xs"], 0)
        footer.addWidget(self.think_button)
        self.knowledge_attach = KnowledgeAttachView()  # collections for this chat; hidden while there are none
        footer.addWidget(self.knowledge_attach)
        self.tools_chip = ToolsChip()  # the tools this chat's replies may call (issue 14; app_tools binds it)
        self.tools_chip.setVisible(False)
        footer.addWidget(self.tools_chip)
        # One short line; the whole policy is in its tooltip.
        self.policy_label = QLabel(policy_short())
        self.policy_label.setProperty("kind", "muted")
        self.policy_label.setToolTip(policy_text())
        self.policy_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.policy_label.setWordWrap(True)  # beside the Knowledge chip on a small window: two lines, not a wider page
        footer.addWidget(self.policy_label, 1)
        column.addLayout(footer)
        centred = QHBoxLayout()
        centred.setContentsMargins(0, 0, 0, 0)
        centred.addWidget(bottom)
        layout.addLayout(centred)
        self._busy = False
        self._stick_to_bottom = True
        bar = self.scroll_area.verticalScrollBar()
        bar.valueChanged.connect(self._on_scrolled)
        # Follow the newest text whenever the content grows (not on a timer that may run before the layout has
        # settled), unless the reader scrolled up.
        bar.rangeChanged.connect(self._on_scroll_range_changed)
        self._after_change(False)

    def accept_file_drops(self, on: bool) -> None:
        """Take files dropped on the chat (knowledge: attached to the open chat, issue 12); off, a drop does what
        it did before (the composer inserts a dropped file's path)."""
        self.setAcceptDrops(on)
        self.composer.takes_files = on

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if local_files(event.mimeData()):
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if local_files(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        files = local_files(event.mimeData())
        if files:
            event.acceptProposedAction()
            self._on_files_dropped(files)

    def _on_files_dropped(self, files: list[str]) -> None:
        images = image_files_of(files)  # images dropped anywhere on the chat are attached to the message (issue 17)
        if images:
            self.composer_box.image_files_chosen.emit(images)
        for path in files:
            if path not in images:
                self.file_dropped.emit(path)

    def _on_composer_submitted(self) -> None:
        text = self.composer.toPlainText().strip()
        if (text or self.composer_box.has_images) and self.send_button.isEnabled():
            self.composer.clear()
            self.send_requested.emit(text)

    def _on_empty_state_prompt_chosen(self, text: str) -> None:
        """An example fills the composer, to be finished and sent by the user."""
        self.composer.setPlainText(text)
        cursor = self.composer.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.End)
        self.composer.setTextCursor(cursor)
        self.composer.setFocus(Qt.FocusReason.OtherFocusReason)

    def set_model_name(self, name: str, loading: bool = False) -> None:
        """The model the empty state names (loading: being loaded now)."""
        self.empty_state.set_model(name, loading)

    def _on_think_button_toggled(self, on: bool) -> None:
        self.think_button.setText(tr("Think: on") if on else tr("Think: off"))
        self.thinking_toggled.emit(on)

    def show_think_switch(self, available: bool) -> None:
        """Offer the switch (the chosen model's template reads enable_thinking) or hide it."""
        self.think_button.setVisible(available)

    def set_thinking(self, on: bool) -> None:
        """Show the switch as remembered for the chosen model, without telling anyone it was toggled."""
        blocked = self.think_button.blockSignals(True)
        self.think_button.setChecked(on)
        self.think_button.blockSignals(blocked)
        self.think_button.setText(tr("Think: on") if on else tr("Think: off"))

    def _on_scrolled(self, value: int) -> None:
        bar = self.scroll_area.verticalScrollBar()
        self._stick_to_bottom = value >= bar.maximum() - 30

    def _on_scroll_range_changed(self, _minimum: int, maximum: int) -> None:
        if self._stick_to_bottom:
            self.scroll_area.verticalScrollBar().setValue(maximum)

    def set_renderer(self, renderer: MarkdownRenderer) -> None:
        """A renderer for the theme (code block colours); finished messages are drawn again with it."""
        self._renderer = renderer
        for view in self._views.values():
            view.set_renderer(renderer)

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.composer_box.set_busy(busy)
        for view in self._views.values():
            view.set_busy(busy)

    def show_branch(self, nodes: list[MessageNode], tree: ConversationTree, has_system_prompt: bool = False) -> None:
        """Rebuild the message list for the visible branch (another conversation or branch is shown)."""
        for view in self._views.values():
            view.deleteLater()
        self._views.clear()
        for node in nodes:
            self._add_view(node, tree.branch_position(node.id))
        self._after_change(has_system_prompt)
        self._scroll_to_bottom()

    def apply_change(self, change: MessageChange, has_system_prompt: bool = False) -> None:
        """One change to the visible branch: one widget added, updated or removed, the others left as they are
        (issue 19, item 6: each send used to rebuild every message widget)."""
        if isinstance(change, MessageAdded):
            if change.message.id not in self._views:
                self._add_view(change.message, change.branch)
                self._scroll_to_bottom()
        elif isinstance(change, MessageUpdated):
            view = self._views.get(change.message.id)
            if view is not None:
                view.show_saved(change.message, stats_text(change.message.meta_dict()))
        elif isinstance(change, MessageRemoved):
            view = self._views.pop(change.message_id, None)
            if view is not None:
                self._column.removeWidget(view)
                view.hide()
                view.deleteLater()
        self._after_change(has_system_prompt)

    def _add_view(self, node: MessageNode, branch: BranchPosition) -> None:
        view = MessageView(node, branch, self._renderer, stats_text(node.meta_dict()))
        view.edit_submitted.connect(self.edit_requested)
        view.regenerate_requested.connect(self.regenerate_requested)
        view.branch_requested.connect(self.branch_requested)
        view.copy_requested.connect(self.message_copied)
        view.set_busy(self._busy)
        self._column.insertWidget(self._column.count() - 1, view)
        self._views[node.id] = view

    def _after_change(self, has_system_prompt: bool) -> None:
        """The empty state and the overflow notice follow the branch's last message."""
        empty = not self._views
        self.empty_state.setVisible(empty)
        self._column.setStretch(0, 1 if empty else 0)  # centred while empty; messages start at the top
        last = next(reversed(self._views.values())).node if self._views else None
        dropped = int(str(last.meta_dict().get("dropped_messages", 0) or 0)) if last else 0
        self.show_notice(overflow_notice(dropped, has_system_prompt))

    def view(self, message_id: int) -> MessageView | None:
        return self._views.get(message_id)

    def message_views(self) -> list[MessageView]:
        return list(self._views.values())

    def append_chunk(self, message_id: int, text: str) -> None:
        view = self._views.get(message_id)
        if view is not None:
            view.append(text)  # the scroll range grows with it, and _on_scroll_range_changed follows

    def append_reasoning(self, message_id: int, text: str) -> None:
        view = self._views.get(message_id)
        if view is not None:
            view.append_reasoning(text)

    def finish_thinking(self, message_id: int, seconds: float) -> None:
        view = self._views.get(message_id)
        if view is not None:
            view.finish_thinking(seconds)

    def tool_calls(self, message_id: int) -> ToolCallsView | None:
        """The tool calls block of a reply on screen (issue 14: app_tools draws its calls live), None otherwise."""
        view = self._views.get(message_id)
        return view.tools if view is not None and view.node.role == "assistant" else None

    def _scroll_to_bottom(self) -> None:
        """Show the newest message now and keep following it as the new views take their size."""
        self._stick_to_bottom = True
        bar = self.scroll_area.verticalScrollBar()
        bar.setValue(bar.maximum())

    def show_notice(self, text: str) -> None:
        self.notice.show_message(text, tone="warning")

    def show_error(self, message: str, detail: str = "") -> None:
        self.error_banner.show_message(message, tone="danger")
        self._error_detail = detail
        self.details_button.setVisible(bool(detail))

    def clear_error(self) -> None:
        self.show_error("")

    def _show_error_detail(self) -> None:
        QMessageBox.information(self, tr("Engine log"), self._error_detail)


