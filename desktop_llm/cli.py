"""The `desktop-llm` command: the window by default, and headless chat, models and bench commands."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar

from desktop_llm import __version__
from desktop_llm.core.errors import DesktopLlmError
from desktop_llm.core.events import ChatMessage, GenerationFinished, TextDelta
from desktop_llm.core.model_info import default_model
from desktop_llm.core.sampling import LoadParams, SamplingParams

T = TypeVar("T")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="desktop-llm", description="Run language models on this computer.")
    parser.add_argument("--version", action="version", version=f"desktop-llm {__version__}")
    parser.add_argument("--self-test", action="store_true", help="check the engine and the starter model, then exit")
    commands = parser.add_subparsers(dest="command")
    chat = commands.add_parser("chat", help="stream one reply to stdout")
    chat.add_argument("prompt")
    chat.add_argument("--model", help="GGUF file (default: the default model)")
    chat.add_argument("--system", default="", help="system prompt")
    chat.add_argument("--max-tokens", type=int, default=512)
    chat.add_argument("--temperature", type=float, default=0.7)
    chat.add_argument("--seed", type=int, default=-1)
    chat.add_argument("--ctx", type=int, default=4096, help="context length")
    chat.add_argument("--gpu-layers", type=int, default=-1)
    chat.add_argument("--stats", action="store_true", help="print tokens/s and usage to stderr")
    chat.add_argument("--lora", action="append", default=[], metavar="ADAPTER",
                      help="a GGUF LoRA adapter (or a training run folder) to apply; may be repeated")
    chat.add_argument("--lora-scale", type=float, default=1.0, help="strength of the adapters (default 1.0)")
    models = commands.add_parser("models", help="the model library and Hugging Face")
    from desktop_llm.cli_models import add_parsers

    add_parsers(models)
    bench = commands.add_parser("bench", help="measure generation speed and GUI responsiveness")
    bench.add_argument("--model", help="GGUF file (default: the starter model)")
    bench.add_argument("--tokens", type=int, default=256)
    bench.add_argument("--runs", type=int, default=3)
    bench.add_argument("--gpu-layers", type=int, default=-1)
    bench.add_argument("--no-gui", action="store_true", help="skip the GUI stall measurement")
    gui = commands.add_parser("gui", help="open the window (the default)")
    gui.add_argument("--check", action="store_true", help="open, load the default model, and quit (smoke test)")
    gui.add_argument("files", nargs="*", metavar="FILE",
                     help="a document to summarize or a .gguf to import (an open window takes it)")
    from desktop_llm.cli_documents import add_parsers as add_document_parsers

    add_document_parsers(commands)
    from desktop_llm.cli_train import add_parser as add_train_parser

    add_train_parser(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if args_list[:1] == ["--worker"]:
        return _worker(args_list[1:])
    if args_list[:1] == ["--self-test"]:
        from desktop_llm.self_test import run_self_test

        return run_self_test()
    args = _parser().parse_args(args_list)
    if args.command in (None, "gui"):
        from desktop_llm.app import run_gui

        return run_gui([sys.argv[0]], check=getattr(args, "check", False), files=getattr(args, "files", []))
    try:
        if args.command == "chat":
            return _chat(args)
        if args.command == "models":
            from desktop_llm.cli_models import run

            return run(args)
        if args.command in ("summarize", "translate"):
            from desktop_llm.cli_documents import run as run_document

            return run_document(args, args.model or _default_model())
        if args.command == "train":
            from desktop_llm.cli_train import run as run_train

            return run_train(args, _default_model)
        if args.command == "bench":
            from desktop_llm.bench import run_bench

            return run_bench(args)
    except DesktopLlmError as exc:
        print(f"desktop-llm: {exc}", file=sys.stderr)
        detail = getattr(exc, "detail", "")
        if detail:
            print(detail, file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("desktop-llm: interrupted", file=sys.stderr)
        return 130
    return 2


def _worker(argv: list[str]) -> int:
    """`--worker engine ...`: the frozen app runs its child processes through its own executable."""
    if argv[:1] == ["engine"]:
        from desktop_llm.engine.server_worker import main as engine_main

        return engine_main(argv[1:])
    if argv[:1] == ["template"]:  # the chat-template sandbox (core/template_worker.py)
        from desktop_llm.core.template_worker import main as template_main

        return template_main(argv[1:])
    print(f"desktop-llm: unknown worker {argv[:1]}", file=sys.stderr)
    return 2


def _default_model() -> str:
    from desktop_llm.app import build_services
    from desktop_llm.services.paths import AppPaths

    services = build_services(AppPaths.default())
    try:
        chosen = default_model(services.library.models(), services.settings.load().default_model_path)
        if chosen is not None:
            return chosen.path
    finally:
        services.close()
    raise DesktopLlmError("no model in the library; pass --model PATH")


def _adapter_file(path: str) -> str:
    """A GGUF adapter path; a training run folder stands for its adapter.gguf."""
    candidate = Path(path)
    if candidate.is_dir():
        from desktop_llm.core.training_run import ADAPTER_FILE

        candidate = candidate / ADAPTER_FILE
    if not candidate.is_file():
        raise DesktopLlmError(f"LoRA adapter not found: {candidate}")
    return str(candidate.resolve())


_OPTION_NAMES = {"temperature": "--temperature", "seed": "--seed", "max_tokens": "--max-tokens", "n_ctx": "--ctx",
                 "n_gpu_layers": "--gpu-layers", "lora scale": "--lora-scale"}


def _checked(build: Callable[[], T]) -> T:
    """`build()`, with the ValueError of a bad option turned into a one-line error naming the option."""
    try:
        return build()
    except ValueError as exc:
        message = str(exc)
        for field, option in _OPTION_NAMES.items():
            if message.startswith(field + " "):
                message = option + message[len(field):]
                break
        raise DesktopLlmError(message) from None


def _chat(args: argparse.Namespace) -> int:
    from desktop_llm.cli_engine import loaded_engine

    # Every option is checked before anything starts: a bad value is one line and exit 1, not a traceback.
    sampling = _checked(lambda: SamplingParams(
        temperature=args.temperature, seed=args.seed, max_tokens=args.max_tokens).validated())
    _checked(lambda: LoadParams(path=args.model or "model.gguf", n_ctx=args.ctx, n_gpu_layers=args.gpu_layers,
                                lora=tuple((path, args.lora_scale) for path in args.lora or ["adapter.gguf"])).validated())
    model = args.model or _default_model()
    if not Path(model).is_file():
        raise DesktopLlmError(f"model file not found: {model}")
    messages = [ChatMessage("system", args.system)] if args.system else []
    messages.append(ChatMessage("user", args.prompt))
    lora = tuple((_adapter_file(path), args.lora_scale) for path in args.lora)
    with loaded_engine(LoadParams(path=model, n_ctx=args.ctx, n_gpu_layers=args.gpu_layers, lora=lora)) as (host, _):
        for event in host.client().chat_stream(messages, sampling):
            if isinstance(event, TextDelta):
                sys.stdout.write(event.text)
                sys.stdout.flush()
            elif isinstance(event, GenerationFinished):
                sys.stdout.write("\n")
                if args.stats:
                    s = event.stats
                    print(f"[{s.completion_tokens} tokens, {s.tokens_per_s:.1f} tok/s, ttft {s.ttft_ms:.0f} ms, "
                          f"finish: {event.finish_reason}]", file=sys.stderr)
                if event.warning:
                    print(f"desktop-llm: warning: {event.warning}", file=sys.stderr)
    return 0
