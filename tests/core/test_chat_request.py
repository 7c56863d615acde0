"""A chat request's tools, tool_choice, template kwargs and tool message fields, read and bounded (issue 11, A)."""

from __future__ import annotations

import json
from typing import Any

import pytest

from desktop_llm.core.chat_request import (
    MAX_TOOLS,
    ToolChoice,
    template_kwargs_from,
    tool_fields_of,
    tools_from,
    with_tool_fields,
)
from desktop_llm.core.errors import RequestInvalidError
from desktop_llm.core.events import ChatMessage

WEATHER = {"type": "function", "function": {
    "name": "get_weather", "description": "The current weather in a city.",
    "parameters": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]}}}


def tool(name: str, **function: Any) -> dict[str, Any]:
    return {"type": "function", "function": {"name": name, **function}}


def refused(body: dict[str, Any], words: str) -> None:
    with pytest.raises(RequestInvalidError, match=words):
        tools_from(body)


def test_tools_are_kept_as_openai_function_tools() -> None:
    request = tools_from({"tools": [WEATHER, tool("now")], "tool_choice": "auto"})
    assert request.names == ("get_weather", "now")
    assert request.tools[0] == WEATHER
    # A function without parameters takes none, as OpenAI reads it; the template still gets a schema to print.
    assert request.tools[1]["function"] == {"name": "now", "parameters": {"type": "object", "properties": {}}}
    assert request.offered == request.tools and request.choice == ToolChoice("auto") and request.parallel


def test_no_tools_and_tool_choice_none_offer_nothing() -> None:
    assert tools_from({}).offered is None
    assert tools_from({"tools": []}).offered is None
    none = tools_from({"tools": [WEATHER], "tool_choice": "none"})
    assert none.offered is None and not none.choice.forced


def test_tool_choice_forms() -> None:
    assert tools_from({"tools": [WEATHER], "tool_choice": "required"}).choice == ToolChoice("required")
    named = tools_from({"tools": [WEATHER], "tool_choice": {"type": "function", "function": {"name": "get_weather"}}})
    assert named.choice == ToolChoice("named", "get_weather") and named.choice.forced
    assert named.choice.to_json() == {"type": "function", "function": {"name": "get_weather"}}
    assert not tools_from({"tools": [WEATHER], "parallel_tool_calls": False}).parallel
    refused({"tools": [WEATHER], "tool_choice": {"type": "function", "function": {"name": "other"}}}, "not one of")
    refused({"tool_choice": "required"}, "offers no tools")
    refused({"tools": [WEATHER], "tool_choice": "always"}, "tool_choice must be")
    refused({"tools": [WEATHER], "parallel_tool_calls": "yes"}, "parallel_tool_calls")


@pytest.mark.parametrize(("tools", "words"), [
    ({"name": "x"}, "tools must be a list"),
    (["get_weather"], r"tools\[0\] must be"),
    ([{"type": "code_interpreter"}], r"tools\[0\] must be"),
    ([tool("get weather")], "letters, digits"),
    ([tool("x" * 65)], "letters, digits"),
    ([tool("")], "letters, digits"),
    ([tool("a", description=3)], "description must be text"),
    ([tool("a", description="d" * 8_001)], "description is over"),
    ([tool("a", parameters=[1])], "parameters must be a JSON schema object"),
    ([tool("a"), tool("a")], "two functions named 'a'"),
    ([tool(f"t{i}") for i in range(MAX_TOOLS + 1)], f"at most {MAX_TOOLS} tools"),
])
def test_bad_tools_are_refused_by_field(tools: Any, words: str) -> None:
    refused({"tools": tools}, words)


def test_tools_are_bounded_in_size_and_depth() -> None:
    deep: dict[str, Any] = {"type": "string"}
    for _ in range(30):
        deep = {"type": "object", "properties": {"x": deep}}
    refused({"tools": [tool("deep", parameters=deep)]}, "nests deeper")
    wide = {"type": "object", "properties": {f"p{i}": {"type": "string", "description": "w" * 1000} for i in range(300)}}
    refused({"tools": [tool("wide", parameters=wide)]}, "characters of JSON")


def test_template_kwargs() -> None:
    assert template_kwargs_from({}) == {}
    kwargs = {"enable_thinking": False, "reasoning_effort": "low", "custom_list": [1, 2]}
    assert template_kwargs_from({"chat_template_kwargs": kwargs}) == kwargs
    for bad, words in [
        ([1], "must be an object"),
        ({"_private": 1}, "not a plain variable name"),
        ({"a b": 1}, "not a plain variable name"),
        ({"__class__": 1}, "not a plain variable name"),
        ({"tools": []}, "may not set tools"),
        ({"messages": []}, "may not set messages"),
        ({f"k{i}": 1 for i in range(33)}, "at most 32"),
        ({"big": "x" * 9_000}, "characters of JSON"),
        ({"deep": [[[[[[["x"]]]]]]]}, "nests too deep"),
    ]:
        with pytest.raises(RequestInvalidError, match=words):
            template_kwargs_from({"chat_template_kwargs": bad})


def test_an_assistants_tool_calls_reach_the_template_with_object_arguments() -> None:
    item = {"role": "assistant", "content": None, "tool_calls": [
        {"id": "call_1", "type": "function", "function": {"name": "get_weather", "arguments": '{"city": "Paris"}'}},
        {"id": "call_2", "type": "function", "function": {"name": "now", "arguments": ""}}]}
    message = with_tool_fields(ChatMessage("assistant", ""), item, 1)
    assert message.tool_calls == (
        {"type": "function", "function": {"name": "get_weather", "arguments": {"city": "Paris"}}, "id": "call_1"},
        {"type": "function", "function": {"name": "now", "arguments": {}}, "id": "call_2"})
    result = with_tool_fields(ChatMessage("tool", '{"temp": 21}'),
                              {"role": "tool", "tool_call_id": "call_1", "name": "get_weather"}, 2)
    assert (result.tool_call_id, result.name, result.content) == ("call_1", "get_weather", '{"temp": 21}')
    plain = ChatMessage("user", "hi")
    assert with_tool_fields(plain, {"role": "user", "content": "hi"}, 0) is plain


@pytest.mark.parametrize(("item", "words"), [
    ({"tool_calls": {"id": 1}}, "must be a list"),
    ({"tool_calls": [{"function": {"arguments": "{}"}}]}, r"tool_calls\[0\] must be"),
    ({"tool_calls": [{"function": {"name": "f", "arguments": "{not json"}}]}, "is not JSON"),
    ({"tool_calls": [{"function": {"name": "f", "arguments": "[1, 2]"}}]}, "must be a JSON object"),
    ({"tool_call_id": 7}, "tool_call_id must be text"),
    ({"name": "n" * 300}, "name must be text"),
])
def test_bad_message_tool_fields_are_refused(item: dict[str, Any], words: str) -> None:
    with pytest.raises(RequestInvalidError, match=words):
        tool_fields_of(item, 3)


def test_sizes_are_measured_on_json() -> None:
    request = tools_from({"tools": [WEATHER]})
    assert json.loads(json.dumps(list(request.tools))) == [WEATHER]  # plain JSON data, ready for the sandbox
