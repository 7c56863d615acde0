"""Tools in chat (issue 14): each chat's tool state, and the GUI side of a reply's tool loop.

How a reply uses tools:
- The chat's tools are off until switched on under the composer (ui/tools_chip.py); the state (tools on, tools
  allowed for the chat, folders granted to the file tools) is stored per conversation (ChatToolStore).
- A reply in a chat with tools on, from a model whose template writes tools (the engine's status says
  `reads_tools`), runs the tool loop (services/tools/tool_loop.run_tool_loop, handed in by desktop_llm/app_tools.py
  as a LoopRunner: controllers never import services) in the reply's background work instead of a plain stream:
  controllers/tool_turn.ToolTurn. Its text goes to the live reply as a plain stream's does; each call's start and
  end, and each approval asked, reach the GUI through the same report channel (ToolProgress reports), in order.
- Approval: the loop's worker thread waits on an ApprovalTicket until the GUI answers the card; Stop sets the
  reply's cancel flag, which ends the wait as a denial and the loop as cancelled. "Allow for this chat" is
  remembered with the chat's state; tools allowed always (Settings, read-only ones only) and the chat's allowed
  tools never ask.
- At the end, the rounds (text before the calls, each call with its decision and result) go into the reply's meta
  (core/tool_meta.py) and the reply's content is the final answer; a reply that failed keeps the rounds it did.
- A deleted chat's tool resources (the Python sandbox's scratch folder) go with it (ToolCatalog.forget, off the
  GUI thread).
"""

from __future__ import annotations

import logging
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import replace
from functools import partial
from typing import Any, Protocol

from PySide6.QtCore import QObject, Signal

from desktop_llm.controllers.background import BackgroundOps, Failed, Outcome
from desktop_llm.controllers.chat_context import prompt_counter as prompt_counter  # a hook of the chat controller's
from desktop_llm.controllers.chat_side import OpenChat
from desktop_llm.controllers.chat_stream import ReplyJob, ReplyProgress
from desktop_llm.controllers.i18n import error_text, tr
from desktop_llm.controllers.tool_turn import ApprovalTicket, LoopRunner, ToolEvent, ToolProgress, ToolTurn
from desktop_llm.core.chat_changes import ConversationChange, ConversationRemoved
from desktop_llm.core.errors import DesktopLlmError
from desktop_llm.core.reasoning import ReasoningPart
from desktop_llm.core.tool_meta import TOOLS_KEY, ChatToolState, rounds_to_meta
from desktop_llm.core.tool_meta import prompt_messages as prompt_messages
from desktop_llm.core.tool_types import ToolSpec

__all__ = ["ApprovalTicket", "ChatTools", "ToolEvent", "ToolProgress", "ToolTurn", "prompt_counter", "prompt_messages"]
log = logging.getLogger(__name__)
SHUTDOWN_WAIT_S = 5.0  # a scratch folder's removal is waited for this long as the window closes


class ToolStateStore(Protocol):
    """services/storage/chat_tool_store.ChatToolStore."""

    def state(self, conversation_id: int) -> ChatToolState: ...
    def save(self, conversation_id: int, state: ChatToolState) -> None: ...


class ToolCatalog(Protocol):
    """The tools a chat may switch on, and the loop over one chat's tools (made by desktop_llm/app_tools.py)."""

    def specs(self) -> list[ToolSpec]: ...
    def runner(self, conversation_id: int, state: ChatToolState) -> LoopRunner: ...
    def forget(self, conversation_id: int) -> None: ...  # the chat was deleted (any thread: it may take a moment)


class Chat(OpenChat, Protocol):
    """What of the chat controller this needs (it imports this module: no import back)."""

    tools: ChatTools | None


class ChatTools(QObject):
    """Lives on the GUI thread beside the chat controller (it sets itself as `chat.tools`)."""

    state_changed = Signal(object)  # ChatToolState of the open chat
    support_changed = Signal(bool, str)  # the chosen model writes tools; else the reason, for the switch
    call_started = Signal(int, object, object)  # reply id, ToolCallRequest, ToolSpec | None
    call_finished = Signal(int, object, str)  # reply id, ToolOutcome, the decision shown with it
    approval_requested = Signal(int, object)  # reply id, ApprovalTicket (answer it: ticket.answer)
    approval_answered = Signal(int, str, str)  # reply id, call id, decision
    failed = Signal(str)  # a sentence for the user: the chat's tool state could not be read or saved

    def __init__(self, chat: Chat, store: ToolStateStore, catalog: ToolCatalog, parent: QObject | None = None) -> None:
        super().__init__(parent or (chat if isinstance(chat, QObject) else None))
        self._chat = chat
        self._store = store
        self._catalog = catalog
        self._turn: ToolTurn | None = None
        self._conversation_id = 0
        self.state = ChatToolState()
        self.supported = True
        self.always_allowed: frozenset[str] = frozenset()  # read-only tools allowed always (Settings)
        self.pending: dict[str, ApprovalTicket] = {}  # call id -> the card waiting for the user
        self._ops = BackgroundOps(self)
        chat.tools = self
        chat.conversation_opened.connect(self._on_chat_conversation_opened)
        chat.conversation_changed.connect(self._on_chat_conversation_changed)
        self._on_chat_conversation_opened(chat.conversation.id if chat.conversation is not None else 0)

    def specs(self) -> list[ToolSpec]:
        try:
            return self._catalog.specs()
        except DesktopLlmError as exc:
            self._fail(exc)
            return []

    def set_always_allowed(self, names: Iterable[str]) -> None:
        """Settings' always-allowed tools; only read-only ones are honoured."""
        self.always_allowed = frozenset(names)

    def set_supported(self, supported: bool, reason: str = "") -> None:
        """Whether the chosen model's template writes tools (the engine's status: reads_tools)."""
        self.supported = supported
        self.support_changed.emit(supported, "" if supported else reason or unsupported_reason())

    def set_enabled(self, names: Collection[str]) -> None:
        self._change(enabled=tuple(dict.fromkeys(names)))

    def grant_folder(self, folder: str) -> None:
        self._change(folders=(*self.state.folders, folder) if folder not in self.state.folders else self.state.folders)

    def revoke_folder(self, folder: str) -> None:
        self._change(folders=tuple(f for f in self.state.folders if f != folder))

    def forget_allowed(self) -> None:
        """Ask again for every call (the chat's "allowed for this chat" list emptied)."""
        self._change(allowed=())

    def _change(self, **fields: tuple[str, ...]) -> None:
        if self._chat.conversation is None:
            self._chat.new_conversation()
        conversation = self._chat.conversation
        if conversation is None:
            return
        state = ChatToolState(**{"enabled": self.state.enabled, "allowed": self.state.allowed,
                                 "folders": self.state.folders, **fields})
        try:
            self._store.save(conversation.id, state)
        except DesktopLlmError as exc:
            self._fail(exc)
        self.state, self._conversation_id = state, conversation.id
        self.state_changed.emit(state)

    def turn(self, job: ReplyJob) -> ToolTurn | None:
        """The reply's tool loop (None: tools are off in its chat, or the model cannot take them)."""
        self._turn = None
        if not self.state.enabled or not self.supported or job.conversation_id != self._conversation_id:
            return None
        try:
            runner = self._catalog.runner(job.conversation_id, self.state)
        except DesktopLlmError as exc:
            self._fail(exc)
            return None
        chat_id, reply_id = job.conversation_id, job.reply_id
        allowed = set(self.state.allowed)  # the reply's chat's, grown as the user allows more for it
        self._turn = ToolTurn(reply_id, runner, partial(self._allowed, allowed),
                              lambda ticket: self._on_answer(ticket, chat_id, reply_id, allowed))
        return self._turn

    def _allowed(self, chat_allowed: Collection[str], name: str, spec: ToolSpec | None) -> str:
        """Called on the worker thread: "allow_chat" for a tool allowed for this chat, "always" for a read-only one
        allowed always (Settings), "" when the user is asked. Read-only is judged by the spec the loop handed over:
        asking the catalog again would ask every MCP server for its tools (starting it) on every call."""
        if name in chat_allowed:
            return "allow_chat"
        if name in self.always_allowed and spec is not None and spec.read_only:
            return "always"
        return ""

    def reported(self, job: ReplyJob, event: ToolEvent) -> None:
        """GUI thread: a tool event of the running reply, told to the view."""
        if event.kind == "started":
            self.call_started.emit(job.reply_id, event.call, event.spec)
        elif event.kind == "finished" and event.outcome is not None:
            decision = self._turn.decisions.get(event.call.id, "") if self._turn is not None else ""
            self.call_finished.emit(job.reply_id, event.outcome, decision)
        elif event.kind == "ask" and event.ticket is not None:
            self.pending[event.call.id] = event.ticket
            self.approval_requested.emit(job.reply_id, event.ticket)

    def _on_answer(self, ticket: ApprovalTicket, conversation_id: int, reply_id: int, allowed: set[str]) -> None:
        self.pending.pop(ticket.call.id, None)
        if ticket.decision == "allow_chat":
            allowed.add(ticket.call.name)
            self._allow_in(conversation_id, ticket.call.name)
        self.approval_answered.emit(reply_id, ticket.call.id, ticket.decision)

    def _allow_in(self, conversation_id: int, name: str) -> None:
        """'Allow for this chat' is kept with the reply's chat, which need not be the one open when the user answers."""
        if conversation_id == self._conversation_id:
            if name not in self.state.allowed:
                self._change(allowed=(*self.state.allowed, name))
            return
        try:
            state = self._store.state(conversation_id)
            if name not in state.allowed:
                self._store.save(conversation_id, replace(state, allowed=(*state.allowed, name)))
        except DesktopLlmError as exc:
            self._fail(exc)

    def finished(self, reply_id: int) -> ToolTurn | None:
        """The reply ended: its turn, taken (None for a reply written without tools); waiting cards are closed."""
        for ticket in list(self.pending.values()):
            ticket.answer("deny")
        turn, self._turn = self._turn, None
        return turn if turn is not None and turn.reply_id == reply_id else None

    def _on_chat_conversation_changed(self, change: ConversationChange) -> None:
        """A deleted chat takes its tool resources with it (the store's row goes with the conversation)."""
        if isinstance(change, ConversationRemoved):
            catalog, gone = self._catalog, change.conversation_id
            self._ops.run(f"tools-forget-{gone}", lambda _flag: catalog.forget(gone), self._on_forget_done)

    def _on_forget_done(self, outcome: Outcome) -> None:
        if isinstance(outcome, Failed):
            log.warning("forgetting a deleted chat's tools failed: %s", outcome.error)
            self.failed.emit(outcome.message)

    def shutdown(self) -> None:
        """The window closes: a deleted chat's scratch folder being removed is finished first (waited for here,
        bounded: BackgroundOps.shutdown only cancels, it never waits; rmtree does not look at the flag)."""
        self._ops.wait(SHUTDOWN_WAIT_S)
        self._ops.shutdown()

    def context_tools(self) -> list[Mapping[str, Any]]:
        """The tools the next reply in the open chat sends (OpenAI's shape), for the context meter; [] when its
        tools are off or the model cannot take them."""
        if not self.state.enabled or not self.supported:
            return []
        enabled = set(self.state.enabled)
        return [spec.openai() for spec in self.specs() if spec.name in enabled]

    def _on_chat_conversation_opened(self, conversation_id: int) -> None:
        state = ChatToolState()
        if conversation_id:
            try:
                state = self._store.state(conversation_id)
            except DesktopLlmError as exc:
                self._fail(exc)
        self.state, self._conversation_id = state, conversation_id
        self.state_changed.emit(state)

    def _fail(self, error: DesktopLlmError) -> None:
        log.warning("chat tools: %s", error)
        self.failed.emit(error_text(error))


def unsupported_reason() -> str:
    return tr("This model's chat template has no place for tools: choose a model made for tool calling "
              "(Qwen 2.5 or 3, Llama 3.1+, Mistral and the like).")


# The chat controller's hooks (it is at its size limit: one call each).

def routed_parts(tools: ChatTools | None, job: ReplyJob, progress: ReplyProgress) -> tuple[ReasoningPart, ...]:
    """A report's text parts; a tool event goes to ChatTools (it carries no text)."""
    if isinstance(progress, ToolProgress) and progress.event is not None and tools is not None:
        tools.reported(job, progress.event)
    return progress.parts


def tool_turn(tools: ChatTools | None, job: ReplyJob) -> ToolTurn | None:
    return tools.turn(job) if tools is not None else None


def final_text(tools: ChatTools | None, reply_id: int, parts: Sequence[str]) -> tuple[str, dict[str, object]]:
    """The reply's content and its tool meta: with tools, the final answer and the rounds before it; else the
    streamed text."""
    turn = tools.finished(reply_id) if tools is not None else None
    if turn is None or (not turn.rounds and turn.final is None):
        return "".join(parts), {}
    if turn.final is None:  # stopped or failed before the loop ended: what was shown
        return "".join(parts), {TOOLS_KEY: rounds_to_meta(turn.rounds)} if turn.rounds else {}
    return turn.final, {TOOLS_KEY: rounds_to_meta(turn.rounds)} if turn.rounds else {}
