"""The knowledge store's vector indexes in memory (issue 12): one per collection, kept at SQLite's generation.

Every commit that changes a collection's vectors moves its `vector_generation` on by one. The store then calls
`apply` with the generation before and what changed, and the index in memory follows exactly; an index at any other
generation (another process wrote, or this one was killed before saving) is dropped and, on the next search, loaded
from its file if that is current or rebuilt from SQLite. Writes and searches of one collection hold its lock
(`lock(collection_id)`), so nothing here races.

Up to vi.EXACT_BELOW vectors an index is a flat matrix (cheap to add to); the write that takes a collection past it
builds the HNSW graph from SQLite (apply, then `_rebuild`). That write runs on the indexer's worker thread (never the
GUI's) and holds the collection's lock for the build: minutes at 200k vectors on two busy cores, during which a
search of that collection waits; it happens once per collection, and the graph is then added to file by file.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

import numpy as np

from desktop_llm.core.errors import KnowledgeNotFoundError
from desktop_llm.core.ui_text import QT_TR_NOOP
from desktop_llm.services.knowledge import vector_index as vi
from desktop_llm.services.knowledge.knowledge_schema import READING, open_reader
from desktop_llm.services.storage.database import classify

log = logging.getLogger(__name__)

STALE_TEMP_S = 3600.0  # a save never takes an hour: a temp file that old was left by a kill
REBUILD_BATCH = 4096  # vectors read per batch while rebuilding an index: memory stays bounded at any size
Change = tuple[int, list[int]]  # (the generation before the commit, chunk ids whose vectors went)


class VectorCache:
    """Any thread, under the collection's lock. Rebuilds read through a read-only connection of their own, so the
    store's connection (and the GUI thread reading through it) is never held during one."""

    def __init__(self, database: Path, index_dir: Path) -> None:
        self._database = database
        self._index_dir = index_dir
        self._guard = threading.Lock()  # the two dicts
        self._locks: dict[int, threading.Lock] = {}
        self._indexes: dict[int, vi.VectorIndex] = {}
        _remove_old_temp_files(index_dir)

    def lock(self, collection_id: int) -> threading.Lock:
        with self._guard:
            return self._locks.setdefault(collection_id, threading.Lock())

    def _path(self, collection_id: int) -> Path:
        return vi.index_path(self._index_dir, collection_id)

    def _keep(self, collection_id: int, index: vi.VectorIndex | None) -> None:
        with self._guard:
            if index is None:
                self._indexes.pop(collection_id, None)
            else:
                self._indexes[collection_id] = index

    def apply(self, collection_id: int, dimensions: int, change: Change | None, added: Sequence[int] = (),
              matrix: vi.Vectors | None = None, empty_before: bool = False) -> None:
        """Follow a commit that moved the generation from `change[0]` by one: remove `change[1]`, add `added`
        (rows of `matrix`). `empty_before`: the collection had no vectors before, so an empty index is the exact
        start (the indexer's first run builds the index as it goes; flush() saves it)."""
        if change is None:
            return
        before, removed = change
        with self._guard:
            index = self._indexes.get(collection_id)
        if index is None and empty_before:
            index = vi.VectorIndex(self._path(collection_id), dimensions, before)
        elif index is None and dimensions:
            index = vi.VectorIndex.load(self._path(collection_id), dimensions, before)
        if index is None or index.generation != before or index.dimensions != dimensions:
            self._keep(collection_id, None)  # rebuilt on the next search
            return
        index.remove(np.asarray(removed, dtype=np.uint64))
        if not index.graph and len(index) + len(added) > vi.EXACT_BELOW:
            # The collection crosses: the graph, once, from the commit just made (a snapshot at its generation or
            # a later one, which `ready` then takes as it is).
            log.info("knowledge collection %d passes %d vectors: building its graph index", collection_id,
                     vi.EXACT_BELOW)
            index = self._rebuild(collection_id, dimensions)
            self._save(index)
            self._keep(collection_id, index)
            return
        if matrix is not None and len(added):
            index.add(np.asarray(added, dtype=np.uint64), matrix)
        index.generation = before + 1
        self._keep(collection_id, index)

    def ready(self, collection_id: int, dimensions: int, generation: int) -> vi.VectorIndex:
        """The index at SQLite's generation: in memory, from its file, or rebuilt (then saved)."""
        with self._guard:
            index = self._indexes.get(collection_id)
        if index is not None and index.generation == generation and index.dimensions == dimensions:
            return index
        index = vi.VectorIndex.load(self._path(collection_id), dimensions, generation)
        if index is None:
            index = self._rebuild(collection_id, dimensions)
            self._save(index)
        self._keep(collection_id, index)
        return index

    def _rebuild(self, collection_id: int, dimensions: int) -> vi.VectorIndex:
        reader = open_reader(self._database)
        try:
            reader.execute("BEGIN")  # one snapshot: the generation and the vectors read agree
            row = reader.execute("SELECT dimensions, vector_generation FROM collections WHERE id=?",
                                 (collection_id,)).fetchone()
            if row is None:
                raise KnowledgeNotFoundError(QT_TR_NOOP("This collection no longer exists (it was deleted)"))
            # No dimensions in the snapshot (another process set another model since): no vectors, an empty index.
            dimensions, generation = int(row[0]) or dimensions, int(row[1])
            count = int(reader.execute("SELECT count(*) FROM chunks WHERE collection_id=? AND vector IS NOT NULL",
                                       (collection_id,)).fetchone()[0])
            cursor = reader.execute("SELECT id, vector FROM chunks WHERE collection_id=? AND vector IS NOT NULL",
                                    (collection_id,))

            def batches() -> Iterator[tuple[vi.Keys, vi.Vectors]]:
                while rows := cursor.fetchmany(REBUILD_BATCH):
                    good = [(int(i), bytes(v)) for i, v in rows if len(v) == 2 * dimensions]
                    yield (np.asarray([i for i, _ in good], dtype=np.uint64),
                           vi.from_blobs([v for _, v in good], dimensions))

            log.info("rebuilding the vector index of knowledge collection %d from the database (%d vectors)",
                     collection_id, count)
            return vi.VectorIndex.build(self._path(collection_id), dimensions, generation, batches(),
                                        graph=count > vi.EXACT_BELOW)
        except sqlite3.Error as exc:
            raise classify(exc, self._database, READING) from exc
        finally:
            reader.close()

    def forget(self, collection_id: int) -> None:
        """The collection's vectors are gone (deleted, or another embedding model): drop its index and files."""
        self._keep(collection_id, None)
        vi.delete_index_files(self._path(collection_id))

    def flush(self) -> None:
        """Save every index that changed since it was loaded or saved."""
        with self._guard:
            collection_ids = list(self._indexes)
        for collection_id in collection_ids:
            with self.lock(collection_id):
                with self._guard:
                    index = self._indexes.get(collection_id)
                if index is not None and index.dirty:
                    self._save(index)

    @staticmethod
    def _save(index: vi.VectorIndex) -> None:
        try:
            index.save()
        except OSError as exc:  # only a cache: the next start rebuilds it
            log.warning("cannot save the vector index %s (it will be rebuilt): %s", index.path, exc)


def _remove_old_temp_files(index_dir: Path) -> None:
    """Temp files of saves that a kill interrupted. Only old ones: another process may be saving right now."""
    cutoff = time.time() - STALE_TEMP_S
    for temp in index_dir.glob(".collection-*.tmp"):
        try:
            if temp.stat().st_mtime < cutoff:
                temp.unlink()
        except OSError as exc:
            log.warning("cannot remove the leftover %s: %s", temp, exc.strerror or exc)
