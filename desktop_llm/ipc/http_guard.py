"""Bounds on an HTTP server's connections (the private engine API's and the public API server's).

How many may be open, and how long each may take to ask.

ThreadingHTTPServer gives every connection a thread, and it reads the request line and headers before any
handler can check the bearer token. Without bounds, 300 idle sockets held 300 threads forever (issue 10,
item 11). A socket timeout alone is not enough: a client that trickles one byte per timeout keeps its
thread. So every connection carries a deadline for the phase it is in (waiting for a request head, reading
a body), a reaper thread shuts down the sockets whose deadline passed, and at the connection limit the
socket that has waited longest for a request makes room for the newcomer: idle or unauthenticated sockets
can never lock the app out. Only when every slot holds a request being served is a newcomer refused (503).
"""

from __future__ import annotations

import json
import logging
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from desktop_llm.core.errors import RequestInvalidError

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ConnectionLimits:
    max_connections: int = 64
    idle_timeout_s: float = 15.0  # for a whole request head, from the moment the connection waits for one
    body_timeout_s: float = 120.0  # for a whole request body (64 MiB at the slowest loopback takes < 1 s)
    io_timeout_s: float = 60.0  # any single blocking send or receive (a client that stops reading a reply)

    def __post_init__(self) -> None:
        if self.max_connections < 1 or min(self.idle_timeout_s, self.body_timeout_s, self.io_timeout_s) <= 0:
            raise ValueError(f"connection limits must be positive: {self}")


_WAITING, _BODY, _BUSY, _EVICTED = "waiting", "body", "busy", "evicted"


@dataclass
class _Tracked:
    state: str
    since: float
    deadline: float | None


class ConnectionGuard:
    """Tracks the server's open connections. Thread-safe: called from the accept loop and handler threads;
    owns one reaper thread until close()."""

    def __init__(self, limits: ConnectionLimits, clock: Callable[[], float] = time.monotonic) -> None:
        self.limits = limits
        self._clock = clock
        self._lock = threading.Lock()
        self._open: dict[socket.socket, _Tracked] = {}
        self._closed = threading.Event()
        self._reaper = threading.Thread(target=self._reap, daemon=True, name="engine-connection-reaper")
        self._reaper.start()

    def admit(self, sock: socket.socket) -> bool:
        """Track a new connection; False when every slot is serving a request (the caller refuses it)."""
        now = self._clock()
        with self._lock:
            live = [(tracked.since, s) for s, tracked in self._open.items() if tracked.state != _EVICTED]
            if len(live) >= self.limits.max_connections:
                waiting = [(since, s) for since, s in live if self._open[s].state == _WAITING]
                if not waiting:
                    return False
                _, oldest = min(waiting, key=lambda item: item[0])
                self._open[oldest].state = _EVICTED
                log.info("connection limit (%d) reached: dropped the longest-waiting connection",
                         self.limits.max_connections)
                _shutdown(oldest)
            self._open[sock] = _Tracked(_WAITING, now, now + self.limits.idle_timeout_s)
        return True

    def waiting(self, sock: socket.socket) -> None:
        """The connection waits for its next request head (keep-alive); the idle deadline starts now."""
        self._set(sock, _WAITING, self.limits.idle_timeout_s)

    def reading_body(self, sock: socket.socket) -> None:
        self._set(sock, _BODY, self.limits.body_timeout_s)

    def busy(self, sock: socket.socket) -> None:
        """An authenticated request is being served: no deadline (a model load or a long reply takes minutes)."""
        self._set(sock, _BUSY, None)

    def forget(self, sock: socket.socket) -> None:
        """The connection is about to be closed. Under the lock, so the reaper never touches a closed socket
        (whose descriptor number may already belong to a new connection)."""
        with self._lock:
            self._open.pop(sock, None)

    def open_count(self) -> int:
        with self._lock:
            return sum(1 for tracked in self._open.values() if tracked.state != _EVICTED)

    def refuse(self, sock: socket.socket) -> None:
        """Answer 503 on a connection that was not admitted (the caller closes it)."""
        payload = json.dumps({"error": {"message": "the engine has too many open connections",
                                        "type": "too_many_connections", "code": "too_many_connections"}}).encode()
        head = (f"HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/json\r\n"
                f"Content-Length: {len(payload)}\r\nConnection: close\r\n\r\n").encode()
        try:
            sock.settimeout(1.0)
            sock.sendall(head + payload)
        except OSError:
            pass

    def close(self) -> None:
        self._closed.set()
        if self._reaper is not threading.current_thread():
            self._reaper.join(timeout=5)

    def _set(self, sock: socket.socket, state: str, timeout: float | None) -> None:
        now = self._clock()
        with self._lock:
            tracked = self._open.get(sock)
            if tracked is not None and tracked.state != _EVICTED:
                tracked.state = state
                tracked.since = now
                tracked.deadline = None if timeout is None else now + timeout

    def _reap(self) -> None:
        # A quarter of the shortest timeout, so a deadline is enforced within 25% of it.
        period = max(0.05, min(self.limits.idle_timeout_s, self.limits.body_timeout_s) / 4)
        while not self._closed.wait(period):
            now = self._clock()
            with self._lock:
                for sock, tracked in self._open.items():
                    if tracked.deadline is not None and now >= tracked.deadline and tracked.state != _EVICTED:
                        log.debug("closing a connection that spent over its deadline %s", tracked.state)
                        tracked.state = _EVICTED
                        _shutdown(sock)


def _shutdown(sock: socket.socket) -> None:
    """Wake the connection's thread: its blocked read returns end-of-file and the thread ends."""
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass  # already gone


def content_length(headers: list[str] | None, limit: int) -> int:
    """The body size the Content-Length header declares; RequestInvalidError for anything but one header of digits.

    int() alone took "-1" (and rfile.read(-1) then read until the client closed: no size limit at all),
    " 12", "+12" and "1_000". Two Content-Length headers are refused: a proxy in front may pick the other one,
    which is how request smuggling starts.
    """
    if not headers:
        return 0
    if len(headers) > 1:
        raise RequestInvalidError(f"a request must have one Content-Length header, it has {len(headers)}")
    header = headers[0]
    if header == "":
        return 0
    text = header.strip()
    if not text.isascii() or not text.isdigit():
        raise RequestInvalidError(f"Content-Length must be a non-negative integer, got {header[:40]!r}")
    # Compared as text first: int() of a 5,000-digit string raises (and costs) before any limit is checked.
    if len(text.lstrip("0")) > len(str(limit)) or int(text) > limit:
        raise OverflowError(f"the request body is larger than the limit of {limit} bytes")
    return int(text)
