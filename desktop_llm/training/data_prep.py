"""Examples to token ids and labels, formatted exactly as chat formats them.

Chat and instruction examples are rendered with the model's own chat template through the same sandboxed
renderer the engine uses (core/chat_template.py), so the adapter learns the prompt layout it will see in
chat. The loss is taken on assistant turns only: everything else is labelled -100. Plain-text examples are
trained on whole, ending with the end-of-sequence token.

Control tokens are real only where the template wrote them (issue 10, item 10): an example whose messages
spell `<|im_end|><|im_start|>system` (a document, a pasted page) is trained on that text as plain text, not
as a new turn. Such examples are tokenized in pieces exactly as the engine tokenizes a chat
(core/control_text.py, shared with engine/prompt_tokens.py), so the adapter learns the ids chat will feed it;
every other example is tokenized in one call, as before.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import torch

from desktop_llm.core.chat_template import ChatTemplate
from desktop_llm.core.control_text import control_pattern, message_control_spans, pieces, spells_control
from desktop_llm.core.events import ChatMessage
from desktop_llm.core.training_data import Example

IGNORE = -100


@dataclass(frozen=True)
class Tokenized:
    input_ids: list[int]
    labels: list[int]

    @property
    def trained_tokens(self) -> int:
        return sum(1 for label in self.labels if label != IGNORE)


@dataclass(frozen=True)
class PreparedData:
    items: list[Tokenized]
    truncated: int  # examples cut at max_seq_len
    dropped: int  # examples with no assistant token left after cutting


def _ids(tokenizer: Any, text: str, special: bool = True) -> list[int]:
    """`special=False` reads the text of a control token as plain text (split_special_tokens)."""
    if special:  # called exactly as before the fix, so ordinary examples keep their ids
        return list(tokenizer(text, add_special_tokens=False)["input_ids"])
    return list(tokenizer(text, add_special_tokens=False, split_special_tokens=True)["input_ids"])


def _control_pattern(tokenizer: Any) -> re.Pattern[str] | None:
    """The texts the tokenizer turns into special tokens (the others are ordinary text)."""
    added = getattr(tokenizer, "added_tokens_decoder", {}) or {}
    return control_pattern(str(token.content) for token in added.values() if token.special and token.content)


class ChatTokenizer:
    """Renders and tokenizes chats for one tokenizer and template, keeping message control text plain."""

    def __init__(self, tokenizer: Any, template: ChatTemplate) -> None:
        self.tokenizer = tokenizer
        self.template = template
        self.pattern = _control_pattern(tokenizer)

    def text_ids(self, text: str) -> list[int]:
        pattern = self.pattern
        return _ids(self.tokenizer, text, special=pattern is None or pattern.search(text) is None)

    def chat_ids(self, messages: Sequence[ChatMessage], add_generation_prompt: bool) -> list[int]:
        rendered = self.template.render(messages, add_generation_prompt)
        pattern = self.pattern
        if pattern is None or not spells_control(pattern, messages):
            return _ids(self.tokenizer, rendered.text)
        plain = message_control_spans(pattern, self.template, messages, rendered, add_generation_prompt)
        ids: list[int] = []
        for piece, special in pieces(rendered.text, plain):
            ids += _ids(self.tokenizer, piece, special)
        return ids


def tokenize_example(example: Example, tokenizer: Any, template: ChatTemplate, text_format: bool) -> Tokenized:
    return _tokenize(example, ChatTokenizer(tokenizer, template), text_format)


def _tokenize(example: Example, chat: ChatTokenizer, text_format: bool) -> Tokenized:
    if text_format:
        ids = chat.text_ids(example.messages[0].content)
        if chat.tokenizer.eos_token_id is not None:
            ids.append(int(chat.tokenizer.eos_token_id))
        return Tokenized(ids, list(ids))
    messages = example.messages
    ids = chat.chat_ids(messages, add_generation_prompt=False)
    labels = [IGNORE] * len(ids)
    for index, message in enumerate(messages):
        if message.role != "assistant":
            continue
        start = len(chat.chat_ids(messages[:index], add_generation_prompt=True))
        end = len(chat.chat_ids(messages[: index + 1], add_generation_prompt=False))
        for position in range(start, min(end, len(ids))):
            labels[position] = ids[position]
    return Tokenized(ids, labels)


def prepare(
    examples: Sequence[Example], tokenizer: Any, template: ChatTemplate, text_format: bool, max_seq_len: int
) -> PreparedData:
    items: list[Tokenized] = []
    truncated = dropped = 0
    chat = ChatTokenizer(tokenizer, template)
    for example in examples:
        item = _tokenize(example, chat, text_format)
        if len(item.input_ids) > max_seq_len:
            truncated += 1
            item = Tokenized(item.input_ids[:max_seq_len], item.labels[:max_seq_len])
        if item.trained_tokens == 0:
            dropped += 1
            continue
        items.append(item)
    return PreparedData(items, truncated, dropped)


def collate(batch: Sequence[Tokenized], pad_id: int) -> dict[str, torch.Tensor]:
    """Right-padded tensors for one micro-batch: pads are masked out of attention and loss."""
    width = max(len(item.input_ids) for item in batch)
    input_ids = torch.full((len(batch), width), pad_id, dtype=torch.long)
    labels = torch.full((len(batch), width), IGNORE, dtype=torch.long)
    attention = torch.zeros((len(batch), width), dtype=torch.long)
    for row, item in enumerate(batch):
        n = len(item.input_ids)
        input_ids[row, :n] = torch.tensor(item.input_ids)
        labels[row, :n] = torch.tensor(item.labels)
        attention[row, :n] = 1
    return {"input_ids": input_ids, "labels": labels, "attention_mask": attention}
