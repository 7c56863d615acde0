"""Checkpoints: loaded with torch.load(weights_only=True) (a checkpoint cannot run code), and flushed to disk
before latest.json points at them (issue 10, item 19)."""

from __future__ import annotations

import os
import pickle
import sys
from pathlib import Path
from typing import Any

import pytest
import torch
from peft import LoraConfig, get_peft_model
from transformers import LlamaConfig, LlamaForCausalLM

from desktop_llm.training import checkpoints
from desktop_llm.training.checkpoints import CheckpointError, latest_checkpoint, load_checkpoint, save_checkpoint


def tiny_peft_model() -> tuple[Any, torch.optim.Optimizer]:
    """A one-layer llama with LoRA and an AdamW that has taken a step (so its state holds tensors)."""
    torch.manual_seed(0)
    config = LlamaConfig(vocab_size=64, hidden_size=16, intermediate_size=32, num_hidden_layers=1,
                         num_attention_heads=2, num_key_value_heads=2, max_position_embeddings=32)
    model = get_peft_model(LlamaForCausalLM(config), LoraConfig(r=2, lora_alpha=4, target_modules=["q_proj", "v_proj"]))
    optimizer = torch.optim.AdamW([p for p in model.parameters() if p.requires_grad], lr=1e-3)
    ids = torch.arange(8).unsqueeze(0)
    model(input_ids=ids, labels=ids).loss.backward()
    optimizer.step()
    return model, optimizer


def test_a_checkpoint_holds_only_what_weights_only_loading_accepts(tmp_path: Path) -> None:
    model, optimizer = tiny_peft_model()
    saved = save_checkpoint(tmp_path, 3, model, optimizer)
    bundle = torch.load(saved.path / "trainer.pt", map_location="cpu", weights_only=True)
    assert set(bundle) == {"optimizer", "rng"} and bundle["optimizer"]["state"]
    fresh, fresh_optimizer = tiny_peft_model()
    checkpoint = latest_checkpoint(tmp_path)
    assert checkpoint is not None and checkpoint.step == 3
    load_checkpoint(checkpoint, fresh, fresh_optimizer, torch.device("cpu"))
    before = optimizer.state_dict()["state"][0]["exp_avg"]
    assert torch.equal(fresh_optimizer.state_dict()["state"][0]["exp_avg"], before)
    assert torch.equal(torch.get_rng_state(), bundle["rng"]["cpu"])


class _RunsCode:
    """What a planted trainer.pt could hold: unpickling it calls open(marker, "w")."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple[object, tuple[str, str]]:
        return open, (str(self.marker), "w")


def test_a_checkpoint_that_would_run_code_is_refused_without_running_it(tmp_path: Path) -> None:
    model, optimizer = tiny_peft_model()
    saved = save_checkpoint(tmp_path, 1, model, optimizer)
    marker = tmp_path / "code-ran"
    with open(saved.path / "trainer.pt", "wb") as handle:
        pickle.dump({"optimizer": _RunsCode(marker), "rng": {}}, handle)
    with pytest.raises(CheckpointError, match="step-000001 cannot be loaded"):
        load_checkpoint(saved, model, optimizer, torch.device("cpu"))
    assert not marker.exists()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="names an fd's file through /proc")
def test_checkpoint_files_and_folders_reach_the_disk_before_latest_json_names_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    model, optimizer = tiny_peft_model()
    calls: list[tuple[str, str]] = []
    real_fsync, real_replace = os.fsync, os.replace

    def fsync(fd: int) -> None:
        calls.append(("fsync", os.readlink(f"/proc/self/fd/{fd}")))
        real_fsync(fd)

    def replace(source: Any, target: Any) -> None:
        calls.append(("replace", str(target)))
        real_replace(source, target)

    monkeypatch.setattr(checkpoints.os, "fsync", fsync)
    monkeypatch.setattr(checkpoints.os, "replace", replace)
    save_checkpoint(tmp_path, 5, model, optimizer)
    root = tmp_path / "checkpoints"
    pointed = calls.index(("replace", str(root / "latest.json")))
    flushed_before = {path for kind, path in calls[:pointed] if kind == "fsync"}
    partial = str(root / ".step-000005.partial")
    for name in ("adapter.safetensors", "trainer.pt", "state.json"):
        assert f"{partial}/{name}" in flushed_before
    assert partial in flushed_before and str(root) in flushed_before  # the folder and the rename into it
    assert str(root / "latest.json.partial") in flushed_before
    assert ("fsync", str(root)) in calls[pointed:]  # and the pointer's own rename
