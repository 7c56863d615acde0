"""`desktop-llm train` without settings takes the plan; a preset or a flag overrides it (issue 16). No run."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop_llm.cli import train
from desktop_llm.core.training_plan import DataFacts

FACTS = DataFacts(40, (40,) * 40)
SMALL_MODEL = 134_515_008


def parse(*flags: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    train.add_parser(parser.add_subparsers())
    return parser.parse_args(["train", "--data", "d.jsonl", *flags])


def test_no_flags_is_the_plan_and_each_flag_overrides_one_setting() -> None:
    auto = train.config_from_args(parse(), "m.gguf", FACTS, SMALL_MODEL)
    assert (auto.max_steps, auto.learning_rate, auto.rank, auto.early_stopping) == (60, 1e-3, 16, True)
    assert auto.data_path == str(Path("d.jsonl").resolve())
    tuned = train.config_from_args(parse("--lr", "5e-4", "--no-early-stopping"), "m.gguf", FACTS, SMALL_MODEL)
    assert (tuned.max_steps, tuned.learning_rate, tuned.early_stopping) == (60, 5e-4, False)
    epochs = train.config_from_args(parse("--epochs", "2"), "m.gguf", FACTS, SMALL_MODEL)
    assert (epochs.epochs, epochs.max_steps) == (2.0, 0)  # the epochs asked for, not the plan's minimum steps


def test_a_preset_is_a_starting_point_instead_of_the_plan() -> None:
    balanced = train.config_from_args(parse("--preset", "Balanced"), "m.gguf", FACTS, SMALL_MODEL)
    assert (balanced.learning_rate, balanced.epochs, balanced.max_steps) == (2e-4, 3.0, 0)
