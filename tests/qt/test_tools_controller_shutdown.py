"""ToolsController.shutdown while a reload is building a new set of MCP servers off the GUI thread: the set built
after the window closed is closed too (BackgroundOps.shutdown does not wait for the reload, which used to swap its
set in after shutdown's swap and then start its servers: child processes left running after the app quit)."""

from __future__ import annotations

import json
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pytestqt.qtbot import QtBot

from desktop_llm.controllers.tools_controller import ToolsController
from desktop_llm.services.tools.builtin_tools import Calculator
from desktop_llm.services.tools.mcp_client import McpServers
from desktop_llm.services.tools.mcp_setup import McpSetup

SERVERS = Path(__file__).resolve().parent.parent / "tools" / "mcp_servers"


class HeldSetup(McpSetup):
    """The real setup, its second build (the reload's) held until the test lets it go."""

    def __init__(self, path: Path) -> None:
        super().__init__(path, start_timeout_s=20.0, max_attempts=1)
        self.entered, self.release = threading.Event(), threading.Event()
        self.built: list[McpServers] = []
        self.thread: threading.Thread | None = None

    def servers(self, on_status: Callable[[Any], None]) -> McpServers:
        if self.built:
            self.thread = threading.current_thread()
            self.entered.set()
            assert self.release.wait(30)
        made = super().servers(on_status)
        self.built.append(made)
        return made


def test_a_reload_that_ends_after_shutdown_leaves_no_servers_running(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "mcp.json"
    path.write_text(json.dumps({"mcpServers": {"notes": {"command": sys.executable,
                                                         "args": [str(SERVERS / "two_tools.py")]}}}), encoding="utf-8")
    setup = HeldSetup(path)
    controller = ToolsController(setup, lambda: [Calculator.spec])
    controller.reload()
    assert setup.entered.wait(30)
    controller.shutdown()  # the window closes while the reload reads the file
    setup.release.set()
    assert setup.thread is not None
    setup.thread.join(60)
    assert controller.provider.current() is None
    assert [s.status()[0].state for s in setup.built] == ["stopped", "stopped"]
    for built in setup.built:
        built.close()  # without the fix: stops what the reload started, so the test fails on its assert only
