"""Stopping a run from the app: the escalation timers of a stop belong to the attempt they were started for, so a
run stopped and resumed quickly is not terminated by the old stop's timer (issue 10, item 19)."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop_llm.controllers.training_controller import TrainingController
from desktop_llm.services.training.training_runner import TrainingRunner
from tests.training.conftest import write_fact_data
from tests.training.test_worker import tiny_config

TERMINATE_AFTER_MS = 5_000  # long enough for the tiny model's stop to land on a step, short enough to outwait
KILL_AFTER_MS = 1_000




def test_a_run_stopped_then_resumed_at_once_is_not_killed_by_the_old_stop(
    qtbot: QtBot, runner: TrainingRunner, tiny_llama: Path, tmp_path: Path
) -> None:
    controller = TrainingController(runner, terminate_after_ms=TERMINATE_AFTER_MS, kill_after_ms=KILL_AFTER_MS)
    config = tiny_config(tiny_llama, write_fact_data(tmp_path / "data.jsonl"), max_steps=100_000, checkpoint_every=50)
    run_id = controller.start(config, "stop and resume")
    qtbot.waitUntil(lambda: controller.state(run_id).step >= 2, timeout=120_000)
    with qtbot.waitSignal(controller.run_ended, timeout=60_000) as ended:
        controller.stop(run_id)
    assert ended.args[1] == "stopped"
    assert runner.wait(run_id, 30)
    stopped_at = controller.state(run_id).step
    controller.resume(run_id)
    resumed = runner.attached[run_id].process
    assert resumed is not None
    # Outwait the first stop's terminate and kill timers with the resumed run going.
    qtbot.wait(TERMINATE_AFTER_MS + KILL_AFTER_MS + 1_500)
    assert resumed.poll() is None, f"the resumed run ended with {resumed.returncode}"
    state = controller.state(run_id)
    assert not state.finished, state.error
    qtbot.waitUntil(lambda: controller.state(run_id).step > stopped_at, timeout=120_000)
    # Its own stop still works, and ends it cleanly at a step.
    with qtbot.waitSignal(controller.run_ended, timeout=60_000) as ended:
        controller.stop(run_id)
    assert ended.args[1] == "stopped"
    assert runner.wait(run_id, 30)
    controller.shutdown()
