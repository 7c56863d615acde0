"""Embeddings from the loaded model, in a second llama.cpp context on the same weights.

llama-cpp-python computes embeddings only in a context created with `embedding=True`, and the chat context is not
one (an embedding context skips the logits generation needs). Loading the file a second time would double the
weights in (GPU) memory, so the worker creates, on the first /v1/embeddings, a small extra context on the model it
already has: the KV cache of one input at most and the compute buffer. It is freed with the model.

Pooling: a model that declares one (BERT-style embedders: `<arch>.pooling_type`) uses its own; a generative model
gets mean pooling. Vectors are L2-normalized, as OpenAI's are, so a dot product is the cosine similarity.
"""

from __future__ import annotations

import math

import llama_cpp
from llama_cpp import _internals

from desktop_llm.core.errors import ContextOverflowError

MAX_EMBED_CONTEXT = 8192


class Embedder:
    """One embedding context on a loaded model. Use under the model host's lock (one context, one user)."""

    def __init__(self, llm: llama_cpp.Llama, declares_pooling: bool, n_threads: int) -> None:
        self._llm = llm
        size = min(llm.n_ctx(), MAX_EMBED_CONTEXT)
        params = llama_cpp.llama_context_default_params()
        params.n_ctx = size
        params.n_batch = size
        params.n_ubatch = size  # a non-causal model must see a whole input in one micro-batch
        params.n_seq_max = 1
        params.embeddings = True
        params.pooling_type = (llama_cpp.LLAMA_POOLING_TYPE_UNSPECIFIED if declares_pooling
                               else llama_cpp.LLAMA_POOLING_TYPE_MEAN)
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
        self._ctx.kv_cache_clear()  # type: ignore[no-untyped-call]
        self._batch.reset()  # type: ignore[no-untyped-call]
        self._batch.add_sequence(tokens, 0, True)
        self._ctx.decode(self._batch)
        pointer = llama_cpp.llama_get_embeddings_seq(self._ctx.ctx, 0)
        vector = [float(x) for x in pointer[: self._n_embd]]
        norm = math.sqrt(sum(x * x for x in vector)) or 1.0
        return [x / norm for x in vector], len(tokens)

    def close(self) -> None:
        self._batch.close()  # type: ignore[no-untyped-call]
        self._ctx.close()  # type: ignore[no-untyped-call]
