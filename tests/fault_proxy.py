"""A loopback HTTP proxy that injects faults between the app and a real OpenAI-compatible server (issue 11, B).

One request per client connection (the app's client opens one per request). Faults are set per path prefix and
used up in order: answer with a status (401, 404, 429 with Retry-After, 5xx) without asking the server, reset the
connection after some bytes of the server's answer, or stall after some bytes. It counts requests, and how many
were in flight at once (the fan-out tests read `max_in_flight`), and can spread requests over several servers
(round-robin: the fan-out benchmark's stand-in for a server with N slots).
"""

from __future__ import annotations

import itertools
import json
import socket
import socketserver
import struct
import threading
import time
from collections import Counter
from dataclasses import dataclass


@dataclass(frozen=True)
class Fault:
    kind: str  # "status", "reset" or "stall"
    status: int = 500
    body: bytes = b""
    headers: tuple[tuple[str, str], ...] = ()
    after_bytes: int = 0  # reset/stall: pass this many bytes of the server's answer first
    stall_s: float = 30.0

    @classmethod
    def answer(cls, status: int, message: str, code: str = "error", headers: tuple[tuple[str, str], ...] = ()) -> Fault:
        body = json.dumps({"error": {"message": message, "type": code, "code": code}}).encode()
        return cls("status", status, body, headers)


class FaultProxy:
    def __init__(self, upstreams: list[tuple[str, int]]) -> None:
        self._upstreams = itertools.cycle(upstreams)
        self._lock = threading.Lock()
        self._faults: list[tuple[str, Fault]] = []
        self.requests: Counter[str] = Counter()
        self.in_flight = 0  # generation requests (paths under `counted`) being answered now
        self.max_in_flight = 0
        self.counted = "/v1/chat"
        self.stalled = threading.Event()  # set to release stalled answers early (teardown)
        proxy = self

        class Handler(socketserver.BaseRequestHandler):
            def handle(self) -> None:
                proxy._handle(self.request)

        class Server(socketserver.ThreadingTCPServer):
            daemon_threads = True
            allow_reuse_address = True

        self._server = Server(("127.0.0.1", 0), Handler)
        self.port = self._server.server_address[1]
        self._thread = threading.Thread(target=self._server.serve_forever, name="fault-proxy", daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def inject(self, path_prefix: str, fault: Fault, times: int = 1) -> None:
        with self._lock:
            self._faults.extend([(path_prefix, fault)] * times)

    def clear(self) -> None:
        with self._lock:
            self._faults.clear()
            self.requests.clear()
            self.max_in_flight = 0

    def release_stalls(self) -> None:
        """End the stalls in progress now (their connections close), so no proxy thread outlives the test."""
        stalled, self.stalled = self.stalled, threading.Event()
        stalled.set()

    def close(self) -> None:
        self.stalled.set()
        self._server.shutdown()
        self._server.server_close()

    def _take(self, path: str) -> Fault | None:
        with self._lock:
            for index, (prefix, fault) in enumerate(self._faults):
                if path.startswith(prefix):
                    del self._faults[index]
                    return fault
        return None

    def _handle(self, client: socket.socket) -> None:
        head, body = _read_request(client)
        if not head:
            return
        request_line = head.split(b"\r\n", 1)[0].decode("latin-1")
        path = request_line.split(" ")[1] if " " in request_line else "/"
        with self._lock:
            self.requests[path] += 1
        fault = self._take(path)
        if fault is not None and fault.kind == "status":
            extra = "".join(f"{k}: {v}\r\n" for k, v in fault.headers)
            client.sendall(f"HTTP/1.1 {fault.status} Fault\r\nContent-Type: application/json\r\nContent-Length: "
                           f"{len(fault.body)}\r\n{extra}Connection: close\r\n\r\n".encode() + fault.body)
            return
        counted = path.startswith(self.counted)
        with self._lock:
            self.in_flight += counted
            self.max_in_flight = max(self.max_in_flight, self.in_flight)
        try:
            self._forward(client, _close_after(head) + body, fault)
        finally:
            with self._lock:
                self.in_flight -= counted

    def _forward(self, client: socket.socket, request: bytes, fault: Fault | None) -> None:
        host, port = next(self._upstreams)
        with socket.create_connection((host, port), timeout=600) as upstream:
            upstream.sendall(request)
            sent = 0
            while True:
                data = upstream.recv(65536)
                if not data:
                    return
                if fault is not None and sent + len(data) > fault.after_bytes:
                    client.sendall(data[: max(0, fault.after_bytes - sent)])
                    if fault.kind == "reset":
                        # SO_LINGER 0: close sends an RST, as a crashed server or a dropped network does.
                        client.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                        client.close()
                    else:
                        stalled = self.stalled
                        stalled.wait(fault.stall_s)
                    return
                client.sendall(data)
                sent += len(data)


def _read_request(client: socket.socket) -> tuple[bytes, bytes]:
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = client.recv(65536)
        if not chunk:
            return b"", b""
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    length = 0
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value.strip())
    while len(body) < length:
        chunk = client.recv(65536)
        if not chunk:
            break
        body += chunk
    return head + b"\r\n\r\n", body


def _close_after(head: bytes) -> bytes:
    """The request head with `Connection: close`, so the server ends the answer by closing."""
    lines = [line for line in head.rstrip(b"\r\n").split(b"\r\n") if not line.lower().startswith(b"connection:")]
    return b"\r\n".join([*lines, b"Connection: close"]) + b"\r\n\r\n"


def wait_for_port(port: int, timeout: float = 120.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            time.sleep(0.2)
    raise TimeoutError(f"nothing listens on port {port}")
