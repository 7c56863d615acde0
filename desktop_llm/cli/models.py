"""`desktop-llm models ...`: search, files, download, list, rm, info."""

from __future__ import annotations

import argparse
import shlex
import sys
import time
from pathlib import Path

from desktop_llm.core.errors import DesktopLlmError
from desktop_llm.core.fit_estimate import ModelShape, estimate_fit
from desktop_llm.core.gguf_header import ArraySummary, GGUFFormatError, read_file_header
from desktop_llm.core.hub_types import GGUFChoice
from desktop_llm.core.model_info import default_model, human_size


def add_parsers(models: argparse.ArgumentParser) -> None:
    commands = models.add_subparsers(dest="models_command", required=True)
    commands.add_parser("list", help="list local models")
    search = commands.add_parser("search", help="search Hugging Face for GGUF models")
    search.add_argument("query", nargs="?", default="")
    search.add_argument("--sort", default="downloads", choices=["downloads", "likes", "recently updated", "trending"])
    search.add_argument("--limit", type=int, default=20)
    files = commands.add_parser("files", help="the GGUF files of a repository, with sizes and fit")
    files.add_argument("repo")
    files.add_argument("--ctx", type=int, default=4096)
    download = commands.add_parser("download", help="download a GGUF file (resumes an interrupted download)")
    download.add_argument("repo")
    download.add_argument("file", help="file name, or a quantization such as Q4_K_M")
    remove = commands.add_parser("rm", help="delete a model from the library")
    remove.add_argument("model", help="path or name")
    remove.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    info = commands.add_parser("info", help="every GGUF key/value and the chat template of a file")
    info.add_argument("path")


def run(args: argparse.Namespace) -> int:
    command = args.models_command
    if command == "info":
        return _info(Path(args.path))
    from desktop_llm.app import build_services
    from desktop_llm.services.storage.paths import AppPaths

    services = build_services(AppPaths.default())
    try:
        if command == "list":
            return _list(services)
        if command == "search":
            return _search(services, args)
        if command == "files":
            return _files(services, args)
        if command == "download":
            return _download(services, args)
        if command == "rm":
            return _remove(services, args)
    finally:
        services.close()
    return 2


def _list(services) -> int:  # type: ignore[no-untyped-def]
    settings = services.settings.load()
    models = services.library.models()
    chosen = default_model(models, settings.default_model_path)
    if not models:
        print("No models yet. Download one in the app, or import a .gguf file.")
    for info in models:
        mark = "*" if chosen is not None and info.path == chosen.path else " "
        if info.error:
            print(f"{mark} {info.name}  [broken: {info.error}]\n    {info.path}\n"
                  f"    (remove it with: desktop-llm models rm --yes {shlex.quote(info.path)})")
            continue
        origin = f"{info.source}: {info.repo_id}" if info.repo_id else info.source
        print(f"{mark} {info.name}  {info.architecture} {info.parameter_label} {info.quantization}  "
              f"ctx {info.context_length}  {human_size(info.size_bytes)}  ({origin})\n    {info.path}")
    print(f"{len(models)} model(s), {human_size(sum(m.size_bytes for m in models))} in total")
    return 0


def _search(services, args: argparse.Namespace) -> int:  # type: ignore[no-untyped-def]
    results = services.hub.search(args.query, args.sort, args.limit)
    for repo in results:
        gated = "  [gated]" if repo.gated else ""
        print(f"{repo.repo_id}  ↓{repo.downloads:,}  ♥{repo.likes:,}{gated}")
    if not results:
        print("No GGUF models found.")
    return 0


def _files(services, args: argparse.Namespace) -> int:  # type: ignore[no-untyped-def]
    from desktop_llm.services.models.system_memory import detect_budget

    page = services.hub.model_page(args.repo)
    card = page.card
    print(f"{card.repo_id}  license: {card.license or '?'}  base: {card.base_model or '?'}  "
          f"languages: {', '.join(card.languages) or '?'}")
    if card.summary:
        print(f"  {card.summary}")
    if not page.choices:
        print("This repository has no GGUF files.")
        return 0
    budget = detect_budget()
    shape = None
    try:
        header = services.hub.read_remote_header(args.repo, page.choices[-1].first.path)
        shape = ModelShape.from_header(header)
    except DesktopLlmError as exc:
        print(f"(no fit estimate: {exc})", file=sys.stderr)
    for choice in page.choices:
        fit = ""
        if shape is not None:
            estimate = estimate_fit(shape, choice.size, budget, args.ctx)
            fit = f"  {estimate.verdict}  (needs {human_size(estimate.total_bytes)} at ctx {estimate.n_ctx})"
        parts = f"  [{len(choice.files)} parts]" if choice.is_split else ""
        print(f"{choice.quantization:>8}  {human_size(choice.size):>9}  {choice.name}{parts}{fit}")
    return 0


def pick_choice(choices: tuple[GGUFChoice, ...], wanted: str) -> GGUFChoice:
    """The choice named by a file's repo path, its name or its quantization; several matches are refused, since
    `Q4/model.gguf` and `Q8/model.gguf` share a name (issue 10 item 3)."""
    exact = [c for c in choices if any(f.path == wanted for f in c.files)]
    matches = exact or [c for c in choices if wanted in (c.name, c.quantization)]
    if len(matches) == 1:
        return matches[0]
    if matches:
        paths = ", ".join(c.first.path for c in matches)
        raise DesktopLlmError(f"{wanted!r} matches several files in this repository ({paths}): give the file's path")
    names = ", ".join(c.name for c in choices) or "none"
    raise DesktopLlmError(f"no GGUF file {wanted!r} in this repository (available: {names})")


def _download(services, args: argparse.Namespace) -> int:  # type: ignore[no-untyped-def]
    page = services.hub.model_page(args.repo)
    choice = pick_choice(page.choices, args.file)
    started = time.monotonic()
    last = [0.0]

    def progress(done: int, total: int) -> None:
        now = time.monotonic()
        if now - last[0] < 0.5 and done < total:
            return
        last[0] = now
        speed = done / max(now - started, 1e-6)
        end = "\r" if sys.stderr.isatty() and done < total else "\n"
        print(f"{choice.name}: {human_size(done)} / {human_size(total)} ({100 * done / max(total, 1):.0f}%)  "
              f"{human_size(int(speed))}/s", end=end, file=sys.stderr, flush=True)

    paths = services.downloader.download(args.repo, choice.files, progress, lambda: False)
    info = services.library.register_download(paths[0], args.repo, choice.name.removesuffix(".gguf"))
    print(info.path)
    return 0


def _remove(services, args: argparse.Namespace) -> int:  # type: ignore[no-untyped-def]
    models = services.library.models()
    match = next((m for m in models if args.model in (m.path, m.name)), None)
    if match is None:
        raise DesktopLlmError(f"no model {args.model!r} in the library")
    if not args.yes:
        answer = input(f"Delete {match.name} ({human_size(match.size_bytes)})? [y/N] ")
        if answer.strip().lower() not in ("y", "yes"):
            return 1
    services.library.delete(match.path)
    print(f"Deleted {match.name}")
    return 0


def _info(path: Path) -> int:
    if not path.is_file():
        raise DesktopLlmError(f"file not found: {path}")
    try:
        # Not required complete: a split model's first part (or a cut-off file) still shows its header.
        header = read_file_header(str(path), require_complete=False)
    except GGUFFormatError as exc:
        raise DesktopLlmError(f"{path.name}: {exc}") from exc
    print(f"{path}\nGGUF v{header.version}, {len(header.tensors)} tensors, {header.parameter_count:,} parameters, "
          f"{header.quantization}")
    template = header.chat_template
    for key, value in header.metadata.items():
        if key == "tokenizer.chat_template":
            continue
        text = str(value) if isinstance(value, ArraySummary) else repr(value)
        print(f"  {key} = {text[:200]}")
    print("chat template:" if template else "chat template: (none)")
    if template:
        print(template)
    return 0
