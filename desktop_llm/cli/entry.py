"""The `desktop-llm` command: the window by default; each headless command group has its own module here."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from desktop_llm import __version__
from desktop_llm.cli.engine import default_model_path
from desktop_llm.core.errors import DesktopLlmError


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="desktop-llm", description="Run language models on this computer.")
    parser.add_argument("--version", action="version", version=f"desktop-llm {__version__}")
    parser.add_argument("--self-test", action="store_true", help="check the engine and the starter model, then exit")
    commands = parser.add_subparsers(dest="command")
    from desktop_llm.cli.chat import add_parser as add_chat_parser

    add_chat_parser(commands)
    models = commands.add_parser("models", help="the model library and Hugging Face")
    from desktop_llm.cli.models import add_parsers

    add_parsers(models)
    from desktop_llm.cli.bench import add_parser as add_bench_parser

    add_bench_parser(commands)
    gui = commands.add_parser("gui", help="open the window (the default)")
    gui.add_argument("--check", action="store_true", help="open, load the default model, and quit (smoke test)")
    gui.add_argument("files", nargs="*", metavar="FILE",
                     help="a document to summarize or a .gguf to import (an open window takes it)")
    from desktop_llm.cli.documents import add_parsers as add_document_parsers

    add_document_parsers(commands)
    from desktop_llm.cli.connections import add_parser as add_connections_parser

    add_connections_parser(commands)
    from desktop_llm.cli.train import add_parser as add_train_parser

    add_train_parser(commands)
    from desktop_llm.cli.serve import add_parser as add_serve_parser

    add_serve_parser(commands)
    from desktop_llm.cli.knowledge import add_parsers as add_knowledge_parsers

    add_knowledge_parsers(commands)
    from desktop_llm.cli.ask import add_parser as add_ask_parser

    add_ask_parser(commands)
    from desktop_llm.cli.dataset import add_parser as add_dataset_parser

    add_dataset_parser(commands)
    from desktop_llm.cli.run_tools import add_parsers as add_run_tools_parsers

    add_run_tools_parsers(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if args_list[:1] == ["--worker"]:
        return _worker(args_list[1:])
    if args_list[:1] == ["--self-test"]:
        from desktop_llm.cli.self_test import run_self_test

        return run_self_test()
    args = _parser().parse_args(args_list)
    if args.command in (None, "gui"):
        from desktop_llm.app import run_gui

        return run_gui([sys.argv[0]], check=getattr(args, "check", False), files=getattr(args, "files", []))
    try:
        if args.command == "chat":
            from desktop_llm.cli.chat import run as run_chat

            return run_chat(args)
        if args.command == "models":
            from desktop_llm.cli.models import run

            return run(args)
        if args.command in ("summarize", "translate"):
            from desktop_llm.cli.documents import run as run_document

            # with --backend, --model is the server's model id (or its first model), never a file of the library
            return run_document(args, args.model or ("" if args.backend else default_model_path()))
        if args.command == "connections":
            from desktop_llm.cli.connections import run as run_connections

            return run_connections(args)
        if args.command == "train":
            from desktop_llm.cli.train import run as run_train

            return run_train(args, default_model_path)
        if args.command == "serve":
            from desktop_llm.cli.serve import run as run_serve

            return run_serve(args)
        if args.command == "knowledge":
            from desktop_llm.cli.knowledge import run as run_knowledge

            return run_knowledge(args)
        if args.command == "ask":
            from desktop_llm.cli.ask import run as run_ask

            return run_ask(args)
        if args.command in ("evaluate", "export"):
            from desktop_llm.cli.run_tools import run as run_tools

            return run_tools(args)
        if args.command == "dataset":
            from desktop_llm.cli.dataset import run as run_dataset

            return run_dataset(args, default_model_path)
        if args.command == "bench":
            from desktop_llm.cli.bench import run_bench

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
    """`--worker engine|template|python-sandbox ...`: the frozen app runs its child processes through its own
    executable."""
    if argv[:1] == ["engine"]:
        from desktop_llm.engine.server_worker import main as engine_main

        return engine_main(argv[1:])
    if argv[:1] == ["template"]:  # the chat-template sandbox (core/template_worker.py)
        from desktop_llm.core.template_worker import main as template_main

        return template_main(argv[1:])
    if argv[:1] == ["python-sandbox"]:  # the run_python tool's child (services/tools/python_sandbox.py)
        from desktop_llm.services.tools.python_sandbox import frozen_child_main

        frozen_child_main(argv[1:])
    print(f"desktop-llm: unknown worker {argv[:1]}", file=sys.stderr)
    return 2
