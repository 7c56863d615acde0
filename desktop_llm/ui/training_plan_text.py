"""The words of issue 16's plan and verdict in the Train tab: the sentence said before a run ("40 examples,
6.7 passes (60 steps), learning rate 1e-3, rank 16, about 2 minutes here") and what a finished run's banner
says about its validation loss (learned, or still high: train longer)."""

from __future__ import annotations

import os

from desktop_llm.controllers.i18n import number_text, tr
from desktop_llm.core.fit_estimate import MemoryBudget
from desktop_llm.core.gguf_header import GGUFHeader
from desktop_llm.core.training_config import TrainConfig
from desktop_llm.core.training_data import Dataset
from desktop_llm.core.training_memory import ExampleLengths
from desktop_llm.core.training_plan import (
    DataFacts,
    TrainingPlan,
    about_duration,
    describe_plan,
    judge_run,
    plan_training,
    rate_text,
)
from desktop_llm.ipc.training_events import RunState


def data_facts(dataset: Dataset | None, lengths: ExampleLengths | None) -> DataFacts | None:
    if dataset is None or not dataset.examples:
        return None
    return DataFacts(len(dataset.examples), lengths.tokens if lengths is not None else ())


def auto_settings(base: TrainConfig, dataset: Dataset | None, lengths: ExampleLengths | None,
                  header: GGUFHeader | None) -> TrainConfig | None:
    """The Automatic preset: `base` with the plan's settings for this data and model; None before any data."""
    facts = data_facts(dataset, lengths)
    return plan_training(base, facts, header.parameter_count if header else 0) if facts is not None else None


def plan_text(config: TrainConfig, dataset: Dataset | None, lengths: ExampleLengths | None, header: GGUFHeader | None,
              budget: MemoryBudget) -> str:
    """The form's settings in plain words for this data on this machine (its GPU unless the form asks for the CPU);
    "" before any data."""
    facts = data_facts(dataset, lengths)
    if facts is None:
        return ""
    on_gpu = budget.vram_bytes > 0 and config.device != "cpu"
    return plan_sentence(describe_plan(config, facts, header.parameter_count if header else 0, on_gpu,
                                       os.cpu_count() or 1))


def plan_sentence(plan: TrainingPlan) -> str:
    count, unit = about_duration(plan.seconds)
    duration = {"seconds": tr("about %n second(s) here", None, count), "minutes": tr("about %n minute(s) here", None, count),
                }.get(unit) or tr("about %n hour(s) here", None, count)
    text = tr("{examples} ({held} held out to check), {passes} passes (%n step(s)), learning rate {rate}, rank {rank}, "
              "{duration}", None, plan.steps).format(
        examples=tr("%n example(s)", None, plan.examples), held=number_text(plan.validation_examples),
        passes=number_text(plan.passes, 0 if plan.passes == int(plan.passes) else 1), rate=rate_text(plan.learning_rate),
        rank=plan.rank, duration=duration)
    if plan.early_stopping:
        text += tr(", stopping early once the validation loss stops falling")
    return text + "."


def finished_text(state: RunState) -> tuple[str, str, bool]:
    """A completed run's banner: its text, its tone and whether to offer Train longer first."""
    before, best = state.val_loss_before, state.best_val_loss
    verdict = judge_run(before, best, str(state.info.get("early_stop", "")))
    losses = {"before": number_text(before or 0.0, 2), "after": number_text(best or 0.0, 2)}
    if verdict == "still_high":
        return tr("The validation loss is still high ({before} → {after}): the model may not have learned your data "
                  "yet. “Train longer” continues from this adapter.").format(**losses), "warning", True
    if verdict == "plateau_high":
        return tr("The validation loss stopped falling while still high ({before} → {after}): more or clearer "
                  "examples, or a larger rank, may help more than more steps.").format(**losses), "warning", False
    text = tr("Finished. Switch the adapter on under the chat, or press “Use in chat”.")
    if verdict == "learned":
        text = tr("Learned: the validation loss fell from {before} to {after}.").format(**losses) + " " + text
    return text, "success", False
