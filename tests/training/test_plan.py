"""The plan chosen from the data and the model, early stopping's decisions and the verdict on a run (issue 16).
Pure: no torch, no model."""

from __future__ import annotations

from dataclasses import replace

from desktop_llm.core.training_config import TrainConfig, plan_steps
from desktop_llm.core.training_data import split
from desktop_llm.core.training_plan import (
    LOW_ENOUGH_LOSS,
    MIN_STEPS,
    DataFacts,
    EarlyStopper,
    continue_config,
    describe_plan,
    judge_run,
    plan_training,
    plan_words,
    rate_text,
    validation_count,
)

SMALL_MODEL = 134_515_008  # SmolLM2-135M
BASE = TrainConfig(base_model="m.gguf", data_path="d.jsonl", seed=7, device="cpu")


def planned(examples: int, tokens: int = 40, parameters: int = SMALL_MODEL) -> TrainConfig:
    return plan_training(BASE, DataFacts(examples, (tokens,) * examples), parameters).validated()


def test_small_data_gets_enough_steps_a_high_rate_and_frequent_evaluations() -> None:
    config = planned(40)
    # The 40 lines: 3 epochs at 2e-4 (27 steps) failed; about 6 passes at 1e-3, rank 16 taught the fact.
    assert config.learning_rate == 1e-3 and config.rank == 16 and config.alpha == 32
    train = 40 - validation_count(40, config.validation_fraction)
    plan = plan_steps(config, train)
    assert plan.total_steps == MIN_STEPS and 6 <= plan.total_steps / plan.steps_per_epoch <= 7
    assert config.early_stopping and plan.eval_every <= 4  # at least 15 evaluations: early stopping reacts soon
    # The plan keeps what it does not choose.
    assert (config.base_model, config.data_path, config.seed, config.device) == ("m.gguf", "d.jsonl", 7, "cpu")


def test_a_handful_of_examples_holds_out_two_and_caps_the_passes() -> None:
    config = planned(8)
    train, validation = split(list(range(8)), config.validation_fraction, config.seed)  # type: ignore[arg-type]
    assert len(validation) == validation_count(8, config.validation_fraction) == 2
    plan = plan_steps(config, len(train))
    assert plan.total_steps == MIN_STEPS and plan.total_steps / plan.steps_per_epoch <= 30


def test_large_data_and_large_models_get_epochs_lower_rates_and_a_capped_validation_set() -> None:
    large = planned(20_000, tokens=400)
    assert large.max_steps == 0 and large.epochs == 2 and large.rank == 32
    assert validation_count(20_000, large.validation_fraction) <= 500
    assert large.batch_size * large.grad_accum == 16
    assert planned(200, parameters=8_000_000_000).learning_rate == 2e-4
    assert planned(200, parameters=1_700_000_000).learning_rate == 5e-4
    assert planned(200, parameters=70_000_000_000).learning_rate == 1e-4


def test_the_sequence_length_follows_the_longest_example() -> None:
    assert planned(40, tokens=30).max_seq_len == 256
    assert planned(40, tokens=900).max_seq_len == 2048  # 900 * 1.2 rounded up to a power of two
    assert planned(40, tokens=100_000).max_seq_len == 2048  # capped; longer examples are cut as before


def test_the_sentence_says_examples_passes_steps_rate_rank_and_time() -> None:
    config = planned(40)
    plan = describe_plan(config, DataFacts(40, (40,) * 40), SMALL_MODEL, on_gpu=False, cpu_cores=2)
    words = plan_words(plan)
    assert words.startswith("40 examples (4 held out to check), 6.7 passes (60 steps), learning rate 1e-3, rank 16, about ")
    assert words.endswith(" here, stopping early once the validation loss stops falling")
    on_gpu = describe_plan(config, DataFacts(40, (40,) * 40), SMALL_MODEL, on_gpu=True)
    assert on_gpu.seconds < plan.seconds
    no_validation = describe_plan(replace(config, validation_fraction=0.0), DataFacts(40), SMALL_MODEL, False)
    assert not no_validation.early_stopping and "stopping early" not in plan_words(no_validation)
    assert rate_text(2.5e-4) == "2.5e-4" and rate_text(1e-3) == "1e-3"


def test_early_stopping_keeps_the_best_and_stops_after_patience_evaluations_without_improvement() -> None:
    stopper = EarlyStopper(patience=3)
    assert not stopper.observe(0, 2.7)  # the baseline before any step is not a candidate
    assert stopper.observe(4, 1.5) and stopper.observe(8, 0.9)
    assert not stopper.observe(12, 0.895)  # under 1 % better: not an improvement
    assert not stopper.observe(16, 1.1) and not stopper.should_stop
    assert not stopper.observe(20, 0.95)
    assert stopper.should_stop and stopper.reason == "plateau" and (stopper.best, stopper.best_step) == (0.9, 8)


def test_early_stopping_ends_a_run_whose_loss_is_already_near_zero_and_can_be_switched_off() -> None:
    stopper = EarlyStopper(patience=3)
    assert stopper.observe(4, LOW_ENOUGH_LOSS / 2) and stopper.reason == "low"
    off = EarlyStopper(patience=1, enabled=False)
    for step, loss in ((2, 1.0), (4, 2.0), (6, 0.01), (8, 3.0)):
        off.observe(step, loss)
    assert not off.should_stop and off.best_step == 6  # still tracks the best: its adapter is exported
    continuing = EarlyStopper(patience=3, start_is_candidate=True)
    assert continuing.observe(0, 0.4) and continuing.best_step == 0  # a continuation's start is a fair answer


def test_the_verdict_offers_train_longer_only_when_the_loss_is_high_and_still_falling() -> None:
    assert judge_run(2.70, 1.27) == "still_high"  # the failing run
    assert judge_run(2.70, 0.09) == "learned"
    assert judge_run(2.70, 1.27, "plateau") == "plateau_high"
    assert judge_run(2.0, 1.5) == "still_high"
    assert judge_run(1.0, 0.45) == "learned"  # under 0.5
    assert judge_run(1.0, 0.6) == "still_high"  # above 0.5 and above 40 % of the start
    assert judge_run(0.4, 0.3) == "learned"  # a low start: nothing much to learn
    assert judge_run(None, 0.3) == judge_run(1.0, None) == "unknown"


def test_train_longer_keeps_the_settings_and_starts_from_the_previous_run() -> None:
    previous = planned(40)
    longer = continue_config(previous, "/runs/0001-x", 30)
    assert longer.max_steps == 30 and longer.continue_from == "/runs/0001-x"
    assert replace(longer, max_steps=previous.max_steps, continue_from="") == previous
