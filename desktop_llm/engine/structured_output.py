"""Structured output for the engine: OpenAI's `response_format` as a llama.cpp grammar, checked before use.

`json_object` uses llama.cpp's JSON grammar; `json_schema` is converted by llama-cpp-python's
json_schema_to_gbnf, so every token sampled keeps the reply a prefix of a document that matches the schema, and a
reply that ends by itself (not at max_tokens) always parses and validates. The grammar is compiled once here with
llama.cpp's own parser: given a grammar it cannot parse, llama_sampler_init_grammar returns NULL, which the
sampler chain would dereference, so a bad grammar must be a 400 before generation, never a crash.
"""

from __future__ import annotations

import json
from typing import Any

import llama_cpp
from llama_cpp.llama_grammar import JSON_GBNF, LLAMA_GRAMMAR_DEFAULT_ROOT, LlamaGrammar, json_schema_to_gbnf

from desktop_llm.core.errors import RequestInvalidError

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


def grammar_kwargs(body: dict[str, Any], llm: llama_cpp.Llama) -> dict[str, Any]:
    """The generation loop's keyword for the request's grammar: {} for free text (so a loop without the keyword,
    such as a test's stand-in, still serves plain requests)."""
    grammar = grammar_from(body, llm)
    return {} if grammar is None else {"grammar": grammar}


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
