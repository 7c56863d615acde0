"""A stand-in for the engine worker: a real child process speaking the engine's wire schema without llama.cpp."""

from __future__ import annotations

import sys
from pathlib import Path

WORKER = Path(__file__).with_name("worker.py")


def standin_command(*extra: str) -> list[str]:
    """The command line EngineHost runs for the stand-in (the same flags as the real worker)."""
    return [sys.executable, str(WORKER), "--watch-stdin", *extra]
