"""Hostile HTTP clients and requests for the engine server (issue 10, items 11-13).

Raw bytes on raw sockets: http.client refuses to send most of these (a negative Content-Length, a smuggled
second request in a body), and the point is what the server does with them.
"""

from __future__ import annotations

import http.client
import json
import re
import socket
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

MAX_BODY = 64 * 1024 * 1024

# (Content-Length header value, the status the engine must answer) for values that must never be trusted.
HOSTILE_CONTENT_LENGTHS: list[tuple[str, int]] = [
    ("-1", 400),  # int() took it, and rfile.read(-1) then read until the client closed: no size limit at all
    ("abc", 400),
    ("1_000", 400),  # int() accepts underscores
    ("+12", 400),
    ("0x10", 400),
    ("١٢", 400),  # Arabic-Indic digits: str.isdigit() and int() accept them
    (str(MAX_BODY + 1), 413),
    ("9" * 30, 413),
    ("9" * 5000, 413),  # longer than int() converts by default
]

# JSON bodies (as text: 1e400 and NaN cannot be written by json.dumps) for /v1/chat/completions, with the
# field the 400 answer must name. They reached llama.cpp's ctypes calls (a 500, or a 500 inside the stream)
# or were silently replaced (max_tokens 0 became 1024).
MESSAGES = '"messages": [{"role": "user", "content": "hi"}]'


def chat_body(fields: str) -> str:
    """A chat request body (as JSON text) with these extra fields."""
    return "{" + MESSAGES + ", " + fields + "}"


HOSTILE_SAMPLING: list[tuple[str, str]] = [
    (chat_body('"max_tokens": 0'), "max_tokens"),
    (chat_body('"max_tokens": -5'), "max_tokens"),
    (chat_body('"max_tokens": 1e400'), "max_tokens"),
    (chat_body('"max_tokens": true'), "max_tokens"),
    (chat_body('"max_tokens": "12"'), "max_tokens"),
    (chat_body('"max_completion_tokens": 0'), "max_tokens"),
    (chat_body('"seed": 1e400'), "seed"),
    (chat_body('"seed": ' + "9" * 40), "seed"),
    (chat_body('"top_k": 1' + "0" * 30), "top_k"),
    (chat_body('"top_k": 2.5'), "top_k"),
    (chat_body('"temperature": 1e400'), "temperature"),
    (chat_body('"temperature": NaN'), "temperature"),
    (chat_body('"temperature": 9'), "temperature"),
    (chat_body('"top_p": "0.5"'), "top_p"),
    (chat_body('"min_p": -Infinity'), "min_p"),
    (chat_body('"repeat_penalty": 1e308'), "repeat_penalty"),
    (chat_body('"stop": [1, 2]'), "stop"),
    (chat_body('"stop": ["' + "x" * 5000 + '"]'), "stop"),
    (chat_body('"lora": [{"path": "a.gguf", "scale": 1e400}]'), "lora scale"),
    ('{"messages": "hi"}', "messages"),
    ('{"messages": [{"role": 5, "content": "hi"}]}', "role"),
]

# /load bodies that must be refused with 400 naming the field, before llama.cpp sees them.
HOSTILE_LOADS: list[tuple[str, str]] = [
    ('{"path": "%s", "n_ctx": 1e400}', "n_ctx"),
    ('{"path": "%s", "n_ctx": 99999999999999}', "n_ctx"),
    ('{"path": "%s", "n_gpu_layers": 1000000000000}', "n_gpu_layers"),
    ('{"path": "%s", "n_threads": -3}', "n_threads"),
    ('{"path": "%s", "n_ctx": "4096"}', "n_ctx"),
    ('{"path": "%s", "flash_attn": "yes"}', "flash_attn"),
    ('{"path": "%s", "lora": [["a.gguf", NaN]]}', "lora scale"),
]


def request(method: str, path: str, token: str | None, body: bytes = b"", length: str | None = None,
            extra: str = "") -> bytes:
    """One raw HTTP/1.1 keep-alive request; `length` overrides the Content-Length header."""
    headers = f"{method} {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n"
    if token is not None:
        headers += f"Authorization: Bearer {token}\r\n"
    if length is None and body:
        length = str(len(body))
    if length is not None:
        headers += f"Content-Length: {length}\r\n"
    return (headers + extra + "\r\n").encode("utf-8") + body


def smuggled(token: str) -> bytes:
    """A complete second request, to be sent as the body of the first: it must never be answered."""
    return request("GET", "/health", token)


def read_until_closed(sock: socket.socket, limit_s: float = 10.0) -> tuple[bytes, bool]:
    """Everything the server sends until it closes; (data, closed). closed is False when limit_s passed first."""
    sock.settimeout(0.2)
    deadline = time.monotonic() + limit_s
    data = b""
    while time.monotonic() < deadline:
        try:
            chunk = sock.recv(65536)
        except TimeoutError:
            continue
        except ConnectionResetError:
            return data, True
        if not chunk:
            return data, True
        data += chunk
    return data, False


def status_codes(data: bytes) -> list[int]:
    """The status code of every HTTP response in a raw byte stream (a response may follow a body directly)."""
    return [int(code) for code in re.findall(rb"HTTP/1\.[01] (\d{3}) ", data)]


@contextmanager
def idle_sockets(port: int, count: int) -> Iterator[list[socket.socket]]:
    """`count` connections that never send a byte (a slow or hostile local process)."""
    opened: list[socket.socket] = []
    try:
        for _ in range(count):
            opened.append(socket.create_connection(("127.0.0.1", port), timeout=5))
        yield opened
    finally:
        for sock in opened:
            sock.close()


def trickle(sock: socket.socket, seconds: float, every: float = 0.1) -> bool:
    """Send a request head one header line at a time, never finishing it (slowloris).

    True when the server closed the connection before `seconds` passed, False when it kept listening.
    """
    sock.sendall(b"GET /status HTTP/1.1\r\nHost: 127.0.0.1\r\n")
    deadline = time.monotonic() + seconds
    index = 0
    sock.settimeout(every)
    while time.monotonic() < deadline:
        try:
            sock.sendall(f"X-Filler-{index}: {'a' * 10}\r\n".encode())
        except OSError:
            return True
        try:
            if sock.recv(65536) == b"":
                return True
        except TimeoutError:
            pass
        except OSError:
            return True
        index += 1
    return False


def post(port: int, token: str, path: str, body: str) -> tuple[int, dict[str, Any]]:
    """An ordinary authenticated POST; the status and the decoded JSON answer."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    try:
        connection.request("POST", path, body=body.encode("utf-8"),
                           headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"})
        response = connection.getresponse()
        return response.status, json.loads(response.read())
    finally:
        connection.close()
