"""Issue 16 in the Train tab: the plan in plain words before a run (following the data and the form), the
Automatic preset, and a finished run whose validation loss is still high offering "Train longer"."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop_llm.core.training_plan import AUTO_PRESET
from desktop_llm.ipc.training_events import event_line, fold_events
from desktop_llm.services.training.training_runner import TrainingRunner
from desktop_llm.ui.training_plan_text import finished_text
from tests.qt.test_training_panel import make_panel, set_data
from tests.training.conftest import write_fact_data


def test_the_plan_sentence_follows_the_data_and_the_form(
    qtbot: QtBot, runner: TrainingRunner, starter_model: Path, tmp_path: Path
) -> None:
    panel = make_panel(qtbot, runner, starter_model)
    form = panel.form
    assert form.preset.currentData() == AUTO_PRESET and form.plan.text() == ""  # no data yet: no plan
    set_data(qtbot, panel, write_fact_data(tmp_path / "fact.jsonl"))
    # The Automatic preset chose the settings for 8 examples on a 135M model: 60 steps at 1e-3, rank 16.
    assert (form.steps.value(), form.lr.value(), form.rank.value()) == (60, 0.001, 16)
    text = form.plan.text()
    assert re.match(r"8 example(\(s\)|s) \(2 held out to check\), 30 passes \(60 step(\(s\)|s)\), learning rate 1e-3, "
                    r"rank 16, about \d+ (second|minute|hour)", text), text
    assert "stopping early" in text and "here" in text
    form.steps.setValue(20)  # the sentence follows the form as it changes
    assert "(20 step" in form.plan.text() and "10 passes" in form.plan.text()
    form.lr.setValue(0.00025)
    assert "learning rate 2.5e-4" in form.plan.text()
    form.preset.setCurrentIndex(form.preset.findData("Balanced"))  # a named preset stays a starting point
    assert (form.lr.value(), form.steps.value()) == (0.0002, 0) and "learning rate 2e-4" in form.plan.text()
    form.preset.setCurrentIndex(form.preset.findData(AUTO_PRESET))
    assert form.steps.value() == 60 and form.config().early_stopping


def _state(*events: tuple[str, dict[str, object]]) -> list[str]:
    return [event_line(name, **data) for name, data in events]


def test_the_verdict_on_a_finished_run_offers_train_longer_only_when_the_loss_is_still_high(qtbot: QtBot) -> None:
    high = fold_events(_state(("eval", {"step": 0, "val_loss": 2.70}), ("eval", {"step": 27, "val_loss": 1.27}),
                              ("finished", {"status": "completed", "step": 27, "early_stop": "", "best_step": 27,
                                            "best_val_loss": 1.27})))
    text, tone, offer = finished_text(high)
    assert offer and tone == "warning" and "still high" in text and "Train longer" in text
    learned = fold_events(_state(("eval", {"step": 0, "val_loss": 2.70}), ("eval", {"step": 24, "val_loss": 0.3}),
                                 ("eval", {"step": 28, "val_loss": 0.4}),
                                 ("finished", {"status": "completed", "step": 28, "early_stop": "plateau",
                                               "best_step": 24, "best_val_loss": 0.09})))
    text, tone, offer = finished_text(learned)
    assert not offer and tone == "success" and "0.09" in text  # the exported (best) adapter's loss, not the last
    stuck = fold_events(_state(("eval", {"step": 0, "val_loss": 2.70}), ("eval", {"step": 12, "val_loss": 1.5}),
                               ("finished", {"status": "completed", "step": 24, "early_stop": "plateau",
                                             "best_step": 12, "best_val_loss": 1.5})))
    text, tone, offer = finished_text(stuck)
    assert not offer and "stopped falling" in text


@pytest.mark.slow  # two real (tiny) training runs
def test_a_run_still_high_offers_train_longer_which_continues_it_as_a_new_run(
    qtbot: QtBot, runner: TrainingRunner, tiny_llama: Path, tmp_path: Path
) -> None:
    panel = make_panel(qtbot, runner, tiny_llama)
    set_data(qtbot, panel, write_fact_data(tmp_path / "data.jsonl"))
    panel.form.preset.setCurrentIndex(panel.form.preset.findData("Quick try"))
    panel.form.steps.setValue(3)  # three steps of the tiny random model: far from learned
    panel.form.batch.setValue(2)
    panel.form.seq_len.setValue(128)
    panel.form.name_edit.setText("short")
    with qtbot.waitSignal(panel.controller.run_ended, timeout=300_000) as ended:
        qtbot.mouseClick(panel.form.train_button, Qt.MouseButton.LeftButton)
    assert ended.args[1] == "completed", ended.args[2]
    first = runner.all_runs()[0]
    assert "still high" in panel.run_view.banner.text()
    assert panel.longer_button.isVisibleTo(panel) and panel.longer_button.isEnabled()
    with qtbot.waitSignal(panel.controller.run_ended, timeout=300_000) as ended:
        qtbot.mouseClick(panel.longer_button, Qt.MouseButton.LeftButton)
    assert ended.args[1] == "completed", ended.args[2]
    longer = runner.all_runs()[0]
    assert longer.id != first.id and longer.name == "short (longer)" and panel.selected_run_id() == longer.id
    assert longer.config.continue_from == str(first.run_dir) and longer.config.max_steps == 3
    started = [json.loads(line) for line in longer.events_file.read_text().splitlines() if '"started"' in line]
    assert started[0]["continued_from"] == str(first.run_dir)
    assert first.has_adapter and runner.get(longer.id).has_adapter  # the first adapter stays usable
    runner.wait(longer.id, 30)
