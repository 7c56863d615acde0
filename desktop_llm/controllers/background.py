"""One way to run work off the GUI thread: a typed outcome, a cancel flag, and only the newest result per lane.

Shape borrowed from Anki's QueryOp and superqt's thread workers: the caller hands in a function of a cancel
flag, and gets exactly one outcome back on the GUI thread (succeeded with a value, cancelled, or failed with the
exception). Starting a new operation on a lane makes the older one's outcome stale: it is dropped, never
delivered late over the newer one.

A long job that streams (a download's progress, a summary's text) uses `run_reporting`: the work also gets a
`report(value)` function, and each value reaches the caller's `on_report` on the GUI thread, in order and before
the outcome, and only while the operation is still the newest on its lane. Several operations at once (parallel
downloads) take a lane each.
"""

from __future__ import annotations

import itertools
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, Signal

from desktop_llm.controllers.i18n import error_text, tr
from desktop_llm.core.errors import Cancelled, DesktopLlmError

log = logging.getLogger(__name__)

T = TypeVar("T")
R = TypeVar("R")


@dataclass(frozen=True)
class Succeeded(Generic[T]):
    value: T


@dataclass(frozen=True)
class CancelledOutcome:
    pass


@dataclass(frozen=True)
class Failed:
    error: BaseException

    @property
    def message(self) -> str:
        """A sentence for the user: our own errors say what is wrong; anything else is labelled unexpected."""
        if isinstance(self.error, DesktopLlmError):
            return error_text(self.error)
        return tr("unexpected error: {kind}: {error}").format(kind=type(self.error).__name__, error=self.error)


Outcome = Succeeded[Any] | CancelledOutcome | Failed


class CancelFlag:
    """Set from the GUI thread, read by the work between its steps."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    @property
    def event(self) -> threading.Event:
        """The flag as an Event, for services that wait on one (services/documents watch it to cancel a request
        in the middle of a long prompt)."""
        return self._event

    def raise_if_cancelled(self) -> None:
        if self._event.is_set():
            raise Cancelled("cancelled")


@dataclass
class _Running:
    serial: int
    flag: CancelFlag
    thread: threading.Thread
    done: Callable[[Outcome], None]
    on_report: Callable[[Any], None] | None = None


class BackgroundOps(QObject):
    """Lives on the GUI thread. Work runs on daemon threads; outcomes arrive on the GUI thread through a queued signal."""

    _finished = Signal(str, int, object)  # lane, serial, Outcome: marshals a worker's outcome to the GUI thread
    _reported = Signal(str, int, object)  # lane, serial, value: marshals a worker's report to the GUI thread

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._serials = itertools.count(1)
        self._running: dict[str, _Running] = {}
        self._closed = False
        self._finished.connect(self._on_finished)
        self._reported.connect(self._on_reported)

    def run(self, lane: str, work: Callable[[CancelFlag], T], done: Callable[[Outcome], None], *,
            cancel_drops_result: bool = True) -> CancelFlag:
        """Start `work` on its own thread; `done` gets its outcome on the GUI thread unless a newer run on the same
        lane replaced it. The older run on the lane is asked to cancel.

        A run asked to cancel that still returns a value ends as cancelled, unless `cancel_drops_result` is False:
        work whose result is already committed (a download saved as done) must be delivered as it happened."""
        return self._start(lane, lambda flag, _report: work(flag), done, None, cancel_drops_result)

    def run_reporting(self, lane: str, work: Callable[[CancelFlag, Callable[[R], None]], T],
                      done: Callable[[Outcome], None], on_report: Callable[[R], None], *,
                      cancel_drops_result: bool = True) -> CancelFlag:
        """`run`, and the work may call `report(value)` from its thread as often as it likes: `on_report` gets each
        value on the GUI thread, before `done`, while this run is the newest on its lane (a callback should
        throttle what it reports: every value is an event on the GUI thread)."""
        return self._start(lane, work, done, on_report, cancel_drops_result)

    def _start(self, lane: str, work: Callable[[CancelFlag, Callable[[Any], None]], T],
               done: Callable[[Outcome], None], on_report: Callable[[Any], None] | None,
               cancel_drops_result: bool) -> CancelFlag:
        flag = CancelFlag()
        if self._closed:  # the owner is closing: nothing new starts, and nothing would be delivered
            flag.cancel()
            return flag
        previous = self._running.get(lane)
        if previous is not None:
            previous.flag.cancel()
        serial = next(self._serials)

        def report(value: object) -> None:
            try:
                self._reported.emit(lane, serial, value)
            except RuntimeError:  # the owner was deleted meanwhile (as in body below): nobody listens any more
                pass

        def body() -> None:
            outcome: Outcome
            try:
                outcome = Succeeded(work(flag, report))
            except Cancelled:
                outcome = CancelledOutcome()
            except DesktopLlmError as exc:
                outcome = Failed(exc)
            except Exception as exc:  # a background failure must reach the user and the log, never vanish
                log.exception("background operation %r failed", lane)
                outcome = Failed(exc)
            if cancel_drops_result and flag.cancelled and not isinstance(outcome, Failed):
                outcome = CancelledOutcome()
            try:
                self._finished.emit(lane, serial, outcome)
            except RuntimeError:  # the owner (a closed form, say) was deleted meanwhile: nobody waits for this
                log.debug("background operation %r finished after its owner was deleted", lane)

        thread = threading.Thread(target=body, daemon=True, name=f"op-{lane}")
        self._running[lane] = _Running(serial, flag, thread, done, on_report)
        thread.start()
        return flag

    def busy(self, lane: str) -> bool:
        return lane in self._running

    def cancel(self, lane: str) -> None:
        running = self._running.get(lane)
        if running is not None:
            running.flag.cancel()

    def shutdown(self) -> None:
        """Cancel every operation and drop every outcome still to come, and start nothing new: the owner is
        closing, and the stores its callbacks would read are about to close (a library scan that finished after
        the window closed used to refresh a panel from a closed database)."""
        self._closed = True
        for running in self._running.values():
            running.flag.cancel()
        self._running.clear()

    def wait(self, timeout: float = 10.0) -> None:
        """Join every running thread (tests and shutdown); outcomes still arrive through the event loop."""
        for running in list(self._running.values()):
            running.thread.join(timeout)

    def _on_reported(self, lane: str, serial: int, value: object) -> None:
        running = self._running.get(lane)
        if running is None or running.serial != serial or running.on_report is None:
            return  # from a run that was replaced: stale
        running.on_report(value)

    def _on_finished(self, lane: str, serial: int, outcome: Outcome) -> None:
        running = self._running.get(lane)
        if running is None or running.serial != serial:
            return  # replaced by a newer run on the lane: stale
        del self._running[lane]
        running.done(outcome)
