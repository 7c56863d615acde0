"""A chat reply's worker thread: the engine's stream, its text handed on at most ~30 times a second."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from desktop_llm.core.errors import DesktopLlmError, EngineUnavailableError
from desktop_llm.core.events import ChatMessage, GenerationFinished, GenerationStats, TextDelta
from desktop_llm.core.protocols import EngineSupervisor
from desktop_llm.core.sampling import Adapters, LoadParams, SamplingParams

log = logging.getLogger(__name__)
CHUNK_INTERVAL_S = 1 / 30  # the live reply is appended at most ~30 times a second


@dataclass(frozen=True)
class ReplyJob:
    serial: int
    request_id: str
    conversation_id: int
    reply_id: int
    messages: tuple[ChatMessage, ...]
    sampling: SamplingParams
    load: LoadParams
    cancel: threading.Event
    adapters: Adapters = ()


def stream_reply(
    engine: EngineSupervisor,
    job: ReplyJob,
    chunk: Callable[[int, str], None],
    finished: Callable[[int, GenerationFinished], None],
    failed: Callable[[int, str, str], None],
) -> None:
    """Runs on the reply's own thread: stream, batching text to at most ~30 calls of `chunk` a second, then one
    call of `finished` or `failed` (each with the job's serial). The callables are signals' emits: the chat
    controller's slots run on the GUI thread, which keeps store writes and widgets there."""
    pending: list[str] = []
    last_emit = 0.0
    try:
        engine.ensure_loaded(job.load)
        client = engine.client()
        end: GenerationFinished | None = None
        for event in client.chat_stream(job.messages, job.sampling, job.cancel.is_set, job.request_id, adapters=job.adapters):
            if isinstance(event, TextDelta):
                pending.append(event.text)
                now = time.monotonic()
                if now - last_emit >= CHUNK_INTERVAL_S:
                    chunk(job.serial, "".join(pending))
                    pending = []
                    last_emit = now
            else:
                end = event
        if pending:
            chunk(job.serial, "".join(pending))
        if end is None:
            end = GenerationFinished("cancelled" if job.cancel.is_set() else "stop", GenerationStats())
        finished(job.serial, end)
    except EngineUnavailableError as exc:
        if pending:
            chunk(job.serial, "".join(pending))
        explained = engine.explain(exc)
        detail = getattr(explained, "detail", "")
        message = f"{explained} Your conversation is safe; the engine restarts on the next message."
        failed(job.serial, message, detail)
    except DesktopLlmError as exc:
        failed(job.serial, str(exc), "")
    except Exception as exc:  # a background error must reach the user, never vanish
        log.exception("chat generation failed")
        failed(job.serial, f"Unexpected error: {exc}", "")
