"""The evaluation table's pure parts: which validation examples become prompts, the judge's prompt with the
answers alternating sides, the strict verdict parser (model output is untrusted), and the exports."""

from __future__ import annotations

import csv
import io

import pytest

from desktop_llm.core.events import ChatMessage
from desktop_llm.core.training_data import Example
from desktop_llm.core.training_eval import (
    EvalRow,
    EvalTable,
    eval_prompts,
    judge_messages,
    parse_verdict,
    to_csv,
    to_markdown,
)


def _example(*turns: tuple[str, str]) -> Example:
    return Example(1, tuple(ChatMessage(role, text) for role, text in turns))


def test_prompts_are_the_turns_before_the_last_answer() -> None:
    examples = [
        _example(("system", "be brief"), ("user", "Q1"), ("assistant", "A1")),
        _example(("assistant", "plain text only")),  # text data: nothing to ask
        _example(("user", "Q2"), ("assistant", "x"), ("user", "Q3"), ("assistant", "A3")),
    ]
    prompts = eval_prompts(examples)
    assert [(p.question, p.reference, len(p.messages)) for p in prompts] == [("Q1", "A1", 2), ("Q3", "A3", 3)]
    assert len(eval_prompts(examples, limit=1)) == 1


@pytest.mark.parametrize(("reply", "index", "verdict"), [
    ("A", 0, "base"), ("B", 0, "adapter"), ("A", 1, "adapter"), ("B", 1, "base"),  # sides alternate by row
    (" tie ", 0, "tie"), ("TIE.", 3, "tie"), ("**B**", 0, "adapter"), ('"A"', 2, "base"), ("Answer B", 0, "adapter"),
    ("(a)", 0, "base"), ("", 0, "unparsed"), ("A or B", 0, "unparsed"), ("Both are close, but A", 0, "unparsed"),
    ("B\nbecause it names the city", 0, "unparsed"), ("Ablation", 0, "unparsed"), ("C", 0, "unparsed"),
])
def test_only_a_bare_verdict_counts(reply: str, index: int, verdict: str) -> None:
    assert parse_verdict(reply, index) == verdict


def test_the_judge_sees_the_answers_on_alternating_sides() -> None:
    prompt = eval_prompts([_example(("user", "capital?"), ("assistant", "Quintaro"))])[0]
    even, odd = judge_messages(prompt, "BASE", "TUNED", 0)[1].content, judge_messages(prompt, "BASE", "TUNED", 1)[1].content
    assert even.index("BASE") < even.index("TUNED") and odd.index("TUNED") < odd.index("BASE")
    assert "Reference answer:\nQuintaro" in even and "A, B, tie" in even


def _table() -> EvalTable:
    rows = (EvalRow("a | b\nc", "ref", "=HYPERLINK(\"x\")", "fine", "adapter", "B"),
            EvalRow("q2", "r2", "-1", "+2", "unparsed", "I think both"), EvalRow("q3", "r3", "x", "y", "tie", "tie"))
    return EvalTable(7, "zorb", "/m/base.gguf", "/runs/7/adapter.gguf", "the loaded model", 2.7, 0.09, rows)


def test_markdown_keeps_one_row_per_prompt_and_the_figures() -> None:
    text = to_markdown(_table())
    assert "| 1 | a \\| b<br>c | ref |" in text
    assert "validation loss: 2.7000 → 0.0900" in text and "perplexity: 14.88 → 1.09" in text
    assert "adapter closer 1, base closer 0, tie 1, unparsed 1" in text
    assert text.count("\n| ") == 4  # header + 3 rows


def test_csv_never_lets_model_output_be_a_formula() -> None:
    rows = list(csv.reader(io.StringIO(to_csv(_table()))))
    assert rows[0] == ["prompt", "reference", "base", "adapter", "verdict", "judge_reply"]
    assert rows[1][0] == "a | b\nc" and rows[1][2] == "'=HYPERLINK(\"x\")"
    assert rows[2][2:4] == ["'-1", "'+2"]


def test_the_table_round_trips_and_a_bad_verdict_is_dropped() -> None:
    table = _table()
    assert EvalTable.from_dict(table.to_dict()) == table
    data = table.to_dict()
    data["rows"][0]["verdict"] = "<script>"
    assert EvalTable.from_dict(data).rows[0].verdict == ""
    assert table.counts() == {"adapter": 1, "base": 0, "tie": 1, "unparsed": 1}
