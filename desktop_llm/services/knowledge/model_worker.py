"""The life of a Knowledge model's own engine worker (issue 12), shared by the embedding engine and the reranker.

The chat engine's worker holds one model, the user's chat model; embedding or re-ranking with it would mean
unloading it. So each embedding model and each reranker gets its own worker process
(services/engine/engine_host.EngineHost, the same supervised child as the chat's), started on first use, loaded
with a small context (the model's trained context, capped: an 8k-token encoder must not ask for gigabytes of
attention buffers), and restarted by the next call after a crash. Errors reach the caller as KnowledgeError in
the words of the subclass (`TEXTS`: "The embedding model …", "The reranker …").
"""

from __future__ import annotations

import hashlib
import logging
import re
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from desktop_llm.core.errors import DesktopLlmError, EngineUnavailableError, KnowledgeError, ModelLoadError
from desktop_llm.core.gguf_header import GGUFFormatError, GGUFHeader, read_file_header
from desktop_llm.core.sampling import LoadParams
from desktop_llm.services.engine.engine_client import EngineClient
from desktop_llm.services.engine.engine_host import EngineHost

log = logging.getLogger(__name__)

MIN_CONTEXT = 128  # LoadParams' lowest n_ctx


@dataclass(frozen=True)
class WorkerTexts:
    """A subclass's QT_TR_NOOP templates: missing {path}; unreadable {name} {reason}; closed; not_loaded {name}
    {reason}; failed {name} {reason}."""

    missing: str
    unreadable: str
    closed: str
    not_loaded: str
    failed: str


class ModelWorker:
    """One model in its own engine worker, started on first use. Thread-safe: `_lock` serialises the calls (the
    worker serves one at a time anyway); calls block, so make them on a worker thread, never the GUI's. `close()`
    may come from any thread and stops the worker within seconds."""

    TEXTS: WorkerTexts
    LOG_PREFIX = "model"  # the log folder's name starts with it

    def __init__(self, log_dir: Path, model_path: str, command: Sequence[str] | None, max_context: int) -> None:
        self._model = str(model_path)
        self._host = EngineHost(log_dir / _log_folder(self.LOG_PREFIX, self._model), command)
        self._cap = max(MIN_CONTEXT, max_context)
        self._lock = threading.Lock()
        self._params: LoadParams | None = None  # from the file's header, on first use
        self._closed = False

    @property
    def model(self) -> str:
        return self._model

    @property
    def log_path(self) -> Path:
        return self._host.log_path

    @property
    def max_tokens(self) -> int:
        """The longest input one call takes, in the model's tokens, its special tokens included (a text to embed, a
        query and passage pair to score): the model's context, from its header."""
        return self._load_params().n_ctx

    @property
    def pid(self) -> int | None:
        """The worker's process id while one runs (tests kill it to check the restart)."""
        return self._host.pid

    def close(self) -> None:
        """Stop the worker for good (never raises); later calls raise KnowledgeError."""
        self._closed = True
        self._host.shutdown()

    # ------------------------------------------------------------------------------------------------------------
    def _read_header(self, header: GGUFHeader) -> None:
        """What a subclass learns from the header besides the context (the embedding size ...)."""

    def _load_params(self) -> LoadParams:
        """How the model is loaded: its context is its trained context length, capped (read once from the
        header, in this process: limits need no worker)."""
        if self._params is not None:
            return self._params
        try:
            header = read_file_header(self._model)
        except FileNotFoundError as exc:
            raise KnowledgeError(self.TEXTS.missing, path=self._model) from exc
        except (GGUFFormatError, OSError) as exc:
            raise KnowledgeError(self.TEXTS.unreadable, name=Path(self._model).name, reason=exc) from exc
        self._read_header(header)
        trained = header.context_length or self._cap
        self._params = LoadParams(path=self._model, n_ctx=max(MIN_CONTEXT, min(trained, self._cap)))
        return self._params

    def _client(self) -> EngineClient:
        """A client of a worker with the model loaded: started (or restarted after a crash) and loaded here."""
        if self._closed:
            raise KnowledgeError(self.TEXTS.closed)
        params = self._load_params()
        try:
            self._host.ensure_loaded(params)
            return self._host.client()
        except ModelLoadError as exc:
            raise KnowledgeError(self.TEXTS.not_loaded, name=Path(self._model).name, reason=exc) from exc
        except DesktopLlmError as exc:
            raise self._failed(exc) from exc

    def _failed(self, error: DesktopLlmError) -> KnowledgeError:
        if self._closed:
            return KnowledgeError(self.TEXTS.closed)
        if isinstance(error, EngineUnavailableError):
            error = self._host.explain(error)  # a crash report when the worker died
            log.warning("%s worker for %s failed: %s", self.LOG_PREFIX, self._model, error)
        return KnowledgeError(self.TEXTS.failed, name=Path(self._model).name, reason=error)


def _log_folder(prefix: str, model: str) -> str:
    """A log folder per model (EngineHost writes `engine.log` there; the chat engine's is beside it)."""
    stem = re.sub(r"[^A-Za-z0-9._-]+", "-", Path(model).stem)[:60] or "model"
    return f"{prefix}-{stem}-{hashlib.sha256(model.encode('utf-8')).hexdigest()[:8]}"
