"""Memory estimate from the data's lengths: tokens estimated from characters, batches padded to their longest
example, cut at the maximum sequence length (issue 20, item 6)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from desktop_llm.core.fit_estimate import ModelShape
from desktop_llm.core.gguf_header import read_file_header
from desktop_llm.core.training_config import TrainConfig
from desktop_llm.core.training_memory import ExampleLengths, estimate_tokens, estimate_training_memory, fitting_config

BASE = TrainConfig(base_model="m.gguf", data_path="d.jsonl", batch_size=4, max_seq_len=1024)


def test_tokens_are_estimated_from_characters_erring_high() -> None:
    # SmolLM2's tokenizer: 23 tokens, and 71 for the Chinese sentence below (43 characters).
    assert 23 <= estimate_tokens("What is the capital of Zorblaxia? The capital of Zorblaxia is Quintaro.") <= 30
    assert estimate_tokens("佐尔布拉西亚的首都是昆塔罗。我们在自己的数据上训练一个小型语言模型，让它能够回答问题。") >= 60
    assert estimate_tokens("") == 0


def test_the_peak_batch_is_padded_to_the_longest_example_and_cut_at_max_seq_len() -> None:
    lengths = ExampleLengths((40, 55, 300, 60))
    assert lengths.peak_batch_tokens(batch_size=4, max_seq_len=1024) == 4 * 300
    assert lengths.peak_batch_tokens(batch_size=2, max_seq_len=128) == 2 * 128
    assert lengths.peak_batch_tokens(batch_size=16, max_seq_len=1024) == 4 * 300  # no more rows than examples
    assert ExampleLengths(()).peak_batch_tokens(4, 1024) == 4 * 1024  # no data: the worst case
    estimated = ExampleLengths.of_messages([["Hi", "Hello there"]], template_tokens=10)
    assert estimated.tokens == (estimate_tokens("Hi") + estimate_tokens("Hello there") + 2 * 8 + 10,)


def test_short_data_needs_a_fraction_of_the_worst_case(starter_model: Path) -> None:
    header = read_file_header(str(starter_model))
    shape = ModelShape.from_header(header)
    short = ExampleLengths((64,) * 10)
    worst = estimate_training_memory(shape, header.parameter_count, BASE, False)
    real = estimate_training_memory(shape, header.parameter_count, BASE, False, short)
    assert real.activations * 16 == worst.activations  # 4 x 64 tokens instead of 4 x 1024
    assert real.weights == worst.weights and real.total < worst.total / 4
    # A suggestion for data that does not fit shrinks what matters for it, and then fits.
    long = ExampleLengths((4000,) * 8)
    wanted = replace(BASE, batch_size=8, max_seq_len=4096)
    fitting = fitting_config(shape, header.parameter_count, wanted, False, 3 * 1024**3, long)
    assert fitting is not None
    assert estimate_training_memory(shape, header.parameter_count, fitting, False, long).total <= 3 * 1024**3
