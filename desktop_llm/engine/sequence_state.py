"""One sequence of the batched engine: its request, its slot, its sampler chain and its text so far.

The batcher decodes and samples; this turns each sampled token into visible text with exactly the single loop's
rules (engine/generation.py): the piece decoded once, incomplete UTF-8 carried over, leading spaces of the reply
dropped, stop strings matched on a tail window, control stop tokens and end-of-generation tokens end it, and the
reply is cut at max_tokens or where the slot's context is full.
"""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import llama_cpp

from desktop_llm.core.events import FinishReason
from desktop_llm.core.sampling import Adapters, SamplingParams
from desktop_llm.core.stop_strings import StopMatcher
from desktop_llm.engine.generation import GenerationResult, PieceDecoder, Utf8Stream
from desktop_llm.engine.native_sampler import SamplerChain

Event = str | GenerationResult | BaseException  # what a request's queue carries; an exception ends it


@dataclass
class Ticket:
    """A request waiting for a slot, then running: written by its HTTP thread once, read by the scheduler."""

    tokens: list[int]
    sampling: SamplingParams
    chain: SamplerChain
    adapters: Adapters
    cancelled: Callable[[], bool]
    stop_tokens: frozenset[int] = frozenset()
    ignore_eos: bool = False  # the benchmark's fixed-length runs only
    events: queue.SimpleQueue[Event] = field(default_factory=queue.SimpleQueue)
    admitted: threading.Event = field(default_factory=threading.Event)
    error: BaseException | None = None  # why it was refused at admission (an adapter that will not load)
    abandoned: bool = False  # its reader went away: the scheduler ends it like a cancel
    submitted: float = field(default_factory=time.perf_counter)

    def stopped(self) -> bool:
        return self.abandoned or self.cancelled()


class Sequence:
    """A ticket running in a slot (seq id): the prompt still to decode, the position, the text state."""

    def __init__(self, ticket: Ticket, seq_id: int, reused: int, n_ctx_seq: int, vocab: Any) -> None:
        self.ticket = ticket
        self.seq_id = seq_id
        self.n_past = reused  # tokens of this sequence in the KV cache
        self.reused = reused
        self.placed_at = time.perf_counter()
        self.prompt_done_at: float | None = None
        self.prompt_left = ticket.tokens[reused:]
        self.last_token = -1  # sampled, not yet decoded
        self.row = -1  # its logits' row in the batch just decoded, -1: none
        self.count = 0
        self.max_tokens = min(ticket.sampling.max_tokens, n_ctx_seq - len(ticket.tokens))
        self.first_token_at: float | None = None
        self._vocab = vocab
        self._text = Utf8Stream()
        self._pieces = PieceDecoder(vocab)
        self._stops = StopMatcher(ticket.sampling.stop)
        self._at_start = True
        self.finished = False

    def take_token(self, token: int) -> FinishReason | None:
        """Handle one sampled token: push its visible text; the finish reason when the sequence ends here."""
        if self.first_token_at is None:
            self.first_token_at = self.prompt_done_at = time.perf_counter()
        ticket = self.ticket
        if not ticket.ignore_eos and (llama_cpp.llama_vocab_is_eog(self._vocab, token) or token in ticket.stop_tokens):
            return "stop"
        self.count += 1
        text = self._text.feed(self._pieces.piece(token))
        if self._at_start and text:
            text = text.lstrip()
            self._at_start = not text
        visible = self._stops.feed(text) if text else ""
        if visible:
            ticket.events.put(visible)
        if self._stops.stopped:
            return "stop"
        if self.count >= self.max_tokens:
            return "length"
        self.last_token = token
        return None

    def finish(self, reason: FinishReason) -> None:
        """The last text held back by the stop matcher, then the result; frees the sampler chain."""
        if self.finished:
            return
        self.finished = True
        self._text.finish()  # a last token cut inside a character: its bytes are dropped, never shown as U+FFFD
        tail = self._stops.flush()
        ticket = self.ticket
        if tail and reason != "cancelled":
            ticket.events.put(tail)
        ended = time.perf_counter()
        ttft = ((self.first_token_at or ended) - ticket.submitted) * 1000.0
        decode_time = ended - (self.first_token_at or ended)
        speed = (self.count - 1) / decode_time if self.count > 1 and decode_time > 0 else 0.0
        ticket.chain.close()
        prompt_ms = ((self.prompt_done_at or ended) - self.placed_at) * 1000.0
        ticket.events.put(GenerationResult(reason, len(ticket.tokens), self.count, ttft, speed,
                                           len(ticket.tokens) - self.reused, prompt_ms))

    def fail(self, error: BaseException) -> None:
        if not self.finished:
            self.finished = True
            self.ticket.chain.close()
            self.ticket.events.put(error)
