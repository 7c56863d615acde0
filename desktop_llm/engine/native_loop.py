"""One sequence's decoding on llama.cpp's own API: a reused llama_batch, the KV cache's prefix kept between requests.

llama-cpp-python's `eval` copies every prompt batch into numpy and its `generate` does Python work per token around
the native calls; here a prompt chunk and each generated token are one llama_decode on a batch allocated once, and
logits are asked for the last prompt token only. The Llama object's bookkeeping (`n_tokens` and `input_ids`, which
say what the KV cache holds) is kept exact, so its own paths (tokenize, embeddings, a later request's prefix match)
see the same state they would after its own eval.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import llama_cpp
import numpy as np

from desktop_llm.core.errors import ContextOverflowError, EngineRequestError
from desktop_llm.core.ui_text import QT_TR_NOOP

SEQ = 0  # the sequence llama-cpp-python's own eval writes: the single-stream path shares its cache


class TokenBatch:
    """A llama_batch for one sequence, allocated once (llama_batch_init) and refilled in place."""

    def __init__(self, capacity: int, seq: int = SEQ) -> None:
        self.capacity = max(1, capacity)
        self._batch: Any = llama_cpp.llama_batch_init(self.capacity, 0, 1)
        self._seq = seq
        batch = self._batch
        for i in range(self.capacity):  # every row belongs to this one sequence; set once
            batch.n_seq_id[i] = 1
            batch.seq_id[i][0] = seq
            batch.logits[i] = 0
        self._last_logits = -1  # the row that asked for logits in the previous fill

    def fill(self, tokens: Sequence[int], start_pos: int, logits_last: bool) -> None:
        """Rows for `tokens` at positions start_pos..; logits for the last row only if `logits_last`."""
        batch = self._batch
        count = len(tokens)
        if self._last_logits >= 0:
            batch.logits[self._last_logits] = 0
            self._last_logits = -1
        token, pos = batch.token, batch.pos
        for i in range(count):
            token[i] = tokens[i]
            pos[i] = start_pos + i
        if logits_last:
            batch.logits[count - 1] = 1
            self._last_logits = count - 1
        batch.n_tokens = count

    def one(self, token: int, pos: int) -> None:
        """The batch as the single token `token` at `pos`, asking for its logits (the per-token step)."""
        batch = self._batch
        if self._last_logits != 0:
            if self._last_logits > 0:
                batch.logits[self._last_logits] = 0
            batch.logits[0] = 1
            self._last_logits = 0
        batch.token[0] = token
        batch.pos[0] = pos
        batch.n_tokens = 1

    @property
    def native(self) -> Any:
        return self._batch

    def close(self) -> None:
        if self._batch is not None:
            llama_cpp.llama_batch_free(self._batch)
            self._batch = None

    def __del__(self) -> None:
        self.close()


def decode(ctx: Any, batch: TokenBatch) -> None:
    """llama_decode, its failures as typed errors (llama-cpp-python raised a bare RuntimeError)."""
    code = llama_cpp.llama_decode(ctx, batch.native)
    if code == 1:
        raise ContextOverflowError(QT_TR_NOOP("llama.cpp found no room in the context's KV cache for the next tokens"))
    if code != 0:
        raise EngineRequestError(QT_TR_NOOP("llama.cpp failed to evaluate the tokens (llama_decode returned {result})"),
                                 code="decode_failed", status=500, result=code)


class SequenceState:
    """What the KV cache of sequence 0 holds, kept in step with the Llama object's `n_tokens`/`input_ids`.

    Generated tokens are recorded in a Python list and written to the numpy array once per chunk or at the end of
    a reply (not per token), always before control leaves the loop, so an exception or a cancel cannot leave the
    bookkeeping claiming tokens the cache lacks or missing ones it holds.
    """

    def __init__(self, llm: llama_cpp.Llama) -> None:
        self.llm = llm
        self.ctx = llm._ctx.ctx
        self.memory = llama_cpp.llama_get_memory(self.ctx)
        self.batch_size = max(1, int(llm.n_batch))
        self.batch = TokenBatch(self.batch_size)

    def close(self) -> None:
        self.batch.close()

    @property
    def n_past(self) -> int:
        return int(self.llm.n_tokens)

    def reuse_prefix(self, tokens: Sequence[int]) -> int:
        """Keep the longest cached prefix of `tokens` (at most all but the last: its logits are needed anew), drop
        the stale tail from the KV cache; returns how many tokens are kept."""
        llm = self.llm
        cached = np.asarray(llm.input_ids[: llm.n_tokens])
        limit = min(len(cached), len(tokens) - 1)
        prefix = 0
        if limit > 0:
            differs = cached[:limit] != np.asarray(tokens[:limit], dtype=cached.dtype)
            prefix = int(np.argmax(differs)) if differs.any() else limit
        if not llama_cpp.llama_memory_seq_rm(self.memory, SEQ, prefix, -1):
            # A recurrent model cannot cut a sequence in the middle: start it over.
            llama_cpp.llama_memory_seq_rm(self.memory, SEQ, -1, -1)
            prefix = 0
        llm.n_tokens = prefix
        llm._requires_eval = True  # Llama.generate must not trust logits it did not produce
        return prefix

    def prefill(self, tokens: Sequence[int], start: int, cancelled: Callable[[], bool]) -> bool:
        """Decode tokens[start:] in n_batch chunks, checking `cancelled` before each; logits only for the very
        last token. Returns False when cancelled (the cache then holds exactly the chunks decoded)."""
        end = len(tokens)
        for first in range(start, end, self.batch_size):
            if cancelled():
                return False
            chunk = tokens[first : min(first + self.batch_size, end)]
            last = first + len(chunk) == end
            self.batch.fill(chunk, first, logits_last=last)
            decode(self.ctx, self.batch)
            self.llm.input_ids[first : first + len(chunk)] = chunk
            self.llm.n_tokens = first + len(chunk)
        return True

    def step(self, token: int) -> None:
        """Decode one generated token at the next position (its logits come out for the next sample)."""
        self.batch.one(token, self.llm.n_tokens)
        decode(self.ctx, self.batch)
        self.llm.n_tokens += 1

    def record(self, tokens: list[int], start: int) -> None:
        """Write generated tokens decoded since position `start` into input_ids (n_tokens already counts them)."""
        if tokens:
            self.llm.input_ids[start : start + len(tokens)] = tokens


def perf(ctx: Any) -> tuple[float, int, float, int]:
    """llama.cpp's own timings of this context: (prompt ms, prompt tokens, generation ms, generated tokens)."""
    data = llama_cpp.llama_perf_context(ctx)
    return float(data.t_p_eval_ms), int(data.n_p_eval), float(data.t_eval_ms), int(data.n_eval)

