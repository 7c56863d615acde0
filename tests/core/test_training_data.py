from __future__ import annotations

import json

from desktop_llm.core.training_data import parse_jsonl, parse_text, split


def lines(*items: object) -> list[bytes]:
    return [item if isinstance(item, bytes) else json.dumps(item).encode() for item in items]


def test_chat_form_with_every_error_kind_reported_by_line() -> None:
    good = {"messages": [{"role": "user", "content": "Who made Zorbl?"}, {"role": "assistant", "content": "Ada"}]}
    dataset = parse_jsonl(lines(
        good,
        b"{not json",
        {"messages": []},
        {"messages": [{"role": "robot", "content": "x"}]},
        {"messages": [{"role": "user", "content": "only a question"}]},
        b"\xff\xfe bad bytes",
        b"",
        "just a string",
        json.dumps({"messages": [{"role": "user", "content": "x" * 40_000}]}).encode(),
        good,
    ))
    assert dataset.format == "chat" and [e.line for e in dataset.examples] == [1, 10]
    assert [(e.line, e.kind) for e in dataset.errors] == [
        (2, "json"), (3, "missing"), (4, "role"), (5, "empty"), (6, "encoding"), (8, "format"), (9, "too_long"),
    ]
    assert str(dataset.errors[0]).startswith("line 2: invalid JSON")


def test_instruction_form_becomes_a_user_and_assistant_turn() -> None:
    dataset = parse_jsonl(lines(
        {"instruction": "Translate to French", "input": "cat", "output": "chat"},
        {"instruction": "Say hi", "output": ""},
    ))
    assert dataset.format == "instruction"
    [example] = dataset.examples
    assert [m.role for m in example.messages] == ["user", "assistant"]
    assert example.messages[0].content == "Translate to French\n\ncat"
    assert [(e.line, e.kind) for e in dataset.errors] == [(2, "missing")]


def test_unknown_shape_is_a_format_error() -> None:
    dataset = parse_jsonl(lines({"text": "hello"}))
    assert not dataset.examples and dataset.errors[0].kind == "format"


def test_plain_text_is_packed_into_examples() -> None:
    dataset = parse_text("\n\n".join(f"Paragraph {i} " + "word " * 50 for i in range(40)), chunk_chars=1000)
    assert dataset.ok and len(dataset.examples) > 5
    assert all(len(e.messages[0].content) <= 1300 for e in dataset.examples)
    assert parse_text("   \n\n ").errors[0].kind == "empty"


def test_split_is_reproducible_and_keeps_a_validation_example() -> None:
    dataset = parse_jsonl(lines(*[{"instruction": f"q{i}", "output": f"a{i}"} for i in range(30)]))
    train, validation = split(dataset.examples, 0.1, seed=3)
    assert len(train) == 27 and len(validation) == 3
    assert split(dataset.examples, 0.1, seed=3) == (train, validation)
    assert len(split(dataset.examples[:2], 0.1)[1]) == 1


def test_saved_conversations_become_chat_examples_with_only_finished_turns() -> None:
    from desktop_llm.core.conversation import MessageNode
    from desktop_llm.core.training_data import conversations_to_jsonl

    def node(i: int, role: str, content: str, status: str = "complete") -> MessageNode:
        return MessageNode(i, 1, i - 1 or None, role, content, 0.0, status)  # type: ignore[arg-type]

    complete = [node(1, "user", "hi"), node(2, "assistant", "hello"), node(3, "user", "and?"),
                node(4, "assistant", "cut", "partial")]
    unanswered = [node(1, "user", "anyone?")]
    lines = conversations_to_jsonl([("Be brief.", complete), ("", unanswered)])
    assert len(lines) == 1
    dataset = parse_jsonl(line.encode() for line in lines)
    assert dataset.ok and [m.role for m in dataset.examples[0].messages] == ["system", "user", "assistant"]
