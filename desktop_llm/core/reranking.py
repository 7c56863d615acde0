"""Re-ranking with a reranker GGUF (issue 12): the pure parts shared by the engine's /v1/rerank and the Knowledge
search. A reranker (bge-reranker, jina-reranker, ms-marco cross-encoders) reads a query and one passage together
and gives one relevance score; llama.cpp computes it with rank pooling (a classification head on the first token).

- The request and answer have the shape llama-server, Jina and Cohere use: `{"query", "documents": [...],
  "top_n"}` -> `{"results": [{"index", "relevance_score"}, ...]}`, best first.
- A pair is built as llama-server's format_prompt_rerank builds it (tools/server/server-common.cpp): the model's
  own "rerank" template with {query} and {document} filled in where it has one (Qwen3-Reranker), otherwise
  `[BOS] query [EOS] [SEP] document [EOS]`, each special token only where the vocabulary says it adds it, EOS
  falling back to SEP. Identical input gives identical scores to llama-server's.
- The Knowledge search re-ranks the fused candidates by score, the fused order breaking ties.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from desktop_llm.core.errors import RequestInvalidError

TOKEN_NULL = -1  # llama.cpp's LLAMA_TOKEN_NULL: the vocabulary has no such token
MAX_DOCUMENTS = 256  # documents one /v1/rerank request may score (each is one forward pass)
MAX_QUERY_CHARS = 16_000


@dataclass(frozen=True)
class PairTokens:
    """The vocabulary's special tokens and which of them it adds (llama_vocab_bos/eos/sep, llama_vocab_get_add_*)."""

    bos: int
    eos: int
    sep: int
    add_bos: bool
    add_eos: bool
    add_sep: bool

    def pair(self, query: Sequence[int], document: Sequence[int]) -> list[int]:
        """`[BOS] query [EOS] [SEP] document [EOS]` from the two texts' tokens (tokenized without special tokens)."""
        eos = self.eos if self.eos != TOKEN_NULL else self.sep
        out = [self.bos] if self.add_bos and self.bos != TOKEN_NULL else []
        out.extend(query)
        if self.add_eos and eos != TOKEN_NULL:
            out.append(eos)
        if self.add_sep and self.sep != TOKEN_NULL:
            out.append(self.sep)
        out.extend(document)
        if self.add_eos and eos != TOKEN_NULL:
            out.append(eos)
        return out


def templated_pair(template: str, query: str, document: str) -> str:
    """The model's "rerank" chat template with the pair filled in (tokenized with special tokens parsed, as
    llama-server does)."""
    return template.replace("{query}", query).replace("{document}", document)


@dataclass(frozen=True)
class RerankRequest:
    query: str
    documents: tuple[str, ...]
    top_n: int


def rerank_request(body: dict[str, Any]) -> RerankRequest:
    """The request's query, documents and top_n, checked (RequestInvalidError says what is wrong)."""
    query = body.get("query")
    if not isinstance(query, str) or not query.strip():
        raise RequestInvalidError("query must be a non-empty string")
    if len(query) > MAX_QUERY_CHARS:
        raise RequestInvalidError(f"query is longer than {MAX_QUERY_CHARS} characters")
    documents = body.get("documents")
    if not isinstance(documents, list) or not documents:
        raise RequestInvalidError("documents must be a non-empty list of strings")
    if len(documents) > MAX_DOCUMENTS:
        raise RequestInvalidError(f"at most {MAX_DOCUMENTS} documents per request (got {len(documents)})")
    for index, document in enumerate(documents):
        if not isinstance(document, str):
            raise RequestInvalidError(f"document {index} is not a string")
    top_n = body.get("top_n", len(documents))
    if top_n is None:
        top_n = len(documents)
    if isinstance(top_n, bool) or not isinstance(top_n, int) or top_n < 1:
        raise RequestInvalidError("top_n must be a positive integer")
    return RerankRequest(query, tuple(documents), min(top_n, len(documents)))


def best_first(scores: Sequence[float]) -> list[int]:
    """Indices by score, highest first; equal scores keep their given order (for the Knowledge search, the fused
    order), and a score that is not a number goes last."""
    return sorted(range(len(scores)), key=lambda i: -scores[i] if math.isfinite(scores[i]) else math.inf)


def rerank_answer(scores: Sequence[float], top_n: int, tokens: int, model: str) -> dict[str, Any]:
    """The /v1/rerank answer: the best `top_n` documents by score, with their index in the request."""
    results = [{"index": i, "relevance_score": float(scores[i])} for i in best_first(scores)[:top_n]]
    return {"object": "list", "model": model, "results": results,
            "usage": {"prompt_tokens": tokens, "total_tokens": tokens}}
