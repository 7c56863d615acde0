from __future__ import annotations

import json

from desktop_llm.core.conversation import Conversation, ConversationTree, MessageNode
from desktop_llm.core.export import to_json, to_markdown


def nodes() -> list[MessageNode]:
    return [
        MessageNode(1, 7, None, "user", "Hi", 1.0),
        MessageNode(2, 7, 1, "assistant", "Hello!", 2.0, meta='{"tokens_per_s": 12.5}'),
        MessageNode(3, 7, 1, "assistant", "Hey there", 3.0),
    ]


def test_markdown_has_the_shown_branch_and_system_prompt() -> None:
    conversation = Conversation(7, "Greetings", "Be kind.", 0.0, 3.0, 3)
    tree = ConversationTree(nodes())
    text = to_markdown(conversation, tree.path_to(3))
    assert text.startswith("# Greetings")
    assert "## System\n\nBe kind." in text and "## You\n\nHi" in text and "## Assistant\n\nHey there" in text
    assert "Hello!" not in text  # the other branch is not on screen


def test_json_keeps_every_branch_and_round_trips() -> None:
    conversation = Conversation(7, "Greetings", "", 0.0, 3.0, 3)
    data = json.loads(to_json(conversation, nodes()))
    assert data["format"] == "desktop-llm.conversation" and data["current_leaf_id"] == 3
    assert [(m["id"], m["parent_id"]) for m in data["messages"]] == [(1, None), (2, 1), (3, 1)]
    assert data["messages"][1]["meta"] == {"tokens_per_s": 12.5}
    rebuilt = ConversationTree(
        MessageNode(m["id"], 7, m["parent_id"], m["role"], m["content"], m["created_at"]) for m in data["messages"]
    )
    assert [n.id for n in rebuilt.children(1)] == [2, 3]
