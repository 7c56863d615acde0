"""`desktop-llm train`: a LoRA fine-tune from the command line, through the same runner and database as the panel.

Progress goes to stderr, the path of the GGUF adapter to stdout. Ctrl+C asks the worker to stop at the next
step boundary (it keeps a checkpoint; `--resume RUN_ID` continues it).
"""

from __future__ import annotations

import argparse
import sys
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

from desktop_llm.core.errors import DesktopLlmError
from desktop_llm.core.training_config import ATTENTION_MODULES, MLP_MODULES, TRAIN_PRESETS, TrainConfig, with_preset
from desktop_llm.ipc.training_events import RunState, format_duration, perplexity

STOP_GRACE_S = 120.0
_OVERRIDES = {
    "epochs": "epochs", "steps": "max_steps", "rank": "rank", "alpha": "alpha", "lr": "learning_rate",
    "batch_size": "batch_size", "grad_accum": "grad_accum", "max_seq_len": "max_seq_len", "seed": "seed",
    "val_fraction": "validation_fraction", "device": "device", "schedule": "schedule", "dropout": "dropout",
    "eval_every": "eval_every",
}


def add_parser(commands: Any) -> None:
    train = commands.add_parser("train", help="fine-tune a LoRA adapter on your data (needs desktop-llm[train])")
    train.add_argument("--data", help="JSONL (chat or instruction form) or a plain text file")
    train.add_argument("--model", help="base GGUF file or Hugging Face model folder (default: the default model)")
    train.add_argument("--name", help="a name for the run (default: from the data file)")
    train.add_argument("--preset", choices=sorted(TRAIN_PRESETS), default="Balanced")
    train.add_argument("--epochs", type=float)
    train.add_argument("--steps", type=int, help="optimizer steps (overrides --epochs)")
    train.add_argument("--rank", type=int)
    train.add_argument("--alpha", type=float)
    train.add_argument("--dropout", type=float)
    train.add_argument("--lr", type=float, help="learning rate")
    train.add_argument("--schedule", choices=("constant", "linear", "cosine"))
    train.add_argument("--batch-size", type=int)
    train.add_argument("--grad-accum", type=int)
    train.add_argument("--max-seq-len", type=int)
    train.add_argument("--targets", choices=("attention", "all"), help="LoRA on attention or on all linear layers")
    train.add_argument("--seed", type=int)
    train.add_argument("--val-fraction", type=float)
    train.add_argument("--eval-every", type=int)
    train.add_argument("--device", choices=("auto", "cuda", "mps", "cpu"))
    train.add_argument("--skip-bad-lines", action="store_true", help="train on the good lines of a file with bad ones")
    train.add_argument("--resume", type=int, metavar="RUN_ID", help="continue a stopped or failed run")


def config_from_args(args: argparse.Namespace, model: str) -> TrainConfig:
    config = with_preset(TrainConfig(base_model=model, data_path=str(Path(args.data).resolve())), args.preset)
    values = {field: getattr(args, name) for name, field in _OVERRIDES.items() if getattr(args, name) is not None}
    if args.targets:
        values["target_modules"] = ATTENTION_MODULES if args.targets == "attention" else ATTENTION_MODULES + MLP_MODULES
    if args.skip_bad_lines:
        values["skip_bad_lines"] = True
    return replace(config, **values).validated()


def _progress_line(state: RunState) -> str:
    parts = [f"step {state.step}/{state.total_steps}"]
    if state.train_loss:
        parts.append(f"loss {state.train_loss[-1][1]:.4f}")
    if state.val_loss:
        parts.append(f"val {state.val_loss[-1][1]:.4f}")
    if state.tokens_per_s:
        parts.append(f"{state.tokens_per_s:,.0f} tok/s")
    if state.eta_s is not None:
        parts.append(f"ETA {format_duration(state.eta_s)}")
    return "  ".join(parts)


def run(args: argparse.Namespace, default_model: Any) -> int:
    from desktop_llm.services.storage.paths import AppPaths
    from desktop_llm.services.training.training_runner import TrainingRunner, training_unavailable
    from desktop_llm.services.training.training_runs import TrainingRuns

    missing = training_unavailable()
    if missing:
        raise DesktopLlmError(missing)
    paths = AppPaths.default().ensure()
    runs = TrainingRuns(paths.database_file)
    runner = TrainingRunner(paths, runs)
    try:
        if args.resume:
            run_id = runner.resume(args.resume).id
        else:
            if not args.data:
                raise DesktopLlmError("--data FILE is required (or --resume RUN_ID)")
            config = config_from_args(args, args.model or default_model())
            _check_data(config)
            run_id = runner.start(config, args.name or Path(args.data).stem).id
        print(f"run {run_id}: {runs.get(run_id).run_dir}", file=sys.stderr)
        return _follow(runner, run_id)
    finally:
        runs.close()


def _check_data(config: TrainConfig) -> None:
    from desktop_llm.core.training_data import read_dataset

    path = Path(config.data_path)
    if not path.is_file():
        raise DesktopLlmError(f"data file not found: {path}")
    dataset = read_dataset(path)
    if not dataset.usable(config.skip_bad_lines):
        errors, count = dataset.first_errors(20)
        shown = "\n".join(f"  {error}" for error in errors)
        more = f"\n  … and {count} more" if count else ""
        raise DesktopLlmError(f"{path.name} has {len(dataset.errors)} bad line(s):\n{shown}{more}\n"
                              "Fix them, or pass --skip-bad-lines to train on the rest.")
    print(f"{path.name}: {len(dataset.examples)} {dataset.format} examples"
          + (f", {len(dataset.errors)} bad line(s) skipped" if dataset.errors else ""), file=sys.stderr)


def _follow(runner: Any, run_id: int) -> int:
    state = RunState()
    stop_sent_at: float | None = None
    last_message = ""
    shown_step = -1
    while True:
        try:
            state, _ = runner.poll(run_id)
            if state.message and state.message != last_message:
                last_message = state.message
                print(state.message, file=sys.stderr)
            # A poll can land after the last step, when the run is already exporting: its step is shown all the same.
            if state.total_steps and (state.phase == "training" or state.step != shown_step):
                shown_step = state.step
                print(f"\r{_progress_line(state)}   ", end="", file=sys.stderr, flush=True)
            if state.finished:
                break
            if stop_sent_at is not None and time.monotonic() - stop_sent_at > STOP_GRACE_S:
                runner.terminate(run_id)
            time.sleep(0.5)
        except KeyboardInterrupt:
            if stop_sent_at is not None:
                runner.terminate(run_id, hard=True)
                continue
            print("\nstopping at the next step (Ctrl+C again to kill) …", file=sys.stderr)
            runner.request_stop(run_id)
            stop_sent_at = time.monotonic()
    runner.wait(run_id, 30)
    runner.release(run_id)
    print(file=sys.stderr)
    before, after = state.val_loss_before, state.val_loss_after
    if before is not None and after is not None:
        print(f"validation loss {before:.4f} -> {after:.4f} (perplexity {perplexity(before):.2f} -> {perplexity(after):.2f})",
              file=sys.stderr)
    if state.phase == "completed":
        print(state.adapter_gguf)
        return 0
    if state.phase == "stopped":
        print(f"stopped at step {state.step}; continue with: desktop-llm train --resume {run_id}", file=sys.stderr)
        return 130
    raise DesktopLlmError(state.error or "the training failed")
