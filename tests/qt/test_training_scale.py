"""The Train form's GPUs and memory savers (issue 16): a GPUs choice only with several NVIDIA GPUs, the 4-bit base
only with one, and the memory estimate following each option."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop_llm.core.fit_estimate import MemoryBudget
from desktop_llm.ui.training_form import TrainingForm
from tests.qt.test_training_panel import checked, model_info
from tests.training.conftest import write_fact_data

GIB = 1024**3


def make_form(qtbot: QtBot, budget: MemoryBudget, model: Path, data: Path) -> TrainingForm:
    form = TrainingForm(budget)
    qtbot.addWidget(form)
    form.set_models([model_info(model)])
    form.set_data_path(str(data))
    form.show()
    checked(qtbot, form)
    return form


def figure(form: TrainingForm, name: str) -> float:
    """A part of the memory estimate line, in GiB."""
    found = re.search(rf"{name} ([\d.,]+)", form.memory.text())
    assert found, form.memory.text()
    return float(found.group(1).replace(",", ""))


def test_two_gpus_give_a_gpus_choice_and_the_options_follow_into_the_estimate(
    qtbot: QtBot, starter_model: Path, tmp_path: Path
) -> None:
    budget = MemoryBudget(ram_bytes=64 * GIB, vram_bytes=24 * GIB, gpu_name="RTX 4090", gpu_count=2)
    form = make_form(qtbot, budget, starter_model, write_fact_data(tmp_path / "fact.jsonl"))
    scale = form.scale
    assert scale.gpus.isVisible() and scale.gpus.maximum() == 2 and scale.quantized.isEnabled()
    assert form.config().gpus == 1 and "of RTX 4090" in form.memory.text()
    scale.gpus.setValue(2)
    assert form.config().gpus == 2 and "each of 2 GPUs (RTX 4090)" in form.memory.text()
    activations, weights = figure(form, "activations"), figure(form, "weights")
    scale.checkpointing.setChecked(True)
    assert form.config().gradient_checkpointing and figure(form, "activations") < activations
    scale.quantized.setChecked(True)
    assert form.config().quantized_base and figure(form, "weights") < weights
    # A preset or a suggestion shows its options again.
    form.set_config(replace(form.config(), gpus=1, gradient_checkpointing=False, quantized_base=False))
    assert (scale.gpus.value(), scale.checkpointing.isChecked(), scale.quantized.isChecked()) == (1, False, False)


def test_without_an_nvidia_gpu_there_is_no_gpus_choice_and_no_4bit_base(
    qtbot: QtBot, starter_model: Path, tmp_path: Path
) -> None:
    form = make_form(qtbot, MemoryBudget(ram_bytes=16 * GIB, vram_bytes=0), starter_model,
                     write_fact_data(tmp_path / "fact.jsonl"))
    assert not form.scale.gpus.isVisible() and not form.scale.quantized.isEnabled()
    assert "NVIDIA GPU with CUDA" in form.scale.quantized.toolTip()
    form.set_config(replace(form.config(), gpus=2, quantized_base=True))  # e.g. a run's config from another machine
    config = form.config()
    assert (config.gpus, config.quantized_base) == (1, False)
    form.scale.checkpointing.setChecked(True)
    assert form.config().gradient_checkpointing
