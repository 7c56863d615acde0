"""`desktop-llm dataset FILE`: a training dataset from a document (issue 16), question/answer pairs written by the
model from each passage, saved as chat JSONL (in the data folder's datasets, or --output); or, with
--prompt-column and --answer-column, from the rows of a CSV/JSONL table (no model needed). Progress on stderr, the
saved file's path on stdout. An interrupted run (Ctrl+C) resumes when the same command is run again."""

from __future__ import annotations

import argparse
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from desktop_llm.core.dataset_types import MAX_PAIRS_PER_CHUNK, MakeOptions, MakeProgress, chat_lines
from desktop_llm.core.downloads import format_eta
from desktop_llm.core.errors import DatasetError, DesktopLlmError
from desktop_llm.core.sampling import LoadParams


def add_parser(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = commands.add_parser("dataset", help="make a training dataset from a document or a table")
    parser.add_argument("file", help="a document (txt, md, pdf, docx, html, rtf), or a CSV/JSONL table with the "
                                     "--*-column options")
    parser.add_argument("--pairs", type=int, default=MakeOptions().pairs_per_chunk, metavar="N",
                        help=f"question/answer pairs per passage (1-{MAX_PAIRS_PER_CHUNK})")
    parser.add_argument("--max-chunks", type=int, default=MakeOptions().max_chunks, metavar="N",
                        help="passages at most (a longer document is sampled evenly)")
    parser.add_argument("--chunk-tokens", type=int, default=MakeOptions().chunk_tokens, metavar="N",
                        help="tokens of the document per passage at most")
    parser.add_argument("--system", default="", help="a system message written into every example")
    parser.add_argument("--fresh", action="store_true", help="start over instead of resuming an interrupted run")
    parser.add_argument("--prompt-column", help="a table: the column that is the prompt")
    parser.add_argument("--answer-column", help="a table: the column that is the answer")
    parser.add_argument("--system-column", default="", help="a table: the column that is the system message")
    parser.add_argument("--output", help="write here (default: the data folder's datasets/<name>.jsonl)")
    parser.add_argument("--model", help="GGUF file (default: the default model); with --backend, the server's model id")
    parser.add_argument("--ctx", type=int, default=None, help="context length (default 4096; with --backend, the "
                                                              "server's)")
    parser.add_argument("--gpu-layers", type=int, default=-1)
    from desktop_llm.cli.connections import add_backend_options

    add_backend_options(parser)


def run(args: argparse.Namespace, default_model: Callable[[], str]) -> int:
    from desktop_llm.services.storage.paths import AppPaths
    from desktop_llm.services.training.dataset_maker import DatasetMaker

    maker = DatasetMaker(AppPaths.default().ensure().data_dir)
    if args.prompt_column or args.answer_column:
        return _from_table(args, maker)
    if not 1 <= args.pairs <= MAX_PAIRS_PER_CHUNK:
        raise DesktopLlmError(f"--pairs must be 1 to {MAX_PAIRS_PER_CHUNK}")
    if args.max_chunks < 1 or args.chunk_tokens < 64:
        raise DesktopLlmError("--max-chunks must be 1 or more, --chunk-tokens 64 or more")
    options = MakeOptions(pairs_per_chunk=args.pairs, max_chunks=args.max_chunks, chunk_tokens=args.chunk_tokens,
                          system_prompt=args.system, fresh=args.fresh)
    path = Path(args.file)
    if args.backend:
        from desktop_llm.cli.connections import remote_backend

        backend, params = remote_backend(args, args.ctx or 0)
        status = backend.ensure_loaded(params)
        return _make(args, maker, backend.client(), status.model.n_ctx if status.model else 4096, path, options)
    from desktop_llm.cli.engine import loaded_engine

    params = LoadParams(path=args.model or default_model(), n_ctx=args.ctx or 4096, n_gpu_layers=args.gpu_layers)
    with loaded_engine(params) as (host, status):
        n_ctx = (status.model.n_ctx if status.model else 0) or params.n_ctx
        return _make(args, maker, host.client(), n_ctx, path, options)


def _make(args: argparse.Namespace, maker: Any, client: Any, n_ctx: int, path: Path, options: MakeOptions) -> int:
    cancel = threading.Event()
    try:
        result = maker.from_document(client, n_ctx, path, options, _progress, cancel)
    except KeyboardInterrupt:
        cancel.set()
        print("\ndesktop-llm: interrupted; the passages answered are kept: run the same command to go on",
              file=sys.stderr)
        return 130
    print(file=sys.stderr)
    if result.resumed_chunks:
        print(f"desktop-llm: {result.resumed_chunks} passages taken from the interrupted run", file=sys.stderr)
    if result.failed_chunks:
        print(f"desktop-llm: {len(result.failed_chunks)} passages skipped (the model's reply could not be read twice):"
              f" {', '.join(result.failed_chunks[:20])}", file=sys.stderr)
    if not result.structured:
        print("desktop-llm: the server does not take a JSON schema; its replies were read as free text",
              file=sys.stderr)
    print(f"desktop-llm: {len(result.pairs)} pairs from {len(result.chunks)} passages", file=sys.stderr)
    target = _save(args, maker, result.pairs, Path(result.source).stem, result.journal)
    print(target)
    return 0


def _from_table(args: argparse.Namespace, maker: Any) -> int:
    from desktop_llm.core.dataset_columns import ColumnMapping, map_rows

    if not (args.prompt_column and args.answer_column):
        raise DesktopLlmError("a table needs both --prompt-column and --answer-column")
    table = maker.read_table(Path(args.file))
    mapped = map_rows(table, ColumnMapping(args.prompt_column, args.answer_column, args.system_column))
    skipped = mapped.empty + mapped.too_long
    print(f"desktop-llm: {len(mapped.pairs)} rows used, {skipped} skipped (empty or too long)"
          + (f", {table.more_rows} past the row limit left out" if table.more_rows else "")
          + (f", {table.bad_lines} lines that are not JSON objects" if table.bad_lines else ""), file=sys.stderr)
    print(_save(args, maker, mapped.pairs, Path(args.file).stem, ""))
    return 0


def _save(args: argparse.Namespace, maker: Any, pairs: list[Any], name: str, journal: str) -> Path:
    if not args.output:
        return Path(maker.save(name, pairs, args.system, journal))
    from desktop_llm.services.storage.atomic_file import write_atomic

    if not pairs:
        raise DatasetError("the dataset is empty: no pair was written")
    target = Path(args.output)
    try:
        write_atomic(target, "".join(line + "\n" for line in chat_lines(pairs, args.system)).encode("utf-8"))
    except OSError as exc:
        raise DatasetError(f"cannot write {target}: {exc.strerror or exc}") from exc
    if journal:
        Path(journal).unlink(missing_ok=True)
    return target


def _progress(progress: MakeProgress) -> None:
    left = f", about {format_eta(progress.eta_s)} left" if progress.eta_s else ""
    failed = f", {progress.failed} skipped" if progress.failed else ""
    print(f"\rpassage {progress.done}/{progress.total}: {progress.pairs} pairs{failed}{left}   ", end="",
          file=sys.stderr, flush=True)
