"""The types every part of "tools in chat" shares (issue 14): what a tool is, a call the model made, its outcome,
and who approves a call. Pure data and Protocols: the registry, the loop, the MCP client and the GUI build on them.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal, Protocol

ToolStatus = Literal["ok", "error", "denied", "timeout", "cancelled"]
Decision = Literal["allow_once", "allow_chat", "deny"]

# OpenAI's rule for function names; MCP tools are named "<server>__<tool>" within it.
TOOL_NAME = re.compile(r"^[A-Za-z0-9_-]{1,64}$")


@dataclass(frozen=True)
class ToolSpec:
    name: str  # ^[A-Za-z0-9_-]{1,64}$, unique in a registry; MCP tools: "<server>__<tool>"
    description: str
    parameters: Mapping[str, Any]  # a JSON Schema object ({"type": "object", "properties": …})
    read_only: bool = False  # only reads (may be allowed always in Settings)
    source: str = "builtin"  # "builtin" or "mcp:<server>"

    def openai(self) -> dict[str, Any]:
        """The tool as OpenAI's `tools` list (and the model's chat template) carries it."""
        return {"type": "function",
                "function": {"name": self.name, "description": self.description,
                             "parameters": _plain(self.parameters)}}


def _plain(value: Any) -> Any:
    """A schema as plain dicts and lists (a Mapping may be a read-only view; templates and JSON need dicts)."""
    if isinstance(value, Mapping):
        return {str(key): _plain(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(item) for item in value]
    return value


@dataclass(frozen=True)
class ToolCallRequest:
    id: str  # "call_" + 24 random chars (Mistral templates need exactly 9 alnum: the loop adapts per format)
    name: str
    arguments: str  # JSON text of an object, as the model wrote it


@dataclass(frozen=True)
class ToolOutcome:
    call: ToolCallRequest
    status: ToolStatus
    content: str  # what the model reads back (bounded; errors and denials as plain sentences)
    seconds: float = 0.0
    truncated: bool = False


class Tool(Protocol):
    @property
    def spec(self) -> ToolSpec: ...

    def run(self, arguments: Mapping[str, Any], cancel: threading.Event, timeout_s: float) -> str:
        """The result as text. Raises ToolError (core/errors.py) for a failure the model should read; returns by
        timeout_s or soon after `cancel` is set."""
        ...


class Approver(Protocol):
    def approve(self, call: ToolCallRequest, spec: ToolSpec, cancel: threading.Event) -> Decision:
        """Called on the loop's worker thread; blocks until the user decides (or `cancel` is set: then "deny")."""
        ...
