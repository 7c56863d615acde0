"""The folder watcher (issue 12, K2): a change in a watched folder reports its source once the burst is over;
changes in skipped folders and to files the index does not read are not relevant."""

from __future__ import annotations

import queue
import threading
from pathlib import Path

from desktop_llm.services.knowledge.folder_watch import FolderWatcher, _relevant

WAIT_S = 20  # a generous bound for a loaded CI machine; each wait ends as soon as the report arrives


def _wait_for(reported: queue.Queue[str], source: Path) -> None:
    """Reports until `source`'s (a late event of an earlier write may report its own source once more)."""
    while (got := reported.get(timeout=WAIT_S)) != str(source):
        assert got in {str(p) for p in source.parent.iterdir()}


def test_changes_report_their_source(tmp_path: Path) -> None:
    docs, other, single_dir = tmp_path / "docs", tmp_path / "other", tmp_path / "single"
    for folder in (docs / "sub", other, single_dir):
        folder.mkdir(parents=True)
    single = single_dir / "one.md"
    single.write_text("first", encoding="utf-8")
    reported: queue.Queue[str] = queue.Queue()
    watcher = FolderWatcher(reported.put, debounce_s=0.2)
    try:
        watcher.watch([str(docs), str(single), str(tmp_path / "missing")])
        (single_dir / "neighbour.md").write_text("not watched", encoding="utf-8")
        (other / "elsewhere.md").write_text("not watched", encoding="utf-8")
        (docs / "sub" / "new.md").write_text("# New\n\nA new note.", encoding="utf-8")
        assert reported.get(timeout=WAIT_S) == str(docs)
        single.write_text("second", encoding="utf-8")
        _wait_for(reported, single)

        watcher.watch([str(other)])  # the set is replaced
        (other / "later.md").write_text("now watched", encoding="utf-8")
        _wait_for(reported, other)
    finally:
        watcher.close()


def test_what_is_relevant(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "one.md").write_text("x", encoding="utf-8")
    assert _relevant(str(docs / "sub" / "a.md"), str(docs))
    assert _relevant(str(docs / "sub"), str(docs))  # a folder moved or deleted takes its files
    for ignored in ("node_modules/x.md", ".git/index", "sub/.cache/y.md", "photo.png", ".notes.md.swp"):
        assert not _relevant(str(docs / ignored), str(docs)), ignored
    assert _relevant(str(docs / "one.md"), str(docs / "one.md"))


def _threads_of(started_before: set[threading.Thread]) -> list[str]:
    return [t.name for t in threading.enumerate() if t not in started_before and t.is_alive()]


def test_no_thread_is_left_after_close_whatever_was_watched(tmp_path: Path) -> None:
    """watchdog's inotify observer starts a reader thread as it is made: an observer with nothing to watch is never
    started, and must still be stopped; close() ends every thread in each path."""
    folder = tmp_path / "docs"
    folder.mkdir()
    paths: list[list[list[str]]] = [
        [],  # closed without ever watching
        [[]],  # nothing to watch
        [[str(tmp_path / "missing")]],  # only a source that is not there
        [[str(folder)]],
        [[str(folder)], []],  # watched, then nothing
        [[str(folder)], [str(tmp_path / "missing")], [str(folder)]],
    ]
    for calls in paths:
        before = set(threading.enumerate())
        watcher = FolderWatcher(lambda _source: None, debounce_s=0.1)
        for sources in calls:
            watcher.watch(sources)
        watcher.close()
        watcher.close()  # twice is harmless
        watcher.watch([str(folder)])  # after close: nothing starts
        assert _threads_of(before) == [], calls


def test_concurrent_watch_calls_and_close_leave_no_thread(tmp_path: Path) -> None:
    folders = [tmp_path / f"f{n}" for n in range(4)]
    for folder in folders:
        folder.mkdir()
    before = set(threading.enumerate())
    watcher = FolderWatcher(lambda _source: None, debounce_s=0.1)
    callers = [threading.Thread(target=lambda n=n: [watcher.watch([str(folders[(n + i) % 4])] if i % 3 else [])
                                                    for i in range(10)]) for n in range(4)]
    for caller in callers:
        caller.start()
    for caller in callers:
        caller.join()
    watcher.close()
    assert _threads_of(before) == []
