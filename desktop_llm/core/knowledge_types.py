"""What the Knowledge feature hands across the layers (issue 12): collections, where a passage sits in its file,
the passages a search finds, indexing progress and its report.

Made by services/knowledge (store, indexer, retriever), carried by the knowledge controller's signals, shown by the
Knowledge page, the chat's sources and the CLI. Plain frozen dataclasses, so a worker thread can hand them to the
GUI thread as they are.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal, Protocol

FileStatus = Literal["indexed", "failed"]
SearchMode = Literal["hybrid", "bm25", "vector"]


@dataclass(frozen=True)
class Collection:
    """A named set of folders and files, indexed together. `embedding_model` is the GGUF path its vectors come
    from ("" for BM25 only); `dimensions` is 0 until the first vector is stored."""

    id: int
    name: str
    sources: tuple[str, ...]  # absolute paths of folders (searched recursively) and single files
    embedding_model: str = ""
    dimensions: int = 0
    created_at: float = 0.0
    conversation_id: int = 0  # a chat's own collection (the files dropped into that chat); 0: the user's


@dataclass(frozen=True)
class Place:
    """Where a chunk sits in its file: the PDF page (1-based; None for other formats), the heading path above it
    (outermost first), and its character offsets in the text read from the file (the page's text for a PDF)."""

    page: int | None = None
    heading: tuple[str, ...] = ()
    start: int = 0
    end: int = 0

    def label(self) -> str:
        """"p. 4 · Results › Table 2", for a source line; "" where nothing is known."""
        parts = [f"p. {self.page}"] if self.page is not None else []
        if self.heading:
            parts.append(" › ".join(self.heading))
        return " · ".join(parts)


@dataclass(frozen=True)
class ChunkRecord:
    """One chunk as the indexer writes it: its text, its place and its size in the embedding model's tokens."""

    text: str
    place: Place
    tokens: int


@dataclass(frozen=True)
class IndexedFile:
    """A file of a collection as the index last saw it. A change is found by size and mtime first, then by hash."""

    path: str
    size: int
    mtime_ns: int
    sha256: str
    status: FileStatus
    error: str = ""  # why a failed file could not be read (for an indexed one: what was left out), in English
    chunks: int = 0
    error_template: str = ""  # `error` as a QT_TR_NOOP template ("" for rows written before there were templates)
    error_fields: tuple[tuple[str, str], ...] = ()

    @property
    def failure(self) -> FailedFile:
        """The reason (a failed file) or the note (an indexed one), translatable."""
        return FailedFile(self.path, self.error, self.error_template, self.error_fields)


@dataclass(frozen=True)
class Passage:
    """A chunk a search found, with what the chat and the CLI show about it. `score` is the fused score (higher is
    better); `similarity` the cosine similarity to the query (None without vectors), `bm25_rank` and
    `vector_rank` its 1-based place in each list (None where that list did not find it)."""

    chunk_id: int
    collection: str
    path: str
    text: str
    place: Place
    score: float
    similarity: float | None = None
    bm25_rank: int | None = None
    vector_rank: int | None = None
    rerank_score: float | None = None  # the reranker's relevance score (its own scale), None where none ran


@dataclass(frozen=True)
class SearchResult:
    """A search's passages, best first, the mode it ran in (BM25 only without an embedding model) and whether
    anything cleared the relevance threshold (False: "the documents do not say"). `bm25_fallback` names the
    collections that have an embedding model but were searched by BM25 alone because it could not be used (its
    file is gone, it failed to load), so the UI and the CLI can say so."""

    passages: tuple[Passage, ...]
    mode: SearchMode
    relevant: bool
    bm25_fallback: tuple[str, ...] = ()
    reranked: bool = False  # the passages are in a reranker's order (services/knowledge/reranker.py)


@dataclass(frozen=True)
class IndexProgress:
    files_done: int
    files_total: int
    chunks_done: int
    eta_s: float | None
    current: str = ""  # the file being read or embedded


@dataclass(frozen=True)
class FailedFile:
    """A file that could not be read, or a note on one read in part (pages skipped). `reason` is the English text
    (the CLI, the log); `template` the QT_TR_NOOP-marked text with {name} placeholders and `fields` their values,
    so the UI shows it translated: `failed.text(translated(failed.template))` (as core/document_types.Notice)."""

    path: str
    reason: str
    template: str = ""
    fields: tuple[tuple[str, str], ...] = ()

    @classmethod
    def of(cls, path: str, template: str, **fields: object) -> FailedFile:
        values = tuple((name, str(value)) for name, value in fields.items())
        return cls(path, _filled(template, dict(values)), template, values)

    def text(self, template: str | None = None) -> str:
        """The reason with its fields, in `template` (a translation of self.template) when given; the English
        reason when there is no template or the translation lost a placeholder."""
        if not self.template or not template:
            return self.reason
        return _filled(template, dict(self.fields), self.reason)


@dataclass(frozen=True)
class IndexReport:
    """What one (re-)index did. Unchanged files were not read again."""

    added: int = 0
    changed: int = 0
    removed: int = 0
    unchanged: int = 0
    chunks: int = 0  # chunks written by this run
    seconds: float = 0.0
    failed: tuple[FailedFile, ...] = field(default=())
    paused: bool = False  # stopped by pause or cancel: the next run goes on from here
    warnings: tuple[FailedFile, ...] = ()  # files indexed in part (a PDF's pages without text), with what was skipped


class TextEmbedder(Protocol):
    """An embedding model: vectors for texts (L2-normalized, so a dot product is the cosine similarity) and the
    model's own token count. Called from worker threads."""

    @property
    def model(self) -> str: ...  # the GGUF path (or a remote model's name)

    @property
    def max_tokens(self) -> int: ...  # the longest input it embeds

    def embed(self, texts: list[str]) -> list[list[float]]: ...

    def count(self, text: str) -> int: ...


def _filled(template: str, fields: dict[str, str], fallback: str | None = None) -> str:
    """The template with its fields; `fallback` (else the template as written) when they do not match."""
    try:
        return template.format(**fields) if fields else template
    except (KeyError, IndexError, ValueError):
        return template if fallback is None else fallback
