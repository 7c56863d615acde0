"""Training data for LoRA fine-tunes: reading JSONL (chat or instruction form) or plain text, checking every
line, and splitting train/validation. Pure Python: the training worker and the panel both use it.

Each problem is reported with its line number and kind, so the user can fix the file or skip the bad lines.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from desktop_llm.core.conversation import MessageNode
from desktop_llm.core.events import ChatMessage

ErrorKind = Literal["encoding", "json", "format", "missing", "empty", "too_long", "role"]
DataFormat = Literal["chat", "instruction", "text"]
MAX_EXAMPLE_CHARS = 32_000
_ROLES = {"system", "user", "assistant"}


@dataclass(frozen=True)
class LineError:
    line: int  # 1-based
    kind: ErrorKind
    message: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}"


@dataclass(frozen=True)
class Example:
    """One training conversation; the loss is taken on the assistant turns only."""

    line: int
    messages: tuple[ChatMessage, ...]


@dataclass
class Dataset:
    format: DataFormat
    examples: list[Example] = field(default_factory=list)
    errors: list[LineError] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors

    def usable(self, skip_bad_lines: bool) -> bool:
        """Trainable as it stands: no bad lines, or bad lines the user chose to skip beside good ones."""
        return not self.errors or (skip_bad_lines and bool(self.examples))

    def first_errors(self, limit: int) -> tuple[list[str], int]:
        """The first `limit` errors as text, and how many more there are."""
        return [str(e) for e in self.errors[:limit]], max(0, len(self.errors) - limit)


def _message(raw: object, line: int, index: int) -> ChatMessage | LineError:
    if not isinstance(raw, dict):
        return LineError(line, "format", f"message {index + 1} is not an object")
    role, content = raw.get("role"), raw.get("content")
    if role not in _ROLES:
        return LineError(line, "role", f"message {index + 1} has role {role!r}; use system, user or assistant")
    if not isinstance(content, str):
        return LineError(line, "missing", f"message {index + 1} has no text content")
    return ChatMessage(role, content)


def _chat_example(data: dict[str, object], line: int) -> Example | LineError:
    raw = data.get("messages")
    if not isinstance(raw, list) or not raw:
        return LineError(line, "missing", "\"messages\" must be a non-empty list")
    messages: list[ChatMessage] = []
    for index, item in enumerate(raw):
        parsed = _message(item, line, index)
        if isinstance(parsed, LineError):
            return parsed
        messages.append(parsed)
    if not any(m.role == "assistant" and m.content.strip() for m in messages):
        return LineError(line, "empty", "no assistant message with text: nothing to learn from this line")
    return Example(line, tuple(messages))


def _instruction_example(data: dict[str, object], line: int) -> Example | LineError:
    instruction, extra, output = data.get("instruction"), data.get("input", ""), data.get("output")
    if not isinstance(instruction, str) or not instruction.strip():
        return LineError(line, "missing", "\"instruction\" is missing or empty")
    if not isinstance(output, str) or not output.strip():
        return LineError(line, "missing", "\"output\" is missing or empty")
    if not isinstance(extra, str):
        return LineError(line, "format", "\"input\" must be text")
    prompt = f"{instruction.strip()}\n\n{extra.strip()}" if extra.strip() else instruction.strip()
    return Example(line, (ChatMessage("user", prompt), ChatMessage("assistant", output)))


def detect_format(first_object: dict[str, object]) -> DataFormat:
    if "messages" in first_object:
        return "chat"
    if "instruction" in first_object or "output" in first_object:
        return "instruction"
    raise ValueError("lines need either \"messages\" (chat form) or \"instruction\"/\"output\" (instruction form)")


def parse_jsonl(raw_lines: Iterable[bytes]) -> Dataset:
    """Check every line of a JSONL file; the format is taken from the first valid line."""
    dataset: Dataset | None = None
    pending: list[LineError] = []
    for number, raw in enumerate(raw_lines, start=1):
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            pending.append(LineError(number, "encoding", f"not UTF-8 (byte {exc.start + 1}); save the file as UTF-8"))
            continue
        if not text.strip():
            continue  # blank lines are allowed
        if len(text) > MAX_EXAMPLE_CHARS:
            pending.append(LineError(number, "too_long", f"{len(text):,} characters; at most {MAX_EXAMPLE_CHARS:,}"))
            continue
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            pending.append(LineError(number, "json", f"invalid JSON ({exc.msg} at column {exc.colno})"))
            continue
        except RecursionError:
            # json's parser recurses once per nesting level: a line of a few thousand brackets would otherwise
            # end the whole check (issue 10, item 19). No training example nests anywhere near this deep.
            pending.append(LineError(number, "json", "JSON nested too deeply (arrays or objects inside each other)"))
            continue
        if not isinstance(data, dict):
            pending.append(LineError(number, "format", "each line must be a JSON object"))
            continue
        if dataset is None:
            try:
                dataset = Dataset(detect_format(data))
            except ValueError as exc:
                pending.append(LineError(number, "format", str(exc)))
                continue
        parse = _chat_example if dataset.format == "chat" else _instruction_example
        result = parse(data, number)
        if isinstance(result, LineError):
            pending.append(result)
        else:
            dataset.examples.append(result)
    dataset = dataset or Dataset("chat")
    dataset.errors = sorted(pending, key=lambda e: e.line) + dataset.errors
    return dataset


def parse_text(text: str, chunk_chars: int = 2000) -> Dataset:
    """Plain text for continued pre-training: paragraphs packed into examples of about `chunk_chars`."""
    dataset = Dataset("text")
    current: list[str] = []
    size = 0
    for paragraph in (p.strip() for p in text.split("\n\n")):
        if not paragraph:
            continue
        if current and size + len(paragraph) > chunk_chars:
            dataset.examples.append(Example(len(dataset.examples) + 1, (ChatMessage("assistant", "\n\n".join(current)),)))
            current, size = [], 0
        current.append(paragraph)
        size += len(paragraph)
    if current:
        dataset.examples.append(Example(len(dataset.examples) + 1, (ChatMessage("assistant", "\n\n".join(current)),)))
    if not dataset.examples:
        dataset.errors.append(LineError(1, "empty", "the file has no text"))
    return dataset


def split(examples: Sequence[Example], validation_fraction: float = 0.1, seed: int = 0) -> tuple[
        list[Example], list[Example]]:
    """A reproducible train/validation split; at least one validation example when there are two or more."""
    if not 0 <= validation_fraction < 1:
        raise ValueError("the validation fraction must be in [0, 1)")
    order = list(examples)
    random.Random(seed).shuffle(order)
    count = round(len(order) * validation_fraction)
    if validation_fraction > 0 and len(order) >= 2:
        count = max(1, count)
    return order[count:], order[:count]


def conversations_to_jsonl(chats: Iterable[tuple[str, Sequence[MessageNode]]]) -> list[str]:
    """Saved conversations (system prompt, current branch) as chat-form JSONL lines.

    Only finished user/assistant turns are kept (a reply that was stopped or failed is not a good
    example), and a conversation without a complete assistant reply is left out.
    """
    lines: list[str] = []
    for system_prompt, path in chats:
        messages = [{"role": "system", "content": system_prompt}] if system_prompt.strip() else []
        for node in path:
            if node.role in ("user", "assistant") and node.status == "complete" and node.content.strip():
                messages.append({"role": node.role, "content": node.content})
        while messages and messages[-1]["role"] != "assistant":
            messages.pop()
        if any(m["role"] == "assistant" for m in messages):
            lines.append(json.dumps({"messages": messages}, ensure_ascii=False))
    return lines


def read_dataset(path: Path) -> Dataset:
    """A data file by its kind: JSONL (chat or instruction form) for .jsonl/.json, plain text otherwise."""
    if path.suffix.lower() in (".jsonl", ".json"):
        with open(path, "rb") as handle:
            return parse_jsonl(handle)
    return parse_text(path.read_text(encoding="utf-8", errors="replace"))
