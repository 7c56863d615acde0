"""`desktop-llm summarize FILE` and `desktop-llm translate --to LANG FILE`: result on stdout, progress on stderr."""

from __future__ import annotations

import argparse
import sys
import threading
from pathlib import Path
from typing import Any

from desktop_llm.core.downloads import format_eta
from desktop_llm.core.errors import DesktopLlmError
from desktop_llm.core.languages import language_code, language_name
from desktop_llm.core.sampling import MAX_PARALLEL, LoadParams
from desktop_llm.core.summary_prompts import LENGTH_TOKENS, STYLE_LABELS, SummaryOptions
from desktop_llm.core.translation import TranslateOptions, parse_glossary


def add_parsers(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    summary = commands.add_parser("summarize", help="summarize a document of any length")
    summary.add_argument("file", help="txt, md, pdf, docx, html or rtf; - for standard input")
    summary.add_argument("--style", choices=list(STYLE_LABELS), default="paragraph")
    summary.add_argument("--instruction", default="", help="with --style custom: what to write")
    summary.add_argument("--length", choices=list(LENGTH_TOKENS), default="medium")
    summary.add_argument("--lang", default="", help="language of the summary (default: the document's)")
    summary.add_argument("--read-scans", action="store_true",
                         help="PDF pages without text (scans) are read by the model as images (slow; needs a vision "
                              "model: --mmproj, or an mmproj*.gguf beside the model)")
    summary.add_argument("--mmproj", metavar="FILE", help="the model's vision projector, for --read-scans")
    translate = commands.add_parser("translate", help="translate a document, keeping its structure")
    translate.add_argument("file", help="txt, md, pdf, docx, html or rtf; - for standard input")
    translate.add_argument("--to", required=True, help="target language: a code (de) or a name (German)")
    translate.add_argument("--from", dest="source", default="auto", help="source language (default: detect)")
    translate.add_argument("--glossary", help="file with one term a line: `term` or `term = translation`")
    translate.add_argument("--output", help="write here instead of stdout (.docx from a .docx source keeps its format)")
    for sub in (summary, translate):
        sub.add_argument("--model", help="GGUF file (default: the default model); with --backend, the server's model id")
        sub.add_argument("--ctx", type=int, default=None, help="context length (default 4096; with --backend, the "
                                                                 "server's)")
        sub.add_argument("--gpu-layers", type=int, default=-1)
        sub.add_argument("--concurrency", type=int, default=None, metavar="N",
                         help="requests at once (default: what the server takes; locally 1): the local engine "
                              "loads the model with N slots, each with the whole context")
        from desktop_llm.cli.connections import add_backend_options

        add_backend_options(sub)


def _progress(progress: object) -> None:
    done, total = getattr(progress, "done", 0), getattr(progress, "total", 0)
    eta = getattr(progress, "eta_s", None)
    left = f", about {format_eta(eta)} left" if eta else ""
    print(f"\r{getattr(progress, 'stage', '')} {done}/{total}{left}   ", end="", file=sys.stderr, flush=True)


def _read(path_text: str) -> tuple[str, str]:
    from desktop_llm.services.documents.documents import load_document

    if path_text == "-":
        return "stdin", sys.stdin.read()
    document = load_document(Path(path_text))
    for warning in document.warnings:
        print(f"desktop-llm: {warning}", file=sys.stderr)
    return document.name, document.text


def run(args: argparse.Namespace, default_model: str) -> int:
    from desktop_llm.cli.engine import loaded_engine

    if args.concurrency is not None and args.concurrency < 1:
        raise DesktopLlmError("--concurrency must be 1 or more")
    if args.backend:
        return _run_remote(args)
    # Locally (issue 18): the model is loaded with one slot per request at once, decoded together in one batch.
    slots = min(args.concurrency or 1, MAX_PARALLEL)
    if (args.concurrency or 1) > slots:
        print(f"desktop-llm: the local engine runs at most {MAX_PARALLEL} requests at once", file=sys.stderr)
    args.concurrency = slots
    model = args.model or default_model
    from desktop_llm.cli.projector import projector_for  # one rule for finding a model's projector (issue 17)

    mmproj = projector_for(model, getattr(args, "mmproj", None), getattr(args, "read_scans", False))
    params = LoadParams(path=model, n_ctx=args.ctx or 4096, n_gpu_layers=args.gpu_layers, n_parallel=slots,
                        mmproj=mmproj)
    with loaded_engine(params) as (host, status):
        return _run_job(args, host.client(), (status.model.n_ctx if status.model else 0) or params.n_ctx)


def _run_remote(args: argparse.Namespace) -> int:
    """The job on another server (`--backend`, issue 11 part B), `--concurrency` requests at once."""
    from desktop_llm.cli.connections import remote_backend

    backend, params = remote_backend(args, args.ctx or 0, args.concurrency or 0)
    status = backend.ensure_loaded(params)
    return _run_job(args, backend.client(), status.model.n_ctx if status.model else args.ctx or 4096)


def _run_job(args: argparse.Namespace, client: Any, n_ctx: int) -> int:
    cancel = threading.Event()
    try:
        result = _summarize(args, client, n_ctx, cancel) if args.command == "summarize" else \
            _translate(args, client, n_ctx, cancel)
    except KeyboardInterrupt:
        cancel.set()
        raise
    print(file=sys.stderr)
    for warning in result.warnings:
        print(f"desktop-llm: {warning}", file=sys.stderr)
    if result.ending_note:  # pieces cut at their length limit, continued or trimmed (issue 13 part 5)
        print(f"desktop-llm: {result.ending_note}", file=sys.stderr)
    print(f"desktop-llm: {result.source_tokens:,} source tokens in {format_eta(result.seconds)}, "
          f"{len(result.requests)} requests", file=sys.stderr)
    if not getattr(args, "output", None):
        print(result.text)
    return 0


def _summarize(args: argparse.Namespace, client: Any, n_ctx: int, cancel: threading.Event) -> Any:
    from desktop_llm.services.documents.summarizer import summarize

    if args.style == "custom" and not args.instruction.strip():
        raise DesktopLlmError("--style custom needs --instruction")
    if args.read_scans and args.file.lower().endswith(".pdf"):
        from desktop_llm.services.documents.scan_reader import read_pdf_with_scans

        document = read_pdf_with_scans(Path(args.file), client, n_ctx, _progress, cancel).document
        print(file=sys.stderr)
        for warning in document.warnings:
            print(f"desktop-llm: {warning}", file=sys.stderr)
        text = document.text
    else:
        _, text = _read(args.file)
    language = language_code(args.lang) if args.lang else ""
    options = SummaryOptions(args.style, args.length, language, args.instruction)
    return summarize(client, n_ctx, text, options, _progress, cancel, concurrency=args.concurrency)


def _translate(args: argparse.Namespace, client: Any, n_ctx: int, cancel: threading.Event) -> Any:
    from desktop_llm.services.documents.language_id import detect_language
    from desktop_llm.services.documents.translator import translate, translate_docx

    target = language_code(args.to)
    glossary = tuple(parse_glossary(Path(args.glossary).read_text(encoding="utf-8"))) if args.glossary else ()
    _, text = _read(args.file)
    source = args.source if args.source == "auto" else language_code(args.source)
    if source == "auto":
        source = detect_language(text) or "auto"
        if source != "auto":
            print(f"desktop-llm: detected {language_name(source)}", file=sys.stderr)
    options = TranslateOptions(source, target, glossary)
    output = Path(args.output) if args.output else None
    if output is not None and output.suffix.lower() == ".docx" and args.file.lower().endswith(".docx"):
        return translate_docx(client, n_ctx, Path(args.file), output, options, _progress, cancel)
    result = translate(client, n_ctx, text, options, _progress, cancel, concurrency=args.concurrency)
    if output is not None:
        output.write_text(result.text + "\n", encoding="utf-8")
    return result
