"""`desktop-llm evaluate RUN` and `desktop-llm export RUN --merged --quant Q8_0`: a finished training run's
evaluation table (base vs adapter on the held-out prompts, with an optional judge) and its merged GGUF export,
through the same services as the Train tab. `train --evaluate` evaluates the run it just trained
(`add_evaluate_option` / `evaluate_after_training`).

Progress goes to stderr; the table (Markdown) or the merged file's path to stdout.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from desktop_llm.core.errors import DesktopLlmError
from desktop_llm.core.training_tools import LOCAL_JUDGE, MERGED_QUANTS, NO_JUDGE


def add_parsers(commands: Any) -> None:
    evaluate = commands.add_parser("evaluate", help="compare a training run's adapter with its base model")
    evaluate.add_argument("run", type=int, metavar="RUN_ID")
    _judge_option(evaluate)
    evaluate.add_argument("--out", help="also write the table to FILE (.md or .csv)")
    export = commands.add_parser("export", help="export a training run: a merged GGUF and an Ollama Modelfile")
    export.add_argument("run", type=int, metavar="RUN_ID")
    export.add_argument("--merged", action="store_true", help="merge the adapter into the base model as one GGUF")
    export.add_argument("--quant", choices=MERGED_QUANTS, default="Q8_0", help="quantization of the merged model")
    export.add_argument("--modelfile", action="store_true",
                        help="only write an Ollama Modelfile beside the run's GGUF adapter")


def _judge_option(parser: Any) -> None:
    parser.add_argument("--judge", default="none", metavar="WHO",
                        help="none (default), local (the base model judges), or a connection's name")


def add_evaluate_option(train_parser: Any) -> None:
    """For `desktop-llm train`: evaluate the run when it completes."""
    train_parser.add_argument("--evaluate", action="store_true",
                              help="after training, compare the adapter with the base model on the held-out prompts")
    _judge_option(train_parser)


def _judge_key(name: str) -> str:
    if name in ("", "none"):
        return NO_JUDGE
    if name == "local":
        return LOCAL_JUDGE
    from desktop_llm.services.training.run_tools import REMOTE_PREFIX

    return REMOTE_PREFIX + name


def _tools() -> tuple[Any, Any, Any]:
    from desktop_llm.services.backends.router import router_with_connections
    from desktop_llm.services.engine.engine_host import EngineHost
    from desktop_llm.services.storage.paths import AppPaths
    from desktop_llm.services.training.run_tools import TrainingRunTools
    from desktop_llm.services.training.training_runs import TrainingRuns

    paths = AppPaths.default().ensure()
    router = router_with_connections(EngineHost(paths.log_dir), paths.config_dir)
    return TrainingRunTools(router, paths.models_dir), router, TrainingRuns(paths.database_file)


def _evaluate(run_id: int, judge: str, out: str | None) -> int:
    from pathlib import Path

    from desktop_llm.core.training_eval import to_markdown

    tools, router, runs = _tools()
    try:
        run = runs.get(run_id)

        def report(table: Any, total: int) -> None:
            done = len(table.rows) + sum(1 for row in table.rows if row.verdict)
            print(f"\r{done}/{total}", end="", file=sys.stderr, flush=True)

        table = tools.evaluate(run, _judge_key(judge), lambda: False, report)
        print(file=sys.stderr)
        sys.stdout.write(to_markdown(table))
        if out:
            print(f"written: {tools.export_table(table, Path(out))}", file=sys.stderr)
        return 0
    finally:
        router.shutdown()
        runs.close()


def evaluate_after_training(args: argparse.Namespace, run_id: int) -> int:
    """Called by `train` after a completed run when --evaluate was given."""
    return _evaluate(run_id, args.judge, None)


def run(args: argparse.Namespace) -> int:
    if args.command == "evaluate":
        return _evaluate(args.run, args.judge, args.out)
    if not (args.merged or args.modelfile):
        raise DesktopLlmError("say what to export: --merged (with --quant) or --modelfile")
    from desktop_llm.services.training.model_export import write_adapter_modelfile

    tools, router, runs = _tools()
    try:
        run_record = runs.get(args.run)
        if args.modelfile and not args.merged:
            print(write_adapter_modelfile(run_record))
            return 0
        def progress(phase: str, fraction: float) -> None:
            print(f"\r{phase} {fraction:4.0%}", end="", file=sys.stderr, flush=True)

        result = tools.export_merged(run_record, args.quant, lambda: False, progress)  # Ctrl+C kills the child too
        print(f"\n{result.quant}, {result.size_bytes / 1e6:,.1f} MB, {result.merged_tensors} weights merged in "
              f"{result.seconds:.1f} s; Ollama Modelfile: {result.modelfile}", file=sys.stderr)
        print(result.path)
        return 0
    finally:
        router.shutdown()
        runs.close()
