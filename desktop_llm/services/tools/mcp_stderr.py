"""The last lines a stdio MCP server wrote to stderr, for its "failed" status in Settings (issue 14).

A server may write without end (debug logs), so only a bounded tail is kept; the pipe is read on a small daemon
thread (portable: asyncio cannot read an anonymous pipe on Windows' proactor loop). The pipe's end of file means
every holder of its write end is gone: the process exited (and its group, which the SDK kills together).
"""

from __future__ import annotations

import collections
import logging
import os
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TextIO

log = logging.getLogger(__name__)
MAX_LINES = 20
MAX_LINE_CHARS = 500


class StderrTail:
    """One server's stderr tail. open() per start; lines() from any thread."""

    def __init__(self, name: str, max_lines: int = MAX_LINES) -> None:
        self._name = name
        self._lock = threading.Lock()
        self._lines: collections.deque[str] = collections.deque(maxlen=max_lines)
        self._writer: TextIO | None = None
        self._thread: threading.Thread | None = None

    def lines(self) -> tuple[str, ...]:
        with self._lock:
            return tuple(self._lines)

    @contextmanager
    def open(self, on_end: Callable[[], None]) -> Iterator[TextIO]:
        """A file for the child's stderr; `on_end` is called (on the reader thread) when the pipe ends."""
        read_fd, write_fd = os.pipe()
        with self._lock:
            self._lines.clear()
        self._writer = os.fdopen(write_fd, "w", encoding="utf-8")
        self._thread = threading.Thread(target=self._read, args=(read_fd, on_end), daemon=True,
                                        name=f"mcp-stderr-{self._name}")
        self._thread.start()
        try:
            yield self._writer
        finally:
            self.spawned()

    def spawned(self) -> None:
        """The child holds its own copy of the write end now: drop ours, so the pipe ends when the child does."""
        writer, self._writer = self._writer, None
        if writer is not None:
            writer.close()

    def join(self, timeout: float) -> None:
        thread = self._thread
        if thread is not None:
            thread.join(timeout)

    def _read(self, read_fd: int, on_end: Callable[[], None]) -> None:
        partial = b""
        try:
            with os.fdopen(read_fd, "rb", buffering=0) as pipe:
                while chunk := pipe.read(4096):
                    *complete, partial = (partial + chunk).split(b"\n")
                    partial = partial[-MAX_LINE_CHARS * 4:]
                    self._keep(complete)
            self._keep([partial] if partial else [])
        except OSError as exc:
            log.debug("stderr of MCP server %r: %s", self._name, exc)
        finally:
            on_end()

    def _keep(self, raw_lines: list[bytes]) -> None:
        lines = [raw.decode("utf-8", "replace").rstrip("\r")[:MAX_LINE_CHARS] for raw in raw_lines]
        for line in lines:
            log.debug("MCP server %r: %s", self._name, line)
        with self._lock:
            self._lines.extend(lines)
