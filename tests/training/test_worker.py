"""The training worker process on the tiny llama: events, bad data, unsupported models, NaN, out of memory,
and stop + resume landing on the same steps as a run that was never stopped."""

from __future__ import annotations

import io
import json
from dataclasses import replace
from pathlib import Path

import pytest
import torch

from desktop_llm.core.training_config import TrainConfig
from desktop_llm.ipc.training_events import fold_events
from desktop_llm.training import worker
from tests.gguf_fixtures import tiny_gguf, tiny_llama_like
from tests.training.conftest import run_worker, write_fact_data


def tiny_config(model: Path, data: Path, **changes: object) -> TrainConfig:
    base = TrainConfig(base_model=str(model), data_path=str(data), rank=4, alpha=8.0, max_steps=6, batch_size=2,
                       learning_rate=1e-3, max_seq_len=128, eval_every=3, checkpoint_every=2, validation_fraction=0.25,
                       early_stopping=False)  # every step asked for (tests/training/test_early_stopping.py: the stop)
    return replace(base, **changes)  # type: ignore[arg-type]


@pytest.mark.slow
def test_a_run_reports_progress_evaluations_checkpoints_and_both_adapters(
    tiny_llama: Path, fact_data: Path, worker_dir: Path
) -> None:
    state = run_worker(worker_dir, tiny_config(tiny_llama, fact_data))
    assert state.phase == "completed", state.error
    assert [step for step, _ in state.train_loss] == [1, 2, 3, 4, 5, 6]
    assert [step for step, _ in state.val_loss] == [0, 3, 6]
    assert state.val_loss_after is not None and state.val_loss_before is not None
    assert state.val_loss_after < state.val_loss_before
    assert state.info["train_examples"] == 6 and state.info["val_examples"] == 2
    assert state.device == "cpu" and state.tokens_per_s > 0 and state.memory_bytes > 0
    assert Path(state.adapter_gguf).is_file()
    assert (Path(state.peft_dir) / "adapter_config.json").is_file()
    checkpoints = sorted(p.name for p in (worker_dir / "checkpoints").glob("step-*"))
    assert checkpoints == ["step-000004", "step-000006"]  # the newest two are kept


@pytest.mark.slow
def test_stop_then_resume_takes_the_same_steps_as_an_uninterrupted_run(
    tiny_llama: Path, fact_data: Path, tmp_path: Path
) -> None:
    config = tiny_config(tiny_llama, fact_data, dropout=0.1, checkpoint_every=100)
    whole = run_worker(tmp_path / "whole", config)
    stopped = run_worker(tmp_path / "split", config, stop_after_step=2)
    # The stop lands on the next step boundary after it arrives (the tiny model's steps take milliseconds).
    assert stopped.phase == "stopped" and 2 <= stopped.step < 6
    assert not (tmp_path / "split" / "adapter.gguf").exists()
    resumed = run_worker(tmp_path / "split", config)
    assert resumed.phase == "completed" and resumed.info["resumed_from_step"] == stopped.step
    combined = fold_events((tmp_path / "split" / "events.jsonl").read_text().splitlines())
    assert [s for s, _ in combined.train_loss] == [s for s, _ in whole.train_loss] == list(range(1, 7))
    # Same batches, same dropout masks, same optimizer state: the same losses.
    for (_, a), (_, b) in zip(combined.train_loss, whole.train_loss, strict=True):
        assert a == pytest.approx(b, rel=1e-4)
    assert combined.val_loss[-1][1] == pytest.approx(whole.val_loss[-1][1], rel=1e-4)


@pytest.mark.slow
def test_a_hugging_face_model_folder_trains_too(
    tiny_llama: Path, fact_data: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A safetensors model folder with its tokenizer, as a Hugging Face repo has it."""
    from transformers import LlamaConfig, LlamaForCausalLM

    from desktop_llm.training.model_loading import load_base

    monkeypatch.setattr("tqdm.tqdm.monitor_interval", 0)
    tokenizer = load_base(str(tiny_llama), torch.float32).tokenizer
    folder = tmp_path / "hf-model"
    config = LlamaConfig(vocab_size=len(tokenizer), hidden_size=64, intermediate_size=128, num_hidden_layers=2,
                         num_attention_heads=4, num_key_value_heads=2, tie_word_embeddings=True)
    LlamaForCausalLM(config).save_pretrained(folder)
    tokenizer.save_pretrained(folder)
    state = run_worker(tmp_path / "run", tiny_config(folder, fact_data, max_steps=2))
    assert state.phase == "completed", state.error
    assert Path(state.adapter_gguf).is_file()


@pytest.mark.slow
def test_bad_lines_are_reported_with_line_numbers_unless_skipped(tiny_llama: Path, tmp_path: Path) -> None:
    data = write_fact_data(tmp_path / "broken.jsonl", ('{"messages": [', '{"messages": [{"role": "robot", "content": "x"}]}'))
    failed = run_worker(tmp_path / "strict", tiny_config(tiny_llama, data))
    assert failed.phase == "failed" and failed.error_kind == "data"
    assert "line 9" in failed.error and "line 10" in failed.error and "skip bad lines" in failed.error
    skipped = run_worker(tmp_path / "lenient", tiny_config(tiny_llama, data, skip_bad_lines=True, max_steps=1))
    assert skipped.phase == "completed", skipped.error


@pytest.mark.slow
def test_an_unsupported_architecture_is_named(tmp_path: Path, fact_data: Path) -> None:
    model = tiny_gguf(tmp_path / "model" / "other.gguf")
    header = model.read_bytes().replace(b"llama", b"mamba", 1)  # the architecture value, same length
    model.write_bytes(header)
    state = run_worker(tmp_path / "run", tiny_config(model, fact_data))
    assert state.phase == "failed" and state.error_kind == "unsupported"
    assert "'mamba'" in state.error and "llama" in state.error


@pytest.mark.slow
def test_a_nan_loss_ends_the_run_with_advice(starter_model: Path, tmp_path: Path, fact_data: Path) -> None:
    broken = tiny_llama_like(starter_model, tmp_path / "nan-model" / "nan.gguf", nan_weight=True)
    state = run_worker(tmp_path / "run", tiny_config(broken, fact_data))
    assert state.phase == "failed" and state.error_kind == "nan"
    assert "lower the learning rate" in state.error


@pytest.mark.allow_error_logs
@pytest.mark.slow
def test_out_of_memory_ends_the_run_with_advice_and_keeps_the_checkpoint(
    tiny_llama: Path, fact_data: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """In process, with the third step's allocation failing as CUDA's would (a real OOM would need a GPU)."""
    from desktop_llm.training.trainer import Trainer

    original = Trainer._train_step

    def failing_step(self: Trainer) -> tuple[float, int]:
        if self.step == 2:
            raise torch.OutOfMemoryError("CUDA out of memory. Tried to allocate 2.00 GiB")
        return original(self)

    monkeypatch.setattr(Trainer, "_train_step", failing_step)
    monkeypatch.setattr("tqdm.tqdm.monitor_interval", 0)  # no progress-bar monitor thread left behind
    run_dir = tmp_path / "run"
    run_dir.mkdir()
    (run_dir / "config.json").write_text(json.dumps(tiny_config(tiny_llama, fact_data).to_dict()))
    out = io.StringIO()
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    assert worker.run(run_dir, None, worker.Events(out)) == 1
    state = fold_events(out.getvalue().splitlines())
    assert state.phase == "failed" and state.error_kind == "oom"
    assert "lower the batch size (was 2)" in state.error and "checkpoint of step 2 is kept" in state.error
    assert (run_dir / "checkpoints" / "step-000002" / "adapter.safetensors").is_file()
