"""The files of a collection's sources (issue 12): folders walked recursively, single files as given.

Hidden files and folders, version-control, dependency and cache folders and virtual environments are skipped:
they are not the user's documents, and a node_modules folder alone can hold 100,000 files. Symbolic links are
followed only while they stay inside the source (a link to `/` or to a parent would pull in the whole disk or
loop forever); each real folder is walked once. Files over the size limit are still listed, so the index reports
them as too large instead of leaving them out without a word.
"""

from __future__ import annotations

import logging
import os
import stat
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from desktop_llm.core.knowledge_types import FailedFile
from desktop_llm.core.ui_text import QT_TR_NOOP
from desktop_llm.services.documents.documents import MAX_FILE_BYTES, SUPPORTED

log = logging.getLogger(__name__)

MAX_FILES = 100_000  # per collection; a source with more is indexed up to here and says so
# Source code, read as text and chunked at top-level definitions (index_readers).
CODE_SUFFIXES = (
    ".py", ".js", ".ts", ".tsx", ".jsx", ".java", ".kt", ".c", ".h", ".cpp", ".hpp", ".cs", ".go", ".rs", ".rb",
    ".php", ".swift", ".sh", ".sql", ".css", ".scss", ".json", ".yaml", ".yml", ".toml", ".ini", ".xml",
)
DOCUMENT_SUFFIXES = SUPPORTED
INDEXED_SUFFIXES = frozenset(DOCUMENT_SUFFIXES + CODE_SUFFIXES)
# Folders that are never the user's documents (hidden ones, starting with ".", are skipped as well).
SKIPPED_FOLDERS = frozenset({
    "node_modules", "__pycache__", "site-packages", "venv", "env", "bower_components", "__MACOSX", "$RECYCLE.BIN",
    "System Volume Information",
})
_VENV_MARKER = "pyvenv.cfg"  # a virtual environment under any name

NOT_FOUND = QT_TR_NOOP("not found (a removed folder or a disconnected drive?); its files stay in the index")
NOT_SUPPORTED = QT_TR_NOOP("not a supported format")
TOO_MANY_FILES = QT_TR_NOOP("more than {limit} files: only the first {limit} are indexed")


class ScannedFile(NamedTuple):
    path: str  # absolute, as reached from the source (not the resolved target of a link)
    size: int
    mtime_ns: int


@dataclass(frozen=True)
class ScanResult:
    """The files found, in a stable (sorted) order, and what could not be scanned: a missing source, a single
    file of an unsupported kind, the file limit reached. `missing` holds the sources that were not there, whose
    files the indexer must keep rather than delete."""

    files: tuple[ScannedFile, ...]
    problems: tuple[FailedFile, ...] = ()
    missing: tuple[str, ...] = ()


def is_indexed_name(name: str) -> bool:
    """Whether a file of this name is one the index reads (supported suffix, not hidden)."""
    return not name.startswith(".") and os.path.splitext(name)[1].lower() in INDEXED_SUFFIXES


def is_skipped_folder(name: str) -> bool:
    return name.startswith(".") or name in SKIPPED_FOLDERS


def too_large(size: int) -> bool:
    return size > MAX_FILE_BYTES


def scan_sources(sources: Sequence[str], max_files: int = MAX_FILES,
                 stop: threading.Event | None = None) -> ScanResult:
    """Every indexed file under `sources`. Bounded: at most `max_files` files; `stop` ends the walk early (the
    result is then partial, and the caller must not treat absent files as deleted)."""
    found: dict[str, ScannedFile] = {}
    problems: list[FailedFile] = []
    missing: list[str] = []
    seen_real: set[str] = set()  # real paths of files taken, so a file linked twice is indexed once
    full = False
    for source in sorted(dict.fromkeys(sources)):
        if full or (stop is not None and stop.is_set()):
            break
        try:
            st = os.stat(source)
        except OSError:
            missing.append(source)
            problems.append(FailedFile.of(source, NOT_FOUND))
            continue
        if os.path.isdir(source):
            full = _walk(source, found, seen_real, max_files, stop)
        elif os.path.splitext(source)[1].lower() in INDEXED_SUFFIXES:  # named by the user: hidden or not
            real = os.path.realpath(source)
            if real not in seen_real and source not in found:
                seen_real.add(real)
                found[source] = ScannedFile(source, st.st_size, st.st_mtime_ns)
                full = len(found) >= max_files
        else:
            problems.append(FailedFile.of(source, NOT_SUPPORTED))
    if full:
        log.info("file limit of %d reached while scanning %s", max_files, sources)
        problems.append(FailedFile.of(", ".join(sources), TOO_MANY_FILES, limit=f"{max_files:,}"))
    files = tuple(sorted(found.values()))
    return ScanResult(files, tuple(problems), tuple(missing))


def _walk(source: str, found: dict[str, ScannedFile], seen_real: set[str], max_files: int,
          stop: threading.Event | None) -> bool:
    """Files under the folder `source` into `found`; True when `max_files` was reached."""
    root = os.path.realpath(source)
    visited = {root}
    pending = [source]
    while pending:
        if stop is not None and stop.is_set():
            return False
        folder = pending.pop()
        try:
            with os.scandir(folder) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as exc:  # unreadable folder (permissions): skip it, keep the rest
            log.info("cannot list %s: %s", folder, exc)
            continue
        subfolders: list[str] = []
        for entry in entries:
            try:
                is_link = entry.is_symlink()
                is_dir = entry.is_dir()  # follows a link
            except OSError:
                continue
            if is_dir:
                if is_skipped_folder(entry.name) or os.path.exists(os.path.join(entry.path, _VENV_MARKER)):
                    continue
                real = os.path.realpath(entry.path)
                if real in visited or (is_link and not _inside(real, root)):
                    continue  # a loop, a second way to the same folder, or a link out of the source
                visited.add(real)
                subfolders.append(entry.path)
                continue
            if not is_indexed_name(entry.name):
                continue
            try:
                st = entry.stat()
            except OSError:
                continue  # a dangling link, or a file deleted while we looked
            real = os.path.realpath(entry.path) if is_link else entry.path
            if (is_link and not _inside(real, root)) or real in seen_real or not _is_regular(st.st_mode):
                continue
            seen_real.add(real)
            found[entry.path] = ScannedFile(entry.path, st.st_size, st.st_mtime_ns)
            if len(found) >= max_files:
                return True
        pending.extend(reversed(subfolders))  # depth first, in name order
    return False


def _inside(real: str, root: str) -> bool:
    return real == root or real.startswith(root.rstrip(os.sep) + os.sep)


def _is_regular(mode: int) -> bool:
    return stat.S_ISREG(mode)  # not a FIFO or device: reading one would block or never end


def source_of(path: str, sources: Sequence[str]) -> str | None:
    """The source a path belongs to (the longest that contains it), or None."""
    best: str | None = None
    for source in sources:
        if path == source or Path(path).is_relative_to(source):
            if best is None or len(source) > len(best):
                best = source
    return best
