"""One prompt to the base model and to the model with a LoRA adapter, one after the other, on a thread.

The engine holds one model and switches adapters per request, so the comparison costs no reload. Both
sides use the same sampling and the same seed, so differences come from the adapter, not from chance.
"""

from __future__ import annotations

import logging
import threading
import uuid
from dataclasses import replace

from PySide6.QtCore import QObject, Signal

from desktop_llm.core.errors import DesktopLlmError, EngineUnavailableError
from desktop_llm.core.events import ChatMessage, GenerationFinished, TextDelta
from desktop_llm.core.protocols import EngineSupervisor
from desktop_llm.core.sampling import Adapters, LoadParams, SamplingParams

log = logging.getLogger(__name__)
BASE, ADAPTER = 0, 1
COMPARE_SEED = 1234


class CompareController(QObject):
    chunk = Signal(int, str)  # side (BASE or ADAPTER), text
    side_finished = Signal(int, object)  # side, GenerationFinished
    failed = Signal(str)
    done = Signal()

    def __init__(self, engine: EngineSupervisor, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._engine = engine
        self._cancel = threading.Event()
        self._thread: threading.Thread | None = None

    @property
    def busy(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def run(self, messages: list[ChatMessage], sampling: SamplingParams, load: LoadParams, adapters: Adapters) -> None:
        if self.busy:
            return
        if sampling.seed < 0:
            sampling = replace(sampling, seed=COMPARE_SEED)
        self._cancel = threading.Event()
        self._thread = threading.Thread(
            target=self._work, args=(messages, sampling, load, adapters, self._cancel), daemon=True, name="compare"
        )
        self._thread.start()

    def stop(self) -> None:
        self._cancel.set()

    def wait(self, timeout: float = 10.0) -> None:
        if self._thread is not None:
            self._thread.join(timeout)

    def _work(
        self, messages: list[ChatMessage], sampling: SamplingParams, load: LoadParams, adapters: Adapters,
        cancel: threading.Event,
    ) -> None:
        try:
            self._engine.ensure_loaded(load)
            client = self._engine.client()
            for side, side_adapters in ((BASE, ()), (ADAPTER, adapters)):
                if cancel.is_set():
                    break
                request_id = f"compare-{uuid.uuid4().hex[:10]}"
                for event in client.chat_stream(messages, sampling, cancel.is_set, request_id, adapters=side_adapters):
                    if isinstance(event, TextDelta):
                        self.chunk.emit(side, event.text)
                    elif isinstance(event, GenerationFinished):
                        self.side_finished.emit(side, event)
        except EngineUnavailableError as exc:
            self.failed.emit(str(self._engine.explain(exc)))
        except DesktopLlmError as exc:
            self.failed.emit(str(exc))
        except Exception as exc:  # a background error must reach the user
            log.exception("compare failed")
            self.failed.emit(f"Unexpected error: {exc}")
        finally:
            self.done.emit()
