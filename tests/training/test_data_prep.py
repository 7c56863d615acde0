"""Formatting for training: the model's own template, loss on assistant tokens only, and right padding that
needs no attention mask."""

from __future__ import annotations

from pathlib import Path

import pytest
import torch

from desktop_llm.core.events import ChatMessage
from desktop_llm.core.training_data import Example
from desktop_llm.training.data_prep import IGNORE, collate, prepare, tokenize_example
from desktop_llm.training.model_loading import BaseModel, load_base


@pytest.fixture(scope="module")
def base(tiny_llama: Path, tmp_path_factory: pytest.TempPathFactory) -> BaseModel:
    return load_base(str(tiny_llama), torch.float32, tmp_path_factory.mktemp("tok"))


def test_only_assistant_turns_carry_labels(base: BaseModel) -> None:
    example = Example(1, (ChatMessage("system", "Be terse."), ChatMessage("user", "Capital of Zorblaxia?"),
                          ChatMessage("assistant", "Quintaro."), ChatMessage("user", "Sure?"),
                          ChatMessage("assistant", "Yes.")))
    item = tokenize_example(example, base.tokenizer, base.template, text_format=False)
    trained = base.tokenizer.decode([t for t, label in zip(item.input_ids, item.labels, strict=True) if label != IGNORE])
    assert "Quintaro." in trained and "Yes." in trained
    assert "Zorblaxia" not in trained and "Be terse" not in trained and "Sure?" not in trained
    assert "<|im_end|>" in trained  # the model learns to end its turn


def test_long_examples_are_cut_and_empty_ones_dropped(base: BaseModel) -> None:
    long = Example(1, (ChatMessage("user", "word " * 400), ChatMessage("assistant", "ok")))
    short = Example(2, (ChatMessage("user", "hi"), ChatMessage("assistant", "hello " * 50)))
    data = prepare([long, short], base.tokenizer, base.template, text_format=False, max_seq_len=64)
    assert data.truncated == 2 and data.dropped == 1 and len(data.items) == 1
    assert len(data.items[0].input_ids) == 64


def test_right_padding_without_a_mask_gives_the_masked_loss(base: BaseModel) -> None:
    examples = [Example(1, (ChatMessage("user", "hi"), ChatMessage("assistant", "hello there"))),
                Example(2, (ChatMessage("user", "a longer question " * 5), ChatMessage("assistant", "a longer answer " * 5)))]
    data = prepare(examples, base.tokenizer, base.template, text_format=False, max_seq_len=256)
    batch = collate(data.items, pad_id=int(base.tokenizer.pad_token_id))
    assert batch["attention_mask"].min() == 0  # really padded
    with torch.no_grad():
        masked = base.model(**batch).loss
        unmasked = base.model(input_ids=batch["input_ids"], labels=batch["labels"]).loss
    assert float(unmasked) == pytest.approx(float(masked), rel=1e-5)
