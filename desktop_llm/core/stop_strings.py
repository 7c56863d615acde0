"""Streaming stop-string detection over a small tail window, never over the whole reply."""

from __future__ import annotations

from collections.abc import Sequence


class StopMatcher:
    """Feed text as it is generated; get back what is safe to show and whether a stop string was hit.

    Text that could be the start of a stop string is held back until it is ruled out, so a stop string
    split across tokens never leaks to the user. Work per call is bounded by the longest stop string.
    """

    def __init__(self, stops: Sequence[str]) -> None:
        self._stops = tuple(s for s in stops if s)
        self._held = ""
        self.stopped = False

    def feed(self, text: str) -> str:
        if self.stopped:
            return ""
        if not self._stops:
            return text
        window = self._held + text
        hits = [i for i in (window.find(s) for s in self._stops) if i >= 0]
        if hits:
            self.stopped = True
            self._held = ""
            return window[: min(hits)]
        keep = self._longest_prefix_suffix(window)
        self._held = window[len(window) - keep :] if keep else ""
        return window[: len(window) - keep]

    def flush(self) -> str:
        """The held-back text, at the end of generation when no stop string can complete any more."""
        held, self._held = self._held, ""
        return "" if self.stopped else held

    def _longest_prefix_suffix(self, window: str) -> int:
        best = 0
        for stop in self._stops:
            for length in range(min(len(stop) - 1, len(window)), best, -1):
                if window.endswith(stop[:length]):
                    best = length
                    break
        return best
