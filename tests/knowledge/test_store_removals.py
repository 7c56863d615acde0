"""Deleting a collection and dropping its vectors go in short batches (knowledge_purge.py): the store's lock, which
the GUI thread reads through, is free between them; a collection is hidden from the first batch on, and a removal cut
short (a crash, a close) is finished at the next open, never half-alive."""

from __future__ import annotations

import itertools
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from desktop_llm.core.errors import KnowledgeNotFoundError
from desktop_llm.services.knowledge import knowledge_purge
from desktop_llm.services.knowledge.knowledge_store import KnowledgeStore
from tests.knowledge.test_knowledge_store import chunk, fts_rows, indexed

BATCH = 40
FILES, PER_FILE = 6, 50  # 300 chunks: eight batches of 40


def filled(store: KnowledgeStore, name: str = "Docs", vectors: bool = False) -> int:
    docs = store.create_collection(name, [], "a.gguf")
    for f in range(FILES):
        store.replace_file(docs.id, indexed(f"/{name}/{f}.txt"), [chunk(f"file {f} part {n}") for n in range(PER_FILE)],
                           [[1.0, float(n)] for n in range(PER_FILE)] if vectors else None)
    store.attach(7, [*(c.id for c in store.attached(7)), docs.id])  # every collection attached to chat 7
    return docs.id


def rows(path: Path, collection_id: int) -> tuple[int, int, int, int]:
    """(chunks, vectors, files, the collection's row) as SQLite holds them, read around the store."""
    with sqlite3.connect(path) as db:
        return tuple(int(db.execute(sql, (collection_id,)).fetchone()[0]) for sql in (  # type: ignore[return-value]
            "SELECT count(*) FROM chunks WHERE collection_id=?",
            "SELECT count(*) FROM chunks WHERE collection_id=? AND vector IS NOT NULL",
            "SELECT count(*) FROM files WHERE collection_id=?",
            "SELECT count(*) FROM collections WHERE id=?"))


class Batches:
    """Watches a store's removal batches: what was left as each began, what a reader saw between them (the lock
    free: the reads go through on this very thread), and a close after `stop_after` batches (as the app quitting)."""

    def __init__(self, store: KnowledgeStore, path: Path, collection_id: int, stop_after: int = 0) -> None:
        self.left: list[tuple[int, int, int, int]] = []
        self.listed: list[list[str]] = []
        self._real, self._store = store._batch, store

        @contextmanager
        def watched() -> Iterator[sqlite3.Connection | None]:
            if stop_after and len(self.left) >= stop_after:
                store._closing.set()
            with self._real() as db:
                if db is not None:
                    self.left.append(rows(path, collection_id))
                yield db
            self.listed.append([c.name for c in store.collections()] + [c.name for c in store.attached(7)])

        store._batch = watched  # type: ignore[method-assign]


@pytest.fixture(autouse=True)
def small_batches(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(knowledge_purge, "BATCH", BATCH)


def test_a_collection_is_deleted_in_short_batches_hidden_from_the_first(tmp_path: Path) -> None:
    path = tmp_path / "knowledge.sqlite3"
    store = KnowledgeStore(path)
    try:
        kept, gone = filled(store, "Kept"), filled(store, "Gone")
        batches = Batches(store, path, gone)
        store.delete_collection(gone)
        chunks = [left[0] for left in batches.left]
        assert len(chunks) >= FILES * PER_FILE // BATCH and chunks[0] == FILES * PER_FILE
        assert all(0 <= a - b <= BATCH for a, b in itertools.pairwise(chunks))  # each a short transaction
        assert all(seen == ["Kept", "Kept"] for seen in batches.listed)  # hidden (and detached) from the first
        assert rows(path, gone) == (0, 0, 0, 0) and fts_rows(path, gone) == 0
        assert rows(path, kept) == (FILES * PER_FILE, 0, FILES, 1)
        store.delete_collection(gone)  # gone already: nothing to do
    finally:
        store.close()


def test_a_delete_cut_short_is_finished_at_the_next_open(tmp_path: Path) -> None:
    path = tmp_path / "knowledge.sqlite3"
    store = KnowledgeStore(path)
    gone = filled(store, "Gone")
    Batches(store, path, gone, stop_after=3)
    store.delete_collection(gone)  # the app closes after three batches
    store.close()
    half = rows(path, gone)
    assert 0 < half[0] < FILES * PER_FILE and half[3] == 1  # half deleted, still marked
    store = KnowledgeStore(path)
    try:
        assert store.collections() == [] and store.attached(7) == []  # never half-alive
        with pytest.raises(KnowledgeNotFoundError):
            store.collection("Gone")
        with pytest.raises(KnowledgeNotFoundError):
            store.collection(gone)
        again = store.create_collection("Gone", [])  # its name is free
        assert again.id != gone
        assert store._finisher is not None
        store._finisher.join(60)
        assert rows(path, gone) == (0, 0, 0, 0) and fts_rows(path, gone) == 0
    finally:
        store.close()
    KnowledgeStore(path).close()  # nothing left to finish


def test_a_new_embedding_model_drops_the_vectors_in_batches_finished_after_a_crash(tmp_path: Path) -> None:
    path = tmp_path / "knowledge.sqlite3"
    store = KnowledgeStore(path)
    docs = filled(store, vectors=True)
    batches = Batches(store, path, docs)
    changed = store.set_embedding_model(docs, "b.gguf")
    assert (changed.embedding_model, changed.dimensions) == ("b.gguf", 0)
    vectors = [left[1] for left in batches.left]
    assert len(vectors) >= FILES * PER_FILE // BATCH and vectors[0] == FILES * PER_FILE
    assert all(0 <= a - b <= BATCH for a, b in itertools.pairwise(vectors))
    assert store.vector_count(docs) == 0 and len(store.chunks_without_vectors(docs, 1000)) == FILES * PER_FILE
    store.set_vectors(docs, [i for i, _ in store.chunks_without_vectors(docs, 1000)],
                      [[0.0, 1.0, float(n)] for n in range(FILES * PER_FILE)])  # the new model's dimensions
    Batches(store, path, docs, stop_after=2)
    store.set_embedding_model(docs, "c.gguf")  # closed after two batches
    store.close()
    assert 0 < rows(path, docs)[1] < FILES * PER_FILE
    store = KnowledgeStore(path)
    try:
        assert store._finisher is not None
        store._finisher.join(60)
        assert store.vector_count(docs) == 0 and store.collection(docs).embedding_model == "c.gguf"
        assert store.collection(docs).dimensions == 0 and rows(path, docs)[0] == FILES * PER_FILE
    finally:
        store.close()
    KnowledgeStore(path).close()
