"""What changed in the chat, as records the views apply one at a time (issue 19, item 6).

Each send used to rebuild every message widget and read the whole conversation list back from the database. Now
the chat controller says what changed: a message joined or left the visible branch or was saved, a conversation
was added, renamed, touched or removed. The message view adds or updates one widget, the conversation list moves
one row. Opening another conversation or switching branches still redraws the whole branch: everything changes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from desktop_llm.core.conversation import BranchPosition, Conversation, ConversationTree, MessageNode


@dataclass(frozen=True)
class MessageAdded:
    """A message joined the end of the visible branch (a send, a new reply, an edited message)."""

    message: MessageNode
    branch: BranchPosition  # where it stands among its siblings, for the "< 2/3 >" switcher


@dataclass(frozen=True)
class MessageUpdated:
    """A message was saved with new text, status or metadata (a reply finished, stopped or failed)."""

    message: MessageNode


@dataclass(frozen=True)
class MessageRemoved:
    """A message left the visible branch because a new version took its place; it stays in the tree."""

    message_id: int


MessageChange = MessageAdded | MessageUpdated | MessageRemoved


@dataclass(frozen=True)
class ConversationAdded:
    conversation: Conversation


@dataclass(frozen=True)
class ConversationRenamed:
    conversation: Conversation  # with its new title (renaming also moves it to the top: updated_at changed)


@dataclass(frozen=True)
class ConversationTouched:
    """Its last-changed time moved (a message was added, the system prompt saved), so it moves up the list."""

    conversation: Conversation


@dataclass(frozen=True)
class ConversationRemoved:
    conversation_id: int


ConversationChange = ConversationAdded | ConversationRenamed | ConversationTouched | ConversationRemoved


def branch_changes(
    before: Sequence[MessageNode], after: Sequence[MessageNode], tree: ConversationTree
) -> list[MessageChange]:
    """The records that turn the branch shown as `before` into `after`: what follows their common start leaves
    (newest first), then the new messages join in order, each with its place among its siblings in `tree`."""
    common = 0
    while common < min(len(before), len(after)) and before[common].id == after[common].id:
        common += 1
    changes: list[MessageChange] = [MessageRemoved(node.id) for node in reversed(before[common:])]
    changes += [MessageAdded(node, tree.branch_position(node.id)) for node in after[common:]]
    return changes
