"""A lock file that a process holds for as long as it lives, so another process can tell whether it still runs.

The training worker takes it at start; the app, even after a restart, tries to take it: if it can, the
worker is gone. Unlike a stored PID this cannot be fooled by PID reuse or a zombie, and the operating
system releases it however the process ends (exit, crash, SIGKILL).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import IO

if sys.platform == "win32":
    import msvcrt

    def _try_lock(handle: IO[bytes]) -> bool:
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
    """Take the lock for the life of this process; the returned handle must stay open."""
    handle = open(path, "a+b")
    if not _try_lock(handle):
        handle.close()
        raise RuntimeError(f"another process already holds {path}")
    return handle


def is_held(path: Path) -> bool:
    """True while some live process holds the lock at `path`."""
    if not path.exists():
        return False
    with open(path, "a+b") as handle:
        return not _try_lock(handle)  # taking it succeeded: nobody holds it (closing releases it again)
