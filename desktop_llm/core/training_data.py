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
from desktop_llm.core.ui_text import QT_TR_NOOP, fill_template

ErrorKind = Literal["encoding", "json", "format", "missing", "empty", "too_long", "role"]
DataFormat = Literal["chat", "instruction", "text"]
MAX_EXAMPLE_CHARS = 32_000
_ROLES = {"system", "user", "assistant"}
_NO_FORM = QT_TR_NOOP("lines need either \"messages\" (chat form) or \"instruction\"/\"output\" (instruction form)")


@dataclass(frozen=True)
class LineError:
    """What is wrong with one line. The message is a QT_TR_NOOP-marked English `template` and the values for
    its {placeholders}: the Train tab translates the template before filling it in (issue 21); str() is English."""

    line: int  # 1-based
    kind: ErrorKind
    template: str
    fields: tuple[tuple[str, str], ...] = ()

    @property
    def message(self) -> str:
        return self.text()

    def text(self, template: str | None = None) -> str:
        """The message alone, filled into `template` (a translation of self.template) if given."""
        return fill_template(self.template, self.fields, template)

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}"


def _error(line: int, kind: ErrorKind, template: str, **fields: object) -> LineError:
    return LineError(line, kind, template, tuple((name, str(value)) for name, value in fields.items()))


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
        return _error(line, "format", QT_TR_NOOP("message {index} is not an object"), index=index + 1)
    role, content = raw.get("role"), raw.get("content")
    if role not in _ROLES:
        return _error(line, "role", QT_TR_NOOP("message {index} has role {role}; use system, user or assistant"),
                      index=index + 1, role=repr(role))
    if not isinstance(content, str):
        return _error(line, "missing", QT_TR_NOOP("message {index} has no text content"), index=index + 1)
    return ChatMessage(role, content)


def _chat_example(data: dict[str, object], line: int) -> Example | LineError:
    raw = data.get("messages")
    if not isinstance(raw, list) or not raw:
        return _error(line, "missing", QT_TR_NOOP("\"messages\" must be a non-empty list"))
    messages: list[ChatMessage] = []
    for index, item in enumerate(raw):
        parsed = _message(item, line, index)
        if isinstance(parsed, LineError):
            return parsed
        messages.append(parsed)
    if not any(m.role == "assistant" and m.content.strip() for m in messages):
        return _error(line, "empty", QT_TR_NOOP("no assistant message with text: nothing to learn from this line"))
    return Example(line, tuple(messages))


def _instruction_example(data: dict[str, object], line: int) -> Example | LineError:
    instruction, extra, output = data.get("instruction"), data.get("input", ""), data.get("output")
    if not isinstance(instruction, str) or not instruction.strip():
        return _error(line, "missing", QT_TR_NOOP("\"instruction\" is missing or empty"))
    if not isinstance(output, str) or not output.strip():
        return _error(line, "missing", QT_TR_NOOP("\"output\" is missing or empty"))
    if not isinstance(extra, str):
        return _error(line, "format", QT_TR_NOOP("\"input\" must be text"))
    prompt = f"{instruction.strip()}\n\n{extra.strip()}" if extra.strip() else instruction.strip()
    return Example(line, (ChatMessage("user", prompt), ChatMessage("assistant", output)))


def detect_format(first_object: dict[str, object]) -> DataFormat:
    if "messages" in first_object:
        return "chat"
    if "instruction" in first_object or "output" in first_object:
        return "instruction"
    raise ValueError(_NO_FORM)


def parse_jsonl(raw_lines: Iterable[bytes]) -> Dataset:
    """Check every line of a JSONL file; the format is taken from the first valid line."""
    dataset: Dataset | None = None
    pending: list[LineError] = []
    for number, raw in enumerate(raw_lines, start=1):
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            pending.append(_error(number, "encoding", QT_TR_NOOP("not UTF-8 (byte {byte}); save the file as UTF-8"),
                                  byte=exc.start + 1))
            continue
        if not text.strip():
            continue  # blank lines are allowed
        if len(text) > MAX_EXAMPLE_CHARS:
            pending.append(_error(number, "too_long", QT_TR_NOOP("{count} characters; at most {limit}"),
                                  count=f"{len(text):,}", limit=f"{MAX_EXAMPLE_CHARS:,}"))
            continue
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            pending.append(_error(number, "json", QT_TR_NOOP("invalid JSON ({reason} at column {column})"),
                                  reason=exc.msg, column=exc.colno))
            continue
        except RecursionError:
            # json's parser recurses once per nesting level: a line of a few thousand brackets would otherwise
            # end the whole check (issue 10, item 19). No training example nests anywhere near this deep.
            pending.append(_error(number, "json",
                                  QT_TR_NOOP("JSON nested too deeply (arrays or objects inside each other)")))
            continue
        if not isinstance(data, dict):
            pending.append(_error(number, "format", QT_TR_NOOP("each line must be a JSON object")))
            continue
        if dataset is None:
            try:
                dataset = Dataset(detect_format(data))
            except ValueError as exc:
                pending.append(_error(number, "format", str(exc)))  # _NO_FORM, a marked template
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
        dataset.errors.append(_error(1, "empty", QT_TR_NOOP("the file has no text")))
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
