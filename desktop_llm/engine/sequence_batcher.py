"""Several requests at once in one llama.cpp context (issue 18): one scheduler thread, one batch per step.

With `n_parallel` slots the context holds that many sequences, each with its own KV cells (n_ctx of them, not
unified). The scheduler thread is the only user of the context while it runs: each step it builds ONE llama_batch
with the next token of every generating sequence plus a bounded chunk of the prompts still being read (so running
streams keep flowing while a long prompt joins), decodes it once, and samples each sequence with its own native
sampler chain at its row of the batch. Requests read their text from a queue, as the single loop's items
(`str | GenerationResult`), so the HTTP layer streams and collects them unchanged.

Each slot remembers the tokens its KV cells hold: a request goes to the free slot sharing the longest prefix with
its prompt and decodes only the rest (a chat's next turn reuses its cache, as the single loop does). LoRA adapters
belong to the whole context: a request for another adapter set waits until the running ones end, then the set is
switched (which drops every slot's cache: it was computed with other weights); sets are never mixed in a batch.
"""

from __future__ import annotations

import collections
import logging
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import llama_cpp

from desktop_llm.core.errors import ContextOverflowError
from desktop_llm.core.sampling import Adapters
from desktop_llm.core.ui_text import QT_TR_NOOP
from desktop_llm.engine.generation import GenerationResult
from desktop_llm.engine.sequence_state import Event, Sequence, Ticket
from desktop_llm.ipc.engine_wire import EngineApiError, ErrorCode

log = logging.getLogger(__name__)
PREFILL_PER_STEP = 128  # prompt tokens decoded per step while others generate: their next token waits for these
SLOT_WAIT_S = 30.0  # as long as a request waits for the single-stream engine's lock


class Slot:
    def __init__(self, seq_id: int) -> None:
        self.seq_id = seq_id
        self.history: list[int] = []  # the tokens this sequence's KV cells hold, in order
        self.sequence: Sequence | None = None
        self.used_at = 0.0


def common_prefix(a: list[int], b: list[int]) -> int:
    limit = min(len(a), len(b))
    n = 0
    while n < limit and a[n] == b[n]:
        n += 1
    return n


class SequenceBatcher:
    """Owns `llm`'s context on its own thread; `submit` from any thread. Close it before the model is freed."""

    def __init__(self, llm: llama_cpp.Llama, n_slots: int, apply_adapters: Callable[[Adapters], None],
                 adapters: Adapters = (), slot_wait_s: float = SLOT_WAIT_S) -> None:
        self._llm = llm
        self._ctx = llm._ctx.ctx
        self._memory = llama_cpp.llama_get_memory(self._ctx)
        self._vocab = llm._model.vocab
        self.n_slots = n_slots
        self.n_ctx_seq = int(llama_cpp.llama_n_ctx_seq(self._ctx))
        self.n_batch = int(llama_cpp.llama_n_batch(self._ctx))
        self.slot_wait_s = slot_wait_s
        self._apply_adapters = apply_adapters
        self._adapters = adapters
        self._slots = [Slot(i) for i in range(n_slots)]
        self._pending: collections.deque[Ticket] = collections.deque()
        self._running: list[Sequence] = []
        self._cond = threading.Condition()
        self._closing = False
        self._batch = llama_cpp.llama_batch_init(self.n_batch, 0, 1)
        self._thread = threading.Thread(target=self._loop, name="sequence-batcher", daemon=True)
        self._thread.start()

    # requests (any thread)

    def submit(self, ticket: Ticket) -> Iterator[str | GenerationResult]:
        """Wait for a slot (BUSY after slot_wait_s), then the request's text pieces and its result.

        Raises before anything is yielded when the request cannot start, so the HTTP layer answers with an error
        status instead of a stream."""
        if ticket.sampling.max_tokens > 0 and len(ticket.tokens) >= self.n_ctx_seq:
            ticket.chain.close()
            raise ContextOverflowError(QT_TR_NOOP("the prompt has {count} tokens; a slot's context holds {n_ctx}"),
                                       count=len(ticket.tokens), n_ctx=self.n_ctx_seq)
        with self._cond:
            if self._closing:
                ticket.chain.close()
                raise EngineApiError(ErrorCode.BUSY, "the model is being unloaded")
            self._pending.append(ticket)
            self._cond.notify_all()
        if not ticket.admitted.wait(self.slot_wait_s):
            with self._cond:
                if ticket in self._pending:
                    self._pending.remove(ticket)
                    ticket.chain.close()
                    raise EngineApiError(ErrorCode.BUSY, f"all {self.n_slots} slots of the engine are busy")
            ticket.admitted.wait()  # taken off the queue just now: its admission is finishing
        if ticket.error is not None:
            raise ticket.error
        return self._events(ticket)

    def _events(self, ticket: Ticket) -> Iterator[str | GenerationResult]:
        try:
            while True:
                event: Event = ticket.events.get()
                if isinstance(event, BaseException):
                    raise event
                yield event
                if isinstance(event, GenerationResult):
                    return
        finally:
            ticket.abandoned = True  # the reader went away early (a closed generator): end it at the next step
            with self._cond:
                self._cond.notify_all()

    def close(self) -> None:
        """End every request (running ones as cancelled, waiting ones refused) and stop the thread."""
        with self._cond:
            self._closing = True
            self._cond.notify_all()
        self._thread.join()
        llama_cpp.llama_batch_free(self._batch)

    def slots_in_use(self) -> int:
        with self._cond:
            return len(self._running)

    # the scheduler thread

    def _loop(self) -> None:
        try:
            while True:
                with self._cond:
                    while not self._closing and not self._pending and not self._running:
                        self._cond.wait()
                    if self._closing:
                        break
                self._admit()
                self._step()
        except BaseException as exc:  # a bug here must not leave every request waiting for ever
            log.exception("the sequence scheduler failed")
            for sequence in self._running:
                sequence.fail(exc)
            self._running.clear()
        finally:
            self._shut_down()

    def _shut_down(self) -> None:
        with self._cond:
            self._closing = True
            waiting = list(self._pending)
            self._pending.clear()
        for sequence in self._running:
            sequence.finish("cancelled")
        self._running.clear()
        for ticket in waiting:
            ticket.chain.close()
            ticket.error = EngineApiError(ErrorCode.BUSY, "the model is being unloaded")
            ticket.admitted.set()

    def _admit(self) -> None:
        """Start waiting requests in arrival order while slots are free; one that needs another adapter set waits
        (and holds back those behind it, so it is never starved) until the running ones end."""
        while True:
            with self._cond:
                if not self._pending or len(self._running) >= self.n_slots:
                    return
                ticket = self._pending[0]
                if ticket.adapters != self._adapters and self._running:
                    return
                self._pending.popleft()
            try:
                if ticket.adapters != self._adapters:
                    self._switch_adapters(ticket.adapters)
                sequence = self._place(ticket)
            except Exception as exc:
                ticket.chain.close()
                ticket.error = exc
                ticket.admitted.set()
                continue
            with self._cond:
                self._running.append(sequence)
            ticket.admitted.set()

    def _switch_adapters(self, adapters: Adapters) -> None:
        self._apply_adapters(adapters)
        self._adapters = adapters
        llama_cpp.llama_memory_clear(self._memory, True)
        for slot in self._slots:
            slot.history = []

    def _place(self, ticket: Ticket) -> Sequence:
        """The free slot whose cache shares most of the prompt (else the one idle longest); its cache is cut back
        to that shared prefix. At least the prompt's last token is decoded again: its logits start the reply."""
        free = [slot for slot in self._slots if slot.sequence is None]
        wanted = ticket.tokens[:-1]
        slot = max(free, key=lambda s: (common_prefix(s.history, wanted), -s.used_at))
        reused = common_prefix(slot.history, wanted)
        if not llama_cpp.llama_memory_seq_rm(self._memory, slot.seq_id, reused, -1):
            llama_cpp.llama_memory_seq_rm(self._memory, slot.seq_id, -1, -1)  # a partial cut refused: start over
            reused = 0
        slot.history = slot.history[:reused]
        slot.used_at = time.perf_counter()
        sequence = Sequence(ticket, slot.seq_id, reused, self.n_ctx_seq, self._vocab)
        slot.sequence = sequence
        return sequence

    def _step(self) -> None:
        for sequence in list(self._running):
            if sequence.ticket.stopped():
                self._end(sequence, "cancelled")
            elif sequence.max_tokens <= 0:
                self._end(sequence, "length")
        if not self._running:
            return
        batch = self._batch
        rows: list[tuple[Sequence, list[int]]] = []
        n = 0
        for sequence in self._running:
            sequence.row = -1
            if not sequence.prompt_left:
                self._add(n, sequence.last_token, sequence.n_past, sequence.seq_id, True)
                sequence.row = n
                rows.append((sequence, [sequence.last_token]))
                n += 1
        budget = self.n_batch - n
        if n:
            budget = min(budget, PREFILL_PER_STEP)
        for sequence in self._running:
            if not sequence.prompt_left or budget <= 0:
                continue
            chunk = sequence.prompt_left[:budget]
            last = len(chunk) == len(sequence.prompt_left)
            for offset, token in enumerate(chunk):
                self._add(n, token, sequence.n_past + offset, sequence.seq_id, last and offset == len(chunk) - 1)
                n += 1
            if last:
                sequence.row = n - 1
            sequence.prompt_left = sequence.prompt_left[len(chunk):]
            rows.append((sequence, chunk))
            budget -= len(chunk)
        batch.n_tokens = n
        status = llama_cpp.llama_decode(self._ctx, batch)
        if status != 0:
            error = RuntimeError(f"llama_decode failed with status {status} on a batch of {n} tokens")
            for sequence, _ in rows:
                self._slot_of(sequence).history = []
                llama_cpp.llama_memory_seq_rm(self._memory, sequence.seq_id, -1, -1)
                sequence.fail(error)
                self._release(sequence)
            return
        for sequence, tokens in rows:
            self._slot_of(sequence).history.extend(tokens)
            sequence.n_past += len(tokens)
        for sequence, _ in rows:
            if sequence.row < 0:
                continue
            reason = sequence.take_token(sequence.ticket.chain.sample(self._ctx, sequence.row))
            if reason is not None:
                self._end(sequence, reason)

    def _add(self, index: int, token: int, pos: int, seq_id: int, logits: bool) -> None:
        batch = self._batch
        batch.token[index] = token
        batch.pos[index] = pos
        batch.n_seq_id[index] = 1
        batch.seq_id[index][0] = seq_id
        batch.logits[index] = logits

    def _slot_of(self, sequence: Sequence) -> Slot:
        return self._slots[sequence.seq_id]

    def _end(self, sequence: Sequence, reason: Any) -> None:
        sequence.finish(reason)
        self._release(sequence)

    def _release(self, sequence: Sequence) -> None:
        """The slot is free again; its cache stays for the next prompt that starts the same way."""
        slot = self._slot_of(sequence)
        slot.sequence = None
        slot.used_at = time.perf_counter()
        with self._cond:
            if sequence in self._running:
                self._running.remove(sequence)

