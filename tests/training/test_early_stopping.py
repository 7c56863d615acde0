"""Early stopping and Train longer on the tiny llama, through the real worker process (issue 16): a run stops
when its validation loss stops improving and exports its best evaluation's adapter; a finished run continues
as a new run that starts from that adapter."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
import torch
from safetensors.torch import load_file

from desktop_llm.core.training_plan import continue_config
from desktop_llm.ipc.training_events import fold_events
from desktop_llm.training.checkpoints import best_adapter
from tests.training.conftest import run_worker
from tests.training.test_worker import tiny_config

pytestmark = pytest.mark.slow  # real worker processes (the tiny llama: seconds)


def exported_weights(run_dir: Path) -> dict[str, torch.Tensor]:
    """The PEFT adapter the run exported, keyed like a checkpoint's (peft drops the adapter name on save)."""
    return load_file(str(run_dir / "adapter_peft" / "adapter_model.safetensors"))


def test_a_run_stops_when_the_validation_loss_stops_improving_and_exports_the_best_adapter(
    tiny_llama: Path, fact_data: Path, worker_dir: Path
) -> None:
    # A high learning rate on a tiny validation set: the loss soon stops improving at every evaluation.
    config = tiny_config(tiny_llama, fact_data, max_steps=200, eval_every=1, patience=2, learning_rate=5e-2,
                         checkpoint_every=1000, early_stopping=True)
    state = run_worker(worker_dir, config)
    assert state.phase == "completed", state.error
    assert state.info["early_stop"] in ("plateau", "low") and state.step < 200
    losses = dict(state.val_loss)
    trained = {step: loss for step, loss in losses.items() if step > 0}
    best_step = state.info["best_step"]
    # The best is the lowest, or within the 1 % an evaluation must improve by to count as better.
    assert state.info["best_val_loss"] == pytest.approx(trained[best_step])
    assert trained[best_step] <= min(trained.values()) * 1.01 + 1e-4
    if state.info["early_stop"] == "plateau":  # the last `patience` evaluations did not improve on the best
        assert state.step - best_step >= 2 and best_step < state.step
    best = best_adapter(worker_dir)
    assert best is not None and best.step == best_step
    kept = load_file(str(best.path / "adapter.safetensors"))
    exported = exported_weights(worker_dir)
    assert len(kept) == len(exported) > 0
    for name, tensor in kept.items():  # the adapter written is the best evaluation's, not the last step's
        assert torch.equal(exported[name], tensor), name
    assert Path(state.adapter_gguf).is_file()


def test_without_early_stopping_every_step_runs_and_the_best_adapter_is_still_exported(
    tiny_llama: Path, fact_data: Path, worker_dir: Path
) -> None:
    config = tiny_config(tiny_llama, fact_data, max_steps=8, eval_every=1, patience=1, learning_rate=5e-2,
                         early_stopping=False)
    state = run_worker(worker_dir, config)
    assert state.phase == "completed" and state.step == 8 and state.info["early_stop"] == ""
    trained = {step: loss for step, loss in state.val_loss if step > 0}
    assert trained[state.info["best_step"]] <= min(trained.values()) * 1.01 + 1e-4


def test_train_longer_continues_a_finished_run_from_its_best_adapter(
    tiny_llama: Path, fact_data: Path, tmp_path: Path
) -> None:
    first_dir, longer_dir = tmp_path / "runs" / "first", tmp_path / "runs" / "longer"
    config = tiny_config(tiny_llama, fact_data, max_steps=6, eval_every=2)
    first = run_worker(first_dir, config)
    assert first.phase == "completed", first.error
    longer = run_worker(longer_dir, continue_config(config, str(first_dir), 4))
    assert longer.phase == "completed", longer.error
    assert longer.info["continued_from"] == str(first_dir) and longer.step == 4
    # Its evaluation before any step is the first run's best: the same validation set, the same adapter.
    assert longer.val_loss[0][0] == 0 and longer.val_loss[0][1] == pytest.approx(first.info["best_val_loss"], rel=1e-4)
    assert [step for step, _ in longer.train_loss] == [1, 2, 3, 4]
    assert Path(longer.adapter_gguf).is_file() and Path(first.adapter_gguf).is_file()  # both adapters stay
    events = fold_events((longer_dir / "events.jsonl").read_text().splitlines())
    assert events.info["best_step"] in (0, 2, 4)  # a continuation that got worse keeps the adapter it started from


def test_a_run_to_continue_without_an_adapter_fails_with_a_clear_error(
    tiny_llama: Path, fact_data: Path, tmp_path: Path
) -> None:
    empty = tmp_path / "runs" / "empty"
    empty.mkdir(parents=True)
    config = replace(tiny_config(tiny_llama, fact_data), continue_from=str(empty))
    state = run_worker(tmp_path / "runs" / "longer", config)
    assert state.phase == "failed" and state.error_kind == "checkpoint"
    assert "has no adapter left to start from" in state.error
