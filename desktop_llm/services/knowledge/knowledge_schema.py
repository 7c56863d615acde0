"""The knowledge store's own SQLite file (issue 12): its schema with migrations, and the text FTS5 indexes.

A file of its own beside the app's database (`knowledge.sqlite3`): an index can reach millions of chunks, and a
damaged or deleted index must never cost the user a conversation. Same settings as services/storage/database.py
(WAL, synchronous=FULL, foreign keys, a schema version in `user_version`) and the same typed errors.

Keyword search must work for Chinese and Japanese, which put no spaces between words: FTS5's unicode61 tokenizer
would see a whole sentence as one token. The FTS index therefore holds a copy of each chunk's text where every
CJK character stands alone (`normalized`); a query is cut the same way and CJK runs become character bigrams
(`fts_query`), the usual way to search these scripts without a dictionary.
"""

from __future__ import annotations

import itertools
import json
import logging
import re
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path, PurePath
from typing import Any

from desktop_llm.core.errors import KnowledgeError
from desktop_llm.core.knowledge_types import Collection, IndexedFile
from desktop_llm.core.ui_text import QT_TR_NOOP
from desktop_llm.services.storage.database import (
    BUSY_TIMEOUT_MS,
    classify,
    open_database,
)

log = logging.getLogger(__name__)

# Han (with extensions A-H and the compatibility block), kana (with the half-width forms), Bopomofo. Fixed code
# point ranges, never unicodedata: the FTS index is deleted from by recomputing this copy, so it must come out the
# same on every Python version (a contentless FTS5 table cannot give the text back).
_CJK = (
    "\u3040-\u30ff\u3100-\u312f\u31a0-\u31bf\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f"
    "\U00020000-\U0002fa1f\U00030000-\U0003134f"
)
_CJK_CHAR = re.compile(f"[{_CJK}]")
_QUERY_PIECE = re.compile(f"[{_CJK}]+|[^\\s{_CJK}]+")
MAX_QUERY_TERMS = 64  # a pasted page as the query stays a bounded search
NORMALIZE_FUNCTION = "knowledge_normalized"
OPENING = QT_TR_NOOP("cannot open the knowledge database")  # what failed, for classify()'s sentence
READING = QT_TR_NOOP("cannot read the knowledge database")
WRITING = QT_TR_NOOP("cannot write the knowledge database")  # the SQL function the FTS triggers call


def normalized(text: str) -> str:
    """The text as the FTS index sees it: every CJK character a token of its own."""
    return _CJK_CHAR.sub(r" \g<0> ", text)


def _phrase(text: str) -> str:
    # Inside double quotes FTS5 syntax means nothing (AND, OR, NEAR, *, ^, parentheses): the text only goes through
    # the tokenizer. A quote is written twice.
    return '"' + text.replace('"', '""') + '"'


def fts_query(query: str) -> str:
    """An FTS5 MATCH expression for what the user typed, "" when it has no word to search for. Any text is safe:
    every term is a quoted phrase, so `C++ "foo` or `AND OR (` are words, never syntax. Terms are OR-ed (BM25 ranks
    chunks with more of them higher): a question in plain language must not need every word in one chunk."""
    terms: list[str] = []
    for piece in _QUERY_PIECE.findall(query):
        if _CJK_CHAR.match(piece):
            if len(piece) == 1:
                terms.append(piece)
            else:  # overlapping bigrams: 机器学习 -> "机 器" "器 学" "学 习"
                terms.extend(f"{a} {b}" for a, b in itertools.pairwise(piece))
        elif any(ch.isalnum() for ch in piece):  # punctuation alone would be an empty phrase
            terms.append(piece)
    unique = list(dict.fromkeys(terms))[:MAX_QUERY_TERMS]
    return " OR ".join(_phrase(term) for term in unique)


def collection_token(collection_id: int) -> str:
    """The token of the FTS `coll` column that keeps one collection's chunks apart from the others'."""
    return f"c{collection_id}"


def _run_script(db: sqlite3.Connection, script: str) -> None:
    # Statement by statement: executescript() would COMMIT the migration's transaction half-way. Split at ";;"
    # because a trigger's body has its own ";".
    for statement in script.split(";;"):
        if statement.strip():
            db.execute(statement)


def _v1(db: sqlite3.Connection) -> None:
    # chunks.collection_id repeats the file's collection so that FTS, vector rebuilds and "not yet embedded" never
    # join through files. AUTOINCREMENT: a chunk id is never reused, so an id held by a stale vector index file or a
    # reply's stored sources can never point at another chunk. The FTS table is contentless (the text lives once,
    # in chunks); the triggers keep it in step inside the same transaction, through the normalizing function.
    _run_script(
        db,
        f"""
        CREATE TABLE collections (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            name TEXT NOT NULL COLLATE NOCASE UNIQUE,
            sources TEXT NOT NULL DEFAULT '[]',
            embedding_model TEXT NOT NULL DEFAULT '',
            dimensions INTEGER NOT NULL DEFAULT 0,
            vector_generation INTEGER NOT NULL DEFAULT 0,
            created_at REAL NOT NULL
        );;
        CREATE TABLE files (
            id INTEGER PRIMARY KEY,
            collection_id INTEGER NOT NULL REFERENCES collections(id) ON DELETE CASCADE,
            path TEXT NOT NULL,
            size INTEGER NOT NULL,
            mtime_ns INTEGER NOT NULL,
            sha256 TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL,
            error TEXT NOT NULL DEFAULT '',
            chunks INTEGER NOT NULL DEFAULT 0,
            UNIQUE (collection_id, path)
        );;
        CREATE TABLE chunks (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            file_id INTEGER NOT NULL REFERENCES files(id) ON DELETE CASCADE,
            collection_id INTEGER NOT NULL,
            ordinal INTEGER NOT NULL,
            text TEXT NOT NULL,
            page INTEGER,
            heading TEXT NOT NULL DEFAULT '[]',
            start_char INTEGER NOT NULL,
            end_char INTEGER NOT NULL,
            tokens INTEGER NOT NULL,
            vector BLOB
        );;
        CREATE UNIQUE INDEX chunks_by_file ON chunks(file_id, ordinal);;
        CREATE INDEX chunks_by_collection ON chunks(collection_id);;
        CREATE INDEX chunks_unembedded ON chunks(collection_id, id) WHERE vector IS NULL;;
        CREATE VIRTUAL TABLE chunks_fts USING fts5(
            body, coll, content='', tokenize='unicode61 remove_diacritics 2'
        );;
        CREATE TRIGGER chunks_fts_insert AFTER INSERT ON chunks BEGIN
            INSERT INTO chunks_fts(rowid, body, coll)
            VALUES (new.id, {NORMALIZE_FUNCTION}(new.text), 'c' || new.collection_id);
        END;;
        CREATE TRIGGER chunks_fts_delete AFTER DELETE ON chunks BEGIN
            INSERT INTO chunks_fts(chunks_fts, rowid, body, coll)
            VALUES ('delete', old.id, {NORMALIZE_FUNCTION}(old.text), 'c' || old.collection_id);
        END;;
        CREATE TABLE attachments (
            conversation_id INTEGER NOT NULL,
            collection_id INTEGER NOT NULL REFERENCES collections(id) ON DELETE CASCADE,
            PRIMARY KEY (conversation_id, collection_id)
        );;
        CREATE INDEX attachments_by_collection ON attachments(collection_id);;
        CREATE TABLE conversation_options (
            conversation_id INTEGER PRIMARY KEY,
            only_documents INTEGER NOT NULL DEFAULT 0
        )
        """,
    )


def _v2(db: sqlite3.Connection) -> None:
    # A failure's reason (and an indexed file's note, "pages 3, 7 have no text") as its QT_TR_NOOP template and
    # fields, so the page shows it in the user's language; `error` stays the English text for the CLI. A chat's own
    # collection (files dropped into that chat) is marked with its conversation and left out of the lists.
    _run_script(
        db,
        """
        ALTER TABLE files ADD COLUMN error_template TEXT NOT NULL DEFAULT '';;
        ALTER TABLE files ADD COLUMN error_fields TEXT NOT NULL DEFAULT '[]';;
        ALTER TABLE collections ADD COLUMN conversation_id INTEGER NOT NULL DEFAULT 0;;
        CREATE INDEX collections_by_conversation ON collections(conversation_id) WHERE conversation_id != 0
        """,
    )


def _v3(db: sqlite3.Connection) -> None:
    # Long removals go in batches (knowledge_purge.py), each its own transaction: a collection being deleted is
    # marked first (hidden from every read, its name freed) and one whose vectors are being dropped for another
    # embedding model too, so a crash half-way never brings either back half-alive: the next open finishes them.
    _run_script(
        db,
        """
        ALTER TABLE collections ADD COLUMN deleted INTEGER NOT NULL DEFAULT 0;;
        ALTER TABLE collections ADD COLUMN dropping_vectors INTEGER NOT NULL DEFAULT 0
        """,
    )


MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [_v1, _v2, _v3]
SCHEMA_VERSION = len(MIGRATIONS)


def open_knowledge_database(path: Path) -> sqlite3.Connection:
    """Open (creating or migrating) the knowledge database. One connection for all threads (the store holds a lock
    around it). Raises the storage layer's typed StoreErrors: DatabaseCorruptError, DatabaseLockedError,
    DatabaseTooNewError, DatabaseUnwritableError. Made private to its owner, as the conversations are: it holds
    the user's documents, quoted."""
    return open_database(path, MIGRATIONS, OPENING, _add_functions, "knowledge database", log)


def _add_functions(db: sqlite3.Connection) -> None:
    db.create_function(NORMALIZE_FUNCTION, 1, normalized, deterministic=True)


def open_reader(path: Path) -> sqlite3.Connection:
    """A second, read-only connection for a long read (rebuilding a vector index) that must not hold the store's
    lock meanwhile: WAL lets it read a consistent snapshot while the indexer writes."""
    try:
        db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False)
        db.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        return db
    except sqlite3.Error as exc:
        raise classify(exc, path, READING) from exc


# Row helpers shared by the store's methods -----------------------------------------------------------------------
SELECT_COLLECTION = ("SELECT id, name, sources, embedding_model, dimensions, created_at, conversation_id "
                     "FROM collections")
SELECT_FILE = ("SELECT path, size, mtime_ns, sha256, status, error, chunks, error_template, error_fields FROM files "
               "WHERE collection_id=?")
IDS_PER_QUERY = 500  # ids per "IN (...)": far below SQLite's variable limit on every version


def collection_from_row(row: tuple[Any, ...]) -> Collection:
    cid, name, sources, model, dimensions, created, conversation = row
    return Collection(int(cid), str(name), tuple(json.loads(sources)), str(model), int(dimensions), float(created),
                      int(conversation))


def file_from_row(row: tuple[Any, ...]) -> IndexedFile:
    path, size, mtime_ns, sha256, status, error, chunks, template, fields = row
    return IndexedFile(str(path), int(size), int(mtime_ns), str(sha256), status, str(error), int(chunks), str(template),
                       _pairs(fields))


def _pairs(raw: str) -> tuple[tuple[str, str], ...]:
    """A failure's fields as stored (a JSON list of [name, value]); a damaged value reads as no fields (the English
    reason is shown then)."""
    try:
        pairs = json.loads(raw)
        return tuple((str(name), str(value)) for name, value in pairs)
    except (ValueError, TypeError):
        return ()


def covered(path: str, sources: Sequence[str]) -> bool:
    """Whether a collection's sources cover this file (a source is a folder or the file itself)."""
    return any(PurePath(path).is_relative_to(source) for source in sources)


def id_batches(ids: Sequence[int]) -> Iterator[list[int]]:
    for start in range(0, len(ids), IDS_PER_QUERY):
        yield [int(i) for i in ids[start:start + IDS_PER_QUERY]]


def marks(count: int) -> str:
    return ",".join("?" * count)


def upsert_file(db: sqlite3.Connection, collection_id: int, file: IndexedFile) -> int:
    """Insert or update a file's row (status, reason or note and its template included); its id (kept across
    updates)."""
    db.execute(
        "INSERT INTO files (collection_id, path, size, mtime_ns, sha256, status, error, chunks, error_template, "
        "error_fields) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(collection_id, path) DO UPDATE SET "
        "size=excluded.size, mtime_ns=excluded.mtime_ns, sha256=excluded.sha256, status=excluded.status, "
        "error=excluded.error, chunks=excluded.chunks, error_template=excluded.error_template, "
        "error_fields=excluded.error_fields",
        (collection_id, file.path, file.size, file.mtime_ns, file.sha256, file.status, file.error, file.chunks,
         file.error_template, json.dumps([list(pair) for pair in file.error_fields])))
    path = file.path
    row = db.execute("SELECT id FROM files WHERE collection_id=? AND path=?", (collection_id, path)).fetchone()
    return int(row[0])


def bump_generation(db: sqlite3.Connection, collection_id: int) -> tuple[int, list[int]]:
    """Move the collection's vector generation on by one; returns the generation before (and no removed ids)."""
    # UPDATE ... RETURNING would need SQLite 3.35; some systems' Pythons have older ones.
    db.execute("UPDATE collections SET vector_generation=vector_generation+1 WHERE id=?", (collection_id,))
    row = db.execute("SELECT vector_generation FROM collections WHERE id=?", (collection_id,)).fetchone()
    return int(row[0]) - 1, []


def checked_name(name: str) -> str:
    name = name.strip()
    if not name:
        raise KnowledgeError(QT_TR_NOOP("A collection needs a name"))
    return name


def check_free(db: sqlite3.Connection, name: str, own_id: int | None) -> None:
    row = db.execute("SELECT id FROM collections WHERE name=?", (name,)).fetchone()  # NOCASE: "Docs" is "docs"
    if row is not None and row[0] != own_id:
        raise KnowledgeError(QT_TR_NOOP("A collection named “{name}” exists already"), name=name)
