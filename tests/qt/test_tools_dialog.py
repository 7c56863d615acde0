"""The Tools dialog (issue 14, Settings): tools with their source and "Always allow" for read-only ones, MCP servers
of a real mcp.json run as real SDK servers (tests/tools/mcp_servers: a ready one and one that crashes at start)
with their statuses, and edits of mcp.json (add, remove, reload after an edit by hand)."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QCheckBox, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from desktop_llm.controllers.tools_controller import ServerRow, ToolsController
from desktop_llm.core.settings_schema import AppSettings, settings_from_dict
from desktop_llm.services.storage.settings_store import SettingsStore
from desktop_llm.services.tools.builtin_tools import Calculator, CurrentDatetime
from desktop_llm.services.tools.mcp_setup import McpSetup
from desktop_llm.ui.mcp_server_form import McpServerForm, parse_pairs
from desktop_llm.ui.tools_dialog import ToolsDialog, add_tools_dialog

SERVERS = Path(__file__).resolve().parent.parent / "tools" / "mcp_servers"
WAIT_MS = 60_000
pytestmark = pytest.mark.usefixtures("english")


def _stdio(script: str) -> dict[str, Any]:
    return {"command": sys.executable, "args": [str(SERVERS / script)]}


@pytest.fixture
def mcp_file(tmp_path: Path) -> Path:
    path = tmp_path / "mcp.json"
    path.write_text(json.dumps({"mcpServers": {"notes": _stdio("two_tools.py"), "broken": _stdio("crash_at_start.py")},
                                "otherApp": {"keep": True}}), encoding="utf-8")
    return path


@pytest.fixture
def controller(qtbot: QtBot, mcp_file: Path) -> Iterator[ToolsController]:
    made = ToolsController(McpSetup(mcp_file, start_timeout_s=20.0, max_attempts=1),
                           lambda: [CurrentDatetime.spec, Calculator.spec])
    yield made
    made.shutdown()


def _settled(controller: ToolsController, *names: str) -> bool:
    return all(controller.rows.get(name) is not None and controller.rows[name].state in ("ready", "failed")
               for name in names)


def _open(qtbot: QtBot, controller: ToolsController) -> ToolsDialog:
    """The dialog, once its first listing is in: every server started (or failed) and every tool listed."""
    with qtbot.waitSignal(controller.servers_listed, timeout=WAIT_MS):
        dialog = ToolsDialog(controller)
    qtbot.addWidget(dialog)
    dialog.show()
    assert _settled(controller, "notes", "broken")
    return dialog


def _text(table: Any, row: int, column: int) -> str:
    item = table.item(row, column)
    assert item is not None
    return str(item.text())


def _row_of(table: Any, text: str) -> int:
    rows = [row for row in range(table.rowCount()) if table.item(row, 0) and table.item(row, 0).text() == text]
    assert rows, f"{text} is not listed"
    return rows[0]


def _chip(dialog: ToolsDialog, name: str) -> str:
    holder = dialog.servers_table.cellWidget(_row_of(dialog.servers_table, name), 1)
    chip = holder.findChild(QLabel)
    assert chip is not None
    return chip.text()


def test_statuses_of_a_ready_and_a_crashing_server(qtbot: QtBot, controller: ToolsController) -> None:
    dialog = _open(qtbot, controller)
    assert _chip(dialog, "notes") == "Ready · 2 tools"
    assert _chip(dialog, "broken") == "Failed"
    dialog.servers_table.selectRow(_row_of(dialog.servers_table, "broken"))
    qtbot.waitUntil(lambda: "fatal: the configuration is broken" in dialog.stderr_box.toPlainText(), timeout=WAIT_MS)
    assert dialog.stderr_box.isReadOnly() and dialog.stderr_box.isVisible()
    assert "stopped before it was ready" in dialog.reason.text()
    assert dialog.retry_button.isEnabled()
    dialog.servers_table.selectRow(_row_of(dialog.servers_table, "notes"))
    assert not dialog.stderr_box.isVisible() and not dialog.reason.isVisible()
    # The tools: built-in ones first, then the ready server's, with where each comes from.
    tools = dialog.tools_table
    names = [_text(tools, row, 0) for row in range(tools.rowCount())]
    assert names == ["current_datetime", "calculator", "notes__add", "notes__write_note"]
    assert _text(tools, _row_of(tools, "calculator"), 1) == "Built-in"
    assert _text(tools, _row_of(tools, "notes__add"), 1) == "notes"
    assert _text(tools, _row_of(tools, "notes__write_note"), 2) == "Asks every time"
    assert tools.cellWidget(_row_of(tools, "notes__write_note"), 2) is None
    assert _text(tools, _row_of(tools, "notes__add"), 3) == "Add two integers."


class _Host(QObject):
    """What add_tools_dialog reads of a MainWindow, over a real settings file."""

    closed = Signal()

    def __init__(self, store: SettingsStore) -> None:
        super().__init__()
        self._store = store
        self.settings = store.load()

    def save_settings(self, settings: AppSettings) -> None:
        self.settings = settings
        self._store.save(settings)


class _ChatTools:
    def __init__(self) -> None:
        self.allowed: list[str] = []

    def set_always_allowed(self, names: list[str]) -> None:
        self.allowed = list(names)

    def specs(self) -> list[Any]:
        return []


def test_always_allow_is_saved_for_read_only_tools_only(qtbot: QtBot, controller: ToolsController,
                                                        tmp_path: Path) -> None:
    store = SettingsStore(tmp_path / "settings.json")
    host, chat = _Host(store), _ChatTools()
    add_tools_dialog(host, controller, chat)
    dialog = _open(qtbot, controller)
    tools = dialog.tools_table
    box = tools.cellWidget(_row_of(tools, "notes__add"), 2).findChild(QCheckBox)
    assert box is not None and not box.isChecked()
    with qtbot.waitSignal(controller.always_allowed_changed):
        box.click()
    assert store.load().tools_always_allow == ("notes__add",)
    assert chat.allowed == ["notes__add"]
    controller.set_always_allowed("notes__write_note", True)  # it writes: refused
    assert store.load().tools_always_allow == ("notes__add",)
    box.click()
    assert store.load().tools_always_allow == ()


def test_add_and_remove_a_server_write_mcp_json_and_reload_applies_it(qtbot: QtBot, controller: ToolsController,
                                                                      mcp_file: Path) -> None:
    dialog = _open(qtbot, controller)
    form = dialog._open_form(None)
    form.name_edit.setText("more")
    form.command_edit.setText(sys.executable)
    form.args_edit.setText(f"'{SERVERS / 'two_tools.py'}'")
    form.env_edit.setPlainText("TOKEN=a=b\n\nLEVEL = debug")
    with qtbot.waitSignal(controller.servers_listed, timeout=WAIT_MS):
        form._on_save_clicked()
    saved = json.loads(mcp_file.read_text(encoding="utf-8"))
    assert saved["mcpServers"]["more"] == {**_stdio("two_tools.py"), "env": {"TOKEN": "a=b", "LEVEL": "debug"}}
    assert saved["otherApp"] == {"keep": True} and list(saved["mcpServers"]) == ["notes", "broken", "more"]
    # The file is read again and its servers started: the new one is ready, its tools listed.
    assert controller.rows["more"].state == "ready" and controller.rows["more"].tool_count == 2
    assert _chip(dialog, "more") == "Ready · 2 tools"
    assert "more__add" in [spec.name for spec in controller.specs]
    dialog.servers_table.selectRow(_row_of(dialog.servers_table, "broken"))
    dialog.remove_button.click()
    assert isinstance(dialog.confirm, QMessageBox)
    with qtbot.waitSignal(controller.servers_listed, timeout=WAIT_MS):
        dialog.confirm.button(QMessageBox.StandardButton.Yes).click()
    assert list(json.loads(mcp_file.read_text(encoding="utf-8"))["mcpServers"]) == ["notes", "more"]
    table = dialog.servers_table
    assert [_text(table, row, 0) for row in range(table.rowCount())] == ["notes", "more"]
    # An edit by hand (the user's editor), then Reload: the file as it is now, and its servers started again.
    edited = json.loads(mcp_file.read_text(encoding="utf-8"))
    edited["mcpServers"] = {"renamed": _stdio("two_tools.py"), "off": {**_stdio("two_tools.py"), "disabled": True},
                            "bad": {"command": "x", "url": "http://y"}}
    mcp_file.write_text(json.dumps(edited), encoding="utf-8")
    with qtbot.waitSignal(controller.servers_listed, timeout=WAIT_MS):
        dialog.reload_button.click()
    assert [row.name for row in controller.rows.values()] == ["renamed", "off", "bad"]
    assert controller.rows["renamed"].state == "ready"
    assert controller.rows["off"].state == "disabled" and _chip(dialog, "off") == "Disabled"
    assert controller.rows["bad"].state == "invalid" and '"command" and "url"' in controller.rows["bad"].reason
    assert [spec.name for spec in controller.specs] == ["current_datetime", "calculator", "renamed__add",
                                                        "renamed__write_note"]
    # The chat's registry reads the same tools through the provider (on the GUI thread: those last listed).
    assert [tool.spec.name for tool in controller.provider.tools()] == ["renamed__add", "renamed__write_note"]


def test_the_gui_thread_never_waits_for_a_server_to_start(qtbot: QtBot, controller: ToolsController) -> None:
    assert controller.provider.tools() == []  # nothing listed yet: nothing started here either
    servers = controller.provider.current()
    assert servers is not None and {status.state for status in servers.status()} == {"stopped"}


def test_a_file_that_is_not_json_is_reported_and_never_overwritten(qtbot: QtBot, controller: ToolsController,
                                                                   mcp_file: Path) -> None:
    mcp_file.write_text("{ not json", encoding="utf-8")
    dialog = ToolsDialog(controller)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(controller.failed, timeout=WAIT_MS):
        dialog.reload_button.click()
    assert "not valid JSON" in dialog.note.text()
    with qtbot.waitSignal(controller.failed, timeout=WAIT_MS):
        controller.add_server("x", _stdio("two_tools.py"))
    assert mcp_file.read_text(encoding="utf-8") == "{ not json"


def test_the_form_gives_mcp_json_entries(qtbot: QtBot) -> None:
    form = McpServerForm("remote", {"url": "https://example.com/mcp", "headers": {"Authorization": "Bearer t"}})
    qtbot.addWidget(form)
    assert form.http_radio.isChecked()
    assert form.entry() == ("remote", {"url": "https://example.com/mcp", "headers": {"Authorization": "Bearer t"}})
    form.headers_edit.setPlainText("no separator here")
    assert form.entry() == "Headers, line 1: write Name: value"
    form.stdio_radio.setChecked(True)
    assert form.entry() == "Give the command that starts the server."
    form.command_edit.setText("npx")
    form.args_edit.setText('-y "@scope/server x"')
    assert form.entry() == ("remote", {"command": "npx", "args": ["-y", "@scope/server x"]})
    assert parse_pairs("A=1\nB", "=") == ({"A": "1"}, 2)


def test_settings_keep_valid_always_allowed_tool_names() -> None:
    settings = settings_from_dict({"version": 3, "tools_always_allow": ["calculator", "bad name!", 7, "calculator",
                                                                        "notes__add"]})
    assert settings.tools_always_allow == ("calculator", "notes__add")
    assert settings_from_dict({"version": 3, "tools_always_allow": "calculator"}).tools_always_allow == ()
    assert settings_from_dict(AppSettings(tools_always_allow=("x",)).to_dict()).tools_always_allow == ("x",)


def test_status_label_of_each_state() -> None:
    from desktop_llm.ui.tools_dialog import status_label

    assert status_label(ServerRow("a", {}, "ready", 1)) == ("Ready · 1 tool", "success")
    assert status_label(ServerRow("a", {}, "starting")) == ("Starting…", "info")
    assert status_label(ServerRow("a", {}, "stopped")) == ("Not started", "")
    assert ServerRow("a", {"command": "npx", "args": ["-y", "a b"]}, "stopped").summary == "npx -y 'a b'"
