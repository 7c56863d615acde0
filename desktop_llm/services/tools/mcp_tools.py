"""What an MCP server offers, as this app's tools see it: names, specs, and results as text (issue 14, "MCP").

Pure conversions, no I/O: a server's tool becomes a ToolSpec named "<server>__<tool>" (within OpenAI's name rule,
whatever the server and tool are called), and a CallToolResult becomes the bounded text the model reads back.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import re
from collections.abc import Mapping
from typing import Any

import mcp_types

from desktop_llm.core.errors import ToolError
from desktop_llm.core.tool_types import ToolSpec
from desktop_llm.core.ui_text import QT_TR_NOOP
from desktop_llm.services.tools.registry import MAX_RESULT_CHARS, bounded

MAX_DESCRIPTION_CHARS = 2_000  # a server's description goes into every prompt: keep a chatty one short
_UNSAFE = re.compile(r"[^A-Za-z0-9_-]")


def name_part(text: str) -> str:
    """`text` with every character outside OpenAI's name rule replaced ("my.server" -> "my_server")."""
    return _UNSAFE.sub("_", text) or "_"


def exposed_name(server: str, tool: str) -> str:
    """"<server>__<tool>" within 64 characters; a longer one keeps its start and a hash of the whole, so two long
    names stay apart."""
    name = f"{name_part(server)}__{name_part(tool)}"
    if len(name) <= 64:
        return name
    digest = hashlib.sha256(f"{server}\0{tool}".encode()).hexdigest()[:8]
    return f"{name[:55]}_{digest}"


def tool_spec(server: str, tool: mcp_types.Tool) -> ToolSpec:
    """The spec the registry and the model's template see. read_only comes from the server's own hint
    (annotations.readOnlyHint), which the MCP spec leaves untrusted: it only decides whether Settings may offer
    "always allow"; every call still goes through approval unless the user chose that."""
    parameters: dict[str, Any] = dict(tool.input_schema) if isinstance(tool.input_schema, Mapping) else {}
    parameters.setdefault("type", "object")
    if parameters.get("type") == "object":
        parameters.setdefault("properties", {})
    description = (tool.description or tool.title or "").strip()
    if len(description) > MAX_DESCRIPTION_CHARS:
        description = description[:MAX_DESCRIPTION_CHARS] + "…"
    read_only = bool(tool.annotations is not None and tool.annotations.read_only_hint)
    return ToolSpec(exposed_name(server, tool.name), description, parameters, read_only, f"mcp:{server}")


def _byte_count(data: str) -> int:
    try:
        return len(base64.b64decode(data, validate=False))
    except (binascii.Error, ValueError):
        return len(data) * 3 // 4


def content_text(part: object) -> str:
    """One content part as text: text as it is, binary parts summarized (a model cannot read base64 usefully)."""
    if isinstance(part, mcp_types.TextContent):
        return part.text
    if isinstance(part, mcp_types.ImageContent):
        return f"[image: {part.mime_type}, {_byte_count(part.data):,} bytes]"
    if isinstance(part, mcp_types.AudioContent):
        return f"[audio: {part.mime_type}, {_byte_count(part.data):,} bytes]"
    if isinstance(part, mcp_types.ResourceLink):
        return f"[resource: {part.uri} ({part.name})]"
    if isinstance(part, mcp_types.EmbeddedResource):
        resource = part.resource
        mime = resource.mime_type or "unknown type"
        if isinstance(resource, mcp_types.TextResourceContents):
            return f"[resource: {resource.uri}, {mime}]\n{resource.text}"
        return f"[resource: {resource.uri}, {mime}, {_byte_count(resource.blob):,} bytes]"
    return f"[{type(part).__name__}]"


def result_text(server: str, tool: str, result: mcp_types.CallToolResult,
                limit: int = MAX_RESULT_CHARS) -> str:
    """The result as the model reads it, cut at `limit`; an error result raises ToolError with the server's text."""
    parts = [content_text(part) for part in result.content]
    text = "\n".join(part for part in parts if part)
    if not text and result.structured_content is not None:
        text = json.dumps(result.structured_content, ensure_ascii=False)
    text, _cut = bounded(text, limit)
    if result.is_error:
        raise ToolError(QT_TR_NOOP('The MCP tool "{tool}" of server "{server}" failed: {error}'),
                        tool=tool, server=server, error=text or "no reason given")
    return text
