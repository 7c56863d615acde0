"""Embedding models (issue 12): telling an embedding GGUF from a chat model by its header, and the models the
Knowledge feature suggests on first use (an embedding model and a reranker).

An embedding model turns a text into one vector; it cannot write a reply. llama.cpp runs encoder-only BERT-family
files (bert, nomic-bert, jina-bert, XLM-RoBERTa converted as bert, modern-bert, ...) only with embeddings on,
and some decoder models are published as embedders (gemma-embedding, Qwen3-Embedding: a qwen3 file with a
pooling type). The header says which: the architecture, `<arch>.pooling_type`, or `<arch>.attention.causal` false.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from desktop_llm.core.gguf_header import GGUFFormatError, GGUFHeader, read_file_header
from desktop_llm.core.ui_text import QT_TR_NOOP

# Architectures (llama.cpp's names, gguf-py's MODEL_ARCH_NAMES) that only ever make embeddings. XLM-RoBERTa models
# (bge-m3, multilingual-e5) are converted as "bert".
EMBEDDING_ARCHITECTURES = frozenset({
    "bert", "nomic-bert", "nomic-bert-moe", "neo-bert", "jina-bert-v2", "jina-bert-v3", "modern-bert", "eurobert",
    "gemma-embedding", "llama-embed", "t5encoder",
})
# llama.cpp's LLAMA_POOLING_TYPE_*: NONE (0) means per-token vectors; RANK (4) is a reranker, not an embedder.
POOLING_NONE, POOLING_MEAN, POOLING_CLS, POOLING_LAST, POOLING_RANK = 0, 1, 2, 3, 4


def pooling_type(header: GGUFHeader) -> int | None:
    """The pooling the file declares (`<arch>.pooling_type`), None where it declares none."""
    value = header.arch_value("pooling_type")
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def is_reranker(header: GGUFHeader) -> bool:
    """A reranker GGUF (bge-reranker and the like): pooling type "rank", it scores a query and passage pair."""
    return pooling_type(header) == POOLING_RANK


def is_embedding_model(model: GGUFHeader | str | os.PathLike[str]) -> bool:
    """Whether a GGUF is an embedding model (vectors, no replies): its architecture is an encoder's, or it
    declares a pooling type, or its attention is not causal. Rerankers are not: they score pairs. `model` is a
    parsed header or a file path; a file that is not a readable, complete GGUF is not an embedding model."""
    if not isinstance(model, GGUFHeader):
        try:
            model = read_file_header(os.fspath(model))
        except (GGUFFormatError, OSError):
            return False
    header = model
    if header.metadata.get("general.type") == "adapter" or is_reranker(header):
        return False
    if header.architecture in EMBEDDING_ARCHITECTURES:
        return True
    pooling = pooling_type(header)
    if pooling is not None and pooling != POOLING_NONE:
        return True
    return header.arch_value("attention.causal") is False


@dataclass(frozen=True)
class EmbeddingModelSuggestion:
    """An embedding GGUF on Hugging Face to download on first use (through the app's downloader, which checks the
    hub's size and SHA-256). `approx_size_bytes` is for the offer ("about 635 MB") before the hub answers."""

    repo_id: str
    filename: str
    approx_size_bytes: int
    dimensions: int
    max_tokens: int
    languages: str
    license: str
    reason: str  # a QT_TR_NOOP text: the UI translates it


# The first-use suggestion: BAAI's bge-m3 (XLM-RoBERTa, 568M parameters) reads 100+ languages, Chinese among the
# best (issue 21's readers), takes 8192 tokens, and llama.cpp has run it for long (Ollama's `bge-m3` is this file
# type). Q8_0 loses nothing measurable against F16 for retrieval at half the size.
RECOMMENDED = EmbeddingModelSuggestion(
    repo_id="gpustack/bge-m3-GGUF",
    filename="bge-m3-Q8_0.gguf",
    approx_size_bytes=635_000_000,
    dimensions=1024,
    max_tokens=8192,
    languages="100+ languages",
    license="mit",
    reason=QT_TR_NOOP("A multilingual embedding model: finds passages by meaning in more than 100 languages"),
)

# Smaller or English-only choices for the model picker, best first.
ALTERNATIVES: tuple[EmbeddingModelSuggestion, ...] = (
    EmbeddingModelSuggestion(
        repo_id="ggml-org/embeddinggemma-300M-GGUF",
        filename="embeddinggemma-300M-Q8_0.gguf",
        approx_size_bytes=330_000_000,
        dimensions=768,
        max_tokens=2048,
        languages="100+ languages",
        license="gemma",
        reason=QT_TR_NOOP("A smaller multilingual embedding model from Google"),
    ),
    EmbeddingModelSuggestion(
        repo_id="second-state/All-MiniLM-L6-v2-Embedding-GGUF",
        filename="all-MiniLM-L6-v2-Q8_0.gguf",
        approx_size_bytes=25_000_000,
        dimensions=384,
        max_tokens=512,
        languages="English",
        license="apache-2.0",
        reason=QT_TR_NOOP("A tiny, fast embedding model for English documents"),
    ),
)

# The reranker the Knowledge page offers while the library has none: BAAI's bge-reranker-v2-m3 (XLM-RoBERTa,
# 568M parameters, the same multilingual base as bge-m3 above), which llama.cpp runs with rank pooling
# (/v1/rerank); the repository lists it at 636 MB for Q8_0. Unverified here (no network): the download checks the
# hub's size and SHA-256, and a file that is gone is said so (app_knowledge.recommended_choice).
RECOMMENDED_RERANKER = EmbeddingModelSuggestion(
    repo_id="gpustack/bge-reranker-v2-m3-GGUF",
    filename="bge-reranker-v2-m3-Q8_0.gguf",
    approx_size_bytes=636_000_000,
    dimensions=0,  # a reranker makes no vectors: one relevance score per query and passage pair
    max_tokens=8192,
    languages="100+ languages",
    license="apache-2.0",
    reason=QT_TR_NOOP("A multilingual reranker: puts the passages that answer the question first"),
)
