"""Tool calls read back from replies in the formats templates teach, and the shape of a forced call (issue 11, A)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop_llm.core.tool_calls import (
    ParsedReply,
    ToolCall,
    call_format,
    forced_call_shape,
    parse_tool_calls,
    safe_prefix_length,
)

TEMPLATES = Path(__file__).parent.parent / "fixtures" / "chat_templates"
WEATHER = {"type": "function", "function": {
    "name": "get_weather", "parameters": {"type": "object", "properties": {"city": {"type": "string"}}}}}
NOW = {"type": "function", "function": {"name": "now"}}
PARIS = ToolCall("get_weather", '{"city": "Paris"}')


@pytest.mark.parametrize("text", [
    '<tool_call>\n{"name": "get_weather", "arguments": {"city": "Paris"}}\n</tool_call>',
    '<tool_call>{"name": "get_weather", "arguments": "{\\"city\\": \\"Paris\\"}"}',  # unclosed, string arguments
    '<function=get_weather>{"city": "Paris"}</function>',
    '[TOOL_CALLS][{"name": "get_weather", "arguments": {"city": "Paris"}}]',
    '[TOOL_CALLS]get_weather[ARGS]{"city": "Paris"}',
    '<|python_tag|>{"name": "get_weather", "parameters": {"city": "Paris"}}<|eom_id|>',
    '{"name": "get_weather", "parameters": {"city": "Paris"}}',
    '```json\n{"name": "get_weather", "arguments": {"city": "Paris"}}\n```',
    '[{"type": "function", "function": {"name": "get_weather", "arguments": {"city": "Paris"}}}]',
])
def test_each_format_is_read(text: str) -> None:
    assert parse_tool_calls(text, ["get_weather"]).calls == (PARIS,)


def test_text_before_a_call_is_the_content_and_several_calls_are_read() -> None:
    text = ('Let me check.\n<tool_call>\n{"name": "get_weather", "arguments": {"city": "Paris"}}\n</tool_call>\n'
            '<tool_call>\n{"name": "now", "arguments": {}}\n</tool_call>')
    parsed = parse_tool_calls(text, ["get_weather", "now"])
    assert parsed.content == "Let me check." and parsed.calls == (PARIS, ToolCall("now", "{}"))
    llama = parse_tool_calls('{"name": "get_weather", "parameters": {"city": "Paris"}}; {"name": "now", "parameters": {}}')
    assert [c.name for c in llama.calls] == ["get_weather", "now"]


@pytest.mark.parametrize("text", [
    "The weather is fine.",
    '{"city": "Paris"}',  # JSON, but not a call
    '{"name": "delete_everything", "arguments": {}}',  # a tool that was not offered
    '<tool_call>{"name": "get_weather", "arguments": [1]}</tool_call>',  # arguments not an object
    'Use {"name": "get_weather"} like this',  # prose that contains JSON
])
def test_prose_and_unknown_tools_stay_content(text: str) -> None:
    parsed = parse_tool_calls(text, ["get_weather"])
    assert parsed.calls == () and parsed.content == text


def test_the_streamed_part_that_may_become_a_call_is_held_back() -> None:
    assert safe_prefix_length("Hello there") == len("Hello there")
    assert safe_prefix_length("Sure. <tool_") == len("Sure. ")
    assert safe_prefix_length("Sure. <tool_call>{") == len("Sure. ")
    assert safe_prefix_length('{"name": ') == 0


@pytest.mark.parametrize(("template", "expected"), [
    ("Qwen-Qwen2.5-7B-Instruct.jinja", "hermes"),
    ("NousResearch-Hermes-3-Llama-3.1-8B-tool_use.jinja", "hermes"),
    ("Qwen-Qwen3-0.6B.jinja", "hermes"),
    ("meta-llama-Llama-3.1-8B-Instruct.jinja", "llama3"),
    ("meta-llama-Llama-3.2-3B-Instruct.jinja", "llama3"),
    ("mistralai-Mistral-Nemo-Instruct-2407.jinja", "json"),
    ("HuggingFaceTB-SmolLM2-135M-Instruct.jinja", "json"),
])
def test_the_call_format_is_read_from_the_template(template: str, expected: str) -> None:
    assert call_format((TEMPLATES / template).read_text(encoding="utf-8")) == expected


def test_a_forced_call_has_the_tools_names_and_parameters() -> None:
    shape = forced_call_shape([WEATHER, NOW], None, True, "hermes")
    assert (shape.open, shape.close, shape.max_calls) == ("<tool_call>\n", "\n</tool_call>", 8)
    first, second = shape.schema["anyOf"]
    assert first["properties"] == {"name": {"const": "get_weather"}, "arguments": WEATHER["function"]["parameters"]}
    assert second["properties"]["arguments"] == {"type": "object", "properties": {}}  # no parameters: none taken
    assert first["required"] == ["name", "arguments"] and first["additionalProperties"] is False
    named = forced_call_shape([WEATHER, NOW], "now", True, "llama3")
    assert named.schema["properties"]["name"] == {"const": "now"} and "parameters" in named.schema["properties"]
    assert named.max_calls == 1 and named.open == ""
    assert forced_call_shape([WEATHER], None, False, "json").max_calls == 1
    with pytest.raises(ValueError, match="no tool named"):
        forced_call_shape([WEATHER], "other", True, "json")


@pytest.mark.parametrize("fmt", ["hermes", "llama3", "json"])
def test_what_a_forced_shape_writes_is_read_back(fmt: str) -> None:
    """The text a grammar of this shape allows (two calls here) is what the server's parser reads."""
    shape = forced_call_shape([WEATHER, NOW], None, True, fmt)  # type: ignore[arg-type]
    key = "parameters" if fmt == "llama3" else "arguments"
    calls = [{"name": "get_weather", key: {"city": "Paris"}}, {"name": "now", key: {}}]
    text = shape.separator.join(f"{shape.open}{json.dumps(call)}{shape.close}" for call in calls)
    assert parse_tool_calls(text, ["get_weather", "now"]).calls == (PARIS, ToolCall("now", "{}"))


@pytest.mark.parametrize(("text", "cut"), [
    # Hermes / Qwen: the second block cut off at the length limit (unclosed, its JSON unfinished).
    ('<tool_call>\n{"name": "get_weather", "arguments": {"city": "Paris"}}\n</tool_call>\n'
     '<tool_call>\n{"name": "now", "argum', '{"name": "now", "argum'),
    # Mistral's list, cut inside its second element.
    ('[TOOL_CALLS][{"name": "get_weather", "arguments": {"city": "Paris"}}, {"name": "now", "arg',
     '{"name": "now", "arg'),
    # Mistral v11+: one [ARGS] per call, the second cut.
    ('[TOOL_CALLS]get_weather[ARGS]{"city": "Paris"}[TOOL_CALLS]now[ARGS]{"x', '[TOOL_CALLS]now[ARGS]{"x'),
    # Llama 3.x JSON after <|python_tag|>, `;`-separated, the second cut.
    ('<|python_tag|>{"name": "get_weather", "parameters": {"city": "Paris"}}; {"name": "now", "param',
     '{"name": "now", "param'),
])
def test_a_reply_cut_off_in_a_later_call_keeps_the_complete_ones(text: str, cut: str) -> None:
    parsed = parse_tool_calls(text, ["get_weather", "now"])
    assert parsed.calls == (PARIS,) and parsed.incomplete == (cut,)


def test_json_followed_by_prose_stays_prose_and_a_whole_reply_has_nothing_incomplete() -> None:
    text = '{"name": "get_weather", "arguments": {"city": "Paris"}} is how you would call it.'
    assert parse_tool_calls(text, ["get_weather"]) == ParsedReply(text)
    assert parse_tool_calls('<tool_call>{"name": "get_weather", "arguments": {"city": "Paris"}}</tool_call>',
                            ["get_weather"]).incomplete == ()
    only_cut = '<tool_call>\n{"name": "get_weather", "argum'
    assert parse_tool_calls(only_cut, ["get_weather"]).calls == ()  # nothing complete: the tool loop salvages it
