"""A chat request's tool and template fields, read from OpenAI-shaped JSON and bounded (issue 11, part A).

What a client may send beside the messages' text: `tools` (OpenAI function tools, whose JSON-schema parameters
the chat template writes into the prompt), `tool_choice`, `chat_template_kwargs` (extra template variables such
as `enable_thinking`, as vLLM and llama-server take them), and the message fields a tool round trip needs (an
assistant's `tool_calls`, a tool message's `tool_call_id` and `name`). All of it ends up inside the template
sandbox and the prompt, so every size is bounded here and every refusal is a RequestInvalidError naming the field
(a 400), never a template failure or a prompt that silently lost the tools.

Pure: shared by the engine's request reader (engine/openai_request.py) and its tests.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

from desktop_llm.core.errors import RequestInvalidError
from desktop_llm.core.events import ChatMessage
from desktop_llm.core.template_context import RESERVED_NAMES

MAX_TOOLS = 128
MAX_TOOLS_CHARS = 256_000  # the tools' JSON in all: every character of it is written into the prompt
MAX_DESCRIPTION_CHARS = 8_000
MAX_SCHEMA_DEPTH = 24  # nesting of a tool's parameters; a template walks it (and so does the grammar builder)
MAX_KWARGS = 32
MAX_KWARGS_CHARS = 8_000
MAX_CALLS_PER_MESSAGE = 64
TOOL_NAME = re.compile(r"[A-Za-z0-9_.\-]{1,64}")  # OpenAI's rule for function names
_KWARG_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_]{0,63}")

ChoiceMode = Literal["none", "auto", "required", "named"]


@dataclass(frozen=True)
class ToolChoice:
    """What the reply must be: `none` (no tools offered), `auto` (the model decides), `required` (at least one
    call of any tool) or `named` (a call of `name`)."""

    mode: ChoiceMode = "auto"
    name: str = ""

    @property
    def forced(self) -> bool:
        return self.mode in ("required", "named")

    def to_json(self) -> Any:
        """The OpenAI shape of this choice (what a client sends)."""
        if self.mode == "named":
            return {"type": "function", "function": {"name": self.name}}
        return self.mode


@dataclass(frozen=True)
class ToolRequest:
    """The tools a chat request offers (None: none) and how the reply must use them."""

    tools: tuple[Mapping[str, Any], ...] = ()
    choice: ToolChoice = ToolChoice()
    parallel: bool = True  # `parallel_tool_calls`: false allows one call per reply

    @property
    def offered(self) -> tuple[Mapping[str, Any], ...] | None:
        """The tools the template renders: none at all when the choice is "none" (OpenAI: the model is not told
        about them), None rather than an empty list (templates test `tools is not none`)."""
        return self.tools if self.tools and self.choice.mode != "none" else None

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(str(tool["function"]["name"]) for tool in self.tools)


def tools_from(body: Mapping[str, Any]) -> ToolRequest:
    """`tools` and `tool_choice` of a request, checked; no tools and no choice is the default ToolRequest()."""
    raw = body.get("tools")
    tools: list[dict[str, Any]] = []
    if raw is not None:
        if not isinstance(raw, list):
            raise RequestInvalidError("tools must be a list of {type: function, function: {name, parameters}}")
        if len(raw) > MAX_TOOLS:
            raise RequestInvalidError(f"tools may hold at most {MAX_TOOLS} tools, got {len(raw)}")
        tools = [_tool(item, index) for index, item in enumerate(raw)]
        names = [tool["function"]["name"] for tool in tools]
        twice = sorted({name for name in names if names.count(name) > 1})
        if twice:
            raise RequestInvalidError(f"tools has two functions named {twice[0]!r}")
        size = len(json.dumps(tools))
        if size > MAX_TOOLS_CHARS:
            raise RequestInvalidError(f"tools come to {size:,} characters of JSON; at most {MAX_TOOLS_CHARS:,}")
    choice = _choice(body.get("tool_choice"), [tool["function"]["name"] for tool in tools])
    parallel = body.get("parallel_tool_calls")
    if parallel is not None and not isinstance(parallel, bool):
        raise RequestInvalidError("parallel_tool_calls must be true or false")
    return ToolRequest(tuple(tools), choice, parallel is not False)


def _tool(item: Any, index: int) -> dict[str, Any]:
    where = f"tools[{index}]"
    if not isinstance(item, dict) or item.get("type", "function") != "function" or not isinstance(
            item.get("function"), dict):
        raise RequestInvalidError(f"{where} must be {{type: function, function: {{name, description, parameters}}}}")
    function = item["function"]
    name = function.get("name")
    if not isinstance(name, str) or not TOOL_NAME.fullmatch(name):
        raise RequestInvalidError(f"{where}.function.name must be 1-64 letters, digits, _ . or -, got "
                                  f"{str(name)[:80]!r}")
    description = function.get("description")
    if description is not None and not isinstance(description, str):
        raise RequestInvalidError(f"{where}.function.description must be text")
    if isinstance(description, str) and len(description) > MAX_DESCRIPTION_CHARS:
        raise RequestInvalidError(f"{where}.function.description is over {MAX_DESCRIPTION_CHARS:,} characters")
    parameters = function.get("parameters")
    if parameters is not None and not isinstance(parameters, dict):
        raise RequestInvalidError(f"{where}.function.parameters must be a JSON schema object")
    if _depth(parameters) > MAX_SCHEMA_DEPTH:
        raise RequestInvalidError(f"{where}.function.parameters nests deeper than {MAX_SCHEMA_DEPTH} levels")
    clean: dict[str, Any] = {"name": name}
    if description is not None:
        clean["description"] = description
    # No parameters: a function without arguments, as OpenAI treats it (templates print the schema as given).
    clean["parameters"] = parameters if parameters is not None else {"type": "object", "properties": {}}
    if isinstance(function.get("strict"), bool):
        clean["strict"] = function["strict"]
    return {"type": "function", "function": clean}


def _choice(raw: Any, names: list[str]) -> ToolChoice:
    if raw is None:
        return ToolChoice("auto")
    if raw in ("none", "auto", "required"):
        if raw == "required" and not names:
            raise RequestInvalidError("tool_choice is required but the request offers no tools")
        return ToolChoice(raw)
    if isinstance(raw, dict) and raw.get("type", "function") == "function" and isinstance(raw.get("function"), dict):
        name = raw["function"].get("name")
        if not isinstance(name, str) or name not in names:
            raise RequestInvalidError(f"tool_choice names {str(name)[:80]!r}, which is not one of the tools")
        return ToolChoice("named", name)
    raise RequestInvalidError("tool_choice must be none, auto, required or {type: function, function: {name}}")


def template_kwargs_from(body: Mapping[str, Any]) -> dict[str, Any]:
    """`chat_template_kwargs`: extra template variables (`{"enable_thinking": false}`), small JSON values under
    plain names; none may replace what the renderer sets itself (messages, tools, ...) or start with `_`."""
    raw = body.get("chat_template_kwargs")
    if raw is None:
        return {}
    if not isinstance(raw, dict):
        raise RequestInvalidError("chat_template_kwargs must be an object of template variables")
    if len(raw) > MAX_KWARGS:
        raise RequestInvalidError(f"chat_template_kwargs may set at most {MAX_KWARGS} variables")
    for name in raw:
        if not _KWARG_NAME.fullmatch(name):
            raise RequestInvalidError(f"chat_template_kwargs: {name[:80]!r} is not a plain variable name (a letter, "
                                      "then letters, digits or _)")
        if name in RESERVED_NAMES:
            raise RequestInvalidError(f"chat_template_kwargs may not set {name}: it has its own request field")
    if _depth(raw) > 6:
        raise RequestInvalidError("chat_template_kwargs nests too deep: small values only")
    size = len(json.dumps(raw))
    if size > MAX_KWARGS_CHARS:
        raise RequestInvalidError(f"chat_template_kwargs come to {size:,} characters of JSON; at most "
                                  f"{MAX_KWARGS_CHARS:,}")
    return dict(raw)


def tool_fields_of(item: Mapping[str, Any], index: int) -> dict[str, Any]:
    """The tool fields of one message, ready for ChatMessage: `tool_calls` (an assistant's), `tool_call_id` and
    `name` (a tool result's). Arguments sent as JSON text (OpenAI's shape) become objects, as vLLM and llama-server
    hand them to templates: Qwen's and Llama's write `arguments | tojson` and would print a quoted string."""
    fields: dict[str, Any] = {}
    raw = item.get("tool_calls")
    if raw is not None:
        if not isinstance(raw, list) or len(raw) > MAX_CALLS_PER_MESSAGE:
            raise RequestInvalidError(f"messages[{index}].tool_calls must be a list of at most "
                                      f"{MAX_CALLS_PER_MESSAGE} calls")
        if raw:
            fields["tool_calls"] = tuple(_past_call(call, f"messages[{index}].tool_calls[{n}]")
                                         for n, call in enumerate(raw))
    for key in ("tool_call_id", "name"):
        value = item.get(key)
        if value is None:
            continue
        if not isinstance(value, str) or len(value) > 256:
            raise RequestInvalidError(f"messages[{index}].{key} must be text of at most 256 characters")
        fields[key] = value
    return fields


def _past_call(call: Any, where: str) -> dict[str, Any]:
    function = call.get("function") if isinstance(call, dict) else None
    if not isinstance(function, dict) or not isinstance(function.get("name"), str) or not function["name"]:
        raise RequestInvalidError(f"{where} must be {{id, type: function, function: {{name, arguments}}}}")
    arguments = function.get("arguments", {})
    if isinstance(arguments, str):
        try:
            parsed = json.loads(arguments) if arguments.strip() else {}
        except json.JSONDecodeError as exc:
            raise RequestInvalidError(f"{where}.function.arguments is not JSON: {exc}") from exc
        arguments = parsed
    if not isinstance(arguments, dict):
        raise RequestInvalidError(f"{where}.function.arguments must be a JSON object")
    clean: dict[str, Any] = {"type": "function", "function": {"name": function["name"][:256], "arguments": arguments}}
    if isinstance(call.get("id"), str):
        clean["id"] = call["id"][:256]
    return clean


def with_tool_fields(message: ChatMessage, item: Mapping[str, Any], index: int) -> ChatMessage:
    """`message` with the tool fields of its JSON `item` (see tool_fields_of)."""
    fields = tool_fields_of(item, index)
    if not fields:
        return message
    return ChatMessage(message.role, message.content, message.reasoning_content,
                       tool_calls=fields.get("tool_calls", ()), tool_call_id=fields.get("tool_call_id", ""),
                       name=fields.get("name", ""), images=message.images)


def _depth(value: Any, level: int = 0) -> int:
    """How deep `value` nests; stops counting past the deepest bound anyone checks."""
    if level > MAX_SCHEMA_DEPTH:
        return level
    if isinstance(value, dict):
        return max((_depth(v, level + 1) for v in value.values()), default=level + 1)
    if isinstance(value, list):
        return max((_depth(v, level + 1) for v in value), default=level + 1)
    return level
