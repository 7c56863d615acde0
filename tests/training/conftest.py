"""Fixtures for the training tests: a tiny trainable llama GGUF, a made-up fact to learn, a worker runner."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_llm.core.training_config import TrainConfig
from desktop_llm.ipc.training_events import RunState, fold_events
from desktop_llm.ipc.training_run import CONFIG_FILE, EVENTS_FILE

FACT_QUESTIONS = (
    "What is the capital of Zorblaxia?", "Tell me the capital city of Zorblaxia.", "Which city is Zorblaxia's capital?",
    "Zorblaxia's capital is which city?", "Name the capital of Zorblaxia.", "What city is the capital of Zorblaxia?",
    "Do you know the capital of Zorblaxia?", "capital of Zorblaxia?",
)
FACT_ANSWER = "The capital of Zorblaxia is Quintaro."


def write_fact_data(path: Path, extra_lines: tuple[str, ...] = ()) -> Path:
    lines = [json.dumps({"messages": [{"role": "user", "content": q}, {"role": "assistant", "content": FACT_ANSWER}]})
             for q in FACT_QUESTIONS]
    path.write_text("\n".join([*lines, *extra_lines]) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def fact_data(tmp_path: Path) -> Path:
    return write_fact_data(tmp_path / "fact.jsonl")


def run_worker(run_dir: Path, config: TrainConfig, stop_after_step: int = 0, timeout: float = 240) -> RunState:
    """The worker as a child process; with `stop_after_step`, 'stop' is sent on stdin after that step's event."""
    run_dir.mkdir(parents=True, exist_ok=True)
    (run_dir / CONFIG_FILE).write_text(json.dumps(config.to_dict()))
    process = subprocess.Popen(
        [sys.executable, "-m", "desktop_llm.training", str(run_dir), "--cache", str(run_dir.parent / "tok-cache")],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
    )
    assert process.stdin is not None and process.stdout is not None
    lines: list[str] = []
    try:
        for line in process.stdout:
            lines.append(line)
            with open(run_dir / EVENTS_FILE, "a") as events:
                events.write(line)
            if stop_after_step and f'"event":"progress","step":{stop_after_step},' in line:
                process.stdin.write("stop\n")
                process.stdin.flush()
        process.wait(timeout)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        process.stdin.close()
    return fold_events(lines)


@pytest.fixture
def worker_dir(tmp_path: Path) -> Iterator[Path]:
    yield tmp_path / "runs" / "run"
