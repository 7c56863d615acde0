"""The tool loop (issue 14): stream a reply with the chat's tools, run the calls it makes (each approved by the
user unless pre-approved), feed the results back as `tool` messages, and go round again until the model answers.

Each round's text is held back while it may still become a call (core/tool_calls.safe_prefix_length, as the
public server does) and reported as LoopText otherwise; a reasoning model's reasoning is split off first
(core/reasoning.ReasoningSplitter, as the chat's stream does) and reported as LoopReasoning, so a `<tool_call>`
it merely thinks about is never run. A malformed call (a call marker with JSON that cannot be read, an unknown
tool, arguments that break the schema) goes back to the model as an error it can correct; a denied call as
"The user denied this call."; nothing the model writes ends the loop with an exception. After `max_rounds`
rounds of calls the model is asked once more without tools, so it must answer.
"""

from __future__ import annotations

import json
import re
import secrets
import string
import threading
from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from desktop_llm.core.events import ChatMessage, GenerationFinished, GenerationStats, StreamEvent, TextDelta
from desktop_llm.core.reasoning import ReasoningFormat, ReasoningSplitter
from desktop_llm.core.sampling import SamplingParams
from desktop_llm.core.tool_calls import parse_tool_calls, safe_prefix_length
from desktop_llm.core.tool_types import Approver, ToolCallRequest, ToolOutcome, ToolSpec
from desktop_llm.services.tools.registry import ToolRegistry, bounded

DENIED = "The user denied this call."
_CALL_MARKERS = ("<tool_call>", "[TOOL_CALLS]", "<|python_tag|>", "<function=")
_NAME = re.compile(r'"name"\s*:\s*"([A-Za-z0-9_.\-]{1,64})"')
_ALNUM = string.ascii_letters + string.digits


class ToolEngine(Protocol):
    """What the loop needs of an engine (EngineClient, a remote backend's client)."""

    def chat_stream(self, messages: Sequence[ChatMessage], sampling: SamplingParams,
                    cancelled: Callable[[], bool] = ..., request_id: str | None = None, adapters: Any = None,
                    template_kwargs: Mapping[str, object] | None = None,
                    tools: Sequence[Mapping[str, Any]] | None = None,
                    tool_choice: str | Mapping[str, Any] | None = None) -> Iterator[StreamEvent]: ...


@dataclass(frozen=True)
class ToolLoopEvent:
    """Something the loop reports as it happens (on the loop's thread)."""


@dataclass(frozen=True)
class LoopText(ToolLoopEvent):
    text: str  # answer text that is certainly not a call


@dataclass(frozen=True)
class LoopReasoning(ToolLoopEvent):
    text: str  # a reasoning model's thinking


@dataclass(frozen=True)
class CallStarted(ToolLoopEvent):
    call: ToolCallRequest
    spec: ToolSpec | None  # None: the call names no tool we have (it ends as an error)


@dataclass(frozen=True)
class CallFinished(ToolLoopEvent):
    outcome: ToolOutcome


@dataclass(frozen=True)
class RoundEnded(ToolLoopEvent):
    n: int  # 1-based: the rounds that ended with calls


@dataclass(frozen=True)
class LoopResult:
    messages: tuple[ChatMessage, ...]  # assistant(tool_calls) -> tool … -> the final assistant reply
    finish_reason: str
    stats: GenerationStats = field(default_factory=GenerationStats)
    rounds: int = 0


@dataclass
class _Round:
    answer: str = ""
    reasoning: str = ""
    sent: int = 0
    end: GenerationFinished | None = None


def run_tool_loop(engine: ToolEngine, messages: Sequence[ChatMessage], sampling: SamplingParams,
                  registry: ToolRegistry, enabled: Collection[str] | None, approver: Approver,
                  on_event: Callable[[ToolLoopEvent], None], cancel: threading.Event, *, max_rounds: int = 8,
                  tool_choice: str = "auto", timeout_s: float = 60.0,
                  policy: Callable[[ToolSpec], bool] = lambda spec: False,
                  reasoning: ReasoningFormat | None = None, **stream_kwargs: Any) -> LoopResult:
    """Run the loop; `policy` says which tools are pre-approved (Settings' always-allowed read-only tools),
    `tool_choice` is "auto", "none", "required" or a tool's name (forced on the first round only),
    `stream_kwargs` go to engine.chat_stream (request_id, adapters, template_kwargs)."""
    specs = registry.specs(enabled) if tool_choice != "none" else []
    tools = [spec.openai() for spec in specs]
    names = {spec.name for spec in specs}
    history = list(messages)
    new: list[ChatMessage] = []
    allowed_for_chat: set[str] = set()
    rounds = 0
    while True:
        offer = tools if rounds < max_rounds else []
        choice = _forced(tool_choice) if rounds == 0 and offer else None
        turn = _stream(engine, history + new, sampling, offer, choice, cancel, on_event, reasoning, stream_kwargs)
        end = turn.end or GenerationFinished("cancelled" if cancel.is_set() else "stop", GenerationStats())
        calls, content = _calls(turn.answer, names) if offer and not cancel.is_set() else ((), turn.answer)
        if content[turn.sent:]:
            on_event(LoopText(content[turn.sent:]))
        if not calls:
            new.append(ChatMessage("assistant", content, reasoning_content=turn.reasoning))
            return LoopResult(tuple(new), end.finish_reason, end.stats, rounds)
        new.append(ChatMessage("assistant", content, reasoning_content=turn.reasoning,
                               tool_calls=tuple(_openai_call(call) for call in calls)))
        for call in calls:
            outcome = _one_call(call, registry, approver, policy, allowed_for_chat, cancel, timeout_s, on_event)
            new.append(ChatMessage("tool", outcome.content, tool_call_id=call.id, name=call.name))
        rounds += 1
        on_event(RoundEnded(rounds))
        if cancel.is_set():
            return LoopResult(tuple(new), "cancelled", end.stats, rounds)


def _forced(tool_choice: str) -> str | dict[str, Any] | None:
    if tool_choice in ("auto", "none"):
        return None
    if tool_choice == "required":
        return "required"
    return {"type": "function", "function": {"name": tool_choice}}


def _stream(engine: ToolEngine, messages: list[ChatMessage], sampling: SamplingParams,
            tools: list[dict[str, Any]], choice: str | dict[str, Any] | None, cancel: threading.Event,
            on_event: Callable[[ToolLoopEvent], None], reasoning: ReasoningFormat | None,
            stream_kwargs: dict[str, Any]) -> _Round:
    """One reply streamed: reasoning reported at once, answer text as soon as it cannot be a call."""
    turn = _Round()
    splitter = ReasoningSplitter(reasoning)

    def take(parts: Sequence[Any]) -> None:
        for part in parts:
            if part.kind == "reasoning":
                turn.reasoning += part.text
                on_event(LoopReasoning(part.text))
            else:
                turn.answer += part.text
        if tools:
            safe = safe_prefix_length(turn.answer)
            if safe > turn.sent:
                on_event(LoopText(turn.answer[turn.sent:safe]))
                turn.sent = safe

    for event in engine.chat_stream(messages, sampling, cancel.is_set, tools=tools or None,
                                    tool_choice=choice, **stream_kwargs):
        if isinstance(event, TextDelta):
            take(splitter.feed(event.text))
        else:
            turn.end = event
    take(splitter.finish())
    turn.reasoning = turn.reasoning.strip()
    if not tools:  # nothing was held back: all of it goes out now
        if turn.answer[turn.sent:]:
            on_event(LoopText(turn.answer[turn.sent:]))
        turn.sent = len(turn.answer)
    return turn


def _calls(answer: str, names: Collection[str]) -> tuple[tuple[ToolCallRequest, ...], str]:
    """The reply's calls (with fresh ids) and its text before them. A call marker whose calls name unknown
    tools still counts (the model reads "no such tool"); when some of the calls cannot be read (a reply cut off
    in its second call), each `<tool_call>` block is read on its own and one that fails becomes a call that
    fails with its problem named."""
    mistral = "[TOOL_CALLS]" in answer
    parsed = parse_tool_calls(answer, names)
    marked = min((answer.find(m) for m in _CALL_MARKERS if m in answer), default=-1)
    if not parsed.calls and marked >= 0:
        parsed = parse_tool_calls(answer, None)
        if not parsed.calls:
            return _salvaged(answer, marked), answer[:marked].strip()
    calls = [ToolCallRequest(_call_id(answer, mistral), c.name, c.arguments) for c in parsed.calls]
    for raw in parsed.incomplete[:8]:  # a call cut off after complete ones: the model reads what was wrong with it
        guess = _NAME.search(raw)
        calls.append(ToolCallRequest(_call_id(answer, mistral), guess.group(1) if guess else "unknown", raw[:2_000]))
    return tuple(calls), parsed.content


def _salvaged(answer: str, marked: int) -> tuple[ToolCallRequest, ...]:
    """Each block after the first call marker read on its own: its calls, or one call carrying the raw text."""
    blocks = [b for b in re.split(r"<tool_call>", answer[marked:]) if b.strip()] or [answer[marked:]]
    calls: list[ToolCallRequest] = []
    for block in blocks[:8]:
        body = block.split("</tool_call>")[0].strip()
        one = parse_tool_calls(f"<tool_call>{body}</tool_call>", None).calls
        if one:
            calls.extend(ToolCallRequest(_call_id(answer), c.name, c.arguments) for c in one)
            continue
        guess = _NAME.search(body)
        calls.append(ToolCallRequest(_call_id(answer), guess.group(1) if guess else "unknown", body[:2_000]))
    return tuple(calls)


def _call_id(answer: str, mistral: bool = False) -> str:
    """OpenAI-style ids; Mistral's templates insist on exactly nine letters and digits."""
    if mistral:
        return "".join(secrets.choice(_ALNUM) for _ in range(9))
    return "call_" + "".join(secrets.choice(_ALNUM) for _ in range(24))


def _openai_call(call: ToolCallRequest) -> dict[str, Any]:
    """The call as the assistant message keeps it; arguments that are not JSON are kept as "{}" (templates
    parse them), the tool message that follows says what was wrong."""
    try:
        arguments = call.arguments if isinstance(json.loads(call.arguments), dict) else "{}"
    except (json.JSONDecodeError, RecursionError):
        arguments = "{}"
    return {"id": call.id, "type": "function", "function": {"name": call.name, "arguments": arguments}}


def _one_call(call: ToolCallRequest, registry: ToolRegistry, approver: Approver,
              policy: Callable[[ToolSpec], bool], allowed_for_chat: set[str], cancel: threading.Event,
              timeout_s: float, on_event: Callable[[ToolLoopEvent], None]) -> ToolOutcome:
    spec = registry.spec(call.name)
    on_event(CallStarted(call, spec))
    outcome = _decide_and_run(call, spec, registry, approver, policy, allowed_for_chat, cancel, timeout_s)
    on_event(CallFinished(outcome))
    return outcome


def _decide_and_run(call: ToolCallRequest, spec: ToolSpec | None, registry: ToolRegistry, approver: Approver,
                    policy: Callable[[ToolSpec], bool], allowed_for_chat: set[str], cancel: threading.Event,
                    timeout_s: float) -> ToolOutcome:
    problem = registry.problem(call)
    if problem or spec is None:
        return _ended(call, "error", problem or f"There is no tool named {call.name!r}.")
    if cancel.is_set():
        return _ended(call, "cancelled", "The user stopped the reply before this call ran.")
    if not (policy(spec) or call.name in allowed_for_chat):
        decision = approver.approve(call, spec, cancel)
        if cancel.is_set():
            return _ended(call, "cancelled", "The user stopped the reply before this call ran.")
        if decision == "deny":
            return _ended(call, "denied", DENIED)
        if decision == "allow_chat":
            allowed_for_chat.add(call.name)
    return registry.run(call, cancel, timeout_s)


def _ended(call: ToolCallRequest, status: Any, content: str) -> ToolOutcome:
    text, truncated = bounded(content)
    return ToolOutcome(call, status, text, 0.0, truncated)
