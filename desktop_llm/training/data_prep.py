"""Examples to token ids and labels, formatted exactly as chat formats them.

Chat and instruction examples are rendered with the model's own chat template through the same sandboxed
renderer the engine uses (core/chat_template.py), so the adapter learns the prompt layout it will see in
chat. The loss is taken on assistant turns only: everything else is labelled -100. Plain-text examples are
trained on whole, ending with the end-of-sequence token.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import torch

from desktop_llm.core.chat_template import ChatTemplate
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


def _ids(tokenizer: Any, text: str) -> list[int]:
    return list(tokenizer(text, add_special_tokens=False)["input_ids"])


def tokenize_example(example: Example, tokenizer: Any, template: ChatTemplate, text_format: bool) -> Tokenized:
    if text_format:
        ids = _ids(tokenizer, example.messages[0].content)
        if tokenizer.eos_token_id is not None:
            ids.append(int(tokenizer.eos_token_id))
        return Tokenized(ids, list(ids))
    messages = example.messages
    ids = _ids(tokenizer, template.render(messages, add_generation_prompt=False).text)
    labels = [IGNORE] * len(ids)
    for index, message in enumerate(messages):
        if message.role != "assistant":
            continue
        start = len(_ids(tokenizer, template.render(messages[:index], add_generation_prompt=True).text))
        end = len(_ids(tokenizer, template.render(messages[: index + 1], add_generation_prompt=False).text))
        for position in range(start, min(end, len(ids))):
            labels[position] = ids[position]
    return Tokenized(ids, labels)


def prepare(
    examples: Sequence[Example], tokenizer: Any, template: ChatTemplate, text_format: bool, max_seq_len: int
) -> PreparedData:
    items: list[Tokenized] = []
    truncated = dropped = 0
    for example in examples:
        item = tokenize_example(example, tokenizer, template, text_format)
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
