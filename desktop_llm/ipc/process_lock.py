"""A lock file that a process holds for as long as it lives, so another process can tell whether it still runs.

The training worker takes it at start; the app, even after a restart, tries to take it: if it can, the
worker is gone. Unlike a stored PID this cannot be fooled by PID reuse or a zombie, and the operating
system releases it however the process ends (exit, crash, SIGKILL).

`try_hold_removable`/`release_and_remove` make the same lock an "only one writer" guard for a file that several
processes may want to write (a download's partial file, issue 10 item 1).
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path
from typing import IO

from desktop_llm.core.errors import ProcessLockHeldError
from desktop_llm.core.ui_text import QT_TR_NOOP

if sys.platform == "win32":
    import msvcrt

    def _try_lock(handle: IO[bytes]) -> bool:
        # msvcrt locks a byte range from the current position, and "a+b" opens at the end of the file: every
        # process must lock the same byte (the first), or two of them could hold "the" lock at once.
        handle.seek(0)
        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False

else:
    import fcntl

    def _try_lock(handle: IO[bytes]) -> bool:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except OSError:
            return False


def hold(path: Path) -> IO[bytes]:
    """Take the lock for the life of this process; the returned handle must stay open. Raises
    ProcessLockHeldError when another live process holds it."""
    handle = open(path, "a+b")
    if not _try_lock(handle):
        handle.close()
        raise ProcessLockHeldError(QT_TR_NOOP("another process already holds {path}"), path=path)
    return handle


def is_held(path: Path) -> bool:
    """True while some live process holds the lock at `path`."""
    if not path.exists():
        return False
    with open(path, "a+b") as handle:
        return not _try_lock(handle)  # taking it succeeded: nobody holds it (closing releases it again)


def try_hold_removable(path: Path) -> IO[bytes] | None:
    """Take the lock at `path` now, or return None when another handle (another process, or another thread of
    this one: flock and msvcrt locks belong to the open file, not the process) holds it. Pair with
    `release_and_remove`.

    A holder removes the lock file as it lets go (`release_and_remove`), so a handle opened just before that
    points at a deleted file; taking a lock on it would let two holders coexist. Hence the check that `path`
    still names the very file that was locked, and a retry on the new one when it does not.
    """
    while True:
        handle = open(path, "a+b")
        if not _try_lock(handle):
            handle.close()
            return None
        try:
            current = os.stat(path)
        except FileNotFoundError:
            handle.close()
            continue
        mine = os.fstat(handle.fileno())
        if (current.st_dev, current.st_ino) == (mine.st_dev, mine.st_ino):
            return handle
        handle.close()


def release_and_remove(handle: IO[bytes], path: Path) -> None:
    """Let go of a lock taken with `try_hold_removable` and remove its file (best effort: the next holder
    recreates it)."""
    if sys.platform == "win32":
        # Windows cannot delete a file that is open; closing first is safe there because a delete of a file
        # that another process has open fails rather than pulling it from under that process.
        handle.close()
        with contextlib.suppress(OSError):
            path.unlink()
        return
    with contextlib.suppress(OSError):
        path.unlink()  # still holding it: whoever opens the path next creates a fresh file and locks that
    handle.close()
