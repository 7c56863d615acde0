"""Conversations as trees of messages: edits and regenerations add siblings, so no branch is ever lost."""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from desktop_llm.core.events import ChatMessage, Role
from desktop_llm.core.message_images import MessageImage

MessageStatus = Literal["complete", "partial", "error"]


@dataclass(frozen=True)
class MessageNode:
    id: int
    conversation_id: int
    parent_id: int | None
    role: Role
    content: str
    created_at: float
    status: MessageStatus = "complete"
    meta: str = "{}"  # JSON: model, tokens/s, finish reason, thinking_s
    reasoning: str = ""  # a reasoning model's thoughts before its answer (core/reasoning.py); never in `content`
    images: tuple[MessageImage, ...] = ()  # a user message's images, in order (issue 17; stored as files)

    def meta_dict(self) -> dict[str, object]:
        """The metadata as a dict; a malformed value reads as empty rather than failing the whole view."""
        try:
            data = json.loads(self.meta or "{}")
        except ValueError:
            return {}
        return data if isinstance(data, dict) else {}


@dataclass(frozen=True)
class Conversation:
    id: int
    title: str
    system_prompt: str
    created_at: float
    updated_at: float
    current_leaf_id: int | None


@dataclass(frozen=True)
class BranchPosition:
    """Where a message stands among its siblings, for the "< 2/3 >" switcher."""

    index: int  # 0-based
    count: int


class ConversationTree:
    """An immutable view of one conversation's messages; reads only, the store does the writing."""

    def __init__(self, nodes: Iterable[MessageNode]) -> None:
        self._nodes: dict[int, MessageNode] = {}
        self._children: dict[int | None, list[int]] = {}
        for node in sorted(nodes, key=lambda n: (n.created_at, n.id)):
            self._nodes[node.id] = node
            self._children.setdefault(node.parent_id, []).append(node.id)

    def __contains__(self, node_id: object) -> bool:
        return node_id in self._nodes

    def __len__(self) -> int:
        return len(self._nodes)

    def node(self, node_id: int) -> MessageNode:
        return self._nodes[node_id]

    def with_node(self, node: MessageNode) -> ConversationTree:
        """A copy with `node` added, or in place of the message with its id: the chat keeps its tree in step with
        each write instead of reading the whole conversation back (issue 19, item 6)."""
        return ConversationTree({**self._nodes, node.id: node}.values())

    def children(self, node_id: int | None) -> list[MessageNode]:
        return [self._nodes[c] for c in self._children.get(node_id, [])]

    def path_to(self, leaf_id: int | None) -> list[MessageNode]:
        """Root-to-leaf messages ending at leaf_id (empty for None); guards against cycles in bad data."""
        path: list[MessageNode] = []
        seen: set[int] = set()
        current = leaf_id
        while current is not None and current in self._nodes and current not in seen:
            seen.add(current)
            node = self._nodes[current]
            path.append(node)
            current = node.parent_id
        path.reverse()
        return path

    def latest_leaf_under(self, node_id: int | None) -> int | None:
        """Follow the newest child at each step: where a switch to this branch should land."""
        current = node_id
        while True:
            kids = self._children.get(current, [])
            if not kids:
                return current
            current = kids[-1]

    def branch_position(self, node_id: int) -> BranchPosition:
        siblings = self._children.get(self._nodes[node_id].parent_id, [])
        return BranchPosition(index=siblings.index(node_id), count=len(siblings))

    def sibling(self, node_id: int, step: int) -> int:
        """The sibling `step` places away, clamped to the ends."""
        siblings = self._children.get(self._nodes[node_id].parent_id, [])
        index = max(0, min(len(siblings) - 1, siblings.index(node_id) + step))
        return siblings[index]

    def default_leaf(self) -> int | None:
        """The newest message of the whole tree: the leaf to show when none was remembered."""
        if not self._nodes:
            return None
        return max(self._nodes.values(), key=lambda n: (n.created_at, n.id)).id


def prompt_messages(system_prompt: str, path: Iterable[MessageNode]) -> list[ChatMessage]:
    """The messages sent to the model for a branch: the system prompt first, failed replies left out. A user
    message's images are its stored files' paths here (core reads no files): the chat controller turns them into
    data URLs before the request leaves (controllers/chat_images.py), and the engine refuses anything else."""
    messages: list[ChatMessage] = []
    if system_prompt.strip():
        messages.append(ChatMessage("system", system_prompt))
    for node in path:
        if node.role == "system":
            continue
        if node.role == "assistant" and node.status == "error" and not node.content:
            continue
        # The reasoning goes to the template as transformers passes it; most templates drop it from past turns,
        # some keep it (Kimi K2 Thinking after the last user turn), and the context is counted as rendered.
        messages.append(ChatMessage(node.role, node.content, reasoning_content=node.reasoning,
                                    images=tuple(image.path for image in node.images)))
    return messages


def title_from_text(text: str, limit: int = 48, untitled: str = "New chat") -> str:
    """A conversation title from its first message: the first line, at most `limit` columns wide (a Chinese or
    Japanese character takes two), cut on a word boundary where the text has words. A blank message gives
    `untitled` (the chat controller passes it in the user's language)."""
    line = " ".join(text.strip().split())
    widths = [2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in line]
    if sum(widths) <= limit:
        return line or untitled
    end, width = 0, 0
    while width + widths[end] <= limit:
        width += widths[end]
        end += 1
    head = line[:end]
    cut = head.rsplit(" ", 1)[0] if " " in head else head.rstrip("，、；：,;: ")
    return (cut or head) + "…"
