"""The Knowledge feature behind one object (issue 12): collections, index runs, search, attachments, watching.

The Knowledge page's controller, the chat (K5) and the command line (K6) all go through a KnowledgeBase: it owns
the store (its own SQLite file beside the app's database), one embedding engine per embedding model (a second
engine worker, started on first use, never the chat's), the retriever and the folder watcher.

Threads: an index run goes on a worker thread while the GUI thread lists collections and files and searches. The
store serializes its own connection; this object only guards its own tables (engines, runs, the watch list) with
a lock, and allows one index run per collection at a time.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from desktop_llm.core.embedding_models import is_embedding_model
from desktop_llm.core.errors import DesktopLlmError, KnowledgeError
from desktop_llm.core.knowledge_types import (
    Collection,
    IndexedFile,
    IndexProgress,
    IndexReport,
    Passage,
    SearchResult,
    TextEmbedder,
)
from desktop_llm.core.ui_text import QT_TR_NOOP
from desktop_llm.services.knowledge.embedding_engine import EmbeddingEngine
from desktop_llm.services.knowledge.folder_watch import FolderWatcher
from desktop_llm.services.knowledge.indexer import index_collection
from desktop_llm.services.knowledge.knowledge_store import KnowledgeStore
from desktop_llm.services.knowledge.reranker import Reranker, is_reranker_file, rerank_passages, rerankers
from desktop_llm.services.knowledge.retriever import Retriever

log = logging.getLogger(__name__)
STORE_NAME = "knowledge.sqlite3"  # in AppPaths.data_dir, beside the app's database
DELETE_WAIT_S = 30.0  # how long a delete waits for a stopped index run to finish its file
# A chat's own collection (the files dropped into it): not listed, named for a source's tooltip; a name the user
# took already gets a number.
CHAT_COLLECTION = "Files in chat {id}"


def _same_or_inside(path: str, source: str) -> bool:
    """Whether the changed `path` is the source itself or lies in the source folder."""
    try:
        return os.path.commonpath([os.path.abspath(path), os.path.abspath(source)]) == os.path.abspath(source)
    except ValueError:  # different drives on Windows
        return False


class KnowledgeBase:
    """Any thread. `close()` ends the embedding engines and the watcher and closes the store."""

    def __init__(self, paths_data_dir: Path, log_dir: Path,
                 engine_command: Sequence[str] | None = None) -> None:
        """`engine_command`: the embedding workers' command (tests run a stand-in); None runs the real worker."""
        self._log_dir = log_dir
        self._engine_command = engine_command
        self._store = KnowledgeStore(paths_data_dir / STORE_NAME)
        self._lock = threading.Lock()
        self._engines: dict[str, EmbeddingEngine] = {}
        self._indexing: set[int] = set()
        self._watcher: FolderWatcher | None = None
        # One re-watch at a time, so the sources read last are the ones watched (a create while the start-up watch
        # runs must not be overtaken by the older list).
        self._rewatching = threading.Lock()
        self._on_changed: Callable[[int], None] | None = None
        self._closed = False
        self._chat_files = threading.Lock()  # one chat collection made per chat, however many drops at once
        self._reranker: Reranker | None = None  # set_reranker: searches re-ranked with it
        self._retriever = Retriever(self._store, self.embedder_for, self._rerank)

    @property
    def store(self) -> KnowledgeStore:
        """The store itself, for the chat's attachments and the CLI's listings."""
        return self._store

    # Collections -----------------------------------------------------------------------------------------------
    def collections(self) -> list[Collection]:
        return self._store.collections()

    def collection(self, name_or_id: str | int) -> Collection:
        return self._store.collection(name_or_id)

    def create(self, name: str, sources: Sequence[str], embedding_model: str = "") -> Collection:
        created = self._store.create_collection(name.strip(), [_absolute(s) for s in sources], embedding_model)
        self._rewatch()
        return created

    def add_sources(self, collection_id: int, sources: Sequence[str]) -> Collection:
        changed = self._store.add_sources(collection_id, [_absolute(s) for s in sources])
        self._rewatch()
        return changed

    def remove_sources(self, collection_id: int, sources: Sequence[str]) -> Collection:
        changed = self._store.remove_sources(collection_id, list(sources))
        self._rewatch()
        return changed

    def delete(self, collection_id: int) -> None:
        """Delete the collection and its index. A run on it that was asked to stop finishes its current file
        first: wait for it (bounded)."""
        deadline = time.monotonic() + DELETE_WAIT_S
        while self.indexing(collection_id) and time.monotonic() < deadline:
            time.sleep(0.05)
        if self.indexing(collection_id):
            raise KnowledgeError(QT_TR_NOOP("This collection is being indexed: pause it, then delete it"))
        self._store.delete_collection(collection_id)
        self._rewatch()

    def set_embedding_model(self, collection_id: int, model: str) -> Collection:
        """`model`: an embedding GGUF's path, or "" for keyword search only. Its vectors are dropped: the next
        index run embeds every chunk again with the new model."""
        return self._store.set_embedding_model(collection_id, model)

    def files(self, collection_id: int) -> list[IndexedFile]:
        """Every file the index knows, indexed and failed (with the reason), by path."""
        return sorted(self._store.files(collection_id).values(), key=lambda f: f.path.casefold())

    def stats(self, collection_id: int) -> tuple[int, int, int]:
        """Files indexed, files that could not be read, chunks."""
        return self._store.stats(collection_id)

    # Indexing and search ----------------------------------------------------------------------------------------
    def embedder_for(self, collection: Collection) -> TextEmbedder | None:
        """The collection's embedding engine (started on first use), or None for keyword search only."""
        model = collection.embedding_model
        if not model:
            return None
        with self._lock:
            engine = self._engines.get(model)
            if engine is None:
                if not Path(model).is_file():
                    raise KnowledgeError(QT_TR_NOOP("The embedding model {path} is missing: choose another one, or "
                                                    "keyword search only"), path=model)
                engine = self._engines[model] = EmbeddingEngine(self._log_dir, model, self._engine_command)
            return engine

    def index(self, collection_id: int, progress: Callable[[IndexProgress], None],
              stop: threading.Event, embed: bool = True) -> IndexReport:
        """Bring the collection's index up to date with its folders and files: new, changed and deleted files only.
        Stops at the next file when `stop` is set (the report says paused; the next run goes on from there).
        `embed=False` writes the chunks for keyword search only, at once (a run with embed embeds them later).
        Raises KnowledgeError when the collection is being indexed already."""
        with self._lock:
            if collection_id in self._indexing:
                raise KnowledgeError(QT_TR_NOOP("This collection is being indexed already"))
            self._indexing.add(collection_id)
        try:
            collection = self._store.collection(collection_id)
            embedder = self.embedder_for(collection) if embed else None
            return index_collection(self._store, collection, embedder, progress, stop)
        finally:
            with self._lock:
                self._indexing.discard(collection_id)

    def indexing(self, collection_id: int) -> bool:
        with self._lock:
            return collection_id in self._indexing

    def search(self, collection_ids: Sequence[int], query: str, k: int = 5) -> SearchResult:
        return self._retriever.search(collection_ids, query, k)

    # A conversation's collections (the chat) ---------------------------------------------------------------------
    def attach(self, conversation_id: int, collection_ids: Sequence[int], only_documents: bool = False) -> None:
        self._store.attach(conversation_id, collection_ids, only_documents)

    def attached(self, conversation_id: int) -> list[Collection]:
        return self._store.attached(conversation_id)

    def only_documents(self, conversation_id: int) -> bool:
        return self._store.only_documents(conversation_id)

    def add_chat_file(self, conversation_id: int, path: str) -> Collection:
        """A file dropped into a chat joins that chat's own collection (made on first use with the default embedding
        model, left out of collections(), deleted with the chat), which is attached to the chat beside what is
        attached already. Index it next: index(embed=False) makes it searchable by keywords at once."""
        source = _absolute(path)
        with self._chat_files:
            own = next((c for c in self._store.collections(chats=True) if c.conversation_id == conversation_id), None)
            if own is None:
                taken = {c.name.casefold() for c in self._store.collections(chats=True)}
                first = name = CHAT_COLLECTION.format(id=conversation_id)
                number = 1
                while name.casefold() in taken:
                    number += 1
                    name = f"{first} ({number})"
                own = self._store.create_collection(name, [], self.default_embedding_model(), conversation_id)
            own = self._store.add_sources(own.id, [source])
            attached = [c.id for c in self._store.attached(conversation_id)]
            if own.id not in attached:
                self._store.attach(conversation_id, [*attached, own.id], self._store.only_documents(conversation_id))
        return own

    def default_embedding_model(self) -> str:
        """The embedding model the user's collections use most (a file that is still there), "" for none: a chat's
        dropped files are embedded with it."""
        models = [c.embedding_model for c in self._store.collections() if c.embedding_model]
        usable = [m for m in sorted(set(models), key=lambda m: -models.count(m)) if Path(m).is_file()]
        return usable[0] if usable else ""

    def passage_context(self, chunk_id: int, around: int = 2) -> list[Passage]:
        """The passage with up to `around` chunks before and after it in its file, in order; [] when the store no
        longer has it (its file was indexed again or removed)."""
        return self._store.neighbours(chunk_id, around, around) if chunk_id > 0 else []

    def forget_conversation(self, conversation_id: int) -> None:
        """The chat was deleted: its own collection (dropped files) goes, and its attachments and options. Waits
        (bounded) for an index run on that collection that was asked to stop."""
        for own in self._store.collections(chats=True):
            if own.conversation_id == conversation_id:
                self.delete(own.id)
        self._store.forget_conversation(conversation_id)

    # Watching and models ----------------------------------------------------------------------------------------
    def watch(self, on_changed: Callable[[int], None]) -> None:
        """Watch every collection's sources; `on_changed(collection id)` is called on the watcher's thread (already
        debounced) when something in them changed. Sources added or removed later are followed."""
        with self._lock:
            self._on_changed = on_changed
        self._rewatch()

    def _source_changed(self, source: str) -> None:
        with self._lock:
            notify = self._on_changed
        if notify is None:
            return
        try:
            collections = self._store.collections()
        except DesktopLlmError:
            log.exception("cannot tell which collection %s belongs to", source)
            return
        for collection in collections:
            if any(_same_or_inside(source, own) or _same_or_inside(own, source) for own in collection.sources):
                notify(collection.id)

    def _rewatch(self) -> None:
        """Point the watcher at the sources there are now (only existing folders; none is fine: the watcher then
        keeps no observer). The watcher is made by the first re-watch after watch()."""
        with self._rewatching:
            with self._lock:
                if self._on_changed is None or self._closed:
                    return
                if self._watcher is None:
                    self._watcher = FolderWatcher(self._source_changed)
                watcher = self._watcher
            sources = sorted({s for c in self._store.collections() for s in c.sources if _watchable(s)})
            try:
                watcher.watch(sources)
            except (OSError, DesktopLlmError):  # a drive that went away: indexing says so, not the watcher
                log.warning("cannot watch %s", sources, exc_info=True)

    # Re-ranking (a reranker GGUF from the library, one switch for every search) ------------------------------
    @property
    def reranker(self) -> str:
        """The reranker GGUF searches are re-ranked with, "" for none."""
        with self._lock:
            return self._reranker.model if self._reranker is not None else ""

    def set_reranker(self, model: str) -> None:
        """Re-rank every search's fused top candidates with `model` (a reranker GGUF: rerankers()), or "" for the
        fused order. Its worker starts on the next search; the one before is closed."""
        if model and not is_reranker_file(model):
            raise KnowledgeError(QT_TR_NOOP("{name} is not a reranker"), name=Path(model).name)
        with self._lock:
            old = self._reranker
            if (old.model if old is not None else "") == model or self._closed:
                return
            self._reranker = Reranker(self._log_dir, model, self._engine_command) if model else None
        if old is not None:
            old.close()

    def _rerank(self, query: str, passages: list[Passage]) -> list[Passage]:
        with self._lock:
            reranker = self._reranker
        return passages if reranker is None else rerank_passages(reranker, query, passages)

    rerankers = staticmethod(rerankers)  # which of the library's files are rerankers

    @staticmethod
    def embedding_models(library_paths: Sequence[str]) -> list[str]:
        """Which of the library's GGUF files are embedding models (read from their headers; a file that cannot
        be read is left out)."""
        found = []
        for path in library_paths:
            try:
                if is_embedding_model(Path(path)):
                    found.append(path)
            except (OSError, DesktopLlmError):
                log.info("not an embedding model (unreadable): %s", path)
        return found

    def close(self) -> None:
        """Stop watching, end the embedding workers, close the store (each step even when one before failed)."""
        with self._rewatching, self._lock:
            self._closed = True
            watcher, self._watcher = self._watcher, None
            engines: list[EmbeddingEngine | Reranker] = list(self._engines.values())
            self._engines = {}
            if self._reranker is not None:
                engines.append(self._reranker)
                self._reranker = None
        for closing in ([watcher] if watcher else []) + engines:
            try:
                closing.close()
            except Exception:
                log.exception("closing %s failed", type(closing).__name__)
        self._store.close()


def _watchable(source: str) -> bool:
    """A folder, or a file whose folder exists (the watcher watches a single file through its folder)."""
    return os.path.isdir(source) or os.path.isdir(os.path.dirname(source))


def _absolute(source: str) -> str:
    return os.path.abspath(os.path.expanduser(source))
