"""Tools in chat (issue 14) as a user's window holds them, for the layout check (tests/layout_scenes.py) and the
screenshots (scripts/screenshot_scenes.py): a model whose template writes tools (a copy of a model with Qwen 2.5's
tool template written in), a chat whose reply made tool calls (a calculator call, a file read, a call the user
denied) with a second reply waiting for the user's approval of a run_python call, the tools chip's menu, and the
Tools dialog with an MCP server that is ready and one that failed at start (the test servers of
tests/tools/mcp_servers, real SDK servers), and its Add server form.

The finished reply's calls are seeded in its meta as the chat writes them (core/tool_meta.py); the approval card is
asked through the reply's ToolCallsView, as app_tools asks it when the tool loop waits for the user."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

Wait = Callable[[float, Callable[[], bool]], None]

ROOT = Path(__file__).resolve().parent.parent
TEMPLATE = ROOT / "tests" / "fixtures" / "chat_templates" / "Qwen-Qwen2.5-7B-Instruct.jinja"
SERVERS = ROOT / "tests" / "tools" / "mcp_servers"
TOOL_MODEL = "SmolLM2-135M-Instruct-tools.Q4_1.gguf"  # the starter's weights, Qwen 2.5's tool template
CHAT_TITLE = "My share of the rent"
QUESTION = "What is 17.5 % of the 2,340 € rent, and what do my budget notes say about it?"
ROUND_TEXT = "I'll work out your share and read your budget notes."
NOTES = ("# Budget 2025\n\nRent: 2,340 € a month, shared with Sam; 17.5 % is mine (the small room).\n"
         "Electricity: Sam pays it, we settle every quarter.\n")
ANSWER = ("Your share of the rent is **409.50 €** a month (17.5 % of 2,340 €). Your budget notes say the rest is "
          "Sam's, and that Sam pays the electricity, settled every quarter. I did not list the rest of the folder, "
          "since you declined that.")
FOLLOW_UP = "The rent went up in March and in June. Check my total for the first half of the year with Python."
WAITING_TEXT = "I'll add it up with a short Python script."
CODE = """rent = [2340, 2340, 2410, 2410, 2410, 2480]  # January to June
share = [round(month * 0.175, 2) for month in rent]
print("total:", round(sum(share), 2))
print("average:", round(sum(share) / len(share), 2))
"""


def _call(call_id: str, name: str, arguments: dict[str, Any], status: str, content: str, seconds: float,
          decision: str) -> dict[str, Any]:
    return {"id": call_id, "name": name, "arguments": json.dumps(arguments, ensure_ascii=False), "status": status,
            "content": content, "seconds": seconds, "truncated": False, "decision": decision}


def tool_rounds(folder: Path) -> list[dict[str, Any]]:
    """The finished reply's rounds as core/tool_meta.rounds_to_meta writes them: the calculator and a file read
    (allowed), then a folder listing the user denied (its result is what the model was told)."""
    notes = str(folder / "notes.md")
    return [
        {"text": ROUND_TEXT, "calls": [
            _call("call_calc", "calculator", {"expression": "2340 * 17.5 / 100"}, "ok", "409.5", 0.01, "allow_chat"),
            _call("call_read", "read_file", {"path": notes}, "ok", NOTES, 0.02, "allow_once")]},
        {"text": "", "calls": [
            _call("call_list", "list_folder", {"path": str(folder)}, "denied", "The user denied this call.", 0.0,
                  "deny")]},
    ]


def write_budget(root: Path) -> Path:
    """The folder the user granted to the file tools, with the notes the reply read."""
    folder = root / "Budget"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "notes.md").write_text(NOTES, encoding="utf-8")
    return folder


def seed_tool_chat(store: Any, conversation_id: int, folder: Path, model: str) -> int:
    """The question, the reply with its calls, the follow-up and the reply under way (as the chat stores a reply
    while it is written: partial, its text so far); returns the id of the reply under way."""
    question = store.add_message(conversation_id, None, "user", QUESTION)
    reply = store.add_message(conversation_id, question.id, "assistant", ANSWER,
                              meta={"model": model, "tools": tool_rounds(folder)})
    follow_up = store.add_message(conversation_id, reply.id, "user", FOLLOW_UP)
    waiting = store.add_message(conversation_id, follow_up.id, "assistant", WAITING_TEXT, "partial", {"model": model})
    return int(waiting.id)


def write_mcp_json(config_dir: Path) -> Path:
    """mcp.json with a server that starts (two tools) and one that dies at start (its stderr says why)."""
    config_dir.mkdir(parents=True, exist_ok=True)
    path = config_dir / "mcp.json"
    servers = {"notes": {"command": sys.executable, "args": [str(SERVERS / "two_tools.py")]},
               "calendar": {"command": sys.executable, "args": [str(SERVERS / "crash_at_start.py")]}}
    path.write_text(json.dumps({"mcpServers": servers}, indent=2), encoding="utf-8")
    return path


def write_tool_model(models_dir: Path, weights: Path | None = None) -> Path:
    """A model whose template writes tools: `weights` (the real starter, for the screenshots' real engine) or a
    tiny file (the stand-in engine reads only its header) with Qwen 2.5's tool template written in."""
    import tqdm

    from tests.gguf_fixtures import recommending_gguf, with_chat_template

    models_dir.mkdir(parents=True, exist_ok=True)
    target = models_dir / TOOL_MODEL
    if target.exists():
        return target
    interval = tqdm.tqdm.monitor_interval
    tqdm.tqdm.monitor_interval = 0  # the writer's progress bar leaves no monitor thread behind (tests count them)
    try:
        base = weights or recommending_gguf(models_dir.parent / "tool-model-base.gguf", {}, name="SmolLM2-135M")
        with_chat_template(base, target, TEMPLATE.read_text(encoding="utf-8"))
        if weights is None:
            base.unlink()
    finally:
        tqdm.tqdm.monitor_interval = interval
    return target


def seed_tools(paths: Any, store: Any) -> None:
    """Before the window opens: the tool model in the library, mcp.json, and the chat with tool calls."""
    from desktop_llm.services.tools.mcp_config import mcp_config_path

    model = write_tool_model(paths.models_dir)
    write_mcp_json(mcp_config_path(paths).parent)
    chat = store.create_conversation(CHAT_TITLE)
    seed_tool_chat(store, chat.id, write_budget(paths.data_dir.parent / "Documents"), str(model))


def use_model(window: Any, path: str, wait: Wait) -> None:
    """Choose `path` as the toolbar's picker does, and wait until it is loaded."""
    if window.model_combo.findData(path) < 0:  # a file just written to the models folder: the library reads it
        library = window.models_page.library
        library.refresh()
        wait(30, lambda: not library.scanning() and any(m.path == path for m in library.models()))
        window.refresh_models()
    window.chat_with_model(path)
    from desktop_llm.controllers.i18n import tr

    ready = tr("Ready: {name} · context {n_ctx}").split("{name}")[0]  # the window's own words, in its language
    name = Path(path).name
    wait(60, lambda: window.model_status.text().startswith(ready) and name in window.model_status.text())


def open_tool_chat(window: Any, wait: Wait) -> tuple[str, int | None] | None:
    """The tool model chosen, the chat with tool calls opened, its calculator call unfolded, three tools on and
    the budget folder granted (as the user does through the chip), and the approval card of the reply under way.
    Returns what to go back to (close_tool_chat): the model and the chat open before; None without such a chat."""
    chat, combo = window.chat, window.model_combo
    target = next((c.id for c in chat.conversations() if c.title == CHAT_TITLE), None)
    before = (combo.currentData(), chat.conversation.id if chat.conversation is not None else None)
    path = next((combo.itemData(i) for i in range(combo.count()) if str(combo.itemData(i)).endswith(TOOL_MODEL)),
                None)
    if target is None or path is None:
        return None
    use_model(window, str(path), wait)
    chat.open_conversation(target)
    show_tool_state(window, wait)
    return before


def show_tool_state(window: Any, wait: Wait) -> None:
    """Tools on and the folder granted for the open chat, the calculator call unfolded, the approval card shown."""
    tools = window.chat_tools
    if not tools.state.enabled:
        tools.set_enabled(["calculator", "read_file", "list_folder", "run_python"])
    if not tools.state.folders:
        node = next(n for n in chat_path(window) if n.role == "assistant" and "tools" in n.meta_dict())
        notes = json.loads(node.meta_dict()["tools"][0]["calls"][1]["arguments"])["path"]
        tools.grant_folder(str(Path(notes).parent))
    wait(10, lambda: window.chat_panel.tools_chip.isEnabled())
    panel = window.chat_panel
    finished = [n for n in chat_path(window) if n.role == "assistant" and n.status == "complete"]
    view = panel.tool_calls(finished[-1].id) if finished else None
    if view is not None:
        first = next(iter(view.calls.values()), None)
        if first is not None and not first.expanded:
            first.header.setChecked(True)
    ask_approval(window)


def chat_path(window: Any) -> list[Any]:
    return list(window.chat.visible_path())


def ask_approval(window: Any) -> Any:
    """The run_python card on the reply under way (again after a theme change redrew the messages); the card."""
    from desktop_llm.core.tool_types import ToolCallRequest

    waiting = [n for n in chat_path(window) if n.role == "assistant" and n.status == "partial"]
    view = window.chat_panel.tool_calls(waiting[-1].id) if waiting else None
    if view is None:
        return None
    if view.cards():
        return view.cards()[0]
    spec = next((s for s in window.chat_tools.specs() if s.name == "run_python"), None)
    return view.ask(ToolCallRequest("call_python", "run_python", json.dumps({"code": CODE})), spec)


def close_tool_chat(window: Any, before: tuple[str, int | None], wait: Wait) -> None:
    model, conversation = before
    if model:
        use_model(window, str(model), wait)
    if conversation is not None:
        window.chat.open_conversation(conversation)


def open_chip_menu(window: Any) -> Any:
    """The tools chip's menu, opened above the chip as a click opens it at the foot of the window."""
    from PySide6.QtCore import QPoint

    chip = window.chat_panel.tools_chip
    menu = chip.popup
    menu.popup(chip.mapToGlobal(QPoint(0, 0)))  # aboutToShow fills it; then placed where it fits
    menu.move(chip.mapToGlobal(QPoint(0, -menu.sizeHint().height())))
    return menu


def tools_dialog(window: Any, wait: Wait) -> Any:
    """The Tools dialog over the window once both servers have settled (ready, failed), the failed one chosen."""
    from desktop_llm.ui.tools_dialog import ToolsDialog

    controller = window.tools_settings
    dialog = ToolsDialog.open_for(controller, window)
    wait(60, lambda: all(row.state in ("ready", "failed") for row in controller.rows.values())
         and len(controller.rows) >= 2)
    table = dialog.servers_table
    rows = [item.text() if (item := table.item(r, 0)) is not None else "" for r in range(table.rowCount())]
    if "calendar" in rows:
        table.selectRow(rows.index("calendar"))
    wait(5, lambda: dialog.stderr_box.isVisible())
    return dialog


def add_server_form(dialog: Any) -> Any:
    """The Add server form, opened over the dialog by its button."""
    from desktop_llm.ui.mcp_server_form import McpServerForm

    dialog.add_button.click()
    forms = [f for f in dialog.findChildren(McpServerForm) if f.isVisible()]
    return forms[-1] if forms else None
