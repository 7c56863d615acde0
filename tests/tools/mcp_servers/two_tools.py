"""A tiny MCP server for the tests (issue 14): `add` (read-only) and `write_note` (writes; "fail" makes it
answer an error, "crash" makes the process die in the middle of the call).

stdio by default; `--http` serves Streamable HTTP on a free loopback port, prints the port on stdout, and refuses
requests without the header `X-Test-Token: <$MCP_TEST_TOKEN>`. Writes its pid to $MCP_TEST_PID_FILE when set.
"""

from __future__ import annotations

import os
import socket
import sys
from typing import Any

import anyio
from mcp.server.mcpserver import MCPServer
from mcp.server.mcpserver.exceptions import ToolError
from mcp.types import ToolAnnotations

server = MCPServer("two-tools")


@server.tool(description="Add two integers.", annotations=ToolAnnotations(read_only_hint=True))
def add(a: int, b: int) -> str:
    return str(a + b)


@server.tool(description="Write a note.", annotations=ToolAnnotations(read_only_hint=False))
def write_note(text: str) -> str:
    if text == "fail":
        raise ToolError("the note could not be written")
    if text == "crash":
        print("about to crash", file=sys.stderr, flush=True)
        os._exit(3)
    return f"noted: {text}"


def _serve_http() -> None:
    import uvicorn

    token = os.environ.get("MCP_TEST_TOKEN", "")
    app = server.streamable_http_app()

    async def guarded(scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] == "http":
            headers = dict(scope.get("headers", []))
            if headers.get(b"x-test-token", b"").decode() != token:
                await send({"type": "http.response.start", "status": 401, "headers": []})
                await send({"type": "http.response.body", "body": b"missing token"})
                return
        await app(scope, receive, send)

    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    print(sock.getsockname()[1], flush=True)
    config = uvicorn.Config(guarded, log_level="warning", lifespan="on")
    # The app's lifespan runs the session manager; uvicorn sends lifespan events to the wrapper, which passes
    # them on.
    anyio.run(uvicorn.Server(config).serve, [sock])


if __name__ == "__main__":
    pid_file = os.environ.get("MCP_TEST_PID_FILE")
    if pid_file:
        with open(pid_file, "w") as handle:
            handle.write(str(os.getpid()))
    if "--http" in sys.argv:
        _serve_http()
    else:
        server.run()
