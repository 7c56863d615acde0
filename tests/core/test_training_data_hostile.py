"""Hostile data files are line-numbered data errors, never an exception out of the reader (issue 10, item 19)."""

from __future__ import annotations

from pathlib import Path

from desktop_llm.core.training_data import parse_jsonl, read_dataset
from tests.hostile.datasets import deeply_nested_line, good_line, hostile_dataset


def test_five_thousand_nested_brackets_are_a_numbered_json_error() -> None:
    dataset = parse_jsonl([good_line(), deeply_nested_line(5_000), good_line("Hi", "Hello")])
    assert len(dataset.examples) == 2
    assert [(e.line, e.kind) for e in dataset.errors] == [(2, "json")]
    assert "nested too deeply" in str(dataset.errors[0])


def test_every_hostile_line_of_a_file_is_reported_and_the_rest_kept(tmp_path: Path) -> None:
    dataset = read_dataset(hostile_dataset(tmp_path / "hostile.jsonl"))
    assert [e.line for e in dataset.errors] == [2, 4, 5]
    assert all(e.kind == "json" for e in dataset.errors)
    assert [example.line for example in dataset.examples] == [1, 3, 6]
    assert dataset.usable(skip_bad_lines=True) and not dataset.usable(skip_bad_lines=False)
