"""An MCP server whose `wait` tool never returns; with `--at-start` it never answers the handshake either.
Writes its pid to $MCP_TEST_PID_FILE when set (issue 14 tests)."""

from __future__ import annotations

import os
import sys
import time

from mcp.server.mcpserver import MCPServer

server = MCPServer("hang")


@server.tool(description="Wait forever.")
def wait() -> str:
    time.sleep(3600)
    return "never"


if __name__ == "__main__":
    pid_file = os.environ.get("MCP_TEST_PID_FILE")
    if pid_file:
        with open(pid_file, "w") as handle:
            handle.write(str(os.getpid()))
    if "--at-start" in sys.argv:
        time.sleep(3600)
    server.run()
