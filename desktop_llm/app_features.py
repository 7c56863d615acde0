"""Wiring of Knowledge (issue 12) and tools in chat (issue 14), called once by the composition root (app.py is at
its size limit): the Knowledge page and the attach control, then the chat's tools on the same knowledge base, the
Python sandbox, the MCP servers of the user's mcp.json (through the Tools dialog's controller, which owns them) and
the Tools dialog. The window keeps `knowledge`, `chat_tools` and `tools_settings` for tests and later wiring."""

from __future__ import annotations

from typing import Any

from desktop_llm.app_dataset import add_training_tools  # its imports are inside it: cheap at start

__all__ = ["add_knowledge_and_tools", "add_training_tools"]


def add_knowledge_and_tools(window: Any, services: Any, library: Any, downloads: Any, chat: Any) -> None:
    from desktop_llm.app_images import add_chat_images
    from desktop_llm.app_knowledge import add_knowledge_page
    from desktop_llm.app_tools import ToolCatalog, add_tools
    from desktop_llm.controllers.passage_context import PassageContext
    from desktop_llm.controllers.tools_controller import ToolsController
    from desktop_llm.services.tools.mcp_setup import McpSetup
    from desktop_llm.ui.tools_dialog import add_tools_dialog

    add_chat_images(window, chat)  # images in chat (issue 17)
    window.knowledge = add_knowledge_page(window, services, library, downloads, chat)
    base = window.knowledge.knowledge_base
    window.passage_context = PassageContext(base, window)  # a source's passage among its neighbours
    window.closed.connect(window.passage_context.shutdown)
    scratch = services.paths.data_dir / "scratch"  # the Python sandbox: one private folder per chat
    settings = ToolsController(McpSetup.for_paths(services.paths),
                               lambda: ToolCatalog(base, scratch_root=scratch).specs(),
                               window.settings.tools_always_allow, parent=window)
    window.chat_tools = add_tools(window, services, chat, base, providers=[settings.provider], scratch_root=scratch)
    window.chat_tools.set_always_allowed(list(window.settings.tools_always_allow))
    add_tools_dialog(window, settings, window.chat_tools)
    window.tools_settings = settings
    # Last: the chat's tools and the passage reads use the knowledge base until their own shutdowns have run.
    window.closed.connect(window.knowledge.shutdown)
