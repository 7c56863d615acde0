"""Benchmark: Knowledge retrieval (issue 12), in one run.

    python benchmarks/retrieval.py [--model EMBEDDING.gguf] [--chunks 1000000] [--files 150] [--rounds 2] [--queries 100]
                                   [--parts throughput,recall,latency]

1. Indexing throughput: index_collection on a generated corpus (chunks/s, every step: scan, hash, read, chunk with
   the model's own token counts, embed, write), against the raw embedding speed of the same model on the same
   chunk texts (EmbeddingEngine.embed alone) -> the ratio (the goal is >= 0.8).
2. Query latency at 10,000 and --chunks chunks: synthetic rows (generated text with a Zipf word distribution, random
   unit vectors of the model's size) written straight through KnowledgeStore.replace_file in files of 1,000 chunks;
   build time, the vector index's first build, disk size, then p50/p95 of BM25, vector and hybrid searches through
   the Retriever (the query embedded by the real model each time, as a user's search is).
3. recall@5 of hybrid vs BM25-only vs vector-only on benchmarks/retrieval_questions.py (a manual written for it,
   its questions and the phrase each answer holds), indexed with the repo's README and the test corpus as
   distractors.

The default model is all-MiniLM-L6-v2, converted offline by tests/embedding_model.py. Figures and ratios are
printed; nothing is asserted. The 1,000,000-chunk part takes minutes and a few GB of disk (a temporary folder,
removed at the end unless --keep).
"""

from __future__ import annotations

import argparse
import functools
import shutil
import sqlite3
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.retrieval_questions import QUESTIONS, manual  # noqa: E402
from desktop_llm.core.knowledge_types import ChunkRecord, IndexedFile, Place, SearchMode  # noqa: E402
from desktop_llm.services.knowledge.embedding_engine import EmbeddingEngine  # noqa: E402
from desktop_llm.services.knowledge.indexer import index_collection  # noqa: E402
from desktop_llm.services.knowledge.knowledge_store import KnowledgeStore  # noqa: E402
from desktop_llm.services.knowledge.retriever import Retriever  # noqa: E402

T = TypeVar("T")
FILE_ROWS = 1_000  # synthetic chunks per replace_file call
VOCABULARY = 30_000
WORDS_PER_CHUNK = 45
MODES: tuple[SearchMode, ...] = ("bm25", "vector", "hybrid")
_TOPICS = ("pump", "valve", "sensor", "boiler", "filter", "gasket", "display", "battery", "bracket", "heater",
           "thermostat", "relay", "fuse", "cable", "switch", "motor", "fan", "nozzle", "hinge", "spring")
_VERBS = ("check", "replace", "clean", "tighten", "inspect", "calibrate", "adjust", "lubricate", "reset", "test")


def prose(rng: np.random.Generator, paragraphs: int) -> str:
    """Service-manual-like text: varied enough that chunks differ, plain enough that every reader takes it."""
    out = []
    for _ in range(paragraphs):
        sentences = []
        for _ in range(int(rng.integers(5, 9))):
            topic, other = rng.choice(_TOPICS, 2)
            verb = rng.choice(_VERBS)
            sentences.append(f"{str(verb).capitalize()} the {topic} every {int(rng.integers(2, 40))} weeks and "
                             f"note the {other} reading of unit {int(rng.integers(100, 9999))} in the log.")
        out.append(" ".join(sentences))
    return "\n\n".join(out)


# 1. Indexing throughput --------------------------------------------------------------------------------------------
class _Timed:
    """The engine as the indexer sees it, with the calls and seconds it spends in embed and count."""

    def __init__(self, engine: EmbeddingEngine) -> None:
        self.engine = engine
        self.model = engine.model
        self.max_tokens = engine.max_tokens
        self.embed_s = self.count_s = 0.0
        self.counts = 0

    def embed(self, texts: list[str]) -> list[list[float]]:
        started = time.perf_counter()
        try:
            return self.engine.embed(texts)
        finally:
            self.embed_s += time.perf_counter() - started

    def count(self, text: str) -> int:
        started = time.perf_counter()
        try:
            return self.engine.count(text)
        finally:
            self.count_s += time.perf_counter() - started
            self.counts += 1


def throughput(engine: EmbeddingEngine, work: Path, files: int, rounds: int) -> dict[str, float]:
    """Index runs into fresh stores alternating with raw embedding of the same texts, `rounds` times each; the
    best of each (a shared machine's load falls on one or the other)."""
    rng = np.random.default_rng(1)
    corpus = work / "corpus"
    corpus.mkdir()
    for n in range(files):
        (corpus / f"service-{n:04d}.md").write_text(f"# Service note {n}\n\n{prose(rng, 6)}\n", encoding="utf-8")
    best: dict[str, float] = {}
    for round_ in range(rounds):
        path = work / f"throughput-{round_}" / "knowledge.sqlite3"
        store = KnowledgeStore(path)
        try:
            collection = store.create_collection("bench", [str(corpus)], engine.model)
            timed = _Timed(engine)
            started = time.perf_counter()
            report = index_collection(store, collection, timed, lambda progress: None, threading.Event())
            index_s = time.perf_counter() - started
        finally:
            store.close()
        with sqlite3.connect(path) as db:
            texts = [str(t) for (t,) in db.execute("SELECT text FROM chunks ORDER BY id")]
        started = time.perf_counter()
        engine.embed(texts)
        embed_s = time.perf_counter() - started
        if round_ == 0 or index_s < best["index_s"]:
            best.update(index_s=index_s, index_embed_s=timed.embed_s, index_count_s=timed.count_s,
                        index_counts=timed.counts)
        best["embed_s"] = min(embed_s, best.get("embed_s", embed_s))
    started = time.perf_counter()
    for text in texts[:200]:
        engine.count(text)
    count_ms = (time.perf_counter() - started) / min(len(texts), 200) * 1000
    return {**best, "files": files, "rounds": rounds, "chunks": report.chunks,
            "index_cps": report.chunks / best["index_s"], "embed_cps": len(texts) / best["embed_s"],
            "count_ms": count_ms, "chars": sum(len(t) for t in texts) / max(len(texts), 1)}


# 2. Latency at scale ------------------------------------------------------------------------------------------------
def _words(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    syllables = np.array(["ka", "to", "ri", "mes", "lan", "dor", "vi", "su", "pel", "ga", "nor", "te", "bi", "qua"])
    words = sorted({"".join(rng.choice(syllables, int(rng.integers(2, 5)))) for _ in range(VOCABULARY * 2)})
    words = list(rng.permutation(words)[:VOCABULARY])
    weights = 1.0 / np.arange(1, len(words) + 1) ** 1.05  # Zipf: a few words everywhere, most rare
    return words, weights / weights.sum()


def build(path: Path, model: str, dims: int, chunks: int) -> tuple[KnowledgeStore, int, list[str], dict[str, float]]:
    rng = np.random.default_rng(chunks)
    words, weights = _words(rng)
    store = KnowledgeStore(path)
    collection = store.create_collection("scale", ["/synthetic"], model)
    started = time.perf_counter()
    for first in range(0, chunks, FILE_ROWS):
        rows = min(FILE_ROWS, chunks - first)
        picked = rng.choice(len(words), size=(rows, WORDS_PER_CHUNK), p=weights)
        records = [ChunkRecord(" ".join(words[i] for i in row), Place(), WORDS_PER_CHUNK * 2) for row in picked]
        vectors = rng.standard_normal((rows, dims), dtype=np.float32)
        vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
        file = IndexedFile(f"/synthetic/file-{first // FILE_ROWS:06d}.txt", rows, first, f"{first:064x}",
                           "indexed", chunks=rows)
        store.replace_file(collection.id, file, records, vectors)  # type: ignore[arg-type]  # an (n, dims) array
        if first and first % 100_000 == 0:
            print(f"  {first:,} chunks written, {time.perf_counter() - started:.0f} s", file=sys.stderr, flush=True)
    build_s = time.perf_counter() - started
    started = time.perf_counter()
    store.search_vectors(collection.id, vectors[0], 5)  # the vector index is ready (built or followed)
    first_s = time.perf_counter() - started
    started = time.perf_counter()
    store.flush()
    flush_s = time.perf_counter() - started
    query_words = words[50:5000]  # neither stopword-like nor unseen
    return store, collection.id, query_words, {"build_s": build_s, "first_vector_s": first_s, "flush_s": flush_s}


def disk_bytes(folder: Path) -> int:
    return sum(f.stat().st_size for f in folder.rglob("*") if f.is_file())


def latency(engine: EmbeddingEngine, work: Path, chunks: int, queries: int) -> dict[str, float]:
    folder = work / f"scale-{chunks}"
    store, collection_id, words, figures = build(folder / "knowledge.sqlite3", engine.model, engine.dimensions,
                                                 chunks)
    try:
        with sqlite3.connect(folder / "knowledge.sqlite3") as db:
            db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        figures["disk_mb"] = disk_bytes(folder) / 1024**2
        figures["index_mb"] = disk_bytes(folder / "knowledge-index") / 1024**2
        retriever = Retriever(store, lambda collection: engine)
        rng = np.random.default_rng(7)
        texts = [" ".join(rng.choice(words, 3)) for _ in range(queries + 5)]
        for mode in MODES:
            times = []
            for n, text in enumerate(texts):
                started = time.perf_counter()
                retriever.search([collection_id], text, 5, mode=mode)
                if n >= 5:  # the first few warm the caches
                    times.append((time.perf_counter() - started) * 1000)
            figures[f"{mode}_p50"] = statistics.median(times)
            figures[f"{mode}_p95"] = float(np.percentile(times, 95))
        started = time.perf_counter()
        for text in texts[:50]:
            engine.embed([text])
        figures["embed_query_ms"] = (time.perf_counter() - started) / 50 * 1000
    finally:
        store.close()
    shutil.rmtree(folder, ignore_errors=True)
    return figures


# 3. recall@5 --------------------------------------------------------------------------------------------------------
def recall(engine: EmbeddingEngine, work: Path) -> tuple[dict[str, float], dict[str, list[str]], int]:
    corpus = work / "recall"
    corpus.mkdir()
    target = corpus / "aurora-7-manual.md"
    target.write_text(manual(), encoding="utf-8")
    shutil.copy(ROOT / "README.md", corpus / "README.md")  # distractors
    shutil.copytree(ROOT / "tests" / "fixtures" / "knowledge", corpus / "coffee")
    store = KnowledgeStore(work / "recall-store" / "knowledge.sqlite3")
    try:
        collection = store.create_collection("recall", [str(corpus)], engine.model)
        index_collection(store, collection, engine, lambda progress: None, threading.Event())
        manual_chunks = store.files(collection.id)[str(target)].chunks
        retriever = Retriever(store, lambda c: engine)
        scores: dict[str, float] = {}
        missed: dict[str, list[str]] = {}
        for mode in MODES:
            hits = 0
            missed[mode] = []
            for question, phrase in QUESTIONS:
                found = retriever.search([collection.id], question, 5, mode=mode).passages
                if any(p.path == str(target) and phrase in p.text for p in found):
                    hits += 1
                else:
                    missed[mode].append(question)
            scores[mode] = hits / len(QUESTIONS)
    finally:
        store.close()
    return scores, missed, manual_chunks


def _timed(label: str, step: Callable[[], T]) -> T:
    print(f"[{label}]", file=sys.stderr, flush=True)
    started = time.perf_counter()
    result = step()
    print(f"[{label}: {time.perf_counter() - started:.0f} s]", file=sys.stderr, flush=True)
    return result


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--model", help="embedding GGUF (default: all-MiniLM-L6-v2 from tests/embedding_model.py)")
    parser.add_argument("--chunks", type=int, default=1_000_000, help="the large synthetic collection's size")
    parser.add_argument("--files", type=int, default=150, help="files of the throughput corpus")
    parser.add_argument("--rounds", type=int, default=2, help="throughput runs, the best one counts")
    parser.add_argument("--queries", type=int, default=100, help="queries per mode and size")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    parser.add_argument("--parts", default="throughput,recall,latency", help="which parts to run (comma-separated)")
    args = parser.parse_args()
    if args.model is None:
        from tests.embedding_model import embedding_gguf

        args.model = str(embedding_gguf())
    work = Path(tempfile.mkdtemp(prefix="dl-retrieval-"))
    engine = EmbeddingEngine(work / "logs", args.model)
    try:  # each part printed as soon as it is measured: a long run cut short still reports the parts done
        engine.embed(["warm up"])
        print(f"model: {Path(args.model).name} ({engine.dimensions} dimensions)", flush=True)
        parts = set(args.parts.split(","))
        if "throughput" in parts:
            print_throughput(_timed("throughput", lambda: throughput(engine, work, args.files, args.rounds)))
        if "recall" in parts:
            print_recall(*_timed("recall", lambda: recall(engine, work)))
        if "latency" not in parts:
            return 0
        print("\n2. query latency, top 5 (ms; the query embedded each time)")
        print(f"  {'chunks':>10} {'build s':>8} {'index s':>8} {'disk MB':>8} {'vec MB':>7}"
              + "".join(f" {m + ' p50':>11} {m + ' p95':>11}" for m in MODES) + f" {'embed q':>8}", flush=True)
        for n in sorted({min(10_000, args.chunks), args.chunks}):
            print_latency(n, _timed(f"latency {n:,}", functools.partial(latency, engine, work, n, args.queries)))
    finally:
        engine.close()
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    return 0


def print_throughput(speed: dict[str, float]) -> None:
    print("\n1. indexing throughput")
    print(f"  corpus: {speed['files']:.0f} files, {speed['chunks']:.0f} chunks, {speed['chars']:.0f} chars a chunk; "
          f"best of {speed['rounds']:.0f} rounds each")
    print(f"  index_collection: {speed['index_s']:.1f} s = {speed['index_cps']:.1f} chunks/s")
    print(f"  raw embed (same texts): {speed['embed_s']:.1f} s = {speed['embed_cps']:.1f} chunks/s")
    print(f"  ratio (goal >= 0.8): {speed['index_cps'] / speed['embed_cps']:.3f}")
    print(f"  of the index run: embedding {speed['index_embed_s']:.1f} s, {speed['index_counts']:.0f} token counts "
          f"{speed['index_count_s']:.1f} s, the rest (scan, read, chunk, write) "
          f"{speed['index_s'] - speed['index_embed_s'] - speed['index_count_s']:.1f} s")
    print(f"  one token count of a whole chunk (/tokenize): {speed['count_ms']:.2f} ms", flush=True)


def print_recall(scores: dict[str, float], missed: dict[str, list[str]], manual_chunks: int) -> None:
    print(f"\n3. recall@5 over {len(QUESTIONS)} questions (the manual: {manual_chunks} chunks, among README and "
          "the coffee corpus)")
    for mode in MODES:
        print(f"  {mode:>7}: {scores[mode]:.2f}" + (f"   missed: {'; '.join(missed[mode])}" if missed[mode] else ""))
    sys.stdout.flush()


def print_latency(n: int, f: dict[str, float]) -> None:
    print(f"  {n:>10,} {f['build_s']:>8.1f} {f['first_vector_s'] + f['flush_s']:>8.1f} {f['disk_mb']:>8.0f} "
          f"{f['index_mb']:>7.0f}" + "".join(f" {f[m + '_p50']:>11.1f} {f[m + '_p95']:>11.1f}" for m in MODES)
          + f" {f['embed_query_ms']:>8.1f}", flush=True)

if __name__ == "__main__":
    sys.exit(main())
