"""Making a training dataset (issue 16): pairs written by the selected model (local or a connected server) from a
document or a knowledge collection, or rows of a CSV/JSONL table with a column mapping; reviewed, then saved as
chat JSONL into the data folder's datasets. One job at a time, in the background, with progress and cancel; a
cancelled job resumes when the same source is made again (the maker keeps a journal of the chunks answered)."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject, Signal

from desktop_llm.controllers.background import BackgroundOps, CancelFlag, CancelledOutcome, Failed, Outcome, Succeeded
from desktop_llm.controllers.i18n import tr
from desktop_llm.controllers.model_selection import ModelSelection
from desktop_llm.core.dataset_columns import ColumnMapping, MappedRows, Table, map_rows
from desktop_llm.core.dataset_types import MakeOptions, MakeProgress, MakeResult, QAPair, SourceChunk
from desktop_llm.core.errors import EngineUnavailableError
from desktop_llm.core.protocols import ChatEngine, EngineSupervisor
from desktop_llm.core.sampling import LoadParams

log = logging.getLogger(__name__)
JOB_LANE = "dataset-job"
TABLE_LANE = "dataset-table"
REGENERATE_LANE = "dataset-regenerate"


class DatasetMaking(Protocol):
    """What services/training/dataset_maker.DatasetMaker gives this controller."""

    folder: Path

    def collections(self) -> list[tuple[int, str]]: ...

    def from_document(self, engine: ChatEngine, n_ctx: int, path: Path, options: MakeOptions,
                      progress: Callable[[MakeProgress], None], cancel: threading.Event) -> MakeResult: ...

    def from_collection(self, engine: ChatEngine, n_ctx: int, collection_id: int, options: MakeOptions,
                        progress: Callable[[MakeProgress], None], cancel: threading.Event) -> MakeResult: ...

    def regenerate(self, engine: ChatEngine, n_ctx: int, chunk: SourceChunk, options: MakeOptions,
                   cancel: threading.Event, avoid: Sequence[str] = ()) -> QAPair: ...

    def read_table(self, path: Path) -> Table: ...

    def save(self, name: str, pairs: Sequence[QAPair], system_prompt: str = "", journal: str = "") -> Path: ...


Job = Callable[[ChatEngine, int, threading.Event, Callable[[MakeProgress], None]], MakeResult]


class DatasetController(QObject):
    """Lives on the GUI thread; the jobs run through BackgroundOps (one lane for making, one for regenerating a
    pair, one for reading a table)."""

    progressed = Signal(object)  # MakeProgress of the running job
    made = Signal(object)  # MakeResult: the pairs to review
    make_failed = Signal(str)  # the reason, for the user
    make_cancelled = Signal()
    busy_changed = Signal(bool)  # a job started (True) or ended (False)
    pair_regenerated = Signal(int, object)  # row, the new QAPair
    regenerate_failed = Signal(int, str)  # row, the reason
    table_read = Signal(object)  # Table
    table_failed = Signal(str)  # the reason

    def __init__(self, maker: DatasetMaking, engine: EngineSupervisor, selection: ModelSelection,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._maker = maker
        self._engine = engine
        self.selection = selection
        self._ops = BackgroundOps(self)
        self.options = MakeOptions()
        self.result = MakeResult()  # the last job's, kept for regenerating its pairs from their chunks

    @property
    def folder(self) -> Path:
        return self._maker.folder

    @property
    def busy(self) -> bool:
        return self._ops.busy(JOB_LANE)

    def collections(self) -> list[tuple[int, str]]:
        return self._maker.collections()

    def make_from_document(self, path: Path, options: MakeOptions) -> None:
        self._start(options, lambda engine, n_ctx, cancel, progress: self._maker.from_document(
            engine, n_ctx, path, options, progress, cancel))

    def make_from_collection(self, collection_id: int, options: MakeOptions) -> None:
        self._start(options, lambda engine, n_ctx, cancel, progress: self._maker.from_collection(
            engine, n_ctx, collection_id, options, progress, cancel))

    def cancel(self) -> None:
        """Stops at once (the engine's request too); the chunks answered so far are kept for the next run."""
        self._ops.cancel(JOB_LANE)
        self._ops.cancel(REGENERATE_LANE)

    def regenerate(self, row: int, pair: QAPair, avoid: Sequence[str] = ()) -> None:
        """A new pair for `row` from the chunk `pair` was written from (a table's rows have no chunk to ask)."""
        chunk = self.result.chunks.get(pair.chunk_id)
        if chunk is None:
            self.regenerate_failed.emit(row, tr("This pair has no source passage to write a new one from."))
            return
        params = self.selection.params
        if params is None:
            self.regenerate_failed.emit(row, tr("No model is selected."))
            return
        options = self.options

        def work(flag: CancelFlag) -> QAPair:
            engine, n_ctx = self._ready(params)
            return self._maker.regenerate(engine, n_ctx, chunk, options, flag.event, avoid)

        self._ops.run(REGENERATE_LANE, work, lambda outcome: self._on_regenerated(row, outcome))

    def read_table(self, path: Path) -> None:
        self._ops.run(TABLE_LANE, lambda _flag: self._maker.read_table(path), self._on_table_read)

    @staticmethod
    def map_table(table: Table, mapping: ColumnMapping) -> MappedRows:
        """The rows as pairs (a table of at most MAX_ROWS rows: quick enough for the GUI thread). DatasetError
        when a mapped column is missing."""
        return map_rows(table, mapping)

    def use_table_rows(self, pairs: list[QAPair], source: str) -> MakeResult:
        """A table's mapped rows become the pairs under review (no chunks: they cannot be regenerated)."""
        self.result = MakeResult(pairs=list(pairs), source=source)
        return self.result

    def save(self, name: str, pairs: Sequence[QAPair], system_prompt: str = "") -> Path:
        """Write the reviewed pairs (small: on the GUI thread). DatasetError when it cannot be written."""
        return self._maker.save(name, pairs, system_prompt, self.result.journal)

    def shutdown(self) -> None:
        self._ops.shutdown()

    def wait(self, timeout: float = 10.0) -> None:
        self._ops.wait(timeout)

    def _start(self, options: MakeOptions, job: Job) -> None:
        if self.busy:
            return
        params = self.selection.params
        if params is None:
            self.make_failed.emit(tr("No model is selected: choose one at the top of the window."))
            return
        self.options = options

        def run(flag: CancelFlag, report: Callable[[MakeProgress], None]) -> MakeResult:
            engine, n_ctx = self._ready(params)
            return job(engine, n_ctx, flag.event, report)

        self._ops.run_reporting(JOB_LANE, run, self._on_made, self.progressed.emit)
        self.busy_changed.emit(True)

    def _ready(self, params: LoadParams) -> tuple[ChatEngine, int]:
        """The engine with the selected model loaded, and its context length (on the job's thread)."""
        try:
            status = self._engine.ensure_loaded(params)
        except EngineUnavailableError as exc:
            raise self._engine.explain(exc) from exc
        n_ctx = status.model.n_ctx if status.model is not None and status.model.n_ctx else params.n_ctx
        return self._engine.client(), n_ctx

    def _on_made(self, outcome: Outcome) -> None:
        if isinstance(outcome, Succeeded):
            self.result = outcome.value
            self.made.emit(self.result)
        elif isinstance(outcome, Failed):
            self.make_failed.emit(outcome.message)
        elif isinstance(outcome, CancelledOutcome):
            self.make_cancelled.emit()
        self.busy_changed.emit(False)

    def _on_regenerated(self, row: int, outcome: Outcome) -> None:
        if isinstance(outcome, Succeeded):
            self.pair_regenerated.emit(row, outcome.value)
        elif isinstance(outcome, Failed):
            self.regenerate_failed.emit(row, outcome.message)

    def _on_table_read(self, outcome: Outcome) -> None:
        if isinstance(outcome, Succeeded):
            self.table_read.emit(outcome.value)
        elif isinstance(outcome, Failed):
            self.table_failed.emit(outcome.message)
