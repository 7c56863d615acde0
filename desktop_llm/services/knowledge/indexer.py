"""Indexing a collection (issue 12): scan its sources, compare with what the store knows, read, chunk and embed
what is new or changed, drop what is gone. Resumable at every point.

Each file is written with one `store.replace_file` call (its chunks and vectors in one transaction), so a kill
leaves every file either as it was or as it is now, never half: the next run finds the unwritten files still
new or changed and does them. Chunks written without vectors (a pause in the middle of a batch, no embedding
model at the time, a model change that dropped the vectors) are embedded at the end of every run with an
embedder. Chunks of several small files share an embedding batch, since one request per tiny file would
spend the time on round trips instead of on the model (the benchmark's goal: 0.8 of raw embedding speed).

Runs on a worker thread; `stop` (a pause or a cancel, set from any thread) is checked between files and batches.
"""

from __future__ import annotations

import hashlib
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from desktop_llm.core.connections import estimate_tokens
from desktop_llm.core.errors import DocumentError
from desktop_llm.core.knowledge_types import (
    ChunkRecord,
    Collection,
    FailedFile,
    IndexedFile,
    IndexProgress,
    IndexReport,
    TextEmbedder,
)
from desktop_llm.core.retrieval import document_text
from desktop_llm.services.documents.documents import MAX_FILE_BYTES
from desktop_llm.services.knowledge.file_scan import ScannedFile, scan_sources, source_of, too_large
from desktop_llm.services.knowledge.index_readers import (
    NO_TEXT,
    TOO_LARGE,
    UNREADABLE,
    chunk_sections,
    read_file,
)
from desktop_llm.services.knowledge.knowledge_store import KnowledgeStore

log = logging.getLogger(__name__)

EMBED_BATCH = 32  # texts per embedding request
_MIN_CHUNK_TOKENS = 16
_HASH_BLOCK = 1 << 20


def index_collection(store: KnowledgeStore, collection: Collection, embedder: TextEmbedder | None,
                     progress: Callable[[IndexProgress], None], stop: threading.Event,
                     chunk_tokens: int = 256) -> IndexReport:
    """(Re-)index `collection`; with `stop` set it returns early with paused=True and the next call goes on.
    Without an embedder the chunks are written for BM25 only (and embedded by a later run that has one). The
    vector index file is saved at the end (paused too), not only when the store closes: a crash of the app later
    then costs no rebuild of it."""
    try:
        return _Run(store, collection, embedder, progress, stop, chunk_tokens).run()
    finally:
        store.flush()


@dataclass
class _Pending:
    """A file read and chunked, waiting for the vectors of its chunks before it is written."""

    file: IndexedFile
    chunks: list[ChunkRecord]
    vectors: list[list[float]] = field(default_factory=list)


class _Run:
    def __init__(self, store: KnowledgeStore, collection: Collection, embedder: TextEmbedder | None,
                 progress: Callable[[IndexProgress], None], stop: threading.Event, chunk_tokens: int) -> None:
        self.store = store
        self.collection = collection
        self.embedder = embedder
        self.progress = progress
        self.stop = stop
        limit = chunk_tokens
        if embedder is not None:  # a chunk and its passage prefix (_embed) must fit the model's window together
            prefix = document_text(embedder.model, "")
            limit = embedder.max_tokens - (embedder.count(prefix) if prefix else 0)
        self.budget = max(_MIN_CHUNK_TOKENS, min(chunk_tokens, limit))
        self.count: Callable[[str], int] = embedder.count if embedder is not None else estimate_tokens
        self.started = time.monotonic()
        self.added = self.changed = self.removed = self.unchanged = self.chunks = 0
        self.failed: list[FailedFile] = []
        self.warnings: list[FailedFile] = []  # files indexed in part (a PDF's pages without text)
        self.pending: list[_Pending] = []
        self.known: dict[str, IndexedFile] = {}
        self.files_total = self.files_done = 0
        self.work_bytes = self.done_bytes = 0
        self.work_started = 0.0
        self.current = ""

    def run(self) -> IndexReport:
        cid = self.collection.id
        if self.embedder is not None and self.collection.embedding_model != self.embedder.model:
            # every vector of a collection comes from one model: a new one drops the old vectors (re-embedded below)
            self.collection = self.store.set_embedding_model(cid, self.embedder.model)
        scan = scan_sources(self.collection.sources, stop=self.stop)
        self.failed.extend(scan.problems)
        if self.stop.is_set():  # a partial scan: absent files are not known to be deleted
            return self._report(paused=True)
        self.known = self.store.files(cid)
        self._remove_deleted({f.path for f in scan.files}, scan.missing)
        work: list[ScannedFile] = []
        for scanned in scan.files:
            old = self.known.get(scanned.path)
            if old is not None and old.size == scanned.size and old.mtime_ns == scanned.mtime_ns:
                self.unchanged += 1  # a failed file too: it is tried again only once it changes
                if old.status == "failed":
                    self.failed.append(old.failure)
                elif old.error:
                    self.warnings.append(old.failure)
            else:
                work.append(scanned)
        self.files_total = len(scan.files)
        self.files_done = self.unchanged
        self.work_bytes = sum(f.size for f in work)
        self._report_progress()
        self.work_started = time.monotonic()
        for scanned in work:
            if self.stop.is_set():
                return self._pause()
            self.current = scanned.path
            self._index_file(scanned)
            self.done_bytes += scanned.size
            if self.stop.is_set():
                return self._pause()
            self._embed_pending(final=False)
        if not self._embed_pending(final=True) or not self._embed_missing_vectors():
            return self._pause()
        return self._report(paused=False)

    def _remove_deleted(self, present: set[str], missing: tuple[str, ...]) -> None:
        for path in sorted(set(self.known) - present):
            if missing and source_of(path, missing) is not None:
                continue  # its source is not there (a drive unplugged?): keep its files until it is
            self.store.remove_file(self.collection.id, path)
            self.removed += 1

    def _index_file(self, scanned: ScannedFile) -> None:
        path, old = scanned.path, self.known.get(scanned.path)
        self._report_progress()
        if too_large(scanned.size):
            self._fail(scanned, FailedFile.of(path, TOO_LARGE, size=f"{scanned.size / 1024**2:,.0f}",
                                              limit=f"{MAX_FILE_BYTES // 1024**2:,}"))
            return
        try:
            digest = _sha256(Path(path))
        except OSError as exc:
            self._fail(scanned, FailedFile.of(path, UNREADABLE, detail=exc.strerror or type(exc).__name__))
            return
        if old is not None and old.status == "indexed" and old.sha256 == digest:
            self.store.touch_file(self.collection.id, path, scanned.size, scanned.mtime_ns)
            self.unchanged += 1
            self.files_done += 1
            return
        try:
            sections, note = read_file(Path(path))
            records = chunk_sections(sections, self.count, self.budget)
        except DocumentError as exc:
            self._fail(scanned, FailedFile(path, str(exc), exc.template, tuple(exc.fields.items())))
            return
        except Exception as exc:  # an untrusted file tripping a parser: that file fails, the other files go on
            log.warning("could not read %s", path, exc_info=True)
            self._fail(scanned, FailedFile.of(path, UNREADABLE, detail=str(exc) or type(exc).__name__))
            return
        if not records:
            self._fail(scanned, FailedFile.of(path, NO_TEXT))
            return
        if old is None:
            self.added += 1
        else:
            self.changed += 1
        file = IndexedFile(path, scanned.size, scanned.mtime_ns, digest, "indexed", chunks=len(records))
        if note is not None:
            self.warnings.append(note)
            file = IndexedFile(path, scanned.size, scanned.mtime_ns, digest, "indexed", note.reason, len(records),
                               note.template, note.fields)
        self.pending.append(_Pending(file, records))
        if self.embedder is None:
            self._write_ready()

    def _fail(self, scanned: ScannedFile, failure: FailedFile) -> None:
        log.info("cannot index %s: %s", scanned.path, failure.reason)
        self.store.record_failure(self.collection.id, scanned.path, scanned.size, scanned.mtime_ns, failure)
        self.failed.append(failure)
        self.files_done += 1

    def _embed_pending(self, final: bool) -> bool:
        """Embed the waiting chunks in full batches (the last partial one too when `final`), writing each file
        as soon as all its vectors are there. False when stopped: the files waiting are then written without
        their vectors (nothing read is lost; the next run embeds them)."""
        while self.embedder is not None:
            texts: list[str] = []
            for item in self.pending:
                texts.extend(r.text for r in item.chunks[len(item.vectors):][: EMBED_BATCH - len(texts)])
                if len(texts) >= EMBED_BATCH:
                    break
            if not texts or (len(texts) < EMBED_BATCH and not final):
                return True
            if self.stop.is_set():
                for item in self.pending:
                    item.vectors = []
                self._write_ready(force=True)
                return False
            vectors = self._embed(texts)
            for item in self.pending:
                room = len(item.chunks) - len(item.vectors)
                item.vectors.extend(vectors[:room])
                vectors = vectors[room:]
                if not vectors:
                    break
            self._write_ready()
            self._report_progress()
        return True

    def _write_ready(self, force: bool = False) -> None:
        """Write the files whose chunks all have vectors (or need none); with `force`, every waiting file."""
        while self.pending:
            item = self.pending[0]
            complete = len(item.vectors) == len(item.chunks)
            if self.embedder is not None and not complete and not force:
                return
            vectors = item.vectors if self.embedder is not None and complete else None
            self.store.replace_file(self.collection.id, item.file, item.chunks, vectors)
            self.pending.pop(0)
            self.chunks += len(item.chunks)
            self.files_done += 1
            self._report_progress()

    def _embed_missing_vectors(self) -> bool:
        """Vectors for the chunks that have none (a pause, a kill, a model change); False when stopped."""
        if self.embedder is None:
            return True
        last: list[int] = []
        while True:
            if self.stop.is_set():
                return False
            rows = self.store.chunks_without_vectors(self.collection.id, EMBED_BATCH)
            ids = [chunk_id for chunk_id, _ in rows]
            if not rows:
                return True
            if ids == last:  # the store kept them vectorless: stop rather than loop forever
                log.warning("the store did not keep the vectors of chunks %s", ids)
                return True
            self.current = ""
            self.store.set_vectors(self.collection.id, ids, self._embed([text for _, text in rows]))
            last = ids
            self._report_progress()

    def _embed(self, texts: list[str]) -> list[list[float]]:
        """The chunks' vectors, each text as the model was trained to see a passage (e5's "passage: ", nomic's
        "search_document: ", EmbeddingGemma's "title: none | text: "; the retriever gives queries their side). Only
        what is embedded changes: the stored text and its BM25 tokens stay the chunk's own."""
        assert self.embedder is not None
        model = self.embedder.model
        return self.embedder.embed([document_text(model, text) for text in texts])

    def _pause(self) -> IndexReport:
        if self.pending:
            for item in self.pending:
                item.vectors = []
            self._write_ready(force=True)
        return self._report(paused=True)

    def _report_progress(self) -> None:
        eta: float | None = None
        if self.done_bytes and self.work_bytes:
            # throughput so far, in bytes of the files that needed work (unchanged ones cost nothing)
            elapsed = time.monotonic() - self.work_started
            eta = elapsed / self.done_bytes * max(0, self.work_bytes - self.done_bytes)
        self.progress(IndexProgress(self.files_done, self.files_total, self.chunks, eta, self.current))

    def _report(self, paused: bool) -> IndexReport:
        return IndexReport(self.added, self.changed, self.removed, self.unchanged, self.chunks,
                           time.monotonic() - self.started, tuple(self.failed), paused, tuple(self.warnings))


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while block := handle.read(_HASH_BLOCK):
            digest.update(block)
    return digest.hexdigest()
