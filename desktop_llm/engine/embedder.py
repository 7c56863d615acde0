"""Embeddings from the loaded model, in a second llama.cpp context on the same weights.

llama-cpp-python computes embeddings only in a context created with `embedding=True`, and the chat context is not
one (an embedding context skips the logits generation needs). Loading the file a second time would double the
weights in (GPU) memory, so the worker creates, on the first /v1/embeddings, a small extra context on the model it
already has: the KV cache of one input at most and the compute buffer. It is freed with the model.

Pooling: a model that declares one (BERT-style embedders: `<arch>.pooling_type`) uses its own; a generative model
gets mean pooling. Vectors are L2-normalized, as OpenAI's are, so a dot product is the cosine similarity.

A reranker GGUF (pooling type "rank") gets a Ranker instead: the same kind of context with rank pooling, which
puts the model's classification head on the pair's first token and gives one relevance score per query and
document pair (core/reranking.py builds the pair as llama-server does).
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import llama_cpp
from llama_cpp import _internals

from desktop_llm.core.errors import ContextOverflowError
from desktop_llm.core.reranking import PairTokens, templated_pair

MAX_EMBED_CONTEXT = 8192


class Embedder:
    """One embedding context on a loaded model. Use under the model host's lock (one context, one user)."""

    def __init__(self, llm: llama_cpp.Llama, declares_pooling: bool, n_threads: int, pooling: int | None = None) -> None:
        self._llm = llm
        size = min(llm.n_ctx(), MAX_EMBED_CONTEXT)
        params = llama_cpp.llama_context_default_params()
        params.n_ctx = size
        params.n_batch = size
        params.n_ubatch = size  # a non-causal model must see a whole input in one micro-batch
        params.n_seq_max = 1
        params.embeddings = True
        params.pooling_type = pooling if pooling is not None else (
            llama_cpp.LLAMA_POOLING_TYPE_UNSPECIFIED if declares_pooling else llama_cpp.LLAMA_POOLING_TYPE_MEAN)
        params.n_threads = n_threads
        params.n_threads_batch = n_threads
        self._ctx = _internals.LlamaContext(model=llm._model, params=params, verbose=llm.verbose)
        self._batch = _internals.LlamaBatch(n_tokens=size, embd=0, n_seq_max=1, verbose=llm.verbose)
        self._size = size
        self._n_embd = llm.n_embd()

    def embed(self, text: str) -> tuple[list[float], int]:
        """The text's normalized vector and its token count."""
        tokens = self._llm.tokenize(text.encode("utf-8"), add_bos=True, special=False)
        if len(tokens) > self._size:
            raise ContextOverflowError(f"an input has {len(tokens)} tokens; embeddings take at most {self._size}")
        vector = self._pooled(tokens, self._n_embd)
        norm = math.sqrt(sum(x * x for x in vector)) or 1.0
        return [x / norm for x in vector], len(tokens)

    def _pooled(self, tokens: list[int], size: int) -> list[float]:
        """The pooled output of one input (its first `size` floats)."""
        self._ctx.kv_cache_clear()  # type: ignore[no-untyped-call]
        self._batch.reset()  # type: ignore[no-untyped-call]
        self._batch.add_sequence(tokens, 0, True)
        self._ctx.decode(self._batch)
        pointer = llama_cpp.llama_get_embeddings_seq(self._ctx.ctx, 0)
        return [float(x) for x in pointer[:size]]

    def close(self) -> None:
        self._batch.close()  # type: ignore[no-untyped-call]
        self._ctx.close()  # type: ignore[no-untyped-call]


class Ranker(Embedder):
    """A rank-pooling context on a loaded reranker: relevance scores of documents for a query. Use under the model
    host's lock, as the Embedder."""

    def __init__(self, llm: llama_cpp.Llama, n_threads: int) -> None:
        super().__init__(llm, True, n_threads, pooling=llama_cpp.LLAMA_POOLING_TYPE_RANK)
        # llama.cpp pads the context (128 asked, 256 made); a BERT's position table ends at its trained length.
        self._size = min(self._size, llm._model.n_ctx_train() or self._size)
        model = llm._model
        raw = llama_cpp.llama_model_chat_template(model.model, b"rerank")  # Qwen3-Reranker ships one
        self._template = raw.decode("utf-8", errors="replace") if raw else None
        self._specials = PairTokens(model.token_bos(), model.token_eos(), model.token_sep(), model.add_bos_token(),
                                    model.add_eos_token(), bool(llama_cpp.llama_vocab_get_add_sep(model.vocab)))

    def pair(self, query: str, document: str) -> list[int]:
        """The tokens of one query and document pair, exactly as llama-server's format_prompt_rerank makes them."""
        if self._template is not None:
            return self._llm.tokenize(templated_pair(self._template, query, document).encode("utf-8"),
                                      add_bos=False, special=True)
        tokens = [self._llm.tokenize(text.encode("utf-8"), add_bos=False, special=False) for text in (query, document)]
        return self._specials.pair(*tokens)

    def rank(self, query: str, documents: Sequence[str]) -> tuple[list[float], int]:
        """One score per document (the head's first output, as llama-server's /v1/rerank reports) and the tokens
        of all pairs. Every pair is checked before any is scored: one over the context fails the request, named."""
        pairs = [self.pair(query, document) for document in documents]
        for index, tokens in enumerate(pairs):
            if len(tokens) > self._size:
                raise ContextOverflowError(f"document {index} and the query have {len(tokens)} tokens; the reranker "
                                           f"takes at most {self._size}")
        return [self._pooled(tokens, 1)[0] for tokens in pairs], sum(len(tokens) for tokens in pairs)
