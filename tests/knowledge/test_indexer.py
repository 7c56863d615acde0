"""Indexing a collection into the real store (issue 12, K2): first run, incremental re-runs that read only what
changed, failures with reasons, pause and resume, a kill in the middle, and (slow) real embeddings."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from desktop_llm.core.knowledge_types import Collection, FailedFile, IndexProgress, IndexReport, TextEmbedder
from desktop_llm.services.documents.documents import MAX_FILE_BYTES
from desktop_llm.services.knowledge import index_readers, indexer
from desktop_llm.services.knowledge.index_readers import (
    ENCRYPTED,
    NO_TEXT_LAYER,
    NOT_TEXT,
    PAGES_SKIPPED,
    TOO_LARGE,
    Section,
    page_ranges,
)
from desktop_llm.services.knowledge.indexer import index_collection
from desktop_llm.services.knowledge.knowledge_store import KnowledgeStore
from tests.document_fixtures import long_report, write_docx, write_pdf

ROOT = Path(__file__).resolve().parent.parent.parent


@pytest.fixture
def store(tmp_path: Path) -> Iterator[KnowledgeStore]:
    opened = KnowledgeStore(tmp_path / "knowledge.sqlite3")
    yield opened
    opened.close()


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names of the files the indexer reads (the real reader, counted)."""
    names: list[str] = []
    real = index_readers.read_file

    def counted(path: Path) -> tuple[list[Section], FailedFile | None]:
        names.append(path.name)
        return real(path)

    monkeypatch.setattr(indexer, "read_file", counted)
    return names


def _docs(root: Path) -> Path:
    root.mkdir(parents=True)
    (root / "notes.md").write_text(long_report(pages=3), encoding="utf-8")
    (root / "plain.txt").write_text("The pump hums at dawn.\n\nThe valve sticks in winter.", encoding="utf-8")
    (root / "code").mkdir()
    (root / "code" / "tool.py").write_text("def pump():\n    return 'hum'\n\n\ndef valve():\n    return 1\n")
    write_pdf(root / "manual.pdf", ["Page one is about the boiler.", "Page two is about the grinder."])
    write_docx(root / "report.docx")
    return root


def _run(store: KnowledgeStore, collection: Collection, embedder: TextEmbedder | None = None,
         progress: Callable[[IndexProgress], None] | None = None, stop: threading.Event | None = None) -> IndexReport:
    return index_collection(store, collection, embedder, progress or (lambda _: None), stop or threading.Event(),
                            chunk_tokens=64)


def test_first_index_and_incremental_changes(store: KnowledgeStore, tmp_path: Path, reads: list[str]) -> None:
    docs = _docs(tmp_path / "docs")
    collection = store.create_collection("docs", [str(docs)])
    seen: list[IndexProgress] = []
    report = _run(store, collection, progress=seen.append)
    assert (report.added, report.changed, report.removed, report.unchanged, report.failed) == (5, 0, 0, 0, ())
    assert sorted(reads) == ["manual.pdf", "notes.md", "plain.txt", "report.docx", "tool.py"]
    files, failed, chunks = store.stats(collection.id)
    assert (files, failed) == (5, 0) and chunks == report.chunks > 5
    assert seen[-1].files_done == seen[-1].files_total == 5 and seen[-1].chunks_done == chunks
    pdf = store.files(collection.id)[str(docs / "manual.pdf")]
    assert (pdf.status, pdf.chunks) == ("indexed", 2)

    reads.clear()
    (docs / "new.md").write_text("# Grinder\n\nBurrs wear out after ten years.", encoding="utf-8")
    (docs / "plain.txt").write_text("The pump is quiet now.", encoding="utf-8")
    (docs / "code" / "tool.py").unlink()
    report = _run(store, collection)
    assert sorted(reads) == ["new.md", "plain.txt"]
    assert (report.added, report.changed, report.removed, report.unchanged) == (1, 1, 1, 3)
    assert store.stats(collection.id)[:2] == (5, 0)

    reads.clear()  # same content, new mtime: hashed, not read, the new mtime remembered
    stat = os.stat(docs / "notes.md")
    os.utime(docs / "notes.md", ns=(stat.st_atime_ns, stat.st_mtime_ns + 10**9))
    report = _run(store, collection)
    assert reads == [] and (report.added, report.changed, report.unchanged) == (0, 0, 5)
    assert store.files(collection.id)[str(docs / "notes.md")].mtime_ns == stat.st_mtime_ns + 10**9


def test_unreadable_files_are_reported_and_retried_only_when_changed(store: KnowledgeStore, tmp_path: Path,
                                                                      reads: list[str]) -> None:
    from fpdf import FPDF
    from pypdf import PdfReader, PdfWriter

    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "good.md").write_text("# Fine\n\nThis one reads.", encoding="utf-8")
    scan = FPDF()
    scan.add_page()
    scan.rect(20, 20, 100, 60, style="F")  # a scanned page: a picture, no text layer
    scan.output(str(docs / "scan.pdf"))
    (docs / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    writer = PdfWriter()
    for page in PdfReader(write_pdf(tmp_path / "plain.pdf", ["Secret."])).pages:
        writer.add_page(page)
    writer.encrypt("hunter2")
    with (docs / "locked.pdf").open("wb") as handle:
        writer.write(handle)
    collection = store.create_collection("mixed", [str(docs), str(tmp_path / "unplugged")])

    report = _run(store, collection)
    reasons = {Path(f.path).name: f.reason for f in report.failed}
    assert reasons.pop("unplugged").startswith("not found")
    assert reasons == {"scan.pdf": NO_TEXT_LAYER, "photo.txt": NOT_TEXT, "locked.pdf": ENCRYPTED}
    assert report.added == 1 and store.stats(collection.id)[:2] == (1, 3)
    assert store.files(collection.id)[str(docs / "scan.pdf")].error == NO_TEXT_LAYER

    reads.clear()  # unchanged failures are not read again, but still listed
    again = _run(store, collection)
    assert reads == [] and {Path(f.path).name for f in again.failed} == {"scan.pdf", "photo.txt", "locked.pdf",
                                                                          "unplugged"}
    (docs / "photo.txt").write_text("Now it is text about photos.", encoding="utf-8")
    fixed = _run(store, collection)
    assert reads == ["photo.txt"] and fixed.changed == 1 and store.stats(collection.id)[:2] == (2, 2)


def test_failures_keep_their_template_and_a_partly_scanned_pdf_says_which_pages_it_skipped(
        store: KnowledgeStore, tmp_path: Path) -> None:
    from fpdf import FPDF

    docs = tmp_path / "docs"
    docs.mkdir()
    pdf = FPDF()
    pdf.set_font("helvetica", size=11)
    for number in range(1, 7):
        pdf.add_page()
        if number in (2, 4, 5):
            pdf.rect(20, 20, 100, 60, style="F")  # a scanned page: a picture, no text layer
        else:
            pdf.multi_cell(0, 6, f"Page {number} explains the steam wand, part {number}.")
    pdf.output(str(docs / "partly.pdf"))
    (docs / "huge.txt").write_bytes(b"x")
    os.truncate(docs / "huge.txt", MAX_FILE_BYTES + 1)
    collection = store.create_collection("scans", [str(docs)])

    report = _run(store, collection)
    (too_large,) = report.failed
    assert too_large.template == TOO_LARGE and dict(too_large.fields)["limit"] == f"{MAX_FILE_BYTES // 1024**2:,}"
    assert too_large.reason == TOO_LARGE.format(**dict(too_large.fields))  # the English, for the CLI
    assert too_large.text("{size} / {limit}") == "{size} / {limit}".format(**dict(too_large.fields))
    assert too_large.text("lost {placeholder}") == too_large.reason  # a broken translation: the English
    (note,) = report.warnings
    assert note.template == PAGES_SKIPPED and dict(note.fields) == {"pages": "2, 4–5"}
    assert note.reason == "pages without text (scanned?) were skipped: 2, 4–5"
    stored = store.files(collection.id)
    partly = stored[str(docs / "partly.pdf")]
    assert (partly.status, partly.chunks, partly.failure) == ("indexed", 3, note)
    assert stored[str(docs / "huge.txt")].failure == too_large  # read back with template and fields
    pages = {p.place.page for p in store.passages([i for i, _ in store.search_bm25(collection.id, "steam wand", 9)])
             .values()}
    assert pages == {1, 3, 6}
    again = _run(store, collection)  # unchanged: still reported
    assert again.warnings == (note,) and again.failed == (too_large,)


def test_page_ranges() -> None:
    assert page_ranges([7, 3, 5, 6, 12]) == "3, 5–7, 12"
    assert page_ranges(list(range(1, 40, 2))).endswith(", …")


def test_a_version_1_database_is_migrated_and_keeps_its_failures(tmp_path: Path) -> None:
    import sqlite3

    from desktop_llm.services.knowledge import knowledge_schema

    path = tmp_path / "old.sqlite3"
    db = sqlite3.connect(path, isolation_level=None)
    db.create_function(knowledge_schema.NORMALIZE_FUNCTION, 1, knowledge_schema.normalized, deterministic=True)
    knowledge_schema._v1(db)
    db.execute("PRAGMA user_version=1")
    db.execute("INSERT INTO collections (name, created_at) VALUES ('old', 0)")
    db.execute("INSERT INTO files (collection_id, path, size, mtime_ns, status, error) "
               "VALUES (1, '/d/a.pdf', 1, 1, 'failed', 'encrypted (password-protected)')")
    db.close()
    store = KnowledgeStore(path)
    try:
        (old,) = store.collections()
        assert old.conversation_id == 0
        failure = store.files(old.id)["/d/a.pdf"].failure
        assert (failure.reason, failure.template, failure.text("翻译")) == (
            "encrypted (password-protected)", "", "encrypted (password-protected)")
    finally:
        store.close()


def test_pause_then_resume_writes_each_chunk_once(store: KnowledgeStore, tmp_path: Path) -> None:
    docs = _docs(tmp_path / "docs")
    for i in range(6):
        (docs / f"extra{i}.md").write_text(long_report(pages=1, seed=i), encoding="utf-8")
    clean = store.create_collection("clean", [str(docs)])
    _run(store, clean)
    paused = store.create_collection("paused", [str(docs)])
    stop = threading.Event()

    def pause_after_three(p: IndexProgress) -> None:
        if p.files_done >= 3:
            stop.set()

    first = _run(store, paused, progress=pause_after_three, stop=stop)
    assert first.paused and 3 <= store.stats(paused.id)[0] < 11
    second = _run(store, paused)
    assert not second.paused and second.added == 11 - first.added
    assert store.stats(paused.id) == store.stats(clean.id)


_CHILD = """
import sys, threading, time
from desktop_llm.services.knowledge.indexer import index_collection
from desktop_llm.services.knowledge.knowledge_store import KnowledgeStore

store = KnowledgeStore(__import__("pathlib").Path(sys.argv[1]))
collection = store.collection(int(sys.argv[2]))

def progress(p):
    print(p.files_done, flush=True)
    time.sleep(0.05)  # slow enough that the parent's kill lands in the middle

index_collection(store, collection, None, progress, threading.Event(), chunk_tokens=64)
print("finished", flush=True)
"""


def test_a_kill_in_the_middle_loses_and_duplicates_nothing(store: KnowledgeStore, tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    for i in range(40):
        (docs / f"chapter{i:02}.md").write_text(long_report(pages=1, seed=i), encoding="utf-8")
    clean = store.create_collection("clean", [str(docs)])
    _run(store, clean)
    killed = store.create_collection("killed", [str(docs)])
    child = subprocess.Popen([sys.executable, "-c", _CHILD, str(tmp_path / "knowledge.sqlite3"), str(killed.id)],
                             cwd=ROOT, stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout is not None
        for line in child.stdout:
            if line.strip().isdigit() and int(line) >= 5:
                break
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.kill()
        child.wait(timeout=30)
        if child.stdout is not None:
            child.stdout.close()
    assert child.returncode == -signal.SIGKILL
    assert 5 <= store.stats(killed.id)[0] < 40  # really killed in the middle
    report = _run(store, killed)
    assert not report.paused and report.added + report.unchanged == 40
    assert store.stats(killed.id) == store.stats(clean.id)


@pytest.mark.slow
def test_real_embeddings_pause_and_resume(store: KnowledgeStore, tmp_path: Path,
                                          embedding_engine: TextEmbedder) -> None:
    docs = _docs(tmp_path / "docs")
    collection = store.create_collection("docs", [str(docs)])
    stop = threading.Event()
    batches: list[IndexProgress] = []

    def pause_after_a_batch(p: IndexProgress) -> None:
        batches.append(p)
        if p.chunks_done:
            stop.set()

    first = _run(store, collection, embedding_engine, pause_after_a_batch, stop)
    assert first.paused
    assert store.collection(collection.id).embedding_model == embedding_engine.model
    second = _run(store, collection, embedding_engine)
    assert not second.paused and not second.failed
    chunks = store.stats(collection.id)[2]
    assert store.vector_count(collection.id) == chunks > 5
    # the run saved the vector index file itself (store.flush), not only the store's close
    assert list((tmp_path / "knowledge-index").glob(f"collection-{collection.id}*"))
    assert store.chunks_without_vectors(collection.id, 10) == []
    hits = store.search_vectors(collection.id, embedding_engine.embed(["the grinder"])[0], 3)
    found = store.passages([hits[0][0]])[hits[0][0]]
    assert found.path.endswith("manual.pdf") and found.place.page == 2


class _RecordingEmbedder:
    """A TextEmbedder under an e5 model's name: vectors from the words of each text (hashed into 16 dimensions, unit
    length), and every text it was asked to embed."""

    def __init__(self, model: str) -> None:
        self.model = model
        self.dimensions = 16
        self.max_tokens = 512
        self.texts: list[str] = []

    def embed(self, texts: list[str]) -> list[list[float]]:
        self.texts.extend(texts)
        vectors = []
        for text in texts:
            vector = [0.0] * self.dimensions
            for word in text.lower().split():
                vector[sum(map(ord, word)) % self.dimensions] += 1.0
            norm = sum(x * x for x in vector) ** 0.5 or 1.0
            vectors.append([x / norm for x in vector])
        return vectors

    def count(self, text: str) -> int:
        return len(text.split()) + 1


def test_an_e5_collection_embeds_its_chunks_as_passages_and_stores_them_as_they_are(store: KnowledgeStore,
                                                                                     tmp_path: Path) -> None:
    docs = _docs(tmp_path / "docs")
    embedder = _RecordingEmbedder("/models/multilingual-e5-small-Q8_0.gguf")
    collection = store.create_collection("docs", [str(docs)])
    assert not _run(store, collection, embedder).failed  # chunks embedded as files are written
    (docs / "later.txt").write_text("The grinder needs new burrs every year.", encoding="utf-8")
    _run(store, store.collection(collection.id))  # no embedder: written for BM25, embedded by the next run
    assert store.chunks_without_vectors(collection.id, 10)
    _run(store, store.collection(collection.id), embedder)  # set_vectors for the chunks that had none
    chunks = store.stats(collection.id)[2]
    assert store.vector_count(collection.id) == chunks and len(embedder.texts) == chunks
    assert all(text.startswith("passage: ") and not text.startswith("passage: passage: ") for text in embedder.texts)
    assert "passage: The grinder needs new burrs every year." in embedder.texts
    stored = store.passages([i for i, _ in store.search_bm25(collection.id, "grinder burrs", 10)])
    assert stored and all(not p.text.startswith("passage:") for p in stored.values())
    assert store.search_bm25(collection.id, "passage", 10) == []  # the prefix never reached the keyword index
