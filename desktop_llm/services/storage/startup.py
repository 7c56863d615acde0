"""What stops the app from starting on its data as it is, said in one sentence, with the way out.

A damaged, locked or newer-schema database, or a folder the app cannot write, used to surface as a traceback on
stderr (and, in the bundle, as an app that never opened): issue 10, item 15. Here each becomes a StartupError
that the window shows in a dialog and the command line prints as one line.
"""

from __future__ import annotations

import logging
import os
import tempfile
import time
from pathlib import Path

from desktop_llm.core.errors import DesktopLlmError, StoreError
from desktop_llm.core.ui_text import QT_TR_NOOP
from desktop_llm.services.storage.database import (
    DatabaseCorruptError,
    DatabaseLockedError,
    DatabaseTooNewError,
    DatabaseUnwritableError,
)
from desktop_llm.services.storage.paths import HOME_ENV, AppPaths

log = logging.getLogger(__name__)


class StartupError(DesktopLlmError):
    """The app cannot start on its data as it is. `database` is set when moving that file aside and starting
    fresh is a way out; `retry_may_help` when another program holds it and may let go."""

    def __init__(self, message: str, /, *, database: Path | None = None, retry_may_help: bool = False,
                 **fields: object) -> None:
        super().__init__(message, **fields)
        self.database = database
        self.retry_may_help = retry_may_help


def prepare_folders(paths: AppPaths) -> AppPaths:
    """Create the app's folders (private) and check that each can be written; raises StartupError."""
    try:
        paths.ensure()
    except OSError as exc:
        raise _folder_error(Path(exc.filename) if exc.filename else paths.data_dir, exc) from exc
    for folder in (paths.config_dir, paths.data_dir, paths.cache_dir, paths.log_dir):
        try:
            # mkdir succeeds on an existing read-only folder: only writing a file proves it can be used.
            with tempfile.TemporaryFile(dir=folder, prefix=".write-check-"):
                pass
        except OSError as exc:
            raise _folder_error(folder, exc) from exc
    return paths


def _folder_error(folder: Path, exc: OSError) -> StartupError:
    return StartupError(
        QT_TR_NOOP("cannot use the folder {folder}: {reason}. Make sure it is a folder you can write to, or set {env} "
                   "to another one"), folder=folder, reason=exc.strerror or exc, env=HOME_ENV
    )


def explain_store_error(error: StoreError) -> StartupError:
    """The StartupError for a database that cannot be opened, offering what can fix it."""
    if isinstance(error, DatabaseCorruptError):
        return StartupError(
            QT_TR_NOOP("{error}. It can be moved aside (kept, renamed) so the app starts with an empty history"),
            database=error.path, error=error,
        )
    if isinstance(error, DatabaseTooNewError):
        return StartupError(
            QT_TR_NOOP("{error}. Install the newer version, or move this database aside (kept, renamed) and start fresh"),
            database=error.path, error=error,
        )
    if isinstance(error, DatabaseLockedError):
        return StartupError(
            QT_TR_NOOP("{error}. Close the other program using it (another desktop-llm command?) and try again"),
            retry_may_help=True, error=error,
        )
    if isinstance(error, DatabaseUnwritableError):
        return StartupError(QT_TR_NOOP("{error}. Check the permissions and free space of its folder, or set {env}"),
                            error=error, env=HOME_ENV)
    return StartupError("{error}", error=error)


def move_aside(database: Path, now: float | None = None) -> Path:
    """Rename the database (and its -wal and -shm files, which belong to it) to `<name>.broken-<timestamp>`,
    keeping every byte; the next start creates a fresh one. Returns the new path."""
    stamp = time.strftime("%Y%m%d-%H%M%S", time.localtime(time.time() if now is None else now))
    target = database.with_name(f"{database.name}.broken-{stamp}")
    serial = 1
    while target.exists():
        serial += 1
        target = database.with_name(f"{database.name}.broken-{stamp}-{serial}")
    try:
        # The -wal file first: SQLite finds it by the database's name, so it must follow it to the new name.
        for suffix in ("-wal", "-shm"):
            companion = database.with_name(database.name + suffix)
            if companion.exists():
                os.replace(companion, target.with_name(target.name + suffix))
        os.replace(database, target)
    except OSError as exc:
        raise StartupError(QT_TR_NOOP("could not move the database {file} aside: {reason}"), file=database,
                           reason=exc.strerror or exc) from exc
    log.warning("moved the database %s aside to %s; starting with a fresh one", database, target)
    return target
