"""Hybrid search on a small corpus (issue 12): tests/fixtures/knowledge, indexed through the real indexer into the
real store. BM25 alone misses a question that shares no word with its answer (descaling.md), vectors alone miss an
exact part number (XR-7734 in boiler.md, among many look-alike codes); the fusion finds both in its top 5.
The vector half uses the real all-MiniLM-L6-v2 GGUF (tests/embedding_model.py) in a real engine worker: slow."""

from __future__ import annotations

import logging
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_llm.core.errors import KnowledgeError, KnowledgeNotFoundError
from desktop_llm.core.knowledge_types import Collection, SearchResult, TextEmbedder
from desktop_llm.services.knowledge.indexer import index_collection
from desktop_llm.services.knowledge.knowledge_store import KnowledgeStore
from desktop_llm.services.knowledge.retriever import Retriever

CORPUS = Path(__file__).parent.parent / "fixtures" / "knowledge"
CHUNK_TOKENS = 64  # small chunks, so the part number sits in a paragraph of prose and the catalog is several chunks
PARAPHRASE = "How can I remove chalky buildup from my coffee maker?"  # no word in common with descaling.md
PART = "XR-7734"  # boiler.md; the catalog, accessories and service log are full of codes that look like it
UNRELATED = "Who won the football world cup in 1998?"


@pytest.fixture
def docs(tmp_path: Path) -> Path:
    return Path(shutil.copytree(CORPUS, tmp_path / "docs"))


@pytest.fixture
def store(tmp_path: Path) -> Iterator[KnowledgeStore]:
    opened = KnowledgeStore(tmp_path / "knowledge.sqlite3")
    yield opened
    opened.close()


def index(store: KnowledgeStore, collection: Collection, embedder: TextEmbedder | None) -> Collection:
    report = index_collection(store, collection, embedder, lambda _: None, threading.Event(), chunk_tokens=CHUNK_TOKENS)
    assert not report.failed and report.added == len(list(CORPUS.iterdir()))
    return store.collection(collection.id)


def files(result: SearchResult) -> list[str]:
    return [Path(p.path).name for p in result.passages]


def no_embedder(_: Collection) -> TextEmbedder | None:
    return None


def test_bm25_alone_finds_the_part_number_and_the_chinese_text_but_not_the_paraphrase(store: KnowledgeStore,
                                                                                       docs: Path) -> None:
    collection = index(store, store.create_collection("Coffee", [str(docs)]), None)
    retriever = Retriever(store, no_embedder)
    part = retriever.search([collection.id], PART, k=5)
    assert part.mode == "bm25" and part.relevant and part.bm25_fallback == ()
    assert files(part)[0] == "boiler.md" and "XR-7734" in part.passages[0].text
    top = part.passages[0]
    assert (top.bm25_rank, top.vector_rank, top.similarity, top.collection) == (1, None, None, "Coffee")
    assert [p.score for p in part.passages] == sorted((p.score for p in part.passages), reverse=True)
    chinese = retriever.search([collection.id], "咖啡豆怎么保存", k=3)
    assert files(chinese)[0] == "coffee-beans-zh.md" and chinese.relevant
    assert "descaling.md" not in files(retriever.search([collection.id], PARAPHRASE, k=5))
    assert not retriever.search([collection.id], UNRELATED, k=5).relevant


def test_several_collections_are_fused_and_an_empty_query_finds_nothing(store: KnowledgeStore, docs: Path,
                                                                        tmp_path: Path) -> None:
    other_dir = tmp_path / "other"
    other_dir.mkdir()
    (other_dir / "pump.md").write_text("# Pump\n\nThe vibration pump XR-7734B is loud when the tank is empty.\n",
                                       encoding="utf-8")
    coffee = index(store, store.create_collection("Coffee", [str(docs)]), None)
    other = store.create_collection("Pumps", [str(other_dir)])
    index_collection(store, other, None, lambda _: None, threading.Event(), chunk_tokens=CHUNK_TOKENS)
    result = Retriever(store, no_embedder).search([coffee.id, other.id, coffee.id], "pump XR-7734 loud", k=5)
    assert {p.collection for p in result.passages} == {"Coffee", "Pumps"}
    assert len({p.chunk_id for p in result.passages}) == len(result.passages)
    empty = Retriever(store, no_embedder).search([coffee.id], "   ", k=5)
    assert (empty.passages, empty.relevant) == ((), False)
    with pytest.raises(KnowledgeNotFoundError):
        Retriever(store, no_embedder).search([9999], "valve", k=5)


def test_a_collection_whose_embedding_model_is_gone_falls_back_to_bm25_and_says_so(
        store: KnowledgeStore, docs: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    gone = str(tmp_path / "all-MiniLM-L6-v2-gone.gguf")
    collection = index(store, store.create_collection("Coffee", [str(docs)], embedding_model=gone), None)
    asked: list[str] = []

    def embedder_for(c: Collection) -> TextEmbedder | None:
        asked.append(c.embedding_model)
        raise KnowledgeError(f"The embedding model {c.embedding_model} is missing")

    retriever = Retriever(store, embedder_for)
    with caplog.at_level(logging.WARNING):
        first = retriever.search([collection.id], PART, k=5)
        retriever.search([collection.id], PART, k=5)
    assert asked == [gone, gone]
    assert (first.mode, first.bm25_fallback, files(first)[0]) == ("bm25", ("Coffee",), "boiler.md")
    warnings = [r for r in caplog.records if r.name.endswith("retriever") and r.levelno == logging.WARNING]
    assert len(warnings) == 1 and "BM25 alone" in warnings[0].getMessage()  # once per collection and model


@pytest.mark.slow
def test_hybrid_search_finds_what_each_half_alone_misses(store: KnowledgeStore, docs: Path, tmp_path: Path) -> None:
    from desktop_llm.services.knowledge.embedding_engine import EmbeddingEngine
    from tests.embedding_model import embedding_gguf

    model = str(embedding_gguf())
    engine = EmbeddingEngine(tmp_path / "logs", model)
    try:
        collection = index(store, store.create_collection("Coffee", [str(docs)], embedding_model=model), engine)
        retriever = Retriever(store, lambda c: engine if c.embedding_model == model else None)

        def search(query: str, mode: str) -> SearchResult:
            return retriever.search([collection.id], query, k=5, mode=mode)  # type: ignore[arg-type]

        assert "boiler.md" not in files(search(PART, "vector"))  # look-alike codes crowd it out
        assert files(search(PART, "bm25"))[0] == "boiler.md"
        assert "descaling.md" not in files(search(PARAPHRASE, "bm25"))
        assert "descaling.md" in files(search(PARAPHRASE, "vector"))

        part, paraphrase = search(PART, "hybrid"), search(PARAPHRASE, "hybrid")
        assert part.mode == paraphrase.mode == "hybrid"
        assert "boiler.md" in files(part) and "descaling.md" in files(paraphrase)
        assert part.relevant and paraphrase.relevant  # the part by its words, the paraphrase by its similarity
        found = next(p for p in paraphrase.passages if Path(p.path).name == "descaling.md")
        assert found.vector_rank is not None and found.bm25_rank is None
        assert found.similarity is not None and found.similarity >= 0.36
        assert not search(UNRELATED, "hybrid").relevant
        chinese = search("咖啡豆怎么保存", "hybrid")  # MiniLM is English-only: the words decide, not the similarity
        assert files(chinese)[0] == "coffee-beans-zh.md" and chinese.relevant
        assert not search("量子计算机的原理", "hybrid").relevant  # quantum computers: nothing in the corpus
    finally:
        engine.close()
