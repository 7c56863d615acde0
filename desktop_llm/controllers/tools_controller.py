"""The Tools dialog's controller (issue 14, Settings): every tool the chat can offer (built-in and from MCP servers)
with its source and whether it may be allowed always, the MCP servers of mcp.json with their live status, and the
edits of that file.

The MCP servers themselves (services/tools/mcp_client.McpServers, built by the McpSetup handed in) are owned here:
the chat's tool registry reads their tools through `provider`, which always points at the current set, so an
edited mcp.json applies to the next reply without a restart. Their statuses arrive on the servers' own event-loop
thread and are marshalled to the GUI thread by a queued signal; a status from a set already closed is dropped.
Everything that reads or writes the file or starts, stops or restarts a server runs on BackgroundOps: a server's
start takes up to its timeout (30 s), a close up to ~10 s.
"""

from __future__ import annotations

import logging
import shlex
import threading
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal

from desktop_llm.controllers.background import BackgroundOps, Failed, Outcome, Succeeded
from desktop_llm.controllers.i18n import error_text
from desktop_llm.core.errors import DesktopLlmError
from desktop_llm.core.tool_types import Tool, ToolSpec

log = logging.getLogger(__name__)
_LIST, _EDIT, _RELOAD = "tools-list", "tools-edit", "tools-reload"
CLOSE_TIMEOUT_S = 30.0  # McpServers.close() waits ~20 s at most for its servers; shutdown waits a little longer


class McpServerStatusLike(Protocol):
    """services/tools/mcp_client.McpServerStatus, as read here."""

    @property
    def name(self) -> str: ...
    @property
    def state(self) -> str: ...  # "stopped", "starting", "ready" or "failed"
    @property
    def tool_count(self) -> int: ...
    @property
    def reason(self) -> str: ...
    @property
    def stderr_tail(self) -> tuple[str, ...]: ...
    @property
    def error(self) -> DesktopLlmError | None: ...


class McpServersLike(Protocol):
    """services/tools/mcp_client.McpServers: a ToolProvider whose servers start on first use."""

    def tools(self) -> Sequence[Tool]: ...
    def status(self) -> Sequence[McpServerStatusLike]: ...
    def start(self, name: str) -> McpServerStatusLike | None: ...
    def close(self) -> None: ...


class McpSetupLike(Protocol):
    """services/tools/mcp_setup.McpSetup: mcp.json and the servers built from it (called off the GUI thread)."""

    @property
    def path(self) -> Path: ...
    def entries(self) -> list[tuple[str, dict[str, Any], bool, DesktopLlmError | None]]: ...
    def put(self, name: str, entry: Mapping[str, Any], old_name: str | None = None) -> None: ...
    def remove(self, name: str) -> None: ...
    def ensure_file(self) -> Path: ...
    def servers(self, on_status: Callable[[Any], None]) -> McpServersLike: ...


@dataclass(frozen=True)
class ServerRow:
    """One server as the dialog shows it."""

    name: str
    entry: Mapping[str, Any]  # as mcp.json holds it (the Edit form starts from it)
    state: str  # "stopped", "starting", "ready", "failed", "disabled" or "invalid" (the entry cannot be read)
    tool_count: int = 0
    reason: str = ""  # why it failed or cannot be read, in the user's language
    stderr_tail: tuple[str, ...] = ()

    @property
    def summary(self) -> str:
        """The command line or the address."""
        if "url" in self.entry:
            return str(self.entry["url"])
        args = self.entry.get("args", [])
        words = [str(self.entry.get("command", "")), *(str(a) for a in args if isinstance(args, list))]
        return shlex.join(word for word in words if word)


class CurrentServers:
    """The ToolProvider the chat's registry holds: the current McpServers, swapped on reload (thread-safe).
    Asked on the GUI thread (the chat's tools list), it answers the tools last listed instead of starting
    servers there, which would freeze the window for as long as a server takes to start."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._servers: McpServersLike | None = None
        self._last: list[Tool] = []

    def tools(self) -> list[Tool]:
        with self._lock:
            servers, last = self._servers, list(self._last)
        app = QCoreApplication.instance()
        if servers is None or (app is not None and QThread.currentThread() == app.thread()):
            return last
        tools = list(servers.tools())
        with self._lock:
            if self._servers is servers:
                self._last = tools
        return tools

    def current(self) -> McpServersLike | None:
        with self._lock:
            return self._servers

    def swap(self, servers: McpServersLike | None) -> McpServersLike | None:
        """Put `servers` in place; returns the previous set (the caller closes it)."""
        with self._lock:
            old, self._servers, self._last = self._servers, servers, []
        return old


class ToolsController(QObject):
    """Lives on the GUI thread; its signals are emitted there."""

    tools_listed = Signal(list)  # list[ToolSpec]: the built-in tools, then every ready MCP server's
    servers_listed = Signal(list)  # list[ServerRow]: every server of mcp.json, in the file's order
    server_changed = Signal(object)  # ServerRow: one server's status changed (live)
    always_allowed_changed = Signal(list)  # list[str]: the tools allowed without asking (save them; tell the chat)
    file_ready = Signal(str)  # the path of mcp.json, created if it was missing (open it in the user's editor)
    failed = Signal(str)  # a sentence for the user: the file could not be read or saved, a server not restarted
    _status_arrived = Signal(int, object)  # generation, McpServerStatus: from the servers' loop thread (queued)

    def __init__(self, setup: McpSetupLike, builtin_specs: Callable[[], Sequence[ToolSpec]],
                 always_allowed: Iterable[str] = (), parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._setup = setup
        self._builtin_specs = builtin_specs
        self.always_allowed: tuple[str, ...] = tuple(dict.fromkeys(always_allowed))
        self.provider = CurrentServers()
        self.rows: dict[str, ServerRow] = {}  # by name, in the file's order
        self.specs: list[ToolSpec] = []
        self._generation = 0
        self._ops = BackgroundOps(self)
        self._closed = False
        self._status_arrived.connect(self._on_servers_status)
        self._build(self._generation)

    @property
    def config_path(self) -> Path:
        return self._setup.path

    # -- asks ------------------------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read mcp.json, start its servers (those not started yet) and list every tool; statuses show live."""
        self._ops.run(_LIST, lambda _flag: self._list(), self._on_list_done)

    def set_always_allowed(self, name: str, allowed: bool) -> None:
        """Allow the tool `name` without asking (only a read-only one), or make it ask again."""
        spec = next((spec for spec in self.specs if spec.name == name), None)
        if allowed and (spec is None or not spec.read_only):
            return
        names = [n for n in self.always_allowed if n != name] + ([name] if allowed else [])
        if tuple(names) != self.always_allowed:
            self.always_allowed = tuple(names)
            self.always_allowed_changed.emit(list(names))

    def add_server(self, name: str, entry: Mapping[str, Any]) -> None:
        self._edit(lambda: self._setup.put(name, entry))

    def edit_server(self, old_name: str, name: str, entry: Mapping[str, Any]) -> None:
        self._edit(lambda: self._setup.put(name, entry, old_name))

    def remove_server(self, name: str) -> None:
        self._edit(lambda: self._setup.remove(name))

    def retry(self, name: str) -> None:
        """Start the server `name` again now, its failed attempts forgotten; the tools are listed again after."""
        servers = self.provider.current()
        if servers is None:  # the file could not be read when the servers were built: read it again
            self.reload()
            return

        def work(_flag: object) -> tuple[list[ServerRow], list[ToolSpec]]:
            servers.start(name)
            return self._list()

        self._ops.run(f"tools-retry-{name}", work, self._on_list_done)

    def reload(self) -> None:
        """Apply mcp.json as it is now: the servers running are stopped, a new set is built and started."""
        self._ops.run(_RELOAD, lambda _flag: self._rebuild(), self._on_list_done)

    def open_file(self) -> None:
        """mcp.json, created empty if missing; `file_ready` follows with its path."""
        self._ops.run("tools-file", lambda _flag: self._setup.ensure_file(), self._on_file_done)

    def wait(self, timeout: float = 60.0) -> None:
        self._ops.wait(timeout)

    def shutdown(self) -> None:
        """Stop every server (their process groups too) and drop what is still to come; called when the window
        closes. Blocks for as long as the servers take to stop (bounded by McpServers.close)."""
        self._closed = True
        self._generation += 1
        self._ops.shutdown()
        old = self.provider.swap(None)
        if old is not None:
            old.close()

    # -- off the GUI thread ----------------------------------------------------------------------------------

    def _build(self, generation: int) -> None:
        """A new set of servers from the file (none started); a broken file leaves none, reported at refresh."""
        def on_status(status: McpServerStatusLike) -> None:  # on the servers' loop thread
            try:
                self._status_arrived.emit(generation, status)
            except RuntimeError:  # the controller was deleted meanwhile: nobody shows statuses any more
                pass

        try:
            servers: McpServersLike | None = self._setup.servers(on_status)
        except DesktopLlmError as exc:
            log.warning("MCP servers not started: %s", exc)
            servers = None
        old = self.provider.swap(servers)
        if old is not None:
            old.close()
        # A reload that ends after shutdown() (BackgroundOps.shutdown does not wait for it) must not leave its set
        # in place to start servers nobody stops. shutdown() marks closed before its swap, this checks after ours:
        # whichever swap comes last, one of the two closes the new set.
        if self._closed and (late := self.provider.swap(None)) is not None:
            late.close()

    def _rebuild(self) -> tuple[list[ServerRow], list[ToolSpec]]:
        self._generation += 1  # statuses of the old set are stale from here on
        self._build(self._generation)
        return self._list()

    def _list(self) -> tuple[list[ServerRow], list[ToolSpec]]:
        """The file's servers with their statuses now, and every tool (starting the servers not started yet)."""
        entries = self._setup.entries()
        servers = self.provider.current()
        tools = self.provider.tools() if servers is not None else []
        statuses = {status.name: status for status in servers.status()} if servers is not None else {}
        rows = [_row(name, entry, disabled, problem, statuses.get(name))
                for name, entry, disabled, problem in entries]
        specs = [*self._builtin_specs(), *(tool.spec for tool in tools)]
        return rows, specs

    def _edit(self, change: Callable[[], None]) -> None:
        def work(_flag: object) -> tuple[list[ServerRow], list[ToolSpec]]:
            change()
            return self._rebuild()

        self._ops.run(_EDIT, work, self._on_list_done)

    # -- back on the GUI thread ------------------------------------------------------------------------------

    def _on_list_done(self, outcome: Outcome) -> None:
        if isinstance(outcome, Failed):
            self.failed.emit(outcome.message)
        if not isinstance(outcome, Succeeded) or outcome.value is None:
            return
        rows, specs = outcome.value
        self.rows = {row.name: row for row in rows}
        self.specs = list(specs)
        self.servers_listed.emit(rows)
        self.tools_listed.emit(self.specs)

    def _on_file_done(self, outcome: Outcome) -> None:
        if isinstance(outcome, Succeeded):
            self.file_ready.emit(str(outcome.value))
        elif isinstance(outcome, Failed):
            self.failed.emit(outcome.message)

    def _on_servers_status(self, generation: int, status: McpServerStatusLike) -> None:
        if self._closed or generation != self._generation:
            return  # from a set of servers closed since
        known = self.rows.get(status.name)
        row = _row(status.name, known.entry if known else {}, False, None, status)
        self.rows[status.name] = row
        self.server_changed.emit(row)


def _row(name: str, entry: Mapping[str, Any], disabled: bool, problem: DesktopLlmError | None,
         status: McpServerStatusLike | None) -> ServerRow:
    if problem is not None:
        return ServerRow(name, entry, "invalid", reason=error_text(problem))
    if disabled:
        return ServerRow(name, entry, "disabled")
    if status is None:
        return ServerRow(name, entry, "stopped")
    reason = error_text(status.error) if status.error is not None else status.reason
    return ServerRow(name, entry, status.state, status.tool_count, reason, tuple(status.stderr_tail))
