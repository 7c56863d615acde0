"""A chat reply's background work: the engine's stream, its text reported at most ~30 times a second.

It runs on a BackgroundOps thread (controllers/background.py, the one way controllers run work off the GUI thread):
the chat controller gets each report and the outcome on the GUI thread, where it writes the store and the view.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from desktop_llm.controllers.i18n import tr
from desktop_llm.core.chat_template import ChatTemplate
from desktop_llm.core.errors import EngineUnavailableError, ReplyInterruptedError
from desktop_llm.core.events import ChatMessage, GenerationFinished, GenerationStats, TextDelta
from desktop_llm.core.gguf_header import GGUFFormatError, read_file_header
from desktop_llm.core.protocols import EngineSupervisor
from desktop_llm.core.reasoning import (
    ReasoningFormat,
    ReasoningPart,
    ReasoningSplitter,
    probe_format,
    reasoning_format,
    with_thinking_off,
)
from desktop_llm.core.sampling import Adapters, LoadParams, SamplingParams

log = logging.getLogger(__name__)
CHUNK_INTERVAL_S = 1 / 30  # the live reply is appended at most ~30 times a second


@dataclass(frozen=True)
class ReplyProgress:
    """One report of a streaming reply: its reasoning and answer text since the last report, in order, and how
    long the model thought once its reasoning ended (None before that, or for a reply without reasoning)."""

    parts: tuple[ReasoningPart, ...]
    thought_s: float | None = None


class ReasoningFormats:
    """Each model file's reasoning format (core/reasoning.py), learnt once from its template: the source names the
    markers, and a render in the template sandbox says whether the generation prompt opens the block, so the
    splitter starts inside it (DeepSeek-R1), and whether the template reads `enable_thinking` (the Think switch).
    Called on BackgroundOps threads (a reply, the chosen model's switch, a summary); thread-safe."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._known: dict[tuple[str, int, int], tuple[ReasoningFormat, ReasoningFormat]] = {}

    def get(self, path: str, thinking: bool = True) -> ReasoningFormat:
        """The format of replies with the Think switch on (the template's default) or off (`enable_thinking`
        false: the prompt may then close the block itself, as Qwen3's does)."""
        try:
            stat = os.stat(path)
        except OSError:  # not a file here: a remote server's model, whose template is the server's
            return ReasoningFormat()
        key = (path, stat.st_size, stat.st_mtime_ns)
        with self._lock:
            if key not in self._known:
                self._known[key] = _learn_format(path)
            on, off = self._known[key]
        return on if thinking else off


def template_kwargs(fmt: ReasoningFormat, thinking: bool) -> dict[str, object]:
    """The chat template's extra variables for a request: `enable_thinking` where the template reads it (sent as
    `chat_template_kwargs`, the field vLLM and llama-server take), nothing otherwise."""
    return {"enable_thinking": thinking} if fmt.reads_enable_thinking else {}


def _learn_format(path: str) -> tuple[ReasoningFormat, ReasoningFormat]:
    try:
        source = read_file_header(path, require_complete=False).chat_template
    except (GGUFFormatError, OSError) as exc:  # the engine says what is wrong with the file; here: no reasoning
        log.info("reasoning format of %s unknown: %s", path, exc)
        return ReasoningFormat(), ReasoningFormat()
    fmt = reasoning_format(source)
    if not fmt.is_reasoning_model:
        return fmt, fmt  # no markers in the template: nothing to learn by rendering it (a reply may open <think>)
    with ChatTemplate(source) as template:
        if template.uses_fallback:
            return fmt, fmt

        def render(messages: Sequence[Mapping[str, str]], generation: bool,
                   kwargs: Mapping[str, object]) -> str | None:
            chat = [ChatMessage(m["role"], m["content"], reasoning_content=m.get("reasoning_content", ""))  # type: ignore[arg-type]
                    for m in messages]
            rendered = template.render(chat, generation, template_kwargs=kwargs)
            return None if rendered.warning else rendered.text

        learnt = probe_format(fmt, render)
        return learnt, with_thinking_off(learnt, render) if learnt.reads_enable_thinking else learnt


def adapter_meta(adapters: Adapters, names: dict[str, str] | None = None) -> dict[str, object]:
    """What a reply records about the adapters it was written with (shown under it and in exports): the path,
    the scale, and the run's name as the picker showed it."""
    if not adapters:
        return {}
    names = names or {}
    return {"adapters": [{"path": path, "scale": scale, **({"name": names[path]} if path in names else {})}
                         for path, scale in adapters]}


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
    formats: ReasoningFormats | None = None  # None: replies are split with the default markers (<think> first)
    thinking: bool = True  # the Think switch: sent as enable_thinking where the model's template reads it


def stream_reply(engine: EngineSupervisor, job: ReplyJob, cancelled: threading.Event,
                 report: Callable[[ReplyProgress], None]) -> GenerationFinished:
    """Stream the reply, reporting its reasoning and answer in batches (at most ~30 reports a second: each is an
    event on the GUI thread), and return how it ended; a reply stopped with `cancelled` ends as the engine says
    ("cancelled"). The engine counts every generated token, reasoning included, in the reply's stats.

    Raises ReplyInterruptedError when the engine stops answering: the text that had arrived is reported first,
    and the engine's explanation is made here, since explaining waits a moment for a dying worker to be reaped.
    Other errors propagate as they are (BackgroundOps types them)."""
    batch = _Batch(report)
    try:
        engine.ensure_loaded(job.load)
        client = engine.client()
        fmt = job.formats.get(job.load.path, job.thinking) if job.formats else ReasoningFormat()
        batch.splitter = ReasoningSplitter(fmt)
        end: GenerationFinished | None = None
        for event in client.chat_stream(job.messages, job.sampling, cancelled.is_set, job.request_id,
                                        adapters=job.adapters, template_kwargs=template_kwargs(fmt, job.thinking)):
            if isinstance(event, TextDelta):
                batch.add(event.text)
            else:
                end = event
        batch.flush(final=True)
        if end is None:
            end = GenerationFinished("cancelled" if cancelled.is_set() else "stop", GenerationStats())
        return end
    except EngineUnavailableError as exc:
        batch.flush(final=True)
        raise explain_interrupted(engine, job, exc) from exc


def explain_interrupted(engine: EngineSupervisor, job: ReplyJob, exc: EngineUnavailableError) -> ReplyInterruptedError:
    """The error of a reply whose engine stopped answering: the engine's explanation (it waits a moment for a dying
    worker to be reaped) and what happens next. Also the tool loop's (controllers/chat_tools.py)."""
    explained = engine.explain(exc)
    after = _reassurance(remote=bool(job.load.backend))
    return ReplyInterruptedError(f"{explained} {after}", getattr(explained, "detail", ""))


def _reassurance(remote: bool) -> str:
    """What follows the engine's explanation of an interrupted reply (QCoreApplication.translate is thread-safe)."""
    if remote:  # a remote server is not ours to restart: the reply as far as it came is kept, the next message retries
        return tr("Your conversation is safe, with the reply as far as it came; the next message asks the server again.")
    return tr("Your conversation is safe; the engine restarts on the next message.")


class _Batch:
    """The reply's text split as it arrives and reported at most every CHUNK_INTERVAL_S; times the reasoning from
    its first part to the answer's first (or the reply's end, when it never closed)."""

    def __init__(self, report: Callable[[ReplyProgress], None]) -> None:
        self._report = report
        self.splitter = ReasoningSplitter()
        self._parts: list[ReasoningPart] = []
        self._last = 0.0
        self._thinking_since: float | None = None
        self._thought_s: float | None = None
        self._told = False

    def add(self, text: str) -> None:
        self._take(self.splitter.feed(text))
        now = time.monotonic()
        if now - self._last >= CHUNK_INTERVAL_S:
            self.flush(final=False)
            self._last = now

    def _take(self, parts: list[ReasoningPart]) -> None:
        for part in parts:
            if part.kind == "reasoning" and self._thinking_since is None:
                self._thinking_since = time.monotonic()
            elif part.kind == "answer" and self._thinking_since is not None and self._thought_s is None:
                self._thought_s = time.monotonic() - self._thinking_since
        self._parts += parts

    def flush(self, final: bool) -> None:
        if final:
            self._take(self.splitter.finish())
            if self._thinking_since is not None and self._thought_s is None:
                self._thought_s = time.monotonic() - self._thinking_since
        thought = self._thought_s if not self._told else None
        if self._parts or thought is not None:
            self._report(ReplyProgress(tuple(self._parts), thought))
            self._told = self._told or thought is not None
            self._parts = []
