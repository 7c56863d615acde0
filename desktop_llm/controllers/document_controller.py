"""Summarize and translate jobs in the background: load a document, run the job, stream, cancel, save."""

from __future__ import annotations

import dataclasses
import logging
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QObject, Signal

from desktop_llm.core.errors import Cancelled, DesktopLlmError, EngineUnavailableError
from desktop_llm.core.protocols import ChatEngine, EngineSupervisor
from desktop_llm.core.sampling import LoadParams
from desktop_llm.core.summary_prompts import SummaryOptions

log = logging.getLogger(__name__)
DELTA_INTERVAL_S = 1 / 30
DEFAULT_PREFILL_TPS = 250.0  # until this machine has been measured
DEFAULT_DECODE_TPS = 20.0


class DocumentServices(Protocol):
    """What the controller needs from services/ (passed in by the composition root)."""

    def load_document(self, path: Path) -> Any: ...

    def summarize(self, engine: ChatEngine, n_ctx: int, text: str, options: SummaryOptions,
                  progress: Callable[[Any], None], cancel: threading.Event,
                  on_final_delta: Callable[[str], None] | None = None) -> Any: ...

    def translate(self, engine: ChatEngine, n_ctx: int, text: str, options: Any, progress: Callable[[Any], None],
                  cancel: threading.Event, on_block: Callable[[int, str], None] | None = None) -> Any: ...

    def translate_docx(self, engine: ChatEngine, n_ctx: int, source: Path, target: Path, options: Any,
                       progress: Callable[[Any], None], cancel: threading.Event) -> Any: ...

    def detect_language(self, text: str) -> str: ...

    def add_history(self, kind: str, source_name: str, source_text: str, options: dict[str, Any],
                    result: str) -> Any: ...

    def history(self, kind: str) -> list[Any]: ...


class DocumentController(QObject):
    """Lives on the GUI thread; one job at a time runs on a daemon thread."""

    document_loaded = Signal(str, object, int)  # requester, Document, its length in tokens (0: no model ready)
    document_failed = Signal(str, str)  # requester, message
    progressed = Signal(object)  # services.summarizer.Progress
    text_streamed = Signal(str)  # the result so far (summary: the final pass; translation: the blocks done)
    job_finished = Signal(str, object, object)  # kind, HistoryEntry, JobResult
    job_failed = Signal(str, str)  # kind, message
    job_cancelled = Signal(str)  # kind
    busy_changed = Signal(bool)

    def __init__(self, services: DocumentServices, engine: EngineSupervisor, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._engine = engine
        self.load_params: LoadParams | None = None
        self._cancel: threading.Event | None = None
        self._thread: threading.Thread | None = None
        self.prefill_tps = DEFAULT_PREFILL_TPS
        self.decode_tps = DEFAULT_DECODE_TPS
        self._event.connect(self._on_event)

    _event = Signal(str, object)  # kind, payload: from the job thread to the GUI thread

    @property
    def busy(self) -> bool:
        return self._cancel is not None

    def history(self, kind: str) -> list[Any]:
        return self._services.history(kind)

    def detect_language(self, text: str) -> str:
        return self._services.detect_language(text)

    def estimate_seconds(self, tokens: int, n_ctx: int, answer_tokens: int, translate: bool = False) -> float:
        """A rough time for a job on this machine, from the speeds measured on earlier jobs."""
        if translate:
            return tokens / self.prefill_tps + 1.3 * tokens / self.decode_tps
        chunks = max(1, -(-tokens // max(256, n_ctx - answer_tokens - 200)))
        requests = chunks + (0 if chunks == 1 else max(1, chunks // 2))
        return tokens / self.prefill_tps + requests * answer_tokens / self.decode_tps

    def open_file(self, path: Path, requester: str) -> None:
        """Load in the background; the answer names `requester` so only the asking page takes it."""
        self._spawn("load", lambda: self._load(path, requester), requester)

    def _load(self, path: Path, requester: str) -> tuple[str, Any, int]:
        document = self._services.load_document(path)
        return requester, document, self._count(document.text)

    def count_text(self, text: str) -> int:
        return self._count(text)

    def _count(self, text: str) -> int:
        if self.load_params is None:
            return 0
        try:
            self._engine.ensure_loaded(self.load_params)
            return self._engine.client().count(text)
        except DesktopLlmError as exc:
            log.warning("could not count tokens: %s", exc)
            return 0

    def summarize(self, name: str, text: str, options: SummaryOptions) -> None:
        def work(engine: ChatEngine, n_ctx: int, cancel: threading.Event, stream: Callable[[str], None]) -> Any:
            acc: list[str] = []

            def delta(piece: str) -> None:
                acc.append(piece)
                stream("".join(acc))

            return self._services.summarize(engine, n_ctx, text, options, self._progress, cancel, delta)

        self._run_job("summary", name, text, dataclasses.asdict(options), work)

    def translate(self, name: str, text: str, options: Any) -> None:
        def work(engine: ChatEngine, n_ctx: int, cancel: threading.Event, stream: Callable[[str], None]) -> Any:
            return self._services.translate(engine, n_ctx, text, options, self._progress, cancel,
                                            lambda _i, so_far: stream(so_far))

        self._run_job("translation", name, text, _options_dict(options), work)

    def translate_docx(self, source: Path, target: Path, options: Any) -> None:
        def work(engine: ChatEngine, n_ctx: int, cancel: threading.Event, stream: Callable[[str], None]) -> Any:
            return self._services.translate_docx(engine, n_ctx, source, target, options, self._progress, cancel)

        self._run_job("translation", source.name, f"(docx) {source}", _options_dict(options), work)

    def cancel(self) -> None:
        """The job's own watcher tells the engine, even in the middle of a long prompt."""
        if self._cancel is not None:
            self._cancel.set()

    def _progress(self, progress: Any) -> None:
        self._event.emit("progress", progress)

    def _run_job(self, kind: str, name: str, text: str, options: dict[str, Any],
                 work: Callable[[ChatEngine, int, threading.Event, Callable[[str], None]], Any]) -> None:
        if self.busy:
            return
        if self.load_params is None:
            self.job_failed.emit(kind, "No model is selected.")
            return
        cancel = threading.Event()
        self._cancel = cancel
        self.busy_changed.emit(True)
        params = self.load_params
        last = [0.0]

        def stream(so_far: str) -> None:
            now = time.monotonic()
            if now - last[0] >= DELTA_INTERVAL_S:
                last[0] = now
                self._event.emit("stream", so_far)

        def run() -> None:
            try:
                status = self._engine.ensure_loaded(params)
                result = work(self._engine.client(), int(status.get("n_ctx") or params.n_ctx), cancel, stream)
                self._event.emit("done", (kind, name, text, options, result))
            except Cancelled:
                self._event.emit("cancelled", kind)
            except EngineUnavailableError as exc:
                self._event.emit("failed", (kind, str(self._engine.explain(exc))))
            except DesktopLlmError as exc:
                self._event.emit("failed", (kind, str(exc)))
            except Exception as exc:  # a background error must reach the user
                log.exception("%s job failed", kind)
                self._event.emit("failed", (kind, f"unexpected error: {exc}"))

        self._thread = threading.Thread(target=run, daemon=True, name=f"doc-{kind}")
        self._thread.start()

    def _spawn(self, kind: str, work: Callable[[], Any], requester: str) -> None:
        def run() -> None:
            try:
                self._event.emit(kind, work())
            except DesktopLlmError as exc:
                self._event.emit(kind + "-failed", (requester, str(exc)))
            except Exception as exc:
                log.exception("document %s failed", kind)
                self._event.emit(kind + "-failed", (requester, f"unexpected error: {exc}"))

        threading.Thread(target=run, daemon=True, name=f"doc-{kind}").start()

    def _on_event(self, kind: str, payload: Any) -> None:
        if kind == "load":
            self.document_loaded.emit(*payload)
        elif kind == "load-failed":
            self.document_failed.emit(*payload)
        elif kind == "progress":
            self.progressed.emit(payload)
        elif kind == "stream":
            if self._cancel is not None:
                self.text_streamed.emit(payload)
        elif kind in ("done", "failed", "cancelled"):
            self._cancel = None
            if kind == "done":
                job_kind, name, text, options, result = payload
                self._learn_speed(result)
                entry = self._services.add_history(job_kind, name, text, options, result.text)
                self.job_finished.emit(job_kind, entry, result)
            elif kind == "failed":
                self.job_failed.emit(payload[0], payload[1])
            else:
                self.job_cancelled.emit(payload)
            self.busy_changed.emit(False)

    def _learn_speed(self, result: Any) -> None:
        generated = sum(r.max_tokens for r in result.requests) * 0.6  # replies use about this much of their budget
        if result.seconds > 1 and result.source_tokens:
            rate = (result.source_tokens + generated) / result.seconds
            self.prefill_tps = max(20.0, rate * 4)
            self.decode_tps = max(2.0, rate / 2)

    def wait(self, timeout: float = 10.0) -> None:
        if self._thread is not None:
            self._thread.join(timeout)


def _options_dict(options: Any) -> dict[str, Any]:
    data = dataclasses.asdict(options) if dataclasses.is_dataclass(options) and not isinstance(options, type) \
        else dict(options)
    return {k: v for k, v in data.items() if k != "glossary"} | {
        "glossary": [f"{g.term} = {g.translation}" for g in getattr(options, "glossary", ())]
    }
