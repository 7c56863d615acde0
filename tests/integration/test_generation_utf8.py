"""No output ends in a broken character: a generation cut inside a multi-byte character drops its incomplete bytes
instead of flushing them as U+FFFD (issue 21: a summary cut at its length limit ended in "核心�")."""

from __future__ import annotations

import itertools

import pytest

from desktop_llm.core.events import GenerationFinished, TextDelta
from desktop_llm.core.sampling import SamplingParams
from desktop_llm.engine.generation import Utf8Stream
from desktop_llm.services.engine.engine_host import EngineHost


def test_incomplete_bytes_at_the_end_are_dropped_and_split_characters_joined() -> None:
    stream = Utf8Stream()
    core = "核心".encode()  # two 3-byte characters
    assert stream.feed(core[:2]) == "" and stream.feed(core[2:4]) == "核"
    assert stream.feed(core[4:5]) == ""
    assert stream.finish() == 2  # the last character's bytes that arrived: dropped, never shown
    fresh = Utf8Stream()
    emoji = "ok 🙂".encode()
    assert fresh.feed(emoji[:-1]) == "ok " and fresh.finish() == 3
    # a stream ends clean after finish; bytes that are invalid (not incomplete) still read as U+FFFD where they are
    assert fresh.feed(b"a\xffb") == "a\ufffdb" and fresh.finish() == 0


@pytest.mark.slow
def test_a_reply_cut_inside_a_chinese_character_ends_without_a_replacement_character(engine: EngineHost) -> None:
    """Greedy continuations of a Chinese text on the starter model, cut after 1..12 tokens: its tokenizer spells
    most Chinese characters in two or three tokens, so several cuts fall inside a character."""
    client = engine.client()
    outputs: list[str] = []
    for max_tokens in range(1, 13):
        sampling = SamplingParams(temperature=0.0, top_k=1, seed=1, max_tokens=max_tokens)
        events = list(client.completion_stream("长城是中国古代的军事防御工程，", sampling))
        finished = [e for e in events if isinstance(e, GenerationFinished)]
        assert finished[0].finish_reason == "length"
        outputs.append("".join(e.text for e in events if isinstance(e, TextDelta)))
    assert all("\ufffd" not in text for text in outputs)
    for shorter, longer in itertools.pairwise(outputs):
        assert longer.startswith(shorter)  # greedy: each cut is a prefix of the next
    # at least one cut fell inside a character: one more token added no visible text
    assert any(a == b for a, b in itertools.pairwise(outputs))
    assert any(ord(ch) > 0x2E80 for ch in outputs[-1])
