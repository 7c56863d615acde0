"""Folding the worker's JSON lines into a run's state, as the panel, the CLI and a restarted app do."""

from __future__ import annotations

import math

from desktop_llm.ipc.training_events import RunState, event_line, fold_events, parse_event, perplexity


def lines(*events: tuple[str, dict]) -> list[str]:
    return [event_line(name, **data) for name, data in events]


def test_a_run_folds_into_progress_losses_and_its_adapter() -> None:
    state = fold_events(["Loading weights: 100%", *lines(
        ("log", {"phase": "loading", "message": "training on the CPU: expect it to be slow", "warning": True}),
        ("log", {"phase": "loading", "message": "loading m.gguf"}),
        ("started", {"device": "cuda", "total_steps": 4, "resumed_from_step": 0}),
        ("eval", {"step": 0, "val_loss": 2.0}),
        ("progress", {"step": 1, "total_steps": 4, "loss": 1.9, "lr": 1e-4, "tokens_per_s": 900.0, "eta_s": 3.0}),
        ("progress", {"step": 2, "total_steps": 4, "loss": 1.5}),
        ("eval", {"step": 2, "val_loss": 1.2}),
        ("checkpoint", {"step": 2, "path": "/r/checkpoints/step-000002"}),
        ("exported", {"gguf": "/r/adapter.gguf", "peft_dir": "/r/adapter_peft"}),
        ("finished", {"status": "completed", "step": 4}),
    ), '{"event": "progress", "step": 3'])  # a torn last line is ignored
    assert state.phase == "completed" and state.finished and state.device == "cuda"
    assert state.warnings == ["training on the CPU: expect it to be slow"]
    assert state.train_loss == [(1, 1.9), (2, 1.5)] and state.step == 4
    assert state.val_loss_before == 2.0 and state.val_loss_after == 1.2
    assert state.adapter_gguf == "/r/adapter.gguf" and state.checkpoint.endswith("step-000002")


def test_a_resumed_run_replaces_the_steps_it_repeats() -> None:
    state = fold_events(lines(("progress", {"step": 5, "loss": 1.0}), ("progress", {"step": 6, "loss": 0.9}),
                              ("finished", {"status": "stopped", "step": 6}),
                              ("log", {"phase": "loading", "message": "resuming"}),
                              ("started", {"total_steps": 10, "resumed_from_step": 5}),
                              ("progress", {"step": 6, "loss": 0.95})))
    assert state.train_loss == [(5, 1.0), (6, 0.95)] and state.phase == "training"


def test_errors_and_deaths_end_the_run_with_their_reason() -> None:
    state = fold_events(lines(("error", {"kind": "oom", "message": "out of memory on cuda"})))
    assert state.phase == "failed" and state.error_kind == "oom"
    crashed = RunState()
    crashed.fail("the training process was stopped by SIGKILL")
    assert crashed.finished and "SIGKILL" in crashed.error
    done = fold_events(lines(("finished", {"status": "completed"})))
    done.fail("late")
    assert done.phase == "completed"


def test_event_lines_are_json_with_non_finite_numbers_as_null() -> None:
    line = event_line("progress", step=1, loss=math.nan)
    assert parse_event(line) == {"event": "progress", "step": 1, "loss": None}
    assert parse_event('{"event": "unknown"}') is None and parse_event("[1]") is None
    assert perplexity(0.0) == 1.0 and perplexity(None) is None


def test_the_loading_message_ends_when_training_starts() -> None:
    """Issue 20, item 9: "loading …" stayed in the run's status line for the whole run."""
    state = fold_events([
        event_line("log", phase="loading", message="loading SmolLM2 (cpu, float32)"),
        event_line("started", device="cpu", total_steps=120, resumed_from_step=0),
        event_line("progress", step=46, total_steps=120, loss=1.5),
    ])
    assert state.phase == "training" and state.message == "" and state.step == 46
