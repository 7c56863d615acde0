"""The knowledge store's removals of many rows (issue 12): a collection deleted, a collection's vectors dropped for
another embedding model, and the files dropped by a write.

The store has one connection behind one lock, which the GUI thread reads through. Deleting a collection of 40k chunks
in one transaction (the FTS triggers recompute each chunk's normalized text) held that lock for 1.5 s, tens of seconds
at a million chunks. So the two collection-wide removals go in batches of BATCH rows, each one short transaction, the
lock free between them (`Batch`: the store's lock and a transaction, or None once the store is closing). Crash-safe:
the first transaction marks the collection (`deleted`, hidden from every read; `dropping_vectors`, its dimensions
free), and the next open finishes whatever is still marked (`pending`).
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager

from desktop_llm.core.errors import KnowledgeError
from desktop_llm.core.knowledge_types import Collection
from desktop_llm.services.knowledge.knowledge_schema import bump_generation

log = logging.getLogger(__name__)
BATCH = 1000  # chunks per transaction: a few tens of milliseconds with their FTS entries
Batch = Callable[[], AbstractContextManager[sqlite3.Connection | None]]
Change = tuple[int, list[int]]  # as knowledge_vectors.Change


def tombstone(collection_id: int) -> str:
    """The name of a collection being deleted: frees its own (names are unique) and can never be typed."""
    return f"\x00deleted {collection_id}"


def pending(db: sqlite3.Connection) -> tuple[list[int], list[int]]:
    """Collections still marked by a removal a crash or a close cut short: (deleted, dropping their vectors)."""
    rows = db.execute("SELECT id, deleted FROM collections WHERE deleted!=0 OR dropping_vectors!=0").fetchall()
    return [int(i) for i, d in rows if d], [int(i) for i, d in rows if not d]


def purge_collection(batch: Batch, collection_id: int) -> bool:
    """Remove what is left of a collection marked deleted: its chunks (the triggers clear FTS), its files, then its
    row. False when the store began closing first (the next open finishes it)."""
    while True:
        with batch() as db:
            if db is None:
                return False
            for table in ("chunks", "files"):  # chunks first: a file's row would cascade to all of its chunks at once
                if db.execute(f"DELETE FROM {table} WHERE id IN (SELECT id FROM {table} WHERE collection_id=? "
                              "LIMIT ?)", (collection_id, BATCH)).rowcount > 0:
                    break
            else:
                db.execute("DELETE FROM collections WHERE id=? AND deleted!=0", (collection_id,))
                return True


def drop_vectors(batch: Batch, collection_id: int) -> bool:
    """Clear the vectors of a collection marked `dropping_vectors`, walking its chunks by id (each batch starts
    where the last ended: never a rescan of the cleared ones), then unmark it. False when the store began closing
    first. The caller holds the collection's vector lock: no new vector comes in meanwhile."""
    after = 0
    while True:
        with batch() as db:
            if db is None:
                return False
            ids = [int(i) for (i,) in db.execute("SELECT id FROM chunks WHERE collection_id=? AND id>? ORDER BY id "
                                                 "LIMIT ?", (collection_id, after, BATCH))]
            if not ids:
                db.execute("UPDATE collections SET dropping_vectors=0 WHERE id=?", (collection_id,))
                return True
            db.execute("UPDATE chunks SET vector=NULL WHERE id BETWEEN ? AND ? AND collection_id=? AND "
                       "vector IS NOT NULL", (ids[0], ids[-1], collection_id))
            after = ids[-1]


def finish_pending(batch: Batch, lock: Callable[[int], threading.Lock], deleted: list[int],
                   dropping: list[int]) -> threading.Thread | None:
    """Finish, on a thread of its own, the removals a crash or a close cut short (None: there are none). `lock`: a
    collection's vector lock (held while its vectors are dropped)."""
    if not deleted and not dropping:
        return None

    def finish() -> None:
        try:
            for collection_id in deleted:
                purge_collection(batch, collection_id)
            for collection_id in dropping:
                with lock(collection_id):
                    drop_vectors(batch, collection_id)
        except KnowledgeError as exc:  # the next open tries again
            log.warning("finishing a removal in the knowledge database failed: %s", exc)

    thread = threading.Thread(target=finish, name="knowledge-finish-removals", daemon=True)
    thread.start()
    return thread


def drop_files(db: sqlite3.Connection, collection: Collection, paths: Sequence[str],
               keep_rows: bool = False) -> Change | None:
    """Delete these files' chunks (the triggers clear FTS), and their rows unless `keep_rows`, in the caller's
    transaction (a write's few files). Returns the generation before and the chunk ids whose vectors went, None
    when no vector went (nothing to bump)."""
    gone: list[int] = []
    for path in paths:
        row = db.execute("SELECT id FROM files WHERE collection_id=? AND path=?", (collection.id, path)).fetchone()
        if row is None:
            continue
        gone.extend(int(i) for (i,) in db.execute(
            "SELECT id FROM chunks WHERE file_id=? AND vector IS NOT NULL", (row[0],)))
        db.execute("DELETE FROM chunks WHERE file_id=?", (row[0],))
        if not keep_rows:
            db.execute("DELETE FROM files WHERE id=?", (row[0],))
    if not gone:
        return None
    before, _ = bump_generation(db, collection.id)
    return before, gone
