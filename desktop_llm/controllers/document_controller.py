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
# Before this machine has run a job, speeds are guessed from the model file's size: generating a token reads every
# weight once, so a CPU makes about (memory bandwidth / model size) tokens a second, and reads a prompt about
# PREFILL_PER_DECODE times faster. The old fixed 20 tokens/s, with every reply assumed to fill its whole budget,
# said 16 s for a 2 s summary with the starter model (issue 20, item 8). After each job the estimate is scaled by
# what the job really took against what it would have estimated.
EFFECTIVE_BANDWIDTH_BPS = 10e9
PREFILL_PER_DECODE = 8.0
MAX_DECODE_TPS = 80.0  # a tiny model is bounded by per-token overhead, not by reading its weights
REQUEST_OVERHEAD_S = 0.3
DEFAULT_MODEL_BYTES = 4_500_000_000  # an unknown model: a 7B at 4 bits


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
        # Per kind of job: measured seconds / estimated seconds of the jobs run so far (1.0 before any).
        self.calibration = {"summary": 1.0, "translation": 1.0}
        self._jobs_measured = {"summary": 0, "translation": 0}
        self._event.connect(self._on_event)

    _event = Signal(str, object)  # kind, payload: from the job thread to the GUI thread

    @property
    def busy(self) -> bool:
        return self._cancel is not None

    def history(self, kind: str) -> list[Any]:
        return self._services.history(kind)

    def detect_language(self, text: str) -> str:
        return self._services.detect_language(text)

    def speeds(self) -> tuple[float, float]:
        """(prompt, generation) tokens a second guessed for the selected model, before calibration."""
        size = DEFAULT_MODEL_BYTES
        if self.load_params is not None:
            try:
                size = Path(self.load_params.path).stat().st_size or size
            except OSError:
                pass
        decode = min(MAX_DECODE_TPS, max(0.5, EFFECTIVE_BANDWIDTH_BPS / size))
        return decode * PREFILL_PER_DECODE, decode

    def estimate_seconds(self, tokens: int, n_ctx: int, answer_tokens: int, translate: bool = False) -> float:
        """A rough time for a job on this machine: the model's guessed speeds, scaled by earlier jobs."""
        prefill, decode = self.speeds()
        if translate:
            return self.calibration["translation"] * (tokens / prefill + 1.3 * tokens / decode)
        chunks = max(1, -(-tokens // max(256, n_ctx - answer_tokens - 200)))
        if chunks == 1:
            return self.calibration["summary"] * _request_seconds(tokens, answer_tokens, prefill, decode)
        per_chunk = tokens / chunks
        seconds = chunks * _request_seconds(per_chunk, answer_tokens, prefill, decode)
        combines = max(1, chunks // 2)  # then rounds that combine about half as many summaries each
        seconds += combines * _request_seconds(2 * _expected_reply(per_chunk, answer_tokens), answer_tokens,
                                               prefill, decode)
        return self.calibration["summary"] * seconds

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
                self._learn_speed(job_kind, result)
                entry = self._services.add_history(job_kind, name, text, options, result.text)
                self.job_finished.emit(job_kind, entry, result)
            elif kind == "failed":
                self.job_failed.emit(payload[0], payload[1])
            else:
                self.job_cancelled.emit(payload)
            self.busy_changed.emit(False)

    def _learn_speed(self, kind: str, result: Any) -> None:
        if kind not in self.calibration:
            return
        prefill, decode = self.speeds()
        if kind == "translation":
            estimated = sum(r.prompt_tokens / prefill + 1.3 * r.prompt_tokens / decode for r in result.requests)
        else:
            estimated = sum(_request_seconds(r.prompt_tokens, r.max_tokens, prefill, decode) for r in result.requests)
        if estimated <= 0 or result.seconds <= 0:
            return
        measured = min(20.0, max(0.1, result.seconds / estimated))
        # The newest job counts most, but one noisy job does not throw the scale away.
        self._jobs_measured[kind] += 1
        self.calibration[kind] = measured if self._jobs_measured[kind] == 1 else \
            0.5 * self.calibration[kind] + 0.5 * measured

    def wait(self, timeout: float = 10.0) -> None:
        if self._thread is not None:
            self._thread.join(timeout)


def _expected_reply(prompt_tokens: float, answer_tokens: int) -> float:
    """Replies rarely fill their budget: a summary runs to about 40 % of its source, and 60 % of the budget at
    most (measured with the starter model: 44 words for a 73-token text, 162 for 518 with 320 allowed)."""
    return min(0.6 * answer_tokens, 40 + 0.4 * prompt_tokens)


def _request_seconds(prompt_tokens: float, answer_tokens: int, prefill: float, decode: float) -> float:
    return REQUEST_OVERHEAD_S + prompt_tokens / prefill + _expected_reply(prompt_tokens, answer_tokens) / decode


def _options_dict(options: Any) -> dict[str, Any]:
    data = dataclasses.asdict(options) if dataclasses.is_dataclass(options) and not isinstance(options, type) \
        else dict(options)
    return {k: v for k, v in data.items() if k != "glossary"} | {
        "glossary": [f"{g.term} = {g.translation}" for g in getattr(options, "glossary", ())]
    }
