"""A dataset made from a test document through the real engine on the starter model (issue 16). The answers of a
135M model are weak, but every pair is parsed from a reply held to the JSON schema, keeps the chunk it came from,
and the saved file is chat JSONL that training accepts; a cancelled run resumes from its journal."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest

from desktop_llm.core.dataset_types import MakeOptions, MakeProgress
from desktop_llm.core.errors import Cancelled
from desktop_llm.core.training_data import read_dataset
from desktop_llm.services.engine.engine_host import EngineHost
from desktop_llm.services.training.dataset_maker import DatasetMaker

pytestmark = [pytest.mark.slow, pytest.mark.module_engine, pytest.mark.timeout(900)]
N_CTX = 2048
DOCUMENT = """# The Quintaro lighthouse

The Quintaro lighthouse was built in 1887 on the northern cape of the island of Quintaro. It is 42 metres tall and
its light can be seen from 30 kilometres away.

## Its keepers

The last keeper, Maria Olsen, left in 1994 when the light was automated. Since then the tower has been a museum,
open from May to September.
"""
OPTIONS = MakeOptions(pairs_per_chunk=1, chunk_tokens=60, temperature=0.2)  # two chunks, one pair each


def test_a_document_becomes_grounded_chat_jsonl(engine: EngineHost, tmp_path: Path) -> None:
    document = tmp_path / "lighthouse.md"
    document.write_text(DOCUMENT, encoding="utf-8")
    maker = DatasetMaker(tmp_path / "data")
    seen: list[MakeProgress] = []
    result = maker.from_document(engine.client(), N_CTX, document, OPTIONS, seen.append, threading.Event())
    assert result.structured and len(result.chunks) >= 2 and seen[-1].done == len(result.chunks)
    assert result.pairs, f"no pair from {len(result.chunks)} chunks ({len(result.failed_chunks)} unreadable)"
    assert len(result.failed_chunks) < len(result.chunks)
    for pair in result.pairs:
        assert pair.chunk_id in result.chunks and pair.question.strip() and pair.answer.strip()
    saved = maker.save("lighthouse", result.pairs, "You answer questions about lighthouses.", result.journal)
    dataset = read_dataset(saved)
    assert dataset.ok and dataset.format == "chat" and len(dataset.examples) == len(result.pairs)
    lines = [json.loads(line) for line in saved.read_text(encoding="utf-8").splitlines()]
    assert all(line["source"]["chunk"] in result.chunks for line in lines)
    assert not Path(result.journal).exists()


def test_a_cancelled_run_resumes_where_it_stopped(engine: EngineHost, tmp_path: Path) -> None:
    document = tmp_path / "lighthouse.md"
    document.write_text(DOCUMENT, encoding="utf-8")
    maker = DatasetMaker(tmp_path / "data")
    cancel = threading.Event()

    def progress(step: MakeProgress) -> None:
        if step.done == 1:
            cancel.set()  # once the first chunk is answered: the second request is cut at once

    with pytest.raises(Cancelled):
        maker.from_document(engine.client(), N_CTX, document, OPTIONS, progress, cancel)
    result = maker.from_document(engine.client(), N_CTX, document, OPTIONS, lambda _p: None, threading.Event())
    assert result.resumed_chunks == 1 and len(result.chunks) >= 2
