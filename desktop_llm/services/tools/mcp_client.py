"""MCP servers as a tool provider: each server started on first use, supervised, and stopped with the app (issue 14).

The official SDK (`mcp`) is asyncio; the rest of the app is threads. McpServers owns one event loop on a daemon
thread; every server lives there as a task that holds the SDK's Client open until it is told to stop (the SDK's
contexts must be entered and left by the same task). Callers on other threads submit coroutines to that loop and
wait with their own timeout and Stop. A stdio server is a child process the SDK starts in a session of its own
and stops stdin-close -> SIGTERM to its group -> SIGKILL (its Windows code uses a job object), so grandchildren go
too; its stderr goes into a bounded tail for the Settings page. A server that fails to start or dies mid-call
costs that call a ToolError and shows "failed" with the reason; the next use starts it again, a few times at most.
"""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from collections.abc import AsyncIterator, Callable, Coroutine, Mapping, Sequence
from contextlib import AsyncExitStack, asynccontextmanager
from dataclasses import dataclass, replace
from typing import Any, Literal, TypeVar

import httpx2
import mcp_types
from mcp import Client, MCPError, StdioServerParameters, stdio_client
from mcp.client.streamable_http import streamable_http_client

from desktop_llm.core.errors import ToolError, ToolTimeoutError
from desktop_llm.core.tool_types import Tool, ToolSpec
from desktop_llm.core.ui_text import QT_TR_NOOP
from desktop_llm.services.tools.mcp_config import HttpServerConfig, McpConfig, McpServerConfig
from desktop_llm.services.tools.mcp_stderr import StderrTail
from desktop_llm.services.tools.mcp_tools import result_text, tool_spec

log = logging.getLogger(__name__)
ServerState = Literal["stopped", "starting", "ready", "failed"]
_T = TypeVar("_T")
_POLL_S = 0.05  # how often a waiting caller looks at its Stop
_MAX_TOOL_PAGES = 20  # tools/list pages followed; a server paging forever stops counting here
_MAX_TOOLS = 200  # per server: more would not fit any prompt


@dataclass(frozen=True)
class McpServerStatus:
    """What Settings shows for one server: "ready" with `tool_count`, "failed" with `reason` and `stderr_tail`."""

    name: str
    state: ServerState
    tool_count: int = 0
    reason: str = ""
    stderr_tail: tuple[str, ...] = ()
    attempts: int = 0  # failed starts (or crashes) in a row; at max_attempts it waits for start()
    error: ToolError | None = None  # `reason` as a template with fields, for the UI to show translated


class _McpTool:
    """One tool of one server (Tool protocol). run() is called on the registry's worker thread."""

    def __init__(self, owner: McpServers, server: _Server, remote_name: str, spec: ToolSpec) -> None:
        self._owner, self._server, self._remote, self._spec = owner, server, remote_name, spec

    @property
    def spec(self) -> ToolSpec:
        return self._spec

    def run(self, arguments: Mapping[str, Any], cancel: threading.Event, timeout_s: float) -> str:
        result = self._owner.wait(self._server.call(self._remote, dict(arguments), timeout_s), cancel, timeout_s,
                                  what=self._spec.name)
        return result_text(self._server.config.name, self._remote, result)


class _Server:
    """One configured server; its state changes on the loop thread only."""

    def __init__(self, owner: McpServers, config: McpServerConfig) -> None:
        self.owner, self.config = owner, config
        self.stderr = StderrTail(config.name)
        self.status = McpServerStatus(config.name, "stopped")
        self.tools: tuple[_McpTool, ...] = ()
        self.failures = 0
        self._client: Client | None = None
        self._task: asyncio.Task[None] | None = None
        self._settled = asyncio.Event()
        self._stop = asyncio.Event()

    def _set(self, state: ServerState, error: ToolError | None = None) -> None:
        self.status = McpServerStatus(self.config.name, state, len(self.tools) if state == "ready" else 0,
                                      str(error) if error else "", (), self.failures, error)
        self.owner.report(self.status)

    async def ensure(self) -> None:
        """Started and ready if it can be: starts a stopped server, restarts a failed one (bounded)."""
        if self.status.state == "failed" and self.failures >= self.owner.max_attempts:
            return
        if self.status.state in ("stopped", "failed"):
            self._settled, self._stop = asyncio.Event(), asyncio.Event()
            self.tools = ()
            self._set("starting")
            self._task = asyncio.create_task(self._run(self._settled, self._stop), name=f"mcp-{self.config.name}")
        await self._settled.wait()

    async def _run(self, settled: asyncio.Event, stop: asyncio.Event) -> None:
        """Hold the connection open until `stop`; every failure ends as the "failed" state, never raised."""
        try:
            async with AsyncExitStack() as stack:
                try:
                    async with asyncio.timeout(self.owner.start_timeout_s):
                        client = await stack.enter_async_context(Client(self._transport(stop), mode="auto"))
                        listed = await self._list_tools(client)
                except TimeoutError:
                    self._fail(QT_TR_NOOP("it did not answer within {seconds} seconds"),
                               seconds=f"{self.owner.start_timeout_s:g}")
                    return
                self._client = client
                self.tools = tuple(_McpTool(self.owner, self, tool.name, tool_spec(self.config.name, tool))
                                   for tool in listed)
                self._set("ready")
                settled.set()
                await stop.wait()
        except Exception as exc:  # the server's failure (spawn, handshake, transport): its status, not a crash
            if self.status.state == "ready":
                self._fail(QT_TR_NOOP("it stopped: {error}"), error=_describe(exc))
            elif self.status.state == "starting":
                self._fail(QT_TR_NOOP("it stopped before it was ready: {error}"), error=_describe(exc))
        finally:
            self._client = None
            self.tools = ()
            if self.status.state in ("starting", "ready"):
                self._set("stopped")
            settled.set()

    def _fail(self, template: str, **fields: object) -> None:
        self.failures += 1
        error = ToolError(template, **fields)
        log.warning("MCP server %r failed: %s", self.config.name, error)
        self._set("failed", error)

    @asynccontextmanager
    async def _transport(self, stop: asyncio.Event) -> AsyncIterator[Any]:
        config = self.config
        if isinstance(config, HttpServerConfig):
            timeout = httpx2.Timeout(30.0, read=300.0)
            async with httpx2.AsyncClient(headers=dict(config.headers), timeout=timeout) as http, \
                    streamable_http_client(config.url, http_client=http) as streams:
                yield streams
            return
        params = StdioServerParameters(command=config.command, args=list(config.args), env=dict(config.env),
                                       cwd=config.cwd)
        loop = asyncio.get_running_loop()
        # The stderr pipe ends when the process does: that is how a crash between calls is noticed.

        def ended() -> None:  # on the reader thread
            if not loop.is_closed():
                loop.call_soon_threadsafe(self._exited, stop)

        with self.stderr.open(ended) as errlog:
            async with stdio_client(params, errlog=errlog) as streams:
                self.stderr.spawned()
                yield streams

    def _exited(self, stop: asyncio.Event) -> None:
        if stop is self._stop and not stop.is_set() and self.status.state == "ready":
            self._fail(QT_TR_NOOP("the server process exited"))
            stop.set()

    async def _list_tools(self, client: Client) -> list[mcp_types.Tool]:
        tools: list[mcp_types.Tool] = []
        cursor: str | None = None
        for _ in range(_MAX_TOOL_PAGES):
            page = await client.list_tools(cursor=cursor)
            tools.extend(page.tools)
            cursor = page.next_cursor
            if cursor is None or len(tools) >= _MAX_TOOLS:
                break
        seen: set[str] = set()
        unique = []
        for tool in tools[:_MAX_TOOLS]:
            name = tool_spec(self.config.name, tool).name
            if name in seen:
                log.warning("MCP server %r: tool %r dropped, its name clashes", self.config.name, tool.name[:80])
                continue
            seen.add(name)
            unique.append(tool)
        return unique

    async def call(self, tool: str, arguments: dict[str, Any], timeout_s: float) -> mcp_types.CallToolResult:
        await self.ensure()
        client = self._client
        if client is None or self.status.state != "ready":
            raise ToolError(QT_TR_NOOP('The MCP server "{server}" is not available: {reason}'),
                            server=self.config.name, reason=self.status.reason or self.status.state)
        try:
            result = await client.call_tool(tool, arguments, read_timeout_seconds=timeout_s)
        except MCPError as exc:
            if exc.code == mcp_types.REQUEST_TIMEOUT:
                raise ToolTimeoutError(QT_TR_NOOP("{name} did not finish within {seconds} seconds"),
                                       name=tool, seconds=f"{timeout_s:g}") from exc
            if exc.code == mcp_types.CONNECTION_CLOSED:
                self._lost(exc)
                raise ToolError(QT_TR_NOOP('The MCP server "{server}" stopped during the call: {error}'),
                                server=self.config.name, error=exc.message[:500]) from exc
            raise ToolError(QT_TR_NOOP('The MCP server "{server}" answered an error: {error}'),
                            server=self.config.name, error=exc.message[:500]) from exc
        except Exception as exc:  # a broken connection, a malformed reply: this server's failure, not the app's
            self._lost(exc)
            raise ToolError(QT_TR_NOOP('The MCP server "{server}" failed during the call: {error}'),
                            server=self.config.name, error=_describe(exc)) from exc
        self.failures = 0
        return result

    def _lost(self, exc: BaseException) -> None:
        if self.status.state == "ready" and not self._stop.is_set():
            self._fail(QT_TR_NOOP("the connection was lost: {error}"), error=_describe(exc))
            self._stop.set()

    async def stop(self) -> None:
        self._stop.set()
        task = self._task
        if task is not None and not task.done():
            # The SDK's own shutdown is bounded (stdin close, SIGTERM, SIGKILL: ~6 s); a stuck one is cancelled.
            done, _ = await asyncio.wait({task}, timeout=10.0)
            if not done:
                task.cancel()
                await asyncio.wait({task}, timeout=2.0)


def _describe(exc: BaseException) -> str:
    """A failure in one line; an exception group (anyio's task groups) is described by its first real cause."""
    while isinstance(exc, BaseExceptionGroup) and exc.exceptions:
        exc = exc.exceptions[0]
    if isinstance(exc, MCPError):
        return exc.message[:300]
    text = str(exc).strip()
    return f"{type(exc).__name__}: {text[:300]}" if text else type(exc).__name__


class McpServers:
    """The configured MCP servers (ToolProvider). Thread-safe: called from worker threads and the GUI thread
    (status, close); its servers live on its own event-loop thread, started on first use. `on_status` is called
    on that thread at every change (a Qt owner re-emits it as a signal). Disabled servers are left out; to apply
    an edited mcp.json, close() this one and build another."""

    def __init__(self, config: McpConfig | Sequence[McpServerConfig], *, start_timeout_s: float = 30.0,
                 max_attempts: int = 3, on_status: Callable[[McpServerStatus], None] | None = None) -> None:
        servers = config.enabled() if isinstance(config, McpConfig) else tuple(config)
        self.start_timeout_s, self.max_attempts, self._on_status = start_timeout_s, max_attempts, on_status
        self._lock = threading.Lock()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._closed = False
        self._servers = {server.name: _Server(self, server) for server in servers}

    # -- the loop thread -------------------------------------------------------------------------------------

    def _running_loop(self) -> asyncio.AbstractEventLoop:
        with self._lock:
            if self._closed:
                raise ToolError(QT_TR_NOOP("The MCP servers were shut down"))
            if self._loop is None:
                loop = asyncio.new_event_loop()
                thread = threading.Thread(target=self._serve, args=(loop,), name="mcp-servers", daemon=True)
                self._loop, self._thread = loop, thread
                thread.start()
            return self._loop

    @staticmethod
    def _serve(loop: asyncio.AbstractEventLoop) -> None:
        asyncio.set_event_loop(loop)
        try:
            loop.run_forever()
        finally:
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.run_until_complete(loop.shutdown_default_executor())
            loop.close()

    def wait(self, work: Coroutine[Any, Any, _T], cancel: threading.Event | None, timeout_s: float,
             what: str = "MCP") -> _T:
        """Run `work` on the loop; wait at most `timeout_s`, and stop waiting (cancelling it) at `cancel`."""
        if threading.current_thread() is self._thread:
            work.close()
            raise RuntimeError("McpServers.wait called on its own loop thread")
        try:
            loop = self._running_loop()
        except ToolError:
            work.close()
            raise
        future = asyncio.run_coroutine_threadsafe(work, loop)
        deadline = time.monotonic() + max(timeout_s, 0.0)
        while True:
            try:
                return future.result(timeout=max(min(_POLL_S, deadline - time.monotonic()), 0.0))
            except TimeoutError:
                if future.done():
                    raise
                if cancel is not None and cancel.is_set():
                    future.cancel()
                    raise ToolError(QT_TR_NOOP("The call to {name} was stopped"), name=what) from None
                if time.monotonic() >= deadline:
                    future.cancel()
                    raise ToolTimeoutError(QT_TR_NOOP("{name} did not finish within {seconds} seconds"),
                                           name=what, seconds=f"{timeout_s:g}") from None

    def report(self, status: McpServerStatus) -> None:
        if self._on_status is not None:
            try:
                self._on_status(self.status_of(status.name) or status)
            except Exception:  # a listener's bug must not stop a server's supervision
                log.warning("MCP status listener failed", exc_info=True)

    # -- the public side --------------------------------------------------------------------------------------

    def names(self) -> list[str]:
        return list(self._servers)

    def status(self) -> list[McpServerStatus]:
        return [status for name in self._servers if (status := self.status_of(name)) is not None]

    def status_of(self, name: str) -> McpServerStatus | None:
        server = self._servers.get(name)
        if server is None:
            return None
        status = server.status
        if status.state == "failed":
            status = replace(status, stderr_tail=server.stderr.lines())
        return status

    def tools(self) -> list[Tool]:
        """Every ready server's tools; servers not started yet are started now (this blocks: call it on a worker
        thread). A server that fails to start offers no tools and shows "failed"."""
        if not self._servers or self._closed:
            return []

        async def start_all() -> None:
            await asyncio.gather(*(server.ensure() for server in self._servers.values()))

        try:
            self.wait(start_all(), None, self.start_timeout_s + 15.0, what="MCP servers")
        except ToolError as exc:
            log.warning("MCP servers did not all start: %s", exc)
        return [tool for server in self._servers.values() if server.status.state == "ready" for tool in server.tools]

    def start(self, name: str) -> McpServerStatus | None:
        """Start (or retry) one server now, its retry count reset (Settings' "Restart"); blocks until it settles."""
        server = self._servers.get(name)
        if server is None:
            return None

        async def restart() -> None:
            await server.stop()
            server.failures = 0
            await server.ensure()

        try:
            self.wait(restart(), None, self.start_timeout_s + 15.0, what=name)
        except ToolError as exc:
            log.warning("MCP server %r did not restart: %s", name, exc)
        return self.status_of(name)

    def close(self) -> None:
        """Stop every server (their process groups included) and the loop thread; called at app exit. Never
        raises; safe to call twice."""
        with self._lock:
            self._closed = True
            loop, thread = self._loop, self._thread
            self._loop = None
        if loop is None or thread is None:
            return

        async def stop_all() -> None:
            current = asyncio.current_task()
            runners = {server._task for server in self._servers.values()}
            for task in asyncio.all_tasks():
                if task is not current and task not in runners:
                    task.cancel()  # calls in flight: their callers have been told or will time out
            await asyncio.gather(*(server.stop() for server in self._servers.values()))

        try:
            asyncio.run_coroutine_threadsafe(stop_all(), loop).result(timeout=20.0)
        except Exception as exc:
            log.warning("MCP servers did not all stop cleanly: %s", exc)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(10.0)
        for server in self._servers.values():
            server.stderr.join(5.0)
