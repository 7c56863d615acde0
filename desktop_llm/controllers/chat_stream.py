"""A chat reply's background work: the engine's stream, its text reported at most ~30 times a second.

It runs on a BackgroundOps thread (controllers/background.py, the one way controllers run work off the GUI thread):
the chat controller gets each report and the outcome on the GUI thread, where it writes the store and the view.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from desktop_llm.core.errors import EngineUnavailableError, ReplyInterruptedError
from desktop_llm.core.events import ChatMessage, GenerationFinished, GenerationStats, TextDelta
from desktop_llm.core.protocols import EngineSupervisor
from desktop_llm.core.sampling import Adapters, LoadParams, SamplingParams

CHUNK_INTERVAL_S = 1 / 30  # the live reply is appended at most ~30 times a second
SAFE = "Your conversation is safe; the engine restarts on the next message."


@dataclass(frozen=True)
class ReplyJob:
    """One reply as it was asked for; its cancel flag and its place on the lane are BackgroundOps'."""

    request_id: str
    conversation_id: int
    reply_id: int
    messages: tuple[ChatMessage, ...]
    sampling: SamplingParams
    load: LoadParams
    adapters: Adapters = ()


def stream_reply(engine: EngineSupervisor, job: ReplyJob, cancelled: threading.Event,
                 report: Callable[[str], None]) -> GenerationFinished:
    """Stream the reply, reporting its text in batches (at most ~30 reports a second: each is an event on the GUI
    thread), and return how it ended; a reply stopped with `cancelled` ends as the engine says ("cancelled").

    Raises ReplyInterruptedError when the engine stops answering: the text that had arrived is reported first,
    and the engine's explanation is made here, since explaining waits a moment for a dying worker to be reaped.
    Other errors propagate as they are (BackgroundOps types them)."""
    pending: list[str] = []
    last_report = 0.0
    try:
        engine.ensure_loaded(job.load)
        client = engine.client()
        end: GenerationFinished | None = None
        for event in client.chat_stream(job.messages, job.sampling, cancelled.is_set, job.request_id,
                                        adapters=job.adapters):
            if isinstance(event, TextDelta):
                pending.append(event.text)
                now = time.monotonic()
                if now - last_report >= CHUNK_INTERVAL_S:
                    report("".join(pending))
                    pending = []
                    last_report = now
            else:
                end = event
        if pending:
            report("".join(pending))
        if end is None:
            end = GenerationFinished("cancelled" if cancelled.is_set() else "stop", GenerationStats())
        return end
    except EngineUnavailableError as exc:
        if pending:
            report("".join(pending))
        explained = engine.explain(exc)
        raise ReplyInterruptedError(f"{explained} {SAFE}", getattr(explained, "detail", "")) from exc
