"""The knowledge store (issue 12, K1) on a real SQLite file: collections, files, BM25 (English, Chinese, Japanese,
hostile query syntax), vectors, attachments, threads, and a writer killed in the middle of its transactions."""

from __future__ import annotations

import itertools
import os
import signal
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path

import numpy as np
import pytest

from desktop_llm.core.errors import KnowledgeError, KnowledgeNotFoundError
from desktop_llm.core.knowledge_types import ChunkRecord, IndexedFile, Place
from desktop_llm.services.knowledge.knowledge_store import KnowledgeStore
from desktop_llm.services.storage.database import DatabaseCorruptError, DatabaseTooNewError

REPO = Path(__file__).resolve().parents[2]


def chunk(text: str, page: int | None = None, heading: tuple[str, ...] = ()) -> ChunkRecord:
    return ChunkRecord(text, Place(page, heading, 0, len(text)), len(text.split()))


def indexed(path: str, size: int = 10, mtime_ns: int = 1, sha: str = "h") -> IndexedFile:
    return IndexedFile(path, size, mtime_ns, sha, "indexed")


@pytest.fixture
def store(tmp_path: Path) -> Iterator[KnowledgeStore]:
    opened = KnowledgeStore(tmp_path / "knowledge.sqlite3")
    yield opened
    opened.close()


def fts_rows(path: Path, collection_id: int) -> int:
    """What the FTS index holds for a collection, read around the store."""
    with sqlite3.connect(path) as db:
        return int(db.execute("SELECT count(*) FROM chunks_fts WHERE chunks_fts MATCH ?",
                              (f'coll : "c{collection_id}"',)).fetchone()[0])


# Collections ---------------------------------------------------------------------------------------------------
def test_collections_are_created_listed_renamed_and_deleted(store: KnowledgeStore) -> None:
    docs = store.create_collection("Docs", ["/home/me/docs", "/home/me/docs", "/home/me/a.pdf"], "model.gguf")
    assert docs.sources == ("/home/me/docs", "/home/me/a.pdf")  # duplicates dropped, order kept
    assert (docs.embedding_model, docs.dimensions) == ("model.gguf", 0)
    other = store.create_collection("  Other  ", [])
    assert other.name == "Other"
    assert [c.name for c in store.collections()] == ["Docs", "Other"]
    assert store.collection("docs") == docs == store.collection(docs.id)
    assert store.rename_collection(other.id, "Notes").name == "Notes"
    assert store.rename_collection(other.id, "NOTES").name == "NOTES"  # its own name in other case is fine
    store.delete_collection(docs.id)
    store.delete_collection(docs.id)  # gone already: nothing to do
    assert [c.name for c in store.collections()] == ["NOTES"]
    with pytest.raises(KnowledgeNotFoundError):
        store.collection(docs.id)
    with pytest.raises(KnowledgeNotFoundError, match="Docs"):
        store.collection("Docs")


def test_names_must_be_free_and_non_empty(store: KnowledgeStore) -> None:
    docs = store.create_collection("Docs", [])
    other = store.create_collection("Other", [])
    for taken in ("Docs", "docs", " DOCS "):
        with pytest.raises(KnowledgeError, match="exists already"):
            store.create_collection(taken, [])
    with pytest.raises(KnowledgeError, match="exists already") as raised:
        store.rename_collection(other.id, "docs")
    assert raised.value.fields == {"name": "docs"}  # a template with fields: the UI translates it
    with pytest.raises(KnowledgeError, match="needs a name"):
        store.create_collection("   ", [])
    with pytest.raises(KnowledgeNotFoundError):
        store.rename_collection(999, "New")
    assert [c.name for c in store.collections()] == ["Docs", "Other"] and docs.id != other.id


def test_sources_added_and_removed_take_only_their_own_files(store: KnowledgeStore) -> None:
    docs = store.create_collection("Docs", ["/d/a"])
    docs = store.add_sources(docs.id, ["/d/b", "/d/a", "/d/b/inner"])
    assert docs.sources == ("/d/a", "/d/b", "/d/b/inner")
    for path in ("/d/a/x.txt", "/d/b/y.txt", "/d/b/inner/z.txt", "/d/ab.txt"):
        store.replace_file(docs.id, indexed(path), [chunk(f"text of {path}")], None)
    assert store.remove_sources(docs.id, ["/d/b/inner"]).sources == ("/d/a", "/d/b")
    assert set(store.files(docs.id)) == {"/d/a/x.txt", "/d/b/y.txt", "/d/b/inner/z.txt", "/d/ab.txt"}  # still in /d/b
    store.remove_sources(docs.id, ["/d/a", "/d/b"])
    assert set(store.files(docs.id)) == {"/d/ab.txt"}  # "/d/a" is no prefix of "/d/ab.txt"
    assert store.stats(docs.id) == (1, 0, 1)


# Files ---------------------------------------------------------------------------------------------------------
def test_replace_touch_fail_and_remove_a_file(store: KnowledgeStore, tmp_path: Path) -> None:
    docs = store.create_collection("Docs", ["/d"])
    store.replace_file(docs.id, indexed("/d/a.md", sha="one"),
                       [chunk("alpha first", 1, ("Intro",)), chunk("alpha second", 2, ("Intro", "Part"))], None)
    store.replace_file(docs.id, indexed("/d/b.md"), [chunk("beta")], None)
    assert store.stats(docs.id) == (2, 0, 3)
    ids = [i for i, _ in store.search_bm25(docs.id, "alpha", 5)]
    passages = store.passages(ids)
    assert {p.text for p in passages.values()} == {"alpha first", "alpha second"}
    second = next(p for p in passages.values() if p.text == "alpha second")
    assert (second.collection, second.path, second.place.page, second.place.heading) == ("Docs", "/d/a.md", 2,
                                                                                         ("Intro", "Part"))
    store.replace_file(docs.id, indexed("/d/a.md", 20, 2, "two"), [chunk("gamma only")], None)
    assert store.search_bm25(docs.id, "alpha", 5) == [] and store.passages(ids) == {}
    assert store.files(docs.id)["/d/a.md"] == IndexedFile("/d/a.md", 20, 2, "two", "indexed", "", 1)
    store.touch_file(docs.id, "/d/a.md", 21, 3)
    assert store.files(docs.id)["/d/a.md"] == IndexedFile("/d/a.md", 21, 3, "two", "indexed", "", 1)
    store.record_failure(docs.id, "/d/a.md", 22, 4, "encrypted PDF")
    assert store.files(docs.id)["/d/a.md"] == IndexedFile("/d/a.md", 22, 4, "", "failed", "encrypted PDF", 0)
    assert store.search_bm25(docs.id, "gamma", 5) == []  # a file that cannot be read no longer answers
    store.record_failure(docs.id, "/d/c.pdf", 5, 5, "scanned, no text")
    assert store.stats(docs.id) == (1, 2, 1)
    store.remove_file(docs.id, "/d/b.md")
    store.remove_file(docs.id, "/d/never.md")
    assert set(store.files(docs.id)) == {"/d/a.md", "/d/c.pdf"}
    assert store.stats(docs.id) == (0, 2, 0)
    assert fts_rows(tmp_path / "knowledge.sqlite3", docs.id) == 0


def test_a_file_of_another_collection_is_another_file(store: KnowledgeStore) -> None:
    one, two = store.create_collection("One", ["/d"]), store.create_collection("Two", ["/d"])
    store.replace_file(one.id, indexed("/d/a.txt"), [chunk("shared words here")], [[1.0, 0.0]])
    store.replace_file(two.id, indexed("/d/a.txt"), [chunk("shared words here")], [[1.0, 0.0, 0.0]])
    assert len(store.search_bm25(one.id, "shared", 5)) == len(store.search_bm25(two.id, "shared", 5)) == 1
    assert store.search_bm25(one.id, "shared", 5) != store.search_bm25(two.id, "shared", 5)
    store.delete_collection(two.id)
    assert len(store.search_bm25(one.id, "shared", 5)) == 1
    assert len(store.search_vectors(one.id, [1.0, 0.0], 5)) == 1


# BM25 ----------------------------------------------------------------------------------------------------------
def bm25_texts(store: KnowledgeStore, collection_id: int, query: str, k: int = 5) -> list[str]:
    hits = store.search_bm25(collection_id, query, k)
    assert all(a[1] >= b[1] for a, b in itertools.pairwise(hits))  # higher is better, best first
    found = store.passages([i for i, _ in hits])
    return [found[i].text for i, _ in hits]


def test_bm25_ranks_english(store: KnowledgeStore) -> None:
    docs = store.create_collection("Docs", [])
    texts = ["The quarterly revenue grew by ten percent.", "Bananas are yellow and sweet.",
             "Revenue, revenue, revenue: the revenue report in full.", "Un café crème, s'il vous plaît."]
    store.replace_file(docs.id, indexed("/a.txt"), [chunk(t) for t in texts], None)
    assert bm25_texts(store, docs.id, "revenue")[:2] == [texts[2], texts[0]]
    assert bm25_texts(store, docs.id, "What do you know about bananas?") == [texts[1]]  # any word, not every word
    assert bm25_texts(store, docs.id, "CAFE creme") == [texts[3]]  # case and accents folded
    assert bm25_texts(store, docs.id, "revenue", k=1) == [texts[2]]
    assert store.search_bm25(docs.id, "nothing matches this", 5) == []


def test_bm25_ranks_chinese_and_japanese(store: KnowledgeStore) -> None:
    docs = store.create_collection("文档", [])
    texts = ["机器学习是人工智能的一个分支，它让计算机从数据中学习。", "今天天气很好，我们去公园散步吧。",
             "深度学习使用多层神经网络来提取特征。", "東京は日本の首都です。", "私は猫が大好きです。",
             "We use Python for 机器学习 experiments."]
    store.replace_file(docs.id, indexed("/zh.txt"), [chunk(t) for t in texts], None)
    assert set(bm25_texts(store, docs.id, "机器学习")[:2]) == {texts[0], texts[5]}  # the shorter one first
    assert bm25_texts(store, docs.id, "今天天气怎么样？")[0] == texts[1]
    assert bm25_texts(store, docs.id, "什么是神经网络")[0] == texts[2]
    assert bm25_texts(store, docs.id, "日本の首都はどこですか")[0] == texts[3]
    assert bm25_texts(store, docs.id, "猫")[0] == texts[4]  # one character alone is a term too
    assert bm25_texts(store, docs.id, "用Python做机器学习")[0] == texts[5]
    assert store.collection("文档").name == "文档"


@pytest.mark.parametrize("query", ['C++ "foo', "AND OR (", '"', "*", "NEAR(a b)", "body:revenue", "coll:c1",
                                   "^start", "a OR", ")", "'", "\\", "", "   ", "😀", "-foo", "foo*", "\x00",
                                   '"机器" AND (学习', "a" * 5000, " ".join(["word"] * 500)])
def test_hostile_query_syntax_is_just_words(store: KnowledgeStore, query: str) -> None:
    docs = store.create_collection("Docs", [])
    store.replace_file(docs.id, indexed("/a.txt"), [chunk("foo bar C++ coll body revenue start 机器学习 word")], None)
    assert isinstance(store.search_bm25(docs.id, query, 5), list)


def test_bm25_finds_c_plus_plus_and_quoted_words(store: KnowledgeStore) -> None:
    docs = store.create_collection("Docs", [])
    store.replace_file(docs.id, indexed("/a.txt"), [chunk("Templates in C++ are powerful"), chunk("nothing")], None)
    assert bm25_texts(store, docs.id, 'C++ "templates') == ["Templates in C++ are powerful"]


# Vectors -------------------------------------------------------------------------------------------------------
def test_vector_search_orders_by_cosine(store: KnowledgeStore) -> None:
    docs = store.create_collection("Docs", [], "model.gguf")
    texts = ["east", "north-east", "north", "west"]
    vectors = [[1.0, 0.0, 0.0], [1.0, 1.0, 0.0], [0.0, 2.0, 0.0], [-1.0, 0.0, 0.0]]
    store.replace_file(docs.id, indexed("/a.txt"), [chunk(t) for t in texts], vectors)
    assert store.collection(docs.id).dimensions == 3
    hits = store.search_vectors(docs.id, [2.0, 0.2, 0.0], 4)
    found = store.passages([i for i, _ in hits])
    assert [found[i].text for i, _ in hits] == ["east", "north-east", "north", "west"]
    query = np.array([2.0, 0.2, 0.0]) / np.linalg.norm([2.0, 0.2, 0.0])
    exact = [float(query @ (np.array(v) / np.linalg.norm(v))) for v in vectors]
    assert [s for _, s in hits] == pytest.approx(exact, abs=2e-3)  # cosine (float16 exact), not a distance
    assert len(store.search_vectors(docs.id, [0.0, 1.0, 0.0], 2)) == 2
    with pytest.raises(KnowledgeError, match="3"):
        store.search_vectors(docs.id, [1.0, 0.0], 2)


def test_vectors_of_other_dimensions_or_not_numbers_are_refused(store: KnowledgeStore) -> None:
    docs = store.create_collection("Docs", [])
    store.replace_file(docs.id, indexed("/a.txt"), [chunk("one")], [[1.0, 0.0]])
    bad_vectors: list[list[object]] = [[1.0, 0.0, 0.0], [float("nan"), 1.0], ["x", 1.0], []]
    for bad in bad_vectors:
        with pytest.raises(KnowledgeError):
            store.replace_file(docs.id, indexed("/b.txt"), [chunk("two")], [bad])  # type: ignore[list-item]
    with pytest.raises(KnowledgeError, match="2 vectors were given for 1 chunks"):
        store.replace_file(docs.id, indexed("/b.txt"), [chunk("two")], [[1.0, 0.0], [0.0, 1.0]])
    assert set(store.files(docs.id)) == {"/a.txt"}  # nothing of a refused file was written
    ids = [i for i, _ in store.chunks_without_vectors(docs.id, 10)]
    assert ids == []
    with pytest.raises(KnowledgeError):
        store.set_vectors(docs.id, [1], [[1.0, 0.0, 0.0]])


def test_chunks_are_embedded_later_and_a_new_model_drops_every_vector(store: KnowledgeStore,
                                                                         tmp_path: Path) -> None:
    docs = store.create_collection("Docs", [], "a.gguf")
    store.replace_file(docs.id, indexed("/a.txt"), [chunk(f"chunk {n}") for n in range(5)], None)
    waiting = store.chunks_without_vectors(docs.id, 3)
    assert [t for _, t in waiting] == ["chunk 0", "chunk 1", "chunk 2"]
    store.set_vectors(docs.id, [i for i, _ in waiting], [[1.0, n, 0.0, 0.0] for n in range(3)])
    rest = store.chunks_without_vectors(docs.id, 10)
    store.set_vectors(docs.id, [i for i, _ in rest] + [10_000], [[0.0, 0.0, 1.0, n] for n in range(3)])  # one gone
    assert store.chunks_without_vectors(docs.id, 10) == [] and store.vector_count(docs.id) == 5
    assert store.search_vectors(docs.id, [1.0, 0.0, 0.0, 0.0], 1)[0][0] == waiting[0][0]
    store.flush()
    assert (tmp_path / "knowledge-index" / f"collection-{docs.id}.i8").exists()  # small: a flat matrix (K11)

    changed = store.set_embedding_model(docs.id, "b.gguf")
    assert (changed.embedding_model, changed.dimensions) == ("b.gguf", 0)
    assert store.vector_count(docs.id) == 0 and len(store.chunks_without_vectors(docs.id, 10)) == 5
    assert not (tmp_path / "knowledge-index" / f"collection-{docs.id}.i8").exists()
    assert store.search_vectors(docs.id, [1.0, 0.0], 3) == []
    all_ids = [i for i, _ in store.chunks_without_vectors(docs.id, 10)]
    store.set_vectors(docs.id, all_ids, [[float(n), 1.0] for n in range(5)])  # other dimensions are fine now
    assert store.collection(docs.id).dimensions == 2
    assert store.search_vectors(docs.id, [4.0, 1.0], 1)[0][0] == all_ids[4]
    assert store.set_embedding_model(docs.id, "b.gguf").dimensions == 2  # the same model: nothing dropped


def test_the_index_file_is_rebuilt_when_deleted_damaged_or_stale(tmp_path: Path) -> None:
    path = tmp_path / "knowledge.sqlite3"
    rng = np.random.default_rng(1)
    vectors = rng.standard_normal((300, 16)).tolist()
    first = KnowledgeStore(path)
    docs = first.create_collection("Docs", [])
    first.replace_file(docs.id, indexed("/a.txt"), [chunk(f"c{n}") for n in range(300)], vectors)
    ids = [i for i, _ in first.search_bm25(docs.id, "c0", 1)]
    first.close()
    index_file = tmp_path / "knowledge-index" / f"collection-{docs.id}.i8"  # 300 vectors: a flat matrix (K11)
    for damage in ("delete", "garbage", "stale"):
        if damage == "delete":
            index_file.unlink()
        elif damage == "garbage":
            index_file.write_bytes(b"not an index" * 100)
        reopened = KnowledgeStore(path)
        if damage == "stale":  # another process writes after this one loaded its index
            assert reopened.search_vectors(docs.id, vectors[0], 1)[0][0] == ids[0]
            other = KnowledgeStore(path)
            other.replace_file(docs.id, indexed("/b.txt"), [chunk("newcomer")], [[1.0] * 16])
            other.close()
            newcomer = reopened.search_bm25(docs.id, "newcomer", 1)[0][0]
            assert reopened.search_vectors(docs.id, [1.0] * 16, 1)[0][0] == newcomer
        assert reopened.search_vectors(docs.id, vectors[0], 1)[0][0] == ids[0]
        reopened.close()
        assert index_file.stat().st_size > 1000


# Kill and resume -----------------------------------------------------------------------------------------------
WRITER = """
import sys
import numpy as np
from pathlib import Path
from desktop_llm.core.knowledge_types import ChunkRecord, IndexedFile, Place
from desktop_llm.services.knowledge.knowledge_store import KnowledgeStore

store = KnowledgeStore(Path(sys.argv[1]))
try:
    docs = store.collection("Docs")
except Exception:
    docs = store.create_collection("Docs", ["/docs"])
rng = np.random.default_rng(int(sys.argv[2]))
for n in range(100_000):
    count = int(rng.integers(5, 60))
    path = f"/docs/{n % 25}.txt"
    chunks = [ChunkRecord(f"file{n % 25} round{n} part{c} words", Place(None, (), 0, 9), 4) for c in range(count)]
    vectors = None if n % 7 == 0 else rng.standard_normal((count, 16)).tolist()
    store.replace_file(docs.id, IndexedFile(path, n, n, str(n), "indexed"), chunks, vectors)
    if n % 5 == 0:
        store.remove_file(docs.id, f"/docs/{(n + 3) % 25}.txt")
    print(n, flush=True)
"""


def check_consistent(path: Path) -> None:
    """Every file's chunks are exactly its row's count, FTS and the vector index hold exactly the chunks."""
    with sqlite3.connect(path) as db:
        rows = db.execute("SELECT f.chunks, count(c.id), count(DISTINCT c.ordinal), max(c.ordinal) FROM files f "
                          "LEFT JOIN chunks c ON c.file_id = f.id GROUP BY f.id").fetchall()
        total = int(db.execute("SELECT count(*) FROM chunks").fetchone()[0])
        rounds = db.execute("SELECT count(DISTINCT substr(text, 1, instr(text, ' part'))) FROM chunks "
                            "GROUP BY file_id").fetchall()
        db.execute("INSERT INTO chunks_fts(chunks_fts) VALUES ('integrity-check')")
    assert all(want == have == distinct == (top + 1 if top is not None else 0) for want, have, distinct, top in rows)
    assert all(r == (1,) for r in rounds)  # one version of each file, never old and new mixed
    assert fts_rows(path, 1) == total
    store = KnowledgeStore(path)
    try:
        assert sum(store.stats(1)[2:]) == total
        with_vectors = store.vector_count(1)
        rng = np.random.default_rng(5)
        sample = rng.standard_normal((5, 16)).tolist()
        for query in sample:
            hits = store.search_vectors(1, query, 5)
            assert len(hits) == min(5, with_vectors)
            assert len(store.passages([i for i, _ in hits])) == len(hits)  # the index names only live chunks
    finally:
        store.close()
    from desktop_llm.services.knowledge.vector_index import VectorIndex

    with sqlite3.connect(path) as db:
        dims, generation = db.execute("SELECT dimensions, vector_generation FROM collections").fetchone()
    saved = VectorIndex.load(path.parent / "knowledge-index" / "collection-1.usearch", dims, generation)
    assert saved is not None and len(saved) == with_vectors


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_a_writer_killed_mid_transaction_leaves_old_or_new_never_both(tmp_path: Path) -> None:
    path = tmp_path / "knowledge.sqlite3"
    for round_ in range(3):
        child = subprocess.Popen([sys.executable, "-c", WRITER, str(path), str(round_)], cwd=REPO,
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        try:
            assert child.stdout is not None
            for _ in range(40 + 17 * round_):  # committed writes, then the kill lands inside the next ones
                line = child.stdout.readline()
                assert line, child.stderr.read() if child.stderr else ""
        finally:
            os.kill(child.pid, signal.SIGKILL)
            child.wait(timeout=30)
            child.stdout.close()  # type: ignore[union-attr]
            child.stderr.close()  # type: ignore[union-attr]
        check_consistent(path)


# Attachments ---------------------------------------------------------------------------------------------------
def test_attachments_follow_the_conversation_and_the_collections(store: KnowledgeStore) -> None:
    one, two = store.create_collection("One", []), store.create_collection("Two", [])
    assert store.attached(7) == [] and store.only_documents(7) is False
    store.attach(7, [two.id, one.id, 999], only_documents=True)
    assert [c.name for c in store.attached(7)] == ["One", "Two"] and store.only_documents(7) is True
    store.attach(8, [one.id])
    store.attach(7, [two.id])
    assert store.attached(7) == [store.collection(two.id)] and store.only_documents(7) is False
    store.delete_collection(two.id)
    assert store.attached(7) == [] and store.attached(8) == [store.collection(one.id)]
    store.forget_conversation(8)
    assert store.attached(8) == []


# Threads, files, scale -----------------------------------------------------------------------------------------
def test_the_gui_thread_reads_while_a_worker_writes(store: KnowledgeStore) -> None:
    docs = store.create_collection("Docs", [])
    failures: list[BaseException] = []

    def write() -> None:
        try:
            for n in range(60):
                store.replace_file(docs.id, indexed(f"/{n % 6}.txt"), [chunk(f"word{n} shared") for _ in range(20)],
                                   [[1.0, float(n), 0.5]] * 20)
        except BaseException as exc:  # reported by the main thread
            failures.append(exc)

    worker = threading.Thread(target=write, name="knowledge-writer")
    worker.start()
    while worker.is_alive():
        store.collections()
        store.stats(docs.id)
        store.search_bm25(docs.id, "shared", 5)
        store.search_vectors(docs.id, [1.0, 3.0, 0.5], 5)
    worker.join()
    assert failures == []
    assert store.stats(docs.id) == (6, 0, 120)
    assert len(store.search_vectors(docs.id, [1.0, 3.0, 0.5], 200)) == 120


def test_a_newer_or_damaged_database_is_a_typed_error(tmp_path: Path) -> None:
    newer = tmp_path / "newer.sqlite3"
    KnowledgeStore(newer).close()
    with sqlite3.connect(newer) as db:
        db.execute("PRAGMA user_version=99")
    with pytest.raises(DatabaseTooNewError):
        KnowledgeStore(newer)
    damaged = tmp_path / "damaged.sqlite3"
    damaged.write_bytes(b"this is not a database" * 500)
    with pytest.raises(DatabaseCorruptError):
        KnowledgeStore(damaged)


def test_twenty_thousand_chunks_stay_searchable(tmp_path: Path) -> None:
    path = tmp_path / "knowledge.sqlite3"
    rng = np.random.default_rng(2)
    store = KnowledgeStore(path)
    docs = store.create_collection("Big", [])
    words = [f"term{n}" for n in range(2000)]
    kept: Sequence[float] = []
    for f in range(200):
        vectors = rng.standard_normal((100, 16)).astype(np.float32)
        texts = [" ".join(words[(f * 131 + c * 17 + j * 7) % 2000] for j in range(30)) + f" file{f} chunk{c}"
                 for c in range(100)]
        store.replace_file(docs.id, indexed(f"/big/{f}.txt"), [chunk(t) for t in texts], vectors.tolist())
        if f == 123:
            kept = vectors[45].tolist()
    assert store.stats(docs.id) == (200, 0, 20_000)
    hits = store.search_bm25(docs.id, "file123 chunk45", 3)
    assert store.passages([hits[0][0]])[hits[0][0]].text.endswith("file123 chunk45")
    assert store.search_vectors(docs.id, kept, 3)[0][0] == hits[0][0]
    store.close()
    reopened = KnowledgeStore(path)  # loads the saved index: same answer
    assert reopened.search_vectors(docs.id, kept, 3)[0][0] == hits[0][0]
    reopened.close()


def test_a_passages_neighbours_are_the_chunks_around_it_in_its_own_file(store: KnowledgeStore) -> None:
    docs = store.create_collection("Docs", ["/d"])
    store.replace_file(docs.id, indexed("/d/a.md"), [chunk(f"a{n}") for n in range(5)], None)
    store.replace_file(docs.id, indexed("/d/b.md"), [chunk(f"b{n}") for n in range(3)], None)
    # a.md indexed again after b.md: its chunks' ids now come after b.md's, in a.md's order.
    store.replace_file(docs.id, indexed("/d/a.md", sha="h2"), [chunk(f"a{n}") for n in range(5)], None)
    ids = {p.text: p.chunk_id for p in store.passages(list(range(1, 40))).values()}
    assert ids["a0"] > ids["b2"]
    assert [p.text for p in store.neighbours(ids["a2"], 1, 1)] == ["a1", "a2", "a3"]
    assert [p.text for p in store.neighbours(ids["a0"], 2, 1)] == ["a0", "a1"]  # nothing before the first
    assert [p.text for p in store.neighbours(ids["b2"], 1, 3)] == ["b1", "b2"]  # never the next file's chunks
    assert [p.text for p in store.neighbours(ids["b1"], 0, 0)] == ["b1"]
    assert store.neighbours(ids["a0"] + 1000, 1, 1) == []  # gone
