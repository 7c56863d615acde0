"""ToolRegistry: argument validation, timeouts, Stop, output bound, duplicate names, providers merged."""

from __future__ import annotations

import json
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import pytest

from desktop_llm.core.errors import ToolError
from desktop_llm.core.tool_types import Tool, ToolCallRequest, ToolSpec
from desktop_llm.core.ui_text import QT_TR_NOOP
from desktop_llm.services.tools.registry import MAX_RESULT_CHARS, ToolRegistry

SCHEMA = {"type": "object", "required": ["word"], "additionalProperties": False,
          "properties": {"word": {"type": "string", "maxLength": 10}, "times": {"type": "integer", "minimum": 1}}}


@dataclass
class Echo:
    """A real tool: repeats a word; `wait` makes it wait for its cancel event (a slow tool that honours Stop)."""

    name: str = "echo"
    wait: bool = False
    fail: bool = False
    started: threading.Event = field(default_factory=threading.Event)

    @property
    def spec(self) -> ToolSpec:
        return ToolSpec(self.name, "Repeats a word.", SCHEMA, read_only=True)

    def run(self, arguments: Mapping[str, Any], cancel: threading.Event, timeout_s: float) -> str:
        self.started.set()
        if self.wait:
            cancel.wait(30)
            raise ToolError(QT_TR_NOOP("stopped"))
        if self.fail:
            raise ToolError(QT_TR_NOOP("the word {word} is not allowed"), word=arguments["word"])
        return " ".join([str(arguments["word"])] * int(arguments.get("times", 1)))


def call(name: str, arguments: Any) -> ToolCallRequest:
    text = arguments if isinstance(arguments, str) else json.dumps(arguments)
    return ToolCallRequest("call_1", name, text)


def test_a_valid_call_runs_and_the_spec_is_openai_shaped() -> None:
    registry = ToolRegistry([Echo()])
    outcome = registry.run(call("echo", {"word": "hi", "times": 3}), threading.Event())
    assert (outcome.status, outcome.content, outcome.truncated) == ("ok", "hi hi hi", False)
    assert registry.specs()[0].openai() == {"type": "function", "function": {
        "name": "echo", "description": "Repeats a word.", "parameters": SCHEMA}}
    assert registry.specs(enabled=()) == [] and [s.name for s in registry.specs({"echo"})] == ["echo"]


@pytest.mark.parametrize(("name", "arguments", "says"), [
    ("nope", {"word": "x"}, "There is no tool named 'nope'. The tools are: echo."),
    ("echo", "{word: x", "are not valid JSON"),
    ("echo", "[1, 2]", "must be a JSON object, not list"),
    ("echo", {"times": 2}, "'word' is a required property"),
    ("echo", {"word": "far too long a word"}, "word: 'far too long a word' is too long"),
    ("echo", {"word": "x", "times": 0}, "times: 0 is less than the minimum of 1"),
    ("echo", {"word": "x", "extra": 1}, "Additional properties are not allowed"),
])
def test_bad_calls_come_back_as_errors_the_model_can_fix(name: str, arguments: Any, says: str) -> None:
    registry = ToolRegistry([Echo()])
    outcome = registry.run(call(name, arguments), threading.Event())
    assert outcome.status == "error" and says in outcome.content
    assert registry.problem(call(name, arguments)) == outcome.content


def test_a_tool_error_is_read_back() -> None:
    outcome = ToolRegistry([Echo(fail=True)]).run(call("echo", {"word": "xyzzy"}), threading.Event())
    assert (outcome.status, outcome.content) == ("error", "the word xyzzy is not allowed")


def test_a_slow_tool_times_out_and_is_told_to_stop() -> None:
    tool = Echo(wait=True)
    outcome = ToolRegistry([tool]).run(call("echo", {"word": "x"}), threading.Event(), timeout_s=0.2)
    assert outcome.status == "timeout" and "did not finish within 0.2 seconds" in outcome.content


def test_stop_cancels_a_running_tool() -> None:
    tool = Echo(wait=True)
    cancel = threading.Event()

    def stop_when_started() -> None:
        tool.started.wait(10)
        cancel.set()

    threading.Thread(target=stop_when_started, daemon=True).start()
    outcome = ToolRegistry([tool]).run(call("echo", {"word": "x"}), cancel, timeout_s=30)
    assert outcome.status == "cancelled"
    already = threading.Event()
    already.set()
    assert ToolRegistry([Echo()]).run(call("echo", {"word": "x"}), already).status == "cancelled"


def test_output_is_bounded_with_a_note() -> None:
    outcome = ToolRegistry([Echo()]).run(call("echo", {"word": "abcdefghi", "times": 5000}), threading.Event())
    assert outcome.status == "ok" and outcome.truncated
    assert outcome.content.startswith("abcdefghi") and "more characters cut" in outcome.content
    assert len(outcome.content) < MAX_RESULT_CHARS + 100


def test_duplicate_and_invalid_names_are_refused() -> None:
    with pytest.raises(ValueError, match="two tools are named 'echo'"):
        ToolRegistry([Echo(), Echo()])
    with pytest.raises(ValueError, match="not 1-64"):
        ToolRegistry([Echo(name="has space")])


class Provider:
    def __init__(self, tools: Sequence[Tool], broken: bool = False) -> None:
        self._tools, self._broken = tools, broken

    def tools(self) -> Sequence[Tool]:
        if self._broken:
            raise RuntimeError("the server crashed")
        return self._tools


def test_providers_are_merged_and_a_failing_one_costs_only_its_tools() -> None:
    registry = ToolRegistry([Echo()], [Provider([Echo("srv__echo"), Echo("echo")]), Provider([], broken=True)])
    assert [spec.name for spec in registry.specs()] == ["echo", "srv__echo"]  # the taken name is refused
    assert registry.run(call("srv__echo", {"word": "ok"}), threading.Event()).content == "ok"


def test_an_invalid_schema_is_an_error_not_a_crash() -> None:
    class Broken(Echo):
        @property
        def spec(self) -> ToolSpec:
            return ToolSpec("broken", "x", {"type": "object", "properties": {"a": {"type": 5}}})

    outcome = ToolRegistry([Broken()]).run(call("broken", {"a": 1}), threading.Event())
    assert outcome.status == "error" and "invalid parameters schema" in outcome.content
