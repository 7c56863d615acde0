"""Change records for the chat (issue 19, item 6): what a write changes on the visible branch."""

from __future__ import annotations

from dataclasses import FrozenInstanceError, replace

import pytest

from desktop_llm.core.chat_changes import MessageAdded, MessageRemoved, branch_changes
from desktop_llm.core.conversation import BranchPosition, ConversationTree, MessageNode


def node(node_id: int, parent: int | None, role: str = "user", content: str = "") -> MessageNode:
    return MessageNode(node_id, 1, parent, role, content or f"m{node_id}", float(node_id))  # type: ignore[arg-type]


def test_a_send_adds_the_new_messages_only() -> None:
    tree = ConversationTree([node(1, None), node(2, 1, "assistant"), node(3, 2), node(4, 3, "assistant")])
    changes = branch_changes(tree.path_to(2), tree.path_to(4), tree)
    assert changes == [MessageAdded(tree.node(3), BranchPosition(0, 1)), MessageAdded(tree.node(4), BranchPosition(0, 1))]


def test_a_new_version_replaces_the_old_one_and_what_followed_it() -> None:
    tree = ConversationTree([node(1, None), node(2, 1, "assistant"), node(3, 2), node(4, 3, "assistant"), node(5, 2)])
    changes = branch_changes(tree.path_to(4), tree.path_to(5), tree)
    assert changes == [MessageRemoved(4), MessageRemoved(3), MessageAdded(tree.node(5), BranchPosition(1, 2))]
    # A first message edited: everything goes, the new root comes.
    tree = tree.with_node(node(6, None))
    changes = branch_changes(tree.path_to(4), tree.path_to(6), tree)
    assert [type(c) for c in changes] == [MessageRemoved] * 4 + [MessageAdded]
    assert changes[-1] == MessageAdded(tree.node(6), BranchPosition(1, 2))


def test_nothing_changed_says_nothing() -> None:
    tree = ConversationTree([node(1, None), node(2, 1, "assistant")])
    assert branch_changes(tree.path_to(2), tree.path_to(2), tree) == []
    assert branch_changes([], [], ConversationTree([])) == []


def test_with_node_adds_or_replaces_and_leaves_the_tree_it_came_from_alone() -> None:
    tree = ConversationTree([node(1, None), node(2, 1, "assistant", "")])
    saved = replace(tree.node(2), content="Paris.", status="complete")
    newer = tree.with_node(saved)
    assert newer.node(2).content == "Paris." and tree.node(2).content == "m2"
    assert len(newer) == 2 and newer.path_to(2) == [tree.node(1), saved]
    grown = newer.with_node(node(3, 1, "assistant"))
    assert grown.branch_position(3) == BranchPosition(1, 2) and grown.default_leaf() == 3


def test_records_are_frozen() -> None:
    with pytest.raises(FrozenInstanceError):
        MessageRemoved(1).message_id = 2  # type: ignore[misc]
