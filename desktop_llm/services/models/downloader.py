"""Downloads that survive anything: HTTP Range resume from the partial file (after a pause, a dropped
connection, a crash or a restart), retries with backoff, a free-space check, SHA-256 against the hub's LFS
metadata, and an atomic move into the library only when every part is verified.

One writer per partial file: a download holds an OS lock on each of its files (`<file>.part.lock`) from the
first byte to the move into the library, so a second window or `desktop-llm models download` beside the GUI
cannot append to the same partial file (issue 10 item 1). The hash is taken from the file on disk, not from
the bytes streamed, so whatever reached the disk is what gets verified.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import logging
import os
import shutil
import time
import urllib.error
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import IO

from desktop_llm.core.downloads import library_parts
from desktop_llm.core.errors import (
    Cancelled,
    ChecksumMismatchError,
    DiskFullError,
    DownloadBusyError,
    DownloadError,
    HubAuthError,
    HubError,
    HubNotFoundError,
)
from desktop_llm.core.hub_types import RemoteFile
from desktop_llm.core.model_info import human_size
from desktop_llm.core.ui_text import QT_TR_NOOP
from desktop_llm.ipc import process_lock
from desktop_llm.services.models.hub_client import HubClient

log = logging.getLogger(__name__)
CHUNK = 1024 * 1024
# No space, over quota, or over the file-size limit (RLIMIT_FSIZE): all "the disk is full" to the user.
_DISK_FULL = {errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)}
SPACE_MARGIN = 64 * 1024 * 1024
PARTIAL_DIR = ".partial"
ProgressCallback = Callable[[int, int], None]  # bytes done (all files), bytes total


class _RangeIgnored(Exception):
    """The server answered a Range request with the whole file."""


def repo_folder(models_dir: Path, repo_id: str) -> Path:
    return models_dir / repo_id.replace("/", "__")


def sha256_of(path: Path, stop: Callable[[], bool]) -> str:
    """The SHA-256 of a file as it is on disk; a pause request interrupts it (multi-GB files take a while)."""
    hasher = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(4 * CHUNK), b""):
            if stop():
                raise Cancelled("download paused")
            hasher.update(block)
    return hasher.hexdigest()


class Downloader:
    """Blocking; run one download per thread or process. `stop()` returning True pauses (partial kept)."""

    def __init__(self, hub: HubClient, models_dir: Path, retries: int = 5, backoff_s: float = 1.0,
                 timeout_s: float = 30.0) -> None:
        self._hub = hub
        self._models = models_dir
        self._retries = retries
        self._backoff = backoff_s
        self._timeout = timeout_s

    def partial_path(self, repo_id: str, file: RemoteFile) -> Path:
        return self._partial_dir(repo_id) / (file.path.replace("/", "__") + ".part")

    def final_path(self, repo_id: str, file: RemoteFile) -> Path:
        """Keyed by the repo-relative path (`Q4/model.gguf` and `Q8/model.gguf` are two files); unsafe paths raise."""
        return repo_folder(self._models, repo_id).joinpath(*library_parts(file.path))

    def bytes_on_disk(self, repo_id: str, files: Sequence[RemoteFile]) -> int:
        """A quick count for progress (sizes only: the hashes are checked by `download`)."""
        done = 0
        for file in files:
            partial = self.partial_path(repo_id, file)
            try:
                final = self.final_path(repo_id, file)
            except DownloadError:
                final = partial  # an unsafe path never has a final file; `download` says why
            if final != partial and final.is_file() and final.stat().st_size == file.size:
                done += file.size
            elif partial.exists():
                done += min(partial.stat().st_size, file.size)
        return done

    def download(
        self, repo_id: str, files: Sequence[RemoteFile], progress: ProgressCallback, stop: Callable[[], bool]
    ) -> list[Path]:
        """Fetch every file, verify, then move them all into the library; returns the final paths.

        Raises DownloadBusyError, before touching anything, when another window or command is downloading one
        of these files.
        """
        finals = [self.final_path(repo_id, file) for file in files]  # refuses unsafe paths before any write
        total = sum(f.size for f in files)
        with self._writer_locks(repo_id, files):
            already = self.bytes_on_disk(repo_id, files)
            self._check_space(total - already)
            progress(already, total)
            fetched: list[tuple[Path, Path]] = []
            done_before = 0
            for file, final in zip(files, finals, strict=True):
                if self._reusable(final, file, stop):
                    done_before += file.size
                    continue
                base = done_before
                partial = self._fetch(repo_id, file, lambda n, b=base: progress(b + n, total), stop)  # type: ignore[misc]
                fetched.append((partial, final))
                done_before += file.size
            for partial, final in fetched:
                final.parent.mkdir(parents=True, exist_ok=True)
                os.replace(partial, final)  # same file system: atomic; replaces a stale copy that failed the check
            progress(total, total)
        return finals

    def discard(self, repo_id: str, files: Sequence[RemoteFile]) -> None:
        """Delete these files' partial data, except where another window or command is downloading it."""
        for file in files:
            handle = self._try_lock(repo_id, file)
            if handle is None:
                log.info("not discarding %s: another window or command is downloading it", file.path)
                continue
            self.partial_path(repo_id, file).unlink(missing_ok=True)
            process_lock.release_and_remove(handle, self._lock_path(repo_id, file))
        self._remove_empty_partial_dirs(repo_id)

    def _partial_dir(self, repo_id: str) -> Path:
        return self._models / PARTIAL_DIR / repo_id.replace("/", "__")

    def _lock_path(self, repo_id: str, file: RemoteFile) -> Path:
        partial = self.partial_path(repo_id, file)
        return partial.with_name(partial.name + ".lock")

    def _try_lock(self, repo_id: str, file: RemoteFile) -> IO[bytes] | None:
        lock = self._lock_path(repo_id, file)
        for _ in range(10):
            lock.parent.mkdir(parents=True, exist_ok=True)
            try:
                return process_lock.try_hold_removable(lock)
            except FileNotFoundError:
                continue  # another download removed the emptied folder between our mkdir and open: again
        raise DownloadError(QT_TR_NOOP("cannot create {lock}: its folder keeps disappearing"), lock=lock)

    @contextlib.contextmanager
    def _writer_locks(self, repo_id: str, files: Sequence[RemoteFile]) -> Iterator[None]:
        """Hold the one-writer lock of every file for the whole download, then remove only our own leftovers."""
        held: list[tuple[IO[bytes], Path]] = []
        try:
            for file in files:
                handle = self._try_lock(repo_id, file)
                if handle is None:
                    raise DownloadBusyError(QT_TR_NOOP(
                        "{file} is already being downloaded by another desktop-llm window or command; "
                        "it will be in the library when that download finishes."), file=file.path)
                held.append((handle, self._lock_path(repo_id, file)))
            yield
        finally:
            for handle, path in held:
                process_lock.release_and_remove(handle, path)
            self._remove_empty_partial_dirs(repo_id)

    def _remove_empty_partial_dirs(self, repo_id: str) -> None:
        # rmdir, never rmtree: the folder may hold another download's partial file (issue 10 item 2).
        for folder in (self._partial_dir(repo_id), self._models / PARTIAL_DIR):
            with contextlib.suppress(OSError):
                folder.rmdir()

    def _reusable(self, final: Path, file: RemoteFile, stop: Callable[[], bool]) -> bool:
        """A file already in the library counts as downloaded only if its size and hash match the hub's."""
        if not final.is_file():
            return False
        size = final.stat().st_size
        if size == file.size and (not file.sha256 or sha256_of(final, stop) == file.sha256.lower()):
            return True
        log.info("%s does not match %s on the hub; downloading it again", final, file.path)
        return False

    def _check_space(self, needed: int) -> None:
        self._models.mkdir(parents=True, exist_ok=True)
        free = shutil.disk_usage(self._models).free
        if needed + SPACE_MARGIN > free:
            raise DiskFullError(
                QT_TR_NOOP("Not enough disk space: the download needs {needed} more, {free} is free in {folder}."),
                needed=human_size(needed), free=human_size(free), folder=self._models,
            )

    def _fetch(self, repo_id: str, file: RemoteFile, progress: Callable[[int], None], stop: Callable[[], bool]) -> Path:
        """Complete and verify this file's partial file (the caller holds its lock); returns its path."""
        partial = self.partial_path(repo_id, file)
        partial.parent.mkdir(parents=True, exist_ok=True)
        have = partial.stat().st_size if partial.exists() else 0
        if have > file.size:
            partial.unlink()
            have = 0
        progress(have)
        failures = 0
        while have < file.size:
            if stop():
                raise Cancelled("download paused")
            try:
                have = self._stream(repo_id, file, partial, have, progress, stop)
                failures = 0
            except _RangeIgnored:
                have = 0
            except (urllib.error.URLError, ConnectionError, TimeoutError, HubError) as exc:
                if isinstance(exc, (HubAuthError, HubNotFoundError)):
                    raise DownloadError("{error}", error=exc) from exc
                failures += 1
                have = partial.stat().st_size if partial.exists() else 0
                if failures > self._retries:
                    raise DownloadError(
                        QT_TR_NOOP("{file}: the connection keeps failing ({reason}); {kept} kept, retry to resume."),
                        file=file.path, reason=exc, kept=human_size(have),
                    ) from exc
                delay = self._backoff * 2 ** (failures - 1)
                log.info("download of %s interrupted (%s); retry %d in %.1f s", file.path, exc, failures, delay)
                deadline = time.monotonic() + delay
                while time.monotonic() < deadline:
                    if stop():
                        raise Cancelled("download paused") from exc
                    time.sleep(0.05)
        self._verify(partial, file, stop)
        return partial

    def _verify(self, partial: Path, file: RemoteFile, stop: Callable[[], bool]) -> None:
        """Check the file on disk (not the streamed bytes): its size, then its SHA-256 where the hub has one."""
        size = partial.stat().st_size
        digest = sha256_of(partial, stop) if file.sha256 and size == file.size else ""
        if size == file.size and digest == file.sha256.lower():
            return
        partial.unlink(missing_ok=True)
        found = f"SHA-256 {digest[:12]}… instead of {file.sha256[:12]}…" if digest else \
            f"{size:,} bytes instead of {file.size:,}"
        raise ChecksumMismatchError(QT_TR_NOOP(
            "{file}: the downloaded data is corrupt ({found}); the partial file was deleted, download it again."),
            file=file.path, found=found)

    def _stream(
        self, repo_id: str, file: RemoteFile, partial: Path, have: int,
        progress: Callable[[int], None], stop: Callable[[], bool],
    ) -> int:
        headers = {"Range": f"bytes={have}-"} if have else {}
        with self._hub.open(repo_id, file.path, headers, timeout=self._timeout) as response:
            if have and response.status == 200:
                # The server ignored Range: start over rather than append the whole file again.
                log.info("server ignored Range for %s; starting over", file.path)
                partial.unlink(missing_ok=True)
                raise _RangeIgnored
            with open(partial, "ab") as out:
                while True:
                    if stop():
                        out.flush()
                        raise Cancelled("download paused")
                    block = response.read(min(CHUNK, file.size - have) or CHUNK)
                    if not block:
                        break
                    try:
                        out.write(block)
                    except OSError as exc:
                        if exc.errno in _DISK_FULL:
                            raise DiskFullError(QT_TR_NOOP(
                                "The disk is full: {file} stopped at {size}. Free some space, then resume: nothing "
                                "was lost."), file=file.path, size=human_size(have)) from exc
                        raise DownloadError(QT_TR_NOOP("cannot write {file}: {reason}"), file=partial,
                                            reason=exc.strerror or exc) from exc
                    have += len(block)
                    progress(have)
                    if have >= file.size:
                        out.flush()
                        os.fsync(out.fileno())  # on disk before it is verified and moved into the library
                        break
        if have < file.size:
            raise ConnectionError(f"connection closed at {have} of {file.size} bytes")
        return have
