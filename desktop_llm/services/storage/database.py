"""The app's one SQLite database: connection settings and the versioned schema with its migrations."""

from __future__ import annotations

import logging
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from desktop_llm.core.errors import StoreError
from desktop_llm.core.ui_text import QT_TR_NOOP
from desktop_llm.services.storage.paths import make_private

log = logging.getLogger(__name__)


class DatabaseFileError(StoreError):
    """The database file itself is the problem; `path` says which file, for the way out the app offers."""

    def __init__(self, message: str, path: Path, /, **fields: object) -> None:
        super().__init__(message, **fields)
        self.path = path


class DatabaseCorruptError(DatabaseFileError):
    """The database file is damaged or is not a database; moving it aside and starting fresh is the way out."""


class DatabaseLockedError(DatabaseFileError):
    """Another program holds the database's write lock past the busy timeout; it may let go, so retrying can help."""


class DatabaseTooNewError(DatabaseFileError):
    """The database was written by a newer desktop-llm: this one must not touch it."""


class DatabaseUnwritableError(DatabaseFileError):
    """The database or its folder cannot be created, opened or written (permissions, a read-only or full disk)."""


# SQLite's primary result codes (the low byte of the extended code Python reports as `sqlite_errorcode`).
# How long a write waits for another program (a second instance, a backup tool) to let go of the lock.
BUSY_TIMEOUT_MS = 5000
_BUSY, _LOCKED, _PERM, _READONLY, _IOERR, _CORRUPT, _FULL, _CANTOPEN, _NOTADB = 5, 6, 3, 8, 10, 11, 13, 14, 26


def classify(exc: sqlite3.Error, path: Path, doing: str) -> StoreError:
    """The typed error for what SQLite reported, with a sentence for the user. `doing` is QT_TR_NOOP-marked
    text; as an error of its own in the fields it is shown translated too (controllers.i18n.error_text)."""
    code = getattr(exc, "sqlite_errorcode", -1) & 0xFF
    facts = {"doing": StoreError(doing), "path": path, "reason": exc}
    if code in (_CORRUPT, _NOTADB):
        return DatabaseCorruptError(QT_TR_NOOP("{doing}: the database {path} is damaged ({reason})"), path, **facts)
    if code in (_BUSY, _LOCKED):
        return DatabaseLockedError(QT_TR_NOOP("{doing}: the database {path} is locked by another program ({reason})"),
                                   path, **facts)
    if code in (_PERM, _READONLY, _IOERR, _FULL, _CANTOPEN):
        return DatabaseUnwritableError(QT_TR_NOOP("{doing}: the database {path} cannot be written ({reason})"), path,
                                       **facts)
    return StoreError(QT_TR_NOOP("{doing}: {reason}"), **facts)


def _v1(db: sqlite3.Connection) -> None:
    # Statement by statement: executescript() would COMMIT the migration's transaction half-way.
    _run_script(
        db,
        """
        CREATE TABLE conversations (
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL,
            system_prompt TEXT NOT NULL DEFAULT '',
            created_at REAL NOT NULL,
            updated_at REAL NOT NULL,
            current_leaf_id INTEGER
        );
        CREATE TABLE messages (
            id INTEGER PRIMARY KEY,
            conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
            parent_id INTEGER REFERENCES messages(id) ON DELETE CASCADE,
            role TEXT NOT NULL,
            content TEXT NOT NULL,
            created_at REAL NOT NULL,
            status TEXT NOT NULL DEFAULT 'complete'
        );
        CREATE INDEX messages_by_conversation ON messages(conversation_id);
        """
    )


def _run_script(db: sqlite3.Connection, script: str) -> None:
    for statement in script.split(";"):
        if statement.strip():
            db.execute(statement)


def _v2(db: sqlite3.Connection) -> None:
    # v2: per-message metadata (model, tokens/s, finish reason) for the chat view and exports.
    db.execute("ALTER TABLE messages ADD COLUMN meta TEXT NOT NULL DEFAULT '{}'")
    db.execute("CREATE INDEX conversations_by_update ON conversations(updated_at)")


MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [_v1, _v2]


def _v3(db: sqlite3.Connection) -> None:
    # v3: the download queue, so downloads resume after a restart.
    _run_script(
        db,
        """
        CREATE TABLE downloads (
            id INTEGER PRIMARY KEY,
            repo_id TEXT NOT NULL,
            name TEXT NOT NULL,
            files TEXT NOT NULL,
            total_bytes INTEGER NOT NULL,
            done_bytes INTEGER NOT NULL DEFAULT 0,
            status TEXT NOT NULL,
            error TEXT NOT NULL DEFAULT '',
            path TEXT NOT NULL DEFAULT '',
            created_at REAL NOT NULL,
            updated_at REAL NOT NULL
        )
        """,
    )


def _v4(db: sqlite3.Connection) -> None:
    # v4: finished summaries and translations, with their source, for the history lists.
    _run_script(
        db,
        """
        CREATE TABLE document_jobs (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL,
            source_name TEXT NOT NULL,
            source_text TEXT NOT NULL,
            options TEXT NOT NULL,
            result TEXT NOT NULL,
            created_at REAL NOT NULL
        );
        CREATE INDEX document_jobs_by_kind ON document_jobs(kind, created_at)
        """,
    )


def _v5(db: sqlite3.Connection) -> None:
    # v5: LoRA training runs, so the panel can reattach to a run (or say how it ended) after a restart.
    _run_script(
        db,
        """
        CREATE TABLE training_runs (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            base_model TEXT NOT NULL,
            config TEXT NOT NULL,
            run_dir TEXT NOT NULL,
            status TEXT NOT NULL,
            pid INTEGER NOT NULL DEFAULT 0,
            step INTEGER NOT NULL DEFAULT 0,
            total_steps INTEGER NOT NULL DEFAULT 0,
            val_loss_before REAL,
            val_loss_after REAL,
            adapter_gguf TEXT NOT NULL DEFAULT '',
            error TEXT NOT NULL DEFAULT '',
            created_at REAL NOT NULL,
            updated_at REAL NOT NULL
        )
        """,
    )


def _v6(db: sqlite3.Connection) -> None:
    # v6: a reasoning model's thoughts, beside the answer rather than in it or in meta (issue 13, part 2). A column
    # of its own because it is user content like `content` (thousands of tokens, never parsed as JSON on every
    # read of a message's stats), copies, exports and search read `content` alone without a way to get it wrong,
    # and older rows simply have none (''). How long the model thought is small and goes in meta (thinking_s).
    db.execute("ALTER TABLE messages ADD COLUMN reasoning TEXT NOT NULL DEFAULT ''")


def _v7(db: sqlite3.Connection) -> None:
    # v7: each chat's tool state (issue 14): the tools switched on, those allowed for the chat, the folders granted to
    # the file tools, as one small JSON object (services/storage/chat_tool_store.py); gone with its chat.
    db.execute("CREATE TABLE chat_tools (conversation_id INTEGER PRIMARY KEY REFERENCES conversations(id) "
               "ON DELETE CASCADE, state TEXT NOT NULL DEFAULT '{}')")


def _v8(db: sqlite3.Connection) -> None:
    # v8: images of user messages (issue 17), in order, by the content-addressed file each names
    # (services/storage/image_store.py): a row goes with its message, and a file once no row names its sha256.
    _run_script(
        db,
        """
        CREATE TABLE message_images (
            message_id INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            sha256 TEXT NOT NULL,
            mime TEXT NOT NULL,
            width INTEGER NOT NULL DEFAULT 0,
            height INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (message_id, position)
        );
        CREATE INDEX message_images_by_sha ON message_images(sha256)
        """,
    )


MIGRATIONS.extend([_v3, _v4, _v5, _v6, _v7, _v8])
SCHEMA_VERSION = len(MIGRATIONS)


def open_database(
    path: Path,
    migrations: Sequence[Callable[[sqlite3.Connection], None]] | None = None,
    doing: str = QT_TR_NOOP("cannot open the database"),
    prepare: Callable[[sqlite3.Connection], None] | None = None,
    label: str = "database",
    logger: logging.Logger = log,
) -> sqlite3.Connection:
    """Open (creating or migrating) the database: WAL, synchronous=FULL, foreign keys on, readable by its owner only.
    `migrations` (the app database's by default), `doing`, `label` and `logger` as migrate() takes them; `prepare`
    sets up the connection (SQL functions) before it is migrated.

    Raises a typed StoreError: DatabaseCorruptError, DatabaseLockedError, DatabaseTooNewError or
    DatabaseUnwritableError, so the app can say what is wrong and offer the way out (issue 10, item 15)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # Conversations are private (issue 10, item 17): SQLite gives its -wal and -shm files the database's mode.
        make_private(path, create=True)
        for companion in (path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
            if companion.exists():
                make_private(companion)
    except OSError as exc:
        raise DatabaseUnwritableError(
            QT_TR_NOOP("cannot create the database {path}: {reason}"), path, path=path, reason=exc.strerror or exc
        ) from exc
    db: sqlite3.Connection | None = None
    try:
        db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        if prepare is not None:
            prepare(db)
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=FULL")  # user content: a commit survives a power cut
        db.execute("PRAGMA foreign_keys=ON")
        db.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        migrate(db, path, MIGRATIONS if migrations is None else migrations, doing, label, logger)
        return db
    except sqlite3.Error as exc:
        if db is not None:
            db.close()  # a file left open cannot be moved aside on Windows
        raise classify(exc, path, doing) from exc
    except BaseException:
        if db is not None:
            db.close()
        raise


def rollback_quietly(db: sqlite3.Connection) -> None:
    """Roll back the open transaction, if there is one, without hiding the error that caused it.

    There is none after a failed BEGIN, and SQLite rolls back by itself after some errors (a full disk, a
    corrupt page): a ROLLBACK then raises "no transaction is active", which used to replace the real error."""
    if not db.in_transaction:
        return
    try:
        db.execute("ROLLBACK")
    except sqlite3.Error as exc:
        log.warning("rollback failed after an earlier error: %s", exc)


@contextmanager
def immediate_transaction(
    db: sqlite3.Connection, path: Path, doing: str = QT_TR_NOOP("database write failed")
) -> Iterator[sqlite3.Connection]:
    """BEGIN IMMEDIATE ... COMMIT; an SQLite error anywhere becomes the typed StoreError of its cause, after a
    rollback that can never mask it (issue 10, item 16). The caller holds its own lock around this."""
    try:
        db.execute("BEGIN IMMEDIATE")
        yield db
        db.execute("COMMIT")
    except sqlite3.Error as exc:
        rollback_quietly(db)
        raise classify(exc, path, doing) from exc
    except BaseException:
        rollback_quietly(db)
        raise


def migrate(
    db: sqlite3.Connection,
    path: Path,
    migrations: Sequence[Callable[[sqlite3.Connection], None]],
    doing: str,
    label: str = "database",
    logger: logging.Logger = log,
) -> None:
    """Brings `db` from its user_version to schema len(migrations), each step in order, in one immediate transaction
    (one process migrates at a time); a database from a newer app is refused (DatabaseTooNewError), never touched.
    `doing` says what failed for classify()'s sentence; `label` names the database in the log."""
    known = len(migrations)
    with immediate_transaction(db, path, doing):
        version = int(db.execute("PRAGMA user_version").fetchone()[0])
        if version > known:
            raise DatabaseTooNewError(
                QT_TR_NOOP("the database {path} was written by a newer desktop-llm (schema {version}, this one knows "
                           "{known})"),
                path, path=path, version=version, known=known,
            )
        for number in range(version, known):
            migrations[number](db)
            db.execute(f"PRAGMA user_version={number + 1}")
            logger.info("%s migrated to schema %d", label, number + 1)


class DatabaseTable:
    """Base of the small stores that share the app database: one connection, one lock, thread-safe."""

    def __init__(self, path: Path) -> None:
        self._db = open_database(path)
        self._lock = threading.Lock()

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def _update_row(self, table: str, row_id: int, values: dict[str, object]) -> None:
        """Set these columns and updated_at on one row (table and column names come from code, never input)."""
        assignments = "".join(f"{column}=?, " for column in values)
        with self._lock:
            self._db.execute(
                f"UPDATE {table} SET {assignments}updated_at=? WHERE id=?", (*values.values(), time.time(), row_id)
            )
