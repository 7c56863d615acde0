"""Summarize and translate jobs in the background: load a document, run the job, stream, cancel, save."""

from __future__ import annotations

import dataclasses
import logging
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from desktop_llm.controllers.background import BackgroundOps, CancelFlag, CancelledOutcome, Failed, Outcome, Succeeded
from desktop_llm.controllers.chat_stream import ReasoningFormats
from desktop_llm.controllers.i18n import QT_TR_NOOP, tr
from desktop_llm.controllers.model_selection import ModelSelection
from desktop_llm.core.document_types import Document, HistoryEntry, JobKind, JobResult, Notice, Progress
from desktop_llm.core.errors import DesktopLlmError, DocumentError, EngineUnavailableError, NoTextLayerError
from desktop_llm.core.protocols import ChatEngine, DocumentServices, EngineSupervisor
from desktop_llm.core.sampling import LoadParams
from desktop_llm.core.summary_prompts import SummaryOptions
from desktop_llm.core.translation import TranslateOptions

log = logging.getLogger(__name__)
DELTA_INTERVAL_S = 1 / 30
JOB_LANE = "document-job"  # one job at a time: one engine, and the pages share this controller
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

# A job's work, on its thread: (engine, its context length, the cancel flag as an Event, progress(Progress),
# stream(the result so far)) -> the result.
JobWork = Callable[[ChatEngine, int, threading.Event, Callable[[Progress], None], Callable[[str], None]], JobResult]


class DocumentController(QObject):
    """Lives on the GUI thread. Loads and jobs run through BackgroundOps: a lane per page for loads (the newest
    load a page asked for wins), and one lane for jobs, which report progress and text as they go."""

    document_loaded = Signal(str, Document, int)  # requester, the document, its length in tokens (0: no model ready)
    document_failed = Signal(str, str)  # requester, message
    scans_only = Signal(str, Path)  # requester, a PDF without any text layer that it asked to have read (issue 17)
    progressed = Signal(Progress)  # how far the running job is
    text_streamed = Signal(str)  # the result so far (summary: the final pass; translation: the blocks done)
    job_finished = Signal(str, HistoryEntry, JobResult)  # kind (JobKind), the entry saved, the result
    job_failed = Signal(str, str)  # kind (JobKind), message
    job_cancelled = Signal(str)  # kind (JobKind)
    busy_changed = Signal(bool)  # a job started (True) or ended (False)

    def __init__(self, services: DocumentServices, engine: EngineSupervisor, parent: QObject | None = None,
                 selection: ModelSelection | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._engine = engine
        # The model chosen in the window (shared with the chat); its own when the controller stands alone.
        self.selection = selection or ModelSelection(self)
        self._ops = BackgroundOps(self)
        self._formats = ReasoningFormats()  # each model's reasoning markers, learnt once per file from its template
        # Per kind of job: measured seconds / estimated seconds of the jobs run so far (1.0 before any).
        self.calibration: dict[JobKind, float] = {"summary": 1.0, "translation": 1.0}
        self._jobs_measured: dict[JobKind, int] = {"summary": 0, "translation": 0}

    @property
    def load_params(self) -> LoadParams | None:
        """The model the next job runs on: the current selection."""
        return self.selection.params

    @property
    def can_see(self) -> bool:
        """Whether the model the next job runs on loads with a vision projector, so it can read scanned pages."""
        return self.load_params is not None and bool(self.load_params.mmproj)

    @property
    def busy(self) -> bool:
        return self._ops.busy(JOB_LANE)

    def history(self, kind: JobKind) -> list[HistoryEntry]:
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

    def open_file(self, path: Path, requester: str, read_scans: bool | None = None) -> None:
        """Load in the background; the answer names `requester` so only the asking page takes it. `read_scans`: a
        page that can have scanned pages read by the model (issue 17) says whether it wants that; for a PDF with no
        text layer at all, True answers `scans_only` instead of a failure, and False names the choice in the
        failure when the model can see."""
        self._ops.run(f"load-{requester}", lambda _flag: self._load(path),
                      lambda outcome: self._on_load_done(requester, outcome, path, read_scans))

    def _load(self, path: Path) -> tuple[Document, int]:
        document = self._services.load_document(path)
        return document, self._count(document.text)

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

    def summarize(self, name: str, text: str, options: SummaryOptions, scans_from: Path | None = None) -> None:
        """`scans_from`: a PDF whose pages without a text layer the model reads first (issue 17, same progress and
        cancel); its text, scans included, is summarized instead of `text` and saved with the summary."""
        path = self.selection.path
        source = [text]

        def work(engine: ChatEngine, n_ctx: int, cancel: threading.Event, progress: Callable[[Progress], None],
                 stream: Callable[[str], None]) -> JobResult:
            acc: list[str] = []

            def delta(piece: str) -> None:
                acc.append(piece)
                stream("".join(acc))

            notes = self._read_scans(engine, n_ctx, scans_from, progress, cancel, source) if scans_from else []
            # The summary streams without the model's reasoning, even a block its prompt opened (DeepSeek-R1).
            fmt = self._formats.get(path)
            result = self._services.summarize(engine, n_ctx, source[0], options, progress, cancel, delta,
                                              reasoning=fmt if fmt.is_reasoning_model else None)
            return dataclasses.replace(result, warnings=[*notes, *result.warnings]) if notes else result

        saved = dataclasses.asdict(options) | ({"read_scans": True} if scans_from else {})
        self._run_job("summary", name, lambda: source[0], saved, work)

    def _read_scans(self, engine: ChatEngine, n_ctx: int, pdf: Path, progress: Callable[[Progress], None],
                    cancel: threading.Event, source: list[str]) -> list[Notice]:
        """On the job's thread: the PDF's text with its scans read into `source`; the notes on which were read."""
        try:
            document = self._services.read_scans(engine, n_ctx, pdf, progress, cancel)
        except NoTextLayerError as exc:  # every page was a scan, and none gave text
            raise DocumentError(QT_TR_NOOP("{name}: the vision model found no text on its scanned pages"),
                                name=pdf.name) from exc
        source[0] = document.text
        return list(document.warnings)

    def translate(self, name: str, text: str, options: TranslateOptions) -> None:
        def work(engine: ChatEngine, n_ctx: int, cancel: threading.Event, progress: Callable[[Progress], None],
                 stream: Callable[[str], None]) -> JobResult:
            return self._services.translate(engine, n_ctx, text, options, progress, cancel,
                                            lambda _i, so_far: stream(so_far))

        self._run_job("translation", name, text, _options_dict(options), work)

    def translate_docx(self, source: Path, target: Path, options: TranslateOptions) -> None:
        def work(engine: ChatEngine, n_ctx: int, cancel: threading.Event, progress: Callable[[Progress], None],
                 stream: Callable[[str], None]) -> JobResult:
            return self._services.translate_docx(engine, n_ctx, source, target, options, progress, cancel)

        self._run_job("translation", source.name, f"(docx) {source}", _options_dict(options), work)

    def cancel(self) -> None:
        """The job's own watcher tells the engine, even in the middle of a long prompt."""
        self._ops.cancel(JOB_LANE)

    def shutdown(self) -> None:
        """The window is closing: a running job is cancelled (its engine request too) and nothing more is
        delivered, so no outcome reaches the history after its database closed."""
        self._ops.shutdown()

    def wait(self, timeout: float = 10.0) -> None:
        """Join running loads and jobs (tests and shutdown); outcomes still arrive through the event loop."""
        self._ops.wait(timeout)

    def _run_job(self, kind: JobKind, name: str, text: str | Callable[[], str], options: dict[str, Any],
                 work: JobWork) -> None:
        """`text`: the source saved with the result, or how to get it once the job is done (scans read by it)."""
        if self.busy:
            return
        if self.load_params is None:
            self.job_failed.emit(kind, tr("No model is selected."))
            return
        params = self.load_params
        last = [0.0]

        def run(flag: CancelFlag, report: Callable[[Progress | str], None]) -> JobResult:
            def stream(so_far: str) -> None:
                now = time.monotonic()
                if now - last[0] >= DELTA_INTERVAL_S:  # the page redraws at most ~30 times a second
                    last[0] = now
                    report(so_far)

            try:
                status = self._engine.ensure_loaded(params)
                n_ctx = status.model.n_ctx if status.model is not None and status.model.n_ctx else params.n_ctx
                return work(self._engine.client(), n_ctx, flag.event, report, stream)
            except EngineUnavailableError as exc:
                # Here, not on the GUI thread: explaining waits a moment for a dying worker to be reaped.
                raise self._engine.explain(exc) from exc

        self._ops.run_reporting(JOB_LANE, run, lambda outcome: self._on_job_done(kind, name, text, options, outcome),
                                self._on_job_reported)
        self.busy_changed.emit(True)

    def _on_job_reported(self, value: Progress | str) -> None:
        if isinstance(value, Progress):
            self.progressed.emit(value)
        else:
            self.text_streamed.emit(value)

    def _on_job_done(self, kind: JobKind, name: str, text: str | Callable[[], str], options: dict[str, Any],
                     outcome: Outcome) -> None:
        if isinstance(outcome, Succeeded):
            result: JobResult = outcome.value
            self._learn_speed(kind, result)
            entry = self._services.add_history(kind, name, text if isinstance(text, str) else text(), options,
                                               result.text)
            self.job_finished.emit(kind, entry, result)
        elif isinstance(outcome, Failed):
            self.job_failed.emit(kind, outcome.message)
        elif isinstance(outcome, CancelledOutcome):
            self.job_cancelled.emit(kind)
        self.busy_changed.emit(False)

    def _on_load_done(self, requester: str, outcome: Outcome, path: Path, read_scans: bool | None) -> None:
        if isinstance(outcome, Succeeded):
            document, tokens = outcome.value
            self.document_loaded.emit(requester, document, tokens)
        elif isinstance(outcome, Failed):
            scans = isinstance(outcome.error, NoTextLayerError)
            if scans and read_scans:
                self.scans_only.emit(requester, path)
                return
            message = outcome.message
            if scans and read_scans is False and self.can_see:
                message = tr("{reason}. The chosen model can read scanned pages: tick “Read scanned pages with the "
                             "vision model” and open it again.").format(reason=message)
            self.document_failed.emit(requester, message)

    def _learn_speed(self, kind: JobKind, result: JobResult) -> None:
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


def _expected_reply(prompt_tokens: float, answer_tokens: int) -> float:
    """Replies rarely fill their budget: a summary runs to about 40 % of its source, and 60 % of the budget at
    most (measured with the starter model: 44 words for a 73-token text, 162 for 518 with 320 allowed)."""
    return min(0.6 * answer_tokens, 40 + 0.4 * prompt_tokens)


def _request_seconds(prompt_tokens: float, answer_tokens: int, prefill: float, decode: float) -> float:
    return REQUEST_OVERHEAD_S + prompt_tokens / prefill + _expected_reply(prompt_tokens, answer_tokens) / decode


def _options_dict(options: TranslateOptions) -> dict[str, Any]:
    """The options as saved with the history entry (JSON): the glossary as its lines."""
    data = {k: v for k, v in dataclasses.asdict(options).items() if k != "glossary"}
    return data | {"glossary": [f"{g.term} = {g.translation}" for g in options.glossary]}
