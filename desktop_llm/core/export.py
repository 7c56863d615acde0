"""Conversation exports: Markdown for reading, JSON (the whole tree, every branch) for keeping."""

from __future__ import annotations

import datetime
import json
from collections.abc import Sequence

from desktop_llm.core.conversation import Conversation, MessageNode

_HEADINGS = {"user": "You", "assistant": "Assistant", "system": "System"}


def to_markdown(conversation: Conversation, branch: Sequence[MessageNode]) -> str:
    """The branch shown on screen, as a readable Markdown document."""
    when = datetime.datetime.fromtimestamp(conversation.created_at).strftime("%Y-%m-%d %H:%M")
    lines = [f"# {conversation.title}", "", f"*Exported from desktop-llm; started {when}.*", ""]
    if conversation.system_prompt.strip():
        lines += ["## System", "", conversation.system_prompt.strip(), ""]
    for node in branch:
        lines += [f"## {_HEADINGS[node.role]}", "", node.content.rstrip(), ""]
    return "\n".join(lines)


def to_json(conversation: Conversation, nodes: Sequence[MessageNode]) -> str:
    """Every message with its parent, so branches from edits and regenerations survive the round trip."""
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
            }
            for n in nodes
        ],
    }
    return json.dumps(payload, indent=2, ensure_ascii=False)
