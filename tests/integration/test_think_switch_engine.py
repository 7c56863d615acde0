"""The Think switch on the real engine (issue 13, part 2): the starter model's weights with Qwen3's real chat template,
which reads `enable_thinking`. Sent as `chat_template_kwargs`, the variable reaches the template: with it false
Qwen3's generation prompt ends in an empty think block, so the engine's count of the same chat grows, a reply is
written from that prompt, and a variable the renderer owns is refused with a 400."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from desktop_llm.controllers.chat_stream import ReasoningFormats, ReplyJob, ReplyProgress, stream_reply
from desktop_llm.core.chat_template import ChatTemplate
from desktop_llm.core.errors import EngineRequestError
from desktop_llm.core.events import ChatMessage
from desktop_llm.core.sampling import SamplingParams
from desktop_llm.services.engine.engine_host import EngineHost
from tests.gguf_fixtures import with_chat_template
from tests.integration.conftest import starter_params

QWEN3 = Path(__file__).parents[1] / "fixtures" / "chat_templates" / "Qwen-Qwen3-0.6B.jinja"
CHAT = (ChatMessage("user", "What is 2 + 2?"),)
EMPTY_BLOCK = "<think>\n\n</think>\n\n"


@pytest.fixture(scope="module")
def qwen3_copy(tmp_path_factory: pytest.TempPathFactory, starter_model: Path) -> Path:
    return with_chat_template(starter_model, tmp_path_factory.mktemp("qwen3") / "qwen3-starter.gguf",
                              QWEN3.read_text())


@pytest.mark.slow
def test_enable_thinking_reaches_the_template_on_the_real_engine(engine: EngineHost, qwen3_copy: Path) -> None:
    with ChatTemplate(QWEN3.read_text()) as template:  # what the engine renders, seen here
        on = template.render(CHAT, template_kwargs={"enable_thinking": True}).text
        off = template.render(CHAT, template_kwargs={"enable_thinking": False}).text
    assert off == on + EMPTY_BLOCK and on.endswith("<|im_start|>assistant\n")

    engine.ensure_loaded(starter_params(qwen3_copy))
    client = engine.client()
    counted_on = client.count_chat(CHAT, {"enable_thinking": True})
    assert client.count_chat(CHAT) == counted_on  # on is the template's default
    assert client.count_chat(CHAT, {"enable_thinking": False}) > counted_on  # the empty block is in the prompt

    formats = ReasoningFormats()
    assert formats.get(str(qwen3_copy)).reads_enable_thinking  # the app offers the switch for this file
    sampling = SamplingParams(temperature=0.0, top_k=1, seed=0, max_tokens=12)
    prompts = []
    for thinking in (True, False):
        job = ReplyJob(f"think-{thinking}", 1, 1, CHAT, sampling, starter_params(qwen3_copy), formats=formats,
                       thinking=thinking)
        reports: list[ReplyProgress] = []
        finished = stream_reply(engine, job, threading.Event(), reports.append)
        assert finished.stats.completion_tokens > 0 and reports
        prompts.append(finished.stats.prompt_tokens)
    assert prompts[1] > prompts[0]  # the reply with the switch off was written from the longer prompt

    with pytest.raises(EngineRequestError) as refused:
        client.post_json("/v1/chat/completions", {"messages": [m.to_dict() for m in CHAT], "max_tokens": 4,
                                                  "chat_template_kwargs": {"messages": []}})
    assert refused.value.status == 400 and "messages" in str(refused.value)
