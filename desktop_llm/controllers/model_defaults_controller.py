"""A model file's own defaults (issue 13, part 4), read off the GUI thread and kept per file."""

from __future__ import annotations

import logging
import os

from PySide6.QtCore import QObject, Signal

from desktop_llm.controllers.background import BackgroundOps, CancelFlag, Failed, Outcome, Succeeded
from desktop_llm.controllers.i18n import tr
from desktop_llm.core.gguf_header import GGUFFormatError, read_file_header
from desktop_llm.core.model_defaults import ModelDefaults, defaults_from_header

log = logging.getLogger(__name__)

_Stamp = tuple[int, float]  # the file's size and mtime: a file replaced in place is read again


class ModelDefaultsController(QObject):
    """Lives on the GUI thread. Reading a header walks the whole vocabulary (60 ms for the starter's 49k tokens,
    several times that for Gemma's 262k), so it runs on a background thread; `cached()` answers at once for a file
    read before, and `read()` refreshes it."""

    defaults_read = Signal(str, object)  # path, ModelDefaults: what the model file at path recommends

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ops = BackgroundOps(self)
        self._cache: dict[str, tuple[_Stamp, ModelDefaults]] = {}

    def cached(self, path: str) -> ModelDefaults | None:
        entry = self._cache.get(path)
        return entry[1] if entry is not None else None

    def read(self, path: str) -> None:
        """Read `path`'s defaults on a background thread; `defaults_read` follows (a newer read supersedes)."""
        known = self._cache.get(path)
        self._ops.run("model-defaults", lambda flag: self._read(flag, path, known),
                      lambda outcome: self._on_read_done(path, outcome))

    def wait(self, timeout: float = 10.0) -> None:
        self._ops.wait(timeout)

    def shutdown(self) -> None:
        self._ops.shutdown()

    @staticmethod
    def _read(flag: CancelFlag, path: str, known: tuple[_Stamp, ModelDefaults] | None) -> tuple[_Stamp, ModelDefaults]:
        try:
            info = os.stat(path)
        except OSError as exc:  # the engine's load says what is wrong with the file; here it recommends nothing
            note = tr("the model file could not be read: {error}").format(error=exc.strerror or exc)
            return (0, 0.0), ModelDefaults(notes=(note,))
        stamp = (info.st_size, info.st_mtime)
        if known is not None and known[0] == stamp:
            return known
        flag.raise_if_cancelled()
        try:
            header = read_file_header(path, require_complete=False)
        except (GGUFFormatError, OSError) as exc:
            return stamp, ModelDefaults(notes=(tr("the model file's header could not be read: {error}").format(error=exc),))
        return stamp, defaults_from_header(header, os.path.basename(path))

    def _on_read_done(self, path: str, outcome: Outcome) -> None:
        if isinstance(outcome, Succeeded):
            self._cache[path] = outcome.value
            self.defaults_read.emit(path, outcome.value[1])
        elif isinstance(outcome, Failed):
            log.error("reading the defaults of %s failed: %s", path, outcome.message)
