"""The runner the app uses: detached workers, reattaching after a restart, a killed worker reported."""

from __future__ import annotations

import os
import signal
import time
from dataclasses import replace
from pathlib import Path

import pytest

from desktop_llm.core.errors import TrainingConfigError, TrainingRunBusyError
from desktop_llm.ipc.training_events import RunState
from desktop_llm.services.storage.paths import AppPaths
from desktop_llm.services.training.training_runner import TrainingRunner, training_unavailable
from desktop_llm.services.training.training_runs import TrainingRuns
from tests.training.test_worker import tiny_config


def wait_for(runner: TrainingRunner, run_id: int, until: object, timeout: float = 180) -> RunState:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        state, _ = runner.poll(run_id)
        if until(state):  # type: ignore[operator]
            return state
        time.sleep(0.2)
    raise AssertionError(f"timed out; last state: {state}")


@pytest.fixture
def runs(app_paths: AppPaths) -> TrainingRuns:
    app_paths.ensure()
    store = TrainingRuns(app_paths.database_file)
    yield store
    store.close()


@pytest.mark.slow
def test_a_run_started_by_one_app_is_finished_by_the_next(
    app_paths: AppPaths, runs: TrainingRuns, tiny_llama: Path, fact_data: Path
) -> None:
    first = TrainingRunner(app_paths, runs)
    run = first.start(tiny_config(tiny_llama, fact_data, max_steps=40), "fact")
    wait_for(first, run.id, lambda s: s.step >= 1)
    process = first.attached[run.id].process
    first.release(run.id)  # the window closes: the worker carries on
    del first
    second = TrainingRunner(app_paths, runs)  # the app starts again
    reconciled = {r.id: r for r in second.reconcile()}
    assert reconciled[run.id].status == "running" and second.is_alive(reconciled[run.id])
    state = wait_for(second, run.id, lambda s: s.finished)
    assert state.phase == "completed" and state.step == 40
    assert [s for s, _ in state.train_loss] == list(range(1, 41))  # the whole history, not only what came after
    stored = runs.get(run.id)
    assert stored.status == "completed" and stored.has_adapter and stored.step == 40
    assert stored.val_loss_before is not None and stored.val_loss_after is not None
    assert runs.adapters_for(str(tiny_llama))[0].id == run.id
    assert process is not None
    process.wait(30)


@pytest.mark.slow
def test_a_killed_worker_is_reported_and_resume_finishes_the_run(
    app_paths: AppPaths, runs: TrainingRuns, tiny_llama: Path, fact_data: Path
) -> None:
    runner = TrainingRunner(app_paths, runs)
    # Every step of 400 (no early stop; few evaluations, each keeping a best adapter): killed mid-way, resumed to the end.
    config = tiny_config(tiny_llama, fact_data, max_steps=400, checkpoint_every=2, early_stopping=False, eval_every=50)
    run = runner.start(config, "to be killed")
    wait_for(runner, run.id, lambda s: s.checkpoint != "")
    os.kill(run.pid, signal.SIGKILL)
    state = wait_for(runner, run.id, lambda s: s.finished, timeout=30)
    assert state.phase == "failed"
    assert "SIGKILL" in state.error and "Resume continues from it" in state.error
    assert runs.get(run.id).status == "failed"
    resumed = runner.resume(run.id)
    assert resumed.status == "running"
    state = wait_for(runner, run.id, lambda s: s.finished)
    assert state.phase == "completed", state.error
    assert state.step == 400 and runs.get(run.id).has_adapter
    runner.wait(run.id, 30)


@pytest.mark.slow
def test_stop_requests_end_the_run_at_a_step_with_a_checkpoint(
    app_paths: AppPaths, runs: TrainingRuns, tiny_llama: Path, fact_data: Path
) -> None:
    runner = TrainingRunner(app_paths, runs)
    run = runner.start(tiny_config(tiny_llama, fact_data, max_steps=100_000), "stopped")
    wait_for(runner, run.id, lambda s: s.step >= 3)
    with pytest.raises(TrainingRunBusyError, match="still running"):
        runner.delete(run.id, remove_files=True)
    runner.request_stop(run.id)
    state = wait_for(runner, run.id, lambda s: s.finished, timeout=60)
    assert state.phase == "stopped" and state.checkpoint.endswith(f"step-{state.step:06d}")
    assert runs.get(run.id).status == "stopped"
    runner.wait(run.id, 30)
    runner.delete(run.id, remove_files=True)
    assert not run.run_dir.exists() and runs.all() == []


def test_without_torch_the_reason_and_the_install_command_are_given(monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "torch" else real(name, *a))
    message = training_unavailable()
    assert "torch" in message and 'pip install "desktop-llm[train]"' in message


@pytest.mark.slow
def test_config_is_checked_before_anything_starts(app_paths: AppPaths, runs: TrainingRuns, tiny_llama: Path) -> None:
    runner = TrainingRunner(app_paths, runs)
    with pytest.raises(TrainingConfigError, match="rank"):
        runner.start(replace(tiny_config(tiny_llama, tiny_llama), rank=0), "bad")
    assert runs.all() == []
