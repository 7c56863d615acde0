"""Re-ranking with a reranker GGUF (issue 12). No real reranker exists offline, so tests/reranker_model.py writes a
random-weight BERT cross-encoder with rank pooling and llama.cpp's classification head: its scores mean nothing,
but they are real llama.cpp rank-pooling scores, so the plumbing is checked end to end: the worker's /v1/rerank
gives one finite, deterministic score per document, identical to llama.cpp run directly on the same tokens; the
answer is ordered by score and cut to top_n; a pair over the context is refused naming the document; and the
Knowledge search comes back in the reranker's order."""

from __future__ import annotations

import math
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_llm.core.embedding_models import is_embedding_model, is_reranker
from desktop_llm.core.errors import EngineRequestError, KnowledgeError
from desktop_llm.core.gguf_header import read_file_header
from desktop_llm.core.knowledge_types import Collection, TextEmbedder
from desktop_llm.core.reranking import best_first
from desktop_llm.core.sampling import LoadParams
from desktop_llm.services.engine.engine_host import EngineHost
from desktop_llm.services.knowledge.indexer import index_collection
from desktop_llm.services.knowledge.knowledge_base import KnowledgeBase
from desktop_llm.services.knowledge.knowledge_store import KnowledgeStore
from desktop_llm.services.knowledge.reranker import Reranker, is_reranker_file, rerank_passages, rerankers
from desktop_llm.services.knowledge.retriever import Retriever
from tests.reranker_model import CLS, SEP, reranker_gguf

QUERY = "how do i descale the kettle"
DOCUMENTS = [
    "boil vinegar and water in the kettle, then rinse it",
    "pump the bicycle tyre to the road pressure",
    "citric acid removes limescale from the kettle in minutes",
    "grow tomato seed in compost and sun",
    "the coffee machine filter is in the cup",
]
CONTEXT = 128  # the fixture's trained context: a document of a few hundred words is over it


@pytest.fixture(scope="module")
def reranker_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return reranker_gguf(tmp_path_factory.mktemp("reranker") / "test-reranker.gguf", context_length=CONTEXT)


@pytest.fixture(scope="module")
def reranker(tmp_path_factory: pytest.TempPathFactory, reranker_file: Path) -> Iterator[Reranker]:
    """One reranker worker for the module's tests (marked module_engine: it outlives each test)."""
    engine = Reranker(tmp_path_factory.mktemp("reranker-logs"), str(reranker_file))
    try:
        yield engine
    finally:
        engine.close()


def direct_scores(model: Path, query: str, documents: list[str]) -> list[float]:
    """llama.cpp run here, in-process, on the pairs as a BERT cross-encoder reads them: [CLS] q [SEP] d [SEP]."""
    import llama_cpp
    from llama_cpp import _internals

    llm = llama_cpp.Llama(model_path=str(model), n_ctx=CONTEXT, verbose=False)
    params = llama_cpp.llama_context_default_params()
    params.n_ctx = params.n_batch = params.n_ubatch = CONTEXT
    params.embeddings = True
    params.pooling_type = llama_cpp.LLAMA_POOLING_TYPE_RANK
    ctx = _internals.LlamaContext(model=llm._model, params=params, verbose=False)
    batch = _internals.LlamaBatch(n_tokens=CONTEXT, embd=0, n_seq_max=1, verbose=False)
    scores = []
    try:
        for document in documents:
            words = [llm.tokenize(text.encode(), add_bos=False, special=False) for text in (query, document)]
            ctx.kv_cache_clear()  # type: ignore[no-untyped-call]
            batch.reset()  # type: ignore[no-untyped-call]
            batch.add_sequence([CLS, *words[0], SEP, *words[1], SEP], 0, True)
            ctx.decode(batch)
            scores.append(float(llama_cpp.llama_get_embeddings_seq(ctx.ctx, 0)[0]))
    finally:
        batch.close()  # type: ignore[no-untyped-call]
        ctx.close()  # type: ignore[no-untyped-call]
        llm.close()
    return scores


def test_the_test_reranker_is_a_reranker_and_not_an_embedding_model(reranker_file: Path, tmp_path: Path) -> None:
    header = read_file_header(str(reranker_file))
    assert is_reranker(header) and not is_embedding_model(header)
    assert header.architecture == "bert" and header.context_length == CONTEXT
    (tmp_path / "text.gguf").write_text("not a model")
    assert is_reranker_file(str(reranker_file)) and not is_reranker_file(str(tmp_path / "text.gguf"))
    paths = [str(tmp_path / "missing.gguf"), str(reranker_file), str(tmp_path / "text.gguf")]
    assert rerankers(paths) == [str(reranker_file)]


@pytest.mark.slow
@pytest.mark.module_engine
def test_scores_are_finite_deterministic_and_llama_cpps_own(reranker: Reranker, reranker_file: Path) -> None:
    scores = reranker.rerank(QUERY, DOCUMENTS)
    assert len(scores) == len(DOCUMENTS) and all(math.isfinite(s) for s in scores)
    assert len(set(scores)) == len(scores)  # random weights, but every passage scores differently
    assert reranker.rerank(QUERY, DOCUMENTS) == scores
    assert reranker.rerank(QUERY, DOCUMENTS[::-1]) == scores[::-1]  # each pair alone: order does not matter
    assert scores == pytest.approx(direct_scores(reranker_file, QUERY, DOCUMENTS), rel=1e-5, abs=1e-6)
    assert reranker.rerank(QUERY, []) == []


@pytest.mark.slow
@pytest.mark.module_engine
def test_batches_give_the_same_scores(tmp_path: Path, reranker_file: Path, reranker: Reranker) -> None:
    small = Reranker(tmp_path / "logs", str(reranker_file), batch_passages=2)
    try:
        assert small.rerank(QUERY, DOCUMENTS) == reranker.rerank(QUERY, DOCUMENTS)
    finally:
        small.close()


@pytest.mark.slow
def test_the_route_orders_by_score_cuts_to_top_n_and_refuses_what_is_not_its_job(tmp_path: Path,
                                                                                  reranker_file: Path) -> None:
    host = EngineHost(tmp_path / "logs")
    try:
        host.ensure_loaded(LoadParams(path=str(reranker_file), n_ctx=CONTEXT))
        client = host.client()
        answer = client.post_json("/v1/rerank", {"query": QUERY, "documents": DOCUMENTS, "top_n": 3})
        results = answer["results"]
        assert [r["index"] for r in results] == best_first(direct_scores(reranker_file, QUERY, DOCUMENTS))[:3]
        assert [r["relevance_score"] for r in results] == sorted((r["relevance_score"] for r in results), reverse=True)
        assert answer["usage"]["prompt_tokens"] > 0
        with pytest.raises(EngineRequestError, match="top_n"):
            client.post_json("/v1/rerank", {"query": QUERY, "documents": DOCUMENTS, "top_n": -1})
        with pytest.raises(EngineRequestError, match="reranker"):  # rank pooling gives a score, not a vector
            client.post_json("/v1/embeddings", {"input": ["kettle"]})
        with pytest.raises(EngineRequestError):  # an encoder cannot write a reply
            client.post_json("/v1/completions", {"prompt": "the kettle", "max_tokens": 4})
    finally:
        host.shutdown()


@pytest.mark.slow
@pytest.mark.module_engine
def test_a_pair_over_the_context_is_refused_naming_the_document(reranker: Reranker) -> None:
    long = " ".join(["kettle vinegar"] * CONTEXT)
    with pytest.raises(KnowledgeError, match=r"document 1 .*takes at most 128"):
        reranker.rerank(QUERY, [DOCUMENTS[0], long])
    assert len(reranker.rerank(QUERY, DOCUMENTS[:2])) == 2  # the worker is fine afterwards


@pytest.mark.slow
def test_a_model_that_is_no_reranker_is_refused(tmp_path: Path, embedding_gguf: Path) -> None:
    host = EngineHost(tmp_path / "logs")
    try:
        host.ensure_loaded(LoadParams(path=str(embedding_gguf), n_ctx=128))
        with pytest.raises(EngineRequestError, match="not a reranker"):
            host.client().post_json("/v1/rerank", {"query": QUERY, "documents": DOCUMENTS})
    finally:
        host.shutdown()


def _corpus(folder: Path) -> Path:
    folder.mkdir()
    for number, text in enumerate(DOCUMENTS):
        (folder / f"note{number}.txt").write_text(f"{text}. the kettle.\n", encoding="utf-8")
    return folder


def _no_embedder(_: Collection) -> TextEmbedder | None:
    return None


@pytest.mark.slow
@pytest.mark.module_engine
def test_the_search_comes_back_in_the_rerankers_order(tmp_path: Path, reranker: Reranker,
                                                      reranker_file: Path) -> None:
    store = KnowledgeStore(tmp_path / "knowledge.sqlite3")
    try:
        collection = store.create_collection("Notes", [str(_corpus(tmp_path / "notes"))])
        report = index_collection(store, collection, None, lambda _: None, threading.Event())
        assert report.added == len(DOCUMENTS) and not report.failed
        fused = Retriever(store, _no_embedder).search([collection.id], "kettle", k=5)
        assert len(fused.passages) == len(DOCUMENTS) and not fused.reranked
        assert all(p.rerank_score is None for p in fused.passages)

        hooked = Retriever(store, _no_embedder, lambda q, ps: rerank_passages(reranker, q, ps))
        reranked = hooked.search([collection.id], "kettle", k=5)
        texts = [p.text for p in fused.passages]
        expected = [texts[i] for i in best_first(direct_scores(reranker_file, "kettle", texts))]
        assert [p.text for p in reranked.passages] == expected
        assert [p.text for p in reranked.passages] != texts  # the reranker changed the fused order
        assert reranked.reranked and reranked.mode == "bm25"
        scores = [p.rerank_score for p in reranked.passages]
        assert None not in scores and scores == sorted(scores, reverse=True)  # type: ignore[type-var]
        assert {p.chunk_id: p.score for p in reranked.passages} == {p.chunk_id: p.score for p in fused.passages}
    finally:
        store.close()


@pytest.mark.slow
def test_the_knowledge_base_switch(tmp_path: Path, reranker_file: Path, embedding_gguf: Path,
                                   caplog: pytest.LogCaptureFixture) -> None:
    base = KnowledgeBase(tmp_path / "data", tmp_path / "logs")
    try:
        collection = base.create("Notes", [str(_corpus(tmp_path / "notes"))])
        base.index(collection.id, lambda _: None, threading.Event())
        assert base.reranker == "" and not base.search([collection.id], "kettle").reranked
        with pytest.raises(KnowledgeError, match="not a reranker"):
            base.set_reranker(str(embedding_gguf))
        base.set_reranker(str(reranker_file))
        assert base.reranker == str(reranker_file)
        result = base.search([collection.id], "kettle")
        assert result.reranked and all(p.rerank_score is not None for p in result.passages)
        # A reranker that fails costs the search nothing: the fused order, and a warning in the log.
        (tmp_path / "gone.gguf").write_bytes(reranker_file.read_bytes())
        base.set_reranker(str(tmp_path / "gone.gguf"))
        (tmp_path / "gone.gguf").unlink()
        kept = base.search([collection.id], "kettle")
        assert not kept.reranked and len(kept.passages) == len(DOCUMENTS)
        assert "not re-ranked" in caplog.text
        base.set_reranker("")
        assert base.reranker == "" and not base.search([collection.id], "kettle").reranked
    finally:
        base.close()
