"""Untrusted chat templates and message text on the real engine (issue 10, items 6-10).

Items 6-9: a GGUF whose template hangs, folds a huge constant, blows up memory or fails on the system-prompt
retry is loaded by the real worker: /load returns, a chat answers in ChatML with a notice, and the next
request is served (not "busy"). Item 10: text in a message that spells control tokens is tokenized as plain
text, while the template's own markers stay control tokens.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_llm.core.events import ChatMessage, GenerationFinished, TextDelta
from desktop_llm.core.sampling import LoadParams, SamplingParams
from desktop_llm.engine.model_host import ModelHost
from desktop_llm.services.engine.engine_host import EngineHost
from tests.gguf_fixtures import with_chat_template
from tests.hostile.templates import HARD_LIMIT, HOSTILE, INJECTED_CONTENT, REFUSES_THEN_FAILS
from tests.integration.conftest import starter_params

pytestmark = [pytest.mark.slow, pytest.mark.timeout(180)]
GREEDY = SamplingParams(temperature=0.0, top_k=1, seed=0, max_tokens=24, repeat_penalty=1.0)
QUESTION = [ChatMessage("system", "Answer in one word."), ChatMessage("user", "What is the capital of France?")]


def collect(events: Iterator[object]) -> tuple[str, GenerationFinished]:
    text, final = [], None
    for event in events:
        if isinstance(event, TextDelta):
            text.append(event.text)
        elif isinstance(event, GenerationFinished):
            final = event
    assert final is not None
    return "".join(text), final


ENGINE_CASES = {
    "item6-nested-loops": (HOSTILE["nested string loops"][0], "loops too much"),
    "item7-constant-folding": (HOSTILE["power tower"][0], "too large"),
    "item8-string-times": (HOSTILE["string times"][0], "too large"),
    "hard-time-limit": (HARD_LIMIT["slow body"][0], "took too long"),
    "item9-retry-fails": (REFUSES_THEN_FAILS, "System role not supported"),
}


@pytest.fixture(scope="module")
def hostile_models(tmp_path_factory: pytest.TempPathFactory, starter_model: Path) -> dict[str, Path]:
    """Written once, before any test's leftover check starts (gguf's writer leaves a tqdm thread behind)."""
    folder = tmp_path_factory.mktemp("hostile-models")
    return {name: with_chat_template(starter_model, folder / f"{name}.gguf", template)
            for name, (template, _) in ENGINE_CASES.items()}


@pytest.mark.parametrize("case", sorted(ENGINE_CASES))
def test_hostile_template_costs_a_notice_and_chatml_in_the_engine(
    tmp_path: Path, hostile_models: dict[str, Path], case: str
) -> None:
    phrase = ENGINE_CASES[case][1]
    host = EngineHost(tmp_path / "logs")
    try:
        host.ensure_loaded(starter_params(hostile_models[case]))  # returns: nothing of the template runs at load
        client = host.client()
        assert client.count_chat(QUESTION) > 0  # the template ran in the engine and gave up, or was given up
        text, final = collect(client.chat_stream(QUESTION, GREEDY))
        notice = final.warning or str(host.status().to_dict().get("chat_template_warning", ""))
        assert phrase in notice and "ChatML" in notice, notice
        assert "Paris" in text  # SmolLM2 speaks ChatML, so the fallback answers
        # The engine is free again: the next request is served, not refused as "busy".
        assert client.count_chat([*QUESTION, ChatMessage("assistant", text), ChatMessage("user", "And Spain?")]) > 0
    finally:
        host.shutdown()


class _QuietLog:
    """Stands in for the worker's llama.cpp log capture, which installs a process-wide log callback."""

    def clear(self) -> None:
        pass

    def errors(self) -> list[str]:
        return []

    def layers_offloaded(self) -> tuple[int, int] | None:
        return None

    def buffer_sizes(self) -> dict[str, int]:
        return {}


@pytest.fixture(scope="module")
def model_host(starter_model: Path) -> Iterator[ModelHost]:
    host = ModelHost(_QuietLog())  # type: ignore[arg-type]
    host.load(LoadParams(path=str(starter_model), n_ctx=2048))
    yield host
    host.unload()


def test_control_tokens_in_message_text_stay_plain_text(model_host: ModelHost) -> None:
    llm = model_host.model.llm
    im_start, im_end = (llm.tokenize(marker.encode(), add_bos=False, special=True) for marker in ("<|im_start|>", "<|im_end|>"))
    assert len(im_start) == len(im_end) == 1
    messages = [ChatMessage("user", INJECTED_CONTENT)]
    tokens, rendered = model_host.tokenize_chat(messages)
    # The starter template writes a default system turn, the user turn and the assistant opening: 3 starts,
    # 2 ends. The message's own two <|im_end|> and one <|im_start|> are text.
    assert tokens.count(im_start[0]) == 3 and tokens.count(im_end[0]) == 2
    assert llm.detokenize(tokens, special=True).decode() == rendered.text
    # Before the fix the whole prompt was tokenized with special tokens parsed everywhere.
    everywhere = model_host.tokenize(rendered.text, special=True)
    assert everywhere.count(im_start[0]) == 4 and everywhere.count(im_end[0]) == 4


def test_ordinary_chats_tokenize_exactly_as_before(model_host: ModelHost) -> None:
    messages = [ChatMessage("system", "Be brief."), ChatMessage("user", "Explain <b>bold</b> and [INST] tags.")]
    tokens, rendered = model_host.tokenize_chat(messages)
    assert tokens == model_host.tokenize(rendered.text, special=True)


def test_a_template_that_inspects_content_still_keeps_message_text_plain(tmp_path: Path, model_host: ModelHost) -> None:
    """A template whose output depends on the content cannot be compared with a neutral render; the located
    content spans are used instead."""
    from desktop_llm.core.chat_template import ChatTemplate

    template = ChatTemplate(
        "{% for m in messages %}<|im_start|>{{ m.role }}\n{{ m.content }}"
        "{% if '<|im_end|>' in m.content %} (quoted){% endif %}<|im_end|>\n{% endfor %}<|im_start|>assistant\n"
    )
    model = model_host.model
    original = model.template
    model.template = template
    try:
        tokens, rendered = model_host.tokenize_chat([ChatMessage("user", INJECTED_CONTENT)])
    finally:
        model.template = original
        template.close()
    assert "(quoted)" in rendered.text
    im_end = model.llm.tokenize(b"<|im_end|>", add_bos=False, special=True)[0]
    assert tokens.count(im_end) == 1
