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
from desktop_llm.core.errors import (
    Cancelled,
    ContextOverflowError,
    DesktopLlmError,
    EngineRequestError,
    RemoteContextExceededError,
)
from desktop_llm.core.events import ChatMessage, GenerationFinished, StreamEvent, TextDelta
from desktop_llm.core.fan_out import concurrency_of, map_ordered
from desktop_llm.core.protocols import ChatEngine
from desktop_llm.core.reasoning import ReasoningFormat, strip_reasoning
from desktop_llm.core.reasoning_live import LiveAnswer
from desktop_llm.core.retry_policy import RetryPolicy
from desktop_llm.core.sampling import SamplingParams
from desktop_llm.core.summary_prompts import SummaryOptions, length_words, map_messages, reduce_messages

log = logging.getLogger(__name__)

SAFETY_TOKENS = 16  # room for what the template adds around the generated reply
# One continuation of a reply cut at its length limit adds at most this many tokens: enough to finish a sentence or
# a bullet (issue 13 part 5), and with less room than MIN_CONTINUE_TOKENS left in the context the reply is trimmed.
CONTINUE_TOKENS = 64
MIN_CONTINUE_TOKENS = 16
# A server that cannot count tokens (they are estimated) and still says "context exceeded": the job runs again with
# the context taken as this much smaller, so every piece is smaller, at most this many times (issue 11, part B).
SHRINK_ON_OVERFLOW = 0.75
OVERFLOW_RETRIES = 3


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
        self._lock = threading.Lock()  # map phases fan out: several threads count at once
        self.calls = 0  # real counts asked of the engine
        self.chars = 0  # characters they covered

    def __call__(self, text: str) -> int:
        cached = self._cache.get(text)
        if cached is not None:
            return cached
        if self._cancel is not None and self._cancel.is_set():
            raise Cancelled("cancelled")
        tokens = self._engine.count(text)
        with self._lock:
            self._remember(text, tokens)
        return tokens

    def _remember(self, text: str, tokens: int) -> None:
        self.calls += 1
        self.chars += len(text)
        if len(text) <= self.CACHE_CHARS // 4 and text not in self._cache:
            self._cache[text] = tokens
            self._cached_chars += len(text)
            while self._cached_chars > self.CACHE_CHARS:
                oldest = next(iter(self._cache))
                self._cached_chars -= len(oldest)
                del self._cache[oldest]

    @property
    def cached_chars(self) -> int:
        return self._cached_chars


class EngineJob:
    """Shared by the summarizer and the translator: fitted requests, cancellation, timing, ETA."""

    def __init__(
        self, engine: ChatEngine, n_ctx: int, sampling: SamplingParams | None = None,
        cancel: threading.Event | None = None, retry: RetryPolicy | None = None,
        reasoning: ReasoningFormat | None = None,
    ) -> None:
        self.engine = engine
        self.reasoning = reasoning  # the model's reasoning format (None: told from each reply's head)
        self.n_ctx = n_ctx
        self.count = TokenCounter(engine, cancel)
        self.sampling = sampling or SamplingParams(temperature=0.2, top_k=40, top_p=0.9, min_p=0.05, repeat_penalty=1.1)
        self.requests: list[RequestRecord] = []
        self._started = time.monotonic()
        self._live: set[str] = set()  # the requests in flight (several when the job fans out)
        self._lock = threading.Lock()
        self._local = threading.local()
        self.progress_lock = threading.Lock()  # progress from a fanned-out phase is told in order
        # Requests to a remote server are retried after a fault (a document's requests can be sent again); the
        # local engine's errors are not retryable (RetryPolicy.RETRYABLE are remote errors only).
        self.retry = retry or RetryPolicy()
        self.last_ending = ""  # how the last ask()'s reply ended if it was cut at its length limit (an Ending), or ""

    @contextmanager
    def watching(self, cancel: threading.Event) -> Iterator[None]:
        """While inside, a cancel reaches the engine at once, even in the middle of a long prompt."""
        finished = threading.Event()

        def run() -> None:
            while not finished.is_set():
                if cancel.wait(0.1):
                    with self._lock:
                        live = list(self._live)
                    for request_id in live:
                        self.engine.cancel(request_id)
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
        on_delta: Callable[[str], None] | None = None, keep_cut: bool = False,
    ) -> str:
        """One request, proven to fit before it is sent; returns the reply text, which ends cleanly if the reply was
        cut at its length limit (see _end_cleanly; the request's record says how), or as it is with `keep_cut`."""
        if cancel.is_set():
            raise Cancelled("cancelled")
        prompt = self.engine.count_chat(messages)
        if prompt + max_tokens > self.n_ctx:
            raise ContextOverflowError(
                f"internal budgeting error: {prompt} prompt + {max_tokens} reply tokens exceed {self.n_ctx}"
            )
        index = self._record(RequestRecord(prompt, max_tokens, self.n_ctx, stage))
        delivered: list[str] = []

        def deliver(text: str) -> None:
            delivered.append(text)
            if on_delta is not None:
                on_delta(text)

        # Sent again after a retryable fault, unless text already reached the page (it cannot be taken back).
        reply, finish = self.retry.call(lambda: self._run(
            lambda request_id: self.engine.chat_stream(messages, self._sampling(max_tokens), cancel.is_set, request_id),
            cancel, deliver,
        ), cancel.wait, lambda n, error, pause: log.warning("request failed (try %d): %s; trying again in %.1f s", n,
                                                            error, pause), lambda: not delivered)
        self.last_ending = ""
        if finish != "length" or keep_cut:
            self.requests[index] = replace(self.requests[index], finish_reason=finish)
            return reply.strip()
        ending = self._end_cleanly(reply.strip(), cancel)
        self.requests[index] = replace(self.requests[index], finish_reason=finish, ending=ending.ending)
        self.last_ending = ending.ending
        return ending.text

    def ask_once(self, messages: Sequence[ChatMessage], max_tokens: int, stage: str, cancel: threading.Event) -> str:
        """ask(), a reply cut at its length limit kept as it is: a raw-text continuation has no images (issue 17)."""
        return self.ask(messages, max_tokens, stage, cancel, keep_cut=True)

    @property
    def last_ending(self) -> str:
        """Per thread: a fanned-out job's threads each read the ending of their own last ask()."""
        return str(getattr(self._local, "ending", ""))

    @last_ending.setter
    def last_ending(self, value: str) -> None:
        self._local.ending = value

    def _record(self, record: RequestRecord) -> int:
        with self._lock:
            self.requests.append(record)
            return len(self.requests) - 1

    def _sampling(self, max_tokens: int) -> SamplingParams:
        return SamplingParams(**{**self.sampling.to_dict(), "max_tokens": max_tokens, "stop": ()})

    def _run(
        self, stream: Callable[[str], Iterator[StreamEvent]], cancel: threading.Event,
        on_delta: Callable[[str], None] | None,
    ) -> tuple[str, str]:
        """One streamed request: its text and finish reason; Cancelled if the job was cancelled meanwhile."""
        parts: list[str] = []
        live = LiveAnswer(self.reasoning)  # on_delta gets the answer alone: no thoughts in a live preview either
        finished: GenerationFinished | None = None
        request_id = f"job-{uuid.uuid4().hex[:12]}"
        with self._lock:
            self._live.add(request_id)
        try:
            if cancel.is_set():  # the watcher may have looked before this id existed
                raise Cancelled("cancelled")
            for event in stream(request_id):
                if isinstance(event, TextDelta):
                    parts.append(event.text)
                    if (answer := live.feed(event.text)) and on_delta is not None:
                        on_delta(answer)
                else:
                    finished = event
        finally:
            with self._lock:
                self._live.discard(request_id)
        if cancel.is_set() or (finished is not None and finished.finish_reason == "cancelled"):
            raise Cancelled("cancelled")
        if (rest := live.finish()) and on_delta is not None:
            on_delta(rest)
        # No thoughts in a summary or translation (issue 13 part 2); strip_reasoning sees a prompt-opened block too.
        text = live.answer if self.reasoning is not None else strip_reasoning("".join(parts))
        return text, finished.finish_reason if finished is not None else ""

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
                index = self._record(RequestRecord(prompt, budget, self.n_ctx, "continue"))
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
        elapsed = time.monotonic() - self._started
        return None if fraction_done <= 0.02 else elapsed * (1 - fraction_done) / fraction_done

    @property
    def elapsed(self) -> float:
        return time.monotonic() - self._started


def summarize(
    engine: ChatEngine, n_ctx: int, text: str, options: SummaryOptions, progress: Callable[[Progress], None],
    cancel: threading.Event, on_final_delta: Callable[[str], None] | None = None, concurrency: int | None = None,
    sampling: SamplingParams | None = None, reasoning: ReasoningFormat | None = None,
) -> JobResult:
    """`concurrency`: map-phase requests at once (None: as many as the engine takes, see core/fan_out.py);
    `reasoning`: the model's reasoning format (a block its prompt opens is left out live too)."""
    return shrinking_on_overflow(n_ctx, lambda fitted_ctx: _summarize_once(
        engine, fitted_ctx, text, options, progress, cancel, on_final_delta, concurrency_of(engine, concurrency),
        sampling, reasoning))


def shrinking_on_overflow(n_ctx: int, run: Callable[[int], JobResult]) -> JobResult:
    """`run(n_ctx)`, and again with a smaller context whenever a server that cannot count says a request did not
    fit: its tokens were estimated, so smaller pieces are the way through."""
    for attempt in range(OVERFLOW_RETRIES + 1):
        try:
            return run(n_ctx)
        except RemoteContextExceededError as exc:
            if attempt == OVERFLOW_RETRIES:
                raise
            n_ctx = int(n_ctx * SHRINK_ON_OVERFLOW)
            log.info("%s; running the job again in smaller pieces (context taken as %d)", exc, n_ctx)
    raise AssertionError("unreachable")


def _summarize_once(
    engine: ChatEngine, n_ctx: int, text: str, options: SummaryOptions, progress: Callable[[Progress], None],
    cancel: threading.Event, on_final_delta: Callable[[str], None] | None, concurrency: int,
    sampling: SamplingParams | None, reasoning: ReasoningFormat | None = None,
) -> JobResult:
    job = EngineJob(engine, n_ctx, sampling, cancel=cancel, reasoning=reasoning)
    with job.watching(cancel):
        return _summarize(job, engine, n_ctx, text, options, progress, cancel, on_final_delta, concurrency)


def _summarize(
    job: EngineJob, engine: ChatEngine, n_ctx: int, text: str, options: SummaryOptions,
    progress: Callable[[Progress], None], cancel: threading.Event, on_final_delta: Callable[[str], None] | None,
    concurrency: int = 1,
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
    mapped = [0]
    progress(Progress("summarizing", 0, len(chunks), None))

    def summarize_chunk(index: int, chunk_text_: str) -> str:
        summary = job.ask(map_messages(chunk_text_, options, index + 1, len(chunks), words), answer, "map", cancel)
        with job.progress_lock:
            mapped[0] += 1
            progress(Progress("summarizing", mapped[0], len(chunks), job.eta(mapped[0] / expected)))
        return summary

    # The chunks do not depend on each other: N at a time where the server takes N, in order whatever finishes first.
    summaries = map_ordered(summarize_chunk, [chunk.text for chunk in chunks], concurrency, cancel)
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
