"""A public request's generation on the engine: wait for its turn, load its model, stream, cancel on disconnect.

The engine is reached through its private client (its token stays there); the request id is the server's own,
so a client can never cancel another's generation. While a generation runs, a watcher thread looks at the
client's socket: a client that went away gets its generation cancelled (the engine's /cancel for that id),
even during prompt processing, when no chunk is being written that could fail.
"""

from __future__ import annotations

import threading
import time
import uuid
from collections.abc import Iterator
from typing import Any

from desktop_llm.core.errors import EngineRequestError
from desktop_llm.core.server_types import PublicError
from desktop_llm.services.server.engine_gate import QueueTimeout, ServedModel
from desktop_llm.services.server.exchange import Exchange

WATCH_PERIOD_S = 0.1
BUSY_RETRY_S = 0.5


def new_id(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:24]}"


class DisconnectWatcher:
    """Cancels `request_id` on the engine once the client's socket closes. Owns one thread until stop()."""

    def __init__(self, handler: Exchange, engine: Any, request_id: str) -> None:
        self._handler = handler
        self._engine = engine
        self._request_id = request_id
        self._stop = threading.Event()
        self.cancelled = False
        self._thread = threading.Thread(target=self._watch, daemon=True, name="server-disconnect-watch")

    def __enter__(self) -> DisconnectWatcher:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(timeout=2)

    def _watch(self) -> None:
        while not self._stop.wait(WATCH_PERIOD_S):
            if self._handler.client_gone():
                self.cancelled = True
                self._engine.cancel(self._request_id)
                return


def stream_from_engine(handler: Exchange, model: ServedModel, path: str, body: dict[str, Any],
                       request_id: str) -> Iterator[dict[str, Any]]:
    """The engine's chunks for one request, in its turn; closing the iterator ends the turn."""
    gate = handler.gate
    settings = handler.settings
    deadline = time.monotonic() + settings.queue_wait_s
    try:
        turn = gate.turns.turn(settings.queue_wait_s, gone=handler.client_gone)
        turn.__enter__()
    except QueueTimeout:
        if handler.client_gone():
            handler.record["finish_reason"] = "cancelled"
            raise BrokenPipeError from None
        raise PublicError(503, f"the engine is busy with other requests (waited {settings.queue_wait_s:.0f} s); "
                          "try again", type="server_error", code="engine_busy", retry_after_s=10) from None
    try:
        gate.load(model)
        engine = gate.engine.client()
        with DisconnectWatcher(handler, engine, request_id) as watcher:
            while True:
                try:
                    chunks = engine.post_stream(path, body, request_id)
                    first = next(chunks, None)
                    break
                except EngineRequestError as exc:
                    # The app's own chat holds the engine: wait on, within this request's bound.
                    if exc.code != "busy" or time.monotonic() + BUSY_RETRY_S > deadline or handler.client_gone():
                        raise
                    time.sleep(BUSY_RETRY_S)
            if first is not None:
                yield first
                yield from chunks
            if watcher.cancelled:
                handler.record["finish_reason"] = "cancelled"
    finally:
        gate.touch()
        turn.__exit__(None, None, None)


def post_in_turn(handler: Exchange, model: ServedModel, path: str, body: dict[str, Any]) -> Any:
    """A non-generating engine request (embeddings, token counts) in the request's turn."""
    gate = handler.gate
    try:
        with gate.turns.turn(handler.settings.queue_wait_s, gone=handler.client_gone):
            gate.load(model)
            try:
                return gate.engine.client().post_json(path, body)
            finally:
                gate.touch()
    except QueueTimeout:
        raise PublicError(503, "the engine is busy with other requests; try again", type="server_error",
                          code="engine_busy", retry_after_s=10) from None
