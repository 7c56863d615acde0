"""One reply's tool loop (issue 14), run on the reply's worker thread: the loop runner's events as reports to the
GUI thread (text batched as a plain stream's, each tool event at once, in order with the text), the user's approval
of each call (the worker waits on an ApprovalTicket the GUI answers; Stop ends the wait as a denial), and the rounds
the reply keeps in its meta (core/tool_meta.py): all of them once the loop ended, the rounds done so far when it
failed (they happened: the user sees what ran). controllers/chat_tools.ChatTools makes a ToolTurn per reply.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal, Protocol

from desktop_llm.controllers.chat_stream import (
    ReplyJob,
    ReplyProgress,
    explain_interrupted,
    stream_reply,
    template_kwargs,
)
from desktop_llm.core.errors import EngineUnavailableError
from desktop_llm.core.events import ChatMessage, GenerationFinished, GenerationStats
from desktop_llm.core.protocols import EngineSupervisor
from desktop_llm.core.reasoning import ReasoningFormat, ReasoningPart
from desktop_llm.core.tool_meta import ToolCallRecord, ToolRound, rounds_from_messages
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
    def round_ended(self) -> None: ...


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

    def __init__(self, reply_id: int, runner: LoopRunner, allowed: Callable[[str, ToolSpec | None], str],
                 on_answer: Callable[[ApprovalTicket], None]) -> None:
        self.reply_id = reply_id
        self.rounds: tuple[ToolRound, ...] = ()
        self.final: str | None = None  # the final answer (None until the loop ended)
        self.decisions: dict[str, str] = {}  # call id -> the user's decision ("always": allowed without asking)
        self._outcomes: dict[str, ToolOutcome] = {}
        self._specs: dict[str, ToolSpec] = {}  # the specs the loop handed over (never the catalog asked again)
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
            self.rounds = sink.rounds_so_far()
            raise explain_interrupted(engine, job, exc) from exc
        except Exception:  # the reply fails (BackgroundOps types the error); the rounds it did are kept
            sink.flush()
            self.rounds = sink.rounds_so_far()
            raise
        sink.flush()
        self.rounds, self.final = rounds_from_messages(result.messages, self._outcomes, self.decisions)
        finish = result.finish_reason if result.finish_reason in ("stop", "length", "cancelled", "error") else "stop"
        return GenerationFinished(finish, result.stats)  # type: ignore[arg-type]

    def _pre_approved(self, spec: ToolSpec) -> bool:
        self._specs[spec.name] = spec
        return bool(self._allowed(spec.name, spec))

    def finished(self, outcome: ToolOutcome) -> None:
        """A call ended: one that ran without a card was allowed for the chat or always."""
        self._outcomes[outcome.call.id] = outcome
        if outcome.call.id not in self.decisions and outcome.status != "error":
            self.decisions[outcome.call.id] = self._allowed(outcome.call.name, self._specs.get(outcome.call.name))

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
        self._rounds: list[ToolRound] = []  # the rounds whose calls all ended (kept if the loop fails later)
        self._round_text: list[str] = []  # the answer text of the round under way
        self._round_calls: list[ToolCallRecord] = []
        self._parts: list[ReasoningPart] = []
        self._last = 0.0
        self._thinking_since: float | None = None
        self._thought_s: float | None = None
        self._told = False

    def text(self, text: str) -> None:
        if self._thinking_since is not None and self._thought_s is None:
            self._thought_s = time.monotonic() - self._thinking_since
        if self._round_calls:  # text after a round's calls: the next round began (a runner without round_ended)
            self.round_ended()
        self._round_text.append(text)
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
        self._round_calls.append(ToolCallRecord.of(outcome, self._turn.decisions.get(outcome.call.id, "")))
        self._report(ToolProgress((), None, ToolEvent("finished", outcome.call, outcome=outcome)))

    def round_ended(self) -> None:
        """The round's calls all ended (the loop's RoundEnded): its text and calls make one round."""
        if self._round_calls:
            self._rounds.append(ToolRound("".join(self._round_text).strip(), tuple(self._round_calls)))
        self._round_text, self._round_calls = [], []

    def rounds_so_far(self) -> tuple[ToolRound, ...]:
        """The rounds done when the loop failed: a call that never ended did not run and is left out."""
        self.round_ended()
        return tuple(self._rounds)

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
