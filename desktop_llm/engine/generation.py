"""The app's own generation loop on top of llama.cpp's native sampler chain.

Why not create_completion: it detokenizes the whole reply on every token and scans stop strings over all
of it (cost grows with the square of the reply). Here each token's piece is decoded once, incomplete
UTF-8 is carried to the next piece, stop strings are matched on a tail window, and cancellation is
checked before every token.
"""

from __future__ import annotations

import codecs
import ctypes
import random
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

import llama_cpp
from llama_cpp.llama_grammar import LlamaGrammar

from desktop_llm.core.events import FinishReason
from desktop_llm.core.sampling import SamplingParams
from desktop_llm.core.stop_strings import StopMatcher


@dataclass
class GenerationResult:
    finish_reason: FinishReason
    prompt_tokens: int
    completion_tokens: int
    ttft_ms: float
    tokens_per_s: float


def generate_text(
    llm: llama_cpp.Llama,
    prompt_tokens: list[int],
    sampling: SamplingParams,
    cancelled: Callable[[], bool],
    grammar: LlamaGrammar | None = None,
) -> Iterator[str | GenerationResult]:
    """Yield text pieces, then one GenerationResult. `cancelled` is polled before each token; `grammar` (structured
    output) constrains every token sampled."""
    started = time.perf_counter()
    n_ctx = llm.n_ctx()
    vocab = llm._model.vocab  # the native vocab pointer, for llama_vocab_is_eog
    room = n_ctx - len(prompt_tokens)
    max_tokens = min(sampling.max_tokens, room)
    llm.set_seed(sampling.seed if sampling.seed >= 0 else random.randrange(2**31))
    decoder = Utf8Stream()
    pieces = PieceDecoder(vocab)
    stops = StopMatcher(sampling.stop)
    stop_tokens = control_stop_tokens(llm, sampling.stop)
    first_token_at: float | None = None
    count = 0
    finish: FinishReason = "length"
    at_start = True
    if max_tokens <= 0:
        yield GenerationResult("length", len(prompt_tokens), 0, 0.0, 0.0)
        return
    if not prefill(llm, prompt_tokens, cancelled):
        yield GenerationResult("cancelled", len(prompt_tokens), 0, 0.0, 0.0)
        return
    tokens = llm.generate(
        prompt_tokens,
        top_k=sampling.top_k,
        top_p=sampling.top_p,
        min_p=sampling.min_p,
        temp=sampling.temperature,
        repeat_penalty=sampling.repeat_penalty,
        reset=True,  # keeps the longest cached prefix of the previous prompt (chat turns reuse the KV cache)
        grammar=grammar,
    )
    try:
        while True:
            if cancelled():
                finish = "cancelled"
                break
            try:
                token = next(tokens)
            except StopIteration:
                finish = "stop"
                break
            if first_token_at is None:
                first_token_at = time.perf_counter()
            if llama_cpp.llama_vocab_is_eog(vocab, token) or token in stop_tokens:
                finish = "stop"
                break
            count += 1
            text = decoder.feed(pieces.piece(token))
            if at_start and text:
                text = text.lstrip()
                at_start = not text
            visible = stops.feed(text) if text else ""
            if visible:
                yield visible
            if stops.stopped:
                finish = "stop"
                break
            if count >= max_tokens:
                finish = "length"
                break
    finally:
        tokens.close()
    decoder.finish()  # a last token cut inside a character: its bytes are dropped, never shown as U+FFFD
    tail = stops.flush()
    if tail and finish != "cancelled":
        yield tail
    ended = time.perf_counter()
    ttft = ((first_token_at or ended) - started) * 1000.0
    decode_time = ended - (first_token_at or ended)
    speed = (count - 1) / decode_time if count > 1 and decode_time > 0 else 0.0
    yield GenerationResult(finish, len(prompt_tokens), count, ttft, speed)


def prefill(llm: llama_cpp.Llama, tokens: list[int], cancelled: Callable[[], bool]) -> bool:
    """Evaluate all but the last prompt token batch by batch, checking `cancelled` between batches.

    Llama.generate evaluates a whole prompt in one uninterruptible call (seconds for a long document chunk on
    a CPU). Done here first, generate() then finds the prompt cached and evaluates only the last token.
    Returns False when cancelled.
    """
    cached = llm._input_ids
    limit = min(len(cached), len(tokens) - 1)
    prefix = 0
    while prefix < limit and cached[prefix] == tokens[prefix]:
        prefix += 1
    if prefix < llm.n_tokens:
        llm.n_tokens = prefix  # eval() drops the KV cache from n_tokens on
    step = max(1, llm.n_batch)
    for start in range(prefix, len(tokens) - 1, step):
        if cancelled():
            return False
        llm.eval(tokens[start : min(start + step, len(tokens) - 1)])
    return True


class Utf8Stream:
    """Token bytes to text, once each: a character split across tokens waits for its next bytes.

    At the end of a generation the bytes of a character the last token left incomplete are dropped, not flushed
    as U+FFFD (issue 21: a summary cut at its length limit ended in "核心�"). The incremental decoder only holds
    back a valid prefix of a character (invalid bytes are replaced at once), so what `finish` drops is always an
    incomplete character, never text.
    """

    def __init__(self) -> None:
        self._decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")

    def feed(self, data: bytes) -> str:
        return self._decoder.decode(data)

    def finish(self) -> int:
        """Ends the stream; returns how many bytes of an incomplete last character were dropped."""
        pending, _ = self._decoder.getstate()
        self._decoder.reset()
        return len(pending)


def control_stop_tokens(llm: llama_cpp.Llama, stop: Sequence[str]) -> frozenset[int]:
    """The stop strings that are one control token of the vocabulary (`<start_of_turn>`, `<|im_start|>` ...).

    A control token's piece is empty (PieceDecoder asks for no special text), so the text matcher never sees it:
    a base model that opens a new turn with `<start_of_turn>` would run on (issue 13: a fallback format's stops).
    """
    vocab = llm._model.vocab
    found = set()
    for text in stop:
        tokens = llm.tokenize(text.encode("utf-8"), add_bos=False, special=True)
        if len(tokens) == 1 and llama_cpp.llama_vocab_get_attr(vocab, tokens[0]) & llama_cpp.LLAMA_TOKEN_ATTR_CONTROL:
            found.add(tokens[0])
    return frozenset(found)


class PieceDecoder:
    """One token's bytes via llama_token_to_piece with a reused buffer.

    llama-cpp-python's LlamaModel.token_to_piece returns the whole 32-byte buffer, NULs included.
    """

    def __init__(self, vocab: object) -> None:
        self._vocab = vocab
        self._size = 64
        self._buffer = ctypes.create_string_buffer(self._size)

    def piece(self, token: int) -> bytes:
        n = llama_cpp.llama_token_to_piece(self._vocab, token, self._buffer, self._size, 0, False)
        if n < 0:  # buffer too small: -n is the size needed
            self._size = -n
            self._buffer = ctypes.create_string_buffer(self._size)
            n = llama_cpp.llama_token_to_piece(self._vocab, token, self._buffer, self._size, 0, False)
        return self._buffer.raw[:n]


class CancelFlag:
    """Thread-safe cancel flag set from the HTTP thread that received /cancel or saw a disconnect."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def set(self) -> None:
        self._event.set()

    def __call__(self) -> bool:
        return self._event.is_set()
