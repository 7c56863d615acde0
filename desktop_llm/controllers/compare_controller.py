"""One prompt to the base model and to the model with a LoRA adapter, one after the other, in the background.

The engine holds one model and switches adapters per request, so the comparison costs no reload. Both
sides use the same sampling and the same seed, so differences come from the adapter, not from chance.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QObject, Signal

from desktop_llm.controllers.background import BackgroundOps, CancelFlag, Failed, Outcome
from desktop_llm.core.errors import EngineUnavailableError
from desktop_llm.core.events import ChatMessage, GenerationFinished, TextDelta
from desktop_llm.core.protocols import EngineSupervisor
from desktop_llm.core.sampling import Adapters, LoadParams, SamplingParams

BASE, ADAPTER = 0, 1
COMPARE_SEED = 1234
LANE = "compare"

SideReport = tuple[int, str] | tuple[int, GenerationFinished]  # (side, text) or (side, how that side ended)


class CompareController(QObject):
    """Lives on the GUI thread; the two replies run on BackgroundOps and every signal is emitted on the GUI thread."""

    chunk = Signal(int, str)  # side (BASE or ADAPTER), text
    side_finished = Signal(int, object)  # side, GenerationFinished
    failed = Signal(str)  # message for the user
    done = Signal()  # the comparison ended (finished, stopped or failed)

    def __init__(self, engine: EngineSupervisor, parent: QObject | None = None,
                 ops: BackgroundOps | None = None) -> None:
        super().__init__(parent)
        self._engine = engine
        self._ops = ops or BackgroundOps(self)

    @property
    def busy(self) -> bool:
        return self._ops.busy(LANE)

    def run(self, messages: list[ChatMessage], sampling: SamplingParams, load: LoadParams, adapters: Adapters) -> None:
        if self.busy:
            return
        if sampling.seed < 0:
            sampling = replace(sampling, seed=COMPARE_SEED)
        engine = self._engine

        def work(flag: CancelFlag, report: Callable[[SideReport], None]) -> None:
            try:
                engine.ensure_loaded(load)
                client = engine.client()
                for side, side_adapters in ((BASE, ()), (ADAPTER, adapters)):
                    if flag.cancelled:
                        break
                    request_id = f"compare-{uuid.uuid4().hex[:10]}"
                    for event in client.chat_stream(messages, sampling, flag.event.is_set, request_id,
                                                    adapters=side_adapters):
                        if isinstance(event, TextDelta):
                            report((side, event.text))
                        elif isinstance(event, GenerationFinished):
                            report((side, event))
            except EngineUnavailableError as exc:
                # Here, not on the GUI thread: explaining waits a moment for a dying worker to be reaped.
                raise engine.explain(exc) from exc

        self._ops.run_reporting(LANE, work, self._on_run_done, self._on_run_reported)

    def stop(self) -> None:
        self._ops.cancel(LANE)

    def shutdown(self) -> None:
        """The window is closing: stop the comparison and deliver nothing more."""
        self._ops.shutdown()

    def wait(self, timeout: float = 10.0) -> None:
        """Join the running comparison (tests); its reports and outcome still arrive through the event loop."""
        self._ops.wait(timeout)

    def _on_run_reported(self, report: SideReport) -> None:
        side, value = report
        if isinstance(value, GenerationFinished):
            self.side_finished.emit(side, value)
        else:
            self.chunk.emit(side, value)

    def _on_run_done(self, outcome: Outcome) -> None:
        if isinstance(outcome, Failed):
            self.failed.emit(outcome.message)
        self.done.emit()  # a stopped comparison ends here too (CancelledOutcome): the dialog's buttons come back
