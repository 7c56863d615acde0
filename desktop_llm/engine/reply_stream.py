"""How a reply goes out: server-sent events coalesced for the stream, or one JSON answer collected whole."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler
from typing import Any

from desktop_llm.engine.generation import GenerationResult
from desktop_llm.engine.openai_response import ResponseMeta

STREAM_FLUSH_S = 0.02  # the GUI shows at most ~30 updates a second, so 50 chunks a second lose nothing


class ReplyWriter(BaseHTTPRequestHandler):
    """The engine handler's reply half (engine/http_api.py's ApiHandler extends it)."""

    _streaming: bool

    def _send_json(self, data: Any, status: int = HTTPStatus.OK) -> None:
        raise NotImplementedError

    def _stream(self, events: Iterator[str | GenerationResult], meta: ResponseMeta) -> None:
        """Send the reply as server-sent events; an error after the headers goes out as an `error` event."""
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Cache-Control", "no-cache")
        self.send_header("Connection", "close")
        self.send_header("X-Request-Id", meta.request_id)
        self.end_headers()
        self.close_connection = True
        self._streaming = True
        pending: list[str] = []
        last_flush = 0.0
        try:
            for event in events:
                if isinstance(event, GenerationResult):
                    final = meta.chunk("", event.finish_reason)
                    final.update(meta.usage(event))
                    self._flush(meta, pending)
                    self._sse(final)
                    self._sse_raw(b"data: [DONE]\n\n")
                    continue
                pending.append(event)
                now = time.perf_counter()
                # Coalesce: one chunk per STREAM_FLUSH_S at most. Per-token writes cost a syscall here and a
                # wake-up in the client, which on a small CPU steals time from llama.cpp's own threads.
                if now - last_flush >= STREAM_FLUSH_S:
                    self._flush(meta, pending)
                    last_flush = now
        except Exception as exc:
            if not isinstance(exc, OSError):
                self._flush(meta, pending)  # the text the user waited for goes out before the error event
            raise

    def _flush(self, meta: ResponseMeta, pending: list[str]) -> None:
        if pending:
            self._sse(meta.chunk("".join(pending), None))
            pending.clear()

    def _sse(self, data: dict[str, Any]) -> None:
        self._sse_raw(b"data: " + json.dumps(data, ensure_ascii=False).encode("utf-8") + b"\n\n")

    def _sse_raw(self, payload: bytes) -> None:
        self.wfile.write(payload)
        self.wfile.flush()

    def _collect(self, events: Iterator[str | GenerationResult], meta: ResponseMeta) -> None:
        parts: list[str] = []
        result: GenerationResult | None = None
        for event in events:
            if isinstance(event, GenerationResult):
                result = event
            else:
                parts.append(event)
        assert result is not None
        self._send_json(meta.completion("".join(parts), result))
