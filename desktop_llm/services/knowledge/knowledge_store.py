"""The knowledge store (issue 12): collections, their files and chunks, BM25 and vector search, attachments.

Any thread. One SQLite connection (check_same_thread=False) behind one lock, like the app's DatabaseTable: every
write is short (one file's chunks in one transaction; deleting a collection or dropping its vectors goes in short
batches, knowledge_purge.py) and SQLite allows one writer anyway, so a connection per thread would buy the GUI thread
nothing but the bookkeeping of closing them. Rebuilding a vector index reads through a second read-only connection.

Vectors: SQLite holds them (float16, unit length) and is the truth; vector_index.VectorIndex is the cache that
makes search fast. Every commit that changes a collection's vectors bumps its `vector_generation`; an index in
memory or on disk at another generation (another process wrote, or we were killed before saving) is rebuilt. The
writes that change vectors and the vector searches of one collection are serialized by that collection's lock, so
the index in memory follows this process's commits exactly.
"""

from __future__ import annotations

import json
import sqlite3
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

from desktop_llm.core.errors import KnowledgeError, KnowledgeNotFoundError
from desktop_llm.core.knowledge_types import ChunkRecord, Collection, FailedFile, IndexedFile, Passage, Place
from desktop_llm.core.ui_text import QT_TR_NOOP
from desktop_llm.services.knowledge import knowledge_purge as purge
from desktop_llm.services.knowledge import vector_index as vi
from desktop_llm.services.knowledge.knowledge_schema import (
    READING,
    SELECT_COLLECTION,
    SELECT_FILE,
    WRITING,
    bump_generation,
    check_free,
    checked_name,
    collection_from_row,
    collection_token,
    covered,
    file_from_row,
    fts_query,
    id_batches,
    marks,
    open_knowledge_database,
    upsert_file,
)
from desktop_llm.services.knowledge.knowledge_vectors import VectorCache
from desktop_llm.services.storage.database import classify, immediate_transaction

INDEX_DIR_NAME = "knowledge-index"
RESCORE_FACTOR, RESCORE_MIN = 4, 40  # candidates from the quantized index, rescored exactly against float16


class KnowledgeStore:
    """See the module docstring. `close()` saves the vector indexes that changed and closes the database."""

    def __init__(self, path: Path, index_dir: Path | None = None) -> None:
        self._path = path
        self._index_dir = index_dir if index_dir is not None else path.parent / INDEX_DIR_NAME
        self._db = open_knowledge_database(path)
        self._lock = threading.Lock()  # the connection
        self._vectors = VectorCache(path, self._index_dir)
        self._closing = threading.Event()  # long removals stop between batches (the next open finishes them)
        with self._lock:
            self._finisher = purge.finish_pending(self._batch, self._vectors.lock, *purge.pending(self._db))

    # Plumbing ----------------------------------------------------------------------------------------------------
    @contextmanager
    def _reading(self, doing: str = READING) -> Iterator[sqlite3.Connection]:
        with self._lock:
            try:
                yield self._db
            except sqlite3.Error as exc:
                raise classify(exc, self._path, doing) from exc

    @contextmanager
    def _writing(self, doing: str = WRITING) -> Iterator[sqlite3.Connection]:
        with self._lock, immediate_transaction(self._db, self._path, doing) as db:
            yield db

    @contextmanager
    def _batch(self) -> Iterator[sqlite3.Connection | None]:
        """One short transaction of a long removal; None once the store is closing."""
        with self._lock:
            if self._closing.is_set():
                yield None
                return
            with immediate_transaction(self._db, self._path, WRITING) as db:
                yield db

    def _row(self, db: sqlite3.Connection, collection_id: int) -> Collection:
        row = db.execute(f"{SELECT_COLLECTION} WHERE id=? AND deleted=0", (collection_id,)).fetchone()
        if row is None:
            raise KnowledgeNotFoundError(QT_TR_NOOP("This collection no longer exists (it was deleted)"))
        return collection_from_row(row)

    def close(self) -> None:
        self._closing.set()
        if self._finisher is not None:
            self._finisher.join()  # at most one batch
        self.flush()
        with self._lock:
            self._db.close()

    def flush(self) -> None:
        """Save every vector index that changed since it was loaded or saved (the indexer may call this at the end
        of a run; close() does). A failure is logged: the next start rebuilds that index from SQLite."""
        self._vectors.flush()

    # Collections -------------------------------------------------------------------------------------------------
    def create_collection(self, name: str, sources: Sequence[str], embedding_model: str = "",
                          conversation_id: int = 0) -> Collection:
        """`conversation_id`: a chat's own collection (the files dropped into it), left out of collections()."""
        name = checked_name(name)
        with self._writing() as db:
            check_free(db, name, None)
            cursor = db.execute(
                "INSERT INTO collections (name, sources, embedding_model, created_at, conversation_id) "
                "VALUES (?, ?, ?, ?, ?)",
                (name, json.dumps(list(dict.fromkeys(sources))), embedding_model, time.time(), conversation_id),
            )
            return self._row(db, int(cursor.lastrowid or 0))

    def collections(self, chats: bool = False) -> list[Collection]:
        """The user's collections by name; with `chats`, the chats' own collections too."""
        where = " WHERE deleted=0" if chats else " WHERE deleted=0 AND conversation_id=0"
        with self._reading() as db:
            return [collection_from_row(row) for row in db.execute(f"{SELECT_COLLECTION}{where} ORDER BY name")]

    def collection(self, name_or_id: str | int) -> Collection:
        with self._reading() as db:
            if isinstance(name_or_id, int):
                return self._row(db, name_or_id)
            row = db.execute(f"{SELECT_COLLECTION} WHERE name=? AND deleted=0", (name_or_id.strip(),)).fetchone()
        if row is None:
            raise KnowledgeNotFoundError(QT_TR_NOOP("There is no collection named “{name}”"), name=name_or_id)
        return collection_from_row(row)

    def rename_collection(self, collection_id: int, name: str) -> Collection:
        name = checked_name(name)
        with self._writing() as db:
            self._row(db, collection_id)
            check_free(db, name, collection_id)
            db.execute("UPDATE collections SET name=? WHERE id=?", (name, collection_id))
            return self._row(db, collection_id)

    def add_sources(self, collection_id: int, sources: Sequence[str]) -> Collection:
        with self._writing() as db:
            own = self._row(db, collection_id).sources
            merged = list(dict.fromkeys([*own, *sources]))
            db.execute("UPDATE collections SET sources=? WHERE id=?", (json.dumps(merged), collection_id))
            return self._row(db, collection_id)

    def remove_sources(self, collection_id: int, sources: Sequence[str]) -> Collection:
        """Drop these sources, and the files that only they covered (a file still inside another source stays)."""
        with self._vectors.lock(collection_id):
            with self._writing() as db:
                collection = self._row(db, collection_id)
                kept = [s for s in collection.sources if s not in sources]
                paths = [str(p) for (p,) in db.execute("SELECT path FROM files WHERE collection_id=?",
                                                       (collection_id,))]
                going = [p for p in paths if covered(p, sources) and not covered(p, kept)]
                change = purge.drop_files(db, collection, going)
                db.execute("UPDATE collections SET sources=? WHERE id=?", (json.dumps(kept), collection_id))
                result = self._row(db, collection_id)
            self._vectors.apply(collection_id, collection.dimensions, change)
            return result

    def delete_collection(self, collection_id: int) -> None:
        """Delete the collection with its files, chunks, vectors, index file and attachments (none: nothing to do):
        marked deleted at once (gone from every read), its rows then removed in short batches."""
        with self._vectors.lock(collection_id):
            with self._writing() as db:
                if not db.execute("UPDATE collections SET deleted=1, name=? WHERE id=? AND deleted=0",
                                  (purge.tombstone(collection_id), collection_id)).rowcount:
                    return
                db.execute("DELETE FROM attachments WHERE collection_id=?", (collection_id,))
            self._vectors.forget(collection_id)
        purge.purge_collection(self._batch, collection_id)

    def set_embedding_model(self, collection_id: int, model: str) -> Collection:
        """Use another embedding model: every vector of the collection goes (the next index run embeds its chunks
        again) and the dimensions are free again. The same model again changes nothing. The vectors are cleared in
        short batches after the model is recorded (the collection marked until the last batch)."""
        with self._vectors.lock(collection_id):
            with self._writing() as db:
                collection = self._row(db, collection_id)
                if collection.embedding_model == model:
                    return collection
                db.execute("UPDATE collections SET embedding_model=?, dimensions=0, dropping_vectors=1, "
                           "vector_generation=vector_generation+1 WHERE id=?", (model, collection_id))
                result = self._row(db, collection_id)
            self._vectors.forget(collection_id)
            purge.drop_vectors(self._batch, collection_id)
            return result

    # Files -------------------------------------------------------------------------------------------------------
    def files(self, collection_id: int) -> dict[str, IndexedFile]:
        with self._reading() as db:
            return {str(row[0]): file_from_row(row) for row in db.execute(SELECT_FILE, (collection_id,)).fetchall()}

    def replace_file(self, collection_id: int, file: IndexedFile, chunks: Sequence[ChunkRecord],
                     vectors: Sequence[Sequence[float]] | None) -> None:
        """In one transaction: the file's old chunks go (with their FTS entries and vectors), the new ones and the
        file's row (status "indexed", with its note if it has one) come. `vectors`: one per chunk, or None to
        embed later (set_vectors)."""
        with self._vectors.lock(collection_id):
            with self._writing() as db:
                collection = self._row(db, collection_id)
                matrix = None
                if vectors is not None and chunks:
                    if len(vectors) != len(chunks):
                        raise KnowledgeError(QT_TR_NOOP("{vectors} vectors were given for {chunks} chunks"),
                                             vectors=len(vectors), chunks=len(chunks))
                    matrix = self._checked_vectors(db, collection, vectors)
                change = purge.drop_files(db, collection, [file.path], keep_rows=True)
                file_id = upsert_file(db, collection_id, replace(file, status="indexed", chunks=len(chunks)))
                db.executemany(
                    "INSERT INTO chunks (file_id, collection_id, ordinal, text, page, heading, start_char, end_char, "
                    "tokens, vector) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [(file_id, collection_id, n, c.text, c.place.page, json.dumps(list(c.place.heading)), c.place.start,
                      c.place.end, c.tokens, None if matrix is None else vi.to_blob(matrix[n]))
                     for n, c in enumerate(chunks)])
                added = [int(i) for (i,) in db.execute("SELECT id FROM chunks WHERE file_id=? ORDER BY ordinal",
                                                       (file_id,))]
                if matrix is not None:
                    change = change or bump_generation(db, collection_id)
            dimensions = collection.dimensions if matrix is None else matrix.shape[1]
            self._vectors.apply(collection_id, dimensions, change, added, matrix, not collection.dimensions)

    def touch_file(self, collection_id: int, path: str, size: int, mtime_ns: int) -> None:
        """The file changed its size or mtime but not its content (same hash): remember them, keep its chunks."""
        with self._writing() as db:
            db.execute("UPDATE files SET size=?, mtime_ns=? WHERE collection_id=? AND path=?",
                       (size, mtime_ns, collection_id, path))

    def record_failure(self, collection_id: int, path: str, size: int, mtime_ns: int,
                       reason: str | FailedFile) -> None:
        """The file could not be read: its old chunks go (they no longer say what the file says) and the reason is
        kept for the list of files that failed (a FailedFile: with its template, shown translated). Size and mtime
        let the next run skip it until it changes."""
        failure = reason if isinstance(reason, FailedFile) else FailedFile(path, reason)
        row = IndexedFile(path, size, mtime_ns, "", "failed", failure.reason, 0, failure.template, failure.fields)
        with self._vectors.lock(collection_id):
            with self._writing() as db:
                collection = self._row(db, collection_id)
                change = purge.drop_files(db, collection, [path], keep_rows=True)
                upsert_file(db, collection_id, row)
            self._vectors.apply(collection_id, collection.dimensions, change)

    def remove_file(self, collection_id: int, path: str) -> None:
        with self._vectors.lock(collection_id):
            with self._writing() as db:
                collection = self._row(db, collection_id)
                change = purge.drop_files(db, collection, [path])
            self._vectors.apply(collection_id, collection.dimensions, change)

    # Vectors -----------------------------------------------------------------------------------------------------
    def _checked_vectors(self, db: sqlite3.Connection, collection: Collection,
                         vectors: Sequence[Sequence[float]]) -> vi.Vectors:
        """Unit vectors of the collection's dimensions; the first vectors of a collection fix them."""
        matrix = vi.unit_vectors(vectors, collection.dimensions)
        if not collection.dimensions:
            db.execute("UPDATE collections SET dimensions=? WHERE id=?", (matrix.shape[1], collection.id))
        return matrix

    def chunks_without_vectors(self, collection_id: int, limit: int) -> list[tuple[int, str]]:
        with self._reading() as db:
            return [(int(i), str(t)) for i, t in db.execute(
                "SELECT id, text FROM chunks WHERE collection_id=? AND vector IS NULL ORDER BY id LIMIT ?",
                (collection_id, limit))]

    def vector_count(self, collection_id: int) -> int:
        """How many chunks have a vector (of all the collection's chunks: stats())."""
        with self._reading() as db:
            return int(db.execute("SELECT count(*) FROM chunks WHERE collection_id=? AND vector IS NOT NULL",
                                  (collection_id,)).fetchone()[0])

    def set_vectors(self, collection_id: int, chunk_ids: Sequence[int], vectors: Sequence[Sequence[float]]) -> None:
        """Store these chunks' vectors (replacing any). Ids of chunks that are gone meanwhile (their file was
        indexed again) are skipped."""
        if len(chunk_ids) != len(vectors):
            raise KnowledgeError(QT_TR_NOOP("{vectors} vectors were given for {chunks} chunks"),
                                 vectors=len(vectors), chunks=len(chunk_ids))
        if not chunk_ids:
            return
        with self._vectors.lock(collection_id):
            with self._writing() as db:
                collection = self._row(db, collection_id)
                matrix = self._checked_vectors(db, collection, vectors)
                had: dict[int, bool] = {}
                for batch in id_batches(chunk_ids):
                    had.update((int(i), bool(v)) for i, v in db.execute(
                        f"SELECT id, vector IS NOT NULL FROM chunks WHERE collection_id=? AND id IN ({marks(len(batch))})",
                        (collection_id, *batch)))
                rows = [(n, int(i)) for n, i in enumerate(chunk_ids) if int(i) in had]
                db.executemany("UPDATE chunks SET vector=? WHERE id=?", [(vi.to_blob(matrix[n]), i) for n, i in rows])
                before, _ = bump_generation(db, collection_id)
            kept = matrix[[n for n, _ in rows]]
            self._vectors.apply(collection_id, matrix.shape[1], (before, [i for i, v in had.items() if v]),
                                [i for _, i in rows], kept, not collection.dimensions)

    def search_vectors(self, collection_id: int, vector: Sequence[float], k: int) -> list[tuple[int, float]]:
        """The k chunks nearest to `vector` with their cosine similarity, best first. Candidates come from the
        quantized index, then are rescored exactly against SQLite's float16 vectors (read by id, never scanned)."""
        with self._vectors.lock(collection_id):
            with self._reading() as db:
                row = db.execute("SELECT dimensions, vector_generation FROM collections WHERE id=? AND deleted=0",
                                 (collection_id,)).fetchone()
            if row is None:
                raise KnowledgeNotFoundError(QT_TR_NOOP("This collection no longer exists (it was deleted)"))
            dimensions, generation = int(row[0]), int(row[1])
            if not dimensions or k <= 0:
                return []
            query = vi.unit_vectors([vector], dimensions)
            index = self._vectors.ready(collection_id, dimensions, generation)
            if index.dimensions != dimensions:
                return []
            candidates = index.search(query[0], max(k * RESCORE_FACTOR, RESCORE_MIN))
        found: dict[int, bytes] = {}
        with self._reading() as db:
            for batch in id_batches(candidates):
                found.update((int(i), bytes(v)) for i, v in db.execute(
                    f"SELECT id, vector FROM chunks WHERE id IN ({marks(len(batch))}) AND vector IS NOT NULL", batch))
        return vi.rescored(query[0], found, dimensions, k)

    # Search and passages ------------------------------------------------------------------------------------------
    def search_bm25(self, collection_id: int, query: str, k: int) -> list[tuple[int, float]]:
        """The k chunks that best match the words of `query` (any text: FTS5 syntax in it is taken as words), with
        their BM25 score (higher is better), best first."""
        terms = fts_query(query)
        if not terms or k <= 0:
            return []
        expression = f'coll : "{collection_token(collection_id)}" AND ({terms})'
        with self._reading(QT_TR_NOOP("keyword search failed")) as db:
            rows = db.execute(
                "SELECT rowid, bm25(chunks_fts, 1.0, 0.0) AS rank FROM chunks_fts WHERE chunks_fts MATCH ? "
                "ORDER BY rank LIMIT ?", (expression, k)).fetchall()
        return [(int(i), -float(rank)) for i, rank in rows]

    def passages(self, chunk_ids: Sequence[int]) -> dict[int, Passage]:
        """The chunks' text and place (score fields empty: the retriever fills them); ids that are gone are left out."""
        found: dict[int, Passage] = {}
        with self._reading() as db:
            for batch in id_batches(chunk_ids):
                for cid, text, page, heading, start, end, path, name in db.execute(
                        "SELECT c.id, c.text, c.page, c.heading, c.start_char, c.end_char, f.path, k.name "
                        "FROM chunks c JOIN files f ON f.id = c.file_id JOIN collections k ON k.id = c.collection_id "
                        f"WHERE c.id IN ({marks(len(batch))})", batch):
                    place = Place(page, tuple(json.loads(heading)), int(start), int(end))
                    found[int(cid)] = Passage(int(cid), str(name), str(path), str(text), place, 0.0)
        return found

    def neighbours(self, chunk_id: int, before: int = 1, after: int = 1) -> list[Passage]:
        """The chunk with up to `before` and `after` chunks around it in its file, in order ([]: the chunk is gone)."""
        with self._reading() as db:
            ids = [int(i) for (i,) in db.execute("SELECT n.id FROM chunks n, chunks c WHERE c.id=? AND n.file_id=c.file_id AND"
                " n.ordinal BETWEEN c.ordinal-? AND c.ordinal+? ORDER BY n.ordinal", (chunk_id, max(before, 0), max(after, 0)))]
        return [p for p in map(self.passages(ids).get, ids) if p is not None]

    def stats(self, collection_id: int) -> tuple[int, int, int]:
        """Files indexed, files that failed, chunks."""
        with self._reading() as db:
            row = db.execute(
                "SELECT coalesce(sum(status='indexed'), 0), coalesce(sum(status='failed'), 0), "
                "coalesce(sum(chunks), 0) FROM files WHERE collection_id=?", (collection_id,)).fetchone()
        return int(row[0]), int(row[1]), int(row[2])

    # A conversation's collections -----------------------------------------------------------------------------
    def attach(self, conversation_id: int, collection_ids: Sequence[int], only_documents: bool = False) -> None:
        """The conversation's collections become exactly these (ids that are gone are skipped)."""
        with self._writing() as db:
            db.execute("DELETE FROM attachments WHERE conversation_id=?", (conversation_id,))
            db.executemany("INSERT OR IGNORE INTO attachments (conversation_id, collection_id) "
                           "SELECT ?, id FROM collections WHERE id=? AND deleted=0",
                           [(conversation_id, c) for c in collection_ids])
            db.execute("INSERT INTO conversation_options (conversation_id, only_documents) VALUES (?, ?) "
                       "ON CONFLICT(conversation_id) DO UPDATE SET only_documents=excluded.only_documents",
                       (conversation_id, int(only_documents)))

    def attached(self, conversation_id: int) -> list[Collection]:
        with self._reading() as db:
            return [collection_from_row(row) for row in db.execute(
                f"{SELECT_COLLECTION} WHERE deleted=0 AND id IN (SELECT collection_id FROM attachments WHERE "
                "conversation_id=?) "
                "ORDER BY name", (conversation_id,))]

    def only_documents(self, conversation_id: int) -> bool:
        with self._reading() as db:
            row = db.execute("SELECT only_documents FROM conversation_options WHERE conversation_id=?",
                             (conversation_id,)).fetchone()
        return bool(row and row[0])

    def forget_conversation(self, conversation_id: int) -> None:
        """The conversation was deleted: its attachments and options go."""
        with self._writing() as db:
            db.execute("DELETE FROM attachments WHERE conversation_id=?", (conversation_id,))
            db.execute("DELETE FROM conversation_options WHERE conversation_id=?", (conversation_id,))
