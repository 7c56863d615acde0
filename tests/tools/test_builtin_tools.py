"""The built-in tools on real files, folders and a real Knowledge store: the calculator against hostile input,
files outside the grant and symlink escapes refused, documents read through their readers."""

from __future__ import annotations

import datetime as dt
import os
import threading
import tracemalloc
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from desktop_llm.core.errors import ToolError
from desktop_llm.core.tool_types import ToolCallRequest
from desktop_llm.services.knowledge.knowledge_base import KnowledgeBase
from desktop_llm.services.tools.builtin_tools import (
    Calculator,
    CurrentDatetime,
    ReadPassage,
    SearchKnowledge,
    StoreKnowledge,
    calculate,
)
from desktop_llm.services.tools.file_tools import MAX_TEXT_CHARS, FolderGrant, ListFolder, ReadFile
from desktop_llm.services.tools.registry import ToolRegistry
from tests.document_fixtures import write_docx, write_pdf

NEVER = threading.Event()


def run(tool: Any, **arguments: Any) -> str:
    return str(tool.run(arguments, NEVER, 10.0))


def test_current_datetime_names_the_day_and_zone() -> None:
    text = run(CurrentDatetime())
    today = dt.datetime.now().astimezone()
    assert today.strftime("%A") in text or (today - dt.timedelta(seconds=5)).strftime("%A") in text
    assert today.strftime("%Y-%m") in text and "UTC" in text


@pytest.mark.parametrize(("expression", "value"), [
    ("1 + 2 * 3", "7"), ("(1 + 2) * 3", "9"), ("7 / 2", "3.5"), ("7 // 2", "3"), ("-7 % 3", "2"),
    ("2 ** 10", "1024"), ("2 ^ 3", "8"), ("sqrt(16) + factorial(5)", "124"), ("round(pi, 3)", "3.142"),
    ("max(1, 4, 2) - abs(-3)", "1"), ("10 ** 3000 // 10 ** 2999", "10"), ("0.1 + 0.2", "0.30000000000000004"),
])
def test_the_calculator_computes(expression: str, value: str) -> None:
    assert calculate(expression) == value


@pytest.mark.parametrize(("expression", "says"), [
    ("9**9**9", "too large"), ("2 ** 100000", "too large"), ("(10 ** 3000) ** 5", "too large"),
    ("factorial(100000)", "too large"), ("exp(1000)", "too large"), ("1 / 0", "division by zero"),
    ("__import__('os')", "__import__ is not allowed"),
    ("__import__('os').system('echo hi')", "Attribute is not allowed"), ("().__class__", "Attribute is not allowed"),
    ("open('/etc/passwd')", "open is not allowed"), ("x + 1", "x is not allowed"), ("[1, 2]", "List is not allowed"),
    ("lambda: 1", "Lambda is not allowed"), ("1 +", "not valid arithmetic"), ("sqrt(-1)", "cannot compute"),
    ("'a' * 3", "Constant is not allowed"), ("(" * 400 + "1" + ")" * 400, "not valid arithmetic|too large"),
    ("1" * 2000, "over 1000 characters"),
    ("True + 1", "Constant is not allowed"), ("sqrt(x=4)", "sqrt is not allowed"),
])
def test_the_calculator_refuses_hostile_input_quickly(expression: str, says: str) -> None:
    with pytest.raises(ToolError, match=says):
        calculate(expression)


def test_the_calculator_through_the_registry() -> None:
    outcome = ToolRegistry([Calculator()]).run(ToolCallRequest("c", "calculator", '{"expression": "9**9**9"}'),
                                               threading.Event())
    assert outcome.status == "error" and "too large" in outcome.content


@pytest.fixture
def shared(tmp_path: Path) -> Path:
    folder = tmp_path / "shared"
    (folder / "notes").mkdir(parents=True)
    (folder / "notes" / "todo.txt").write_text("buy milk\ncall mum\n", encoding="utf-8")
    (folder / "big.txt").write_text("x" * (MAX_TEXT_CHARS * 2 + 10), encoding="utf-8")
    (folder / "blob.bin").write_bytes(b"\x00\x01\x02" * 100)
    (tmp_path / "secret.txt").write_text("the password", encoding="utf-8")
    return folder


def test_list_and_read_inside_the_grant(shared: Path) -> None:
    grant = FolderGrant([shared])
    listing = run(ListFolder(grant))
    assert "notes/" in listing and "big.txt (" in listing and "(3 entries)" in listing
    assert run(ListFolder(grant), path="notes").endswith("todo.txt (18 bytes)")
    assert run(ReadFile(grant), path="notes/todo.txt") == "buy milk\ncall mum\n"
    assert run(ReadFile(grant), path=str(shared / "notes" / "todo.txt"), offset=9) == "call mum\n"


def test_a_long_file_comes_in_parts(shared: Path) -> None:
    first = run(ReadFile(FolderGrant([shared])), path="big.txt")
    assert first.startswith("x" * MAX_TEXT_CHARS) and f"offset {MAX_TEXT_CHARS}]" in first
    last = run(ReadFile(FolderGrant([shared])), path="big.txt", offset=MAX_TEXT_CHARS * 2)
    assert last == "x" * 10


def test_a_big_offset_into_a_big_file_reads_a_part_not_the_file(shared: Path) -> None:
    # The model picks the offset: one near the end of a 40 MB log must cost a bounded read, not the whole file
    # (and its decoded copy) in memory. Multi-byte characters check the offset counts characters, not bytes.
    line = "é" * 99 + "\n"
    (shared / "huge.log").write_text(line * 200_000 + "THE END", encoding="utf-8")
    tracemalloc.start()
    try:
        tail = run(ReadFile(FolderGrant([shared])), path="huge.log", offset=len(line) * 200_000)
        _now, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert tail == "THE END"
    assert peak < 8 * 1024 * 1024
    middle = run(ReadFile(FolderGrant([shared])), path="huge.log", offset=len(line) * 1_000 + 98)
    assert middle.startswith("é\n" + line) and f"offset {len(line) * 1_000 + 98 + MAX_TEXT_CHARS}]" in middle


@pytest.mark.parametrize(("path", "says"), [
    ("../secret.txt", "outside the folders shared"), ("/etc/passwd", "outside the folders shared"),
    ("missing.txt", "does not exist"), ("blob.bin", "not a text file"), ("notes", "is a folder"),
])
def test_files_outside_the_grant_and_bad_files_are_refused(shared: Path, path: str, says: str) -> None:
    with pytest.raises(ToolError, match=says):
        run(ReadFile(FolderGrant([shared])), path=path)


@pytest.mark.skipif(os.name == "nt", reason="symlinks need rights on Windows")
def test_a_symlink_out_of_the_grant_is_refused(shared: Path, tmp_path: Path) -> None:
    (shared / "escape.txt").symlink_to(tmp_path / "secret.txt")
    (shared / "outside").symlink_to(tmp_path)
    grant = FolderGrant([shared])
    for path in ("escape.txt", "outside/secret.txt"):
        with pytest.raises(ToolError, match="outside the folders shared"):
            run(ReadFile(grant), path=path)
    with pytest.raises(ToolError, match="outside the folders shared"):
        run(ListFolder(grant), path="outside")
    with pytest.raises(ToolError, match="no folders are shared"):
        run(ReadFile(FolderGrant([])), path="x.txt")


def test_pdf_and_word_files_are_read_as_text(shared: Path) -> None:
    write_pdf(shared / "report.pdf", ["The harbour was rebuilt in 1850."])
    write_docx(shared / "quarter.docx")
    grant = FolderGrant([shared])
    assert "harbour was rebuilt" in run(ReadFile(grant), path="report.pdf")
    assert "Sales grew by twelve percent" in run(ReadFile(grant), path="quarter.docx")
    (shared / "fake.pdf").write_bytes(b"not a pdf at all")
    with pytest.raises(ToolError, match=r"fake\.pdf cannot be read"):
        run(ReadFile(grant), path="fake.pdf")


@pytest.fixture
def knowledge(tmp_path: Path) -> Iterator[tuple[KnowledgeBase, int, int]]:
    docs, other = tmp_path / "docs", tmp_path / "other"
    docs.mkdir()
    other.mkdir()
    sections = [f"# Part {i}\n\n" + f"Section {i} talks about topic{i} at length. " * 40 for i in range(1, 6)]
    (docs / "manual.md").write_text("\n\n".join(sections), encoding="utf-8")
    (other / "private.md").write_text("# Private\n\nThe descaling secret is vinegar. " * 5, encoding="utf-8")
    base = KnowledgeBase(tmp_path / "data", tmp_path / "logs")
    ids = []
    for name, folder in (("Manuals", docs), ("Private", other)):
        collection = base.create(name, [str(folder)])
        base.index(collection.id, lambda _progress: None, threading.Event(), embed=False)
        ids.append(collection.id)
    yield base, ids[0], ids[1]
    base.close()


def test_search_knowledge_and_read_passage(knowledge: tuple[KnowledgeBase, int, int]) -> None:
    base, manuals, private = knowledge
    source = StoreKnowledge(base)
    found = run(SearchKnowledge(source, [manuals]), query="topic3", count=2)
    assert found.startswith("[passage ") and "manual.md" in found and "topic3" in found
    number = int(found.split("]", 1)[0].removeprefix("[passage "))
    passage = run(ReadPassage(source, ["Manuals"]), passage=number)
    assert "manual.md" in passage.splitlines()[0] and "topic3" in passage
    # Only the chat's collections: the other one is not searched and its passages cannot be read.
    assert "vinegar" not in run(SearchKnowledge(source, [manuals]), query="descaling vinegar")
    secret = run(SearchKnowledge(source, [private]), query="vinegar")
    secret_number = int(secret.split("]", 1)[0].removeprefix("[passage "))
    with pytest.raises(ToolError, match=f"no passage {secret_number}"):
        run(ReadPassage(source, ["Manuals"]), passage=secret_number)
    with pytest.raises(ToolError, match="no documents are attached"):
        run(SearchKnowledge(source, []), query="x")
