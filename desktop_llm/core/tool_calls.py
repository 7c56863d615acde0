"""Tool calls read back out of a model's reply, in the formats chat templates teach models to write.

One parser, shared by the public API server and the chat's tool loop (DESIGN.md, "Opening the box"):
- Hermes / Qwen 2.5+ / many fine-tunes: `<tool_call>{"name": ..., "arguments": {...}}</tool_call>`, repeated;
- Llama 3.1 / 3.2 JSON: `{"name": ..., "parameters": {...}}` (optionally after `<|python_tag|>`), `;`-separated;
- Llama 3.1's own: `<function=name>{...}</function>`;
- Mistral: `[TOOL_CALLS][{"name": ..., "arguments": {...}}, ...]`, and v11+'s `[TOOL_CALLS]name[ARGS]{...}`;
- a bare JSON object or list of them, also inside a ```json fence, as small models write it.
A call counts only when its name is one of the offered tools (when the tools are known) and its arguments are a
JSON object: prose that merely contains JSON stays prose. Arguments are returned as JSON text, as OpenAI's
`function.arguments` carries them. Calls are read one block at a time: a reply cut off at its length limit in its
second call keeps the first (the cut or unreadable rest is returned as `incomplete`, for the tool loop to tell the
model).
"""

from __future__ import annotations

import json
import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

_MARKERS = ("<tool_call>", "[TOOL_CALLS]", "<|python_tag|>", "<function=", "```json", "```")
_HERMES = re.compile(r"<tool_call>\s*(.*?)\s*(?:</tool_call>|$)", re.DOTALL)
_FUNCTION_TAG = re.compile(r"<function=([A-Za-z0-9_.\-]+)>\s*(.*?)\s*(?:</function>|$)", re.DOTALL)
_MISTRAL_ARGS = re.compile(r"\[TOOL_CALLS\]\s*([A-Za-z0-9_.\-]+)\s*\[ARGS\]\s*", re.DOTALL)
_FENCE = re.compile(r"^```(?:json)?\s*(.*?)\s*```$", re.DOTALL)


@dataclass(frozen=True)
class ToolCall:
    name: str
    arguments: str  # JSON text of an object


@dataclass(frozen=True)
class ParsedReply:
    content: str  # the reply without its tool calls (text before the first call)
    calls: tuple[ToolCall, ...] = ()
    incomplete: tuple[str, ...] = ()  # beside readable calls: the raw text of each block that is not one (cut off)


# How a template teaches its model to write a call, as far as a grammar can force it (see forced_call_shape).
CallFormat = Literal["hermes", "llama3", "json"]


@dataclass(frozen=True)
class CallShape:
    """What a forced reply looks like: each call is a JSON object (`schema`), written between `open` and `close`,
    calls one after another with `separator` between them, at most `max_calls` of them."""

    schema: dict[str, Any]
    open: str = ""
    close: str = ""
    separator: str = "\n"
    max_calls: int = 1


def call_format(template_source: str) -> CallFormat:
    """The call format a chat template teaches, read from its source: Hermes/Qwen's `<tool_call>` tags, Llama 3.1's
    `{"name", "parameters"}`, else a JSON object `{"name", "arguments"}`. Mistral's `[TOOL_CALLS]` is a control
    token the engine never prints, so its calls are forced as the JSON that follows it, which parse_tool_calls
    reads as bare JSON."""
    if "<tool_call>" in template_source:
        return "hermes"
    if '"parameters": dictionary' in template_source or "<|python_tag|>" in template_source:
        return "llama3"
    return "json"


def forced_call_shape(tools: Sequence[Mapping[str, Any]], name: str | None, parallel: bool,
                      fmt: CallFormat, max_calls: int = 8) -> CallShape:
    """The shape of a reply that must call a tool (`tool_choice` required) or the tool `name` (named: one call):
    each call's JSON names one of the tools and carries arguments that match that tool's parameters schema."""
    arguments_key = "parameters" if fmt == "llama3" else "arguments"
    options = []
    for tool in tools:
        function = tool["function"]
        if name is not None and function["name"] != name:
            continue
        parameters = function.get("parameters") or {"type": "object", "properties": {}}
        options.append({"type": "object", "additionalProperties": False, "required": ["name", arguments_key],
                        "properties": {"name": {"const": function["name"]}, arguments_key: parameters}})
    if not options:
        raise ValueError(f"no tool named {name!r} is offered")
    schema = options[0] if len(options) == 1 else {"anyOf": options}
    count = 1 if name is not None or not parallel else max_calls
    if fmt == "hermes":
        return CallShape(schema, "<tool_call>\n", "\n</tool_call>", "\n", count)
    return CallShape(schema, separator="; " if fmt == "llama3" else "\n", max_calls=count)


def parse_tool_calls(text: str, tool_names: Collection[str] | None = None) -> ParsedReply:
    """The tool calls in `text` (none: the whole text is content)."""
    stripped = text.strip()
    for parse in (_parse_hermes, _parse_function_tags, _parse_mistral, _parse_python_tag, _parse_bare_json):
        result = parse(stripped)
        if result is None:
            continue
        content, raw_calls, rest = result
        read = [(raw, _call(raw)) for raw in raw_calls]
        calls = tuple(call for _raw, call in read if call is not None)
        if calls and (tool_names is None or all(c.name in tool_names for c in calls)):
            unread = [json.dumps(raw, ensure_ascii=False) for raw, call in read if call is None]
            return ParsedReply(content.strip(), calls, tuple(b for b in (*unread, *rest) if b.strip()))
    return ParsedReply(text)


def safe_prefix_length(text: str) -> int:
    """How much of a reply being streamed can be sent as content now: everything before anything that is or may
    become a tool call's start (a marker, a prefix of one at the end, or a reply that opens with JSON)."""
    lead = text.lstrip()
    if lead.startswith(("{", "[")) or any(m.startswith(lead) for m in _MARKERS if lead):
        return 0
    cut = len(text)
    for marker in ("<tool_call>", "[TOOL_CALLS]", "<|python_tag|>", "<function="):
        found = text.find(marker)
        if found >= 0:
            cut = min(cut, found)
        for size in range(min(len(marker) - 1, len(text)), 0, -1):  # a marker's beginning at the very end
            if text.endswith(marker[:size]):
                cut = min(cut, len(text) - size)
                break
    return cut


def _call(raw: Any) -> ToolCall | None:
    if not isinstance(raw, dict):
        return None
    function: dict[str, Any] = raw["function"] if isinstance(raw.get("function"), dict) else raw
    name = function.get("name")
    arguments = function.get("arguments", function.get("parameters", {}))
    if isinstance(arguments, str):
        try:
            arguments = json.loads(arguments) if arguments.strip() else {}
        except (json.JSONDecodeError, RecursionError):  # JSON nested past the recursion limit: unreadable too
            return None
    if not isinstance(name, str) or not name or not isinstance(arguments, dict):
        return None
    return ToolCall(name, json.dumps(arguments, ensure_ascii=False))


def _json_values(text: str) -> list[Any] | None:
    """`text` as one JSON value or several back to back (`;` or whitespace between); None when it is not."""
    values, rest = _json_prefix(text)
    return None if rest or not values else values


def _json_prefix(text: str, inside_list: bool = True) -> tuple[list[Any], str]:
    """The JSON values at the start of `text` (`;`, `,` or whitespace between), and the text from the first one that
    cannot be read (a reply cut off in its second call). A list cut off is read element by element."""
    decoder = json.JSONDecoder()
    values: list[Any] = []
    index = 0
    text = text.strip()
    while index < len(text):
        while index < len(text) and text[index] in " \t\r\n;,":
            index += 1
        if index >= len(text):
            break
        try:
            value, index = decoder.raw_decode(text, index)
        except (json.JSONDecodeError, RecursionError):  # nested past the recursion limit: as unreadable
            if inside_list and text[index] == "[":  # [{call}, {call}, {cut…: the calls before the cut
                items, rest = _json_prefix(text[index + 1:].removesuffix("]"), inside_list=False)
                return [*values, items] if items else values, rest
            return values, text[index:]
        values.append(value)
    return values, ""


def _flatten(values: list[Any]) -> list[Any]:
    flat: list[Any] = []
    for value in values:
        flat.extend(value if isinstance(value, list) else [value])
    return flat


# Each parser: (the content before the calls, the calls' raw JSON objects, the blocks that could not be read), or
# None when the text has no calls of its kind.
Parsed = tuple[str, list[Any], list[str]]


def _parse_hermes(text: str) -> Parsed | None:
    start = text.find("<tool_call>")
    if start < 0:
        return None
    calls: list[Any] = []
    rest: list[str] = []
    for body in _HERMES.findall(text[start:]):
        values = _json_values(body)
        if values is None:
            rest.append(body)
        else:
            calls.extend(_flatten(values))
    return text[:start], calls, rest


def _parse_function_tags(text: str) -> Parsed | None:
    start = text.find("<function=")
    if start < 0:
        return None
    calls: list[Any] = []
    rest: list[str] = []
    for name, body in _FUNCTION_TAG.findall(text[start:]):
        values = _json_values(body) if body.strip() else [{}]
        if values is None or not isinstance(values[0], dict):
            rest.append(f"<function={name}>{body}")
        else:
            calls.append({"name": name, "arguments": values[0]})
    return text[:start], calls, rest


def _parse_mistral(text: str) -> Parsed | None:
    start = text.find("[TOOL_CALLS]")
    if start < 0:
        return None
    rest = text[start:]
    named = list(_MISTRAL_ARGS.finditer(rest))
    if named:  # v11+: [TOOL_CALLS]name[ARGS]{...} per call
        calls: list[Any] = []
        unread: list[str] = []
        for i, match in enumerate(named):
            end = named[i + 1].start() if i + 1 < len(named) else len(rest)
            values = _json_values(rest[match.end():end])
            if values is None:
                unread.append(rest[match.start():end])
            else:
                calls.append({"name": match.group(1), "arguments": values[0]})
        return text[:start], calls, unread
    values, cut = _json_prefix(rest[len("[TOOL_CALLS]"):])
    return (text[:start], _flatten(values), [cut] if cut else []) if values else None


def _parse_python_tag(text: str) -> Parsed | None:
    start = text.find("<|python_tag|>")
    if start < 0:
        return None
    values, cut = _json_prefix(text[start + len("<|python_tag|>"):].replace("<|eom_id|>", ""))
    return (text[:start], _flatten(values), [cut] if cut else []) if values else None


def _parse_bare_json(text: str) -> Parsed | None:
    fenced = _FENCE.match(text)
    body = fenced.group(1) if fenced else text
    if not body.startswith(("{", "[")):
        return None
    values, cut = _json_prefix(body)
    if not values or (cut and not cut.startswith(("{", "["))):  # JSON followed by prose is prose
        return None
    return "", _flatten(values), [cut] if cut else []
