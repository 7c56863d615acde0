"""The training worker process: `python -m desktop_llm.training RUN_DIR [--cache DIR]`.

Reads RUN_DIR/config.json, resumes from the run's latest checkpoint if there is one, and reports JSON lines
on stdout (core/training_events.py). It stops at the next step boundary, keeping a checkpoint, when a line
`stop` arrives on stdin or the file RUN_DIR/stop appears (the app uses the file, so a run it reattached to
after a restart can still be stopped). End of stdin is not a stop: the run outlives the window that
started it. Libraries that print to stdout are sent to stderr so they cannot corrupt the event stream.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from desktop_llm.core.errors import ProcessLockHeldError
from desktop_llm.core.training_config import TrainConfig
from desktop_llm.core.training_data import Dataset, read_dataset, split
from desktop_llm.ipc import process_lock
from desktop_llm.ipc.training_events import event_line
from desktop_llm.ipc.training_run import CONFIG_FILE, LOCK_FILE, STOP_FILE

if TYPE_CHECKING:
    from desktop_llm.training.distributed import RankSpec

MAX_LISTED_ERRORS = 5


class Events:
    def __init__(self, stream: TextIO) -> None:
        self._stream = stream
        self._lock = threading.Lock()

    def __call__(self, name: str, /, **data: Any) -> None:
        with self._lock:
            self._stream.write(event_line(name, **data) + "\n")
            self._stream.flush()


class StopSignal:
    def __init__(self, run_dir: Path) -> None:
        self._file = run_dir / STOP_FILE
        self._event = threading.Event()
        threading.Thread(target=self._read_stdin, daemon=True, name="stdin-stop").start()

    def _read_stdin(self) -> None:
        try:
            for line in sys.stdin:
                if line.strip() == "stop":
                    self._event.set()
        except (OSError, ValueError):
            pass

    def __call__(self) -> bool:
        return self._event.is_set() or self._file.exists()


def data_error_message(dataset: Dataset) -> str:
    shown, more = dataset.first_errors(MAX_LISTED_ERRORS)
    listed = "; ".join(shown)
    suffix = f" (and {more} more)" if more else ""
    return f"the data file has {len(dataset.errors)} bad line(s): {listed}{suffix}. Fix them or choose to skip bad lines."


def _is_out_of_memory(exc: BaseException) -> bool:
    import torch

    if isinstance(exc, torch.OutOfMemoryError):
        return True
    text = str(exc).lower()
    return isinstance(exc, RuntimeError) and ("out of memory" in text or "can't allocate memory" in text)


def run(run_dir: Path, cache_dir: Path | None, emit: Callable[..., None], rank: RankSpec | None = None) -> int:
    """`rank`: this process is one of the other ranks of a data-parallel run (training/distributed.py)."""
    import torch

    from desktop_llm.training.checkpoints import CheckpointError
    from desktop_llm.training.distributed import WorldError, open_world
    from desktop_llm.training.model_loading import UnsupportedModelError, load_base, pick_device
    from desktop_llm.training.trainer import NonFiniteLossError, Trainer

    config = TrainConfig.from_dict(json.loads((run_dir / CONFIG_FILE).read_text())).validated()
    stop: Callable[[], bool] = StopSignal(run_dir) if rank is None else (lambda: False)  # rank 0 decides
    data_path = Path(config.data_path)
    emit("log", phase="loading", message=f"reading {data_path.name}")
    try:
        dataset = read_dataset(data_path)
    except OSError as exc:
        emit("error", kind="data", message=f"cannot read {data_path}: {exc.strerror or exc}")
        return 1
    if not dataset.usable(config.skip_bad_lines):
        emit("error", kind="data", message=data_error_message(dataset))
        return 1
    if dataset.errors:
        emit("log", message=f"skipping {len(dataset.errors)} bad line(s) of {data_path.name}")
    train, validation = split(dataset.examples, config.validation_fraction, config.seed)
    device, dtype, warning = pick_device(config.device)
    if warning:
        emit("log", phase="loading", message=warning, warning=True)
    try:
        world = open_world(config, run_dir, cache_dir, device, emit, rank)
    except WorldError as exc:
        emit("error", kind="gpus", message=str(exc))
        return 1
    device = world.device
    emit("log", phase="loading", message=f"loading {Path(config.base_model).name} ({device.type}, {dtype})")
    trainer: Trainer | None = None
    succeeded = False
    try:
        base = load_base(config.base_model, dtype, cache_dir, quantized=config.quantized_base, device=device)
        trainer = Trainer(config, run_dir, base, device, emit, stop, world=world)
        trainer.prepare_data(train, validation, dataset.format == "text")
        trainer.build()
        result = trainer.run()
        if result.status == "completed" and world.is_main:
            emit("log", phase="exporting", message="writing the adapter (GGUF and PEFT)")
            gguf_path, peft_dir = trainer.export()
            emit("exported", gguf=str(gguf_path), peft_dir=str(peft_dir))
        best = trainer.best
        emit("finished", status=result.status, step=result.step, early_stop=result.early_stop,
             best_step=best.step if best else None, best_val_loss=best.val_loss if best else None)
        succeeded = True
        return 0
    except UnsupportedModelError as exc:
        emit("error", kind="unsupported", message=str(exc))
    except CheckpointError as exc:
        emit("error", kind="checkpoint", message=str(exc))
    except NonFiniteLossError as exc:
        emit("error", kind="nan", message=f"{exc}: lower the learning rate (it was {config.learning_rate:g}){_kept(run_dir)}")
    except (torch.OutOfMemoryError, RuntimeError, MemoryError) as exc:
        if not (isinstance(exc, MemoryError) or _is_out_of_memory(exc)):
            raise
        emit("error", kind="oom", message=(
            f"out of memory on {device.type} at step {trainer.step + 1 if trainer else 0}: lower the batch size "
            f"(was {config.batch_size}) or the maximum sequence length (was {config.max_seq_len}){_kept(run_dir)}"
        ))
    except ValueError as exc:
        emit("error", kind="model" if trainer is None else "data", message=str(exc))
    finally:
        world.close(succeeded)  # rank 0 waits for the other ranks, or ends them after a failure
    return 1


def _kept(run_dir: Path) -> str:
    """The end of a failure message: which checkpoint survives, if any."""
    from desktop_llm.training.checkpoints import latest_checkpoint

    checkpoint = latest_checkpoint(run_dir)
    return f"; the checkpoint of step {checkpoint.step} is kept" if checkpoint else ""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="desktop_llm.training")
    parser.add_argument("run_dir", type=Path)
    parser.add_argument("--cache", type=Path, default=None, help="folder for converted tokenizers")
    args = parser.parse_args(argv)
    # Keep the real stdout for events only; anything else printed goes to stderr.
    events_stream = os.fdopen(os.dup(sys.stdout.fileno()), "w", encoding="utf-8", buffering=1)
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())
    sys.stdout = sys.stderr
    emit = Events(events_stream)
    try:
        lock = process_lock.hold(args.run_dir / LOCK_FILE)
    except ProcessLockHeldError:
        # No event: the events file belongs to the process that holds the lock.
        print("this run is already being trained by another process", file=sys.stderr)
        return 2
    try:
        return run(args.run_dir, args.cache, emit)
    except Exception as exc:
        traceback.print_exc()
        emit("error", kind="crash", message=f"the training failed: {exc.__class__.__name__}: {exc}")
        return 1
    finally:
        lock.close()
