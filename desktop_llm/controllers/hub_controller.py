"""Searching Hugging Face and opening model pages in the background."""

from __future__ import annotations

import logging

from PySide6.QtCore import QLocale, QObject, Signal

from desktop_llm.controllers.background import BackgroundOps, CancelFlag, CancelledOutcome, Failed, Outcome, Succeeded
from desktop_llm.core.errors import DesktopLlmError, HubOfflineError
from desktop_llm.core.fit_estimate import MemoryBudget, ModelShape
from desktop_llm.core.hub_types import ModelPage, RepoSummary
from desktop_llm.core.protocols import ModelHub
from desktop_llm.core.recommendations import curated_repos

log = logging.getLogger(__name__)


class HubController(QObject):
    """Lives on the GUI thread. Requests run through BackgroundOps, one lane for searches and one for pages, so
    only the newest answer of each kind is delivered."""

    search_finished = Signal(list)  # list[RepoSummary]
    search_failed = Signal(str)  # message (offline, HTTP error)
    page_loaded = Signal(object, object)  # ModelPage, ModelShape | None (None: the header could not be read)
    page_failed = Signal(str, str)  # repo id, message
    offline_changed = Signal(bool)  # True when the hub could not be reached; False once it answers again
    endpoint_changed = Signal(str)  # the address every hub request now goes to (Hugging Face or a mirror)
    endpoint_tested = Signal(str, bool, str)  # address tested, whether it answered as a hub, the sentence saying so

    def __init__(self, hub: ModelHub, budget: MemoryBudget, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hub = hub
        self.budget = budget
        self.offline = False
        self._ops = BackgroundOps(self)

    def search(self, query: str, sort: str = "downloads") -> None:
        self._ops.run("hub-search", lambda _flag: self._hub.search(query, sort), self._on_search_done)

    def open_repo(self, repo_id: str) -> None:
        def load(flag: CancelFlag) -> tuple[ModelPage, ModelShape | None]:
            page = self._hub.model_page(repo_id)
            flag.raise_if_cancelled()
            shape = None
            if page.choices:
                try:
                    # Every quantization of a model shares its shape: read the smallest file's header.
                    shape = ModelShape.from_header(self._hub.read_remote_header(repo_id, page.choices[0].first.path))
                except DesktopLlmError as exc:
                    log.warning("no fit estimate for %s: %s", repo_id, exc)
            return page, shape

        self._ops.run("hub-page", load, lambda outcome: self._on_page_done(repo_id, outcome))

    def curated(self) -> tuple[str, ...]:
        """The models Discover shows before any search, for the UI's language (issue 21: Qwen first for Chinese).
        QLocale() is the system's unless the app set another default."""
        return curated_repos(QLocale().name())

    @property
    def endpoint(self) -> str:
        """Where searches and downloads go now."""
        return self._hub.endpoint

    @property
    def environment_endpoint(self) -> str:
        """HF_ENDPOINT when set: it wins over the Settings field, which then says so."""
        return self._hub.environment_endpoint

    def use_endpoint_setting(self, setting: str) -> None:
        """Apply the Settings field (issue 21); the pages showing the source hear of a change."""
        before = self._hub.endpoint
        choice = self._hub.use_setting(setting)
        if choice.url != before:
            log.info("model source: %s%s", choice.url, " (HF_ENDPOINT)" if choice.from_environment else "")
            self.endpoint_changed.emit(choice.url)

    def test_endpoint(self, endpoint: str) -> None:
        """One bounded request to `endpoint` in the background; endpoint_tested says how it went. A newer test
        replaces this one, and cancel_endpoint_test drops it."""
        def done(outcome: Outcome) -> None:
            if flag.cancelled:  # a failure is delivered even after a cancel; a cancelled test says nothing
                return
            if isinstance(outcome, Succeeded):
                self.endpoint_tested.emit(endpoint, True, str(outcome.value))
            elif isinstance(outcome, Failed):
                self.endpoint_tested.emit(endpoint, False, outcome.message)

        flag = self._ops.run("hub-endpoint-test", lambda _flag: self._hub.probe(endpoint), done)

    def cancel_endpoint_test(self) -> None:
        """The request may still finish (it is bounded by its timeout), but nobody hears of it."""
        self._ops.cancel("hub-endpoint-test")

    def testing_endpoint(self) -> bool:
        return self._ops.busy("hub-endpoint-test")

    def busy(self) -> bool:
        return self._ops.busy("hub-search") or self._ops.busy("hub-page")

    def shutdown(self) -> None:
        """The window is closing: requests still running are dropped, not delivered to closed pages."""
        self._ops.shutdown()

    def wait(self, timeout: float = 10.0) -> None:
        """Join running requests (tests and shutdown); outcomes still arrive through the event loop."""
        self._ops.wait(timeout)

    def _note_reachable(self, outcome: Outcome) -> None:
        if isinstance(outcome, CancelledOutcome):
            return
        # Any answer from the hub, an error status included, means it can be reached.
        offline = isinstance(outcome, Failed) and isinstance(outcome.error, HubOfflineError)
        if offline != self.offline:
            self.offline = offline
            self.offline_changed.emit(offline)

    def _on_search_done(self, outcome: Outcome) -> None:
        self._note_reachable(outcome)
        if isinstance(outcome, Succeeded):
            repos: list[RepoSummary] = list(outcome.value)
            self.search_finished.emit(repos)
        elif isinstance(outcome, Failed):
            self.search_failed.emit(outcome.message)

    def _on_page_done(self, repo_id: str, outcome: Outcome) -> None:
        self._note_reachable(outcome)
        if isinstance(outcome, Succeeded):
            page, shape = outcome.value
            self.page_loaded.emit(page, shape)
        elif isinstance(outcome, Failed):
            self.page_failed.emit(repo_id, outcome.message)
