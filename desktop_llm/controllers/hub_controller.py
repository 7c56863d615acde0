"""Searching Hugging Face and opening model pages in the background."""

from __future__ import annotations

import itertools
import logging
import threading
from collections.abc import Callable
from typing import Any, cast

from PySide6.QtCore import QObject, Signal

from desktop_llm.core.errors import DesktopLlmError
from desktop_llm.core.fit_estimate import MemoryBudget, ModelShape
from desktop_llm.core.hub_types import ModelPage
from desktop_llm.core.protocols import ModelHub

log = logging.getLogger(__name__)


class HubController(QObject):
    """Lives on the GUI thread; each request runs on a daemon thread and only the newest answer is kept."""

    search_finished = Signal(list)  # list[RepoSummary]
    search_failed = Signal(str)  # message (offline, HTTP error)
    page_loaded = Signal(object, object)  # ModelPage, ModelShape | None (None: the header could not be read)
    page_failed = Signal(str, str)  # repo id, message

    def __init__(self, hub: ModelHub, budget: MemoryBudget, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hub = hub
        self.budget = budget
        self._serials = itertools.count(1)
        self._search_serial = 0
        self._page_serial = 0
        self._result.connect(self._on_result)

    _result = Signal(int, str, object)  # serial, kind, payload: marshals worker results to the GUI thread

    def search(self, query: str, sort: str = "downloads") -> None:
        serial = next(self._serials)
        self._search_serial = serial
        self._spawn(serial, "search", lambda: self._hub.search(query, sort))

    def open_repo(self, repo_id: str) -> None:
        serial = next(self._serials)
        self._page_serial = serial

        def load() -> tuple[Any, ModelShape | None]:
            page = self._hub.model_page(repo_id)
            shape = None
            if page.choices:
                try:
                    # Every quantization of a model shares its shape: read the smallest file's header.
                    shape = ModelShape.from_header(self._hub.read_remote_header(repo_id, page.choices[0].first.path))
                except DesktopLlmError as exc:
                    log.warning("no fit estimate for %s: %s", repo_id, exc)
            return page, shape

        self._spawn(serial, f"page:{repo_id}", load)

    def _spawn(self, serial: int, kind: str, work: Callable[[], object]) -> None:
        def run() -> None:
            try:
                self._result.emit(serial, kind, work())
            except DesktopLlmError as exc:
                self._result.emit(serial, "error:" + kind, str(exc))
            except Exception as exc:  # a background error must reach the user
                log.exception("hub request failed")
                self._result.emit(serial, "error:" + kind, f"unexpected error: {exc}")

        threading.Thread(target=run, daemon=True, name=f"hub-{kind}").start()

    def _on_result(self, serial: int, kind: str, payload: object) -> None:
        failed = kind.startswith("error:")
        kind = kind.removeprefix("error:")
        if kind == "search":
            if serial != self._search_serial:
                return
            if failed:
                self.search_failed.emit(str(payload))
            else:
                self.search_finished.emit(payload)
        elif kind.startswith("page:"):
            if serial != self._page_serial:
                return
            if failed:
                self.page_failed.emit(kind.removeprefix("page:"), str(payload))
            else:
                page, shape = cast("tuple[ModelPage, ModelShape | None]", payload)
                self.page_loaded.emit(page, shape)
