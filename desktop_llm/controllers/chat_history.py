"""The open conversation and its message tree, kept in step with each write and saying what each write changed."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from desktop_llm.core.chat_changes import MessageChange, MessageUpdated, branch_changes
from desktop_llm.core.conversation import Conversation, ConversationTree, MessageNode, MessageStatus
from desktop_llm.core.events import Role
from desktop_llm.core.message_images import MessageImage, NewImage
from desktop_llm.core.protocols import ConversationRepository


class ChatHistory:
    """GUI thread only (the chat controller's). The store stays the truth: every write goes to it first; the tree is
    then updated in memory rather than read back whole, and the write's effect on the visible branch is returned
    as change records (issue 19, item 6)."""

    def __init__(self, store: ConversationRepository) -> None:
        self._store = store
        self.conversation: Conversation | None = None
        self.tree = ConversationTree([])

    def open(self, conversation_id: int) -> None:
        self.conversation = self._store.conversation(conversation_id)
        self.tree = ConversationTree(self._store.messages(conversation_id))

    def close(self) -> None:
        self.conversation = None
        self.tree = ConversationTree([])

    def is_open(self, conversation_id: int) -> bool:
        return self.conversation is not None and self.conversation.id == conversation_id

    def visible_path(self) -> list[MessageNode]:
        leaf = self.conversation.current_leaf_id if self.conversation else None
        if leaf is None or leaf not in self.tree:
            leaf = self.tree.default_leaf()
        return self.tree.path_to(leaf)

    def add(
        self,
        parent_id: int | None,
        role: Role,
        content: str,
        status: MessageStatus = "complete",
        meta: dict[str, Any] | None = None,
        images: Sequence[NewImage | MessageImage] = (),
    ) -> tuple[MessageNode, list[MessageChange]]:
        """Save a message under parent_id in the open conversation; it becomes the leaf shown. Returns it and what
        changed on the visible branch (a reply beside an older one replaces that one and anything after it). `images`:
        a user message's (issue 17), stored with it in the same commit."""
        assert self.conversation is not None
        before = self.visible_path()
        node = self._store.add_message(self.conversation.id, parent_id, role, content, status, meta, images)
        self.tree = self.tree.with_node(node)
        self.conversation = self._store.conversation(self.conversation.id)  # its new leaf and time: one row
        return node, branch_changes(before, self.visible_path(), self.tree)

    def update(
        self, message_id: int, content: str, status: MessageStatus, meta: dict[str, Any] | None = None,
        reasoning: str | None = None,
    ) -> MessageUpdated | None:
        """Save a message's text; None when it is not in the open conversation (another one was opened while
        its reply was being written): nothing on screen changed."""
        self._store.update_message(message_id, content, status, meta, reasoning)
        if message_id not in self.tree:
            return None
        old = self.tree.node(message_id)
        # The same JSON the store wrote, so the tree reads as a reload from the store would.
        node = replace(old, content=content, status=status, meta=old.meta if meta is None else json.dumps(meta),
                       reasoning=old.reasoning if reasoning is None else reasoning)
        self.tree = self.tree.with_node(node)
        return MessageUpdated(node)

    def rename(self, conversation_id: int, title: str) -> Conversation:
        self._store.rename_conversation(conversation_id, title)
        return self._reread(conversation_id)

    def set_system_prompt(self, text: str) -> Conversation:
        assert self.conversation is not None
        self._store.set_system_prompt(self.conversation.id, text)
        return self._reread(self.conversation.id)

    def set_leaf(self, leaf_id: int | None) -> None:
        assert self.conversation is not None
        self._store.set_current_leaf(self.conversation.id, leaf_id)
        self._reread(self.conversation.id)

    def _reread(self, conversation_id: int) -> Conversation:
        conversation = self._store.conversation(conversation_id)
        if self.is_open(conversation_id):
            self.conversation = conversation
        return conversation
