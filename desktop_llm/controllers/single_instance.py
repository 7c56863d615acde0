"""One window per data folder: a second launch hands its request to the running app and exits (issue 10, item 14).

Two windows on one data folder meant two engines (twice the RAM and VRAM), the same downloads restarted twice
(two writers on one partial file) and two writers of one settings file. The app that holds the data folder's
instance lock (core/process_lock.py: the OS releases it however the process ends) listens on a local socket named
after that folder; a later launch that cannot take the lock connects, sends one JSON line
`{"command": "activate", "files": [...]}`, waits for `ok`, and exits 0. The name depends on the folder, so test
runs with their own DESKTOP_LLM_HOME never meet; a socket file left by a crash is removed by the next lock holder,
which alone may own the name.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import logging
import time
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

MAX_REQUEST_BYTES = 64 * 1024  # a request is a few paths; anything longer is not from us
ACK = b"ok\n"


def instance_name(data_dir: Path) -> str:
    """The local socket's name for this user and data folder (short: Unix socket paths are limited to ~100 bytes)."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # no user name in the environment or the password database
        user = ""
    key = f"{user}\0{data_dir.resolve()}".encode()
    return "desktop-llm-" + hashlib.sha256(key).hexdigest()[:20]


def encode_request(files: Sequence[str]) -> bytes:
    return json.dumps({"command": "activate", "files": list(files)}).encode() + b"\n"


def decode_request(line: bytes) -> list[str] | None:
    """The files of an activation request, or None when the line is not one."""
    try:
        message = json.loads(line)
    except ValueError:
        return None
    if not isinstance(message, dict) or message.get("command") != "activate":
        return None
    files = message.get("files", [])
    if not isinstance(files, list) or not all(isinstance(item, str) for item in files):
        return None
    return files


class InstanceServer(QObject):
    """Lives on the GUI thread: accepts activation requests from later launches (one line each, then `ok`)."""

    activation_requested = Signal(list)  # files (absolute paths) the later launch was asked to open; may be empty

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._name = name
        self._server = QLocalServer(self)
        # Only this user may connect (Unix: socket mode 0700 equivalent; Windows: the pipe's ACL).
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._on_server_new_connection)
        self._buffers: dict[QLocalSocket, bytes] = {}

    @property
    def name(self) -> str:
        return self._name

    def listen(self) -> bool:
        """Start listening; call only while holding the instance lock (it makes removing a stale socket safe)."""
        QLocalServer.removeServer(self._name)  # a crash leaves the socket file behind, which blocks listen()
        if not self._server.listen(self._name):
            log.warning("cannot listen for later launches on %s: %s", self._name, self._server.errorString())
            return False
        return True

    def close(self) -> None:
        self._server.close()
        for socket in list(self._buffers):
            socket.abort()
        self._buffers.clear()

    def _on_server_new_connection(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            self._buffers[socket] = b""
            socket.readyRead.connect(lambda s=socket: self._on_socket_ready_read(s))
            socket.disconnected.connect(lambda s=socket: self._forget(s))

    def _on_socket_ready_read(self, socket: QLocalSocket) -> None:
        if socket not in self._buffers:
            return
        data = self._buffers[socket] + bytes(socket.readAll().data())
        if b"\n" not in data:
            if len(data) > MAX_REQUEST_BYTES:
                log.warning("dropped an over-long request on the instance socket")
                self._forget(socket)
                socket.abort()
            else:
                self._buffers[socket] = data
            return
        line = data.split(b"\n", 1)[0]
        files = decode_request(line)
        self._forget(socket)
        if files is None:
            log.warning("ignored a malformed request on the instance socket")
            socket.abort()
            return
        socket.write(ACK)
        socket.flush()
        socket.disconnectFromServer()
        log.info("a later launch asked this window to come forward (files: %s)", files)
        self.activation_requested.emit(files)

    def _forget(self, socket: QLocalSocket) -> None:
        if self._buffers.pop(socket, None) is not None:
            socket.deleteLater()


def send_activation(name: str, files: Sequence[str], timeout_s: float = 10.0) -> bool:
    """From a later launch: ask the running app to come forward (and open `files`); True once it said `ok`.

    Retries until `timeout_s`: the running app may hold the lock a moment before it listens."""
    deadline = time.monotonic() + timeout_s
    request = encode_request([str(Path(file).resolve()) for file in files])
    while time.monotonic() < deadline:
        socket = QLocalSocket()
        socket.connectToServer(name)
        if socket.waitForConnected(1000):
            socket.write(request)
            answer = b""
            if socket.waitForBytesWritten(2000):
                while ACK not in answer and socket.waitForReadyRead(max(1, int((deadline - time.monotonic()) * 1000))):
                    answer += bytes(socket.readAll().data())
            socket.abort()
            if ACK in answer:
                return True
        else:
            socket.abort()
        time.sleep(0.2)
    return False
