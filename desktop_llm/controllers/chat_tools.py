"""Tools in chat (issue 14): each chat's tool state, the reply's tool loop, and the user's approval of each call.

How a reply uses tools:
- The chat's tools are off until switched on under the composer (ui/tools_chip.py); the state (tools on, tools
  allowed for the chat, folders granted to the file tools) is stored per conversation (ChatToolStore).
- A reply in a chat with tools on, from a model whose template writes tools (the engine's status says
  `reads_tools`), runs the tool loop (services/tools/tool_loop.run_tool_loop, handed in by desktop_llm/app_tools.py
  as a LoopRunner: controllers never import services) in the reply's background work instead of a plain stream.
  Its text goes to the live reply as a plain stream's does; each call's start and end, and each approval asked,
  reach the GUI through the same report channel (ToolProgress reports), in order with the text.
- Approval: the loop's worker thread blocks in ToolApprover.approve on an Event until the GUI answers the card
  (ApprovalTicket.answer); Stop sets the reply's cancel flag, which ends the wait as a denial and the loop as
  cancelled. "Allow for this chat" is remembered with the chat's state; tools allowed always (Settings, read-only
  ones only) and the chat's allowed tools never ask.
- At the end, the rounds (text before the calls, each call with its decision and result) go into the reply's meta
  (core/tool_meta.py) and the reply's content is the final answer.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass
from typing import Literal, Protocol

from PySide6.QtCore import QObject, Signal, SignalInstance

from desktop_llm.controllers.chat_stream import (
    ReplyJob,
    ReplyProgress,
    explain_interrupted,
    stream_reply,
    template_kwargs,
)
from desktop_llm.controllers.i18n import error_text, tr
from desktop_llm.core.conversation import Conversation
from desktop_llm.core.errors import DesktopLlmError, EngineUnavailableError
from desktop_llm.core.events import ChatMessage, GenerationFinished, GenerationStats
from desktop_llm.core.protocols import EngineSupervisor
from desktop_llm.core.reasoning import ReasoningFormat, ReasoningPart
from desktop_llm.core.tool_meta import TOOLS_KEY, ChatToolState, ToolRound, rounds_from_messages, rounds_to_meta
from desktop_llm.core.tool_meta import prompt_messages as prompt_messages
from desktop_llm.core.tool_types import Decision, ToolCallRequest, ToolOutcome, ToolSpec

log = logging.getLogger(__name__)
CHUNK_INTERVAL_S = 1 / 30  # text is reported as often as a plain stream's
WAIT_POLL_S = 0.05  # how often a waiting approval looks at Stop


class LoopSink(Protocol):
    """What the loop runner tells as the loop goes (on the loop's thread)."""

    def text(self, text: str) -> None: ...
    def reasoning(self, text: str) -> None: ...
    def call_started(self, call: ToolCallRequest, spec: ToolSpec | None) -> None: ...
    def call_finished(self, outcome: ToolOutcome) -> None: ...


class LoopOutcome(Protocol):
    """services/tools/tool_loop.LoopResult, as read here."""

    @property
    def messages(self) -> tuple[ChatMessage, ...]: ...
    @property
    def finish_reason(self) -> str: ...
    @property
    def stats(self) -> GenerationStats: ...


# (client, messages, sampling, approver, sink, cancel, policy, reasoning format, stream kwargs) -> the loop's result
LoopRunner = Callable[..., LoopOutcome]


class ToolStateStore(Protocol):
    """services/storage/chat_tool_store.ChatToolStore."""

    def state(self, conversation_id: int) -> ChatToolState: ...
    def save(self, conversation_id: int, state: ChatToolState) -> None: ...


class ToolCatalog(Protocol):
    """The tools a chat may switch on, and the loop over one chat's tools (made by desktop_llm/app_tools.py)."""

    def specs(self) -> list[ToolSpec]: ...
    def runner(self, conversation_id: int, state: ChatToolState) -> LoopRunner: ...


@dataclass(frozen=True)
class ToolEvent:
    """A call started or finished, an approval asked; reported to the GUI thread in order with the text."""

    kind: Literal["started", "finished", "ask"]
    call: ToolCallRequest
    spec: ToolSpec | None = None
    outcome: ToolOutcome | None = None
    ticket: ApprovalTicket | None = None


@dataclass(frozen=True)
class ToolProgress(ReplyProgress):
    """A report with no text: a tool event (the chat controller hands it to ChatTools: routed_parts)."""

    event: ToolEvent | None = None


class ApprovalTicket:
    """One approval asked: the worker waits on it, the GUI answers it once (a second answer is ignored)."""

    def __init__(self, call: ToolCallRequest, spec: ToolSpec, on_answer: Callable[[ApprovalTicket], None]) -> None:
        self.call = call
        self.spec = spec
        self.decision: Decision = "deny"
        self.answered = threading.Event()
        self._on_answer = on_answer

    def answer(self, decision: str) -> None:
        """GUI thread: the user's choice ("allow_once", "allow_chat" or "deny")."""
        if self.answered.is_set():
            return
        self.decision = decision if decision in ("allow_once", "allow_chat") else "deny"  # type: ignore[assignment]
        self.answered.set()
        self._on_answer(self)


class ToolTurn:
    """One reply's tool loop. Made on the GUI thread as the reply starts, run on the reply's worker thread, read
    on the GUI thread once its outcome has arrived (nothing is written to it after the work returned)."""

    def __init__(self, reply_id: int, runner: LoopRunner, allowed: Callable[[str], str],
                 on_answer: Callable[[ApprovalTicket], None]) -> None:
        self.reply_id = reply_id
        self.rounds: tuple[ToolRound, ...] = ()
        self.final: str | None = None  # the final answer (None until the loop ended)
        self.decisions: dict[str, str] = {}  # call id -> the user's decision ("always": allowed without asking)
        self._outcomes: dict[str, ToolOutcome] = {}
        self._runner = runner
        self._allowed = allowed
        self._on_answer = on_answer
        self._report: Callable[[ReplyProgress], None] = lambda _p: None

    def stream(self, engine: EngineSupervisor, job: ReplyJob, cancelled: threading.Event,
               report: Callable[[ReplyProgress], None]) -> GenerationFinished:
        """The loop, on the reply's worker thread (a model without tool support: the plain stream)."""
        self._report = report
        sink = _Sink(report, self)
        try:
            status = engine.ensure_loaded(job.load)
            if status.model is not None and status.model.reads_tools is False:
                log.info("the model's template writes no tools: reply %s without them", job.reply_id)
                return stream_reply(engine, job, cancelled, report)
            client = engine.client()
            fmt = job.formats.get(job.load.path, job.thinking) if job.formats else ReasoningFormat()
            result = self._runner(client, job.messages, job.sampling, _Approver(self), sink, cancelled,
                                  self._pre_approved, fmt, request_id=job.request_id, adapters=job.adapters,
                                  template_kwargs=template_kwargs(fmt, job.thinking))
        except EngineUnavailableError as exc:
            sink.flush()
            raise explain_interrupted(engine, job, exc) from exc
        sink.flush()
        self.rounds, self.final = rounds_from_messages(result.messages, self._outcomes, self.decisions)
        finish = result.finish_reason if result.finish_reason in ("stop", "length", "cancelled", "error") else "stop"
        return GenerationFinished(finish, result.stats)  # type: ignore[arg-type]

    def _pre_approved(self, spec: ToolSpec) -> bool:
        return bool(self._allowed(spec.name))

    def finished(self, outcome: ToolOutcome) -> None:
        """A call ended: one that ran without a card was allowed for the chat or always."""
        self._outcomes[outcome.call.id] = outcome
        if outcome.call.id not in self.decisions and outcome.status != "error":
            self.decisions[outcome.call.id] = self._allowed(outcome.call.name)

    def ask(self, call: ToolCallRequest, spec: ToolSpec, cancel: threading.Event) -> Decision:
        """Worker thread: show the card and wait for the user (Stop: a denial)."""
        ticket = ApprovalTicket(call, spec, self._on_answer)
        self._report(ToolProgress((), None, ToolEvent("ask", call, spec, ticket=ticket)))
        while not ticket.answered.wait(WAIT_POLL_S):
            if cancel.is_set():
                self.decisions[call.id] = "deny"
                return "deny"
        self.decisions[call.id] = ticket.decision
        return ticket.decision


class _Approver:
    def __init__(self, turn: ToolTurn) -> None:
        self._turn = turn

    def approve(self, call: ToolCallRequest, spec: ToolSpec, cancel: threading.Event) -> Decision:
        return self._turn.ask(call, spec, cancel)


class _Sink:
    """The loop's events as reports: text batched (at most ~30 reports a second), each tool event at once after
    the text before it."""

    def __init__(self, report: Callable[[ReplyProgress], None], turn: ToolTurn) -> None:
        self._report = report
        self._turn = turn
        self._parts: list[ReasoningPart] = []
        self._last = 0.0
        self._thinking_since: float | None = None
        self._thought_s: float | None = None
        self._told = False

    def text(self, text: str) -> None:
        if self._thinking_since is not None and self._thought_s is None:
            self._thought_s = time.monotonic() - self._thinking_since
        self._add(ReasoningPart("answer", text))

    def reasoning(self, text: str) -> None:
        if self._thinking_since is None:
            self._thinking_since = time.monotonic()
        self._add(ReasoningPart("reasoning", text))

    def call_started(self, call: ToolCallRequest, spec: ToolSpec | None) -> None:
        self.flush()
        self._report(ToolProgress((), None, ToolEvent("started", call, spec)))

    def call_finished(self, outcome: ToolOutcome) -> None:
        self._turn.finished(outcome)
        self._report(ToolProgress((), None, ToolEvent("finished", outcome.call, outcome=outcome)))

    def _add(self, part: ReasoningPart) -> None:
        self._parts.append(part)
        now = time.monotonic()
        if now - self._last >= CHUNK_INTERVAL_S:
            self.flush()
            self._last = now

    def flush(self) -> None:
        thought = self._thought_s if not self._told else None
        if self._parts or thought is not None:
            self._report(ReplyProgress(tuple(self._parts), thought))
            self._told = self._told or thought is not None
            self._parts = []


class Chat(Protocol):
    """What of the chat controller this needs (it imports this module: no import back)."""

    tools: ChatTools | None

    @property
    def conversation(self) -> Conversation | None: ...
    @property
    def conversation_opened(self) -> SignalInstance: ...
    def new_conversation(self) -> Conversation: ...


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
        chat.tools = self
        chat.conversation_opened.connect(self._on_chat_conversation_opened)
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
        self._turn = ToolTurn(job.reply_id, runner, self._allowed, self._on_answer)
        return self._turn

    def _allowed(self, name: str) -> str:
        """Called on the worker thread: "allow_chat" for a tool allowed for this chat, "always" for a read-only one
        allowed always (Settings), "" when the user is asked."""
        if name in self.state.allowed:
            return "allow_chat"
        if name in self.always_allowed and any(spec.name == name and spec.read_only for spec in self.specs()):
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

    def _on_answer(self, ticket: ApprovalTicket) -> None:
        self.pending.pop(ticket.call.id, None)
        if ticket.decision == "allow_chat" and ticket.call.name not in self.state.allowed:
            self._change(allowed=(*self.state.allowed, ticket.call.name))
        reply_id = self._turn.reply_id if self._turn is not None else 0
        self.approval_answered.emit(reply_id, ticket.call.id, ticket.decision)

    def finished(self, reply_id: int) -> ToolTurn | None:
        """The reply ended: its turn, taken (None for a reply written without tools); waiting cards are closed."""
        for ticket in list(self.pending.values()):
            ticket.answer("deny")
        turn, self._turn = self._turn, None
        return turn if turn is not None and turn.reply_id == reply_id else None

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
