"""The MCP servers file, mcp.json, in the shape Claude Desktop, Cursor and LM Studio use (issue 14, "MCP").

    {"mcpServers": {"files": {"command": "npx", "args": ["-y", "@scope/server"], "env": {"K": "v"},
                              "cwd": "/some/folder", "disabled": false},
                    "remote": {"url": "https://example.com/mcp", "headers": {"Authorization": "Bearer …"}}}}

A file the user copied from elsewhere is untrusted: a broken server entry is reported by name with what is wrong
and the other servers still load; only a file that is not JSON (or not an object) fails as a whole. Saving keeps
what this app does not use (other top-level keys, unknown fields, entries it could not read) so a round trip
through Settings never loses the user's text.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop_llm.core.errors import SettingsError
from desktop_llm.core.ui_text import QT_TR_NOOP
from desktop_llm.services.storage.atomic_file import write_atomic
from desktop_llm.services.storage.paths import AppPaths

FILE_NAME = "mcp.json"
MAX_FILE_BYTES = 1_000_000  # a servers list is a few kilobytes; more is not a config file


class McpConfigError(SettingsError):
    """mcp.json (or one server in it) is not usable; the message names the server and the field."""


@dataclass(frozen=True)
class StdioServerConfig:
    """A server run as a child process speaking MCP over its stdin/stdout."""

    name: str
    command: str
    args: tuple[str, ...] = ()
    env: Mapping[str, str] = field(default_factory=dict)
    cwd: str | None = None
    disabled: bool = False
    extra: Mapping[str, Any] = field(default_factory=dict)  # fields this app does not use, kept on save


@dataclass(frozen=True)
class HttpServerConfig:
    """A server reached over Streamable HTTP."""

    name: str
    url: str
    headers: Mapping[str, str] = field(default_factory=dict)
    disabled: bool = False
    extra: Mapping[str, Any] = field(default_factory=dict)


McpServerConfig = StdioServerConfig | HttpServerConfig


@dataclass(frozen=True)
class ServerProblem:
    """An entry that could not be read: shown in Settings, written back unchanged on save."""

    name: str
    error: McpConfigError
    raw: Any


@dataclass(frozen=True)
class McpConfig:
    servers: tuple[McpServerConfig, ...] = ()
    problems: tuple[ServerProblem, ...] = ()
    extra: Mapping[str, Any] = field(default_factory=dict)  # other top-level keys of the file

    def enabled(self) -> tuple[McpServerConfig, ...]:
        return tuple(server for server in self.servers if not server.disabled)


def mcp_config_path(paths: AppPaths) -> Path:
    return paths.config_dir / FILE_NAME


def load_mcp_config(path: Path) -> McpConfig:
    """The file's servers; no file is no servers. Raises McpConfigError when the file as a whole is unreadable."""
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        return McpConfig()
    except OSError as exc:
        raise McpConfigError(QT_TR_NOOP("Could not read {path}: {error}"), path=path, error=exc) from exc
    if len(data) > MAX_FILE_BYTES:
        raise McpConfigError(QT_TR_NOOP("{path} is larger than 1 MB; it is probably not an MCP servers file"),
                             path=path)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise McpConfigError(QT_TR_NOOP("{path} is not UTF-8 text"), path=path) from exc
    return parse_mcp_config(text, source=str(path))


def parse_mcp_config(text: str, source: str = FILE_NAME) -> McpConfig:
    """Parse mcp.json's text. A broken server becomes a ServerProblem; a broken file raises McpConfigError."""
    if not text.strip():
        return McpConfig()
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        raise McpConfigError(QT_TR_NOOP("{path} is not valid JSON: {error} (line {line}, column {column})"),
                             path=source, error=exc.msg, line=exc.lineno, column=exc.colno) from exc
    except RecursionError as exc:  # nested past Python's recursion limit: json.loads does not say JSONDecodeError
        raise McpConfigError(QT_TR_NOOP("{path} is not valid JSON: {error} (line {line}, column {column})"),
                             path=source, error="nested too deeply", line=1, column=1) from exc
    if not isinstance(document, dict):
        raise McpConfigError(QT_TR_NOOP('{path} must hold a JSON object with "mcpServers"'), path=source)
    entries = document.get("mcpServers", {})
    if not isinstance(entries, dict):
        raise McpConfigError(QT_TR_NOOP('"mcpServers" in {path} must be an object of servers by name'),
                             path=source)
    servers: list[McpServerConfig] = []
    problems: list[ServerProblem] = []
    for name, raw in entries.items():
        try:
            servers.append(parse_server(name, raw))
        except McpConfigError as exc:
            problems.append(ServerProblem(name, exc, raw))
    extra = {key: value for key, value in document.items() if key != "mcpServers"}
    return McpConfig(tuple(servers), tuple(problems), extra)


def parse_server(name: str, raw: Any) -> McpServerConfig:
    """One entry of "mcpServers"; raises McpConfigError naming the server and what is wrong."""
    if not name.strip():
        raise McpConfigError(QT_TR_NOOP("An MCP server has an empty name"))
    if not isinstance(raw, dict):
        raise McpConfigError(QT_TR_NOOP('MCP server "{name}" must be an object'), name=name)
    kind = raw.get("type", raw.get("transport"))
    if kind is not None and kind not in ("stdio", "http", "streamable-http", "streamableHttp"):
        # The older HTTP+SSE transport is deprecated in the protocol; the SDK client for it is not wired here.
        raise McpConfigError(QT_TR_NOOP('MCP server "{name}": transport "{kind}" is not supported (use stdio '
                                        'or Streamable HTTP)'), name=name, kind=kind)
    has_command, has_url = "command" in raw, "url" in raw
    if has_command and has_url:
        raise McpConfigError(QT_TR_NOOP('MCP server "{name}" has both "command" and "url"; keep one'), name=name)
    if not has_command and not has_url:
        raise McpConfigError(QT_TR_NOOP('MCP server "{name}" needs "command" (a program to run) or "url"'),
                             name=name)
    disabled = _flag(name, raw, "disabled")
    if has_command:
        command = _text(name, raw, "command")
        cwd = _text(name, raw, "cwd") if raw.get("cwd") is not None else None
        known = {"command", "args", "env", "cwd", "disabled", "type", "transport"}
        return StdioServerConfig(name, command, tuple(_text_list(name, raw, "args")), _text_map(name, raw, "env"),
                                 cwd, disabled, _rest(raw, known))
    url = _text(name, raw, "url")
    if not url.lower().startswith(("http://", "https://")):
        raise McpConfigError(QT_TR_NOOP('MCP server "{name}": "url" must start with http:// or https://'),
                             name=name)
    known = {"url", "headers", "disabled", "type", "transport"}
    return HttpServerConfig(name, url, _text_map(name, raw, "headers"), disabled, _rest(raw, known))


def _text(name: str, raw: Mapping[str, Any], key: str) -> str:
    value = raw.get(key)
    if not isinstance(value, str) or not value.strip():
        raise McpConfigError(QT_TR_NOOP('MCP server "{name}": "{key}" must be non-empty text'), name=name, key=key)
    return value


def _flag(name: str, raw: Mapping[str, Any], key: str) -> bool:
    value = raw.get(key, False)
    if not isinstance(value, bool):
        raise McpConfigError(QT_TR_NOOP('MCP server "{name}": "{key}" must be true or false'), name=name, key=key)
    return value


def _text_list(name: str, raw: Mapping[str, Any], key: str) -> list[str]:
    value = raw.get(key, [])
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise McpConfigError(QT_TR_NOOP('MCP server "{name}": "{key}" must be a list of texts'), name=name, key=key)
    return value


def _text_map(name: str, raw: Mapping[str, Any], key: str) -> dict[str, str]:
    value = raw.get(key, {})
    if not isinstance(value, dict) or not all(isinstance(item, str) for item in value.values()):
        raise McpConfigError(QT_TR_NOOP('MCP server "{name}": "{key}" must be an object of texts'),
                             name=name, key=key)
    return value


def _rest(raw: Mapping[str, Any], known: set[str]) -> dict[str, Any]:
    return {key: value for key, value in raw.items() if key not in known}


def server_entry(server: McpServerConfig) -> dict[str, Any]:
    """The server as mcp.json writes it (fields at their defaults left out, as the other apps write them)."""
    entry: dict[str, Any]
    if isinstance(server, StdioServerConfig):
        entry = {"command": server.command}
        if server.args:
            entry["args"] = list(server.args)
        if server.env:
            entry["env"] = dict(server.env)
        if server.cwd is not None:
            entry["cwd"] = server.cwd
    else:
        entry = {"url": server.url}
        if server.headers:
            entry["headers"] = dict(server.headers)
    if server.disabled:
        entry["disabled"] = True
    entry.update(server.extra)
    return entry


def dump_mcp_config(config: McpConfig) -> str:
    entries: dict[str, Any] = {server.name: server_entry(server) for server in config.servers}
    for problem in config.problems:
        entries.setdefault(problem.name, problem.raw)
    document = {**config.extra, "mcpServers": entries}
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def save_mcp_config(path: Path, config: McpConfig) -> None:
    """Write the file atomically (a crash leaves the old file or the new one). Raises McpConfigError."""
    names = [server.name for server in config.servers]
    duplicates = sorted({name for name in names if names.count(name) > 1})
    if duplicates:
        raise McpConfigError(QT_TR_NOOP('Two MCP servers are named "{name}"'), name=duplicates[0])
    try:
        write_atomic(path, dump_mcp_config(config).encode("utf-8"))
    except OSError as exc:
        raise McpConfigError(QT_TR_NOOP("Could not write {path}: {error}"), path=path, error=exc) from exc
