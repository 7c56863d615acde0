"""How idempotent requests to a remote server are retried: which failures, how often, how long to wait.

A document's requests can be sent again without harm (a summary of a chunk has no side effect), a chat reply is
not retried (the user sees it stream and decides). The waits grow exponentially with full jitter (AWS's
"Exponential Backoff and Jitter"), capped, and a server's Retry-After wins when it is longer.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from desktop_llm.core.errors import (
    Cancelled,
    RemoteRateLimitedError,
    RemoteServerError,
    RemoteStalledError,
    RemoteStreamCutError,
    RemoteUnavailableError,
)

T = TypeVar("T")
RETRYABLE: tuple[type[Exception], ...] = (
    RemoteRateLimitedError, RemoteServerError, RemoteStreamCutError, RemoteStalledError, RemoteUnavailableError,
)


@dataclass(frozen=True)
class RetryPolicy:
    attempts: int = 4  # tries in all, the first included
    base_delay_s: float = 0.5
    max_delay_s: float = 20.0
    max_retry_after_s: float = 60.0  # a Retry-After beyond this is not waited for: the error reaches the user

    def delay(self, attempt: int, error: Exception, draw: Callable[[], float] = random.random) -> float | None:
        """Seconds to wait before try `attempt + 1` after `error` on try `attempt` (1-based); None: give up."""
        if attempt >= self.attempts or not isinstance(error, RETRYABLE):
            return None
        backoff = min(self.max_delay_s, self.base_delay_s * 2.0 ** (attempt - 1)) * draw()
        if isinstance(error, RemoteRateLimitedError) and error.retry_after is not None:
            if error.retry_after > self.max_retry_after_s:
                return None
            return max(backoff, error.retry_after)
        return backoff

    def call(self, work: Callable[[], T], wait: Callable[[float], bool],
             on_retry: Callable[[int, Exception, float], None] | None = None,
             retry_if: Callable[[], bool] = lambda: True) -> T:
        """`work()`, tried again after a retryable failure. `wait(seconds)` sleeps and returns True when the job
        was cancelled meanwhile (a threading.Event's wait), which ends the retries with Cancelled. `retry_if()`
        False keeps a failure as it is (a reply whose text already reached the user is not asked for again)."""
        attempt = 1
        while True:
            try:
                return work()
            except Exception as exc:
                pause = self.delay(attempt, exc)
                if pause is None or not retry_if():
                    raise
                if on_retry is not None:
                    on_retry(attempt, exc, pause)
                if wait(pause):
                    raise Cancelled("cancelled") from exc
                attempt += 1


NO_RETRY = RetryPolicy(attempts=1)
