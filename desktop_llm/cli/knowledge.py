"""`desktop-llm knowledge add|index|list|rm|search` (issue 12): collections of the user's documents, headless.

The collections live where the window keeps them (AppPaths.data_dir / knowledge.sqlite3, through the same
KnowledgeBase), so what the command line indexes the Knowledge tab shows, and the other way round. Results go to
stdout, progress and notes to stderr, errors as one line and exit code 1 (cli/entry.py). `ask` is in cli/ask.py
(it uses this module, never the other way round). Searches are re-ranked with the reranker chosen on the Knowledge
page (the settings' knowledge_reranker); `--rerank FILE|NAME|none` overrides it for one run.
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import FrameType
from typing import Any

from desktop_llm.core.downloads import format_eta
from desktop_llm.core.embedding_models import RECOMMENDED_RERANKER
from desktop_llm.core.errors import DesktopLlmError, KnowledgeNotFoundError
from desktop_llm.core.knowledge_types import Collection, IndexProgress, IndexReport, Passage, SearchResult

PASSAGE_CHARS = 1_200  # a search shows this much of each passage; the rest is "…"
PROGRESS_EVERY_S = 0.25  # on a terminal; 2 s between lines when stderr is a file
INTERRUPTED = 130


def add_parsers(commands: Any) -> None:
    knowledge = commands.add_parser("knowledge", help="collections of your documents: add, index, list, rm, search")
    sub = knowledge.add_subparsers(dest="knowledge_command", required=True)
    add = sub.add_parser("add", help="create a collection of folders and files (or add more to one)")
    add.add_argument("name")
    add.add_argument("paths", nargs="+", metavar="PATH", help="a folder (searched recursively) or a file")
    add.add_argument("--embedding-model", metavar="FILE|REPO",
                     help="an embedding GGUF: a file, a model of the library, a Hugging Face repo[/file] "
                          "(downloaded), 'recommended', or 'none' for keyword search only (the default)")
    index = sub.add_parser("index", help="index new, changed and deleted files (Ctrl+C pauses; run again to go on)")
    index.add_argument("name")
    sub.add_parser("list", help="the collections, their files, chunks and embedding model")
    remove = sub.add_parser("rm", help="delete a collection and its index (your files stay)")
    remove.add_argument("name")
    search = sub.add_parser("search", help="the passages that best match a query, ranked")
    search.add_argument("name")
    search.add_argument("query")
    search.add_argument("-k", type=int, default=5, help="how many passages (default 5)")
    add_rerank_option(search)


def add_rerank_option(parser: Any) -> None:
    parser.add_argument("--rerank", metavar="FILE|NAME",
                        help="re-rank the passages found with this reranker GGUF (a file or a model of the library), "
                             "or 'none'; default: the reranker chosen on the Knowledge page")


@contextmanager
def open_knowledge(rerank: str | None = None, search: bool = False) -> Iterator[Any]:
    """The app's KnowledgeBase on its own data folder; closed (embedding workers and reranker stopped) at the end.
    To `search`: with the reranker `rerank` names (--rerank), else the one of the settings."""
    from desktop_llm.services.knowledge.knowledge_base import KnowledgeBase
    from desktop_llm.services.knowledge.reranker import is_reranker_file
    from desktop_llm.services.storage.paths import AppPaths
    from desktop_llm.services.storage.settings_store import SettingsStore

    paths = AppPaths.default().ensure()
    model = ""
    if search:
        model = reranker_path(rerank) if rerank is not None else SettingsStore(paths.settings_file).load(
        ).knowledge_reranker
    knowledge = KnowledgeBase(paths.data_dir, paths.log_dir)
    try:
        if model and rerank is None and not is_reranker_file(model):  # the window's choice, its file gone
            print(f"desktop-llm: warning: the reranker chosen on the Knowledge page cannot be read ({model}); "
                  "searching without it", file=sys.stderr)
        elif model:
            knowledge.set_reranker(model)
        yield knowledge
    finally:
        knowledge.close()


def reranker_path(spec: str) -> str:
    """The reranker GGUF `spec` names: a file, or a model of the library by name or file name; "" for 'none'.
    DesktopLlmError when it names nothing or a model that is no reranker."""
    from desktop_llm.services.knowledge.reranker import is_reranker_file

    spec = spec.strip()
    if spec.lower() in ("", "none", "off"):
        return ""
    path = Path(spec).expanduser()
    if not path.is_file():
        from desktop_llm.app import build_services
        from desktop_llm.services.storage.paths import AppPaths

        services = build_services(AppPaths.default())
        try:
            found = next((Path(info.path) for info in services.library.models()
                          if spec in (info.name, Path(info.path).name, Path(info.path).stem)), None)
        finally:
            services.close()
        if found is None:
            raise DesktopLlmError(f"no reranker {spec!r}: give a .gguf file or a model of the library "
                                  "(desktop-llm models list), or 'none'")
        path = found
    if not is_reranker_file(str(path)):
        raise DesktopLlmError(f"{path.name} is not a reranker (its header has no rank pooling); a reranker such as "
                              f"{RECOMMENDED_RERANKER.repo_id} scores a question and a passage together")
    return str(path.resolve())


def run(args: argparse.Namespace) -> int:
    command = args.knowledge_command
    with open_knowledge(getattr(args, "rerank", None), search=command == "search") as knowledge:
        if command == "add":
            return _add(knowledge, args)
        if command == "index":
            return _index(knowledge, knowledge.collection(args.name))
        if command == "list":
            return _list(knowledge)
        if command == "rm":
            collection = knowledge.collection(args.name)
            knowledge.delete(collection.id)
            print(f"Deleted the collection “{collection.name}” and its index (your files were not touched)")
            return 0
        if command == "search":
            return _search(knowledge, args)
    return 2


def _add(knowledge: Any, args: argparse.Namespace) -> int:
    for path in args.paths:
        if not Path(path).expanduser().exists():
            raise DesktopLlmError(f"not found: {path}")
    model = None
    if args.embedding_model is not None:
        from desktop_llm.cli.embedding_choice import embedding_model_path

        model = embedding_model_path(args.embedding_model)
    try:
        existing: Collection | None = knowledge.collection(args.name)
    except KnowledgeNotFoundError:
        existing = None
    if existing is None:
        collection = knowledge.create(args.name, args.paths, model or "")
        print(f"Created the collection “{collection.name}”")
    else:
        collection = knowledge.add_sources(existing.id, args.paths)
        print(f"Added to the collection “{collection.name}”")
        if model is not None and model != collection.embedding_model:
            collection = knowledge.set_embedding_model(collection.id, model)
            print("New embedding model: every chunk is embedded again by the next index run")
    for source in collection.sources:
        print(f"    {source}")
    print(f"Search: {_search_kind(collection)}")
    print(f"Index it with: desktop-llm knowledge index {_quoted(collection.name)}", file=sys.stderr)
    return 0


class _Progress:
    """One progress line on stderr: rewritten in place on a terminal, a line every few seconds into a file."""

    def __init__(self) -> None:
        self._tty = sys.stderr.isatty()
        self._last = 0.0
        self._shown = False
        self._line = ""

    def __call__(self, progress: IndexProgress) -> None:
        now = time.monotonic()
        final = progress.files_total and progress.files_done >= progress.files_total
        if now - self._last < (PROGRESS_EVERY_S if self._tty else 2.0) and not final:
            return
        self._last = now
        left = f" · about {format_eta(progress.eta_s)} left" if progress.eta_s is not None else ""
        current = f" · {Path(progress.current).name}" if progress.current else ""
        line = f"files {progress.files_done}/{progress.files_total} · {progress.chunks_done:,} chunks{left}{current}"
        if line == self._line:
            return
        self._line = line
        if self._tty:
            print(f"\r{line[:150]:<150}", end="", file=sys.stderr, flush=True)
            self._shown = True
        else:
            print(line, file=sys.stderr, flush=True)

    def end(self) -> None:
        if self._shown:
            print(file=sys.stderr)
            self._shown = False


def _index(knowledge: Any, collection: Collection) -> int:
    """Index on this (the main) thread; the first Ctrl+C asks the run to pause after the current file (each file
    is written in one transaction, so the next run goes on from there), a second one stops at once."""
    stop = threading.Event()
    progress = _Progress()

    def interrupted(signum: int, frame: FrameType | None) -> None:
        if stop.is_set():
            raise KeyboardInterrupt
        stop.set()
        progress.end()
        print("desktop-llm: pausing after the current file (Ctrl+C again to stop at once)", file=sys.stderr)

    print(f"Indexing “{collection.name}” ({_search_kind(collection)})", file=sys.stderr)
    previous = signal.signal(signal.SIGINT, interrupted)
    try:
        report = knowledge.index(collection.id, progress, stop)
    finally:
        signal.signal(signal.SIGINT, previous)
        progress.end()
    _print_report(knowledge, collection, report)
    return INTERRUPTED if report.paused else 0


def _print_report(knowledge: Any, collection: Collection, report: IndexReport) -> None:
    files, failed, chunks = knowledge.stats(collection.id)
    print(f"{'Paused' if report.paused else 'Indexed'} “{collection.name}” in {format_eta(report.seconds)}: "
          f"{report.added} new, {report.changed} changed, {report.removed} removed, {report.unchanged} unchanged "
          f"files; {report.chunks:,} chunks written")
    unreadable = f" ({failed} unreadable)" if failed else ""
    print(f"The collection has {files} files{unreadable}, {chunks:,} chunks")
    if report.failed:
        print(f"{len(report.failed)} file(s) could not be read:")
        for failure in report.failed:
            print(f"    {failure.path}: {failure.reason}")
    if report.paused:
        print(f"desktop-llm: paused; run `desktop-llm knowledge index {_quoted(collection.name)}` again to go on",
              file=sys.stderr)


def _list(knowledge: Any) -> int:
    collections = knowledge.collections()
    if not collections:
        print("No collections yet. Create one with: desktop-llm knowledge add NAME FOLDER")
        return 0
    rows = []
    for collection in collections:
        files, failed, chunks = knowledge.stats(collection.id)
        search = _search_kind(collection)
        if collection.embedding_model:
            embedded = knowledge.store.vector_count(collection.id)
            if embedded < chunks:
                search += f" ({embedded:,} of {chunks:,} chunks embedded: index again)"
        rows.append((collection.name, f"{files}" + (f" (+{failed} unreadable)" if failed else ""), f"{chunks:,}",
                     search, collection.sources))
    widths = [max(len(row[i]) for row in [("NAME", "FILES", "CHUNKS", "SEARCH"), *rows]) for i in range(3)]
    print(f"{'NAME':<{widths[0]}}  {'FILES':>{widths[1]}}  {'CHUNKS':>{widths[2]}}  SEARCH")
    for name, files_text, chunks_text, search, sources in rows:
        print(f"{name:<{widths[0]}}  {files_text:>{widths[1]}}  {chunks_text:>{widths[2]}}  {search}")
        for source in sources:
            print(f"    {source}")
    return 0


def _search(knowledge: Any, args: argparse.Namespace) -> int:
    if args.k < 1:
        raise DesktopLlmError("-k must be 1 or more")
    if not args.query.strip():
        raise DesktopLlmError("the query is empty")
    collection = knowledge.collection(args.name)
    result: SearchResult = knowledge.search([collection.id], args.query, args.k)
    note_search(result, knowledge.reranker)
    if not result.passages:
        print("No passage matches.")
        return 0
    for number, passage in enumerate(result.passages, start=1):
        print(f"[{number}] {passage_source(passage)}")
        print(f"    {_scores(passage)}")
        text = passage.text.strip()
        if len(text) > PASSAGE_CHARS:
            text = text[:PASSAGE_CHARS].rstrip() + " …"
        for line in text.splitlines():
            if line.strip():  # a blank line only between passages: one block each
                print(f"    {line.rstrip()}")
        print()
    return 0


def note_search(result: SearchResult, reranker: str = "") -> None:
    """What the user should know about a search, on stderr: its kind, its reranker (or that it failed), a model
    that could not be used, nothing relevant found."""
    kinds = {"hybrid": "hybrid search (keywords + meaning)", "bm25": "keyword search (BM25)",
             "vector": "search by meaning"}
    kind = kinds.get(result.mode, result.mode)
    if result.reranked:
        kind += f", re-ranked by {Path(reranker).name or 'a reranker'}"
    print(f"desktop-llm: {kind}", file=sys.stderr)
    if reranker and result.passages and not result.reranked:
        print(f"desktop-llm: warning: the reranker {Path(reranker).name} failed; the passages are in the search's "
              "own order", file=sys.stderr)
    for name in result.bm25_fallback:
        print(f"desktop-llm: warning: the embedding model of “{name}” cannot be used; searched by keywords only",
              file=sys.stderr)
    if result.passages and not result.relevant:
        print("desktop-llm: none of these passages looks relevant to the query", file=sys.stderr)


def passage_source(passage: Passage) -> str:
    """"/docs/manual.pdf · p. 4 · Setup": the file and the place in it."""
    place = passage.place.label()
    return f"{passage.path} · {place}" if place else passage.path


def _scores(passage: Passage) -> str:
    parts = [f"score {passage.score:.4f}"]
    if passage.rerank_score is not None:  # the reranker's own scale; the passages are in its order
        parts.insert(0, f"rerank {passage.rerank_score:.4f}")
    if passage.similarity is not None:
        parts.append(f"similarity {passage.similarity:.3f}")
    if passage.bm25_rank is not None:
        parts.append(f"keywords #{passage.bm25_rank}")
    if passage.vector_rank is not None:
        parts.append(f"meaning #{passage.vector_rank}")
    return " · ".join(parts)


def _search_kind(collection: Collection) -> str:
    if not collection.embedding_model:
        return "keyword only"
    dims = f", {collection.dimensions} dimensions" if collection.dimensions else ""
    return f"hybrid, {Path(collection.embedding_model).name}{dims}"


def _quoted(name: str) -> str:
    import shlex

    return shlex.quote(name)
