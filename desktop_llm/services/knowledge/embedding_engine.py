"""Embeddings for the Knowledge feature (issue 12) from an embedding GGUF in a second engine worker.

Each embedding model gets its own worker process beside the chat's (services/knowledge/model_worker.py: started
on first use, loaded with a small context, the longest input the model takes, capped (the indexer cuts chunks far
below it), restarted after a crash). The worker embeds through its /v1/embeddings (engine/embedder.py: the model's
own pooling, L2-normalized) and counts through /tokenize with the same tokenizer, so a count here is exactly what the model sees.

Nothing is cut silently: an input over `max_tokens` raises KnowledgeError naming it. A worker that dies costs one
call a KnowledgeError; the next call starts a new worker and loads the model again.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from pathlib import Path

from desktop_llm.core.errors import ContextOverflowError, DesktopLlmError, KnowledgeError
from desktop_llm.core.gguf_header import GGUFHeader
from desktop_llm.core.ui_text import QT_TR_NOOP
from desktop_llm.services.engine.engine_client import EngineClient
from desktop_llm.services.knowledge.model_worker import ModelWorker, WorkerTexts

MAX_INPUT_TOKENS = 1024  # the longest input embedded (a cap on the model's own context; chunks are ~256 tokens)
BATCH_TEXTS = 32  # texts per /v1/embeddings request: one request's JSON stays a few MB at 1024 dimensions


class EmbeddingEngine(ModelWorker):
    """A TextEmbedder backed by its own engine worker process. Thread-safe: one lock serialises the calls (the
    worker embeds one input at a time anyway); calls block, so make them on a worker thread, never the GUI's.
    `close()` may come from any thread and stops the worker within seconds."""

    TEXTS = WorkerTexts(
        missing=QT_TR_NOOP("The embedding model {path} is missing"),
        unreadable=QT_TR_NOOP("The embedding model {name} cannot be read: {reason}"),
        closed=QT_TR_NOOP("The embedding model has been closed"),
        not_loaded=QT_TR_NOOP("The embedding model {name} could not be loaded: {reason}"),
        failed=QT_TR_NOOP("The embedding model {name} failed: {reason}"),
    )
    LOG_PREFIX = "embedding"

    def __init__(self, log_dir: Path, model_path: str, command: Sequence[str] | None = None,
                 max_input_tokens: int = MAX_INPUT_TOKENS, batch_texts: int = BATCH_TEXTS) -> None:
        super().__init__(log_dir, model_path, command, max_input_tokens)
        self._batch = max(1, batch_texts)
        self._dimensions = 0

    @property
    def dimensions(self) -> int:
        """The length of the vectors (the model's embedding size)."""
        self._load_params()
        return self._dimensions

    def embed(self, texts: list[str]) -> list[list[float]]:
        """One L2-normalized vector per text, in order. KnowledgeError when a text is longer than max_tokens, when
        the model cannot be loaded, or when the worker fails (the next call starts a new one)."""
        if not texts:
            return []
        vectors: list[list[float]] = []
        with self._lock:
            client = self._client()
            for start in range(0, len(texts), self._batch):
                batch = list(texts[start:start + self._batch])
                try:
                    answer = client.post_json("/v1/embeddings", {"input": batch, "model": self._model})
                except ContextOverflowError as exc:
                    raise self._too_long(client, batch, start) from exc
                except DesktopLlmError as exc:
                    raise self._failed(exc) from exc
                vectors.extend(self._vectors(answer, len(batch)))
        return vectors

    def count(self, text: str) -> int:
        """The text's tokens as the model sees them (its [CLS]/[SEP] or BOS included)."""
        with self._lock:
            client = self._client()
            try:
                return client.count(text)
            except DesktopLlmError as exc:
                raise self._failed(exc) from exc

    def _read_header(self, header: GGUFHeader) -> None:
        dimensions = header.arch_value("embedding_length", 0)
        self._dimensions = dimensions if isinstance(dimensions, int) else 0

    def _too_long(self, client: EngineClient, batch: list[str], start: int) -> KnowledgeError:
        """Which text was over the limit, counted now (only on this rare path)."""
        limit = self.max_tokens
        for offset, text in enumerate(batch):
            try:
                tokens = client.count(text)
            except DesktopLlmError:
                break
            if tokens > limit:
                return KnowledgeError(
                    QT_TR_NOOP("Text {index} has {tokens} tokens; the embedding model {name} takes at most {limit}: "
                               "cut it into smaller chunks"),
                    index=start + offset + 1, tokens=tokens, name=Path(self._model).name, limit=limit)
        return KnowledgeError(QT_TR_NOOP("A text is longer than the embedding model {name} takes ({limit} tokens)"),
                              name=Path(self._model).name, limit=limit)

    def _vectors(self, answer: object, expected: int) -> list[list[float]]:
        """The answer's vectors in input order, checked (count, size, finite) and normalized again."""
        data = answer.get("data") if isinstance(answer, dict) else None
        if not isinstance(data, list) or len(data) != expected:
            raise KnowledgeError(QT_TR_NOOP("The embedding worker sent a malformed answer"))
        ordered = sorted(data, key=lambda item: int(item.get("index", 0)) if isinstance(item, dict) else 0)
        vectors = []
        for item in ordered:
            raw = item.get("embedding") if isinstance(item, dict) else None
            if not isinstance(raw, list) or not raw:
                raise KnowledgeError(QT_TR_NOOP("The embedding worker sent a malformed answer"))
            vector = [float(x) for x in raw]
            norm = math.sqrt(math.fsum(x * x for x in vector))
            if not math.isfinite(norm) or norm == 0.0:
                raise KnowledgeError(QT_TR_NOOP("The embedding model {name} produced an invalid vector"),
                                     name=Path(self._model).name)
            if self._dimensions and len(vector) != self._dimensions:
                raise KnowledgeError(QT_TR_NOOP("The embedding model {name} sent {got} dimensions instead of "
                                                "{expected}"), name=Path(self._model).name, got=len(vector),
                                     expected=self._dimensions)
            vectors.append([x / norm for x in vector])
        return vectors
