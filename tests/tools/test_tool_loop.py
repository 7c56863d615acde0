"""The tool loop: a full round trip on the starter model (a test copy of its GGUF with Qwen 2.5's tool template,
the first call forced by llama.cpp's grammar through tool_choice, so it is deterministic), approval allow and
deny; and the paths the tiny model will not write on demand (a malformed call, an unknown tool, a call inside
reasoning, the round limit) on scripted replies fed through the same loop."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import pytest

from desktop_llm.core.events import ChatMessage, GenerationFinished, GenerationStats, StreamEvent, TextDelta
from desktop_llm.core.sampling import LoadParams, SamplingParams
from desktop_llm.core.tool_types import Decision, ToolCallRequest, ToolSpec
from desktop_llm.services.engine.engine_host import EngineHost
from desktop_llm.services.tools.builtin_tools import Calculator, CurrentDatetime
from desktop_llm.services.tools.registry import ToolRegistry
from desktop_llm.services.tools.tool_loop import (
    DENIED,
    CallFinished,
    CallStarted,
    LoopReasoning,
    LoopText,
    RoundEnded,
    ToolLoopEvent,
    run_tool_loop,
)
from tests.gguf_fixtures import with_chat_template

QWEN = Path(__file__).parent.parent / "fixtures" / "chat_templates" / "Qwen-Qwen2.5-7B-Instruct.jinja"
ASK = [ChatMessage("user", "What is 17 times 23? Use the calculator.")]


class Approver:
    def __init__(self, decision: Decision) -> None:
        self.decision = decision
        self.asked: list[str] = []

    def approve(self, call: ToolCallRequest, spec: ToolSpec, cancel: threading.Event) -> Decision:
        self.asked.append(call.name)
        return self.decision


class Counting(Calculator):
    """The calculator, counting its runs (a denied call must not run)."""

    def __init__(self) -> None:
        self.runs = 0

    def run(self, arguments: Mapping[str, Any], cancel: threading.Event, timeout_s: float) -> str:
        self.runs += 1
        return super().run(arguments, cancel, timeout_s)


@pytest.fixture(scope="module")
def tools_engine(tmp_path_factory: pytest.TempPathFactory, starter_model: Path) -> Iterator[EngineHost]:
    tmp = tmp_path_factory.mktemp("tool-loop")
    copy = with_chat_template(starter_model, tmp / "smollm2-qwen-tools.gguf", QWEN.read_text(encoding="utf-8"))
    host = EngineHost(tmp / "logs")
    host.ensure_loaded(LoadParams(path=str(copy), n_ctx=2048))
    yield host
    host.shutdown()


def loop(engine: Any, registry: ToolRegistry, approver: Approver, **kwargs: Any) -> tuple[Any, list[ToolLoopEvent]]:
    events: list[ToolLoopEvent] = []
    result = run_tool_loop(engine, ASK, SamplingParams(max_tokens=60, temperature=0), registry, None, approver,
                           events.append, threading.Event(), **kwargs)
    return result, events


@pytest.mark.slow
def test_a_forced_call_runs_and_the_model_answers(tools_engine: EngineHost) -> None:
    tool = Counting()
    approver = Approver("allow_once")
    result, events = loop(tools_engine.client(), ToolRegistry([tool, CurrentDatetime()]), approver,
                          tool_choice="calculator", max_rounds=1)
    assistant, answer_of_tool, final = result.messages
    call = assistant.tool_calls[0]
    assert call["function"]["name"] == "calculator" and call["id"].startswith("call_")
    assert "expression" in json.loads(call["function"]["arguments"])
    assert approver.asked == ["calculator"] and tool.runs == 1
    assert answer_of_tool.role == "tool" and answer_of_tool.tool_call_id == call["id"]
    assert answer_of_tool.name == "calculator" and answer_of_tool.content  # a value or the calculator's error
    assert final.role == "assistant" and not final.tool_calls and result.rounds == 1
    assert result.finish_reason in ("stop", "length") and result.stats.prompt_tokens > 0
    kinds = [type(event).__name__ for event in events if not isinstance(event, LoopText)]
    assert kinds == ["CallStarted", "CallFinished", "RoundEnded"]
    finished = next(e for e in events if isinstance(e, CallFinished))
    assert finished.outcome.status in ("ok", "error") and finished.outcome.content == answer_of_tool.content
    assert "".join(e.text for e in events if isinstance(e, LoopText)) == final.content


@pytest.mark.slow
def test_a_denied_call_does_not_run_and_the_model_is_told(tools_engine: EngineHost) -> None:
    tool = Counting()
    result, events = loop(tools_engine.client(), ToolRegistry([tool]), Approver("deny"), tool_choice="calculator",
                          max_rounds=1)
    assert tool.runs == 0 and result.messages[1].content == DENIED
    assert next(e for e in events if isinstance(e, CallFinished)).outcome.status == "denied"
    # Pre-approved (Settings' read-only tools): no question asked.
    approver = Approver("deny")
    loop(tools_engine.client(), ToolRegistry([tool]), approver, tool_choice="calculator", max_rounds=1,
         policy=lambda spec: spec.read_only)
    assert approver.asked == [] and tool.runs == 1


class Scripted:
    """An engine that writes the given replies, one per request, through the loop's own streaming path; it
    records what it was asked (tools offered, tool_choice, messages)."""

    def __init__(self, *replies: str) -> None:
        self.replies = list(replies)
        self.requests: list[dict[str, Any]] = []

    def chat_stream(self, messages: Sequence[ChatMessage], sampling: SamplingParams,
                    cancelled: Callable[[], bool] = lambda: False, request_id: str | None = None,
                    adapters: Any = None, template_kwargs: Any = None, tools: Any = None,
                    tool_choice: Any = None) -> Iterator[StreamEvent]:
        self.requests.append({"messages": list(messages), "tools": tools, "tool_choice": tool_choice})
        reply = self.replies.pop(0)
        for start in range(0, len(reply), 3):  # a few characters at a time, as tokens arrive
            yield TextDelta(reply[start:start + 3])
        yield GenerationFinished("stop", GenerationStats(prompt_tokens=10, completion_tokens=5))


def test_malformed_unknown_and_invalid_calls_go_back_as_errors() -> None:
    engine = Scripted('<tool_call>\n{"name": "calculator", "arguments": {"expression": "1+"</tool_call>',
                      '<tool_call>\n{"name": "weather", "arguments": {}}\n</tool_call>',
                      '<tool_call>\n{"name": "calculator", "arguments": {"expr": 2}}\n</tool_call>',
                      'Sorry, 17 * 23 = 391.')
    approver = Approver("allow_once")
    result, events = loop(engine, ToolRegistry([Calculator()]), approver)
    tool_messages = [m.content for m in result.messages if m.role == "tool"]
    assert "not valid JSON" in tool_messages[0]
    assert "There is no tool named 'weather'" in tool_messages[1]
    assert "'expression' is a required property" in tool_messages[2]
    assert approver.asked == [] and result.rounds == 3 and result.messages[-1].content == "Sorry, 17 * 23 = 391."
    assert [e.n for e in events if isinstance(e, RoundEnded)] == [1, 2, 3]
    assert all(m.tool_calls[0]["function"]["arguments"] in ("{}", '{"expr": 2}')
               for m in result.messages if m.tool_calls)
    assert "".join(e.text for e in events if isinstance(e, LoopText)) == "Sorry, 17 * 23 = 391."


def test_text_before_a_call_streams_and_the_call_is_held_back() -> None:
    engine = Scripted('Let me compute. <tool_call>\n{"name": "calculator", "arguments": {"expression": "17*23"}}'
                      '\n</tool_call>', "It is 391.")
    result, events = loop(engine, ToolRegistry([Calculator()]), Approver("allow_chat"))
    texts = [e.text for e in events if isinstance(e, LoopText)]
    assert "".join(texts) == "Let me compute. It is 391." and not any("<" in text for text in texts)
    assert result.messages[0].content == "Let me compute." and result.messages[1].content == "391"
    started = next(e for e in events if isinstance(e, CallStarted))
    assert started.spec is not None and started.spec.name == "calculator"
    assert engine.requests[0]["tools"][0]["function"]["name"] == "calculator"
    assert engine.requests[0]["tool_choice"] is None  # auto: nothing forced


def test_a_call_inside_reasoning_is_not_run() -> None:
    engine = Scripted('<think>Maybe <tool_call>{"name": "calculator", "arguments": {"expression": "1"}}'
                      '</tool_call>? No.</think>It is 391.')
    result, events = loop(engine, ToolRegistry([Counting()]), Approver("allow_once"))
    assert result.rounds == 0 and result.messages[0].content == "It is 391."
    assert "tool_call" in result.messages[0].reasoning_content
    assert any(isinstance(e, LoopReasoning) for e in events)


def test_at_the_round_limit_the_model_must_answer_without_tools() -> None:
    call = '<tool_call>\n{"name": "calculator", "arguments": {"expression": "2+2"}}\n</tool_call>'
    engine = Scripted(call, call, "Four.")
    result, _events = loop(engine, ToolRegistry([Calculator()]), Approver("allow_chat"), max_rounds=2,
                           tool_choice="required")
    assert result.rounds == 2 and result.messages[-1].content == "Four."
    assert [r["tool_choice"] for r in engine.requests] == ["required", None, None]
    assert engine.requests[-1]["tools"] is None and engine.requests[1]["tools"]
    assert len(engine.requests[-1]["messages"]) == 1 + 4  # the question, two calls and their results


def test_a_reply_cut_off_in_its_second_call_keeps_the_first() -> None:
    # What the starter model writes with tool_choice "required" and a small max_tokens.
    engine = Scripted('<tool_call>\n{"name": "calculator", "arguments": { "expression": "6*7" }}\n</tool_call>\n'
                      '<tool_call>\n{ "name": "calculator","arguments": {"expression": "}}', "42.")
    result, _events = loop(engine, ToolRegistry([Calculator()]), Approver("allow_once"))
    first, second = (m.content for m in result.messages if m.role == "tool")
    assert first == "42" and "not valid JSON" in second



DEEP = "[" * 50_000 + "]" * 50_000


@pytest.mark.parametrize("arguments", [DEEP, json.dumps(DEEP)], ids=["nested", "nested-in-a-string"])
def test_deeply_nested_arguments_go_back_as_an_error(arguments: str) -> None:
    # JSON nested past Python's recursion limit makes json.loads raise RecursionError, not JSONDecodeError; a
    # reply (or a document it was tricked by) that writes one must not end the loop with an exception.
    engine = Scripted(f'<tool_call>\n{{"name": "calculator", "arguments": {arguments}}}\n</tool_call>', "Sorry.")
    tool = Counting()
    result, _events = loop(engine, ToolRegistry([tool]), Approver("allow_once"))
    assert result.messages[-1].content == "Sorry." and tool.runs == 0
    tool_messages = [m.content for m in result.messages if m.role == "tool"]
    assert len(tool_messages) == 1 and "JSON" in tool_messages[0]
