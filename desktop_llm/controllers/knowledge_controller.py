"""The Knowledge page's work (issue 12): list collections and their files, edit them, index in the background with
pause and cancel, re-index when their folders change, search, and the reranker every search goes through.

Everything that touches the knowledge base runs through BackgroundOps: listing and editing on lanes of their own,
each index run on `knowledge-index-<id>` (one run per collection at a time; a change that arrives meanwhile runs
once more afterwards). Pause and cancel both stop the run at the next file and keep what it wrote; a paused
collection waits for Resume, a cancelled one for the next change or Re-index.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer, Signal

from desktop_llm.controllers.background import BackgroundOps, CancelFlag, CancelledOutcome, Failed, Outcome, Succeeded
from desktop_llm.core.errors import KnowledgeError
from desktop_llm.core.knowledge_types import Collection, IndexProgress, IndexReport
from desktop_llm.core.protocols import KnowledgeBase
from desktop_llm.core.ui_text import QT_TR_NOOP

log = logging.getLogger(__name__)
PROGRESS_INTERVAL_S = 0.2  # how often the page hears of an index run's progress
CHANGE_DEBOUNCE_MS = 3000  # a folder's burst of changes (a copy, a checkout) becomes one re-index


@dataclass(frozen=True)
class CollectionRow:
    """A collection as the page lists it: with its counts."""

    collection: Collection
    files: int
    failed: int
    chunks: int


class KnowledgeController(QObject):
    """Lives on the GUI thread; the knowledge base's work runs on BackgroundOps threads."""

    collections_listed = Signal(list)  # list[CollectionRow], by name
    files_listed = Signal(int, list)  # collection id, list[IndexedFile] (indexed and failed)
    index_started = Signal(int)  # collection id
    index_progressed = Signal(int, object)  # collection id, IndexProgress
    index_finished = Signal(int, object)  # collection id, IndexReport (paused=True: paused or cancelled)
    index_failed = Signal(int, str)  # collection id, message
    search_finished = Signal(object)  # SearchResult
    search_failed = Signal(str)  # message
    embedding_models_listed = Signal(list)  # list[str]: the library's embedding GGUF paths
    rerankers_listed = Signal(list)  # list[str]: the library's reranker GGUF paths
    reranker_changed = Signal(str)  # the reranker GGUF every search is re-ranked with now, "" for none
    action_failed = Signal(str)  # message: a create, an edit or a delete did not happen
    collection_created = Signal(object)  # Collection
    _source_changed = Signal(int)  # collection id, from the watcher's thread to the GUI thread

    def __init__(self, knowledge: KnowledgeBase, parent: QObject | None = None,
                 debounce_ms: int = CHANGE_DEBOUNCE_MS) -> None:
        super().__init__(parent)
        self._knowledge = knowledge
        self._ops = BackgroundOps(self)
        self._edits = 0
        self._flags: dict[int, CancelFlag] = {}
        self._again: set[int] = set()  # changed while being indexed: index once more afterwards
        self.paused: set[int] = set()
        self.progress: dict[int, IndexProgress] = {}
        self._changed: set[int] = set()
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(debounce_ms)
        self._debounce.timeout.connect(self._on_debounce_timeout)
        self._source_changed.connect(self._on_knowledge_source_changed)
        self._closed = False
        self.reranker = ""  # as the knowledge base last said (reranker_changed)
        self._wanted_reranker = ""
        self._switching = threading.Lock()

    @property
    def knowledge_base(self) -> KnowledgeBase:
        """The knowledge base this controls, for the chat's attach control and its tools (the same instance)."""
        return self._knowledge

    def start(self) -> None:
        """At start: list, bring every collection up to date (changes made while the app was closed, a run the
        last session did not finish) and watch their folders from now on."""
        self.refresh()

        def all_ids(_flag: CancelFlag) -> list[int]:
            self._knowledge.watch(self._source_changed.emit)
            return [c.id for c in self._knowledge.collections()]

        self._ops.run("knowledge-start", all_ids, self._on_start_listed)

    def _on_start_listed(self, outcome: Outcome) -> None:
        if isinstance(outcome, Succeeded):
            for collection_id in outcome.value:
                self.index(collection_id)
        elif isinstance(outcome, Failed):
            self.action_failed.emit(outcome.message)

    # Reading ------------------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        def rows(_flag: CancelFlag) -> list[CollectionRow]:
            listed = []
            for collection in self._knowledge.collections():
                files, failed, chunks = self._knowledge.stats(collection.id)
                listed.append(CollectionRow(collection, files, failed, chunks))
            return sorted(listed, key=lambda r: r.collection.name.casefold())

        self._ops.run("knowledge-list", rows, self._delivered(self.collections_listed.emit))

    def list_files(self, collection_id: int) -> None:
        self._ops.run("knowledge-files", lambda _flag: self._knowledge.files(collection_id),
                      self._delivered(lambda files: self.files_listed.emit(collection_id, files)))

    def list_embedding_models(self, library_paths: Sequence[str]) -> None:
        paths = list(library_paths)
        self._ops.run("knowledge-models", lambda _flag: self._knowledge.embedding_models(paths),
                      self._delivered(self.embedding_models_listed.emit))

    def list_rerankers(self, library_paths: Sequence[str]) -> None:
        paths = list(library_paths)
        self._ops.run("knowledge-rerankers", lambda _flag: self._knowledge.rerankers(paths),
                      self._delivered(self.rerankers_listed.emit))

    def set_reranker(self, model: str) -> None:
        """Re-rank every search (the page's, the chat's) with the reranker GGUF `model`, "" for none. Off the GUI
        thread: the worker before it is closed. reranker_changed says what is in use after it, action_failed why
        a model was refused (not a reranker, its file gone)."""
        self._wanted_reranker = model

        def switch(_flag: CancelFlag) -> str:
            with self._switching:  # two quick choices: whichever switch runs last applies the latest one
                wanted = self._wanted_reranker
                if wanted and not os.path.isfile(wanted):  # "missing", not "not a reranker" (a drive unplugged)
                    raise KnowledgeError(QT_TR_NOOP("The reranker {path} is missing"), path=wanted)
                self._knowledge.set_reranker(wanted)
                return self._knowledge.reranker

        def done(outcome: Outcome) -> None:
            if isinstance(outcome, Failed):
                self.action_failed.emit(outcome.message)
            if not isinstance(outcome, CancelledOutcome):
                self.reranker = str(outcome.value) if isinstance(outcome, Succeeded) else self._knowledge.reranker
                self.reranker_changed.emit(self.reranker)

        self._ops.run("knowledge-reranker", switch, done)

    def search(self, collection_ids: Sequence[int], query: str, k: int = 5) -> None:
        ids = list(collection_ids)
        if not query.strip() or not ids:
            return

        def done(outcome: Outcome) -> None:
            if isinstance(outcome, Succeeded):
                self.search_finished.emit(outcome.value)
            elif isinstance(outcome, Failed):
                self.search_failed.emit(outcome.message)

        self._ops.run("knowledge-search", lambda _flag: self._knowledge.search(ids, query.strip(), k), done)

    def _delivered(self, emit: Callable[[object], None]) -> Callable[[Outcome], None]:
        def done(outcome: Outcome) -> None:
            if isinstance(outcome, Succeeded):
                emit(outcome.value)
            elif isinstance(outcome, Failed):
                self.action_failed.emit(outcome.message)

        return done

    # Editing ------------------------------------------------------------------------------------------------------
    def create(self, name: str, sources: Sequence[str], embedding_model: str = "") -> None:
        """Create the collection and index it."""
        def created(collection: object) -> None:
            assert isinstance(collection, Collection)
            self.collection_created.emit(collection)
            self.index(collection.id)

        self._edit(lambda: self._knowledge.create(name, list(sources), embedding_model), created)

    def add_sources(self, collection_id: int, sources: Sequence[str]) -> None:
        self._edit(lambda: self._knowledge.add_sources(collection_id, list(sources)),
                   lambda _c: self.index(collection_id))

    def remove_sources(self, collection_id: int, sources: Sequence[str]) -> None:
        self._edit(lambda: self._knowledge.remove_sources(collection_id, list(sources)),
                   lambda _c: self.list_files(collection_id))

    def set_embedding_model(self, collection_id: int, model: str) -> None:
        """Changing the model drops the vectors: the collection is embedded again with the new one."""
        self.stop(collection_id)
        self._edit(lambda: self._knowledge.set_embedding_model(collection_id, model),
                   lambda _c: self.index(collection_id))

    def delete(self, collection_id: int) -> None:
        self.stop(collection_id)
        self._again.discard(collection_id)
        self.paused.discard(collection_id)

        self._edits += 1
        self._ops.run(f"knowledge-edit-{self._edits}", lambda _flag: self._knowledge.delete(collection_id),
                      self._delivered(lambda _none: self.refresh()))

    def _edit(self, work: Callable[[], object], then: Callable[[object], None]) -> None:
        def done(value: object) -> None:
            self.refresh()
            then(value)

        self._edits += 1  # a lane each: an edit must never make an earlier one's outcome stale
        self._ops.run(f"knowledge-edit-{self._edits}", lambda _flag: work(), self._delivered(done))

    # Indexing -----------------------------------------------------------------------------------------------------
    def indexing(self, collection_id: int) -> bool:
        return collection_id in self._flags

    def index(self, collection_id: int) -> None:
        """Bring the collection up to date now; if a run is going, once more when it ends."""
        if self._closed:
            return
        if collection_id in self._flags:
            self._again.add(collection_id)
            return
        self.paused.discard(collection_id)
        last = [0.0]

        def work(flag: CancelFlag, report: Callable[[IndexProgress], None]) -> IndexReport:
            def progress(value: IndexProgress) -> None:
                now = time.monotonic()
                if now - last[0] >= PROGRESS_INTERVAL_S or value.files_done >= value.files_total:
                    last[0] = now
                    report(value)

            return self._knowledge.index(collection_id, progress, flag.event)

        # A paused run's report is what happened: deliver it (cancel_drops_result=False).
        self._flags[collection_id] = self._ops.run_reporting(
            f"knowledge-index-{collection_id}", work, lambda outcome: self._on_index_done(collection_id, outcome),
            lambda value: self._on_index_progressed(collection_id, value), cancel_drops_result=False)
        self.index_started.emit(collection_id)

    def pause(self, collection_id: int) -> None:
        """Stop at the next file; Resume (index) goes on from there."""
        if collection_id in self._flags:
            self.paused.add(collection_id)
            self.stop(collection_id)

    def stop(self, collection_id: int) -> None:
        """Cancel: stop at the next file, keep what is indexed, and do not run again until asked or changed."""
        self._again.discard(collection_id)
        flag = self._flags.get(collection_id)
        if flag is not None:
            flag.cancel()

    cancel = stop

    def _on_index_progressed(self, collection_id: int, value: IndexProgress) -> None:
        self.progress[collection_id] = value
        self.index_progressed.emit(collection_id, value)

    def _on_index_done(self, collection_id: int, outcome: Outcome) -> None:
        self._flags.pop(collection_id, None)
        self.progress.pop(collection_id, None)
        if isinstance(outcome, Succeeded):
            self.index_finished.emit(collection_id, outcome.value)
        elif isinstance(outcome, Failed):
            self.index_failed.emit(collection_id, outcome.message)
        elif isinstance(outcome, CancelledOutcome):  # not expected (results are kept), but never silent
            self.index_finished.emit(collection_id, IndexReport(paused=True))
        self.refresh()
        self.list_files(collection_id)
        if collection_id in self._again and not self._closed:
            self._again.discard(collection_id)
            self.index(collection_id)

    def _on_knowledge_source_changed(self, collection_id: int) -> None:
        self._changed.add(collection_id)
        self._debounce.start()

    def _on_debounce_timeout(self) -> None:
        changed, self._changed = self._changed, set()
        for collection_id in sorted(changed):
            if collection_id not in self.paused:
                self.index(collection_id)

    def shutdown(self) -> None:
        """The window is closing: stop every run at its next file (the next start resumes), then close the base."""
        self._closed = True
        self._debounce.stop()
        for flag in self._flags.values():
            flag.cancel()
        self._ops.wait(timeout=30)
        self._ops.shutdown()
        try:
            self._knowledge.close()
        except Exception:
            log.exception("closing the knowledge base failed")

