"""Stopping a run from the app: the escalation timers of a stop belong to the attempt they were started for, so a
run stopped and resumed quickly is not terminated by the old stop's timer (issue 10, item 19); a run deleted
meanwhile (TrainingRunNotFoundError, issue 19 item 6) is no longer followed."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop_llm.controllers.training_controller import TrainingController
from desktop_llm.core.errors import TrainingRunNotFoundError
from desktop_llm.services.training.training_runner import TrainingRunner
from tests.training.conftest import write_fact_data
from tests.training.test_worker import tiny_config

TERMINATE_AFTER_MS = 5_000  # long enough for the tiny model's stop to land on a step, short enough to outwait
KILL_AFTER_MS = 1_000




@pytest.mark.slow  # a real training run
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


class _DeletedMeanwhile:
    """A training service whose run was deleted (another window, the command line) while the panel followed it."""

    def __init__(self) -> None:
        self.polled = 0

    def resume(self, run_id: int) -> None:
        return None

    def poll(self, run_id: int) -> None:
        self.polled += 1
        raise TrainingRunNotFoundError(f"training run {run_id} no longer exists (it was deleted)")

    def release(self, run_id: int) -> None:
        raise AssertionError("nothing to release for a deleted run")


def test_a_run_deleted_meanwhile_is_no_longer_followed(qtbot: QtBot) -> None:
    service = _DeletedMeanwhile()
    controller = TrainingController(service)  # type: ignore[arg-type]
    with qtbot.waitSignal(controller.runs_changed):
        controller.resume(7)
    assert controller.is_running(7)
    qtbot.waitUntil(lambda: not controller.is_running(7), timeout=5_000)
    assert service.polled == 1
    with qtbot.assertNotEmitted(controller.run_updated), qtbot.assertNotEmitted(controller.run_ended):
        qtbot.wait(700)  # the timer stopped: no more polls
    assert service.polled == 1
    controller.shutdown()
