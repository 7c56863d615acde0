"""Settings that learn (issue 16): a fine-tune's plan chosen from the data and the model, early stopping on the
validation loss, and the verdict on a finished run ("learned", or "still high: train longer").

The defaults failed the first thing people try: 40 lines teaching one made-up fact, 3 epochs at 2e-4, took the
validation loss from 2.70 to 1.27 and the adapter still answered wrongly; 6 passes at 1e-3 taught it (0.09).
What small data needs is enough optimizer steps and a learning rate suited to a small LoRA; what protects it
from learning too long is early stopping with the best evaluation's adapter kept. Pure Python: the Train form,
the command line and the worker share it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from typing import Literal

from desktop_llm.core.training_config import TrainConfig, plan_steps
from desktop_llm.core.ui_text import QT_TR_NOOP

# The Train form's first preset: the settings this module chooses (shown translated; the key is item data).
AUTO_PRESET = QT_TR_NOOP("Automatic (from your data)")

# At least this many optimizer steps, however small the data: 27 steps did not teach a fact, 60 do (with
# early stopping ending the run sooner once the validation loss stops falling).
MIN_STEPS = 60
MAX_SMALL_DATA_PASSES = 30.0  # a handful of examples is seen at most this often to reach MIN_STEPS
SMALL_DATA = 1000  # examples: below, the minimum steps, frequent evaluations and a larger validation share
# Below this validation loss per token there is nothing left to learn (the right token at > 95 % on average):
# only memorisable data gets there (facts, formats), and the run ends instead of polishing it for minutes.
LOW_ENOUGH_LOSS = 0.05
# A finished run whose best validation loss is above both of these has not learned its data yet: a loss of 0.5
# per token is the right token at about 60 %, and a fall to under 40 % of the start is most of what a data set
# teaches. Both must hold, so ordinary text (which never gets near 0.5) that fell well is not called unlearned.
HIGH_LOSS = 0.5
HIGH_FRACTION = 0.4

# Rough effective training throughput (floating-point operations per second) for the time estimate; a LoRA step
# costs about 4 × parameters per token (forward 2, backward through the frozen weights 2).
CPU_FLOPS_PER_CORE = 6e9
GPU_FLOPS = 4e13
LOAD_SECONDS = 10.0  # starting the worker, loading torch and a small model


@dataclass(frozen=True)
class DataFacts:
    """What the plan knows of the data: its example count and each example's tokens (counted or estimated)."""

    examples: int
    tokens: tuple[int, ...] = ()

    @property
    def mean_tokens(self) -> float:
        return sum(self.tokens) / len(self.tokens) if self.tokens else 256.0

    @property
    def longest(self) -> int:
        return max(self.tokens, default=0)


def validation_count(examples: int, fraction: float) -> int:
    """How many examples core/training_data.split holds out (at least one of two or more, when asked)."""
    count = round(examples * fraction)
    return max(1, count) if fraction > 0 and examples >= 2 else count


def learning_rate_for(parameter_count: int, examples: int) -> float:
    """A LoRA learning rate: high for small models (1e-3 taught SmolLM2-135M the fact), lower as models grow,
    halved for large data (many steps at a high rate drift)."""
    billions = parameter_count / 1e9 if parameter_count > 0 else 1.0
    rate = 1e-3 if billions <= 0.6 else 5e-4 if billions <= 2.5 else 2e-4 if billions <= 10 else 1e-4
    return rate / 2 if examples > 10 * SMALL_DATA else rate


def plan_training(config: TrainConfig, data: DataFacts, parameter_count: int) -> TrainConfig:
    """`config` with the settings chosen for this data and model: learning rate, rank and alpha, passes and
    steps, batch and accumulation, sequence length, validation share, evaluation cadence, early stopping.
    The model and data paths, device, seed, targets and other choices of `config` stay."""
    n = max(1, data.examples)
    small = n < SMALL_DATA
    fraction = 0.2 if n < 20 else 0.1 if n < 5000 else max(0.02, 500 / n)
    rank = 16 if n < 5 * SMALL_DATA else 32
    batch, accum = (4, 1) if small else (4, 4)
    # The longest example plus a margin (the lengths may be estimated from characters), as a power of two.
    longest = int(data.longest * 1.2) if data.longest else 512
    seq_len = min(2048, max(256, 2 ** math.ceil(math.log2(max(1, longest)))))
    planned = replace(
        config, learning_rate=learning_rate_for(parameter_count, n), rank=rank, alpha=2.0 * rank, dropout=0.05,
        batch_size=batch, grad_accum=accum, max_seq_len=seq_len, validation_fraction=fraction,
        epochs=3.0 if n < 5 * SMALL_DATA else 2.0 if n < 50 * SMALL_DATA else 1.0, max_steps=0,
        early_stopping=True, patience=3, eval_every=0, checkpoint_every=0, schedule="cosine", warmup_ratio=0.05,
        continue_from="",
    )
    train = max(1, n - validation_count(n, fraction))
    per_epoch = plan_steps(planned, train).steps_per_epoch
    steps = math.ceil(per_epoch * planned.epochs)
    if small and steps < MIN_STEPS:
        steps = min(MIN_STEPS, math.ceil(per_epoch * MAX_SMALL_DATA_PASSES))
        planned = replace(planned, max_steps=steps, epochs=round(steps / per_epoch, 1))
    if small:  # frequent evaluations, so early stopping reacts within a few steps
        planned = replace(planned, eval_every=max(2, steps // 15))
    return planned


@dataclass(frozen=True)
class TrainingPlan:
    """The figures of a run about to start, for the sentence shown before it."""

    examples: int
    train_examples: int
    validation_examples: int
    passes: float
    steps: int
    learning_rate: float
    rank: int
    seconds: float
    early_stopping: bool


def describe_plan(config: TrainConfig, data: DataFacts, parameter_count: int, on_gpu: bool,
                  cpu_cores: int = 4) -> TrainingPlan:
    """What `config` will do with this data: passes, steps and an estimate of the time on this machine."""
    validation = validation_count(data.examples, config.validation_fraction)
    train = max(1, data.examples - validation)
    steps = plan_steps(config, train)
    per_step = config.batch_size * config.grad_accum
    # Batches are padded to their longest example: a little over the mean.
    tokens = min(config.max_seq_len, data.mean_tokens * 1.2)
    params = parameter_count if parameter_count > 0 else 1_000_000_000
    flops = GPU_FLOPS if on_gpu else CPU_FLOPS_PER_CORE * max(1, cpu_cores)
    train_s = steps.total_steps * per_step * tokens * 4 * params / flops
    evaluations = steps.total_steps // steps.eval_every + 1
    eval_s = evaluations * validation * tokens * 2 * params / flops
    load_s = LOAD_SECONDS + params / 1e9 * (5 if on_gpu else 10)
    return TrainingPlan(
        examples=data.examples, train_examples=train, validation_examples=validation,
        passes=steps.total_steps / steps.steps_per_epoch, steps=steps.total_steps, learning_rate=config.learning_rate,
        rank=config.rank, seconds=train_s + eval_s + load_s, early_stopping=config.early_stopping and validation > 0,
    )


StopReason = Literal["", "plateau", "low"]


class EarlyStopper:
    """Follows the validation losses of a run: which evaluation was best, and whether to stop.

    It stops when `patience` evaluations in a row did not improve on the best by at least 1 % (the loss has
    stopped falling: more steps would fit the training examples, not the task), or when the best is below
    LOW_ENOUGH_LOSS. The evaluation before the first step is the baseline, not a candidate, unless the run
    continues another (then that run's adapter is a fair answer: a continuation that only got worse keeps it).
    """

    def __init__(self, patience: int, enabled: bool = True, start_is_candidate: bool = False) -> None:
        self.patience = patience
        self.enabled = enabled
        self.start_is_candidate = start_is_candidate
        self.best: float | None = None
        self.best_step = -1
        self.since_best = 0
        self.reason: StopReason = ""

    def observe(self, step: int, loss: float) -> bool:
        """Record an evaluation; True when it is the new best (its adapter should be kept)."""
        if step == 0 and not self.start_is_candidate:
            return False
        if self.best is None or loss < self.best - max(1e-4, 0.01 * self.best):
            self.best, self.best_step, self.since_best = loss, step, 0
            if self.enabled and loss < LOW_ENOUGH_LOSS:
                self.reason = "low"
            return True
        self.since_best += 1
        if self.enabled and self.since_best >= self.patience:
            self.reason = "plateau"
        return False

    def restore(self, best: float, best_step: int) -> None:
        """A resumed run: the best so far comes from its kept best adapter."""
        self.best, self.best_step, self.since_best = best, best_step, 0

    @property
    def should_stop(self) -> bool:
        return bool(self.reason)


Verdict = Literal["learned", "still_high", "plateau_high", "unknown"]


def judge_run(before: float | None, best: float | None, stopped: str = "") -> Verdict:
    """How a finished run went, from its validation loss before training and at its best evaluation.

    still_high: the loss is high and was still falling (offer to train longer); plateau_high: high, but it had
    stopped falling (training longer will not help: more or clearer data, or a larger rank, might)."""
    if before is None or best is None:
        return "unknown"
    if best > HIGH_LOSS and best > HIGH_FRACTION * before:
        return "plateau_high" if stopped == "plateau" else "still_high"
    return "learned"


def continue_config(previous: TrainConfig, previous_run_dir: str, steps: int) -> TrainConfig:
    """Train longer: the same settings for `steps` more optimizer steps, starting from the previous run's
    best adapter."""
    return replace(previous, max_steps=max(1, steps), continue_from=previous_run_dir)


def about_duration(seconds: float) -> tuple[int, str]:
    """A rough duration as (count, unit): (40, "seconds"), (3, "minutes"), (2, "hours")."""
    if seconds < 90:
        return max(10, round(seconds / 10) * 10), "seconds"
    if seconds < 90 * 60:
        return round(seconds / 60), "minutes"
    return round(seconds / 3600), "hours"


def plan_words(plan: TrainingPlan) -> str:
    """The plan in plain English (the command line; the Train tab says it translated):
    "40 examples, 6 passes (60 steps), learning rate 1e-3, rank 16, about 2 minutes here"."""
    count, unit = about_duration(plan.seconds)
    passes = f"{plan.passes:.1f}".removesuffix(".0")
    text = (f"{plan.examples} example{'s' if plan.examples != 1 else ''} ({plan.validation_examples} held out to "
            f"check), {passes} pass{'es' if passes != '1' else ''} ({plan.steps} steps), learning rate "
            f"{rate_text(plan.learning_rate)}, rank {plan.rank}, about {count} {unit} here")
    return text + (", stopping early once the validation loss stops falling" if plan.early_stopping else "")


def rate_text(rate: float) -> str:
    """A learning rate as people write it: 1e-3, 2.5e-4."""
    mantissa, exponent = f"{rate:e}".split("e")
    return f"{mantissa.rstrip('0').rstrip('.')}e{int(exponent)}"
