"""One of the other ranks of a data-parallel run (training/distributed.py): `python -m desktop_llm.training.rank_worker
RUN_DIR --rank R --world N --port P [--cache DIR]`, started by rank 0 (the training worker), never by the app.

It trains exactly as the worker does, on its share of each step, and reports nothing but its errors: one JSON line on
stdout that rank 0 reads and reports. Its stdin is rank 0's pipe: when it ends, rank 0 is gone and so is this rank.
"""

from __future__ import annotations

import argparse
import os
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

from desktop_llm.training.distributed import RankSpec
from desktop_llm.training.worker import Events, run


def errors_only(emit: Callable[..., None]) -> Callable[..., None]:
    """A child rank's events: only its errors (every other event is rank 0's to report)."""
    def child_emit(name: str, /, **data: Any) -> None:
        if name == "error":
            emit(name, **data)

    return child_emit


def _exit_with_parent() -> None:
    """Rank 0 holds our stdin open for as long as it lives."""
    try:
        while sys.stdin.readline():
            pass
    except (OSError, ValueError):
        pass
    os._exit(1)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="desktop_llm.training.rank_worker")
    parser.add_argument("run_dir", type=Path)
    parser.add_argument("--rank", type=int, required=True)
    parser.add_argument("--world", type=int, required=True)
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--cache", type=Path, default=None)
    args = parser.parse_args(argv)
    events_stream = os.fdopen(os.dup(sys.stdout.fileno()), "w", encoding="utf-8", buffering=1)
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())  # library prints go to the log, never onto the pipe
    sys.stdout = sys.stderr
    threading.Thread(target=_exit_with_parent, daemon=True, name="parent-watch").start()
    emit = errors_only(Events(events_stream))
    try:
        return run(args.run_dir, args.cache, emit, RankSpec(args.rank, args.world, args.port))
    except Exception as exc:
        traceback.print_exc()
        emit("error", kind="crash", message=f"the training failed: {exc.__class__.__name__}: {exc}")
        return 1


if __name__ == "__main__":
    sys.exit(main())
