"""A CSV or JSONL table with a column mapping, turned into chat examples (issue 16): the user picks which column is
the prompt, which the answer, and optionally which the system message.

The file is untrusted: its size is checked before it is read, at most MAX_ROWS rows are kept (the rest counted),
a cell longer than training_data.MAX_EXAMPLE_CHARS skips its row, and the text is decoded by the caller's
`decode` (the documents' UTF-8 / BOM / charset-normalizer detection), so a Windows-1252 export reads as it should.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from desktop_llm.core.dataset_types import QAPair
from desktop_llm.core.errors import DatasetError
from desktop_llm.core.training_data import MAX_EXAMPLE_CHARS
from desktop_llm.core.ui_text import QT_TR_NOOP

TableKind = Literal["csv", "jsonl"]
MAX_TABLE_BYTES = 64 * 1024 * 1024
MAX_ROWS = 100_000
MAX_COLUMNS = 200
MAX_COLUMN_NAME = 200
# csv's own limit is 128 KiB a field; a longer one raises csv.Error, caught as a readable error
Decode = Callable[[bytes, str], str]


@dataclass(frozen=True)
class ColumnMapping:
    prompt: str
    answer: str
    system: str = ""  # "" : no system column


@dataclass
class Table:
    kind: TableKind
    columns: list[str]
    rows: list[dict[str, str]] = field(default_factory=list)
    more_rows: int = 0  # rows past MAX_ROWS, left out
    bad_lines: int = 0  # JSONL lines that were not a JSON object

    def sample(self, column: str, limit: int = 3) -> list[str]:
        return [row.get(column, "") for row in self.rows[:limit]]


@dataclass
class MappedRows:
    pairs: list[QAPair] = field(default_factory=list)
    empty: int = 0  # rows whose prompt or answer is empty
    too_long: int = 0  # rows with a cell over MAX_EXAMPLE_CHARS


def read_table(path: Path, decode: Decode) -> Table:
    """The table in `path` (.csv/.tsv/.txt as CSV with its delimiter sniffed, .jsonl/.json as JSON lines)."""
    try:
        size = path.stat().st_size
        if size > MAX_TABLE_BYTES:
            raise DatasetError(QT_TR_NOOP("{name} is {size} MB; a table may be at most {limit} MB"), name=path.name,
                               size=f"{size / 1e6:,.0f}", limit=f"{MAX_TABLE_BYTES / 1e6:,.0f}")
        raw = path.read_bytes()
    except OSError as exc:
        raise DatasetError(QT_TR_NOOP("cannot read {name}: {reason}"), name=path.name,
                           reason=exc.strerror or exc) from exc
    text = decode(raw, path.name)
    kind: TableKind = "jsonl" if path.suffix.lower() in (".jsonl", ".json", ".ndjson") else "csv"
    table = parse_jsonl_table(text) if kind == "jsonl" else parse_csv_table(text)
    if not table.columns:
        raise DatasetError(QT_TR_NOOP("{name} has no columns: it needs a header row (CSV) or JSON objects (JSONL)"),
                           name=path.name)
    return table


def parse_csv_table(text: str) -> Table:
    text = text.lstrip("\ufeff")
    head = text[:65536]
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(head, delimiters=",;\t|")
    except csv.Error:
        dialect = csv.excel  # one column, or nothing to tell from: plain commas
    reader = csv.reader(io.StringIO(text, newline=""), dialect)
    try:
        header = next(reader, None)
        if header is None:
            return Table("csv", [])
        columns = _column_names(header)
        table = Table("csv", columns)
        for record in reader:
            if not any(cell.strip() for cell in record):
                continue
            if len(table.rows) >= MAX_ROWS:
                table.more_rows += 1
                continue
            table.rows.append({name: (record[i] if i < len(record) else "") for i, name in enumerate(columns)})
    except csv.Error as exc:  # a field over csv's limit, a NUL byte, an unclosed quote at the end
        raise DatasetError(QT_TR_NOOP("the CSV cannot be read at line {line}: {reason}"), line=reader.line_num,
                           reason=exc) from exc
    return table


def parse_jsonl_table(text: str) -> Table:
    """One JSON object a line; its text and number values become cells (other values as their JSON)."""
    table = Table("jsonl", [])
    seen: dict[str, None] = {}
    for line in text.lstrip("\ufeff").splitlines():
        if not line.strip():
            continue
        try:
            data = json.loads(line)
        except (ValueError, RecursionError):
            table.bad_lines += 1
            continue
        if not isinstance(data, dict):
            table.bad_lines += 1
            continue
        if len(table.rows) >= MAX_ROWS:
            table.more_rows += 1
            continue
        row = {}
        for key, value in list(data.items())[:MAX_COLUMNS]:
            name = str(key)[:MAX_COLUMN_NAME]
            row[name] = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
            if name not in seen and len(seen) < MAX_COLUMNS:
                seen[name] = None
        table.rows.append(row)
    table.columns = list(seen)
    return table


def map_rows(table: Table, mapping: ColumnMapping) -> MappedRows:
    """The table's rows as prompt/answer pairs; a mapped column the table lacks is an error naming it."""
    for role, column in (("prompt", mapping.prompt), ("answer", mapping.answer), ("system", mapping.system)):
        if (column or role != "system") and column not in table.columns:
            raise DatasetError(QT_TR_NOOP("the table has no column “{column}” (chosen as the {role}); its columns: "
                                          "{columns}"), column=column, role=role,
                               columns=", ".join(table.columns[:20]))
    if mapping.prompt == mapping.answer:
        raise DatasetError(QT_TR_NOOP("the prompt and the answer are the same column “{column}”"),
                           column=mapping.prompt)
    result = MappedRows()
    for number, row in enumerate(table.rows, start=1):
        prompt, answer = row.get(mapping.prompt, "").strip(), row.get(mapping.answer, "").strip()
        system = row.get(mapping.system, "").strip() if mapping.system else ""
        if not prompt or not answer:
            result.empty += 1
        elif max(len(prompt), len(answer), len(system)) > MAX_EXAMPLE_CHARS:
            result.too_long += 1
        else:
            result.pairs.append(QAPair(prompt, answer, f"row {number}", system))
    return result


def _column_names(header: list[str]) -> list[str]:
    """Header cells as unique, non-empty names (a blank header is "column 3"; a repeated one gets " (2)")."""
    names: list[str] = []
    for index, cell in enumerate(header[:MAX_COLUMNS], start=1):
        name = cell.strip()[:MAX_COLUMN_NAME] or f"column {index}"
        base, copy = name, 2
        while name in names:
            name, copy = f"{base} ({copy})", copy + 1
        names.append(name)
    return names
