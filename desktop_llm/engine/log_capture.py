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

# ggml.h today: NONE 0, DEBUG 1, INFO 2, WARN 3, ERROR 4, CONT 5 (llama-cpp-python's _logger.py still has
# the older numbering, where 2 and 3 were WARN and ERROR).
_ERROR_LEVELS = {3, 4}
_OFFLOADED = re.compile(r"offloaded (\d+)/(\d+) layers to GPU")
_KV_SIZE = re.compile(r"llama_kv_cache: size =\s*([\d.]+) MiB")
_COMPUTE = re.compile(r"(\w+) compute buffer size =\s*([\d.]+) MiB")
# llama.cpp keeps the log callback in a process-wide C global, so every callback ever installed must outlive
# its capture object: one collected while llama.cpp still points at it turns the next log line into a
# "TypeError: cannot build parameter" or a segfault (seen when a test built a server in-process and a later
# test loaded a model). Installed callbacks are kept here for the life of the process; there are a handful.
_INSTALLED: list[object] = []


class LlamaLogCapture:
    """Keeps the last lines of llama.cpp's log; installed once per worker process."""

    def __init__(self, keep: int = 5000, echo_errors: bool = True) -> None:
        self._lines: collections.deque[tuple[int, str]] = collections.deque(maxlen=keep)
        self._lock = threading.Lock()
        self._echo = echo_errors
        self._partial = ""
        self._last_level = 1
        self._seen = 0  # lines ever kept: marks survive the deque dropping its oldest
        self._callback = llama_cpp.llama_log_callback(self._on_log)
        _INSTALLED.append(self._callback)
        llama_cpp.llama_log_set(self._callback, ctypes.c_void_p(0))
        _route_mtmd_log(self._callback)

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
                self._seen += 1
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

    def mark(self) -> int:
        """A point in the log, for errors_since: the errors of one step (a projector's load) and no older ones."""
        with self._lock:
            return self._seen

    def errors_since(self, mark: int) -> list[str]:
        with self._lock:
            first = self._seen - len(self._lines)
            return [line.strip() for index, (level, line) in enumerate(self._lines, first)
                    if index >= mark and level in _ERROR_LEVELS and line.strip()]

    def buffer_sizes(self) -> dict[str, int]:
        """KV-cache and compute buffer bytes as llama.cpp reported them for the last load."""
        sizes: dict[str, int] = {}
        for _, line in self.lines():
            kv = _KV_SIZE.search(line)
            if kv:
                sizes["kv_cache_bytes"] = int(float(kv.group(1)) * 1024 * 1024)
            compute = _COMPUTE.search(line)
            if compute:
                sizes["compute_bytes"] = sizes.get("compute_bytes", 0) + int(float(compute.group(2)) * 1024 * 1024)
        return sizes

    def layers_offloaded(self) -> tuple[int, int] | None:
        for _, line in reversed(self.lines()):
            match = _OFFLOADED.search(line)
            if match:
                return int(match.group(1)), int(match.group(2))
        return None


def _route_mtmd_log(callback: object) -> None:
    """clip and mtmd (the vision projector's code, issue 17) keep a logger of their own (clip-impl.h's g_logger_state,
    printing to stderr), so why a projector failed to load ("unknown projector type", "unable to find tensor") never
    reached llama.cpp's log. llama-cpp-python does not wrap mtmd_log_set / mtmd_helper_log_set: bound here with the
    same ggml_log_callback signature. A build without libmtmd has no projector to explain."""
    try:
        from llama_cpp import mtmd_cpp

        library = mtmd_cpp._libmtmd
    except (ImportError, OSError, AttributeError):
        return
    for name in ("mtmd_log_set", "mtmd_helper_log_set"):
        function = getattr(library, name, None)
        if function is None:
            continue
        function.argtypes = [llama_cpp.llama_log_callback, ctypes.c_void_p]
        function.restype = None
        function(callback, ctypes.c_void_p(0))
