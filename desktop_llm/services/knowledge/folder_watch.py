"""Watching a collection's folders while the app runs (issue 12), on watchdog (inotify, FSEvents, ReadDirectoryChangesW).

A save in an editor is a burst of events (temp file, rename, modify, attributes), a copied folder thousands: the
watcher waits until a source has been quiet for `debounce_s` and then reports that source once, and the indexer
finds out what changed (changes made while the app was closed are found the same way, by the index at start).
Events inside hidden, dependency and cache folders, and on files the index does not read, are ignored, so a
build writing into node_modules or __pycache__ does not re-index anything.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Callable, Sequence

from watchdog.events import FileSystemEvent, FileSystemEventHandler
from watchdog.observers import Observer
from watchdog.observers.api import BaseObserver

from desktop_llm.services.knowledge.file_scan import is_indexed_name, is_skipped_folder, source_of

log = logging.getLogger(__name__)


class FolderWatcher:
    """Reports a source whose files changed. `changed(source)` is called on the watcher's own debounce thread;
    `watch` and `close` may be called from any thread. `close()` joins every thread it started."""

    def __init__(self, changed: Callable[[str], None], debounce_s: float = 2.0) -> None:
        self._changed = changed
        self._debounce_s = debounce_s
        self._lock = threading.Condition()
        self._sources: tuple[str, ...] = ()
        self._due: dict[str, float] = {}  # source -> when it has been quiet long enough to report
        self._closed = False
        self._observer: BaseObserver | None = None
        # One watch() or close() at a time: watchdog's inotify observer starts a reader thread as it is made, which
        # only stop() ends; two watch() calls at once could each swap in an observer and stop the other's before
        # it was started (a leaked reader thread), and a close() in between could miss the newest one.
        self._watching = threading.Lock()
        self._thread = threading.Thread(target=self._report_loop, name="knowledge-watch", daemon=True)
        self._thread.start()

    def watch(self, sources: Sequence[str]) -> None:
        """Watch exactly these sources (folders recursively, single files through their folder), replacing the
        set watched before. A source that does not exist is skipped (the index reports it as not found). With
        nothing to watch no observer is kept (nor its thread)."""
        with self._watching:
            if self._closed:
                return
            handler = _Handler(self._event)
            observer = Observer()
            observer.daemon = True
            watched: list[str] = []
            try:
                for source in dict.fromkeys(os.path.abspath(s) for s in sources):
                    folder = source if os.path.isdir(source) else os.path.dirname(source)
                    if not os.path.isdir(folder):
                        continue
                    try:
                        observer.schedule(handler, folder, recursive=os.path.isdir(source))
                    except OSError:  # the system's watch limit (inotify's max_user_watches), permissions
                        log.warning("cannot watch %s", source, exc_info=True)
                        continue
                    watched.append(source)
                if watched:
                    observer.start()
            except BaseException:
                _stop_observer(observer)
                raise
            kept: BaseObserver | None = observer if watched else None
            if kept is None:
                _stop_observer(observer)  # never started: stop() still ends its reader thread
            with self._lock:
                old, self._observer, self._sources = self._observer, kept, tuple(watched)
                self._due = {s: t for s, t in self._due.items() if s in self._sources}
            _stop_observer(old)

    def close(self) -> None:
        """Stop watching and join every thread this watcher started. Idempotent."""
        with self._watching:
            with self._lock:
                self._closed = True
                observer, self._observer = self._observer, None
                self._lock.notify_all()
            _stop_observer(observer)
        self._thread.join()

    def _event(self, path: str) -> None:
        """A file event from an observer thread: the source it belongs to becomes due after the quiet time."""
        with self._lock:
            source = source_of(path, self._sources)
            if source is None or not _relevant(path, source):
                return
            self._due[source] = time.monotonic() + self._debounce_s
            self._lock.notify_all()

    def _report_loop(self) -> None:
        while True:
            with self._lock:
                while not self._closed:
                    now = time.monotonic()
                    ready = [s for s, due in self._due.items() if due <= now]
                    if ready:
                        break
                    self._lock.wait(min(self._due.values()) - now if self._due else None)
                if self._closed:
                    return
                for source in ready:
                    del self._due[source]
            for source in ready:
                try:
                    self._changed(source)
                except Exception:  # the callback's error must not end the watching
                    log.exception("the folder watcher's callback failed for %s", source)


def _stop_observer(observer: BaseObserver | None) -> None:
    """Stop an observer and join its threads, started or not (an unstarted one cannot be joined, but its inotify
    reader thread, started when it was made, ends with stop())."""
    if observer is None:
        return
    observer.stop()
    if observer.ident is not None:  # started
        observer.join()


def _relevant(path: str, source: str) -> bool:
    """Whether an event at `path` can change what `source` indexes: a file the index reads, or a folder (a
    folder deleted or moved takes its files with it), outside skipped folders."""
    relative = os.path.relpath(path, source) if path != source else os.path.basename(path)
    parts = [p for p in relative.split(os.sep) if p not in ("", ".")]
    if any(is_skipped_folder(p) for p in parts[:-1]):
        return False
    name = parts[-1] if parts else os.path.basename(path)
    if os.path.isfile(source):
        return path == source
    return is_indexed_name(name) or (not os.path.splitext(name)[1] and not is_skipped_folder(name))


class _Handler(FileSystemEventHandler):
    def __init__(self, report: Callable[[str], None]) -> None:
        self._report = report

    def on_any_event(self, event: FileSystemEvent) -> None:
        if event.event_type in ("opened", "closed_no_write"):
            return  # reading a file changes nothing (the indexer itself opens every file)
        if event.is_directory and event.event_type == "modified":
            return  # a folder's listing changed: the file's own event says whether it matters (not an editor's .swp)
        for raw in (event.src_path, getattr(event, "dest_path", "")):
            if raw:
                self._report(os.fsdecode(raw))
