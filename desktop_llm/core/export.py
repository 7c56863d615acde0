"""Conversation exports: Markdown for reading, JSON (the whole tree, every branch) for keeping."""

from __future__ import annotations

import datetime
import json
from collections.abc import Sequence

from desktop_llm.core.conversation import Conversation, MessageNode
from desktop_llm.core.sources_meta import sources_markdown
from desktop_llm.core.tool_meta import tools_markdown

_HEADINGS = {"user": "You", "assistant": "Assistant", "system": "System"}


def to_markdown(conversation: Conversation, branch: Sequence[MessageNode], include_reasoning: bool = False) -> str:
    """The branch shown on screen, as a readable Markdown document. A reasoning model's thoughts are left out (the
    answer is what was said), unless asked for: then each is a quoted "Thinking" section before its answer."""
    when = datetime.datetime.fromtimestamp(conversation.created_at).strftime("%Y-%m-%d %H:%M")
    lines = [f"# {conversation.title}", "", f"*Exported from desktop-llm; started {when}.*", ""]
    if conversation.system_prompt.strip():
        lines += ["## System", "", conversation.system_prompt.strip(), ""]
    for node in branch:
        lines += [f"## {_HEADINGS[node.role]}", ""]
        if include_reasoning and node.reasoning.strip():
            seconds = node.meta_dict().get("thinking_s")
            took = f" ({seconds} s)" if isinstance(seconds, (int, float)) else ""
            quoted = [f"> {line}".rstrip() for line in node.reasoning.strip().splitlines()]
            lines += [f"> **Thinking**{took}", ">", *quoted, ""]
        lines += tools_markdown(node.meta_dict())  # a reply's tool calls, compactly, before its answer
        lines += [node.content.rstrip(), "", *sources_markdown(node.meta_dict())]  # a reply's sources under it
    return "\n".join(lines)


def to_json(conversation: Conversation, nodes: Sequence[MessageNode], include_reasoning: bool = False) -> str:
    """Every message with its parent, so branches from edits and regenerations survive the round trip; a reply's
    reasoning as its `reasoning_content` (the name OpenAI-style APIs use) only when asked for."""
    payload = {
        "format": "desktop-llm.conversation",
        "version": 1,
        "title": conversation.title,
        "system_prompt": conversation.system_prompt,
        "created_at": conversation.created_at,
        "current_leaf_id": conversation.current_leaf_id,
        "messages": [
            {
                "id": n.id,
                "parent_id": n.parent_id,
                "role": n.role,
                "content": n.content,
                "created_at": n.created_at,
                "status": n.status,
                "meta": n.meta_dict(),
                **({"reasoning_content": n.reasoning} if include_reasoning and n.reasoning else {}),
            }
            for n in nodes
        ],
    }
    return json.dumps(payload, indent=2, ensure_ascii=False)
