"""Grammars for a forced tool call (tool_choice required or named), compiled by llama.cpp's own parser on the
starter model's vocabulary (loaded vocabulary-only: no weights, so this stays in the fast subset)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import llama_cpp
import pytest

from desktop_llm.core.chat_request import tools_from
from desktop_llm.core.errors import RequestInvalidError
from desktop_llm.engine.structured_output import grammar_kwargs, tool_call_gbnf

TEMPLATES = Path(__file__).parent.parent / "fixtures" / "chat_templates"
QWEN = (TEMPLATES / "Qwen-Qwen2.5-7B-Instruct.jinja").read_text(encoding="utf-8")
LLAMA = (TEMPLATES / "meta-llama-Llama-3.1-8B-Instruct.jinja").read_text(encoding="utf-8")
WEATHER = {"type": "function", "function": {"name": "get_weather", "parameters": {
    "type": "object", "required": ["city"],
    "properties": {"city": {"type": "string", "maxLength": 40}, "unit": {"type": "string", "enum": ["c", "f"]}}}}}
SEARCH = {"type": "function", "function": {"name": "search", "parameters": {
    "type": "object", "$defs": {"filter": {"type": "object", "properties": {"year": {"type": "integer"}}}},
    "properties": {"query": {"type": "string"}, "filters": {"type": "array", "items": {"$ref": "#/$defs/filter"}}}}}}
NOW = {"type": "function", "function": {"name": "now"}}


@pytest.fixture(scope="module")
def vocab(starter_model: Path) -> Iterator[llama_cpp.Llama]:
    llm = llama_cpp.Llama(str(starter_model), vocab_only=True, verbose=False)
    yield llm
    llm.close()


def body(choice: Any, *tools: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {"tools": list(tools), "tool_choice": choice, **extra}


@pytest.mark.parametrize("template", [QWEN, LLAMA, ""])
@pytest.mark.parametrize("choice", ["required", {"type": "function", "function": {"name": "search"}}])
def test_forced_calls_compile(vocab: llama_cpp.Llama, template: str, choice: Any) -> None:
    request = body(choice, WEATHER, SEARCH, NOW)
    kwargs = grammar_kwargs(request, vocab, tools_from(request), template)
    assert isinstance(kwargs["grammar"], llama_cpp.LlamaGrammar)  # llama.cpp parsed it (else a 400 was raised)


def test_the_grammar_writes_the_templates_format() -> None:
    qwen = tool_call_gbnf(tools_from(body("required", WEATHER)), QWEN)
    root = next(line for line in qwen.splitlines() if line.startswith("root ::="))
    assert root.startswith('root ::= "<tool_call>\\n" tool-call "\\n</tool_call>"') and "{0,7}" in root
    assert '"\\"get_weather\\""' in qwen and '"\\"arguments\\""' in qwen and "maxLength" not in qwen
    single = tool_call_gbnf(tools_from(body("required", WEATHER, parallel_tool_calls=False)), QWEN)
    assert "{0," not in single  # one call only
    llama = tool_call_gbnf(tools_from(body({"type": "function", "function": {"name": "get_weather"}}, WEATHER)), LLAMA)
    assert '"\\"parameters\\""' in llama and "<tool_call>" not in llama
    assert next(line for line in llama.splitlines() if line.startswith("root ::=")) == "root ::= tool-call"


def test_auto_and_none_leave_the_reply_free(vocab: llama_cpp.Llama) -> None:
    for choice in ("auto", "none"):
        request = body(choice, WEATHER)
        assert grammar_kwargs(request, vocab, tools_from(request), QWEN) == {}


def test_what_cannot_be_forced_is_a_400(vocab: llama_cpp.Llama) -> None:
    clash = body("required", WEATHER, response_format={"type": "json_object"})
    with pytest.raises(RequestInvalidError, match="cannot be combined"):
        grammar_kwargs(clash, vocab, tools_from(clash), QWEN)
    dangling = body("required", {"type": "function", "function": {
        "name": "broken", "parameters": {"type": "object", "properties": {"x": {"$ref": "#/$defs/missing"}}}}})
    with pytest.raises(RequestInvalidError, match="cannot be enforced"):
        grammar_kwargs(dangling, vocab, tools_from(dangling), QWEN)
