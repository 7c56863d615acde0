"""Run one function over many independent pieces, N at a time, results in the pieces' order (issue 11, part B).

A document's map phase and its translation blocks do not depend on each other; a server that batches requests
(vLLM, llama-server --parallel N) answers N of them in about the time of one. The result is the same list a
sequential loop gives; the first failure (or a cancel) stops handing out pieces and is raised once the running
ones return.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_EXCEPTION, Future, ThreadPoolExecutor, wait
from typing import TypeVar

from desktop_llm.core.errors import Cancelled, DesktopLlmError

T = TypeVar("T")
R = TypeVar("R")


def map_ordered(work: Callable[[int, T], R], items: Sequence[T], concurrency: int,
                cancel: threading.Event | None = None) -> list[R]:
    """[work(0, items[0]), work(1, items[1]), ...], at most `concurrency` calls running at once."""
    if concurrency <= 1 or len(items) <= 1:
        results = []
        for index, item in enumerate(items):
            if cancel is not None and cancel.is_set():
                raise Cancelled("cancelled")
            results.append(work(index, item))
        return results
    stop = threading.Event()

    def guarded(index: int, item: T) -> R:
        if stop.is_set() or (cancel is not None and cancel.is_set()):
            raise Cancelled("cancelled")
        return work(index, item)

    with ThreadPoolExecutor(max_workers=min(concurrency, len(items)), thread_name_prefix="fan-out") as pool:
        futures: list[Future[R]] = [pool.submit(guarded, index, item) for index, item in enumerate(items)]
        done, _ = wait(futures, return_when=FIRST_EXCEPTION)
        failed = next((f for f in futures if f in done and f.exception() is not None), None)
        if failed is not None:
            stop.set()  # pieces not yet started end at once; the running ones finish (or see the job's cancel)
            for future in futures:
                future.cancel()
            error = failed.exception()
            assert error is not None
            # A cancel elsewhere wins over the Cancelled raised by pieces that saw it.
            raise error
        return [future.result() for future in futures]


def concurrency_of(engine: object, asked: int | None = None) -> int:
    """How many requests to send at once: `asked` when given (at most the local engine's slots), else what the
    engine says it takes at once: a remote backend's `parallel_requests`, the local engine's slots (its model's
    n_parallel, issue 18)."""
    slots = getattr(engine, "parallel_requests", None)
    local = slots is None
    if local:
        slots = local_slots(engine)
    slots = max(1, slots if isinstance(slots, int) and not isinstance(slots, bool) else 1)
    if asked is not None:
        # More requests than the local engine has slots would only wait for one (and meet BUSY past the wait).
        return max(1, min(asked, slots) if local else asked)
    return slots


def local_slots(engine: object) -> int:
    """The loaded model's slots, from the engine's status (1 when it has no model or cannot say)."""
    status = getattr(engine, "status", None)
    if not callable(status):
        return 1
    try:
        model = getattr(status(), "model", None)
    except DesktopLlmError:  # not answering: the job's first request will say so
        return 1
    slots = getattr(model, "n_parallel", 1)
    return slots if isinstance(slots, int) and not isinstance(slots, bool) else 1
