"""The card that asks before a tool runs (issue 14), inline in the conversation under the reply that made the call:
the tool and where it comes from, the FULL arguments (pretty JSON; the code itself for the python tool, highlighted
as a reply's code block is), and Allow once / Allow for this chat / Deny. Reachable by keyboard: its buttons are in
the Tab order, Escape denies."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop_llm.controllers.i18n import tr
from desktop_llm.core.markdown_html import MarkdownRenderer
from desktop_llm.core.tool_types import ToolCallRequest, ToolSpec
from desktop_llm.ui import design
from desktop_llm.ui.code_block_view import CodeBlockView
from desktop_llm.ui.page_chrome import is_dark

CODE_TOOLS = ("python", "run_python")  # tools whose "code" argument is shown as code


def pretty_arguments(arguments: str) -> str:
    """The arguments as indented JSON; text that is not JSON as it came (the user sees exactly what would run)."""
    try:
        return json.dumps(json.loads(arguments), indent=2, ensure_ascii=False)
    except ValueError:
        return arguments


def code_argument(call: ToolCallRequest) -> str | None:
    """The python tool's code, to show as code rather than as an escaped JSON string."""
    if call.name not in CODE_TOOLS:
        return None
    try:
        data: Any = json.loads(call.arguments)
    except ValueError:
        return None
    code = data.get("code") if isinstance(data, dict) else None
    return code if isinstance(code, str) else None


def source_text(spec: ToolSpec | None) -> str:
    if spec is None or spec.source == "builtin":
        return tr("built-in tool")
    if spec.source.startswith("mcp:"):
        return tr("from the MCP server {name}").format(name=spec.source.removeprefix("mcp:"))
    return spec.source


class ToolApprovalCard(QFrame):
    """GUI thread only. Says the user's choice once (`decided`), then disables its buttons."""

    decided = Signal(str)  # "allow_once", "allow_chat" or "deny"

    def __init__(self, call: ToolCallRequest, spec: ToolSpec | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.call = call
        self.setObjectName("card")
        self.setAccessibleName(tr("Approve the tool call {tool}").format(tool=call.name))
        column = QVBoxLayout(self)
        s = design.SPACE
        column.setContentsMargins(s["m"], s["s"], s["m"], s["s"])
        column.setSpacing(s["xs"])
        self.title = QLabel(tr("The model wants to run {tool} ({source}).").format(tool=call.name,
                                                                                 source=source_text(spec)))
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        self.title.setProperty("kind", "author")
        column.addWidget(self.title)
        if spec is not None and spec.description:
            about = QLabel(spec.description)
            about.setTextFormat(Qt.TextFormat.PlainText)
            about.setWordWrap(True)
            about.setProperty("kind", "muted")
            column.addWidget(about)
        code = code_argument(call)
        shown, language = (code, "python") if code is not None else (pretty_arguments(call.arguments), "json")
        self._dark = is_dark(self)
        self.arguments = CodeBlockView(shown, language, MarkdownRenderer(dark=self._dark).code_html(shown, language))
        self.arguments.setAccessibleName(tr("Code to run") if code is not None else tr("Arguments"))
        column.addWidget(self.arguments)
        row = QHBoxLayout()
        row.setSpacing(s["s"])
        self.allow_once = QPushButton(tr("Allow once"))
        self.allow_once.setProperty("kind", "primary")
        self.allow_chat = QPushButton(tr("Allow for this chat"))
        self.allow_chat.setToolTip(tr("Run {tool} without asking again in this conversation").format(tool=call.name))
        self.deny = QPushButton(tr("Deny"))
        self.deny.setToolTip(tr("The model is told that you denied the call"))
        for button, decision in ((self.allow_once, "allow_once"), (self.allow_chat, "allow_chat"),
                                 (self.deny, "deny")):
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            button.clicked.connect(lambda _checked=False, d=decision: self.choose(d))
            row.addWidget(button)
        row.addStretch(1)
        column.addLayout(row)
        self.status = QLabel(tr("Waiting for your answer; Stop cancels the reply."))
        self.status.setProperty("kind", "muted")
        column.addWidget(self.status)
        QWidget.setTabOrder(self.allow_once, self.allow_chat)
        QWidget.setTabOrder(self.allow_chat, self.deny)

    @property
    def buttons(self) -> list[QPushButton]:
        return [self.allow_once, self.allow_chat, self.deny]

    def choose(self, decision: str) -> None:
        if not self.allow_once.isEnabled():
            return
        for button in self.buttons:
            button.setEnabled(False)
        self.status.setText(decision_text(decision))
        self.decided.emit(decision)

    def changeEvent(self, event: QEvent) -> None:
        """Light <-> dark: the code is highlighted again in the theme's colours (light colours on the dark
        background left names and numbers unreadable)."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "arguments") and is_dark(self) != self._dark:
            self._dark = is_dark(self)
            code, language = self.arguments.code, self.arguments.language
            self.arguments.text.setHtml(MarkdownRenderer(dark=self._dark).code_html(code, language))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.choose("deny")
            return
        super().keyPressEvent(event)


def decision_text(decision: str) -> str:
    """How a call was decided, as its block says."""
    return {"allow_once": tr("Allowed once"), "allow_chat": tr("Allowed for this chat"),
            "always": tr("Allowed always (Settings)"), "deny": tr("Denied")}.get(decision, "")
