"""Benchmark (issue 12, tasks K7, K9): the knowledge store's vector index, usearch against sqlite-vec, up to 1M.

    python benchmarks/vector_backends.py [--max 1000000] [--min 0] [--dims 384,1024] [--max-1024 100000]
                                         [--modes random,near] [--only sqlite-vec,numpy] [--queries 200]
                                         [--workdir DIR] [--keep | --reuse DIR] [--json OUT]

For each size (10k, 100k, 1M; --max scales down) and dimension (384 = MiniLM; 1024 = bge-m3, only up to --max-1024)
it generates random unit vectors, the float16 copy SQLite holds as the truth (the store's `chunks.vector`), and the
exact float32 top-10 of every query, then compares, each in child processes of its own (a build, then a fresh
process that loads and queries, so resident memory is the loaded index's alone):

- usearch as the store uses it: its own VectorIndex class (i8 HNSW, cosine, saved and restored), then the store's
  exact rescoring of the top max(4k, 40) against the float16 vectors read from SQLite by id (vi.rescored); also
  through its graph at other search beams (ef=64: the store's before K9) and by a full scan of its i8 vectors;
- sqlite-vec 0.1 through apsw (the stdlib sqlite3 here cannot load extensions): a vec0 table of float32 (exact
  KNN, nothing to rescore), of int8 (`vec_quantize_int8(..., 'unit')`, and int8 scaled to the data's range) and of
  bits (`vec_quantize_binary`), each KNN as `MATCH ? AND k = ?` and rescored like the store does;
- numpy brute force over the float16 matrix in memory (read from SQLite at load), as the baseline.

Columns: build seconds, disk MB of the index (the float16 truth table is common to all and printed once), load
seconds, resident MB after load and warm-up above the child's own baseline (core/process_memory.py), query latency
p50/p95 (k=10, one query at a time, after 10 warm-up queries), recall@10 against exact float32 brute force, top1 (how
often the exact nearest is among the 10 found: with --near, mostly the stored vector the query was made from), and
ratios against usearch. sqlite-vec reads its table through the OS file cache, which resident memory does not count:
its latencies are warm-cache figures. Random vectors are the hard case for every approximate method (neighbours are
barely nearer than anything else); --near makes each query a noisy copy of a stored vector instead (one clearly
relevant chunk, as with real questions; the other nine of its top 10 are as random as ever). --modes: query sets
measured on one build; --reuse DIR: a folder kept by --keep, measured again without rebuilding. Nothing is asserted.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop_llm.core.process_memory import current_rss_bytes  # noqa: E402
from desktop_llm.services.knowledge import vector_index as vi  # noqa: E402
from desktop_llm.services.knowledge.knowledge_store import RESCORE_FACTOR, RESCORE_MIN  # noqa: E402

K = 10
WARMUP = 10
BATCH = 4096  # vectors per insert batch, like the store's rebuild
SCAN_BLOCK = 65_536  # rows per block of the numpy scans (bounded temporaries)
SIZES = (10_000, 100_000, 1_000_000)
STORE_CANDIDATES = max(K * RESCORE_FACTOR, RESCORE_MIN)
MB = 1024 * 1024
Query = Callable[[vi.Vectors], list[int]]

# variant shown in the table -> (what it is built as, candidates rescored against float16; 0: no rescoring). usearch
# searches as the store does, through its graph with a beam of N (ef=N), or by a scan (exact); all of one build.
VARIANTS: dict[str, tuple[str, int]] = {
    "usearch i8 HNSW +rescore": ("usearch", STORE_CANDIDATES),
    "usearch i8 graph ef=64 +rescore": ("usearch:ef=64", STORE_CANDIDATES),
    "usearch i8 graph ef=256 +rescore": ("usearch:ef=256", STORE_CANDIDATES),
    f"usearch i8 graph ef={vi.EXPANSION_SEARCH} +rescore": (f"usearch:ef={vi.EXPANSION_SEARCH}", STORE_CANDIDATES),
    "usearch i8 exact scan +rescore": ("usearch:exact", STORE_CANDIDATES),
    "sqlite-vec f32 (exact)": ("vec-f32", 0),
    "sqlite-vec i8 unit +rescore": ("vec-i8", STORE_CANDIDATES),
    "sqlite-vec i8 scaled +rescore": ("vec-i8s", STORE_CANDIDATES),
    f"sqlite-vec bit +rescore {STORE_CANDIDATES}": ("vec-bit", STORE_CANDIDATES),
    f"sqlite-vec bit +rescore {STORE_CANDIDATES * 10}": ("vec-bit", STORE_CANDIDATES * 10),
    "numpy f16 brute force": ("numpy-f16", 0),
}
REFERENCE = "usearch i8 HNSW +rescore"
# vec0 column type, the SQL that turns the bound parameter into the stored value, and the column's options
VEC_COLUMNS = {
    "vec-f32": ("float", "?", " distance_metric=cosine"),
    "vec-i8": ("int8", "vec_quantize_int8(?, 'unit')", " distance_metric=cosine"),
    "vec-i8s": ("int8", "vec_int8(?)", " distance_metric=cosine"),
    "vec-bit": ("bit", "vec_quantize_binary(?)", ""),
}


# Data (parent process) -------------------------------------------------------------------------------------------
def unit_rows(rng: np.random.Generator, rows: int, dims: int) -> vi.Vectors:
    matrix = rng.standard_normal((rows, dims), dtype=np.float32)
    unit: vi.Vectors = matrix / np.linalg.norm(matrix, axis=1, keepdims=True)
    return unit


def prepare(work: Path, n: int, dims: int, queries: int, modes: list[str], seed: int) -> dict[str, Any]:
    """data.npy (float32 unit rows, id = row + 1), truth.db (the store's float16 blobs), and per mode queries-MODE.npy
    and truth-MODE.npy (the exact float32 top K ids of each query); what a --reuse folder has is kept."""
    data_path = work / "data.npy"
    if not data_path.exists():
        rng = np.random.default_rng(seed)
        made = np.lib.format.open_memmap(data_path, mode="w+", dtype=np.float32, shape=(n, dims))
        for start in range(0, n, SCAN_BLOCK):
            made[start:start + SCAN_BLOCK] = unit_rows(rng, min(SCAN_BLOCK, n - start), dims)
        made.flush()
    data = np.load(data_path, mmap_mode="r")
    n, dims = data.shape
    for number, mode in enumerate(modes):
        if not (work / f"truth-{mode}.npy").exists():
            exact_top(work, data, mode, queries + WARMUP, np.random.default_rng([seed, number + 1]))
    if not (work / "truth.db").exists():
        db = sqlite3.connect(work / "truth.db")
        db.execute("PRAGMA journal_mode=OFF")  # a fixture, not a measured part
        db.execute("CREATE TABLE chunks (id INTEGER PRIMARY KEY, vector BLOB)")
        db.executemany("INSERT INTO chunks (id, vector) VALUES (?, ?)", ((i + 1, vi.to_blob(data[i])) for i in range(n)))
        db.commit()
        db.close()
    meta = {"n": n, "dims": dims, "i8_scale": float(127.0 / np.quantile(np.abs(np.asarray(data[:10_000])), 0.9999)),
            "truth_mb": (work / "truth.db").stat().st_size / MB}
    (work / "meta.json").write_text(json.dumps(meta), encoding="utf-8")
    return meta


def exact_top(work: Path, data: Any, mode: str, total: int, rng: np.random.Generator) -> None:
    n, dims = data.shape
    query_rows = unit_rows(rng, total, dims)
    if mode == "near":  # a stored vector plus noise of about its own size: its source is clearly the nearest
        query_rows += np.asarray(data[np.sort(rng.integers(0, n, total))])
        query_rows /= np.linalg.norm(query_rows, axis=1, keepdims=True)
    np.save(work / f"queries-{mode}.npy", query_rows)
    best_scores = np.full((total, K), -np.inf, dtype=np.float32)
    best_ids = np.zeros((total, K), dtype=np.int64)
    for start in range(0, n, SCAN_BLOCK):
        scores = query_rows @ np.asarray(data[start:start + SCAN_BLOCK]).T
        all_scores = np.concatenate([best_scores, scores], axis=1)
        all_ids = np.concatenate([best_ids, np.broadcast_to(np.arange(start + 1, start + 1 + scores.shape[1]),
                                                            scores.shape)], axis=1)
        top = np.argpartition(-all_scores, K - 1, axis=1)[:, :K]
        best_scores = np.take_along_axis(all_scores, top, axis=1)
        best_ids = np.take_along_axis(all_ids, top, axis=1)
    np.save(work / f"truth-{mode}.npy", best_ids)


# Backends (child processes) --------------------------------------------------------------------------------------
def batches(work: Path) -> Iterator[tuple[vi.Keys, vi.Vectors]]:
    data = np.load(work / "data.npy", mmap_mode="r")
    for start in range(0, data.shape[0], BATCH):
        block = np.ascontiguousarray(data[start:start + BATCH], dtype=np.float32)
        yield np.arange(start + 1, start + 1 + block.shape[0], dtype=np.uint64), block


def vec_connect(path: Path) -> Any:
    import apsw
    import sqlite_vec

    con = apsw.Connection(str(path))
    con.enable_load_extension(True)
    con.load_extension(sqlite_vec.loadable_path())
    con.enable_load_extension(False)
    return con


def vec_encode(kind: str, vectors: vi.Vectors, meta: dict[str, Any]) -> list[bytes]:
    if kind == "vec-i8s":  # int8 over the data's own range: 'unit' uses ~±6 of ±127 levels on 384-d unit vectors
        quantized = np.clip(np.rint(vectors * meta["i8_scale"]), -127, 127).astype(np.int8)
        return [row.tobytes() for row in quantized]
    return [row.tobytes() for row in vectors.astype(np.float32)]


def build(kind: str, work: Path, meta: dict[str, Any]) -> dict[str, float]:
    done = work / f"build-{kind}.json"
    if done.exists():  # --reuse: built by an earlier run (the usearch one at 1M takes most of an hour)
        return dict(json.loads(done.read_text(encoding="utf-8")))
    started = time.perf_counter()
    if kind == "usearch":
        path = vi.index_path(work, 1)
        vi.VectorIndex.build(path, meta["dims"], 1, batches(work), graph=True).save()
        files = [path]
    else:
        path = work / f"{kind}.db"
        column, value, options = VEC_COLUMNS[kind]
        con = vec_connect(path)
        con.execute(f"CREATE VIRTUAL TABLE vectors USING vec0(embedding {column}[{meta['dims']}]{options})")
        with con:  # one transaction, as an indexer run of one file would be many; the total is what counts
            for keys, vectors in batches(work):
                con.executemany(f"INSERT INTO vectors (rowid, embedding) VALUES (?, {value})",
                                zip(keys.tolist(), vec_encode(kind, vectors, meta), strict=True))
        con.close()
        files = [path]
    built = {"build_s": time.perf_counter() - started, "disk_mb": sum(f.stat().st_size for f in files) / MB}
    done.write_text(json.dumps(built), encoding="utf-8")
    return built


def fetch_blobs(execute: Callable[..., Any], ids: list[int], table: str) -> dict[int, bytes]:
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    return {int(i): bytes(v) for i, v in execute(f"SELECT id, vector FROM {table} WHERE id IN ({marks})", ids)}


def load(kind: str, candidates: int, work: Path, meta: dict[str, Any]) -> Query:
    dims = meta["dims"]
    if kind.startswith("usearch"):
        index = vi.VectorIndex.load(vi.index_path(work, 1), dims, 1)
        assert index is not None and index._index is not None, "the saved graph did not load"
        truth = sqlite3.connect(work / "truth.db")
        how = kind.partition(":")[2]  # "", "exact" or "ef=N"
        exact = {"": None, "exact": True}.get(how, False)
        if how.startswith("ef="):
            index._index.expansion_search = int(how[3:])  # type: ignore[misc]  # a look inside: the beam is fixed

        def usearch_query(q: vi.Vectors) -> list[int]:
            found = fetch_blobs(truth.execute, index.search(q, candidates, exact=exact), "chunks")
            return [key for key, _ in vi.rescored(q, found, dims, K)]
        return usearch_query
    if kind == "numpy-f16":
        truth = sqlite3.connect(work / "truth.db")
        matrix = np.empty((meta["n"], dims), dtype="<f2")
        cursor = truth.execute("SELECT vector FROM chunks ORDER BY id")
        row = 0
        while rows := cursor.fetchmany(BATCH):
            matrix[row:row + len(rows)] = np.frombuffer(b"".join(r[0] for r in rows), dtype="<f2").reshape(-1, dims)
            row += len(rows)
        truth.close()

        def numpy_query(q: vi.Vectors) -> list[int]:
            scores = np.concatenate([matrix[s:s + SCAN_BLOCK].astype(np.float32) @ q
                                     for s in range(0, len(matrix), SCAN_BLOCK)])
            top = np.argpartition(-scores, K - 1)[:K]
            return [int(i) + 1 for i in top[np.argsort(-scores[top])]]
        return numpy_query
    con = vec_connect(work / f"{kind}.db")
    con.execute("ATTACH DATABASE ? AS t", (str(work / "truth.db"),))  # the store's chunks table, same connection
    value = VEC_COLUMNS[kind][1]
    sql = f"SELECT rowid FROM vectors WHERE embedding MATCH {value} AND k = ?"

    def vec_query(q: vi.Vectors) -> list[int]:
        ids = [int(r[0]) for r in con.execute(sql, (vec_encode(kind, q[None, :], meta)[0], candidates or K))]
        if not candidates:
            return ids
        return [key for key, _ in vi.rescored(q, fetch_blobs(con.execute, ids, "t.chunks"), dims, K)]
    return vec_query


def run_child(phase: str, kind: str, candidates: int, work: Path, budget_s: float) -> dict[str, Any]:
    meta = json.loads((work / "meta.json").read_text(encoding="utf-8"))
    if phase == "build":
        return build(kind, work, meta)
    mode = phase.partition(":")[2]
    queries = np.load(work / f"queries-{mode}.npy")
    truth = np.load(work / f"truth-{mode}.npy")
    baseline = current_rss_bytes()
    started = time.perf_counter()
    query = load(kind, candidates, work, meta)
    load_s = time.perf_counter() - started
    for q in queries[:WARMUP]:
        query(q)
    resident = (current_rss_bytes() - baseline) / MB
    latencies, recalls, firsts = [], [], []
    deadline = time.perf_counter() + budget_s
    for q, exact in zip(queries[WARMUP:], truth[WARMUP:], strict=True):
        started = time.perf_counter()
        found = query(q)
        latencies.append(time.perf_counter() - started)
        recalls.append(len(set(found) & set(exact.tolist())) / K)
        firsts.append(float(int(exact[0]) in found))
        if time.perf_counter() > deadline:
            break
    ms = np.asarray(latencies) * 1000
    return {"load_s": load_s, "rss_mb": resident, "p50_ms": float(np.percentile(ms, 50)),
            "p95_ms": float(np.percentile(ms, 95)), "recall": float(np.mean(recalls)), "first": float(np.mean(firsts)),
            "queries": len(latencies)}


# Parent ------------------------------------------------------------------------------------------------------------
def child(args: argparse.Namespace, work: Path, phase: str, kind: str, candidates: int = 0) -> dict[str, Any]:
    command = [sys.executable, str(Path(__file__).resolve()), "--child", phase, kind, str(candidates), str(work),
               "--query-budget", str(args.query_budget)]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=args.child_timeout, check=False)
    except subprocess.TimeoutExpired:
        return {"error": f"{phase} over {args.child_timeout:.0f} s"}
    if done.returncode != 0:
        return {"error": f"{phase} failed: {done.stderr.strip().splitlines()[-1:] or done.returncode}"}
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def ratio(value: Any, reference: Any) -> str:
    if not isinstance(value, float) or not isinstance(reference, float) or reference <= 0:
        return "-"
    return f"{value / reference:.2f}"


def cell(row: dict[str, Any], key: str, width: int, fmt: str) -> str:
    return f"{format(row[key], fmt):>{width}}" if isinstance(row.get(key), float) else f"{'-':>{width}}"


def print_table(title: str, rows: dict[str, dict[str, Any]]) -> None:
    print(f"\n{title}")
    header = (f"{'backend':<34}{'build s':>9}{'disk MB':>9}{'load s':>8}{'RSS MB':>8}{'p50 ms':>9}{'p95 ms':>9}"
              f"{'rec@10':>8}{'top1':>6}  | vs usearch: {'build':>6}{'disk':>6}{'RSS':>6}{'p50':>7}{'p95':>7}")
    print(header)
    print("-" * len(header))
    ref = rows.get(REFERENCE, {})
    for name, row in rows.items():
        if "error" in row:
            print(f"{name:<34}{row['error']}")
            continue
        note = f"  ({row['queries']} queries)" if row.get("short") else ""
        print(f"{name:<34}{cell(row, 'build_s', 9, '.1f')}{cell(row, 'disk_mb', 9, '.1f')}"
              f"{cell(row, 'load_s', 8, '.2f')}{cell(row, 'rss_mb', 8, '.0f')}{cell(row, 'p50_ms', 9, '.2f')}"
              f"{cell(row, 'p95_ms', 9, '.2f')}{cell(row, 'recall', 8, '.3f')}{cell(row, 'first', 6, '.2f')}"
              f"  | {'':12}"
              + "".join(f"{ratio(row.get(k), ref.get(k)):>{w}}"
                        for k, w in (("build_s", 6), ("disk_mb", 6), ("rss_mb", 6), ("p50_ms", 7), ("p95_ms", 7)))
              + note)


def run_config(args: argparse.Namespace, n: int, dims: int, results: list[dict[str, Any]]) -> None:
    work = Path(args.reuse) if args.reuse else Path(tempfile.mkdtemp(prefix=f"vecbench-{n}-{dims}-",
                                                                      dir=args.workdir))
    modes = [m.strip() for m in args.modes.split(",") if m.strip()]
    try:
        started = time.perf_counter()
        meta = prepare(work, n, dims, args.queries, modes, args.seed)
        n, dims = meta["n"], meta["dims"]
        print(f"[{n:,} x {dims}] data, float16 truth table and exact top-{K} ready in "
              f"{time.perf_counter() - started:.0f} s", file=sys.stderr, flush=True)
        built = {}
        for kind in dict.fromkeys(k.partition(":")[0] for k, _ in VARIANTS.values()):
            built[kind] = child(args, work, "build", kind) if kind != "numpy-f16" else {}
            print(f"[{n:,} x {dims}] built {kind}: {built[kind]}", file=sys.stderr, flush=True)
        for mode in modes:
            rows: dict[str, dict[str, Any]] = {}
            for name, (kind, candidates) in VARIANTS.items():
                row = dict(built[kind.partition(":")[0]])
                if "error" not in row:
                    row.update(child(args, work, f"query:{mode}", kind, candidates))
                    row["short"] = row.get("queries", args.queries) < args.queries
                rows[name] = row
                print(f"[{n:,} x {dims} {mode}] {name}: {row}", file=sys.stderr, flush=True)
            title = "near (noisy copies of stored vectors)" if mode == "near" else "random unit"
            print_table(f"N={n:,}  dims={dims}  queries={args.queries} {title}, k={K}  "
                        f"(float16 truth table in SQLite, common to all: {meta['truth_mb']:.1f} MB)", rows)
            sys.stdout.flush()
            results.append({"n": n, "dims": dims, "mode": mode, "truth_mb": meta["truth_mb"], "rows": rows})
    finally:
        if not args.keep and not args.reuse:
            shutil.rmtree(work, ignore_errors=True)


def sizes(maximum: int) -> list[int]:
    return [s for s in SIZES if s < maximum] + [maximum] if maximum < SIZES[-1] else list(SIZES)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--max", type=int, default=SIZES[-1], help="largest number of vectors")
    parser.add_argument("--min", type=int, default=0, help="skip sizes below this (run 1M alone)")
    parser.add_argument("--dims", default="384", help="comma-separated, e.g. 384,1024")
    parser.add_argument("--max-1024", type=int, default=100_000, help="largest size for dims other than 384")
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--modes", default="random", help="query sets, comma-separated: random, near (one build)")
    parser.add_argument("--near", action="store_true", help="the same as --modes near")
    parser.add_argument("--seed", type=int, default=12)
    parser.add_argument("--workdir", default=None, help="where the temporary files go (GBs at 1M)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary files")
    parser.add_argument("--reuse", default=None, help="a folder kept by --keep: its data and builds are reused, "
                                                      "the missing query sets made (one size only)")
    parser.add_argument("--json", default=None, help="also write the results here")
    parser.add_argument("--child-timeout", type=float, default=1800.0, help="seconds per build or query child")
    parser.add_argument("--query-budget", type=float, default=300.0, help="seconds of timed queries per variant")
    parser.add_argument("--only", default="", help="comma-separated words: run the variants whose name has one")
    parser.add_argument("--child", nargs=4, metavar=("PHASE", "KIND", "CANDIDATES", "WORK"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        phase, kind, candidates, work = args.child
        print(json.dumps(run_child(phase, kind, int(candidates), Path(work), args.query_budget)))
        return 0
    args.modes = "near" if args.near else args.modes
    if args.only:
        words = [w.strip() for w in args.only.split(",") if w.strip()]
        for name in [v for v in VARIANTS if not any(w in v for w in words)]:
            del VARIANTS[name]
    results: list[dict[str, Any]] = []
    if args.reuse:  # the folder's data decides the size
        run_config(args, 0, 0, results)
    for dims in (int(d) for d in args.dims.split(",") if not args.reuse):
        for n in (s for s in sizes(args.max if dims == 384 else min(args.max, args.max_1024)) if s >= args.min):
            run_config(args, n, dims, results)
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
