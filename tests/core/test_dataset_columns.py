"""CSV/JSONL tables with a column mapping -> chat examples (issue 16): bounded, encodings, missing columns."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop_llm.core import dataset_columns
from desktop_llm.core.dataset_columns import ColumnMapping, map_rows, parse_csv_table, read_table
from desktop_llm.core.dataset_types import QAPair, chat_lines
from desktop_llm.core.errors import DatasetError
from desktop_llm.core.training_data import parse_jsonl


def utf8_or_cp1252(raw: bytes, _name: str) -> str:
    """A stand-in for services.documents.decode_text (this layer may not import services): the tests that need the
    real detection run in tests/services/test_dataset_maker.py."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252")


def test_a_csv_maps_to_chat_examples_that_training_accepts(tmp_path: Path) -> None:
    path = tmp_path / "faq.csv"
    path.write_text('question,answer,persona\n"What is 2+2?","4, of course",Be brief\n"Capital of France?",Paris,\n',
                    encoding="utf-8")
    table = read_table(path, utf8_or_cp1252)
    assert table.kind == "csv" and table.columns == ["question", "answer", "persona"]
    mapped = map_rows(table, ColumnMapping("question", "answer", "persona"))
    assert [p.question for p in mapped.pairs] == ["What is 2+2?", "Capital of France?"]
    assert mapped.pairs[0].answer == "4, of course" and mapped.pairs[0].system == "Be brief"
    assert mapped.pairs[0].chunk_id == "row 1"
    dataset = parse_jsonl(line.encode() + b"\n" for line in chat_lines(mapped.pairs))
    assert dataset.ok and dataset.format == "chat" and len(dataset.examples) == 2
    assert [m.role for m in dataset.examples[0].messages] == ["system", "user", "assistant"]
    assert [m.role for m in dataset.examples[1].messages] == ["user", "assistant"]


def test_semicolons_and_tabs_are_sniffed() -> None:
    assert parse_csv_table("a;b\n1;2\n").columns == ["a", "b"]
    table = parse_csv_table("prompt\tanswer\nhi\thello\n")
    assert table.rows == [{"prompt": "hi", "answer": "hello"}]


def test_a_missing_column_is_named_with_the_columns_there_are(tmp_path: Path) -> None:
    table = parse_csv_table("q,a\nx,y\n")
    with pytest.raises(DatasetError) as caught:
        map_rows(table, ColumnMapping("question", "a"))
    assert "question" in str(caught.value) and "q, a" in str(caught.value)
    with pytest.raises(DatasetError):
        map_rows(table, ColumnMapping("q", "a", system="persona"))
    with pytest.raises(DatasetError):
        map_rows(table, ColumnMapping("q", "q"))


def test_a_windows_1252_csv_reads_through_the_decoder(tmp_path: Path) -> None:
    path = tmp_path / "old.csv"
    path.write_bytes("frage,antwort\nWas kostet ein Caf\xe9?,Zwei Euro f\xfcr den Caf\xe9\n".encode("latin-1"))
    mapped = map_rows(read_table(path, utf8_or_cp1252), ColumnMapping("frage", "antwort"))
    assert mapped.pairs == [QAPair("Was kostet ein Café?", "Zwei Euro für den Café", "row 1")]


def test_empty_and_overlong_rows_are_skipped_and_counted() -> None:
    long = "x" * (dataset_columns.MAX_EXAMPLE_CHARS + 1)
    table = parse_csv_table(f"p,a\n,answer only\nprompt only,\nok,fine\nbig,{long}\n")
    mapped = map_rows(table, ColumnMapping("p", "a"))
    assert [p.question for p in mapped.pairs] == ["ok"]
    assert (mapped.empty, mapped.too_long) == (2, 1)


def test_rows_past_the_limit_are_counted_not_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dataset_columns, "MAX_ROWS", 3)
    table = parse_csv_table("p,a\n" + "".join(f"q{i},a{i}\n" for i in range(10)))
    assert len(table.rows) == 3 and table.more_rows == 7


def test_a_file_too_big_is_refused_before_it_is_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dataset_columns, "MAX_TABLE_BYTES", 100)
    path = tmp_path / "big.csv"
    path.write_text("p,a\n" + "x,y\n" * 100)
    with pytest.raises(DatasetError, match="at most"):
        read_table(path, utf8_or_cp1252)


def test_a_field_longer_than_csv_takes_is_a_readable_error() -> None:
    with pytest.raises(DatasetError, match="line"):
        parse_csv_table("p,a\nx," + "y" * 200_000 + "\n")


def test_jsonl_tables_keep_text_and_number_cells_and_count_bad_lines(tmp_path: Path) -> None:
    path = tmp_path / "rows.jsonl"
    lines = [json.dumps({"instruction": "Add", "input": 2, "output": "4"}), "not json", "[1, 2]",
             "[" * 100_000, json.dumps({"instruction": "Say hi", "output": "hi", "meta": {"k": 1}})]
    path.write_text("\n".join(lines) + "\n")
    table = read_table(path, utf8_or_cp1252)
    assert table.columns == ["instruction", "input", "output", "meta"]
    assert table.bad_lines == 3 and table.rows[0]["input"] == "2" and table.rows[1]["meta"] == '{"k": 1}'
    mapped = map_rows(table, ColumnMapping("instruction", "output"))
    assert [p.answer for p in mapped.pairs] == ["4", "hi"]


def test_a_csv_without_rows_or_header_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "empty.csv"
    path.write_text("")
    with pytest.raises(DatasetError, match="no columns"):
        read_table(path, utf8_or_cp1252)


def test_blank_and_repeated_header_names_are_made_unique() -> None:
    assert parse_csv_table("a,,a\n1,2,3\n").columns == ["a", "column 2", "a (2)"]
