"""The app's own generation loop, driving llama.cpp directly: native decode, native sampler chain, native pieces.

Why not create_completion: it detokenizes the whole reply on every token and scans stop strings over all
of it (cost grows with the square of the reply). Why not Llama.generate either (issue 18): per token it does
Python work around the native calls, which cost 10-25 % of llama.cpp's speed on a CPU and up to 40 % on a GPU.
Here each token is one llama_decode on a reused batch (engine/native_loop.py), one llama_sampler_sample on
llama.cpp's own chain (engine/native_sampler.py) and one llama_token_to_piece into a reused buffer; incomplete
UTF-8 is carried to the next piece, stop strings are matched on a tail window, and cancellation is checked
before every token and between prompt chunks.
"""

from __future__ import annotations

import codecs
import ctypes
import sys
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

import llama_cpp
from llama_cpp.llama_grammar import LlamaGrammar

from desktop_llm.core.events import FinishReason
from desktop_llm.core.sampling import SamplingParams
from desktop_llm.core.stop_strings import StopMatcher
from desktop_llm.engine.native_loop import SequenceState
from desktop_llm.engine.native_sampler import SamplerChain


@dataclass
class GenerationResult:
    finish_reason: FinishReason
    prompt_tokens: int
    completion_tokens: int
    ttft_ms: float
    tokens_per_s: float
    prompt_evaluated: int = 0  # prompt tokens decoded for this request (the rest came from the KV cache)
    prompt_ms: float = 0.0  # time spent decoding them


def generate_text(
    llm: llama_cpp.Llama,
    prompt_tokens: list[int],
    sampling: SamplingParams,
    cancelled: Callable[[], bool],
    grammar: LlamaGrammar | str | None = None,
) -> Iterator[str | GenerationResult]:
    """Yield text pieces, then one GenerationResult. `cancelled` is polled before each token and each prompt
    chunk; `grammar` (structured output: a LlamaGrammar or GBNF text) constrains every token sampled."""
    started = time.perf_counter()
    n_prompt = len(prompt_tokens)
    max_tokens = min(sampling.max_tokens, llm.n_ctx() - n_prompt)
    if max_tokens <= 0 or n_prompt == 0:
        yield GenerationResult("length", n_prompt, 0, 0.0, 0.0)
        return
    vocab = llm._model.vocab  # the native vocab pointer
    gbnf = grammar._grammar if isinstance(grammar, LlamaGrammar) else grammar
    state = SequenceState(llm)
    try:
        with SamplerChain(sampling, vocab, gbnf) as chain:
            yield from _run(llm, state, chain, prompt_tokens, sampling, cancelled, max_tokens, started)
    finally:
        state.close()


def _run(
    llm: llama_cpp.Llama, state: SequenceState, chain: SamplerChain, prompt_tokens: list[int],
    sampling: SamplingParams, cancelled: Callable[[], bool], max_tokens: int, started: float,
) -> Iterator[str | GenerationResult]:
    n_prompt = len(prompt_tokens)
    cached = state.reuse_prefix(prompt_tokens)
    if cached and llm.verbose:  # the engine log's line as llama-cpp-python wrote it (its crash-report filter knows it)
        print(f"Llama.generate: {cached} prefix-match hit, remaining {n_prompt - cached} prompt tokens to eval",
              file=sys.stderr)
    if not state.prefill(prompt_tokens, cached, cancelled):
        yield GenerationResult("cancelled", n_prompt, 0, 0.0, 0.0, state.n_past - cached,
                               (time.perf_counter() - started) * 1000.0)
        return
    prompt_done = time.perf_counter()
    vocab = llm._model.vocab
    ctx = state.ctx
    decoder = Utf8Stream()
    pieces = PieceDecoder(vocab)
    stops = StopMatcher(sampling.stop)
    stop_tokens = control_stop_tokens(llm, sampling.stop)
    is_eog = llama_cpp.llama_vocab_is_eog
    first_token_at: float | None = None
    count = 0
    finish: FinishReason = "length"
    at_start = True
    generated: list[int] = []  # decoded into the KV cache after the prompt
    pending: int | None = None  # the last token sampled, decoded only if another one is wanted
    try:
        while True:
            if cancelled():
                finish = "cancelled"
                break
            if pending is not None:
                state.step(pending)
                generated.append(pending)
            token = chain.sample(ctx, -1)
            if first_token_at is None:
                first_token_at = time.perf_counter()
            if is_eog(vocab, token) or token in stop_tokens:
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
            pending = token
    finally:
        state.record(generated, n_prompt)
    decoder.finish()  # a last token cut inside a character: its bytes are dropped, never shown as U+FFFD
    tail = stops.flush()
    if tail and finish != "cancelled":
        yield tail
    ended = time.perf_counter()
    ttft = ((first_token_at or ended) - started) * 1000.0
    decode_time = ended - (first_token_at or ended)
    speed = (count - 1) / decode_time if count > 1 and decode_time > 0 else 0.0
    yield GenerationResult(finish, n_prompt, count, ttft, speed, n_prompt - cached, (prompt_done - started) * 1000.0)


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
