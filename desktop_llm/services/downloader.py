"""Downloads that survive anything: HTTP Range resume from the partial file (after a pause, a dropped
connection, a crash or a restart), retries with backoff, a free-space check, SHA-256 against the hub's LFS
metadata, and an atomic move into the library only when every part is verified.
"""

from __future__ import annotations

import errno
import hashlib
import logging
import os
import shutil
import time
import urllib.error
from collections.abc import Callable, Sequence
from pathlib import Path

from desktop_llm.core.errors import (
    Cancelled,
    ChecksumMismatchError,
    DiskFullError,
    DownloadError,
    HubAuthError,
    HubError,
    HubNotFoundError,
)
from desktop_llm.core.hub_types import RemoteFile
from desktop_llm.core.model_info import human_size
from desktop_llm.services.hub_client import HubClient

log = logging.getLogger(__name__)
CHUNK = 1024 * 1024
# No space, over quota, or over the file-size limit (RLIMIT_FSIZE): all "the disk is full" to the user.
_DISK_FULL = {errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)}
SPACE_MARGIN = 64 * 1024 * 1024
ProgressCallback = Callable[[int, int], None]  # bytes done (all files), bytes total


class _RangeIgnored(Exception):
    """The server answered a Range request with the whole file."""


def repo_folder(models_dir: Path, repo_id: str) -> Path:
    return models_dir / repo_id.replace("/", "__")


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
        return self._models / ".partial" / repo_id.replace("/", "__") / (file.path.replace("/", "__") + ".part")

    def final_path(self, repo_id: str, file: RemoteFile) -> Path:
        return repo_folder(self._models, repo_id) / file.path.rsplit("/", 1)[-1]

    def bytes_on_disk(self, repo_id: str, files: Sequence[RemoteFile]) -> int:
        done = 0
        for file in files:
            if self.final_path(repo_id, file).exists():
                done += file.size
            else:
                partial = self.partial_path(repo_id, file)
                done += min(partial.stat().st_size, file.size) if partial.exists() else 0
        return done

    def download(
        self, repo_id: str, files: Sequence[RemoteFile], progress: ProgressCallback, stop: Callable[[], bool]
    ) -> list[Path]:
        """Fetch every file, verify, then move them all into the library; returns the final paths."""
        total = sum(f.size for f in files)
        already = self.bytes_on_disk(repo_id, files)
        self._check_space(total - already)
        progress(already, total)
        done_before = 0
        for file in files:
            if self.final_path(repo_id, file).exists():
                done_before += file.size
                continue
            base = done_before
            self._fetch(repo_id, file, lambda n, b=base: progress(b + n, total), stop)  # type: ignore[misc]
            done_before += file.size
        finals: list[Path] = []
        for file in files:
            final = self.final_path(repo_id, file)
            partial = self.partial_path(repo_id, file)
            if partial.exists():
                final.parent.mkdir(parents=True, exist_ok=True)
                os.replace(partial, final)  # same file system: atomic
            finals.append(final)
        shutil.rmtree(self.partial_path(repo_id, files[0]).parent, ignore_errors=True)
        return finals

    def discard(self, repo_id: str, files: Sequence[RemoteFile]) -> None:
        for file in files:
            self.partial_path(repo_id, file).unlink(missing_ok=True)

    def _check_space(self, needed: int) -> None:
        self._models.mkdir(parents=True, exist_ok=True)
        free = shutil.disk_usage(self._models).free
        if needed + SPACE_MARGIN > free:
            raise DiskFullError(
                f"Not enough disk space: the download needs {human_size(needed)} more, "
                f"{human_size(free)} is free in {self._models}."
            )

    def _fetch(self, repo_id: str, file: RemoteFile, progress: Callable[[int], None], stop: Callable[[], bool]) -> None:
        partial = self.partial_path(repo_id, file)
        partial.parent.mkdir(parents=True, exist_ok=True)
        hasher = hashlib.sha256()
        have = partial.stat().st_size if partial.exists() else 0
        if have > file.size:
            partial.unlink()
            have = 0
        if have:
            with open(partial, "rb") as existing:  # resume: hash what is already there
                for block in iter(lambda: existing.read(4 * CHUNK), b""):
                    hasher.update(block)
        progress(have)
        failures = 0
        while have < file.size:
            if stop():
                raise Cancelled("download paused")
            try:
                have = self._stream(repo_id, file, partial, have, hasher, progress, stop)
                failures = 0
            except _RangeIgnored:
                hasher = hashlib.sha256()
                have = 0
            except (urllib.error.URLError, ConnectionError, TimeoutError, HubError) as exc:
                if isinstance(exc, (HubAuthError, HubNotFoundError)):
                    raise DownloadError(str(exc)) from exc
                failures += 1
                have = partial.stat().st_size if partial.exists() else 0
                if failures > self._retries:
                    raise DownloadError(
                        f"{file.path}: the connection keeps failing ({exc}); {human_size(have)} kept, retry to resume."
                    ) from exc
                delay = self._backoff * 2 ** (failures - 1)
                log.info("download of %s interrupted (%s); retry %d in %.1f s", file.path, exc, failures, delay)
                deadline = time.monotonic() + delay
                while time.monotonic() < deadline:
                    if stop():
                        raise Cancelled("download paused") from exc
                    time.sleep(0.05)
        if file.sha256 and hasher.hexdigest() != file.sha256.lower():
            partial.unlink(missing_ok=True)
            raise ChecksumMismatchError(
                f"{file.path}: the downloaded data is corrupt (SHA-256 {hasher.hexdigest()[:12]}… instead of "
                f"{file.sha256[:12]}…); the partial file was deleted, download it again."
            )

    def _stream(
        self, repo_id: str, file: RemoteFile, partial: Path, have: int, hasher: hashlib._Hash,
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
                            raise DiskFullError(
                                f"The disk is full: {file.path} stopped at {human_size(have)}. Free some space, "
                                "then resume: nothing was lost."
                            ) from exc
                        raise DownloadError(f"cannot write {partial}: {exc.strerror or exc}") from exc
                    hasher.update(block)
                    have += len(block)
                    progress(have)
                    if have >= file.size:
                        break
        if have < file.size:
            raise ConnectionError(f"connection closed at {have} of {file.size} bytes")
        return have
