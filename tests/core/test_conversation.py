from __future__ import annotations

from desktop_llm.core.conversation import ConversationTree, MessageNode, prompt_messages, title_from_text
from desktop_llm.core.events import ChatMessage


def node(i: int, parent: int | None, role: str, text: str | None = None, status: str = "complete") -> MessageNode:
    return MessageNode(i, 1, parent, role, f"m{i}" if text is None else text, float(i), status)  # type: ignore[arg-type]


def test_regeneration_keeps_both_replies_as_siblings() -> None:
    tree = ConversationTree([node(1, None, "user"), node(2, 1, "assistant"), node(3, 1, "assistant")])
    assert [n.id for n in tree.children(1)] == [2, 3]
    assert tree.branch_position(3).index == 1 and tree.branch_position(3).count == 2
    assert tree.sibling(3, -1) == 2
    assert tree.sibling(2, -5) == 2  # clamped


def test_edit_creates_a_branch_and_switching_lands_on_its_newest_leaf() -> None:
    nodes = [
        node(1, None, "user"), node(2, 1, "assistant"), node(3, 2, "user"), node(4, 3, "assistant"),
        node(5, 2, "user", "edited"), node(6, 5, "assistant"),
    ]
    tree = ConversationTree(nodes)
    assert [n.id for n in tree.path_to(6)] == [1, 2, 5, 6]
    assert tree.latest_leaf_under(tree.sibling(5, -1)) == 4
    assert [n.id for n in tree.path_to(4)] == [1, 2, 3, 4]
    assert tree.default_leaf() == 6


def test_path_survives_a_cycle_in_corrupt_data() -> None:
    tree = ConversationTree([node(1, 2, "user"), node(2, 1, "assistant")])
    assert len(tree.path_to(2)) == 2


def test_prompt_messages_put_the_system_prompt_first_and_skip_failed_empty_replies() -> None:
    path = [node(1, None, "user", "hi"), node(2, 1, "assistant", "", "error"), node(3, 1, "assistant", "hello")]
    assert prompt_messages("Be brief.", path) == [
        ChatMessage("system", "Be brief."), ChatMessage("user", "hi"), ChatMessage("assistant", "hello")
    ]
    assert prompt_messages("  ", path)[0].role == "user"


def test_a_chinese_title_is_cut_by_its_width() -> None:
    ask = "请帮我总结这份关于大运河历史的文件，重点说明它在元明清三代的作用和变化。"
    assert title_from_text(ask) == ask[:24] + "…"  # 24 characters fill 48 columns
    assert title_from_text(ask, limit=36) == "请帮我总结这份关于大运河历史的文件…"  # a cut at a comma drops it
    assert title_from_text("你好") == "你好"


def test_title_from_text_cuts_on_a_word() -> None:
    assert title_from_text("  hello\n world ") == "hello world"
    long = title_from_text("word " * 40)
    assert long.endswith("…") and len(long) <= 49
    assert title_from_text("") == "New chat"
