"""`desktop-llm dataset` from a table (issue 16): rows with a column mapping, no model; a missing column is said."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from desktop_llm.cli.dataset import add_parser, run
from desktop_llm.core.errors import DatasetError
from desktop_llm.core.training_data import read_dataset
from desktop_llm.services.storage.paths import AppPaths


def parse(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    add_parser(parser.add_subparsers(dest="command"))
    return parser.parse_args(["dataset", *argv])


def no_model() -> str:
    raise AssertionError("a table needs no model")


def test_a_table_becomes_a_dataset_in_the_data_folder(tmp_path: Path, app_paths: AppPaths,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    table = tmp_path / "support.csv"
    table.write_text("ask;reply\nHow do I reset it?;Hold the button for ten seconds.\n;empty\n", encoding="utf-8")
    assert run(parse(str(table), "--prompt-column", "ask", "--answer-column", "reply", "--system", "Be kind."),
               no_model) == 0
    out, err = capsys.readouterr()
    saved = Path(out.strip())
    assert saved == app_paths.data_dir / "datasets" / "support.jsonl" and "1 rows used, 1 skipped" in err
    data = read_dataset(saved)
    assert data.ok and [m.role for m in data.examples[0].messages] == ["system", "user", "assistant"]
    other = tmp_path / "out.jsonl"
    run(parse(str(table), "--prompt-column", "ask", "--answer-column", "reply", "--output", str(other)), no_model)
    assert read_dataset(other).ok


def test_a_missing_column_is_an_error_naming_it(tmp_path: Path) -> None:
    table = tmp_path / "t.jsonl"
    table.write_text('{"q": "a", "a": "b"}\n')
    with pytest.raises(DatasetError, match="question"):
        run(parse(str(table), "--prompt-column", "question", "--answer-column", "a"), no_model)
