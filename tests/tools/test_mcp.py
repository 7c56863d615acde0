"""MCP servers (issue 14): mcp.json parsing and saving, and real SDK servers run as child processes (stdio) and
over loopback HTTP, supervised by McpServers."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import mcp_types
import pytest

from desktop_llm.core.errors import ToolError, ToolTimeoutError
from desktop_llm.core.tool_types import Tool
from desktop_llm.services.storage.paths import AppPaths
from desktop_llm.services.tools.mcp_client import McpServers
from desktop_llm.services.tools.mcp_config import (
    HttpServerConfig,
    McpConfigError,
    StdioServerConfig,
    load_mcp_config,
    mcp_config_path,
    parse_mcp_config,
    save_mcp_config,
)
from desktop_llm.services.tools.mcp_tools import exposed_name, result_text
from desktop_llm.services.tools.registry import ToolRegistry

SERVERS = Path(__file__).parent / "mcp_servers"


def _stdio(name: str, script: str, *args: str, env: dict[str, str] | None = None) -> StdioServerConfig:
    return StdioServerConfig(name, sys.executable, (str(SERVERS / script), *args), env or {})


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


@pytest.fixture
def servers_of() -> Iterator[list[McpServers]]:
    made: list[McpServers] = []
    yield made
    for servers in made:
        servers.close()


def _by_name(tools: list[Tool]) -> dict[str, Tool]:
    return {tool.spec.name: tool for tool in tools}


# -- mcp.json ----------------------------------------------------------------------------------------------------


def test_config_reads_claude_desktop_shape_and_keeps_the_rest(app_paths: AppPaths) -> None:
    text = json.dumps({
        "globalShortcut": "Ctrl+Space",
        "mcpServers": {
            "files": {"command": "npx", "args": ["-y", "@x/files", "/tmp"], "env": {"K": "v"}, "cwd": "/tmp",
                      "autoApprove": ["read"]},
            "remote": {"url": "https://example.com/mcp", "headers": {"Authorization": "Bearer t"}, "disabled": True},
            "broken": {"command": "a", "url": "http://b"},
        },
    })
    config = parse_mcp_config(text)
    files, remote = config.servers
    assert isinstance(files, StdioServerConfig) and files.args == ("-y", "@x/files", "/tmp") and files.cwd == "/tmp"
    assert isinstance(remote, HttpServerConfig) and remote.disabled and remote.headers["Authorization"] == "Bearer t"
    assert [server.name for server in config.enabled()] == ["files"]
    assert [problem.name for problem in config.problems] == ["broken"]
    assert '"command" and "url"' in str(config.problems[0].error)

    path = mcp_config_path(app_paths)
    save_mcp_config(path, config)
    saved = json.loads(path.read_text("utf-8"))
    assert saved == json.loads(text)  # unknown keys, unknown fields and the broken entry all survive
    assert load_mcp_config(path).servers == config.servers


@pytest.mark.parametrize(("text", "words"), [
    ("{not json", "not valid JSON"),
    ("[]", "JSON object"),
    ('{"mcpServers": []}', '"mcpServers"'),
    # Nested past the recursion limit: json.loads raises RecursionError; the app reads mcp.json as it starts.
    ('{"mcpServers": ' + "[" * 100_000 + "}", "not valid JSON"),
])
def test_config_file_errors(text: str, words: str) -> None:
    with pytest.raises(McpConfigError, match=words):
        parse_mcp_config(text, source="mcp.json")


@pytest.mark.parametrize(("entry", "words"), [
    ({"args": ["x"]}, 'needs "command"'),
    ({"command": "a", "url": "http://b"}, 'both "command" and "url"'),
    ({"command": ""}, '"command" must be non-empty'),
    ({"command": "a", "args": "x y"}, '"args" must be a list'),
    ({"command": "a", "env": {"K": 1}}, '"env" must be an object of texts'),
    ({"url": "ftp://host/mcp"}, "http:// or https://"),
    ({"url": "http://host/sse", "type": "sse"}, "not supported"),
    ({"command": "a", "disabled": "yes"}, "true or false"),
])
def test_config_server_errors_name_the_server(entry: object, words: str) -> None:
    config = parse_mcp_config(json.dumps({"mcpServers": {"bad one": entry, "good": {"command": "ok"}}}))
    assert [server.name for server in config.servers] == ["good"]
    (problem,) = config.problems
    assert problem.name == "bad one"
    assert '"bad one"' in str(problem.error) and words in str(problem.error)


def test_missing_file_is_no_servers(tmp_path: Path) -> None:
    assert load_mcp_config(tmp_path / "mcp.json").servers == ()


# -- names and results ---------------------------------------------------------------------------------------------


def test_exposed_names_stay_within_the_rule() -> None:
    assert exposed_name("my.server", "read file") == "my_server__read_file"
    long_a, long_b = exposed_name("s" * 40, "t" * 40 + "a"), exposed_name("s" * 40, "t" * 40 + "b")
    assert len(long_a) == 64 and long_a != long_b


def test_results_as_text() -> None:
    result = mcp_types.CallToolResult(content=[
        mcp_types.TextContent(type="text", text="first"),
        mcp_types.ImageContent(type="image", data="AAAA", mime_type="image/png"),
        mcp_types.TextContent(type="text", text="x" * 20_000),
    ])
    text = result_text("s", "t", result)
    assert text.startswith("first\n[image: image/png, 3 bytes]\nxxx")
    assert len(text) < 16_200 and "more characters cut" in text
    with pytest.raises(ToolError, match="disk full"):
        result_text("s", "t", mcp_types.CallToolResult(content=[mcp_types.TextContent(type="text", text="disk full")],
                                                      is_error=True))


# -- real servers over stdio ---------------------------------------------------------------------------------------


def test_stdio_server_tools_calls_and_close(tmp_path: Path, servers_of: list[McpServers]) -> None:
    pid_file = tmp_path / "pid"
    statuses: list[str] = []
    servers = McpServers([_stdio("demo", "two_tools.py", env={"MCP_TEST_PID_FILE": str(pid_file)})],
                         on_status=lambda status: statuses.append(status.state))
    servers_of.append(servers)
    assert servers.status_of("demo") is not None and servers.status_of("demo").state == "stopped"  # type: ignore[union-attr]
    assert not pid_file.exists()  # started on demand, not when configured

    tools = _by_name(servers.tools())
    assert sorted(tools) == ["demo__add", "demo__write_note"]
    assert tools["demo__add"].spec.read_only and not tools["demo__write_note"].spec.read_only
    assert tools["demo__add"].spec.source == "mcp:demo"
    assert tools["demo__add"].spec.parameters["properties"].keys() == {"a", "b"}
    assert servers.status() [0].state == "ready" and servers.status()[0].tool_count == 2
    assert statuses[:2] == ["starting", "ready"]

    never = threading.Event()
    assert tools["demo__add"].run({"a": 2, "b": 40}, never, 30.0) == "42"
    assert tools["demo__write_note"].run({"text": "hello"}, never, 30.0) == "noted: hello"
    with pytest.raises(ToolError, match="the note could not be written"):
        tools["demo__write_note"].run({"text": "fail"}, never, 30.0)

    pid = int(pid_file.read_text())
    assert _alive(pid)
    servers.close()
    assert not _alive(pid)
    with pytest.raises(ToolError):
        tools["demo__add"].run({"a": 1, "b": 1}, never, 5.0)


def test_through_the_registry(servers_of: list[McpServers]) -> None:
    from desktop_llm.core.tool_types import ToolCallRequest

    servers = McpServers([_stdio("demo", "two_tools.py")])
    servers_of.append(servers)
    registry = ToolRegistry(providers=[servers])
    assert [spec.name for spec in registry.specs()] == ["demo__add", "demo__write_note"]
    outcome = registry.run(ToolCallRequest("call_1", "demo__add", '{"a": 1, "b": 2}'), threading.Event())
    assert (outcome.status, outcome.content) == ("ok", "3")


def test_crash_at_start_is_a_status_with_stderr(servers_of: list[McpServers]) -> None:
    servers = McpServers([_stdio("crashy", "crash_at_start.py"), _stdio("demo", "two_tools.py")], max_attempts=2)
    servers_of.append(servers)
    assert sorted(_by_name(servers.tools())) == ["demo__add", "demo__write_note"]  # the others still work
    status = servers.status_of("crashy")
    assert status is not None and status.state == "failed" and status.attempts == 1
    assert status.reason and isinstance(status.error, ToolError) and str(status.error) == status.reason
    assert len(status.stderr_tail) == 20 and status.stderr_tail[-1] == "fatal: the configuration is broken"

    servers.tools()  # the next use tries again, until max_attempts
    servers.tools()
    status = servers.status_of("crashy")
    assert status is not None and status.attempts == 2


def test_crash_mid_call_costs_the_call_and_restarts(tmp_path: Path, servers_of: list[McpServers]) -> None:
    pid_file = tmp_path / "pid"
    servers = McpServers([_stdio("demo", "two_tools.py", env={"MCP_TEST_PID_FILE": str(pid_file)})])
    servers_of.append(servers)
    tools = _by_name(servers.tools())
    first = int(pid_file.read_text())
    with pytest.raises(ToolError, match="demo"):
        tools["demo__write_note"].run({"text": "crash"}, threading.Event(), 30.0)
    status = servers.status_of("demo")
    assert status is not None and status.state == "failed" and "about to crash" in status.stderr_tail
    # The next use starts it again.
    assert tools["demo__add"].run({"a": 1, "b": 1}, threading.Event(), 30.0) == "2"
    assert int(pid_file.read_text()) != first and not _alive(first)


def test_hanging_call_times_out_and_cancel_stops_waiting(tmp_path: Path, servers_of: list[McpServers]) -> None:
    pid_file = tmp_path / "pid"
    servers = McpServers([_stdio("hang", "hang.py", env={"MCP_TEST_PID_FILE": str(pid_file)})])
    servers_of.append(servers)
    wait = _by_name(servers.tools())["hang__wait"]
    with pytest.raises(ToolTimeoutError):
        wait.run({}, threading.Event(), 1.0)
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(ToolError, match="stopped"):
        wait.run({}, cancel, 30.0)
    pid = int(pid_file.read_text())
    servers.close()
    assert not _alive(pid)


def test_server_that_never_answers_fails_its_start(tmp_path: Path, servers_of: list[McpServers]) -> None:
    pid_file = tmp_path / "pid"
    servers = McpServers([_stdio("mute", "hang.py", "--at-start", env={"MCP_TEST_PID_FILE": str(pid_file)})],
                         start_timeout_s=2.0)
    servers_of.append(servers)
    assert servers.tools() == []
    status = servers.status_of("mute")
    assert status is not None and status.state == "failed" and "2 seconds" in status.reason
    assert not _alive(int(pid_file.read_text()))


def test_a_missing_program_is_a_failed_status(servers_of: list[McpServers]) -> None:
    servers = McpServers([StdioServerConfig("ghost", str(Path("/nonexistent/mcp-server")))])
    servers_of.append(servers)
    assert servers.tools() == []
    status = servers.status_of("ghost")
    assert status is not None and status.state == "failed" and status.reason


# -- a real server over Streamable HTTP ---------------------------------------------------------------------------


@pytest.fixture
def http_server() -> Iterator[str]:
    env = {**os.environ, "MCP_TEST_TOKEN": "secret-token"}
    process = subprocess.Popen([sys.executable, str(SERVERS / "two_tools.py"), "--http"], stdout=subprocess.PIPE,
                               env=env, start_new_session=True)
    try:
        assert process.stdout is not None
        port = int(process.stdout.readline())
        yield f"http://127.0.0.1:{port}/mcp"
    finally:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        if process.stdout is not None:
            process.stdout.close()


def test_streamable_http_server_with_a_header(http_server: str, servers_of: list[McpServers]) -> None:
    servers = McpServers([HttpServerConfig("web", http_server, {"X-Test-Token": "secret-token"}),
                          HttpServerConfig("nokey", http_server)], start_timeout_s=15.0)
    servers_of.append(servers)
    tools = _by_name(servers.tools())
    assert sorted(tools) == ["web__add", "web__write_note"]
    assert tools["web__add"].spec.read_only
    assert tools["web__add"].run({"a": 20, "b": 22}, threading.Event(), 30.0) == "42"
    refused = servers.status_of("nokey")
    assert refused is not None and refused.state == "failed" and refused.reason
