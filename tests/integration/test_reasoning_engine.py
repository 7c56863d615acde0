"""A reasoning template on the real engine (issue 13, part 2): the starter model's weights with DeepSeek-R1-Distill's
chat template, whose generation prompt ends `<｜Assistant｜><think>\\n`. The app learns from rendering the template
that the block is already open, so the reply (which never repeats `<think>`) is read as reasoning from its first
token, and the same stream is split at the `</think>` the model writes (here: a stop-free reply whose end is
forced by feeding the splitter the real stream plus a closing marker)."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from desktop_llm.controllers.chat_stream import ReasoningFormats, ReplyJob, ReplyProgress, stream_reply
from desktop_llm.core.events import ChatMessage
from desktop_llm.core.reasoning import ReasoningSplitter
from desktop_llm.core.sampling import SamplingParams
from desktop_llm.services.engine.engine_host import EngineHost
from tests.gguf_fixtures import with_chat_template
from tests.integration.conftest import starter_params

R1_TEMPLATE = Path("/tmp/templates/deepseek-ai-DeepSeek-R1-Distill-Llama-8B.jinja")


@pytest.fixture(scope="module")
def r1_copy(tmp_path_factory: pytest.TempPathFactory, starter_model: Path) -> Path:
    if not R1_TEMPLATE.is_file():
        pytest.skip("the DeepSeek-R1-Distill template is not on this machine")
    return with_chat_template(starter_model, tmp_path_factory.mktemp("r1") / "r1-starter.gguf",
                              R1_TEMPLATE.read_text())


@pytest.mark.slow
def test_prompt_opened_think_block_on_the_real_engine(engine: EngineHost, r1_copy: Path) -> None:
    formats = ReasoningFormats()
    fmt = formats.get(str(r1_copy))
    assert fmt.markers.close == "</think>" and fmt.opened_by_prompt  # learnt by rendering the template
    job = ReplyJob("r1-test", 1, 1, (ChatMessage("user", "What is 2 + 2?"),),
                   SamplingParams(temperature=0.0, top_k=1, seed=0, max_tokens=24), starter_params(r1_copy),
                   formats=formats)
    reports: list[ReplyProgress] = []
    finished = stream_reply(engine, job, threading.Event(), reports.append)
    parts = [part for report in reports for part in report.parts]
    reasoning = "".join(p.text for p in parts if p.kind == "reasoning")
    answer = "".join(p.text for p in parts if p.kind == "answer")
    assert finished.stats.completion_tokens > 0  # every generated token counted, reasoning included
    # The tiny model never closes the block: everything it wrote is reasoning so far, timed at the end.
    if "</think>" not in reasoning + answer:
        assert reasoning.strip() and answer == ""
        assert reports[-1].thought_s is not None and reports[-1].thought_s >= 0
    assert "<think>" not in reasoning
    # The same real text with the closing marker a reasoning model writes: split there, as the chat would.
    splitter = ReasoningSplitter(fmt)
    for piece in (reasoning, "\n</think>\n\n", "The answer is 4."):
        splitter.feed(piece)
    splitter.finish()
    assert splitter.reasoning == reasoning.strip() and splitter.answer == "The answer is 4."
