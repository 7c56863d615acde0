"""Hostile training data files: lines that once broke the data reader, generated rather than stored.

Each generator returns the bytes of one JSONL line (without its newline) or writes a whole file; the tests
that use them say which defect each one reproduces.
"""

from __future__ import annotations

import json
from pathlib import Path


def deeply_nested_line(depth: int = 5_000) -> bytes:
    """`[[[[…]]]]`: json's parser recursed once per level and raised RecursionError out of the whole check
    (issue 10, item 19)."""
    return b"[" * depth + b"]" * depth


def nested_inside_messages_line(depth: int = 5_000) -> bytes:
    """A chat line whose message content is a deep nest: valid-looking at the top, recursive inside."""
    return b'{"messages": [{"role": "user", "content": ' + deeply_nested_line(depth) + b"}]}"


def unclosed_nesting_line(depth: int = 15_000) -> bytes:
    """Only opening brackets, under the per-line character limit: the parser recurses before it finds the
    line is invalid."""
    return b"{\"a\":" * (depth // 5) + b"[" * (depth - depth // 5 * 5)


def good_line(question: str = "What is 2 + 2?", answer: str = "4") -> bytes:
    return json.dumps({"messages": [{"role": "user", "content": question}, {"role": "assistant", "content": answer}]}).encode()


def write_jsonl(path: Path, lines: list[bytes]) -> Path:
    path.write_bytes(b"\n".join(lines) + b"\n")
    return path


def hostile_dataset(path: Path) -> Path:
    """Good lines around every hostile line above, so a reader must report each by its number and keep the rest."""
    return write_jsonl(path, [good_line(), deeply_nested_line(), good_line("Hi", "Hello"), nested_inside_messages_line(),
                              unclosed_nesting_line(), good_line("Bye", "Goodbye")])
