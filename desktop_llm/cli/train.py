"""`desktop-llm train`: a LoRA fine-tune from the command line, through the same runner and database as the panel.

Without settings, the plan of core/training_plan.py chooses them from the data and the model (issue 16); a
`--preset` starts from a named preset instead, and each flag overrides one setting. The plan is said in plain
words before the run. Progress goes to stderr, the path of the GGUF adapter to stdout. Ctrl+C asks the worker
to stop at the next step boundary (it keeps a checkpoint; `--resume RUN_ID` continues it); `--continue RUN_ID`
trains a finished run longer, as a new run starting from its best adapter.
"""

from __future__ import annotations

import argparse
import sys
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

from desktop_llm.cli.run_tools import add_evaluate_option, evaluate_after_training
from desktop_llm.core.errors import DesktopLlmError
from desktop_llm.core.training_config import ATTENTION_MODULES, MLP_MODULES, TRAIN_PRESETS, TrainConfig, with_preset
from desktop_llm.core.training_plan import (
    DataFacts,
    continue_config,
    describe_plan,
    judge_run,
    plan_training,
    plan_words,
)
from desktop_llm.ipc.training_events import RunState, format_duration, perplexity

STOP_GRACE_S = 120.0
_OVERRIDES = {
    "epochs": "epochs", "steps": "max_steps", "rank": "rank", "alpha": "alpha", "lr": "learning_rate",
    "batch_size": "batch_size", "grad_accum": "grad_accum", "max_seq_len": "max_seq_len", "seed": "seed",
    "val_fraction": "validation_fraction", "device": "device", "schedule": "schedule", "dropout": "dropout",
    "eval_every": "eval_every", "gpus": "gpus",
}


def add_parser(commands: Any) -> None:
    train = commands.add_parser("train", help="fine-tune a LoRA adapter on your data (needs desktop-llm[train])")
    train.add_argument("--data", help="JSONL (chat or instruction form) or a plain text file")
    train.add_argument("--model", help="base GGUF file or Hugging Face model folder (default: the default model)")
    train.add_argument("--name", help="a name for the run (default: from the data file)")
    train.add_argument("--preset", choices=sorted(TRAIN_PRESETS),
                       help="start from a named preset (default: settings chosen from the data and the model)")
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
    train.add_argument("--no-early-stopping", action="store_true",
                       help="train every step (default: stop once the validation loss stops falling)")
    train.add_argument("--gpus", type=int, metavar="N",
                       help="train data-parallel on N CUDA GPUs (each takes --batch-size examples a micro-batch)")
    train.add_argument("--gradient-checkpointing", action="store_true",
                       help="recompute activations in the backward pass: much less memory, about a third slower")
    train.add_argument("--qlora", action="store_true",
                       help="load the base in 4-bit (QLoRA; needs a CUDA GPU and bitsandbytes)")
    train.add_argument("--resume", type=int, metavar="RUN_ID", help="continue a stopped or failed run")
    train.add_argument("--continue", dest="continue_run", type=int, metavar="RUN_ID",
                       help="train a finished run longer (--steps more steps; default: as many as it took)")
    add_evaluate_option(train)


def config_from_args(args: argparse.Namespace, model: str, data: DataFacts | None = None,
                     parameter_count: int = 0) -> TrainConfig:
    """The preset's settings, or the plan's for `data` and the model when no preset is named; then the flags."""
    config = TrainConfig(base_model=model, data_path=str(Path(args.data).resolve()))
    if args.preset:
        config = with_preset(config, args.preset)
    elif data is not None:
        config = plan_training(config, data, parameter_count)
    values = {field: getattr(args, name) for name, field in _OVERRIDES.items() if getattr(args, name) is not None}
    if args.epochs is not None and args.steps is None:
        values["max_steps"] = 0  # the epochs asked for, not the plan's minimum of steps
    if args.targets:
        values["target_modules"] = ATTENTION_MODULES if args.targets == "attention" else ATTENTION_MODULES + MLP_MODULES
    if args.skip_bad_lines:
        values["skip_bad_lines"] = True
    if getattr(args, "no_early_stopping", False):
        values["early_stopping"] = False
    if getattr(args, "gradient_checkpointing", False):
        values["gradient_checkpointing"] = True
    if getattr(args, "qlora", False):
        values["quantized_base"] = True
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
        elif args.continue_run:
            previous = runs.get(args.continue_run)
            if previous.status != "completed":
                raise DesktopLlmError(f"run {previous.id} has not finished: --resume {previous.id} continues it")
            steps = args.steps or previous.step or previous.total_steps
            config = continue_config(previous.config, str(previous.run_dir), steps)
            print(f"continuing {previous.name} for {config.max_steps} more steps from its best adapter", file=sys.stderr)
            run_id = runner.start(config, args.name or f"{previous.name} (longer)").id
        else:
            if not args.data:
                raise DesktopLlmError("--data FILE is required (or --resume RUN_ID, or --continue RUN_ID)")
            model = args.model or default_model()
            facts, parameters = _check_data(model, args)
            config = config_from_args(args, model, facts, parameters)
            print(plan_words(describe_plan(config, facts, parameters, _on_gpu(config))), file=sys.stderr)
            run_id = runner.start(config, args.name or Path(args.data).stem).id
        print(f"run {run_id}: {runs.get(run_id).run_dir}", file=sys.stderr)
        outcome = _follow(runner, run_id)
        if outcome == 0 and args.evaluate:
            return evaluate_after_training(args, run_id)
        return outcome
    finally:
        runs.close()


def _on_gpu(config: TrainConfig) -> bool:
    """Whether the worker will train on a GPU, for the time estimate: the same look as the Train form's (only the
    training worker imports torch)."""
    from desktop_llm.services.models.system_memory import detect_budget

    return config.device != "cpu" and detect_budget().vram_bytes > 0


def _check_data(model: str, args: argparse.Namespace) -> tuple[DataFacts, int]:
    """The data file checked line by line, its examples' estimated token lengths and the model's parameter count
    (from its GGUF header; 0 when the model is a folder or unreadable)."""
    from desktop_llm.core.training_preview import check_inputs

    path = Path(args.data).resolve()
    if not path.is_file():
        raise DesktopLlmError(f"data file not found: {path}")
    check = check_inputs(model, str(path), None, True, None)
    if check.dataset is None:
        raise DesktopLlmError(check.read_error or f"cannot read {path}")
    dataset = check.dataset
    if not dataset.usable(args.skip_bad_lines):
        errors, count = dataset.first_errors(20)
        shown = "\n".join(f"  {error}" for error in errors)
        more = f"\n  … and {count} more" if count else ""
        raise DesktopLlmError(f"{path.name} has {len(dataset.errors)} bad line(s):\n{shown}{more}\n"
                              "Fix them, or pass --skip-bad-lines to train on the rest.")
    print(f"{path.name}: {len(dataset.examples)} {dataset.format} examples"
          + (f", {len(dataset.errors)} bad line(s) skipped" if dataset.errors else ""), file=sys.stderr)
    tokens = check.lengths.tokens if check.lengths is not None else ()
    return DataFacts(len(dataset.examples), tokens), check.header.parameter_count if check.header else 0


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
    before, after = state.val_loss_before, state.best_val_loss
    if before is not None and after is not None:
        best = state.info.get("best_step")
        at = f", the adapter of step {best}" if isinstance(best, int) and best != state.step else ""
        print(f"validation loss {before:.4f} -> {after:.4f} (perplexity {perplexity(before):.2f} -> {perplexity(after):.2f}"
              f"{at})", file=sys.stderr)
    if state.phase == "completed":
        verdict = judge_run(before, after, str(state.info.get("early_stop", "")))
        if verdict == "still_high":
            print(f"the validation loss is still high: the model may not have learned the data yet; train longer "
                  f"with: desktop-llm train --continue {run_id}", file=sys.stderr)
        elif verdict == "plateau_high":
            print("the validation loss stopped falling while still high: more or clearer examples, or a larger "
                  "--rank, may help more than more steps", file=sys.stderr)
        print(state.adapter_gguf)
        return 0
    if state.phase == "stopped":
        print(f"stopped at step {state.step}; continue with: desktop-llm train --resume {run_id}", file=sys.stderr)
        return 130
    raise DesktopLlmError(state.error or "the training failed")
