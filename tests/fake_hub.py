"""A local fake Hugging Face server (real HTTP on 127.0.0.1) for the hub and downloader tests.

Implements what desktop-llm uses: model search, model info with siblings (sizes, LFS sha256) and card
data, and HEAD/GET of resolve URLs with ETag, X-Repo-Commit, Content-Length and Range. Faults can be set:
drop the connection after N bytes, corrupt bytes, be slow, ignore Range, or answer a status code.
"""

from __future__ import annotations

import hashlib
import json
import re
import socket
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

COMMIT = "0123456789abcdef0123456789abcdef01234567"


@dataclass
class FakeRepo:
    files: dict[str, bytes]
    card: dict[str, Any] = field(default_factory=dict)
    downloads: int = 0
    likes: int = 0
    gated: bool = False
    tags: tuple[str, ...] = ("gguf",)


@dataclass
class Faults:
    drop_after: int | None = None  # bytes served per request before the connection is cut
    drop_times: int = 0  # how many requests are cut (then serve normally)
    corrupt: bool = False  # flip a byte in the middle of every file response
    delay_per_chunk: float = 0.0  # seconds to sleep per 64 KiB
    ignore_range: bool = False
    status: dict[str, int] = field(default_factory=dict)  # path suffix -> status code


class FakeHub:
    def __init__(self, token: str = "hf_secret") -> None:
        self.repos: dict[str, FakeRepo] = {}
        self.faults = Faults()
        self.token = token
        self.requests: list[tuple[str, str, str]] = []  # method, path, Range header
        self.bytes_served = 0  # file bytes written to clients, all files
        self.served: dict[str, int] = {}  # the same, per file name
        self._connections: set[socket.socket] = set()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._server.daemon_threads = False
        self._server.block_on_close = True  # server_close() joins the handler threads
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True, name="fake-hub")

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def start(self) -> FakeHub:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        for connection in list(self._connections):  # keep-alive handlers wait on these
            try:
                connection.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
        self._server.server_close()
        self._thread.join(timeout=5)

    def add(self, repo_id: str, repo: FakeRepo) -> None:
        self.repos[repo_id] = repo

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        hub = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:
                pass

            def setup(self) -> None:
                super().setup()
                hub._connections.add(self.connection)

            def finish(self) -> None:
                hub._connections.discard(self.connection)
                try:
                    super().finish()
                except OSError:
                    pass

            def do_HEAD(self) -> None:
                self._route(head=True)

            def do_GET(self) -> None:
                self._route(head=False)

            def _json(self, data: Any, status: int = 200) -> None:
                body = json.dumps(data).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def _error(self, status: int, gated: bool = False, code: str = "") -> None:
                body = json.dumps({"error": f"status {status}"}).encode()
                self.send_response(status)
                if code:
                    self.send_header("X-Error-Code", code)
                if gated:
                    self.send_header("X-Error-Code", "GatedRepo")
                    self.send_header("X-Error-Message", "Access to this model is restricted")
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def _route(self, head: bool) -> None:
                parts = urlsplit(self.path)
                path = unquote(parts.path)
                hub.requests.append((self.command, path, self.headers.get("Range", "")))
                for suffix, status in hub.faults.status.items():
                    if path.endswith(suffix):
                        return self._error(status)
                if path == "/api/models":
                    return self._search(parse_qs(parts.query))
                match = re.fullmatch(r"/api/models/([^/]+/[^/]+)(?:/revision/[^/]+)?", path)
                if match:
                    return self._info(match.group(1))
                match = re.fullmatch(r"/([^/]+/[^/]+)/resolve/([^/]+)/(.+)", path)
                if match:
                    return self._file(match.group(1), match.group(3), head)
                return self._error(404)

            def _authorized(self, repo: FakeRepo) -> bool:
                return not repo.gated or self.headers.get("Authorization") == f"Bearer {hub.token}"

            def _search(self, query: dict[str, list[str]]) -> None:
                text = (query.get("search") or [""])[0].lower()
                results = [
                    {"id": rid, "modelId": rid, "downloads": r.downloads, "likes": r.likes, "gated": r.gated,
                     "tags": list(r.tags), "lastModified": "2026-11-01T00:00:00.000Z", "private": False}
                    for rid, r in hub.repos.items() if text in rid.lower()
                ]
                key = (query.get("sort") or ["downloads"])[0]
                results.sort(key=lambda r: -int(r.get(key, 0) or 0) if key in ("downloads", "likes") else 0)
                limit = int((query.get("limit") or ["1000"])[0])
                self._json(results[:limit])

            def _info(self, repo_id: str) -> None:
                repo = hub.repos.get(repo_id)
                if repo is None:
                    return self._error(404, code="RepoNotFound")
                siblings = []
                for name, data in repo.files.items():
                    entry: dict[str, Any] = {"rfilename": name, "size": len(data)}
                    if name.endswith(".gguf"):
                        entry["lfs"] = {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data),
                                        "pointerSize": 134}
                        entry["blobId"] = hashlib.sha1(data).hexdigest()
                    siblings.append(entry)
                self._json({"id": repo_id, "modelId": repo_id, "sha": COMMIT, "downloads": repo.downloads,
                            "likes": repo.likes, "gated": "manual" if repo.gated else False, "tags": list(repo.tags),
                            "cardData": repo.card, "siblings": siblings, "private": False})

            def _file(self, repo_id: str, name: str, head: bool) -> None:
                repo = hub.repos.get(repo_id)
                if repo is None or name not in repo.files:
                    return self._error(404)
                if not self._authorized(repo):
                    return self._error(401, gated=True)
                data = repo.files[name]
                if hub.faults.corrupt and len(data) > 10:
                    middle = len(data) // 2
                    data = data[:middle] + bytes([data[middle] ^ 0xFF]) + data[middle + 1 :]
                start, end = 0, len(data) - 1
                ranged = self.headers.get("Range", "")
                match = re.fullmatch(r"bytes=(\d+)-(\d*)", ranged)
                partial = bool(match) and not hub.faults.ignore_range
                if partial and match:
                    start = int(match.group(1))
                    end = min(int(match.group(2)) if match.group(2) else len(data) - 1, len(data) - 1)
                    if start >= len(data):
                        return self._error(416)
                body = data[start : end + 1]
                digest = hashlib.sha256(repo.files[name]).hexdigest()
                self.send_response(206 if partial else 200)
                self.send_header("Content-Length", str(len(body)))
                self.send_header("Accept-Ranges", "bytes")
                self.send_header("ETag", f'"{digest}"')
                self.send_header("X-Linked-Etag", f'"{digest}"')
                self.send_header("X-Repo-Commit", COMMIT)
                self.send_header("X-Linked-Size", str(len(data)))
                if partial:
                    self.send_header("Content-Range", f"bytes {start}-{end}/{len(data)}")
                self.end_headers()
                if head:
                    return
                limit = len(body)
                if hub.faults.drop_after is not None and hub.faults.drop_times > 0:
                    hub.faults.drop_times -= 1
                    limit = min(limit, hub.faults.drop_after)
                sent = 0
                try:
                    while sent < limit:
                        piece = body[sent : min(limit, sent + 65536)]
                        self.wfile.write(piece)
                        sent += len(piece)
                        hub.bytes_served += len(piece)
                        hub.served[name] = hub.served.get(name, 0) + len(piece)
                        if hub.faults.delay_per_chunk:
                            time.sleep(hub.faults.delay_per_chunk)
                except (BrokenPipeError, ConnectionResetError):
                    return
                if limit < len(body):
                    self.close_connection = True
                    self.connection.shutdown(2)

        return Handler


VISION_REPO = "tests/Vision-GGUF"


def add_vision_repo(hub: FakeHub, model_bytes: bytes, projector_bytes: bytes, other_projector: bytes = b"",
                    repo_id: str = VISION_REPO) -> str:
    """A vision model's repo (issue 17), laid out as bartowski and unsloth publish them: model files in several
    quantizations and `mmproj-*` projector files beside them (F16 and Q8_0; `other_projector`, when given, a
    second model's projector whose name shares nothing with the models')."""
    files = {"vis-Q4_K_M.gguf": model_bytes, "vis-Q8_0.gguf": model_bytes,
             "mmproj-vis-Q8_0.gguf": projector_bytes, "mmproj-vis-f16.gguf": projector_bytes, "README.md": b"# Vis\n"}
    if other_projector:
        files["mmproj-other-f16.gguf"] = other_projector
    hub.add(repo_id, FakeRepo(files=files, card={"license": "mit"}, downloads=3, likes=1,
                              tags=("gguf", "image-text-to-text")))
    return repo_id
