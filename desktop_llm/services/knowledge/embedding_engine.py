"""Embeddings for the Knowledge feature (issue 12) from an embedding GGUF in a second engine worker.

The chat engine's worker holds one model, the user's chat model; embedding with it would mean unloading it. So
each embedding model gets its own worker process (services/engine/engine_host.EngineHost, the same supervised
child as the chat's), started on first use and loaded with a small context: the longest input the model takes,
capped so an 8k-token encoder does not ask for gigabytes of attention buffers (the indexer cuts chunks far below
it). The worker embeds through its /v1/embeddings (engine/embedder.py: the model's own pooling, L2-normalized)
and counts through /tokenize with the same tokenizer, so a count here is exactly what the model sees.

Nothing is cut silently: an input over `max_tokens` raises KnowledgeError naming it. A worker that dies costs one
call a KnowledgeError; the next call starts a new worker and loads the model again.
"""

from __future__ import annotations

import hashlib
import logging
import math
import re
import threading
from collections.abc import Sequence
from pathlib import Path

from desktop_llm.core.errors import (
    ContextOverflowError,
    DesktopLlmError,
    EngineUnavailableError,
    KnowledgeError,
    ModelLoadError,
)
from desktop_llm.core.gguf_header import GGUFFormatError, read_file_header
from desktop_llm.core.sampling import LoadParams
from desktop_llm.core.ui_text import QT_TR_NOOP
from desktop_llm.services.engine.engine_client import EngineClient
from desktop_llm.services.engine.engine_host import EngineHost

log = logging.getLogger(__name__)

MAX_INPUT_TOKENS = 1024  # the longest input embedded (a cap on the model's own context; chunks are ~256 tokens)
MIN_CONTEXT = 128  # LoadParams' lowest n_ctx
BATCH_TEXTS = 32  # texts per /v1/embeddings request: one request's JSON stays a few MB at 1024 dimensions


class EmbeddingEngine:
    """A TextEmbedder backed by its own engine worker process. Thread-safe: one lock serialises the calls (the
    worker embeds one input at a time anyway); calls block, so make them on a worker thread, never the GUI's.
    `close()` may come from any thread and stops the worker within seconds."""

    def __init__(self, log_dir: Path, model_path: str, command: Sequence[str] | None = None,
                 max_input_tokens: int = MAX_INPUT_TOKENS, batch_texts: int = BATCH_TEXTS) -> None:
        self._model = str(model_path)
        self._host = EngineHost(log_dir / _log_folder(self._model), command)
        self._cap = max(MIN_CONTEXT, max_input_tokens)
        self._batch = max(1, batch_texts)
        self._lock = threading.Lock()
        self._params: LoadParams | None = None  # from the file's header, on first use
        self._dimensions = 0
        self._closed = False

    @property
    def model(self) -> str:
        return self._model

    @property
    def max_tokens(self) -> int:
        """The longest input (in the model's tokens, its special tokens included) that embed() takes."""
        return self._load_params().n_ctx

    @property
    def dimensions(self) -> int:
        """The length of the vectors (the model's embedding size)."""
        self._load_params()
        return self._dimensions

    @property
    def log_path(self) -> Path:
        return self._host.log_path

    @property
    def pid(self) -> int | None:
        """The worker's process id while one runs (tests kill it to check the restart)."""
        return self._host.pid

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

    def close(self) -> None:
        """Stop the worker for good (never raises); later calls raise KnowledgeError."""
        self._closed = True
        self._host.shutdown()

    # ------------------------------------------------------------------------------------------------------------
    def _load_params(self) -> LoadParams:
        """How the model is loaded: its context is its trained context length, capped (read once from the
        header, in this process: max_tokens needs no worker)."""
        if self._params is not None:
            return self._params
        name = Path(self._model).name
        try:
            header = read_file_header(self._model)
        except FileNotFoundError as exc:
            raise KnowledgeError(QT_TR_NOOP("The embedding model {path} is missing"), path=self._model) from exc
        except (GGUFFormatError, OSError) as exc:
            raise KnowledgeError(QT_TR_NOOP("The embedding model {name} cannot be read: {reason}"),
                                 name=name, reason=exc) from exc
        trained = header.context_length or self._cap
        dimensions = header.arch_value("embedding_length", 0)
        self._dimensions = dimensions if isinstance(dimensions, int) else 0
        self._params = LoadParams(path=self._model, n_ctx=max(MIN_CONTEXT, min(trained, self._cap)))
        return self._params

    def _client(self) -> EngineClient:
        """A client of a worker with the model loaded: started (or restarted after a crash) and loaded here."""
        if self._closed:
            raise KnowledgeError(QT_TR_NOOP("The embedding model has been closed"))
        params = self._load_params()
        try:
            self._host.ensure_loaded(params)
            return self._host.client()
        except ModelLoadError as exc:
            raise KnowledgeError(QT_TR_NOOP("The embedding model {name} could not be loaded: {reason}"),
                                 name=Path(self._model).name, reason=exc) from exc
        except DesktopLlmError as exc:
            raise self._failed(exc) from exc

    def _failed(self, error: DesktopLlmError) -> KnowledgeError:
        if self._closed:
            return KnowledgeError(QT_TR_NOOP("The embedding model has been closed"))
        if isinstance(error, EngineUnavailableError):
            error = self._host.explain(error)  # a crash report when the worker died
            log.warning("embedding worker for %s failed: %s", self._model, error)
        return KnowledgeError(QT_TR_NOOP("The embedding model {name} failed: {reason}"),
                              name=Path(self._model).name, reason=error)

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


def _log_folder(model: str) -> str:
    """A log folder per embedding model (EngineHost writes `engine.log` there; the chat engine's is beside it)."""
    stem = re.sub(r"[^A-Za-z0-9._-]+", "-", Path(model).stem)[:60] or "model"
    return f"embedding-{stem}-{hashlib.sha256(model.encode('utf-8')).hexdigest()[:8]}"
