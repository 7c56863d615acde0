"""Data-parallel training on the CPU (issue 16): a 2-process gloo group trains the tiny llama as one process does.

What is deterministic, and so asserted: both ranks build the same batches from the seed, each takes every other
micro-batch of a step, and the summed gradients are the gradients of one process taking all of them. So two ranks
with grad_accum 1 take exactly the steps of one process with grad_accum 2 (the same global batch): the same events,
and the same losses up to float summation order (measured: within 2e-7 relative). Dropout masks differ between the
two layouts (each rank draws its own), so that comparison runs without dropout; with dropout a stopped and resumed
two-rank run still repeats an uninterrupted one, since each rank's masks are a function of (seed, step, rank).
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

import pytest
import torch

from desktop_llm.core.training_config import TrainConfig
from desktop_llm.ipc.training_events import RunState, fold_events
from desktop_llm.ipc.training_run import CONFIG_FILE
from desktop_llm.training.model_loading import QuantizedBaseError, check_quantized_base
from tests.training.conftest import run_worker, write_fact_data
from tests.training.test_worker import tiny_config

pytestmark = pytest.mark.timeout(900)  # a test runs up to three workers of two ranks each, on the CPU


def events(run_dir: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in (run_dir / "events.jsonl").read_text().splitlines()]


def kinds(run_dir: Path) -> list[str]:
    """The run's events without the log lines (whose loading messages name the rank's device)."""
    return [str(e["event"]) for e in events(run_dir) if e["event"] != "log"]


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_fact_data(tmp_path_factory.mktemp("data") / "fact.jsonl")


@pytest.fixture(scope="module")
def one_process(tmp_path_factory: pytest.TempPathFactory, tiny_llama: Path, data: Path) -> tuple[Path, RunState]:
    """One process, two micro-batches a step: the reference for two ranks of one micro-batch each."""
    run_dir = tmp_path_factory.mktemp("one") / "run"
    return run_dir, run_worker(run_dir, tiny_config(tiny_llama, data, dropout=0.0, grad_accum=2))


@pytest.mark.slow
def test_two_ranks_take_the_steps_of_one_process_with_the_same_global_batch(
    one_process: tuple[Path, RunState], tiny_llama: Path, data: Path, tmp_path: Path
) -> None:
    one_dir, one = one_process
    two = run_worker(tmp_path / "two", tiny_config(tiny_llama, data, dropout=0.0, gpus=2))
    assert two.phase == one.phase == "completed", two.error
    assert two.info["gpus"] == 2 and one.info["gpus"] == 1
    assert kinds(tmp_path / "two") == kinds(one_dir)  # the same events: only rank 0 reported
    assert [s for s, _ in two.train_loss] == [1, 2, 3, 4, 5, 6]
    for (_, a), (_, b) in zip(two.train_loss, one.train_loss, strict=True):
        assert a == pytest.approx(b, rel=1e-5)
    for (_, a), (_, b) in zip(two.val_loss, one.val_loss, strict=True):
        assert a == pytest.approx(b, rel=1e-5)
    assert two.val_loss[-1][1] < two.val_loss[0][1]  # it learns
    assert Path(two.adapter_gguf).is_file() and (Path(two.peft_dir) / "adapter_config.json").is_file()
    assert sorted(p.name for p in (tmp_path / "two" / "checkpoints").glob("step-*")) == ["step-000004", "step-000006"]


@pytest.mark.slow
def test_two_ranks_stop_and_resume_on_the_same_steps(tiny_llama: Path, data: Path, tmp_path: Path) -> None:
    config = tiny_config(tiny_llama, data, dropout=0.1, gpus=2, checkpoint_every=100)
    whole = run_worker(tmp_path / "whole", config)
    stopped = run_worker(tmp_path / "split", config, stop_after_step=2)
    assert stopped.phase == "stopped" and 2 <= stopped.step < 6, stopped.error
    resumed = run_worker(tmp_path / "split", config)
    assert resumed.phase == "completed" and resumed.info["resumed_from_step"] == stopped.step, resumed.error
    combined = fold_events((tmp_path / "split" / "events.jsonl").read_text().splitlines())
    assert [s for s, _ in combined.train_loss] == [s for s, _ in whole.train_loss] == list(range(1, 7))
    for (_, a), (_, b) in zip(combined.train_loss, whole.train_loss, strict=True):
        assert a == pytest.approx(b, rel=1e-5)
    assert combined.val_loss[-1][1] == pytest.approx(whole.val_loss[-1][1], rel=1e-5)


@pytest.mark.slow
def test_gradient_checkpointing_trains_the_same_steps(
    one_process: tuple[Path, RunState], tiny_llama: Path, data: Path, tmp_path: Path
) -> None:
    """Recomputing the blocks in the backward pass changes the memory, not the arithmetic."""
    _, one = one_process
    state = run_worker(tmp_path / "gc", tiny_config(tiny_llama, data, dropout=0.0, grad_accum=2,
                                                    gradient_checkpointing=True))
    assert state.phase == "completed", state.error
    assert state.info["gradient_checkpointing"] is True
    for (_, a), (_, b) in zip(state.train_loss, one.train_loss, strict=True):
        assert a == pytest.approx(b, rel=1e-5)
    assert state.val_loss[-1][1] < state.val_loss[0][1]


@pytest.mark.slow
def test_a_rank_that_dies_is_named_and_the_run_ends(tiny_llama: Path, data: Path, tmp_path: Path) -> None:
    """Rank 1 killed mid-run (as the kernel's OOM killer would): rank 0 says which rank ended and how, and exits;
    no rank is left behind."""
    run_dir = tmp_path / "run"
    run_dir.mkdir()
    config = tiny_config(tiny_llama, data, gpus=2, max_steps=400, checkpoint_every=1000)
    (run_dir / CONFIG_FILE).write_text(json.dumps(config.to_dict()))
    worker = subprocess.Popen([sys.executable, "-m", "desktop_llm.training", str(run_dir)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    assert worker.stdout is not None
    lines, rank_pid = [], 0
    try:
        for line in worker.stdout:
            lines.append(line)
            if '"event":"progress","step":2,' in line:
                rank_pid = child_of(worker.pid)
                os.kill(rank_pid, signal.SIGKILL)
        assert worker.wait(60) == 1
    finally:
        if worker.poll() is None:
            worker.kill()
            worker.wait()
        assert worker.stdin is not None
        worker.stdin.close()
    state = fold_events(lines)
    assert state.phase == "failed" and "GPU rank 1" in state.error and "signal 9" in state.error, state.error
    assert rank_pid and _gone(rank_pid)


def child_of(pid: int) -> int:
    """The one child process of `pid` (Linux /proc)."""
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        for entry in os.listdir("/proc"):
            if entry.isdigit():
                try:
                    stat = Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()
                except OSError:
                    continue
                if int(stat[1]) == pid:
                    return int(entry)
        time.sleep(0.05)
    raise AssertionError(f"process {pid} has no child")


def _gone(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] == "Z"
    except OSError:
        return True


def test_a_4bit_base_without_cuda_names_why(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(QuantizedBaseError, match="needs an NVIDIA GPU with CUDA, and this run trains on the cpu"):
        check_quantized_base(torch.device("cpu"))
    monkeypatch.setitem(sys.modules, "bitsandbytes", None)  # not installed: its import fails
    with pytest.raises(QuantizedBaseError, match="pip install bitsandbytes"):
        check_quantized_base(torch.device("cuda"))


@pytest.mark.slow
def test_qlora_on_the_cpu_fails_before_loading_the_model(tiny_llama: Path, data: Path, tmp_path: Path) -> None:
    config: TrainConfig = replace(tiny_config(tiny_llama, data), quantized_base=True, device="cpu")
    state = run_worker(tmp_path / "run", config)
    assert state.phase == "failed" and state.error_kind == "unsupported"
    assert "4-bit base (QLoRA) needs an NVIDIA GPU with CUDA" in state.error


def test_more_gpus_than_the_machine_has_or_apple_gpus_are_refused_with_the_reason(tmp_path: Path) -> None:
    from desktop_llm.training.distributed import WorldError, open_world

    config = TrainConfig(base_model="m.gguf", data_path="d.jsonl", gpus=2)
    count = torch.cuda.device_count()
    if count < 2:
        with pytest.raises(WorldError, match=f"2 GPUs were asked for but this machine has {count}"):
            open_world(config, tmp_path, None, torch.device("cuda"), lambda *a, **k: None)
    with pytest.raises(WorldError, match="Apple's GPU is one device"):
        open_world(config, tmp_path, None, torch.device("mps"), lambda *a, **k: None)
    one = open_world(replace(config, gpus=1), tmp_path, None, torch.device("cpu"), lambda *a, **k: None)
    assert (one.rank, one.size, one.is_main, one.agree(True)) == (0, 1, True, True)
