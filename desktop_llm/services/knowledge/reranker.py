"""Re-ranking Knowledge search results with a reranker GGUF (issue 12), in its own engine worker.

A reranker (bge-reranker-v2-m3, jina-reranker, ms-marco cross-encoders converted to GGUF) reads the query and a
passage together, so it judges relevance better than the fused vector and BM25 ranks, at one forward pass per
passage: the search hands it only the fused top candidates (the retriever's k * 4, 20 for the usual 5), and
keeps the fused order where scores tie. The worker scores through its /v1/rerank (engine/embedder.py's Ranker,
llama.cpp's rank pooling, pairs built as llama-server builds them: core/reranking.py).

A reranker that fails (its file gone, the worker dead, a passage over its context) never costs the user the
search: `rerank_passages` logs it and keeps the fused order.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from desktop_llm.core.embedding_models import is_reranker
from desktop_llm.core.errors import ContextOverflowError, DesktopLlmError, KnowledgeError
from desktop_llm.core.gguf_header import GGUFFormatError, read_file_header
from desktop_llm.core.knowledge_types import Passage
from desktop_llm.core.reranking import MAX_DOCUMENTS, best_first
from desktop_llm.core.ui_text import QT_TR_NOOP
from desktop_llm.services.knowledge.model_worker import ModelWorker, WorkerTexts

log = logging.getLogger(__name__)

MAX_PAIR_TOKENS = 1024  # the longest query and passage pair (chunks are ~256 tokens; a cap on the model's context)
BATCH_PASSAGES = 32  # passages per /v1/rerank request (the engine takes at most core/reranking.MAX_DOCUMENTS)


class Reranker(ModelWorker):
    """Relevance scores from a reranker GGUF in its own engine worker. Thread-safe; calls block (worker threads
    only); `close()` from any thread."""

    TEXTS = WorkerTexts(
        missing=QT_TR_NOOP("The reranker {path} is missing"),
        unreadable=QT_TR_NOOP("The reranker {name} cannot be read: {reason}"),
        closed=QT_TR_NOOP("The reranker has been closed"),
        not_loaded=QT_TR_NOOP("The reranker {name} could not be loaded: {reason}"),
        failed=QT_TR_NOOP("The reranker {name} failed: {reason}"),
    )
    LOG_PREFIX = "reranker"

    def __init__(self, log_dir: Path, model_path: str, command: Sequence[str] | None = None,
                 max_pair_tokens: int = MAX_PAIR_TOKENS, batch_passages: int = BATCH_PASSAGES) -> None:
        super().__init__(log_dir, model_path, command, max_pair_tokens)
        self._batch = max(1, min(batch_passages, MAX_DOCUMENTS))

    def rerank(self, query: str, texts: Sequence[str]) -> list[float]:
        """One relevance score per text, in order (higher is more relevant; the scale is the model's own).
        KnowledgeError when a pair is longer than max_tokens (naming the passage), when the model cannot be
        loaded, or when the worker fails (the next call starts a new one)."""
        if not texts:
            return []
        scores: list[float] = []
        with self._lock:
            client = self._client()
            for start in range(0, len(texts), self._batch):
                batch = list(texts[start:start + self._batch])
                body = {"query": query, "documents": batch, "top_n": len(batch), "model": self._model}
                try:
                    answer = client.post_json("/v1/rerank", body)
                except ContextOverflowError as exc:
                    raise KnowledgeError(QT_TR_NOOP("A passage is too long for the reranker {name} ({limit} tokens "
                                                    "with the query): {reason}"), name=Path(self._model).name,
                                         limit=self.max_tokens, reason=_offset(str(exc), start)) from exc
                except DesktopLlmError as exc:
                    raise self._failed(exc) from exc
                scores.extend(self._scores(answer, len(batch)))
        return scores

    def _scores(self, answer: object, expected: int) -> list[float]:
        """The answer's scores in input order, checked: one finite score for each document."""
        results = answer.get("results") if isinstance(answer, dict) else None
        if not isinstance(results, list) or len(results) != expected:
            raise KnowledgeError(QT_TR_NOOP("The reranker worker sent a malformed answer"))
        scores: dict[int, float] = {}
        for item in results:
            index = item.get("index") if isinstance(item, dict) else None
            score = item.get("relevance_score") if isinstance(item, dict) else None
            if not isinstance(index, int) or not 0 <= index < expected or not isinstance(score, (int, float)):
                raise KnowledgeError(QT_TR_NOOP("The reranker worker sent a malformed answer"))
            if not math.isfinite(score):
                raise KnowledgeError(QT_TR_NOOP("The reranker {name} produced an invalid score"),
                                     name=Path(self._model).name)
            scores[index] = float(score)
        if len(scores) != expected:
            raise KnowledgeError(QT_TR_NOOP("The reranker worker sent a malformed answer"))
        return [scores[i] for i in range(expected)]


def rerank_passages(reranker: Reranker, query: str, passages: list[Passage]) -> list[Passage]:
    """The passages in the reranker's order (best first; equal scores keep the fused order), each with its
    `rerank_score`. On a reranker failure: the passages as they came, and a warning in the log."""
    try:
        scores = reranker.rerank(query, [p.text for p in passages])
    except KnowledgeError as error:
        log.warning("search results not re-ranked: %s", error)
        return passages
    return [replace(passages[i], rerank_score=scores[i]) for i in best_first(scores)]


def is_reranker_file(path: str) -> bool:
    """Whether the file is a readable GGUF whose header makes it a reranker (pooling type rank)."""
    try:
        return is_reranker(read_file_header(path))
    except (GGUFFormatError, OSError):
        return False


def rerankers(library_paths: Sequence[str]) -> list[str]:
    """Which of the library's GGUF files are rerankers, in the order given (unreadable files are left out)."""
    return [path for path in library_paths if is_reranker_file(path)]


def _offset(reason: str, start: int) -> str:
    """The worker's message names the document by its index in the batch: make it the passage's place in all."""
    if start == 0 or not reason.startswith("document "):
        return reason
    number, _, rest = reason.removeprefix("document ").partition(" ")
    return f"document {int(number) + start} {rest}" if number.isdigit() else reason
