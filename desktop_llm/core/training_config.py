"""What a LoRA fine-tune is asked to do: hyperparameters with presets, their checks, and the step plan.

Pure Python, shared by the panel (which validates and shows the plan before anything starts), the CLI and
the training worker (which reads the same config back from the run folder).
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, fields, replace
from typing import Any, Literal

from desktop_llm.core.errors import TrainingConfigError
from desktop_llm.core.ui_text import QT_TR_NOOP

Schedule = Literal["constant", "linear", "cosine"]
# The schedules, the devices, the target choices and the presets are also the labels the Train form shows
# (translated there; QT_TR_NOOP returns its argument).
SCHEDULES: tuple[str, ...] = (QT_TR_NOOP("constant"), QT_TR_NOOP("linear"), QT_TR_NOOP("cosine"))
DEVICES: tuple[str, ...] = (QT_TR_NOOP("auto"), "cuda", "mps", "cpu")
ATTENTION_MODULES: tuple[str, ...] = ("q_proj", "k_proj", "v_proj", "o_proj")
MLP_MODULES: tuple[str, ...] = ("gate_proj", "up_proj", "down_proj")
MAX_GPUS = 64  # data-parallel ranks on one machine
TARGET_CHOICES: dict[str, tuple[str, ...]] = {
    QT_TR_NOOP("Attention (q, k, v, o)"): ATTENTION_MODULES,
    QT_TR_NOOP("All linear layers"): ATTENTION_MODULES + MLP_MODULES,
    QT_TR_NOOP("Query and value only"): ("q_proj", "v_proj"),
}


@dataclass(frozen=True)
class TrainConfig:
    """One run's settings. `base_model` is a GGUF file or a Hugging Face model folder (safetensors)."""

    base_model: str
    data_path: str
    rank: int = 16
    alpha: float = 32.0
    dropout: float = 0.05
    target_modules: tuple[str, ...] = ATTENTION_MODULES
    learning_rate: float = 2e-4
    schedule: Schedule = "cosine"
    warmup_ratio: float = 0.05
    epochs: float = 3.0
    max_steps: int = 0  # 0: as many steps as `epochs` takes
    batch_size: int = 4
    grad_accum: int = 1
    max_seq_len: int = 512
    seed: int = 42
    validation_fraction: float = 0.1
    eval_every: int = 0  # 0: about ten evaluations over the run
    checkpoint_every: int = 0  # 0: about five checkpoints over the run
    skip_bad_lines: bool = False
    device: str = "auto"
    compile: bool = False  # torch.compile the model (GPU runs of many steps)
    # Issue 16: stop when the validation loss has not improved for `patience` evaluations (or is already near
    # zero), and export the best evaluation's adapter rather than the last step's.
    early_stopping: bool = True
    patience: int = 3
    # A run that continues another (Train longer): that run's folder; its best adapter is where this one starts.
    continue_from: str = ""
    # Issue 16, bigger models and more GPUs. `gpus`: data-parallel ranks, one a CUDA GPU (processes on the CPU,
    # which only tests the path); `batch_size` and `grad_accum` are each rank's, so a step takes `gpus` times
    # more examples. `gradient_checkpointing` recomputes each layer in the backward pass instead of keeping its
    # activations; `quantized_base` loads the frozen base in 4-bit NF4 with bitsandbytes (QLoRA, CUDA only).
    gpus: int = 1
    gradient_checkpointing: bool = False
    quantized_base: bool = False

    def validated(self) -> TrainConfig:
        """Raise TrainingConfigError (a ValueError too) naming the first setting that cannot work."""
        # Each message a QT_TR_NOOP template, so the Train tab shows it in the user's language (issue 21).
        checks: list[tuple[bool, str, dict[str, object]]] = [
            (bool(self.base_model), QT_TR_NOOP("choose a base model"), {}),
            (bool(self.data_path), QT_TR_NOOP("choose a training data file"), {}),
            (1 <= self.rank <= 512, QT_TR_NOOP("rank must be between 1 and 512, got {value}"), {"value": self.rank}),
            (0 < self.alpha <= 4096, QT_TR_NOOP("alpha must be positive, got {value}"), {"value": self.alpha}),
            (0 <= self.dropout < 1, QT_TR_NOOP("dropout must be in [0, 1), got {value}"), {"value": self.dropout}),
            (bool(self.target_modules), QT_TR_NOOP("choose at least one target module"), {}),
            (0 < self.learning_rate <= 1, QT_TR_NOOP("learning rate must be in (0, 1], got {value}"),
             {"value": self.learning_rate}),
            (self.schedule in SCHEDULES, QT_TR_NOOP("schedule must be one of {choices}"),
             {"choices": ", ".join(SCHEDULES)}),
            (0 <= self.warmup_ratio < 1, QT_TR_NOOP("warm-up ratio must be in [0, 1), got {value}"),
             {"value": self.warmup_ratio}),
            (self.epochs > 0 or self.max_steps > 0, QT_TR_NOOP("set a number of epochs or of steps"), {}),
            (self.max_steps >= 0, QT_TR_NOOP("steps must be >= 0, got {value}"), {"value": self.max_steps}),
            (1 <= self.batch_size <= 1024, QT_TR_NOOP("batch size must be between 1 and 1024, got {value}"),
             {"value": self.batch_size}),
            (1 <= self.grad_accum <= 1024, QT_TR_NOOP("gradient accumulation must be between 1 and 1024, got {value}"),
             {"value": self.grad_accum}),
            (16 <= self.max_seq_len <= 131072, QT_TR_NOOP("max sequence length must be between 16 and 131072, got "
                                                          "{value}"), {"value": self.max_seq_len}),
            (0 <= self.validation_fraction < 0.9, QT_TR_NOOP("validation fraction must be in [0, 0.9), got {value}"),
             {"value": self.validation_fraction}),
            (self.eval_every >= 0 and self.checkpoint_every >= 0, QT_TR_NOOP("intervals must be >= 0"), {}),
            (1 <= self.patience <= 1000, QT_TR_NOOP("patience must be between 1 and 1000 evaluations, got {value}"),
             {"value": self.patience}),
            (self.device in DEVICES, QT_TR_NOOP("device must be one of {choices}"), {"choices": ", ".join(DEVICES)}),
            (1 <= self.gpus <= MAX_GPUS, QT_TR_NOOP("GPUs must be between 1 and {most}, got {value}"),
             {"most": MAX_GPUS, "value": self.gpus}),
        ]
        for ok, message, values in checks:
            if not ok:
                raise TrainingConfigError(message, **values)
        return self

    @property
    def scaling(self) -> float:
        return self.alpha / self.rank

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["target_modules"] = list(self.target_modules)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> TrainConfig:
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in data.items() if k in known}
        if "target_modules" in values:
            values["target_modules"] = tuple(str(m) for m in values["target_modules"])
        return cls(**values)


TRAIN_PRESETS: dict[str, dict[str, Any]] = {
    QT_TR_NOOP("Quick try"): {"rank": 8, "alpha": 16.0, "epochs": 1.0, "learning_rate": 3e-4, "max_seq_len": 512},
    QT_TR_NOOP("Balanced"): {"rank": 16, "alpha": 32.0, "epochs": 3.0, "learning_rate": 2e-4, "max_seq_len": 1024},
    QT_TR_NOOP("Thorough"): {
        "rank": 32, "alpha": 64.0, "epochs": 5.0, "learning_rate": 1e-4, "max_seq_len": 2048,
        "target_modules": ATTENTION_MODULES + MLP_MODULES,
    },
}


def with_preset(config: TrainConfig, name: str) -> TrainConfig:
    return replace(config, **TRAIN_PRESETS[name])


@dataclass(frozen=True)
class StepPlan:
    steps_per_epoch: int
    total_steps: int
    warmup_steps: int
    eval_every: int
    checkpoint_every: int


def plan_steps(config: TrainConfig, n_train_examples: int) -> StepPlan:
    """How many optimizer steps the run takes and when it evaluates and checkpoints."""
    if n_train_examples < 1:
        raise ValueError("there are no training examples")
    per_step = config.batch_size * config.grad_accum * config.gpus  # each rank takes its own micro-batches
    steps_per_epoch = max(1, math.ceil(n_train_examples / per_step))
    total = config.max_steps if config.max_steps > 0 else max(1, math.ceil(steps_per_epoch * config.epochs))
    return StepPlan(
        steps_per_epoch=steps_per_epoch,
        total_steps=total,
        warmup_steps=int(total * config.warmup_ratio),
        eval_every=config.eval_every or max(1, total // 10),
        checkpoint_every=config.checkpoint_every or max(1, total // 5),
    )


def learning_rate_at(config: TrainConfig, plan: StepPlan, step: int) -> float:
    """The learning rate for optimizer step `step` (0-based): linear warm-up, then the schedule."""
    if plan.warmup_steps and step < plan.warmup_steps:
        return config.learning_rate * (step + 1) / plan.warmup_steps
    if config.schedule == "constant":
        return config.learning_rate
    span = max(1, plan.total_steps - plan.warmup_steps)
    progress = min(1.0, (step - plan.warmup_steps) / span)
    if config.schedule == "linear":
        return config.learning_rate * (1.0 - progress)
    return config.learning_rate * 0.5 * (1.0 + math.cos(math.pi * progress))
