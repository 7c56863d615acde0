"""Chunking a base64 image with the starter model's own tokenizer: every chunk fits by the engine's count,
and the engine is asked a few times a chunk, not thousands of times over the whole rest (issue 10, item 18)."""

from __future__ import annotations

import pytest

from desktop_llm.core.chunking import chunk_text
from desktop_llm.services.documents.summarizer import TokenCounter
from desktop_llm.services.engine.engine_host import EngineHost
from tests.hostile.documents import base64_markdown

pytestmark = [pytest.mark.slow, pytest.mark.module_engine]


def test_a_base64_image_is_chunked_with_a_few_real_counts_per_chunk(engine: EngineHost) -> None:
    client = engine.client()
    counter = TokenCounter(client)
    text = base64_markdown(300_000)
    budget = 1500
    chunks = chunk_text(text, counter, budget)
    assert len(chunks) > 20
    assert counter.calls <= 2 * len(chunks) + 10 and counter.chars <= 4 * len(text)
    assert all(chunk.tokens == client.count(chunk.text) <= budget for chunk in chunks)
    assert "".join("".join(c.text for c in chunks).split()) == "".join(text.split())
    print(f"{len(text):,} characters, {len(chunks)} chunks: {counter.calls} calls over {counter.chars:,} characters")
