"""Summaries of documents of any length: chunk to the context, summarize each chunk, reduce hierarchically.

Every request is counted with the model's own tokenizer and chat template before it is sent, and must fit:
prompt tokens + reply budget <= context length. `requests` in the result records that for each call. A reply cut
at its length limit never ends mid-sentence: it is continued or trimmed (core/clean_ending.py, issue 13 part 5),
and its record says which.
"""

from __future__ import annotations

import logging
import threading
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from typing import Protocol, runtime_checkable

from desktop_llm.core.chunking import chunk_text
from desktop_llm.core.clean_ending import (
    CleanEnding,
    complete_with,
    continuation_head,
    plan_ending,
    strip_broken_tail,
    trim_to_clean_end,
)
from desktop_llm.core.document_types import JobResult, JobStage, Progress, RequestRecord
from desktop_llm.core.errors import Cancelled, ContextOverflowError, DesktopLlmError, EngineRequestError
from desktop_llm.core.events import ChatMessage, GenerationFinished, StreamEvent, TextDelta
from desktop_llm.core.protocols import ChatEngine
from desktop_llm.core.reasoning import strip_reasoning
from desktop_llm.core.sampling import SamplingParams
from desktop_llm.core.summary_prompts import SummaryOptions, length_words, map_messages, reduce_messages

log = logging.getLogger(__name__)

SAFETY_TOKENS = 16  # room for what the template adds around the generated reply
# One continuation of a reply cut at its length limit adds at most this many tokens: enough to finish a sentence or
# a bullet (issue 13 part 5), and with less room than MIN_CONTINUE_TOKENS left in the context the reply is trimmed.
CONTINUE_TOKENS = 64
MIN_CONTINUE_TOKENS = 16


@runtime_checkable
class TextCompleter(Protocol):
    """An engine that also continues raw text (/v1/completions): the local engine's client and most servers."""

    def completion_stream(
        self, prompt: str, sampling: SamplingParams, cancelled: Callable[[], bool] = ..., request_id: str | None = None,
    ) -> Iterator[StreamEvent]: ...


class TokenCounter:
    """The model's tokenizer through the engine, cached (chunking asks about the same texts repeatedly).

    The job's cancel is checked before every call, so Cancel stops a long chunking between two counts; the
    cache holds at most CACHE_CHARS characters (it held every text counted, over 100 M characters for a
    1.5 MB base64 blob, issue 10 item 18), oldest first out since a job moves forward through its text."""

    CACHE_CHARS = 4_000_000

    def __init__(self, engine: ChatEngine, cancel: threading.Event | None = None) -> None:
        self._engine = engine
        self._cancel = cancel
        self._cache: dict[str, int] = {}
        self._cached_chars = 0
        self.calls = 0  # real counts asked of the engine
        self.chars = 0  # characters they covered

    def __call__(self, text: str) -> int:
        cached = self._cache.get(text)
        if cached is not None:
            return cached
        if self._cancel is not None and self._cancel.is_set():
            raise Cancelled("cancelled")
        tokens = self._engine.count(text)
        self.calls += 1
        self.chars += len(text)
        if len(text) <= self.CACHE_CHARS // 4:
            self._cache[text] = tokens
            self._cached_chars += len(text)
            while self._cached_chars > self.CACHE_CHARS:
                oldest = next(iter(self._cache))
                self._cached_chars -= len(oldest)
                del self._cache[oldest]
        return tokens

    @property
    def cached_chars(self) -> int:
        return self._cached_chars


class EngineJob:
    """Shared by the summarizer and the translator: fitted requests, cancellation, timing, ETA."""

    def __init__(
        self, engine: ChatEngine, n_ctx: int, sampling: SamplingParams | None = None,
        cancel: threading.Event | None = None,
    ) -> None:
        self.engine = engine
        self.n_ctx = n_ctx
        self.count = TokenCounter(engine, cancel)
        self.sampling = sampling or SamplingParams(temperature=0.2, top_k=40, top_p=0.9, min_p=0.05, repeat_penalty=1.1)
        self.requests: list[RequestRecord] = []
        self._started = time.monotonic()
        self._current_request = ""
        self.last_ending = ""  # how the last ask()'s reply ended if it was cut at its length limit (an Ending), or ""

    @contextmanager
    def watching(self, cancel: threading.Event) -> Iterator[None]:
        """While inside, a cancel reaches the engine at once, even in the middle of a long prompt."""
        finished = threading.Event()

        def run() -> None:
            while not finished.is_set():
                if cancel.wait(0.1):
                    if self._current_request:
                        self.engine.cancel(self._current_request)
                    return

        thread = threading.Thread(target=run, daemon=True, name="job-cancel-watch")
        thread.start()
        try:
            yield
        finally:
            finished.set()
            thread.join(timeout=2)

    def ask(
        self, messages: Sequence[ChatMessage], max_tokens: int, stage: str, cancel: threading.Event,
        on_delta: Callable[[str], None] | None = None,
    ) -> str:
        """One request, proven to fit before it is sent; returns the reply text, which ends cleanly if the reply was
        cut at its length limit (see _end_cleanly; the request's record says how)."""
        if cancel.is_set():
            raise Cancelled("cancelled")
        prompt = self.engine.count_chat(messages)
        if prompt + max_tokens > self.n_ctx:
            raise ContextOverflowError(
                f"internal budgeting error: {prompt} prompt + {max_tokens} reply tokens exceed {self.n_ctx}"
            )
        index = len(self.requests)
        self.requests.append(RequestRecord(prompt, max_tokens, self.n_ctx, stage))
        reply, finish = self._run(
            lambda request_id: self.engine.chat_stream(messages, self._sampling(max_tokens), cancel.is_set, request_id),
            cancel, on_delta,
        )
        self.last_ending = ""
        if finish != "length":
            self.requests[index] = replace(self.requests[index], finish_reason=finish)
            return reply.strip()
        ending = self._end_cleanly(reply.strip(), cancel)
        self.requests[index] = replace(self.requests[index], finish_reason=finish, ending=ending.ending)
        self.last_ending = ending.ending
        return ending.text

    def _sampling(self, max_tokens: int) -> SamplingParams:
        return SamplingParams(**{**self.sampling.to_dict(), "max_tokens": max_tokens, "stop": ()})

    def _run(
        self, stream: Callable[[str], Iterator[StreamEvent]], cancel: threading.Event,
        on_delta: Callable[[str], None] | None,
    ) -> tuple[str, str]:
        """One streamed request: its text and finish reason; Cancelled if the job was cancelled meanwhile."""
        parts: list[str] = []
        finished: GenerationFinished | None = None
        self._current_request = f"job-{uuid.uuid4().hex[:12]}"
        if cancel.is_set():  # the watcher may have looked before this id existed
            raise Cancelled("cancelled")
        for event in stream(self._current_request):
            if isinstance(event, TextDelta):
                parts.append(event.text)
                if on_delta is not None:
                    on_delta(event.text)
            else:
                finished = event
        if cancel.is_set() or (finished is not None and finished.finish_reason == "cancelled"):
            raise Cancelled("cancelled")
        # A reasoning model's thoughts are never part of a summary or a translation (issue 13, part 2).
        return strip_reasoning("".join(parts)), finished.finish_reason if finished is not None else ""

    def _end_cleanly(self, reply: str, cancel: threading.Event) -> CleanEnding:
        """A reply cut at its length limit, made to end cleanly: continued once from its last full word as raw text
        (an assistant-prefix continuation, bounded to CONTINUE_TOKENS and kept up to the first clean end it reaches)
        where the engine can and the context has room, else trimmed to its last full sentence or bullet."""
        completer = self.engine if isinstance(self.engine, TextCompleter) else None
        plan = plan_ending(reply, can_continue=completer is not None)
        if plan == "clean":
            return CleanEnding(strip_broken_tail(reply), "clean")
        head = continuation_head(reply)
        if plan == "continue" and completer is not None and head is not None:
            prompt = self.count(head)
            budget = min(CONTINUE_TOKENS, self.n_ctx - prompt - SAFETY_TOKENS)
            if budget >= MIN_CONTINUE_TOKENS:
                index = len(self.requests)
                self.requests.append(RequestRecord(prompt, budget, self.n_ctx, "continue"))
                try:
                    more, finish = self._run(
                        lambda request_id: completer.completion_stream(
                            head, self._sampling(budget), cancel.is_set, request_id),
                        cancel, None,
                    )
                except (EngineRequestError, ContextOverflowError) as exc:  # e.g. a server without /v1/completions
                    log.info("could not continue a reply cut at its length limit (%s); trimming it", exc)
                    self.requests[index] = replace(self.requests[index], finish_reason="error")
                else:
                    self.requests[index] = replace(self.requests[index], finish_reason=finish)
                    done = complete_with(head, more)
                    if done is not None:
                        return CleanEnding(done, "continued")
        return trim_to_clean_end(reply)

    def eta(self, fraction_done: float) -> float | None:
        if fraction_done <= 0.02:
            return None
        elapsed = time.monotonic() - self._started
        return elapsed * (1 - fraction_done) / fraction_done

    @property
    def elapsed(self) -> float:
        return time.monotonic() - self._started


def summarize(
    engine: ChatEngine, n_ctx: int, text: str, options: SummaryOptions, progress: Callable[[Progress], None],
    cancel: threading.Event, on_final_delta: Callable[[str], None] | None = None,
) -> JobResult:
    job = EngineJob(engine, n_ctx, cancel=cancel)
    with job.watching(cancel):
        return _summarize(job, engine, n_ctx, text, options, progress, cancel, on_final_delta)


def _summarize(
    job: EngineJob, engine: ChatEngine, n_ctx: int, text: str, options: SummaryOptions,
    progress: Callable[[Progress], None], cancel: threading.Event, on_final_delta: Callable[[str], None] | None,
) -> JobResult:
    answer = min(options.answer_tokens, n_ctx // 5)
    words = length_words(options.length, answer)  # the prompt asks for no more than the budget leaves room for
    progress(Progress("reading", 0, 1, None))
    source_tokens = job.count(text)
    overhead = engine.count_chat(map_messages("", options, 1, 2, words))
    budget = n_ctx - overhead - answer - SAFETY_TOKENS
    if budget < 64:
        raise DesktopLlmError(f"the context window ({n_ctx} tokens) is too small to summarize; raise it in Settings")
    if source_tokens <= budget:
        progress(Progress("writing", 0, 1, None))
        summary = job.ask(map_messages(text, options, 1, 1, words), answer, "final", cancel, on_final_delta)
        progress(Progress("writing", 1, 1, 0.0))
        return JobResult(summary, source_tokens, job.elapsed, job.requests, rounds=1, chunks=1)
    chunks = chunk_text(text, job.count, budget)
    # Expected requests: every chunk, then reduce rounds of about half as many each.
    expected = len(chunks) + max(1, len(chunks) // 2)
    summaries: list[str] = []
    for index, chunk in enumerate(chunks):
        progress(Progress("summarizing", index, len(chunks), job.eta(index / expected)))
        summaries.append(job.ask(map_messages(chunk.text, options, index + 1, len(chunks), words), answer, "map",
                                 cancel))
    rounds = 1
    done = len(chunks)
    while True:
        groups = _reduce_groups(job, summaries, options, answer, words)
        final = len(groups) == 1
        rounds += 1
        next_round: list[str] = []
        for group in groups:
            stage: JobStage = "writing" if final else "combining"
            progress(Progress(stage, done, expected, job.eta(done / max(expected, done + 1))))
            next_round.append(
                job.ask(reduce_messages(group, options, final, words), answer, "final" if final else "reduce", cancel,
                        on_final_delta if final else None)
            )
            done += 1
        if final:
            progress(Progress("writing", done, done, 0.0))
            return JobResult(next_round[0], source_tokens, job.elapsed, job.requests, rounds, len(chunks))
        if len(next_round) >= len(summaries):
            raise DesktopLlmError("the summaries stopped getting shorter; try a shorter summary length")
        summaries = next_round


def _reduce_groups(
    job: EngineJob, summaries: list[str], options: SummaryOptions, answer: int, words: int,
) -> list[list[str]]:
    """Consecutive summaries grouped so each reduce prompt (counted exactly) fits with its reply."""
    limit = job.n_ctx - answer - SAFETY_TOKENS
    groups: list[list[str]] = []
    current: list[str] = []
    for summary in summaries:
        candidate = [*current, summary]
        if current and job.engine.count_chat(reduce_messages(candidate, options, False, words)) > limit:
            groups.append(current)
            current = [summary]
        else:
            current = candidate
    if current:
        groups.append(current)
    for group in groups:
        if len(group) == 1 and len(summaries) > 1 and job.engine.count_chat(
                reduce_messages(group, options, False, words)) > limit:
            raise ContextOverflowError("a section summary alone does not fit the context; raise the context length")
    return groups
