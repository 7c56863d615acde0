"""llama.cpp's own sampler chain, built from SamplingParams: sampling runs in C on the context's logits.

llama-cpp-python's generate wraps the same chain but does Python work around it per token; driving the chain
directly leaves nothing per token that grows with the vocabulary in Python. The chain's order is llama-cpp-python's
(penalties, grammar, top_k, top_p, min_p, temp, dist; greedy at temperature 0), so a request samples as it did
before. One chain per sequence: it holds that sequence's penalty history, grammar state and random generator.
"""

from __future__ import annotations

import random
from types import TracebackType
from typing import Any

import llama_cpp
from llama_cpp.llama_grammar import LLAMA_GRAMMAR_DEFAULT_ROOT

from desktop_llm.core.errors import RequestInvalidError
from desktop_llm.core.sampling import SamplingParams
from desktop_llm.core.ui_text import QT_TR_NOOP

PENALTY_LAST_N = 64  # llama-cpp-python's default last_n_tokens_size: the window repeat_penalty looks back over


class SamplerChain:
    """A native llama_sampler chain for one sequence; free it with close() (or use it as a context manager)."""

    def __init__(self, sampling: SamplingParams, vocab: Any, grammar: str | None = None) -> None:
        self.seed = sampling.seed if sampling.seed >= 0 else random.randrange(2**31)
        params = llama_cpp.llama_sampler_chain_default_params()
        params.no_perf = True
        chain = llama_cpp.llama_sampler_chain_init(params)
        if not chain:
            raise MemoryError("llama.cpp could not create a sampler chain")
        self._chain: Any = chain
        try:
            n_vocab = llama_cpp.llama_vocab_n_tokens(vocab)
            self._add(llama_cpp.llama_sampler_init_penalties(n_vocab, PENALTY_LAST_N, sampling.repeat_penalty, 0.0, 0.0))
            if grammar is not None:
                # NULL for a grammar llama.cpp cannot parse: structured_output checks first, this keeps it a 400.
                sampler = llama_cpp.llama_sampler_init_grammar(
                    vocab, grammar.encode("utf-8"), LLAMA_GRAMMAR_DEFAULT_ROOT.encode("utf-8"))
                if not sampler:
                    raise RequestInvalidError(QT_TR_NOOP("the request's grammar cannot be parsed by llama.cpp"))
                self._add(sampler)
            if sampling.temperature == 0.0:
                self._add(llama_cpp.llama_sampler_init_greedy())
            else:
                if sampling.top_k > 0:  # 0: all tokens (llama.cpp's top_k <= 0 is a no-op too)
                    self._add(llama_cpp.llama_sampler_init_top_k(sampling.top_k))
                self._add(llama_cpp.llama_sampler_init_top_p(sampling.top_p, 1))
                self._add(llama_cpp.llama_sampler_init_min_p(sampling.min_p, 1))
                self._add(llama_cpp.llama_sampler_init_temp(sampling.temperature))
                self._add(llama_cpp.llama_sampler_init_dist(self.seed))
        except BaseException:
            self.close()
            raise

    def _add(self, sampler: Any) -> None:
        if not sampler:
            raise MemoryError("llama.cpp could not create a sampler")
        llama_cpp.llama_sampler_chain_add(self._chain, sampler)  # the chain owns it from here on

    def sample(self, ctx: Any, idx: int) -> int:
        """The next token from the logits of batch row `idx` (-1: the last), accepted into the chain's state
        (penalty history, grammar)."""
        return int(llama_cpp.llama_sampler_sample(self._chain, ctx, idx))

    def reset(self) -> None:
        """Forget the penalty history and restart the grammar (the random generator restarts from its seed)."""
        if self._chain is not None:
            llama_cpp.llama_sampler_reset(self._chain)

    def close(self) -> None:
        if self._chain is not None:
            llama_cpp.llama_sampler_free(self._chain)
            self._chain = None

    def __enter__(self) -> SamplerChain:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self.close()

    def __del__(self) -> None:
        self.close()
