"""Hyperparameters, the step plan and learning-rate schedule, and the memory estimate."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from desktop_llm.core.fit_estimate import ModelShape
from desktop_llm.core.gguf_header import read_file_header
from desktop_llm.core.training_config import (
    ATTENTION_MODULES,
    MLP_MODULES,
    TRAIN_PRESETS,
    TrainConfig,
    learning_rate_at,
    plan_steps,
    with_preset,
)
from desktop_llm.core.training_memory import estimate_training_memory, fitting_config, lora_parameter_count

BASE = TrainConfig(base_model="m.gguf", data_path="d.jsonl")


@pytest.mark.parametrize(("change", "message"), [
    ({"rank": 0}, "rank"), ({"dropout": 1.0}, "dropout"), ({"learning_rate": 0.0}, "learning rate"),
    ({"epochs": 0.0, "max_steps": 0}, "epochs"), ({"batch_size": 0}, "batch size"), ({"max_seq_len": 8}, "sequence"),
    ({"target_modules": ()}, "target module"), ({"schedule": "exp"}, "schedule"), ({"device": "tpu"}, "device"),
    ({"base_model": ""}, "base model"), ({"validation_fraction": 0.95}, "validation"),
])
def test_each_bad_setting_is_named(change: dict, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        replace(BASE, **change).validated()


def test_config_round_trips_through_json_and_presets_apply() -> None:
    config = with_preset(BASE, "Thorough")
    assert config.target_modules == ATTENTION_MODULES + MLP_MODULES and config.rank == 32
    assert TrainConfig.from_dict({**config.to_dict(), "unknown_future_key": 1}) == config
    assert set(TRAIN_PRESETS) == {"Quick try", "Balanced", "Thorough"}


def test_step_plan_counts_epochs_batches_and_accumulation() -> None:
    plan = plan_steps(replace(BASE, batch_size=4, grad_accum=2, epochs=3), 100)
    assert plan.steps_per_epoch == 13 and plan.total_steps == 39
    assert plan.eval_every == 3 and plan.checkpoint_every == 7
    assert plan_steps(replace(BASE, max_steps=5), 100).total_steps == 5
    with pytest.raises(ValueError):
        plan_steps(BASE, 0)


def test_learning_rate_warms_up_then_follows_the_schedule() -> None:
    config = replace(BASE, learning_rate=1e-3, max_steps=100, warmup_ratio=0.1)
    plan = plan_steps(config, 10)
    assert learning_rate_at(config, plan, 0) == pytest.approx(1e-4)
    assert learning_rate_at(config, plan, 9) == pytest.approx(1e-3)
    assert learning_rate_at(config, plan, 55) == pytest.approx(5e-4, rel=0.02)  # cosine half way
    linear = replace(config, schedule="linear")
    assert learning_rate_at(linear, plan, 99) == pytest.approx(1e-3 / 90, rel=0.01)
    assert learning_rate_at(replace(config, schedule="constant"), plan, 80) == 1e-3


def test_lora_parameter_count_matches_peft_on_the_starter_model(starter_model: Path) -> None:
    shape = ModelShape.from_header(read_file_header(str(starter_model)))
    # PEFT reports 921,600 trainable parameters for r=8 on q/k/v/o of SmolLM2-135M (checked with peft 0.21).
    assert lora_parameter_count(shape, replace(BASE, rank=8)) == 921_600


def test_memory_estimate_grows_with_batch_and_suggests_a_fitting_config(starter_model: Path) -> None:
    header = read_file_header(str(starter_model))
    shape = ModelShape.from_header(header)
    small = estimate_training_memory(shape, header.parameter_count, replace(BASE, batch_size=1, max_seq_len=256), False)
    big = estimate_training_memory(shape, header.parameter_count, replace(BASE, batch_size=16, max_seq_len=2048), False)
    assert small.weights == header.parameter_count * 4
    assert big.activations > 50 * small.activations and big.total > small.total
    gpu = estimate_training_memory(shape, header.parameter_count, BASE, True)
    assert gpu.weights == header.parameter_count * 2
    wanted = replace(BASE, batch_size=16, grad_accum=1, max_seq_len=2048)
    fitting = fitting_config(shape, header.parameter_count, wanted, False, 3 * 1024**3)
    assert fitting is not None and fitting.batch_size * fitting.grad_accum == 16
    assert estimate_training_memory(shape, header.parameter_count, fitting, False).total <= 3 * 1024**3
    assert fitting_config(shape, header.parameter_count, wanted, False, 100 * 1024**2) is None
