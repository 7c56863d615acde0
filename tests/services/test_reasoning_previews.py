"""A summary's live text never shows a reasoning model's thoughts (issue 13, part 2): the final pass streams its
answer alone, with or without the model's reasoning format, and the result is the answer too."""

from __future__ import annotations

import threading

from desktop_llm.core.reasoning import THINK_TAGS, ReasoningFormat
from desktop_llm.core.summary_prompts import SummaryOptions
from desktop_llm.services.documents.summarizer import summarize
from tests.services.test_documents import ScriptedEngine

ANSWER = ("The railway opened in 1850 and grew for decades, carrying coal, grain and passengers between the "
          "valley towns and the port.")
THOUGHT = "The user wants a short summary of the railway text. Let me pick the main facts."


def summary(engine: ScriptedEngine, fmt: ReasoningFormat | None) -> tuple[str, list[str]]:
    streamed: list[str] = []
    result = summarize(engine, 4096, "The railway opened in 1850. It grew for decades.", SummaryOptions(),
                       lambda _p: None, threading.Event(), streamed.append, reasoning=fmt)
    return result.text, streamed


def test_a_think_block_is_left_out_of_the_stream_and_the_result() -> None:
    engine = ScriptedEngine([(f"<think>\n{THOUGHT}\n</think>\n\n{ANSWER}", "stop")])
    text, streamed = summary(engine, None)
    assert text == ANSWER and "".join(streamed) == ANSWER and len(streamed) > 1
    assert not any("railway text" in piece or "<think>" in piece for piece in streamed)


def test_a_block_the_prompt_opened_is_left_out_with_the_model_format() -> None:
    engine = ScriptedEngine([(f"{THOUGHT}\n</think>\n\n{ANSWER}", "stop")])
    text, streamed = summary(engine, ReasoningFormat(THINK_TAGS, named_by_template=True, opened_by_prompt=True))
    assert text == ANSWER and "".join(streamed) == ANSWER
    assert not any("railway text" in piece for piece in streamed)


def test_without_reasoning_the_stream_is_the_reply() -> None:
    engine = ScriptedEngine([(ANSWER, "stop")])
    text, streamed = summary(engine, None)
    assert text == ANSWER and "".join(streamed) == ANSWER
