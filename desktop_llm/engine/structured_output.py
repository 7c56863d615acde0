"""Structured output for the engine: OpenAI's `response_format` as a llama.cpp grammar, checked before use.

`json_object` uses llama.cpp's JSON grammar; `json_schema` is converted by llama-cpp-python's
json_schema_to_gbnf, so every token sampled keeps the reply a prefix of a document that matches the schema, and a
reply that ends by itself (not at max_tokens) always parses and validates. The grammar is compiled once here with
llama.cpp's own parser: given a grammar it cannot parse, llama_sampler_init_grammar returns NULL, which the
sampler chain would dereference, so a bad grammar must be a 400 before generation, never a crash.
"""

from __future__ import annotations

import copy
import json
from typing import Any

import llama_cpp
from llama_cpp.llama_grammar import (
    JSON_GBNF,
    LLAMA_GRAMMAR_DEFAULT_ROOT,
    LlamaGrammar,
    SchemaConverter,
    json_schema_to_gbnf,
)

from desktop_llm.core.chat_request import ToolRequest
from desktop_llm.core.errors import RequestInvalidError
from desktop_llm.core.tool_calls import CallShape, call_format, forced_call_shape

MAX_SCHEMA_CHARS = 100_000  # the conversion's work and the grammar's size grow with the schema


def grammar_from(body: dict[str, Any], llm: llama_cpp.Llama) -> LlamaGrammar | None:
    """The grammar a request's `response_format` asks for (None: free text)."""
    spec = body.get("response_format")
    if spec is None:
        return None
    if not isinstance(spec, dict) or spec.get("type") not in ("text", "json_object", "json_schema"):
        raise RequestInvalidError("response_format must be {type: text | json_object | json_schema}")
    if spec["type"] == "text":
        return None
    if spec["type"] == "json_object":
        schema = spec.get("schema")  # llama.cpp's extension: json_object with a schema
        return _checked(json_schema(schema) if isinstance(schema, dict) else JSON_GBNF, llm)
    holder = spec.get("json_schema")
    schema = holder.get("schema") if isinstance(holder, dict) else None
    if not isinstance(schema, dict):
        raise RequestInvalidError("response_format.json_schema.schema must be a JSON schema object")
    return _checked(json_schema(schema), llm)


def grammar_kwargs(
    body: dict[str, Any], llm: llama_cpp.Llama, tools: ToolRequest | None = None, template_source: str = ""
) -> dict[str, Any]:
    """The generation loop's keyword for the request's grammar: {} for free text (so a loop without the keyword,
    such as a test's stand-in, still serves plain requests). A forced tool choice is a grammar too."""
    if tools is not None and tools.choice.forced and tools.offered is not None:
        if body.get("response_format") is not None and (body["response_format"] or {}).get("type") != "text":
            raise RequestInvalidError("response_format cannot be combined with a tool_choice that forces a call")
        return {"grammar": _checked(tool_call_gbnf(tools, template_source), llm)}
    grammar = grammar_from(body, llm)
    return {} if grammar is None else {"grammar": grammar}


def tool_call_gbnf(tools: ToolRequest, template_source: str) -> str:
    """A grammar for a reply that is nothing but tool calls (tool_choice `required` or a named function), written
    the way the model's template teaches (core/tool_calls.py: Hermes/Qwen tags, Llama 3.1's JSON, plain JSON),
    each call's arguments matching its tool's parameters schema. Its text is what parse_tool_calls reads back."""
    shape = forced_call_shape(tools.tools, tools.choice.name if tools.choice.mode == "named" else None,
                              tools.parallel, call_format(template_source))
    return calls_gbnf(shape)


def calls_gbnf(shape: CallShape) -> str:
    text = json.dumps(shape.schema)
    if len(text) > MAX_SCHEMA_CHARS:
        raise RequestInvalidError(f"the tools' parameter schemas come to over {MAX_SCHEMA_CHARS} characters")
    # `name` first: every format writes the function's name before its arguments.
    converter = SchemaConverter(prop_order={"name": 0, "arguments": 1, "parameters": 1}, allow_fetch=False,
                                dotall=False, raw_pattern=False)  # type: ignore[no-untyped-call]
    schema = copy.deepcopy(shape.schema)  # the converter rewrites refs in place: the request's tools stay as sent
    try:
        # Each tool's parameters are a document of their own: `#/$defs/x` points into that tool's schema.
        for index, option in enumerate(schema.get("anyOf") or [schema]):
            for key, value in option["properties"].items():
                if key != "name":
                    option["properties"][key] = converter.resolve_refs(value, f"tool{index}")
        call_rule = converter.visit(schema, "tool-call")  # type: ignore[no-untyped-call]
    except Exception as exc:  # the converter raises whatever it meets (KeyError, ValueError, RecursionError)
        raise RequestInvalidError(f"a tool's parameters schema cannot be enforced: {type(exc).__name__}: {exc}") from exc
    one = " ".join(_literal(part) if index != 1 else part
                   for index, part in enumerate((shape.open, call_rule, shape.close)) if part)
    more = f" ( {_literal(shape.separator)} {one} ){{0,{shape.max_calls - 1}}}" if shape.max_calls > 1 else ""
    rules = converter.format_grammar()  # type: ignore[no-untyped-call]
    return f"{rules}\n{LLAMA_GRAMMAR_DEFAULT_ROOT} ::= {one}{more}\n"


def _literal(text: str) -> str:
    return json.dumps(text)  # a GBNF literal: JSON's escapes (\n, \", \uXXXX) are GBNF's


def json_schema(schema: dict[str, Any]) -> str:
    text = json.dumps(schema)
    if len(text) > MAX_SCHEMA_CHARS:
        raise RequestInvalidError(f"response_format's schema is over {MAX_SCHEMA_CHARS} characters")
    try:
        return str(json_schema_to_gbnf(text))
    except Exception as exc:  # the converter raises whatever it meets (KeyError, ValueError, RecursionError)
        raise RequestInvalidError(f"response_format's schema cannot be enforced: {type(exc).__name__}: {exc}") from exc


def _checked(gbnf: str, llm: llama_cpp.Llama) -> LlamaGrammar:
    sampler = llama_cpp.llama_sampler_init_grammar(
        llm._model.vocab, gbnf.encode("utf-8"), LLAMA_GRAMMAR_DEFAULT_ROOT.encode("utf-8"))
    if not sampler:
        raise RequestInvalidError("response_format's schema gave a grammar llama.cpp cannot parse")
    llama_cpp.llama_sampler_free(sampler)
    return LlamaGrammar.from_string(gbnf, verbose=False)
