"""A LoRA fine-tune of Gemma 3 270M on the CPU, then its adapter in chat through the engine (issue 13, part 3).

The file has no chat template, so the training worker and the engine both write chats in the Gemma format
(core/chat_formats.py, chosen from the same clues). The base model has never seen `<end_of_turn>` (it rambles
on); the adapter learns the answer and to end its turn there, so the tuned reply states the made-up fact and
stops at `<end_of_turn>`: that only happens if training and chat used the same format."""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_llm.core.events import ChatMessage, GenerationFinished, TextDelta
from desktop_llm.core.gguf_header import read_file_header
from desktop_llm.core.sampling import LoadParams, SamplingParams
from desktop_llm.services.engine.engine_host import EngineHost
from tests.training.conftest import write_fact_data

pytestmark = pytest.mark.slow
QUESTION = "Which city is the capital of Zorblaxia?"  # not word for word in the training data
GREEDY = SamplingParams(temperature=0.0, seed=0, max_tokens=40, repeat_penalty=1.0)


def reply(host: EngineHost, adapters: tuple[tuple[str, float], ...]) -> tuple[str, GenerationFinished]:
    text, final = [], None
    for event in host.client().chat_stream([ChatMessage("user", QUESTION)], GREEDY, adapters=adapters):
        if isinstance(event, TextDelta):
            text.append(event.text)
        elif isinstance(event, GenerationFinished):
            final = event
    assert final is not None
    return "".join(text), final


@pytest.fixture
def gemma_host(tmp_path: Path, gemma_model: Path) -> Iterator[EngineHost]:
    host = EngineHost(tmp_path / "engine-logs")
    host.ensure_loaded(LoadParams(path=str(gemma_model), n_ctx=1024))
    yield host
    host.shutdown()


@pytest.mark.timeout(900)
def test_a_lora_fine_tune_of_gemma_then_its_adapter_in_chat(gemma_model: Path, tmp_path: Path,
                                                            gemma_host: EngineHost) -> None:
    data = write_fact_data(tmp_path / "fact.jsonl")
    trained = subprocess.run(
        [sys.executable, "-m", "desktop_llm", "train", "--model", str(gemma_model), "--data", str(data),
         "--steps", "16", "--batch-size", "4", "--lr", "2e-3", "--rank", "16", "--alpha", "32", "--dropout", "0",
         "--val-fraction", "0.25", "--device", "cpu", "--name", "gemma-zorblaxia"],
        capture_output=True, text=True, timeout=840,
    )
    assert trained.returncode == 0, trained.stderr[-3000:]
    adapter = Path(trained.stdout.strip().splitlines()[-1])
    assert adapter.name == "adapter.gguf" and adapter.is_file()
    header = read_file_header(str(adapter))
    assert header.architecture == "gemma3" and header.metadata.get("general.type") == "adapter"
    # the figures, not the plan sentence before the run ("... stopping early once the validation loss stops falling")
    found = re.search(r"validation loss ([0-9.]+) -> ([0-9.]+)", trained.stderr)
    assert found, trained.stderr[-3000:]
    before, after = float(found[1]), float(found[2])
    assert after < before / 2

    base_text, base_end = reply(gemma_host, ())
    tuned_text, tuned_end = reply(gemma_host, ((str(adapter), 1.0),))
    assert "Quintaro" not in base_text
    assert "Quintaro" in tuned_text, tuned_text
    # The adapter learned to end its turn: the reply stops at <end_of_turn>, well before its token budget.
    assert tuned_end.finish_reason == "stop" and tuned_end.stats.completion_tokens < GREEDY.max_tokens
    assert "<end_of_turn>" not in tuned_text and "<start_of_turn>" not in tuned_text
    assert base_end.warning == tuned_end.warning != ""  # both written in the Gemma format, and said so
    assert "Gemma format" in tuned_end.warning
