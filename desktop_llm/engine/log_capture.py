"""Captures llama.cpp's own log, which holds the only real reason a load failed.

llama-cpp-python turns every load failure into "Failed to load model from file"; the reason ("tensor
data is not within file bounds", "unknown model architecture", "cudaMalloc failed") is only in the log.
"""

from __future__ import annotations

import collections
import ctypes
import re
import sys
import threading

import llama_cpp

_ERROR_LEVELS = {2, 3}  # GGML_LOG_LEVEL_WARN, GGML_LOG_LEVEL_ERROR
_OFFLOADED = re.compile(r"offloaded (\d+)/(\d+) layers to GPU")


class LlamaLogCapture:
    """Keeps the last lines of llama.cpp's log; installed once per worker process."""

    def __init__(self, keep: int = 400, echo_errors: bool = True) -> None:
        self._lines: collections.deque[tuple[int, str]] = collections.deque(maxlen=keep)
        self._lock = threading.Lock()
        self._echo = echo_errors
        self._partial = ""
        self._last_level = 1
        # The ctypes callback must stay referenced for as long as llama.cpp may call it.
        self._callback = llama_cpp.llama_log_callback(self._on_log)
        llama_cpp.llama_log_set(self._callback, ctypes.c_void_p(0))

    def _on_log(self, level: int, text: bytes, _user_data: ctypes.c_void_p) -> None:
        if level == 5:  # GGML_LOG_LEVEL_CONT continues the previous line's level
            level = self._last_level
        self._last_level = level
        decoded = text.decode("utf-8", errors="replace")
        with self._lock:
            self._partial += decoded
            while "\n" in self._partial:
                line, self._partial = self._partial.split("\n", 1)
                self._lines.append((level, line))
                if self._echo and level in _ERROR_LEVELS:
                    print(f"llama.cpp: {line}", file=sys.stderr, flush=True)

    def lines(self) -> list[tuple[int, str]]:
        with self._lock:
            return list(self._lines)

    def clear(self) -> None:
        with self._lock:
            self._lines.clear()

    def errors(self) -> list[str]:
        return [line.strip() for level, line in self.lines() if level in _ERROR_LEVELS and line.strip()]

    def layers_offloaded(self) -> tuple[int, int] | None:
        for _, line in reversed(self.lines()):
            match = _OFFLOADED.search(line)
            if match:
                return int(match.group(1)), int(match.group(2))
        return None
