"""A scripted OpenAI-compatible server on loopback for fast tests of the remote backend (issue 11, part B): it
lists models, streams a fixed reply word by word, and answers what a test scripts instead (a status, a cut, a
stall). The slow tests use a real server (llama_cpp.server) behind tests/fault_proxy.py."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

Script = Callable[["Handler", dict[str, Any]], bool]  # handled the request itself (True) or let it pass


class FakeOpenAI:
    def __init__(self, models: tuple[str, ...] = ("tiny",), reply: str = "Hello there, friend.", key: str = "",
                 props: dict[str, Any] | None = None, tokenize: bool = True) -> None:
        self.models, self.reply, self.key, self.props, self.tokenize = models, reply, key, props, tokenize
        self.scripts: list[tuple[str, Script]] = []
        self.bodies: list[dict[str, Any]] = []
        self.in_flight = 0
        self.max_in_flight = 0
        self.delay_s = 0.0  # per streamed word
        self.release = threading.Event()
        self.lock = threading.Lock()
        fake = self

        class _Handler(Handler):
            server_fake = fake

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, name="fake-openai", daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}/v1"

    def script(self, path: str, action: Script, times: int = 1) -> None:
        with self.lock:
            self.scripts.extend([(path, action)] * times)

    def close(self) -> None:
        self.release.set()
        self.httpd.shutdown()
        self.httpd.server_close()


class Handler(BaseHTTPRequestHandler):
    server_fake: FakeOpenAI
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def answer(self, status: int, body: Any, headers: dict[str, str] | None = None) -> None:
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.send_header("Connection", "close")
        self.end_headers()
        self.wfile.write(data)

    def error(self, status: int, message: str, code: str = "error", headers: dict[str, str] | None = None) -> None:
        self.answer(status, {"error": {"message": message, "type": code, "code": code}}, headers)

    def do_GET(self) -> None:
        self._route({})

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        self._route(json.loads(self.rfile.read(length) or b"{}"))

    def _route(self, body: dict[str, Any]) -> None:
        fake = self.server_fake
        with fake.lock:
            fake.bodies.append({"path": self.path, **body})
            script = next(((i, s) for i, (p, s) in enumerate(fake.scripts) if self.path.startswith(p)), None)
            if script is not None:
                del fake.scripts[script[0]]
        if script is not None and script[1](self, body):
            return
        if fake.key and self.headers.get("Authorization") != f"Bearer {fake.key}":
            self.error(401, "Incorrect API key provided", "invalid_api_key")
        elif self.path == "/v1/models":
            self.answer(200, {"object": "list", "data": [{"id": m, "object": "model", "owned_by": "fake"}
                                                         for m in fake.models]})
        elif self.path == "/props" and fake.props is not None:
            self.answer(200, fake.props)
        elif self.path == "/tokenize" and fake.tokenize and "content" in body:
            self.answer(200, {"tokens": list(range(len(str(body["content"]).split())))})
        elif self.path == "/v1/chat/completions":
            if body.get("model") not in fake.models:
                self.error(404, f"The model `{body.get('model')}` does not exist", "model_not_found")
            else:
                self.stream(fake.reply.split(" "))
        else:
            self.error(404, "not found", "not_found")

    def stream(self, words: list[str], finish: str | None = "stop", cut_after: int | None = None,
               stall_after: int | None = None) -> None:
        fake = self.server_fake
        with fake.lock:
            fake.in_flight += 1
            fake.max_in_flight = max(fake.max_in_flight, fake.in_flight)
        try:
            self.send_response(200)
            self.send_header("Content-Type", "text/event-stream")
            self.send_header("Connection", "close")
            self.end_headers()
            for index, word in enumerate(words):
                if cut_after is not None and index == cut_after:
                    self.connection.shutdown(2)  # the connection drops mid-reply
                    return
                if stall_after is not None and index == stall_after:
                    fake.release.wait(30)
                    return
                text = word if index == 0 else " " + word
                self._event({"choices": [{"index": 0, "delta": {"content": text}, "finish_reason": None}]})
                if fake.delay_s:
                    time.sleep(fake.delay_s)
            if finish is not None:
                self._event({"choices": [{"index": 0, "delta": {}, "finish_reason": finish}]})
                self._event({"choices": [], "usage": {"prompt_tokens": 7, "completion_tokens": len(words)}})
            self.wfile.write(b"data: [DONE]\n\n")
        finally:
            with fake.lock:
                fake.in_flight -= 1

    def _event(self, chunk: dict[str, Any]) -> None:
        self.wfile.write(b"data: " + json.dumps(chunk).encode() + b"\n\n")
        self.wfile.flush()
