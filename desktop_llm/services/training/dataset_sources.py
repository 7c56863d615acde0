"""Where a generated dataset's pieces come from and where it goes (issue 16): a document cut into chunks with the
model's own tokenizer, a knowledge collection's chunks (read-only, from its database), the journal of a run that
lets an interrupted one resume, and the JSONL file saved into the data folder's datasets."""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import re
import sqlite3
from collections.abc import Callable, Sequence
from pathlib import Path

from desktop_llm.core.chunking import chunk_text
from desktop_llm.core.dataset_types import MakeOptions, QAPair, SourceChunk, chat_lines
from desktop_llm.core.errors import DatasetError, KnowledgeNotFoundError
from desktop_llm.core.ui_text import QT_TR_NOOP
from desktop_llm.services.storage.atomic_file import write_atomic

log = logging.getLogger(__name__)
DATASETS_DIR = "datasets"  # <data>/datasets: beside <data>/training, where the runs live
JOURNALS_DIR = ".unfinished"  # <data>/datasets/.unfinished/<key>.jsonl: the chunks an interrupted run answered
MAX_JOURNAL_BYTES = 64 * 1024 * 1024
MIN_PASSAGE_CHARS = 40  # shorter than this, a piece holds nothing to ask about (a heading): joined to the next
MAX_COLLECTION_CHUNKS = 20_000  # read at most this many rows of a collection before sampling


def datasets_dir(data_dir: Path) -> Path:
    return data_dir / DATASETS_DIR


def evenly(items: Sequence[SourceChunk], limit: int) -> list[SourceChunk]:
    """At most `limit` of `items`, spread over the whole source (not just its beginning)."""
    if limit <= 0 or len(items) <= limit:
        return list(items)
    step = len(items) / limit
    return [items[int(i * step)] for i in range(limit)]


def document_chunks(text: str, name: str, count: Callable[[str], int], budget: int, limit: int) -> list[SourceChunk]:
    """The document's chunks, each within `budget` tokens, ids "<n>" in document order (sampled down to `limit`)."""
    chunks = _carried([SourceChunk(str(index + 1), chunk.text, name)
                       for index, chunk in enumerate(chunk_text(text, count, budget)) if chunk.text.strip()])
    if not chunks:
        raise DatasetError(QT_TR_NOOP("{name} has no text to write questions about"), name=name)
    return evenly(chunks, limit)


def collection_chunks(database: Path, collection_id: int, count: Callable[[str], int], budget: int,
                      limit: int) -> tuple[str, list[SourceChunk]]:
    """A knowledge collection's name and passages. The index's chunks are small (sized for an embedding model, a
    heading alone can be one), so consecutive chunks of a file are joined up to about `budget` tokens by the counts
    the index stored, ids "k<first row id>" or "k<first>-<last>"; a passage this model counts as longer than
    `budget` is cut again ("….<n>"). The knowledge database is opened read-only on a connection of its own: the
    knowledge page's store is not touched, and WAL lets this read while the indexer writes."""
    try:
        db = sqlite3.connect(f"{database.resolve().as_uri()}?mode=ro", uri=True, timeout=10)
    except sqlite3.Error as exc:
        raise DatasetError(QT_TR_NOOP("cannot open the knowledge database: {reason}"), reason=exc) from exc
    try:
        row = db.execute("SELECT name FROM collections WHERE id=? AND deleted=0", (collection_id,)).fetchone()
        if row is None:
            raise KnowledgeNotFoundError(QT_TR_NOOP("This collection no longer exists (it was deleted)"))
        rows = db.execute(
            "SELECT c.id, c.text, c.tokens, f.path FROM chunks c JOIN files f ON f.id = c.file_id "
            "WHERE c.collection_id=? ORDER BY f.path, c.ordinal LIMIT ?", (collection_id, MAX_COLLECTION_CHUNKS)).fetchall()
    except sqlite3.Error as exc:
        raise DatasetError(QT_TR_NOOP("cannot read the knowledge database: {reason}"), reason=exc) from exc
    finally:
        db.close()
    name = str(row[0])
    picked = evenly(_joined(rows, int(budget * 0.8)), limit)  # the index's counts are another tokenizer's
    if not picked:
        raise DatasetError(QT_TR_NOOP("the collection “{name}” has no indexed text yet"), name=name)
    result: list[SourceChunk] = []
    for chunk in picked:
        if count(chunk.text) <= budget:
            result.append(chunk)
        else:
            pieces = chunk_text(chunk.text, count, budget)
            result += _carried([SourceChunk(f"{chunk.id}.{n + 1}", p.text, chunk.source) for n, p in enumerate(pieces)])
    return name, result


def _carried(chunks: list[SourceChunk]) -> list[SourceChunk]:
    """A piece too short to ask about (a heading cut off from its long section) goes in front of the next one."""
    result: list[SourceChunk] = []
    carry = ""
    for chunk in chunks:
        text = f"{carry}\n\n{chunk.text}" if carry else chunk.text
        if len(chunk.text.strip()) < MIN_PASSAGE_CHARS and chunk is not chunks[-1]:
            carry = text
            continue
        result.append(SourceChunk(chunk.id, text, chunk.source))
        carry = ""
    return result


def _joined(rows: Sequence[tuple[object, ...]], budget: int) -> list[SourceChunk]:
    """Consecutive chunks of the same file joined while their stored token counts stay within `budget`."""
    passages: list[SourceChunk] = []
    group: list[tuple[int, str]] = []
    group_path, group_tokens = "", 0

    def flush() -> None:
        if group and any(text.strip() for _, text in group):
            first, last = group[0][0], group[-1][0]
            chunk_id = f"k{first}" if first == last else f"k{first}-{last}"
            passages.append(SourceChunk(chunk_id, "\n\n".join(t for _, t in group if t.strip()), Path(group_path).name))

    for chunk_id, text, tokens, path in rows:
        size = int(tokens) if isinstance(tokens, int) else len(str(text)) // 4
        # A group too small to ask about (a heading) takes the next chunk even past the budget: cut again below.
        if group and (str(path) != group_path or (group_tokens + size > budget and group_tokens >= budget // 4)):
            flush()
            group, group_tokens = [], 0
        group.append((int(chunk_id), str(text)))  # type: ignore[call-overload]
        group_path, group_tokens = str(path), group_tokens + size
    flush()
    return passages


def journal_key(source: str, options: MakeOptions, chunks: Sequence[SourceChunk]) -> str:
    """Same source, same cut, same pairs per chunk: the same key, so a new run picks up an interrupted one."""
    digest = hashlib.sha256(f"{source}\0{options.key()}".encode())
    for chunk in chunks:
        digest.update(f"\0{chunk.id}\0{chunk.text}".encode())
    return digest.hexdigest()[:24]


class Journal:
    """Each answered chunk as a JSON line, fsynced, so a cancel, a crash or a closed window loses at most the chunk
    in flight. Unreadable lines (a write cut by a crash, an edited file) are ignored: their chunks are asked again."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def read(self) -> dict[str, list[QAPair] | None]:
        """chunk id -> its pairs (None: the chunk failed twice and was skipped)."""
        done: dict[str, list[QAPair] | None] = {}
        try:
            if self.path.stat().st_size > MAX_JOURNAL_BYTES:
                log.warning("ignoring the oversized dataset journal %s", self.path)
                return done
            lines = self.path.read_text(encoding="utf-8", errors="replace").splitlines()
        except OSError:
            return done
        for line in lines:
            with contextlib.suppress(ValueError, TypeError, KeyError, AttributeError, RecursionError):
                entry = json.loads(line)
                chunk = str(entry["chunk"])
                if entry.get("failed"):
                    done[chunk] = None
                else:
                    done[chunk] = [QAPair(str(q), str(a), chunk) for q, a in entry["pairs"]]
        return done

    def add(self, chunk_id: str, pairs: list[QAPair] | None) -> None:
        entry = {"chunk": chunk_id, "failed": True} if pairs is None else \
            {"chunk": chunk_id, "pairs": [[p.question, p.answer] for p in pairs]}
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with open(self.path, "a", encoding="utf-8") as handle:
                handle.write(json.dumps(entry, ensure_ascii=False) + "\n")
                handle.flush()
                os.fsync(handle.fileno())
        except OSError as exc:  # the run goes on; only resuming it is lost
            log.warning("cannot write the dataset journal %s: %s", self.path, exc.strerror or exc)

    def discard(self) -> None:
        self.path.unlink(missing_ok=True)


def safe_name(name: str) -> str:
    """A file name from the user's dataset name: no folders, no characters file systems refuse."""
    cleaned = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', "-", name).strip(" .-")[:80]
    return cleaned or "dataset"


def save_dataset(folder: Path, name: str, pairs: Sequence[QAPair], system_prompt: str = "",
                 overwrite: bool = False) -> Path:
    """The pairs as chat JSONL `<folder>/<name>.jsonl` (a free name "<name> (2).jsonl" unless `overwrite`),
    written atomically. Returns the path."""
    if not pairs:
        raise DatasetError(QT_TR_NOOP("the dataset is empty: keep at least one pair"))
    base = safe_name(name.removesuffix(".jsonl"))
    target = folder / f"{base}.jsonl"
    copy = 2
    while target.exists() and not overwrite:
        target, copy = folder / f"{base} ({copy}).jsonl", copy + 1
    data = "".join(line + "\n" for line in chat_lines(pairs, system_prompt)).encode("utf-8")
    try:
        write_atomic(target, data)
    except OSError as exc:
        raise DatasetError(QT_TR_NOOP("cannot write {path}: {reason}"), path=target, reason=exc.strerror or exc) from exc
    return target
