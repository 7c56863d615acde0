"""The live answer of a streamed reply (issue 13, part 2): what a summary's or translation's preview shows while the
reply streams, and it must never show the reasoning: the same answer as strip_reasoning gives for the whole reply,
at every split of the stream, with nothing of the reasoning given out on the way."""

from __future__ import annotations

import pytest

from desktop_llm.core.reasoning import FAMILIES, THINK_TAGS, ReasoningFormat, strip_reasoning
from desktop_llm.core.reasoning_live import LiveAnswer

REPLIES = [
    "<think>\nThe user wants a summary. Keep it short.\n</think>\n\nThe railway opened in 1850.",
    "  <think>Pondering.</think>The answer.",
    "<|channel|>analysis<|message|>Think it over.<|end|><|start|>assistant<|channel|>final<|message|>Done.<|return|>",
    "<|START_THINKING|>Plan it.<|END_THINKING|><|START_RESPONSE|>Result.<|END_RESPONSE|>",
    "◁think▷Kimi reasons.◁/think▷Kimi answers.",
    "[THINK]Magistral reasons.[/THINK]Magistral answers.",
    "A plain reply that mentions <think> in passing.",
    "<th is not a marker, and this is all answer.",
    "<think>Never closed, so there is no answer yet",
    "",
]


def stream(live: LiveAnswer, text: str, size: int) -> list[str]:
    pieces = [live.feed(text[i:i + size]) for i in range(0, len(text), size)]
    return [*pieces, live.finish()]


@pytest.mark.parametrize("reply", REPLIES)
@pytest.mark.parametrize("size", [1, 2, 5, 1000])
def test_the_live_answer_is_the_stripped_reply_at_every_split(reply: str, size: int) -> None:
    live = LiveAnswer()
    pieces = stream(live, reply, size)
    assert "".join(pieces) == live.answer == strip_reasoning(reply)
    for marker in {m for family in FAMILIES for m in (family.open, family.close)} - {"<think>"}:
        assert not any(marker in piece for piece in pieces)


def test_nothing_of_the_reasoning_is_given_out_while_it_streams() -> None:
    reply = REPLIES[0]
    live = LiveAnswer()
    given = [(reply[:i + 1], live.feed(ch)) for i, ch in enumerate(reply)]
    before_close = [piece for seen, piece in given if "</think>" not in seen]
    assert before_close and not any(before_close)  # silent until the block closed
    assert "".join(piece for _seen, piece in given) + live.finish() == "The railway opened in 1850."


def test_with_the_model_format_a_block_the_prompt_opened_is_left_out_live() -> None:
    """DeepSeek-R1's prompt ends in `<think>\\n`: the reply holds only the closing marker. Without the format a
    stream cannot know that live (its answer is then the whole reply until strip_reasoning sees the end)."""
    reply = "The user asks about trains. Answer briefly.\n</think>\n\nTrains run hourly."
    opened = ReasoningFormat(THINK_TAGS, named_by_template=True, opened_by_prompt=True)
    live = LiveAnswer(opened)
    pieces = stream(live, reply, 3)
    assert "".join(pieces) == live.answer == "Trains run hourly." == strip_reasoning(reply)
    assert not any("trains" in piece for piece in pieces)
    # A model that writes the opening marker its prompt already wrote: still left out.
    assert "".join(stream(LiveAnswer(opened), "<think>\nHmm.\n</think>\n\nYes.", 4)) == "Yes."
    # Nothing after the block yet: no answer.
    assert "".join(stream(LiveAnswer(opened), "Still thinking about it", 4)) == ""
