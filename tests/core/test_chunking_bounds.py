"""Chunking hostile text: the tokenizer is asked a number of times, and about a number of characters, that grow
in proportion to the document (issue 10, item 18: a 1.5 MB base64 image cost thousands of calls over more
than 100 M characters), and a cancel raised from the counter stops it at once."""

from __future__ import annotations

import random
import re

import pytest

from desktop_llm.core.chunking import chunk_text, split_oversized
from desktop_llm.core.errors import Cancelled
from tests.document_fixtures import long_report
from tests.hostile.documents import base64_markdown

_PIECES = re.compile(r"[A-Za-z]{1,3}|[0-9]{1,2}|\s+|.", re.S)


class CountingTokenizer:
    """A stand-in for the model's tokenizer (short letter runs, digit pairs, whitespace runs, any other
    character alone, plus a BOS), recording how often and on how much text it is called."""

    def __init__(self) -> None:
        self.calls = 0
        self.chars = 0

    def __call__(self, text: str) -> int:
        self.calls += 1
        self.chars += len(text)
        return len(_PIECES.findall(text)) + 1


def _nothing_lost(text: str, pieces: list[str]) -> bool:
    return "".join(text.split()) == "".join("".join(pieces).split())


def test_a_one_and_a_half_megabyte_base64_image_costs_calls_in_proportion_to_its_size() -> None:
    text = base64_markdown(1_100_000)  # 1.47 MB of markdown, one line of base64 without a space or a full stop
    assert len(text) > 1_450_000
    counter = CountingTokenizer()
    budget = 1500
    chunks = chunk_text(text, counter, budget)
    tokens = CountingTokenizer()(text)
    assert all(c.tokens == CountingTokenizer()(c.text) <= budget for c in chunks)
    assert _nothing_lost(text, [c.text for c in chunks])
    assert len(chunks) <= 1.1 * tokens / budget + 2  # the pieces are full, not merely short enough
    # The old search asked 9,759 times about 375 M characters here; now a few calls a chunk, each on about a chunk.
    assert counter.calls <= 2 * len(chunks) + 10
    assert counter.chars <= 4 * len(text)


@pytest.mark.parametrize("kind", ["words", "tiny blocks", "cjk", "spaces"])
def test_other_hostile_runs_cost_calls_in_proportion_to_their_chunks(kind: str) -> None:
    rng = random.Random(7)
    if kind == "words":  # no sentence end anywhere: packed word by word before
        text = " ".join(rng.choice(["alpha", "be", "x", "delta9", "é"]) for _ in range(150_000))
    elif kind == "tiny blocks":
        text = "\n\n".join(rng.choice(["a", "bb", "c.", "- d"]) for _ in range(100_000))
    elif kind == "cjk":
        text = "これは句点のない長い文" * 40_000
    else:  # long whitespace runs between words: many characters per token
        text = " ".join("w" + " " * rng.randrange(1, 400) for _ in range(5_000))
    counter = CountingTokenizer()
    budget = 700
    chunks = chunk_text(text, counter, budget)
    assert all(c.tokens == CountingTokenizer()(c.text) <= budget for c in chunks)
    assert _nothing_lost(text, [c.text for c in chunks])
    assert counter.calls <= 3 * len(chunks) + 10
    assert counter.chars <= 6 * len(text)


def test_random_documents_always_fit_and_lose_nothing() -> None:
    rng = random.Random(3)
    parts = [long_report(pages=2, seed=5), base64_markdown(20_000, seed=2), "東京は日本の首都です。" * 300,
             "x" * 5000, "word " * 3000, "```\n" + "code line\n" * 500 + "```", "| a | b |\n|---|---|\n| 1 | 2 |"]
    for _ in range(12):
        text = "\n\n".join(rng.sample(parts, rng.randrange(1, len(parts) + 1)))
        budget = rng.choice([8, 17, 64, 300, 2000])
        chunks = chunk_text(text, CountingTokenizer(), budget)
        assert all(c.tokens == CountingTokenizer()(c.text) <= budget for c in chunks)
        assert _nothing_lost(text, [c.text for c in chunks])


def test_split_oversized_keeps_the_whole_base64_run() -> None:
    blob = base64_markdown(60_000).split("base64,")[1].split(")")[0]
    pieces = split_oversized(blob, CountingTokenizer(), 200)
    assert "".join(pieces) == blob and all(CountingTokenizer()(p) <= 200 for p in pieces)


def test_a_cancel_raised_by_the_counter_stops_chunking_between_two_calls() -> None:
    counter = CountingTokenizer()

    def count(text: str) -> int:
        if counter.calls >= 5:
            raise Cancelled("cancelled")
        return counter(text)

    with pytest.raises(Cancelled):
        chunk_text(base64_markdown(1_100_000), count, 1500)
    assert counter.calls == 5
