"""One collection's approximate nearest-neighbour index (usearch HNSW), a cache of the vectors SQLite holds.

Issue 12 designs for 1,000,000 chunks: a flat scan of that many vectors per query is too slow, so the store keeps a
usearch index per collection, cosine metric, 8-bit quantized (384 dims: ~0.4 GB at 1M instead of 1.5 GB of
float32); the store rescores its best candidates exactly against the float16 vectors in SQLite.

Settings (K9, benchmarks/vector_backends.py, 384-d, k=10, 40 candidates rescored, two cores shared by ~8 busy
processes, so latencies are ~5x an idle machine's). HNSW struggles with vectors that have no structure: at 100k random
unit vectors the graph with usearch's default search beam (64) found 0.08 of the true top 10 (0.16 when each query is
a noisy copy of one stored vector), beam 1024 found 0.60 at 21 ms p50, and a full scan of the i8 vectors found 1.00
at the same 21 ms. So the index scans up to EXACT_BELOW (200k: ~40 ms p50 under that load, ~8 ms idle; the scan
grows linearly, ~180 ms at 1M loaded) and only above it searches the graph, with a beam of 1024 (cost ~ log n). Real
embeddings cluster, which the graph handles: 25k vectors in 25 topics gave 0.965 at beam 64 and 0.998 at 1024 (the
test pins >= 0.95). Build: 16 links and a beam of 128 (usearch's defaults); 32 links raised recall at 30k random from
0.73 to 0.92 at beam 512 but took 1.7x the build time and 1.25x the disk. Cost: the build is the slow part (100k:
123-220 s on the shared machine; it grows a little faster than n, yet stays well below the time to embed as many
chunks), disk and memory ~510 bytes a vector (~51 MB at 100k, ~0.5 GB at 1M).

Two forms (K11). Below EXACT_BELOW every query is a scan anyway, so there the graph is pure cost: K10 measured its
insert (usearch add_many) at 95% of a file's write, 1.1 s per 1,000 chunks at 50k vectors and 3.1 s at 300k, against
~0.1 s for SQLite. So a collection keeps its vectors as a flat i8 matrix (a row per chunk, keys beside it) and answers
by an exact scan: the i8 dot products of numkong (usearch's own SIMD kernels, installed with it) on one thread. The
whole search (scores, top 40, keys) took p50 6.3 ms at 100k and 10.3 ms at 200k random 384-d vectors on the shared
machine, against 8.5 and 16.5 ms for the graph index's exact scan that answered before; usearch's stand-alone
`search(exact=True)` was ~1.4x slower than that scan, numpy's int16 matmul ~4x (f16 rows: slower than i8 in every
kernel, and twice the memory). Only a collection that grows past
EXACT_BELOW gets the graph, built once from SQLite by the write that crosses (knowledge_vectors.VectorCache.apply, on
the indexer's worker thread, under the collection's lock), and from then on inserts into it.

SQLite is the truth. The index file is a cache with a small JSON sidecar holding the store's vector generation it
was saved at and its form: a file that is missing, unreadable, of other dimensions or of another generation is
rebuilt from SQLite. Saving is atomic (temp file, fsync, replace) and the sidecar is written after the index, so a
kill at any point leaves either a valid pair or a sidecar that does not match (a rebuild), never a torn index that
is used. A sidecar of format 1 (before K11: always a graph) still loads when it holds more than EXACT_BELOW vectors;
a smaller one is rebuilt as a flat matrix (its old graph file goes at the next save).

Not thread-safe: the store serializes access with its per-collection lock.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

import numkong
import numpy as np
import numpy.typing as npt
from usearch.index import Index

from desktop_llm.core.errors import KnowledgeError
from desktop_llm.core.ui_text import QT_TR_NOOP
from desktop_llm.services.storage.atomic_file import write_atomic

log = logging.getLogger(__name__)

FORMAT = 2  # of the sidecar: 2 names the form ("flat" or "graph"); 1 (always a graph) is still read
QUANTIZATION = "i8"
# Graph settings (see the module docstring for the measurements behind them). Build: usearch's defaults, 16 links
# per node and a beam of 128 while linking; more links were worth ~0.2 recall@10 on random vectors but cost 1.7x
# the build time, which at 1M is the difference between ~25 and ~45 minutes on two cores.
CONNECTIVITY = 16
EXPANSION_ADD = 128
# Search beam: usearch explores max(this, count) nodes. Its default of 64 found under a tenth of the true top 10 at
# 100k random vectors; 1024 found 0.60 (the scan below EXACT_BELOW finds them all), at a cost that grows with log n.
EXPANSION_SEARCH = 1024
# Up to this many vectors a brute-force scan of the quantized vectors (SIMD, ~0.04 ms per 1,000 idle) answers and
# finds every neighbour, and they are kept as a flat matrix; above it the HNSW graph is what keeps a query fast.
EXACT_BELOW = 200_000
Vectors = npt.NDArray[np.float32]
Keys = npt.NDArray[np.uint64]
Rows = npt.NDArray[np.int8]


def index_path(index_dir: Path, collection_id: int) -> Path:
    """The graph's file; the sidecar and the flat matrix's file are named after it."""
    return index_dir / f"collection-{collection_id}.usearch"


def _sidecar(path: Path) -> Path:
    return path.with_suffix(".json")


def _flat_file(path: Path) -> Path:
    return path.with_suffix(".i8")


def quantized(vectors: Vectors) -> Rows:
    """Unit float vectors as i8 (x127, rounded): the flat matrix's rows and the query scanned against them."""
    rows: Rows = np.clip(np.rint(vectors * 127.0), -127, 127).astype(np.int8)
    return rows


class FlatVectors:
    """Keys and their i8 rows in buffers that grow by doubling, so adding a file's chunks never copies the whole
    matrix; removing compacts it (one pass, only when something goes)."""

    def __init__(self, dimensions: int, keys: Keys | None = None, rows: Rows | None = None) -> None:
        self._keys: Keys = np.empty(0, dtype=np.uint64) if keys is None else keys
        self._rows: Rows = np.empty((0, dimensions), dtype=np.int8) if rows is None else rows
        self._count = len(self._keys)

    def __len__(self) -> int:
        return self._count

    def keys(self) -> Keys:
        return self._keys[:self._count]

    def rows(self) -> Rows:
        return self._rows[:self._count]

    def add(self, keys: Keys, vectors: Vectors) -> None:
        end = self._count + len(keys)
        if end > len(self._keys):
            capacity = max(end, 2 * len(self._keys), 1024)
            grown_keys = np.empty(capacity, dtype=np.uint64)
            grown_rows = np.empty((capacity, self._rows.shape[1]), dtype=np.int8)
            grown_keys[:self._count], grown_rows[:self._count] = self.keys(), self.rows()
            self._keys, self._rows = grown_keys, grown_rows
        self._keys[self._count:end] = keys
        self._rows[self._count:end] = quantized(vectors)
        self._count = end

    def remove(self, keys: Keys) -> None:
        keep = ~np.isin(self.keys(), keys)
        kept = int(keep.sum())
        if kept < self._count:
            self._keys[:kept], self._rows[:kept] = self.keys()[keep], self.rows()[keep]
            self._count = kept

    def search(self, vector: Vectors, count: int) -> list[int]:
        """The keys of the `count` rows with the largest dot product with the query quantized the same way: the
        rows are unit vectors x127, so that is their cosine ranking up to i8 rounding, which the store's rescoring
        of its candidates against the float16 vectors corrects."""
        scores = np.asarray(numkong.cdist(quantized(vector)[None, :], self.rows(), "dot"))[0]
        top = np.argpartition(-scores, count - 1)[:count] if count < len(scores) else np.arange(len(scores))
        top = top[np.argsort(-scores[top], kind="stable")]
        return [int(key) for key in self.keys()[top]]


class VectorIndex:
    """The in-memory index of one collection, at the store's vector `generation` it reflects: a flat matrix (up to
    EXACT_BELOW vectors) or the HNSW graph."""

    def __init__(self, path: Path, dimensions: int, generation: int, index: Index | None = None,
                 flat: FlatVectors | None = None, graph: bool = False) -> None:
        self.path = path
        self.dimensions = dimensions
        self.generation = generation
        self.dirty = index is None and flat is None  # nothing on disk matches a fresh index yet
        if index is None and graph:
            index = Index(ndim=dimensions, metric="cos", dtype=QUANTIZATION, connectivity=CONNECTIVITY,
                          expansion_add=EXPANSION_ADD, expansion_search=EXPANSION_SEARCH)
        elif index is not None:  # a restored file keeps its links but not the search beam, a setting of this process
            # (usearch has the setter; mypy reads its property as read-only)
            index.expansion_search = EXPANSION_SEARCH  # type: ignore[misc]
        self._index = index
        self._flat = None if index is not None else flat or FlatVectors(dimensions)

    def __len__(self) -> int:
        return len(self._index) if self._index is not None else len(self._flat or ())

    @property
    def graph(self) -> bool:
        """Whether this is the HNSW graph (else the flat matrix)."""
        return self._index is not None

    @classmethod
    def load(cls, path: Path, dimensions: int, generation: int) -> VectorIndex | None:
        """The saved index if it is the one SQLite expects (this generation, these dimensions), else None: the
        caller rebuilds. A damaged file is logged, never raised: it is only a cache."""
        try:
            meta = json.loads(_sidecar(path).read_text(encoding="utf-8"))
        except FileNotFoundError:
            return None
        except (OSError, ValueError) as exc:
            log.warning("vector index sidecar %s unreadable, rebuilding: %s", _sidecar(path), exc)
            return None
        if not isinstance(meta, dict) or meta.get("generation") != generation or meta.get("dimensions") != dimensions \
                or not isinstance(meta.get("count"), int) or meta.get("format") not in (1, FORMAT):
            log.info("vector index %s is stale, rebuilding", path)
            return None
        count = int(meta["count"])
        form = meta.get("form", "graph") if meta["format"] == FORMAT else "graph"
        if meta["format"] == 1 and count <= EXACT_BELOW:
            log.info("vector index %s is a graph of %d vectors, rebuilding it as a flat matrix", path, count)
            return None
        try:
            if form == "flat":
                loaded = cls(path, dimensions, generation, flat=_read_flat(_flat_file(path), dimensions, count))
            elif form == "graph":
                index = Index.restore(os.fspath(path))
                if index is None or index.ndim != dimensions or len(index) != count:
                    raise ValueError("it does not match its sidecar")
                loaded = cls(path, dimensions, generation, index)
            else:
                raise ValueError(f"unknown form {form!r}")
        except (OSError, ValueError, RuntimeError) as exc:
            log.warning("vector index %s unreadable, rebuilding: %s", path, exc)
            return None
        loaded.dirty = False
        return loaded

    @classmethod
    def build(cls, path: Path, dimensions: int, generation: int, batches: Iterable[tuple[Keys, Vectors]],
              graph: bool) -> VectorIndex:
        """A new index from SQLite's vectors, streamed in batches (memory stays bounded at any size); `graph`: the
        HNSW graph (the caller's choice: more than EXACT_BELOW vectors, or a benchmark), else the flat matrix."""
        built = cls(path, dimensions, generation, graph=graph)
        for keys, vectors in batches:
            built.add(keys, vectors)
        return built

    def add(self, keys: Keys, vectors: Vectors) -> None:
        if len(keys):
            if self._index is not None:
                self._index.add(keys, vectors)
            elif self._flat is not None:
                self._flat.add(keys, vectors)
            self.dirty = True

    def remove(self, keys: Keys) -> None:
        if len(keys):
            if self._index is not None:
                self._index.remove(keys)
            elif self._flat is not None:
                self._flat.remove(keys)
            self.dirty = True

    def search(self, vector: Vectors, count: int, exact: bool | None = None) -> list[int]:
        """The keys of up to `count` nearest vectors, nearest first: by a full scan up to EXACT_BELOW vectors,
        else through the graph (`exact` forces either on a graph: tests and benchmarks; a flat matrix is always
        scanned)."""
        count = min(count, len(self))
        if count <= 0:
            return []
        if self._flat is not None:
            return self._flat.search(vector, count)
        assert self._index is not None
        matches = self._index.search(vector, count, exact=len(self) <= EXACT_BELOW if exact is None else exact)
        return [int(key) for key in matches.keys]

    def save(self) -> None:
        """Write the index and then its sidecar, each atomically, then drop the other form's file. OSError when the
        folder cannot be written: the caller logs it (the next start rebuilds)."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        if self._index is not None:
            index = self._index
            _replace(self.path, lambda name: index.save(name))
            form, other = "graph", _flat_file(self.path)
        else:
            flat = self._flat or FlatVectors(self.dimensions)
            _replace(_flat_file(self.path), lambda name: _write_flat(name, flat))
            form, other = "flat", self.path
        meta = {"format": FORMAT, "form": form, "generation": self.generation, "dimensions": self.dimensions,
                "count": len(self)}
        write_atomic(_sidecar(self.path), json.dumps(meta).encode("utf-8"))
        other.unlink(missing_ok=True)
        self.dirty = False


def _replace(path: Path, write: Callable[[str], object]) -> None:
    """`write` fills a temp file beside `path`, which is fsynced and renamed over it."""
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        write(tmp_name)
        with open(tmp_name, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(tmp_name, path)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise


def _write_flat(name: str, flat: FlatVectors) -> None:
    """The keys (little-endian uint64), then the rows: the sidecar's count tells where one ends."""
    with open(name, "wb") as handle:
        handle.write(flat.keys().astype("<u8").tobytes())
        handle.write(flat.rows().tobytes())


def _read_flat(path: Path, dimensions: int, count: int) -> FlatVectors:
    size = path.stat().st_size
    if size != count * (8 + dimensions):
        raise ValueError(f"{size} bytes, where {count} vectors need {count * (8 + dimensions)}")
    keys: Keys = np.fromfile(path, dtype="<u8", count=count).astype(np.uint64)
    rows: Rows = np.fromfile(path, dtype=np.int8, offset=8 * count).reshape(count, dimensions)
    return FlatVectors(dimensions, keys, rows)


def delete_index_files(path: Path) -> None:
    """Remove an index and its sidecar (sidecar first: a half-deleted pair reads as stale, never as valid)."""
    for stale in (_sidecar(path), path, _flat_file(path)):
        try:
            stale.unlink(missing_ok=True)
        except OSError as exc:
            log.warning("cannot delete %s: %s", stale, exc.strerror or exc)


def unit_vectors(vectors: Sequence[Sequence[float]], dimensions: int) -> Vectors:
    """The vectors as a float32 matrix of unit rows, checked: all of `dimensions` numbers (any, when 0: the first
    vector decides), finite. KnowledgeError otherwise: a wrong size means another embedding model. A zero vector
    stays zero (its cosine with anything is 0)."""
    try:
        matrix = np.asarray(vectors, dtype=np.float32)
    except (TypeError, ValueError) as exc:  # ragged rows, text
        raise KnowledgeError(QT_TR_NOOP("The embedding model returned vectors that are not lists of numbers of "
                                        "one length")) from exc
    if matrix.ndim != 2 or matrix.shape[1] == 0:
        raise KnowledgeError(QT_TR_NOOP("The embedding model returned empty vectors"))
    if dimensions and matrix.shape[1] != dimensions:
        raise KnowledgeError(
            QT_TR_NOOP("The embedding model returned vectors of {got} numbers, but this collection's have {want}: "
                       "use the model it was indexed with, or choose the new model to embed it again"),
            got=matrix.shape[1], want=dimensions,
        )
    if not np.isfinite(matrix).all():
        raise KnowledgeError(QT_TR_NOOP("The embedding model returned a vector that is not made of finite numbers"))
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    unit: Vectors = np.divide(matrix, norms, out=np.zeros_like(matrix), where=norms > 0)
    return unit


def to_blob(vector: Vectors) -> bytes:
    """SQLite's copy: float16, little-endian whatever the machine (the file may move to another computer)."""
    return vector.astype("<f2").tobytes()


def from_blobs(blobs: Sequence[bytes], dimensions: int) -> Vectors:
    matrix: Vectors = np.frombuffer(b"".join(blobs), dtype="<f2").reshape(len(blobs), dimensions).astype(np.float32)
    return matrix


def rescored(query: Vectors, candidates: dict[int, bytes], dimensions: int, k: int) -> list[tuple[int, float]]:
    """The k best of the index's candidates by their exact cosine with the (unit) query, computed from SQLite's
    float16 vectors; a blob of the wrong size (a damaged row) is left out."""
    ids = [key for key, blob in candidates.items() if len(blob) == 2 * dimensions]
    if not ids:
        return []
    # float16 rounding can put a unit vector's cosine with itself a hair above 1.
    scores = np.clip(from_blobs([candidates[key] for key in ids], dimensions) @ query, -1.0, 1.0)
    ranked = sorted(zip(ids, scores.tolist(), strict=True), key=lambda pair: -pair[1])
    return [(key, float(score)) for key, score in ranked[:k]]
