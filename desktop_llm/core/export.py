"""Conversation exports: Markdown for reading, JSON (the whole tree, every branch) for keeping."""

from __future__ import annotations

import datetime
import json
from collections.abc import Callable, Sequence

from desktop_llm.core.conversation import Conversation, MessageNode
from desktop_llm.core.message_images import MessageImage
from desktop_llm.core.sources_meta import sources_markdown
from desktop_llm.core.tool_meta import tools_markdown

_HEADINGS = {"user": "You", "assistant": "Assistant", "system": "System"}


def to_markdown(conversation: Conversation, branch: Sequence[MessageNode], include_reasoning: bool = False,
                image_link: Callable[[MessageImage], str] | None = None) -> str:
    """The branch shown on screen, as a readable Markdown document. A reasoning model's thoughts are left out (the
    answer is what was said), unless asked for: then each is a quoted "Thinking" section before its answer. A user
    message's images are linked where `image_link` says its file is (the exporter copies them beside the
    document: `<name>_files/<sha256>.png`), by default the file's own name."""
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
        lines += image_markdown(node.images, image_link)
        lines += tools_markdown(node.meta_dict())  # a reply's tool calls, compactly, before its answer
        lines += [node.content.rstrip(), "", *sources_markdown(node.meta_dict())]  # a reply's sources under it
    return "\n".join(lines)


def image_markdown(images: Sequence[MessageImage], link: Callable[[MessageImage], str] | None = None) -> list[str]:
    """A message's images as Markdown image links, one line each, then a blank line (nothing without images)."""
    if not images:
        return []
    target = link or (lambda image: image.file_name)
    return [f"![image {n}]({target(image).replace(' ', '%20')})" for n, image in enumerate(images, 1)] + [""]


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
                **({"images": [{"file": i.file_name, "mime": i.mime, "width": i.width, "height": i.height}
                               for i in n.images]} if n.images else {}),
                **({"reasoning_content": n.reasoning} if include_reasoning and n.reasoning else {}),
            }
            for n in nodes
        ],
    }
    return json.dumps(payload, indent=2, ensure_ascii=False)
