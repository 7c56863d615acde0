"""Searching collections (issue 12): BM25 always, vectors where a collection has an embedding model, both fused
by reciprocal rank fusion across lists and collections. Where a collection's vectors are searched, its BM25 list
keeps only the hits that hold enough of the query's words (core/retrieval.KEYWORD_COVERAGE says why, with the
measurements).

A collection whose embedding model cannot be used (the file was deleted, the model fails to load) is still
searched by BM25; the result names it in `bm25_fallback` and a warning is logged once per collection and model.
Re-ranking is a hook: `rerank(query, candidates)` reorders the fused top k * 4 candidates (a reranker GGUF:
services/knowledge/reranker.rerank_passages, which sets each passage's `rerank_score`; the result says `reranked`).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import Protocol

from desktop_llm.core.errors import DesktopLlmError
from desktop_llm.core.knowledge_types import Collection, Passage, SearchMode, SearchResult, TextEmbedder
from desktop_llm.core.retrieval import fuse, passage_relevant, query_text, similarity_threshold, strong_keyword_hits

log = logging.getLogger(__name__)

CANDIDATES_PER_K = 4  # each list brings k * 4 candidates to the fusion: enough for a passage that only one list finds
Rerank = Callable[[str, list[Passage]], list[Passage]]


class PassageStore(Protocol):
    """What the retriever needs of services/knowledge/knowledge_store.KnowledgeStore."""

    def collection(self, name_or_id: str | int) -> Collection: ...

    def search_bm25(self, collection_id: int, query: str, k: int) -> list[tuple[int, float]]: ...

    def search_vectors(self, collection_id: int, vector: Sequence[float], k: int) -> list[tuple[int, float]]: ...

    def passages(self, chunk_ids: Sequence[int]) -> dict[int, Passage]: ...


@dataclass
class _Lists:
    """The ranked lists of one search, and what each chunk scored in them."""

    ranked: list[list[int]] = field(default_factory=list)
    similarity: dict[int, float] = field(default_factory=dict)
    bm25_rank: dict[int, int] = field(default_factory=dict)
    vector_rank: dict[int, int] = field(default_factory=dict)
    thresholds: dict[str, float | None] = field(default_factory=dict)  # collection name -> similarity threshold
    read: dict[int, Passage] = field(default_factory=dict)  # passages read already (the BM25 hits checked)
    ran_bm25: bool = False
    ran_vectors: bool = False
    fallback: list[str] = field(default_factory=list)


class Retriever:
    """Hybrid search over a KnowledgeStore. Called from worker threads (the chat's, the CLI's); the store and the
    embedders must allow that. Embedding a query is the only slow step (one embedder call per model)."""

    def __init__(
        self,
        store: PassageStore,
        embedder_for: Callable[[Collection], TextEmbedder | None],
        rerank: Rerank | None = None,
    ) -> None:
        self._store = store
        self._embedder_for = embedder_for
        self._rerank = rerank
        self._warned: set[tuple[int, str]] = set()
        self._lock = threading.Lock()

    def search(self, collection_ids: Sequence[int], query: str, k: int = 5, mode: SearchMode = "hybrid") -> SearchResult:
        """The best `k` passages of the collections for `query`. `mode` "bm25" or "vector" runs one kind of search
        only (benchmarks compare them); "hybrid" runs both where the collection has vectors. KnowledgeNotFoundError
        if a collection does not exist."""
        query = query.strip()
        k = max(1, k)
        lists = _Lists()
        if query:
            vectors: dict[str, list[float] | None] = {}  # one embedding of the query per model
            for collection_id in dict.fromkeys(collection_ids):
                self._search_collection(self._store.collection(collection_id), query, k, mode, lists, vectors)
        fused = fuse(lists.ranked)
        wanted = [chunk_id for chunk_id, _ in fused[: k * CANDIDATES_PER_K if self._rerank else k]]
        found = {i: lists.read[i] for i in wanted if i in lists.read}
        found.update(self._store.passages([i for i in wanted if i not in found]))
        scores = dict(fused)
        passages = [
            replace(
                found[chunk_id],
                score=scores[chunk_id],
                similarity=lists.similarity.get(chunk_id),
                bm25_rank=lists.bm25_rank.get(chunk_id),
                vector_rank=lists.vector_rank.get(chunk_id),
            )
            for chunk_id in wanted
            if chunk_id in found  # a file re-indexed between the search and this read: its old chunks are gone
        ]
        if self._rerank is not None and passages:
            passages = self._rerank(query, passages)
        passages = passages[:k]
        reranked = any(p.rerank_score is not None for p in passages)
        relevant = any(passage_relevant(p, query, lists.thresholds.get(p.collection)) for p in passages)
        ran: SearchMode = (
            "hybrid" if lists.ran_bm25 and lists.ran_vectors else "vector" if lists.ran_vectors or mode == "vector" else "bm25"
        )
        return SearchResult(tuple(passages), ran, relevant, tuple(lists.fallback), reranked)

    def _search_collection(
        self, collection: Collection, query: str, k: int, mode: SearchMode, lists: _Lists, vectors: dict[str, list[float] | None]
    ) -> None:
        wanted = k * CANDIDATES_PER_K
        lists.thresholds[collection.name] = None
        keyword: list[tuple[int, float]] = []
        if mode != "vector":
            keyword = self._store.search_bm25(collection.id, query, wanted)
            lists.ran_bm25 = True
        if mode == "bm25" or not collection.embedding_model:
            self._add(lists, keyword, lists.bm25_rank)
            return
        model = collection.embedding_model
        if model not in vectors:
            vectors[model] = self._embed_query(collection, query)
        vector = vectors[model]
        if vector is not None and collection.dimensions and len(vector) != collection.dimensions:
            self._warn(collection, f"its vectors have {collection.dimensions} dimensions, the model gives {len(vector)}")
            vector = None
        if vector is None:
            lists.fallback.append(collection.name)
            self._add(lists, keyword, lists.bm25_rank)
            return
        if keyword:  # fused with vectors: only the hits strong on the query's words (KEYWORD_COVERAGE)
            found = self._store.passages([chunk_id for chunk_id, _ in keyword])
            lists.read.update(found)
            strong = set(strong_keyword_hits(query, [(i, found[i].text) for i, _ in keyword if i in found]))
            self._add(lists, [hit for hit in keyword if hit[0] in strong], lists.bm25_rank)
        hits = self._store.search_vectors(collection.id, vector, wanted)
        lists.ran_vectors = True
        lists.similarity.update((chunk_id, score) for chunk_id, score in hits if chunk_id not in lists.similarity)
        self._add(lists, hits, lists.vector_rank)
        lists.thresholds[collection.name] = similarity_threshold(model, query)

    @staticmethod
    def _add(lists: _Lists, hits: list[tuple[int, float]], ranks: dict[int, int]) -> None:
        """One ranked list (the store orders it best first); a chunk keeps its best rank across collections."""
        ids = [chunk_id for chunk_id, _ in hits]
        lists.ranked.append(ids)
        for rank, chunk_id in enumerate(ids, start=1):
            ranks.setdefault(chunk_id, rank)

    def _embed_query(self, collection: Collection, query: str) -> list[float] | None:
        """The query's vector, or None (logged) when the collection's embedding model cannot be used now."""
        try:
            embedder = self._embedder_for(collection)
            if embedder is None:
                self._warn(collection, "the embedding model is not available")
                return None
            # e5-style models want "query: " before a query (and "passage: " before what was indexed).
            vectors = embedder.embed([query_text(collection.embedding_model, query)])
        except (DesktopLlmError, OSError) as error:
            self._warn(collection, str(error))
            return None
        if len(vectors) != 1 or not vectors[0]:
            self._warn(collection, f"the embedding model answered {len(vectors)} vectors for one query")
            return None
        return [float(x) for x in vectors[0]]

    def _warn(self, collection: Collection, reason: str) -> None:
        key = (collection.id, collection.embedding_model)
        with self._lock:
            if key in self._warned:
                return
            self._warned.add(key)
        log.warning("collection %r is searched by BM25 alone (embedding model %s): %s", collection.name,
                    collection.embedding_model, reason)
