"""mcp.json as the Tools dialog edits it, and the MCP servers built from it (issue 14, "MCP": "editable in
Settings").

The dialog's form speaks the file's own shape: a server is a name and an entry as mcp.json holds it
({"command", "args", "env"} or {"url", "headers"}), checked by the same parser that reads the file, so an entry the
form accepts is one the app (and Claude Desktop, Cursor, LM Studio) can read back. Editing keeps what the form
does not show (cwd, disabled, other apps' fields) and the other servers untouched; a file that is not JSON is
never overwritten (the user's text would be lost): every edit refuses it with the parser's reason.
Called off the GUI thread (controllers/tools_controller.py runs it on BackgroundOps, one lane for edits).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any

from desktop_llm.core.errors import DesktopLlmError
from desktop_llm.core.ui_text import QT_TR_NOOP
from desktop_llm.services.storage.paths import AppPaths
from desktop_llm.services.tools.mcp_client import McpServers, McpServerStatus
from desktop_llm.services.tools.mcp_config import (
    McpConfig,
    McpConfigError,
    load_mcp_config,
    mcp_config_path,
    parse_server,
    save_mcp_config,
    server_entry,
)

# The fields the form edits; the rest of an edited entry (cwd, disabled, unknown keys) is kept as it was.
FORM_FIELDS = ("command", "args", "env", "url", "headers", "type", "transport")
# (name, the entry as mcp.json holds it, whether it is disabled, what is wrong with it or None)
EntryRow = tuple[str, dict[str, Any], bool, DesktopLlmError | None]


class McpSetup:
    """The servers file at `path`; stateless between calls (each one reads the file again), so an edit made in
    the user's editor meanwhile is seen, never overwritten by a stale copy."""

    def __init__(self, path: Path, *, start_timeout_s: float = 30.0, max_attempts: int = 3) -> None:
        self._path = path
        self._start_timeout_s = start_timeout_s
        self._max_attempts = max_attempts

    @classmethod
    def for_paths(cls, paths: AppPaths) -> McpSetup:
        """The app's own mcp.json, in its config folder."""
        return cls(mcp_config_path(paths))

    @property
    def path(self) -> Path:
        return self._path

    def entries(self) -> list[EntryRow]:
        """Every server of the file in its order: readable ones, then those that could not be read (with why).
        Raises McpConfigError when the file as a whole is unreadable."""
        config = load_mcp_config(self._path)
        rows: list[EntryRow] = [(server.name, server_entry(server), server.disabled, None)
                                for server in config.servers]
        rows += [(problem.name, problem.raw if isinstance(problem.raw, dict) else {}, False, problem.error)
                 for problem in config.problems]
        return rows

    def put(self, name: str, entry: Mapping[str, Any], old_name: str | None = None) -> None:
        """Add the server `name`, or replace `old_name` with it (renamed where the names differ), keeping its place
        in the file and the fields the form does not edit. Raises McpConfigError (an entry that does not parse, a
        name taken by another server, a file that cannot be read or written)."""
        name = name.strip()
        config = load_mcp_config(self._path)
        old_raw = _raw_of(config, old_name) if old_name is not None else None
        if old_name is not None and old_raw is None:
            raise McpConfigError(QT_TR_NOOP('There is no MCP server named "{name}" any more'), name=old_name)
        if name != old_name and _raw_of(config, name) is not None:
            raise McpConfigError(QT_TR_NOOP('An MCP server named "{name}" already exists'), name=name)
        kept = {key: value for key, value in (old_raw or {}).items() if key not in FORM_FIELDS}
        server = parse_server(name, {**kept, **dict(entry)})
        servers = list(config.servers)
        problems = [problem for problem in config.problems if problem.name != old_name]
        at = next((index for index, old in enumerate(servers) if old.name == old_name), None)
        if at is None:
            servers.append(server)
        else:
            servers[at] = server
        save_mcp_config(self._path, replace(config, servers=tuple(servers), problems=tuple(problems)))

    def remove(self, name: str) -> None:
        """Take the server `name` out of the file (a missing one is not an error: it is gone either way)."""
        config = load_mcp_config(self._path)
        servers = tuple(server for server in config.servers if server.name != name)
        problems = tuple(problem for problem in config.problems if problem.name != name)
        if len(servers) + len(problems) != len(config.servers) + len(config.problems):
            save_mcp_config(self._path, replace(config, servers=servers, problems=problems))

    def ensure_file(self) -> Path:
        """The file, created with no servers if it does not exist yet (for "Open mcp.json" in the user's editor)."""
        if not self._path.exists():
            save_mcp_config(self._path, McpConfig())
        return self._path

    def servers(self, on_status: Callable[[McpServerStatus], None]) -> McpServers:
        """The enabled servers of the file now, none started (they start on first use). Raises McpConfigError
        when the file is unreadable."""
        return McpServers(load_mcp_config(self._path), start_timeout_s=self._start_timeout_s,
                          max_attempts=self._max_attempts, on_status=on_status)


def _raw_of(config: McpConfig, name: str | None) -> dict[str, Any] | None:
    for server in config.servers:
        if server.name == name:
            return server_entry(server)
    for problem in config.problems:
        if problem.name == name:
            return dict(problem.raw) if isinstance(problem.raw, dict) else {}
    return None
