"""Chat templates render exactly as transformers renders them (issue 13, part 1).

For every real template in tests/fixtures/chat_templates and every conversation below (the issue's four, each
with and without a generation prompt; with a weather tool and a tool round trip where the template reads
`tools`; with `enable_thinking` on and off where it reads that; with two documents where it reads `documents`;
a past reply with its reasoning), the reference is
transformers' own `render_jinja_template` (the function `apply_chat_template` renders with) in this process, and
ours is the sandbox process's request handler (core/template_worker.py's `answer`, the code the child runs,
with the request passed through JSON as the pipe passes it). Whenever transformers renders, ours renders the
same string; whenever transformers fails, ours fails too (never a different prompt). The handler runs in this
process so that 75 templates cost no 75 process starts; the last tests go through the real child process.

`python -m tests.core.test_template_parity` prints the corpus size and the count of identical renders.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jinja2.meta
import pytest
from transformers.utils.chat_template_utils import _compile_jinja_template, render_jinja_template

from desktop_llm.core.chat_template import ChatTemplate
from desktop_llm.core.events import ChatMessage
from desktop_llm.core.template_process import TemplateLimits
from desktop_llm.core.template_worker import TemplateServer, answer

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "chat_templates"
TEMPLATES = sorted(CORPUS.glob("*.jinja"))
BOS, EOS = "<s>", "</s>"

SYSTEM: dict[str, Any] = {"role": "system", "content": "You are a helpful assistant."}
USER: dict[str, Any] = {"role": "user", "content": "What is the capital of France?"}
REPLY: dict[str, Any] = {"role": "assistant", "content": "The capital of France is Paris."}
FOLLOW_UP: dict[str, Any] = {"role": "user", "content": "And of Italy?"}
CONVERSATIONS: dict[str, list[dict[str, Any]]] = {  # the four
    "user": [USER],
    "system+user": [SYSTEM, USER],
    "multi-turn with system": [SYSTEM, USER, REPLY, FOLLOW_UP],
    "multi-turn": [USER, REPLY, FOLLOW_UP],
}
WEATHER_TOOL = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "description": "Get the current weather in a city.",
        "parameters": {
            "type": "object",
            "properties": {"city": {"type": "string", "description": "The city, e.g. Paris"}},
            "required": ["city"],
        },
    },
}
TOOL_ROUND_TRIP: list[dict[str, Any]] = [
    SYSTEM,
    {"role": "user", "content": "What's the weather in Paris?"},
    {"role": "assistant", "content": "", "tool_calls": [
        {"id": "call_1", "type": "function", "function": {"name": "get_weather", "arguments": {"city": "Paris"}}}]},
    {"role": "tool", "tool_call_id": "call_1", "name": "get_weather", "content": '{"temperature": 18, "sky": "clear"}'},
]
DOCUMENTS = [{"title": "Paris", "text": "Paris is the capital of France."},
             {"title": "Rome", "text": "Rome is the capital of Italy."}]
# A past reply with its reasoning, as the chat passes it back (ChatMessage.reasoning_content).
WITH_REASONING: list[dict[str, Any]] = [
    USER,
    {**REPLY, "reasoning_content": "The user asks about France. Its capital is Paris."},
    FOLLOW_UP,
]


@dataclass(frozen=True)
class Case:
    name: str
    messages: list[dict[str, Any]]
    add_generation_prompt: bool
    tools: list[Any] | None = None
    documents: list[Any] | None = None
    kwargs: dict[str, Any] = field(default_factory=dict)


def cases_for(source: str) -> Iterator[Case]:
    """The conversations of the module docstring, for what this template reads."""
    env = _compile_jinja_template(source).environment
    variables = jinja2.meta.find_undeclared_variables(env.parse(source))
    for prompt in (True, False):
        for name, messages in CONVERSATIONS.items():
            yield Case(name, messages, prompt)
            if "tools" in variables:
                yield Case(f"{name} with tools", messages, prompt, [WEATHER_TOOL])
            if "enable_thinking" in variables:
                for thinking in (True, False):
                    yield Case(f"{name}, enable_thinking={thinking}", messages, prompt, kwargs={"enable_thinking": thinking})
        yield Case("reasoning in a past reply", WITH_REASONING, prompt)
        if "tools" in variables:
            yield Case("tool round trip", TOOL_ROUND_TRIP, prompt, [WEATHER_TOOL])
        if "documents" in variables:
            yield Case("documents", CONVERSATIONS["system+user"], prompt, documents=DOCUMENTS)


def reference(source: str, case: Case) -> str | None:
    """transformers' render, or None where transformers cannot render this case."""
    try:
        rendered: Any = render_jinja_template(  # (renders, generation indices), whatever its annotation says
            [case.messages], tools=case.tools, documents=case.documents, chat_template=source,
            add_generation_prompt=case.add_generation_prompt, bos_token=BOS, eos_token=EOS, **case.kwargs,
        )
    except Exception:  # whatever the template raised: the case is one transformers does not render
        return None
    return str(rendered[0][0])


def compiled(source: str) -> TemplateServer:
    server = TemplateServer()
    reply = answer(server, {"op": "compile", "source": source, "bos_token": BOS, "eos_token": EOS})
    assert reply["ok"], reply
    return server


def ours(server: TemplateServer, case: Case) -> dict[str, Any]:
    request = {"op": "render", "messages": case.messages, "add_generation_prompt": case.add_generation_prompt,
               "tools": case.tools, "documents": case.documents, "kwargs": case.kwargs}
    return answer(server, json.loads(json.dumps(request)))  # what crosses the pipe is JSON


@dataclass
class Tally:
    cases: int = 0
    rendered: int = 0  # by transformers
    identical: int = 0
    mismatches: list[str] = field(default_factory=list)


def compare(path: Path) -> Tally:
    source = path.read_text(encoding="utf-8")
    server = compiled(source)
    tally = Tally()
    for case in cases_for(source):
        tally.cases += 1
        expected = reference(source, case)
        reply = ours(server, case)
        if expected is None:
            if reply["ok"]:
                tally.mismatches.append(f"{case.name} (prompt={case.add_generation_prompt}): transformers fails, ours renders")
            continue
        tally.rendered += 1
        # strftime_now: the day may have turned between the two renders; transformers again decides
        if reply.get("text") in (expected, reference(source, case)):
            tally.identical += 1
        else:
            tally.mismatches.append(
                f"{case.name} (prompt={case.add_generation_prompt}): {reply.get('text', reply)!r}\n != {expected!r}"
            )
    return tally


def test_the_corpus_holds_the_real_templates() -> None:
    assert len(TEMPLATES) >= 75
    names = {path.stem for path in TEMPLATES}
    # the ones the issue names as falling back before: loop controls, {% generation %}, tojson with keywords
    assert {"CohereForAI-c4ai-command-r7b-12-2024-tool_use", "Kimi-K2-Thinking", "Kimi-K3", "LFM2.5-8B-A1B",
            "GigaChat3-10B-A1.8B"} <= names


@pytest.mark.parametrize("path", TEMPLATES, ids=[path.stem for path in TEMPLATES])
def test_every_case_renders_as_transformers_renders_it(path: Path) -> None:
    tally = compare(path)
    assert not tally.mismatches, "\n".join(tally.mismatches)
    assert tally.identical == tally.rendered


# through the real sandbox process: tools, template kwargs and per-message fields cross the pipe

QWEN3 = (CORPUS / "Qwen-Qwen3-0.6B.jinja").read_text(encoding="utf-8")


def test_tools_thinking_switch_and_past_reasoning_reach_the_template_in_the_child() -> None:
    chat = [ChatMessage("user", "What is the capital of France?"),
            ChatMessage("assistant", "Paris.", reasoning_content="France's capital is Paris."),
            ChatMessage("user", "What's the weather there?")]
    case = Case("qwen3", [m.to_dict() for m in chat], True, [WEATHER_TOOL], kwargs={"enable_thinking": False})
    with ChatTemplate(QWEN3, BOS, EOS, limits=TemplateLimits(seconds=20)) as template:
        rendered = template.render(chat, tools=[WEATHER_TOOL], template_kwargs={"enable_thinking": False})
        thinking = template.render(chat, tools=[WEATHER_TOOL], template_kwargs={"enable_thinking": True})
    assert rendered.warning == "" and rendered.text == reference(QWEN3, case)
    assert '"name": "get_weather"' in rendered.text and rendered.text.endswith("<think>\n\n</think>\n\n")
    assert thinking.text != rendered.text  # the switch is not cached away


def test_a_tool_round_trip_renders_in_the_child() -> None:
    chat = [ChatMessage("user", "What's the weather in Paris?"),
            ChatMessage("assistant", "", tool_calls=({"id": "call_1", "type": "function", "function": {
                "name": "get_weather", "arguments": {"city": "Paris"}}},)),
            ChatMessage("tool", '{"temperature": 18}', tool_call_id="call_1", name="get_weather")]
    case = Case("round trip", [m.to_dict() for m in chat], True, [WEATHER_TOOL])
    with ChatTemplate(QWEN3, BOS, EOS, limits=TemplateLimits(seconds=20)) as template:
        rendered = template.render(chat, tools=[WEATHER_TOOL])
    assert rendered.text == reference(QWEN3, case)
    assert '<tool_call>\n{"name": "get_weather", "arguments": {"city": "Paris"}}\n</tool_call>' in rendered.text
    assert "<tool_response>\n{\"temperature\": 18}\n</tool_response>" in rendered.text


@pytest.mark.parametrize("name", ["CohereForAI-c4ai-command-r7b-12-2024-tool_use", "LFM2.5-8B-A1B", "Kimi-K3"])
def test_templates_that_fell_back_before_render_in_the_child(name: str) -> None:
    """{% break %}/{% continue %} and {% generation %} compiled nowhere before issue 13: those models got ChatML."""
    source = (CORPUS / f"{name}.jinja").read_text(encoding="utf-8")
    chat = [ChatMessage(**m) for m in CONVERSATIONS["multi-turn with system"]]
    with ChatTemplate(source, BOS, EOS, limits=TemplateLimits(seconds=20)) as template:
        rendered = template.render(chat)
        assert not template.uses_fallback and template.load_warning == ""
    assert rendered.warning == ""
    assert rendered.text == reference(source, Case(name, CONVERSATIONS["multi-turn with system"], True))


def parity_report() -> str:
    tallies = {path.stem: compare(path) for path in TEMPLATES}
    cases = sum(t.cases for t in tallies.values())
    rendered = sum(t.rendered for t in tallies.values())
    identical = sum(t.identical for t in tallies.values())
    lines = [f"{len(tallies)} templates, {cases} cases: transformers renders {rendered}, ours identical in {identical}"]
    lines += [f"  {name}: {len(t.mismatches)} mismatches" for name, t in tallies.items() if t.mismatches]
    return "\n".join(lines)


if __name__ == "__main__":
    print(parity_report())
