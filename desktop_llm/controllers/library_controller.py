"""The app's one view of the model library: listings read on a background thread, answered from memory."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject, Signal

from desktop_llm.controllers.background import BackgroundOps, CancelFlag, Failed, Outcome, Succeeded
from desktop_llm.core.model_info import ModelInfo
from desktop_llm.core.protocols import ModelCatalog

log = logging.getLogger(__name__)


class ScannableCatalog(ModelCatalog, Protocol):
    def cached_models(self) -> list[ModelInfo]: ...


class LibraryController(QObject):
    """Lives on the GUI thread. Reading every model's header is slow for a big or new folder and runs into
    hostile files, so the GUI thread never scans (issue 10, item 4): `models()` answers from the newest listing,
    `refresh()` starts a scan on a background thread, and `models_listed` says when it is in. Implements
    ModelCatalog, so the window and panels take it in place of the library."""

    models_listed = Signal(object)  # list[ModelInfo]: the newest listing, after each scan
    scan_failed = Signal(str)  # message: a scan failed as a whole (one bad file never does; it is listed broken)

    def __init__(self, library: ScannableCatalog, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._library = library
        self._ops = BackgroundOps(self)
        self._models = library.cached_models()  # what the index knows already: stat calls only

    @property
    def models_dir(self) -> Path:
        return self._library.models_dir

    def models(self) -> list[ModelInfo]:
        return list(self._models)

    def refresh(self) -> None:
        """Read the library again on a background thread; a scan already running is superseded."""
        self._ops.run("library-scan", self._scan, self._on_scan_done)

    def scanning(self) -> bool:
        return self._ops.busy("library-scan")

    def wait(self, timeout: float = 30.0) -> None:
        """Join a running scan (tests and shutdown); its outcome still arrives through the event loop."""
        self._ops.wait(timeout)

    def shutdown(self) -> None:
        """The window is closing: a scan still running is dropped, never delivered after the stores close."""
        self._ops.shutdown()

    def _scan(self, flag: CancelFlag) -> list[ModelInfo]:
        models = self._library.models()
        flag.raise_if_cancelled()
        return models

    def _on_scan_done(self, outcome: Outcome) -> None:
        if isinstance(outcome, Succeeded):
            self._models = list(outcome.value)
            self.models_listed.emit(self.models())
        elif isinstance(outcome, Failed):
            log.error("listing the model library failed: %s", outcome.message)
            self.scan_failed.emit(outcome.message)

    # Changes are made at once (an import reads one file, a delete unlinks one) and show in the listing at once;
    # a scan then confirms them.

    def import_file(self, source_path: Path) -> ModelInfo:
        info = self._library.import_file(source_path)
        self._models = [m for m in self._models if m.path != info.path] + [info]
        self.refresh()
        return info

    def register_download(self, first_part: Path, repo_id: str, name: str, projector: Path | None = None) -> ModelInfo:
        """Any thread (a download's own): no listing change here; the GUI side refreshes when it hears of it."""
        return self._library.register_download(first_part, repo_id, name, projector=projector)

    def set_projector(self, model_path: str, projector_path: str | None) -> None:
        """Pair a model with a projector file chosen by the user ("" = text only, None = automatic), after the
        library checked it fits (ProjectorError says why not; nothing changes then). Reads two headers, as an
        import reads one; the listing follows through a scan."""
        try:
            self._library.set_projector(model_path, projector_path)
        finally:
            self.refresh()

    def delete(self, path: str) -> None:
        try:
            self._library.delete(path)
            self._models = [m for m in self._models if m.path != path]
        finally:
            self.refresh()
