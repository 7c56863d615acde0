"""A real Chinese document on the starter model's own tokenizer (issue 21): every chunk within its budget as the
engine counts it, cut at sentence ends; and a summary cut at its length limit with no replacement character."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from desktop_llm.core.chunking import chunk_text, split_blocks
from desktop_llm.core.sampling import SamplingParams
from desktop_llm.core.summary_prompts import SummaryOptions
from desktop_llm.services.documents.summarizer import summarize
from desktop_llm.services.engine.engine_host import EngineHost

pytestmark = [pytest.mark.slow, pytest.mark.module_engine, pytest.mark.timeout(900)]
FIXTURES = Path(__file__).parent.parent / "fixtures" / "chinese"


def test_a_chinese_document_is_chunked_by_real_tokens_and_summarized_without_broken_characters(
        engine: EngineHost) -> None:
    client = engine.client()
    text = (FIXTURES / "grand_canal.md").read_text(encoding="utf-8")
    blocks = [block.text for block in split_blocks(text)]
    budget = 200
    chunks = chunk_text(text, client.count, budget)
    assert len(chunks) > 3
    for chunk in chunks:
        assert chunk.tokens == client.count(chunk.text) <= budget  # counted by the model's own tokenizer
        assert "\ufffd" not in chunk.text
        if not chunk.text.endswith(tuple(blocks)):
            assert chunk.text.rstrip("”’」』）》")[-1] in "。！？，、；：", chunk.text[-20:]

    # 80 tokens of reply (400 // 5) on a tokenizer that spells most Chinese characters in 2-3 tokens: every request
    # runs into its limit, most of them inside a character.
    opening = "\n\n".join(blocks[:6])
    # Greedy: at the summarizer's own temperature the starter model sometimes ended every reply early (no cut to
    # test) and sometimes ended the final one on a stop mid-line.
    greedy = SamplingParams(temperature=0.0, top_k=1, top_p=1.0, min_p=0.0, repeat_penalty=1.1, seed=0)
    result = summarize(client, 400, opening, SummaryOptions(length="short", language="zh-Hans"), lambda p: None,
                       threading.Event(), sampling=greedy)
    cut = [r for r in result.requests if r.finish_reason == "length" and r.stage != "continue"]  # continuations: bounded
    assert cut, "the budget forced no cut: nothing was tested"
    assert "\ufffd" not in result.text and result.text.strip()
    # Every cut reply was made to end cleanly (continued to, or trimmed back to, a sentence end or a complete list
    # item); a reply the model ended itself is kept as written (CI once saw one end "...\n[Translated by: 北方英雄]").
    assert all(r.ending in ("clean", "continued", "trimmed", "ellipsis") for r in cut), [r.ending for r in cut]
